"""A plain Word report of selected articles: a summary table, then each article in full.

The office-grade Party and State layouts come with the report issue; this one already uses
A4, Times New Roman and the usual margins so it opens and prints cleanly.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from desktop.core.progress import Progress, check, no_progress
from desktop.core.records import ArticleRecord
from desktop.reports.docx_parts import FONT, row_flags, set_font
from desktop.reports.files import write_atomically

# Header label and width in millimetres; the widths add up to the 165 mm text width of A4
# with 30 mm left and 15 mm right margins.
COLUMNS = (
    ("STT", 12),
    ("Tên tin, bài", 68),
    ("Cơ quan báo chí / Nguồn", 33),
    ("Ngày đăng", 25),
    ("Tác giả", 27),
)


def write_report(
    articles: Sequence[ArticleRecord],
    target: Path,
    title: str = "DANH SÁCH TIN, BÀI",
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> Path:
    """Write the report to `target` (atomically); raises Cancelled if cancel is set."""

    def write(path: Path) -> None:
        document = _new_document()
        _heading(document, title)
        _summary_table(document, articles)
        for index, article in enumerate(articles, start=1):
            check(cancel)
            progress(index - 1, len(articles), article.title)
            _article(document, index, article)
        document.save(str(path))
        progress(len(articles), len(articles), "")

    return write_atomically(target, write)


def _new_document() -> DocxDocument:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    for style_name in ("Normal", "Heading 1", "Heading 2", "Title"):
        style = document.styles[style_name]
        style.font.name = FONT
        set_font(style.element.get_or_add_rPr())
    normal = document.styles["Normal"]
    normal.font.size = Pt(14)
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Heading 1", 15), ("Heading 2", 14)):
        style = document.styles[name]
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = None
    document.core_properties.title = "Danh sách tin, bài"
    return document


def _heading(document: DocxDocument, title: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(title)
    run.bold = True
    run.font.size = Pt(15)
    note = document.add_paragraph()
    note.alignment = WD_ALIGN_PARAGRAPH.CENTER
    note.add_run(f"(Lập ngày {date.today():%d/%m/%Y})").italic = True


def _summary_table(document: DocxDocument, articles: Sequence[ArticleRecord]) -> None:
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, (label, _width) in zip(table.rows[0].cells, COLUMNS, strict=True):
        _cell_text(cell, label, bold=True, center=True)
    row_flags(table.rows[0]._tr, header=True)
    for index, article in enumerate(articles, start=1):
        values = (
            str(index),
            article.title,
            article.outlet or "",
            article.published.display() if article.published else "",
            ", ".join(article.authors),
        )
        row = table.add_row()
        row_flags(row._tr)
        for cell, value in zip(row.cells, values, strict=True):
            _cell_text(cell, value, center=value == values[0])
    for column, (_label, width) in zip(table.columns, COLUMNS, strict=True):
        for cell in column.cells:
            cell.width = Mm(width)


def _cell_text(cell, text: str, bold: bool = False, center: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(12)


def _article(document: DocxDocument, index: int, article: ArticleRecord) -> None:
    document.add_heading(f"{index}. {article.title}", level=2)
    facts = (
        ("Ngày đăng", article.published.display() if article.published else None),
        ("Cơ quan báo chí / Nguồn", article.outlet),
        ("Tác giả", ", ".join(article.authors) or None),
        ("Chuyên mục", article.category),
        ("Đơn vị tổ chức", article.unit),
        ("Đường link", article.url),
        ("Ghi chú", article.notes),
    )
    for label, value in facts:
        if value:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(value)
    for block in article.body.split("\n\n"):
        if block.strip():
            paragraph = document.add_paragraph(block.strip())
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.first_line_indent = Mm(10)
