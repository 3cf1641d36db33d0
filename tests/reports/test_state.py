"""The State layout (Nghị định 30/2020/NĐ-CP, Appendix I)."""

from __future__ import annotations

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn

from desktop.reports.official import write_official
from tests.reports.builders import state_settings
from tests.reports.docx_read import flag, fmt, has_border, size


@pytest.fixture
def report(articles, tmp_path):
    return Document(str(write_official(articles, state_settings(), tmp_path / "bc.docx")))


def test_page_and_margins_within_decree_ranges(report):
    section = report.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert 20 <= round(section.top_margin.mm) <= 25
    assert 20 <= round(section.bottom_margin.mm) <= 25
    assert 30 <= round(section.left_margin.mm) <= 35
    assert 15 <= round(section.right_margin.mm) <= 20


def test_header(report):
    table = report.tables[0]
    assert not has_border(table)
    left, right = table.rows[0].cells
    parent, issuing, rule = left.paragraphs
    assert parent.text == "BỘ TƯ PHÁP" and 12 <= size(parent) <= 13 and not flag(parent, "bold")
    assert issuing.text == "CỤC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT" and flag(issuing, "bold")
    assert rule._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:bottom')}") is not None
    national, motto = right.paragraphs
    assert national.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert 12 <= size(national) <= 13 and flag(national, "bold")
    assert motto.text == "Độc lập - Tự do - Hạnh phúc"
    assert 13 <= size(motto) <= 14 and flag(motto, "bold") and flag(motto, "underline")
    number, dateline = (cell.paragraphs[0] for cell in table.rows[1].cells)
    assert number.text == "Số: 12/BC-PBGDPL" and size(number) == 13
    assert dateline.text == "Hà Nội, ngày 05 tháng 3 năm 2024" and flag(dateline, "italic")
    assert 13 <= size(dateline) <= 14


def test_title_and_body(report):
    texts = [p.text for p in report.paragraphs]
    title = report.paragraphs[texts.index("BÁO CÁO")]
    subject = report.paragraphs[texts.index("BÁO CÁO") + 1]
    assert 13 <= size(title) <= 14 and flag(title, "bold")
    assert 13 <= size(subject) <= 14 and flag(subject, "bold")
    body = next(p for p in report.paragraphs if p.style.name == "TL Body")
    assert 13 <= size(body) <= 14
    assert 10 <= fmt(body, "first_line_indent").mm <= 12.7 + 0.1
    assert fmt(body, "space_after").pt == 6
    assert fmt(body, "line_spacing_rule") == WD_LINE_SPACING.MULTIPLE  # not exact: 1.2 lines
    assert 1.0 <= fmt(body, "line_spacing") <= 1.5
    assert fmt(body, "alignment") == WD_ALIGN_PARAGRAPH.JUSTIFY
    headings = [p.text for p in report.paragraphs if p.style.name == "TL Heading"]
    assert headings[0] == "I. TÌNH HÌNH CHUNG"


def test_closing(report):
    left, right = report.tables[1].rows[0].cells
    label, *entries = left.paragraphs
    assert label.text == "Nơi nhận:" and size(label) == 12
    assert flag(label, "bold") and flag(label, "italic") and not flag(label, "underline")
    assert [e.text for e in entries] == ["- Bộ trưởng (để b/c);", "- Lưu: VT, PBGDPL."]
    assert all(size(e) == 11 for e in entries)
    signing, position, *_blank, name = right.paragraphs
    assert signing.text == "KT. CỤC TRƯỞNG" and flag(signing, "bold")
    assert position.text == "PHÓ CỤC TRƯỞNG" and flag(position, "bold")
    assert name.text == "Nguyễn Kim Tinh"


def test_default_filing_line(articles, tmp_path):
    settings = state_settings(recipients=["Như trên"])
    document = Document(str(write_official(articles, settings, tmp_path / "x.docx")))
    entries = [p.text for p in document.tables[1].rows[0].cells[0].paragraphs[1:]]
    assert entries == ["- Như trên;", "- Lưu: VT."]
