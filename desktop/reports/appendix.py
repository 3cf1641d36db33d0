"""The appendix (`PHỤ LỤC`): a statistics table with totals and the list of articles.

It starts a new section, landscape by default, so the seven-column list stays readable.
Table rows are built as lxml elements from one prototype: python-docx's `add_row` and
`cells` are too slow for a thousand rows.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from lxml.etree import _Element

from desktop.core.progress import check
from desktop.core.records import ArticleRecord
from desktop.reports import docx_parts as parts
from desktop.reports import letterhead
from desktop.reports.formatting import date_words, format_number, month_key, table_date
from desktop.reports.grouping import (
    NO_OUTLET,
    NO_UNIT,
    group_articles,
    named_key,
    outlet_of,
    unit_of,
)
from desktop.reports.layouts import LayoutSpec
from desktop.reports.settings import ReportSettings

CENTER = WD_ALIGN_PARAGRAPH.CENTER
LIST_COLUMNS = (  # label, share of the text width (landscape millimetres)
    ("STT", 12), ("Tên tin, bài", 72), ("Tác giả", 30), ("Cơ quan báo chí / Nguồn", 36),
    ("Ngày đăng", 24), ("Đường link", 52), ("Ghi chú", 26),
)
MAX_PERIOD_COLUMNS = 12


class TableStyles:
    def __init__(self, document: DocxDocument, spec: LayoutSpec) -> None:
        size = spec.table_size
        self.cell = parts.ensure_style(document, "TL Table", parts.Para(size, before=2, after=2))
        self.number = parts.ensure_style(
            document, "TL Table Number", parts.Para(size, before=2, after=2, align=CENTER))
        self.group = parts.ensure_style(
            document, "TL Table Group", parts.Para(size, before=2, after=2, keep_next=True))
        self.head = parts.ensure_style(
            document, "TL Table Head", parts.Para(size, bold=True, before=2, after=2,
                                                  align=CENTER))
        self.title = parts.ensure_style(
            document, "TL Appendix Title", parts.Para(spec.body_size, bold=True, align=CENTER))
        self.note = parts.ensure_style(
            document, "TL Appendix Note", parts.Para(spec.body_size, italic=True, align=CENTER,
                                                     after=12))
        self.heading = parts.ensure_style(
            document, "TL Appendix Heading", parts.Para(spec.body_size, bold=True, before=12,
                                                        after=6, keep_next=True))


class AppendixPart(Protocol):
    """More appendix content after the tables (charts, the entity index), numbered on."""

    heading: str

    def write(self, document: DocxDocument, body: parts.Body, styles: TableStyles,
              width: float) -> None: ...


def write_appendix(document: DocxDocument, articles: Sequence[ArticleRecord],
                   settings: ReportSettings, spec: LayoutSpec,
                   cancel: threading.Event | None = None,
                   extras: Sequence[AppendixPart] = ()) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.different_first_page_header_footer = False  # its first page is not page 1
    if settings.appendix_landscape and section.orientation != WD_ORIENT.LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    width = letterhead.text_width_mm(section)
    styles = TableStyles(document, spec)
    body = parts.Body(document)
    body.paragraph(styles.title, "PHỤ LỤC")
    body.paragraph(styles.note, _attached_to(settings))
    number = 0
    if settings.statistics != "none":
        number += 1
        body.paragraph(styles.heading, f"{number}. Thống kê tin, bài")
        rows = (_by_outlet_and_period(articles) if settings.statistics == "outlet_month"
                else _by_unit(articles))
        _table(document, body, styles, rows, _stat_widths(len(rows[0]), width), total=True)
    if settings.appendix_list:
        check(cancel)
        number += 1
        body.paragraph(styles.heading, f"{number}. Danh sách tin, bài")
        _list_table(document, body, styles, articles, settings, width)
    for part in extras:
        check(cancel)
        number += 1
        body.paragraph(styles.heading, f"{number}. {part.heading}")
        part.write(document, body, styles, width)


def _attached_to(settings: ReportSettings) -> str:
    """`(Kèm theo Báo cáo số 12-BC/BCĐ35, ngày 05 tháng 3 năm 2024 của Ban Chỉ đạo 35 …)`"""
    text = f"Kèm theo {settings.resolved_title.capitalize()}"
    if settings.number_symbol.strip():
        text += f" số {settings.number_symbol.strip()},"
    text += f" {date_words(settings.date)}"
    if settings.issuing_body.strip():
        text += f" của {settings.issuing_body.strip()}"
    return f"({text})"


def _period(article: ArticleRecord, by_year: bool) -> tuple[tuple[int, int], str]:
    published = article.published
    key = month_key(published)
    if published is None or published.year is None:
        return ((99_999, 99), "Chưa rõ")  # one column for every date without a year
    if by_year or published.month is None:
        return ((published.year, 0), str(published.year))
    return (key, f"{published.month}/{published.year}")


def _by_outlet_and_period(articles: Sequence[ArticleRecord]) -> list[list[str]]:
    """Rows: header, one per outlet, then the total; columns: months (years when too many)."""
    by_year = len({month_key(a.published) for a in articles}) > MAX_PERIOD_COLUMNS
    periods = dict(sorted({_period(a, by_year) for a in articles}))
    counts = Counter((outlet_of(a), _period(a, by_year)[0]) for a in articles)
    outlets = sorted({outlet_of(a) for a in articles}, key=named_key(NO_OUTLET))
    rows = [["STT", "Cơ quan báo chí / Nguồn", *periods.values(), "Tổng cộng"]]
    for index, outlet in enumerate(outlets, start=1):
        values = [counts[(outlet, key)] for key in periods]
        rows.append([str(index), outlet, *map(_count, values), format_number(sum(values))])
    totals = [sum(counts[(o, key)] for o in outlets) for key in periods]
    rows.append(["Tổng cộng", "", *map(_count, totals), format_number(len(articles))])
    return rows


def _by_unit(articles: Sequence[ArticleRecord]) -> list[list[str]]:
    counts = Counter(unit_of(a) for a in articles)
    rows = [["STT", "Đơn vị", "Số tin, bài", "Tỷ lệ (%)"]]
    for index, unit in enumerate(sorted(counts, key=named_key(NO_UNIT)), start=1):
        share = format_number(100 * counts[unit] / len(articles), 1)
        rows.append([str(index), unit, format_number(counts[unit]), share])
    rows.append(["Tổng cộng", "", format_number(len(articles)), "100"])
    return rows


def _count(value: int) -> str:
    return format_number(value) if value else "-"


def _stat_widths(columns: int, width: float) -> list[float]:
    name = min(70.0, width * 0.35)
    rest = (width - 12 - name) / (columns - 2)
    return [12, name, *[rest] * (columns - 2)]


def cell(width: float, paragraph: _Element, span: int = 1) -> _Element:
    tc = OxmlElement("w:tc")
    tc_pr = OxmlElement("w:tcPr")
    tc_pr.append(OxmlElement("w:tcW", {qn("w:w"): str(Mm(width).twips), qn("w:type"): "dxa"}))
    if span > 1:
        tc_pr.append(OxmlElement("w:gridSpan", {qn("w:val"): str(span)}))
    tc.append(tc_pr)
    tc.append(paragraph)
    return tc


def row(cells: Sequence[_Element], header: bool = False) -> _Element:
    tr = OxmlElement("w:tr")
    for tc in cells:
        tr.append(tc)
    parts.row_flags(tr, header=header)
    return tr


def new_table(document: DocxDocument, body: parts.Body, widths: Sequence[float]):
    """An empty bordered table with a fixed grid, placed at the end of the body."""
    table = document.add_table(rows=1, cols=len(widths))
    body.add(table._tbl)  # python-docx put it at the end already; this keeps the order explicit
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    parts.borders(table, "single")
    parts.fixed_widths(table, widths)
    table._tbl.remove(table._tbl.tr_lst[0])
    return table


def _table(document: DocxDocument, body: parts.Body, styles: TableStyles,
           rows: list[list[str]], widths: list[float], total: bool) -> None:
    table = new_table(document, body, widths)
    tbl = table._tbl
    head, *data = rows
    tbl.append(row([cell(w, parts.make_paragraph(styles.head, text=t))
                     for w, t in zip(widths, head, strict=True)], header=True))
    for index, values in enumerate(data):
        last = total and index == len(data) - 1
        if last:  # `Tổng cộng` spans the STT and name columns
            cells = [cell(widths[0] + widths[1], parts.make_paragraph(
                styles.head, [parts.make_run(values[0], bold=True)]), span=2)]
            cells += [cell(w, parts.make_paragraph(styles.number, [
                parts.make_run(v, bold=True)])) for w, v in zip(widths[2:], values[2:],
                                                                 strict=True)]
        else:
            cells = [cell(w, parts.make_paragraph(styles.cell if i == 1 else styles.number,
                                                   text=v))
                     for i, (w, v) in enumerate(zip(widths, values, strict=True))]
        tbl.append(row(cells))


def _list_table(document: DocxDocument, body: parts.Body, styles: TableStyles,
                articles: Sequence[ArticleRecord], settings: ReportSettings,
                width: float) -> None:
    scale = width / sum(w for _label, w in LIST_COLUMNS)
    widths = [w * scale for _label, w in LIST_COLUMNS]
    table = new_table(document, body, widths)
    tbl = table._tbl
    tbl.append(row([cell(w, parts.make_paragraph(styles.head, text=label))
                     for w, (label, _share) in zip(widths, LIST_COLUMNS, strict=True)],
                    header=True))
    number = 0
    for group in group_articles(articles, settings.grouping):
        if group.label:
            text = f"{group.label} ({format_number(len(group.articles))} tin, bài)"
            run = parts.make_run(text, bold=True)
            tbl.append(row([cell(width, parts.make_paragraph(styles.group, [run]),
                                   span=len(widths))]))
        for article in group.articles:
            number += 1
            link = [parts.hyperlink(document, article.url, None)] if article.url else []
            values = (
                parts.make_paragraph(styles.number, text=str(number)),
                parts.make_paragraph(styles.cell, text=article.title.strip()),
                parts.make_paragraph(styles.cell, text=", ".join(article.authors)),
                parts.make_paragraph(styles.cell, text=(article.outlet or "").strip()),
                parts.make_paragraph(styles.number, text=table_date(article.published)),
                parts.make_paragraph(styles.cell, link),
                parts.make_paragraph(styles.cell, text=(article.notes or "").strip()),
            )
            tbl.append(row([cell(w, p) for w, p in zip(widths, values, strict=True)]))
