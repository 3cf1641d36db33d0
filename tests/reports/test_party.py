"""The Party layout (Hướng dẫn 36-HD/VPTW), read back with python-docx."""

from __future__ import annotations

import threading
import unicodedata

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn

from desktop.core.progress import Cancelled
from desktop.reports.official import write_official
from tests.reports.builders import party_settings
from tests.reports.docx_read import flag, fmt, fonts_of, has_border, row_texts, size


@pytest.fixture
def report(articles, tmp_path):
    path = write_official(articles, party_settings(), tmp_path / "bao-cao.docx")
    return Document(str(path))


def test_page_is_a4_with_party_margins(report):
    section = report.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin,
                                  section.left_margin, section.right_margin)] == [20, 20, 30, 15]


def test_times_new_roman_in_every_script_slot(report):
    normal = report.styles["Normal"]
    assert set(fonts_of(normal.element).values()) == {"Times New Roman"}
    assert len(fonts_of(normal.element)) == 4
    body = report.styles["TL Body"]
    assert set(fonts_of(body.element).values()) == {"Times New Roman"}


def test_header_table_is_borderless_and_holds_the_letterhead(report):
    table = report.tables[0]
    assert not has_border(table)
    left, right = table.rows[0].cells
    assert [p.text for p in left.paragraphs] == ["ĐẢNG ỦY BỘ TƯ PHÁP", "BAN CHỈ ĐẠO 35", "*"]
    parent, issuing, star = left.paragraphs
    assert size(parent) == 14 and not flag(parent, "bold")
    assert size(issuing) == 14 and flag(issuing, "bold")
    assert star.alignment == WD_ALIGN_PARAGRAPH.CENTER
    national = right.paragraphs[0]
    assert national.text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert size(national) == 15 and flag(national, "bold") and flag(national, "underline")
    number, dateline = (row.paragraphs[0] for row in table.rows[1].cells)
    assert number.text == "Số 12-BC/BCĐ35" and size(number) == 14
    assert dateline.text == "Hà Nội, ngày 05 tháng 3 năm 2024"
    assert size(dateline) == 14 and flag(dateline, "italic")


def test_title_subject_and_dashes(report):
    texts = [p.text for p in report.paragraphs]
    start = texts.index("BÁO CÁO")
    title, subject, dashes = report.paragraphs[start : start + 3]
    assert size(title) == 16 and flag(title, "bold")
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert subject.text.startswith("về kết quả") and flag(subject, "bold")
    assert 14 <= size(subject) <= 15
    assert dashes.text == "-----"


def test_body_paragraphs_follow_the_guide(report, articles):
    body = [p for p in report.paragraphs if p.style.name == "TL Body"]
    assert body[0].text.startswith("Thực hiện Kế hoạch số 55-KH/ĐU")
    for paragraph in body[:3]:
        assert size(paragraph) == 14
        assert fmt(paragraph, "alignment") == WD_ALIGN_PARAGRAPH.JUSTIFY
        assert 9 <= fmt(paragraph, "first_line_indent").mm <= 11
        assert fmt(paragraph, "space_after").pt >= 6
        assert fmt(paragraph, "line_spacing_rule") == WD_LINE_SPACING.EXACTLY
        assert fmt(paragraph, "line_spacing").pt >= 18
    headings = [p.text for p in report.paragraphs if p.style.name == "TL Heading"]
    assert headings == ["I- TÌNH HÌNH CHUNG", "II- KẾT QUẢ", "III- CÁC TIN, BÀI ĐÃ THU THẬP"]
    # Full text of every article, Vietnamese intact and NFC.
    text = "\n".join(p.text for p in report.paragraphs)
    for article in articles:
        first = article.body.split("\n\n")[0]
        assert first in text and unicodedata.is_normalized("NFC", first)
    assert "Ảnh: Toàn cảnh Hội nghị" in text and "Ghi chú: Bài đăng lại" in text


def test_closing_table(report):
    table = report.tables[1]
    assert not has_border(table)
    left, right = table.rows[0].cells
    label, *entries = left.paragraphs
    assert label.text == "Nơi nhận:" and size(label) == 14 and flag(label, "underline")
    assert [e.text for e in entries] == ["- Ban Chỉ đạo 35 Trung ương,",
                                         "- Thường trực Đảng ủy Bộ,", "- Lưu Văn phòng."]
    assert all(size(e) == 12 for e in entries)
    signing, position, *blank, name = right.paragraphs
    assert signing.text == "T/M BAN CHỈ ĐẠO" and flag(signing, "bold") and size(signing) == 14
    assert position.text == "TRƯỞNG BAN" and not flag(position, "bold")
    assert [b.text for b in blank] == [""] * 4
    assert name.text == "Nguyễn Kim Tinh" and flag(name, "bold") and size(name) == 14


def test_page_number_in_header_but_not_on_page_one(report):
    section = report.sections[0]
    assert section.different_first_page_header_footer
    header = section.header._element
    instructions = "".join(t.text for t in header.iter(qn("w:instrText")))
    assert instructions.strip() == "PAGE"
    assert section.header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    first = section.first_page_header._element
    assert not list(first.iter(qn("w:instrText"))) and not list(first.iter(qn("w:fldSimple")))


def test_grouped_by_month_in_time_order(report):
    groups = [p.text for p in report.paragraphs if p.style.name == "TL Group"]
    assert groups == ["Tháng 3/2023 (1 tin, bài)", "Tháng 10/2023 (1 tin, bài)",
                      "Tháng 4/2024 (1 tin, bài)", "Tháng 5 (chưa rõ năm) (1 tin, bài)",
                      "Chưa rõ ngày đăng (1 tin, bài)"]


def test_lead_only_and_no_text(articles, tmp_path):
    lead = Document(str(write_official(articles, party_settings(article_text="lead"),
                                       tmp_path / "lead.docx")))
    none = Document(str(write_official(articles, party_settings(article_text="none",
                                                                 captions_and_notes=False),
                                       tmp_path / "none.docx")))
    count = [sum(p.style.name == "TL Body" for p in d.paragraphs) for d in (lead, none)]
    assert count == [2 + 1 + 1 + len(articles), 2 + 1 + 1]  # opening, sections, total
    assert "Ghi chú: Bài đăng lại" not in "\n".join(p.text for p in none.paragraphs)


def test_cancel_leaves_no_file(articles, tmp_path):
    cancel = threading.Event()
    seen = []

    def progress(done, total, label):
        seen.append(done)
        if done == 2:
            cancel.set()

    with pytest.raises(Cancelled):
        write_official(articles, party_settings(), tmp_path / "x.docx", progress, cancel)
    assert seen[:3] == [0, 1, 2]
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_total(articles, tmp_path):
    seen = []
    write_official(articles, party_settings(), tmp_path / "x.docx",
                   lambda d, t, _label: seen.append((d, t)))
    assert seen[-1] == (len(articles), len(articles))


def test_header_row_texts(report):
    assert row_texts(report.tables[0])[1] == ["Số 12-BC/BCĐ35", "Hà Nội, ngày 05 tháng 3 năm 2024"]
