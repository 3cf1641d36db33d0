"""The appendix: statistics with totals and the article list table."""

from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from desktop.reports.appendix import LIST_COLUMNS
from desktop.reports.official import write_official
from tests.reports.builders import party_settings
from tests.reports.docx_read import has_border, row_texts, size


def _write(articles, tmp_path, **changes):
    path = write_official(articles, party_settings(**changes), tmp_path / "a.docx")
    return Document(str(path))


def test_appendix_is_a_landscape_section_with_page_numbers(articles, tmp_path):
    document = _write(articles, tmp_path)
    assert len(document.sections) == 2
    appendix = document.sections[1]
    assert appendix.orientation == WD_ORIENT.LANDSCAPE
    assert appendix.page_width > appendix.page_height
    assert not appendix.different_first_page_header_footer
    assert appendix.header.is_linked_to_previous  # keeps the page number header
    assert document.sections[0].orientation == WD_ORIENT.PORTRAIT
    texts = [p.text for p in document.paragraphs]
    assert "PHỤ LỤC" in texts
    assert ("(Kèm theo Báo cáo số 12-BC/BCĐ35, ngày 05 tháng 3 năm 2024 của Ban Chỉ đạo 35)"
            in texts)


def test_statistics_by_outlet_and_month_with_totals(articles, tmp_path):
    table = _write(articles, tmp_path).tables[2]
    assert has_border(table)
    rows = row_texts(table)
    assert rows[0] == ["STT", "Cơ quan báo chí / Nguồn", "3/2023", "10/2023", "4/2024",
                       "Chưa rõ", "Tổng cộng"]
    assert rows[1] == ["1", "Báo Nhân Dân", "-", "1", "-", "-", "1"]
    assert rows[3] == ["3", "Tổ Quốc", "-", "-", "1", "1", "2"]
    assert rows[-1] == ["Tổng cộng", "1", "1", "1", "2", "5"]  # STT and name merged
    assert table.rows[0]._tr.xpath("./w:trPr/w:tblHeader")


def test_statistics_by_unit_with_shares(articles, tmp_path):
    rows = row_texts(_write(articles, tmp_path, statistics="unit").tables[2])
    assert rows[0] == ["STT", "Đơn vị", "Số tin, bài", "Tỷ lệ (%)"]
    assert rows[1] == ["1", "Cục Báo chí", "2", "40,0"]
    assert rows[-2] == ["3", "Chưa rõ đơn vị", "1", "20,0"]
    assert rows[-1] == ["Tổng cộng", "5", "100"]


def test_list_table_rows_repeat_header_and_do_not_split(articles, tmp_path):
    document = _write(articles, tmp_path, grouping="unit")
    table = document.tables[3]
    rows = row_texts(table)
    assert rows[0] == [label for label, _w in LIST_COLUMNS]
    trs = table._tbl.tr_lst
    assert trs[0].xpath("./w:trPr/w:tblHeader")
    assert all(tr.xpath("./w:trPr/w:cantSplit") for tr in trs)
    assert not any(tr.xpath("./w:trPr/w:tblHeader") for tr in trs[1:])
    assert rows[1] == ["Cục Báo chí (2 tin, bài)"]
    assert rows[2][:5] == ["1", articles[1].title, "Thu Nga", "Tổ Quốc", "10/04/2024"]
    assert rows[2][5] == "https://example.vn/tin-bai/1.html" and rows[2][6] == "Bài đăng lại"
    assert [r[0] for r in rows if len(r) == 1] == ["Cục Báo chí (2 tin, bài)",
                                                  "Vụ Tuyên truyền (2 tin, bài)",
                                                  "Chưa rõ đơn vị (1 tin, bài)"]
    numbers = [r[0] for r in rows[1:] if len(r) > 1]
    assert numbers == ["1", "2", "3", "4", "5"]
    link = trs[2].find(f".//{qn('w:hyperlink')}")
    target = document.part.rels[link.get(qn("r:id"))].target_ref
    assert target == "https://example.vn/tin-bai/1.html"
    cell_paragraph = table.rows[2].cells[1].paragraphs[0]
    assert 12 <= size(cell_paragraph) <= 13


def test_no_appendix_when_both_tables_are_off(articles, tmp_path):
    document = _write(articles, tmp_path, appendix_list=False, statistics="none")
    assert len(document.sections) == 1 and len(document.tables) == 2
    assert "PHỤ LỤC" not in [p.text for p in document.paragraphs]


def test_portrait_appendix_fits_the_text_width(articles, tmp_path):
    document = _write(articles, tmp_path, appendix_landscape=False, statistics="none")
    table = document.tables[2]
    width = sum(int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol")))
    assert abs(width / 56.7 - 165) < 1  # twips per millimetre
