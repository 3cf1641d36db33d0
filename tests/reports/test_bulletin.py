"""The bulletin ("điểm tin"): one numbered entry per article."""

from __future__ import annotations

from docx import Document
from docx.oxml.ns import qn

from desktop.reports.bulletin import summary_of
from desktop.reports.official import write_official
from tests.reports.builders import party_settings


def test_one_numbered_entry_per_article(articles, tmp_path):
    settings = party_settings(layout="bulletin", grouping="none", recipients=[], signer="",
                              appendix_list=False, statistics="none")
    document = Document(str(write_official(articles, settings, tmp_path / "diem-tin.docx")))
    texts = [p.text for p in document.paragraphs]
    assert "ĐIỂM TIN" in texts
    entries = [p for p in document.paragraphs if p.text[:3] in {f"{i}. " for i in range(1, 6)}]
    assert len(entries) == len(articles)
    second = entries[1]
    assert second.text.startswith(f"2. {articles[1].title} (Tổ Quốc, 10/04/2024). ")
    assert second.runs[0].bold and second.runs[1].italic
    assert summary_of(articles[1]) in second.text
    link = next(p for p in document.paragraphs if p._p is second._p.getnext())
    assert link.text == "https://example.vn/tin-bai/1.html"
    assert link._p.find(f".//{qn('w:hyperlink')}") is not None
    assert link.style.name == "TL Link" and second.style.name == "TL Entry"
    assert len(document.tables) == 1  # heading only: no closing without recipients or signer
    heading = document.tables[0].rows[0].cells
    assert heading[1].text == "Hà Nội, ngày 05 tháng 3 năm 2024"


def test_summaries_are_one_or_two_sentences(articles):
    for article in articles:
        summary = summary_of(article)
        assert summary and len(summary) <= 402
        assert summary.count(". ") <= 2


def test_bulletin_can_carry_groups_and_the_appendix(articles, tmp_path):
    settings = party_settings(layout="bulletin", grouping="outlet")
    document = Document(str(write_official(articles, settings, tmp_path / "d.docx")))
    groups = [p.text for p in document.paragraphs if p.style.name == "TL Heading"]
    assert groups == ["Báo Nhân Dân (1 tin, bài)", "Báo Pháp luật Việt Nam (1 tin, bài)",
                      "Tổ Quốc (2 tin, bài)", "Chưa rõ nguồn (1 tin, bài)"]
    assert len(document.sections) == 2
