"""The bulletin ("điểm tin"): one numbered entry per article with its outlet, date, a short
summary and the link, under a light letterhead."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from desktop.core.progress import Progress, check
from desktop.core.records import ArticleRecord
from desktop.reports import letterhead
from desktop.reports.docx_parts import Body, Para, ensure_style, hyperlink, make_run
from desktop.reports.entries import Styles, lead_of, paragraphs_of
from desktop.reports.formatting import date_line, first_sentences, format_number, table_date
from desktop.reports.grouping import group_articles
from desktop.reports.layouts import LayoutSpec
from desktop.reports.letterhead import Line
from desktop.reports.settings import ReportSettings


def summary_of(article: ArticleRecord) -> str:
    """One or two sentences from the lead, or from the body when there is no lead."""
    return first_sentences(lead_of(article))


def write_bulletin_body(
    document: DocxDocument,
    articles: Sequence[ArticleRecord],
    settings: ReportSettings,
    spec: LayoutSpec,
    styles: Styles,
    progress: Progress,
    cancel: threading.Event | None,
) -> None:
    _heading(document, settings, spec)
    letterhead.title_block(document, settings, spec)
    body = Body(document)
    for paragraph in paragraphs_of(settings.opening):
        body.paragraph(styles.body, paragraph)
    look = {"first_indent": Mm(spec.first_indent_mm), "line": spec.line, "exact": spec.line_exact}
    entry_style = ensure_style(document, "TL Entry", Para(
        spec.body_size, align=WD_ALIGN_PARAGRAPH.JUSTIFY, keep_next=True, **look))
    # The link has a paragraph of its own: a line break inside a justified paragraph would
    # stretch the words of the line before it across the page.
    link_style = ensure_style(document, "TL Link", Para(spec.body_size - 1, after=6, **look))
    number = 0
    for group in group_articles(articles, settings.grouping):
        if group.label:
            count = format_number(len(group.articles))
            body.paragraph(styles.heading, f"{group.label} ({count} tin, bài)")
        for article in group.articles:
            check(cancel)
            progress(number, len(articles), article.title)
            number += 1
            _entry(document, body, number, article, entry_style, link_style)
    if settings.recipients or settings.signer.strip():
        letterhead.closing_table(document, settings, spec)


def _heading(document: DocxDocument, settings: ReportSettings, spec: LayoutSpec) -> None:
    """Issuing body on the left, place and date on the right."""
    size = spec.body_header_size
    left = []
    if settings.parent_body.strip():
        left.append(Line(settings.parent_body.strip().upper(), size))
    left.append(Line(settings.issuing_body.strip().upper(), size, bold=True))
    table = letterhead.borderless_table(document, 1, spec.columns)
    first, second = table.rows[0].cells
    letterhead.fill_cell(first, left)
    letterhead.fill_cell(second, [Line(date_line(settings.place, settings.date),
                                       spec.date_size, italic=True)])


def _entry(document: DocxDocument, body: Body, number: int, article: ArticleRecord,
           style: str, link_style: str) -> None:
    """`1. Title (Outlet, 05/03/2024). Summary.` then the link on a line of its own."""
    facts = ", ".join(p for p in ((article.outlet or "").strip(), table_date(article.published))
                      if p)
    runs = [make_run(f"{number}. {article.title.strip()}", bold=True)]
    if facts:
        runs.append(make_run(f" ({facts})", italic=True))
    summary = summary_of(article)
    runs.append(make_run(f". {summary}" if summary else "."))
    body.paragraph(style, "", *runs)
    if article.url:
        body.paragraph(link_style, "", hyperlink(document, article.url))
