"""Office-grade Word reports on collected articles: Party, State and bulletin layouts.

`write_official` is the one entry point; the layout in `ReportSettings` picks the letterhead
and measurements (`layouts.py`), and the content options pick what the body and the
appendix hold.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm

from desktop.core.progress import Progress, check, no_progress
from desktop.core.records import ArticleRecord
from desktop.reports import letterhead
from desktop.reports.appendix import AppendixPart, write_appendix
from desktop.reports.bulletin import write_bulletin_body
from desktop.reports.docx_parts import Body, Para, ensure_style, set_normal
from desktop.reports.entries import Styles, articles_section, opening_and_sections
from desktop.reports.files import write_atomically
from desktop.reports.layouts import SPECS, LayoutSpec
from desktop.reports.settings import ReportSettings, SettingsError

JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT


def write_official(
    articles: Sequence[ArticleRecord],
    settings: ReportSettings,
    target: Path,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    extras: Sequence[AppendixPart] = (),
) -> Path:
    """Write the report to `target` atomically and return it; `extras` (charts, the entity
    index) follow the appendix tables.

    Raises Cancelled (leaving no file) when `cancel` is set, SettingsError for settings that
    cannot make a report (a missing template).
    """
    settings.validate()
    if settings.template is not None and not Path(settings.template).is_file():
        raise SettingsError(f"Không tìm thấy mẫu {settings.template}")

    def write(path: Path) -> None:
        check(cancel)
        document = build_document(articles, settings, progress, cancel, extras)
        check(cancel)
        document.save(str(path))
        progress(len(articles), len(articles), "")

    return write_atomically(target, write)


def build_document(
    articles: Sequence[ArticleRecord],
    settings: ReportSettings,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    extras: Sequence[AppendixPart] = (),
) -> DocxDocument:
    """The whole report as a python-docx Document (not yet saved)."""
    spec = SPECS[settings.layout]
    document = new_document(settings, spec)
    styles = body_styles(document, spec)
    if settings.layout == "bulletin":
        write_bulletin_body(document, articles, settings, spec, styles, progress, cancel)
    else:
        letterhead.header_table(document, settings, spec)
        letterhead.title_block(document, settings, spec)
        body = Body(document)
        sections = opening_and_sections(body, settings, spec, styles)
        if articles:
            articles_section(body, articles, settings, spec, styles, sections, progress, cancel)
        letterhead.closing_table(document, settings, spec)
    if (settings.has_appendix or extras) and articles:
        write_appendix(document, articles, settings, spec, cancel, extras)
    return document


def new_document(settings: ReportSettings, spec: LayoutSpec) -> DocxDocument:
    """A blank document: the template's styles, headers and page setup when one is given,
    otherwise A4 with the layout's margins, Times New Roman and page numbers."""
    if settings.template is not None:
        document = Document(str(settings.template))
        document.element.body.clear_content()  # keeps the final w:sectPr: page setup, headers
        sect_pr = document.element.body.get_or_add_sectPr()
        if not sect_pr.findall(qn("w:headerReference")):
            letterhead.page_numbers(document.sections[0], spec.body_size)
    else:
        document = Document()
        set_normal(document, spec.body_size)
        letterhead.page_setup(document.sections[0], spec)
        letterhead.page_numbers(document.sections[0], spec.body_size)
    document.core_properties.title = settings.resolved_title
    document.core_properties.subject = settings.subject
    document.core_properties.author = settings.issuing_body
    return document


def body_styles(document: DocxDocument, spec: LayoutSpec) -> Styles:
    """The paragraph styles of the body, named so an office can restyle them in a template."""
    size = spec.body_size
    indent = Mm(spec.first_indent_mm)
    common = {"first_indent": indent, "after": 6, "line": spec.line, "exact": spec.line_exact,
              "align": JUSTIFY}
    return Styles(
        body=ensure_style(document, "TL Body", Para(size, **common)),
        heading=ensure_style(document, "TL Heading", Para(size, bold=True, keep_next=True,
                                                          **common)),
        group=ensure_style(document, "TL Group", Para(size, bold=True, italic=True,
                                                      keep_next=True, **common)),
        article=ensure_style(document, "TL Article", Para(size, bold=True, keep_next=True,
                                                          **common)),
        # Left-aligned: a justified line holding a long link stretches its spaces.
        meta=ensure_style(document, "TL Meta", Para(size - 1, italic=True, keep_next=True,
                                                    **{**common, "align": LEFT})),
        caption=ensure_style(document, "TL Caption", Para(size - 1, italic=True, **common)),
    )
