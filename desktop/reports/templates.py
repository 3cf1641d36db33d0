"""The shipped report template: page setup, styles, page numbers and a footer, no body.

Built with python-docx rather than committed as a binary, so it always matches the writer's
style names; an office opens it in Word, puts in its own letterhead and styles, and chooses
it in the report dialog. `packaging/build_templates.py` writes it into resources/templates.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from desktop.reports import letterhead
from desktop.reports.appendix import TableStyles
from desktop.reports.docx_parts import bottom_rule, set_normal
from desktop.reports.files import write_atomically
from desktop.reports.layouts import PARTY
from desktop.reports.official import body_styles

FOOTER = "Tài liệu lưu hành nội bộ"


def build_letterhead(target: Path) -> Path:
    """A4 with the Party margins, Times New Roman, every `TL …` style the writer uses, the
    page number in the header from page 2, and an internal-use footer on every page."""

    def write(path: Path) -> None:
        document = Document()
        set_normal(document, PARTY.body_size)
        section = document.sections[0]
        letterhead.page_setup(section, PARTY)
        letterhead.page_numbers(section, PARTY.body_size)
        body_styles(document, PARTY)
        TableStyles(document, PARTY)
        for footer in (section.footer, section.first_page_footer):
            footer.is_linked_to_previous = False
            paragraph = footer.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(FOOTER)
            run.italic = True
            run.font.size = Pt(10)
        # A rule above the footer text, drawn as the bottom border of an empty paragraph.
        for footer in (section.footer, section.first_page_footer):
            rule = footer.paragraphs[0].insert_paragraph_before()
            bottom_rule(rule._p)
        document.core_properties.title = "Mẫu báo cáo"
        document.save(str(path))

    return write_atomically(target, write)
