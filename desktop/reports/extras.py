"""Appendix parts beyond the tables: chart images and the index of people, organizations and
documents with the numbers of the articles that mention them.

Both take plain data (PNG bytes, names and article ids), so the writer stays free of Qt and
of the database; the service and the statistics view prepare them.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Sequence
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from desktop.core.records import ArticleRecord
from desktop.reports import docx_parts as parts
from desktop.reports.appendix import TableStyles, cell, new_table, row
from desktop.reports.formatting import format_number
from desktop.reports.grouping import group_articles

KIND_LABELS = {"person": "Người", "organization": "Tổ chức", "document": "Văn bản"}
MAX_CHART_HEIGHT_MM = 130.0  # leaves room for the caption on a landscape A4 page


@dataclass(frozen=True)
class ChartImage:
    """A chart the user added to the report: its caption and the PNG image."""

    title: str
    png: bytes


@dataclass(frozen=True)
class IndexEntry:
    """One person, organization or document and the articles (ids) that mention it."""

    kind: str  # person | organization | document
    name: str
    article_ids: tuple[int, ...]


def report_numbers(articles: Sequence[ArticleRecord], grouping: str) -> dict[int, int]:
    """Article id -> the number it carries in the report (numbering runs across groups)."""
    flat = [a for group in group_articles(articles, grouping) for a in group.articles]
    return {article.id: number for number, article in enumerate(flat, start=1)}


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height in pixels from the PNG header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or len(data) < 24:
        raise ValueError("Ảnh biểu đồ không phải PNG")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


class Charts:
    """The charts, each scaled to the text width (or a page height) with `Hình n.` below."""

    heading = "Biểu đồ"

    def __init__(self, charts: Sequence[ChartImage]) -> None:
        self.charts = list(charts)

    def write(self, document: DocxDocument, body: parts.Body, styles: TableStyles,
              width: float) -> None:
        for number, chart in enumerate(self.charts, start=1):
            pixels_w, pixels_h = png_size(chart.png)
            shown_w = min(width, MAX_CHART_HEIGHT_MM * pixels_w / pixels_h)
            paragraph = document.add_paragraph()  # python-docx adds it last, as Body does
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.keep_with_next = True  # the caption stays with it
            paragraph.add_run().add_picture(io.BytesIO(chart.png), width=Mm(shown_w))
            body.paragraph(styles.note, f"Hình {number}. {chart.title}")


class EntityIndex:
    """People, organizations and documents, each with the report numbers mentioning it."""

    heading = "Chỉ mục người, tổ chức, văn bản"

    def __init__(self, entries: Sequence[IndexEntry], numbers: dict[int, int]) -> None:
        self.entries = list(entries)
        self.numbers = numbers

    def write(self, document: DocxDocument, body: parts.Body, styles: TableStyles,
              width: float) -> None:
        labels = ("STT", "Tên", "Số tin, bài", "Tin, bài số")
        widths = [12.0, width * 0.4, 26.0]
        widths.append(width - sum(widths))
        table = new_table(document, body, widths)
        tbl = table._tbl
        tbl.append(row([cell(w, parts.make_paragraph(styles.head, text=label))
                        for w, label in zip(widths, labels, strict=True)], header=True))
        for kind, label in KIND_LABELS.items():
            chosen = [e for e in self.entries if e.kind == kind]
            if not chosen:
                continue
            group = parts.make_paragraph(styles.group, [parts.make_run(label, bold=True)])
            tbl.append(row([cell(width, group, span=len(widths))]))
            for index, entry in enumerate(chosen, start=1):
                numbers = sorted(self.numbers[i] for i in entry.article_ids if i in self.numbers)
                values = (str(index), entry.name, format_number(len(numbers)),
                          ", ".join(map(str, numbers)))
                styles_of = (styles.number, styles.cell, styles.number, styles.cell)
                tbl.append(row([cell(w, parts.make_paragraph(s, text=v))
                                for w, s, v in zip(widths, styles_of, values, strict=True)]))
