"""The parts of an office document around the body: page setup, page numbers, the header
table, the title block and the closing table (Party and State layouts, DOMAIN.md §4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import Section
from docx.shared import Mm, Pt
from docx.table import _Cell

from desktop.reports import docx_parts as parts
from desktop.reports.formatting import date_line
from desktop.reports.layouts import LayoutSpec
from desktop.reports.settings import ReportSettings

CENTER = WD_ALIGN_PARAGRAPH.CENTER


def page_setup(section: Section, spec: LayoutSpec, landscape: bool = False) -> None:
    """A4 with the layout's margins (binding edge on the left in both orientations)."""
    short, long = Mm(210), Mm(297)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    top, bottom, left, right = spec.margins
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance = section.footer_distance = Mm(10)


def text_width_mm(section: Section) -> float:
    width = section.page_width - section.left_margin - section.right_margin
    return width / Mm(1)


def page_numbers(section: Section, size: float = 14) -> None:
    """Page number centred in the header, none on the first page."""
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.alignment = CENTER
    for run in parts.page_number_field(size):
        paragraph._p.append(run)


@dataclass(frozen=True)
class Line:
    """One letterhead line and how it looks."""

    text: str
    size: float
    bold: bool = False
    italic: bool = False
    underline: bool = False


def fill_cell(cell: _Cell, lines: Sequence[Line], align: WD_ALIGN_PARAGRAPH = CENTER) -> None:
    """Write `lines` into `cell`, one paragraph each, with no space between them."""
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.alignment = align
        fmt = paragraph.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.first_line_indent = Mm(0)
        fmt.line_spacing = 1.0
        paragraph._p.append(
            parts.make_run(line.text, bold=line.bold, italic=line.italic,
                           underline=line.underline, size=line.size, font=parts.FONT)
        )


def borderless_table(document: DocxDocument, rows: int, widths: tuple[float, float]):
    table = document.add_table(rows=rows, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    parts.borders(table, "nil")
    parts.no_indent_cell_margins(table)
    parts.fixed_widths(table, widths)
    return table


def header_table(document: DocxDocument, settings: ReportSettings, spec: LayoutSpec) -> None:
    """Issuing body and number on the left; national name and date line on the right.

    The number and the date line share the second row so they stay on one line, as the
    guides show them.
    """
    size = spec.body_header_size
    left: list[Line] = []
    if settings.parent_body.strip():
        left.append(Line(settings.parent_body.strip().upper(), size))
    left.append(Line(settings.issuing_body.strip().upper(), size, bold=True))
    if spec.name == "party":
        left.append(Line("*", size))
        right = [Line(spec.national, spec.national_size, bold=True, underline=True)]
    else:
        right = [Line(spec.national, spec.national_size, bold=True),
                 Line(spec.motto, spec.motto_size, bold=True, underline=True)]
    table = borderless_table(document, 2, spec.columns)
    top_left, top_right = table.rows[0].cells
    fill_cell(top_left, left)
    if spec.name != "party":
        # A short rule under the issuing body, about a third of the column.
        rule = top_left.add_paragraph()
        rule.paragraph_format.space_after = Pt(0)
        rule.paragraph_format.line_spacing = Pt(2)
        parts.bottom_rule(rule._p, indent_mm=spec.columns[0] / 3)
    fill_cell(top_right, right)
    bottom_left, bottom_right = table.rows[1].cells
    number = f"{spec.number_prefix}{settings.number_symbol.strip()}".rstrip()
    fill_cell(bottom_left, [Line(number, spec.number_size)])
    fill_cell(bottom_right, [Line(date_line(settings.place, settings.date), spec.date_size,
                              italic=True)])
    for cell in (bottom_left, bottom_right):
        cell.paragraphs[0].paragraph_format.space_before = Pt(6)


def title_block(document: DocxDocument, settings: ReportSettings, spec: LayoutSpec) -> None:
    """`BÁO CÁO`, the subject (starting lower-case) and the `-----` line or short rule."""
    title = document.add_paragraph()
    title.alignment = CENTER
    title.paragraph_format.space_before = Pt(18)
    title.paragraph_format.space_after = Pt(0)
    title.paragraph_format.keep_with_next = True
    title._p.append(parts.make_run(settings.resolved_title.upper(), bold=True,
                                   size=spec.title_size, font=parts.FONT))
    subject = settings.subject.strip()
    if subject.startswith("Về "):
        subject = "v" + subject[1:]
    last = title
    if subject:
        last = document.add_paragraph()
        last.alignment = CENTER
        last.paragraph_format.space_after = Pt(0)
        last.paragraph_format.keep_with_next = True
        last._p.append(parts.make_run(subject, bold=True, size=spec.subject_size,
                                      font=parts.FONT))
    if spec.name == "party":
        dashes = document.add_paragraph()
        dashes.alignment = CENTER
        dashes.paragraph_format.space_after = Pt(12)
        dashes._p.append(parts.make_run("-----", size=spec.subject_size))
    else:
        rule = document.add_paragraph()
        rule.paragraph_format.space_after = Pt(12)
        rule.paragraph_format.line_spacing = Pt(4)
        width = text_width_mm(document.sections[-1])
        parts.bottom_rule(rule._p, indent_mm=width * 0.4)


def _recipient_lines(settings: ReportSettings, spec: LayoutSpec) -> list[str]:
    """`- Ban Tuyên giáo …,` entries and the filing line `- Lưu Văn phòng.` last."""
    entries = [r.strip().lstrip("-–+• ").rstrip(",;. ") for r in settings.recipients]
    entries = [e for e in entries if e]
    if not entries or not entries[-1].casefold().startswith("lưu"):
        entries.append(settings.resolved_filing.rstrip(",;. "))
    return [f"- {entry}{spec.entry_end}" for entry in entries[:-1]] + [f"- {entries[-1]}."]


def closing_table(document: DocxDocument, settings: ReportSettings, spec: LayoutSpec) -> None:
    """`Nơi nhận:` and its entries on the left; the signature block on the right."""
    spacer = document.add_paragraph()
    spacer.paragraph_format.space_after = Pt(0)
    table = borderless_table(document, 1, spec.closing_columns)
    parts.row_flags(table.rows[0]._tr)
    left, right = table.rows[0].cells
    label = Line("Nơi nhận:", spec.recipients_size, bold=spec.recipients_bold,
                 italic=spec.recipients_italic, underline=spec.recipients_underline)
    entries = [Line(text, spec.entry_size) for text in _recipient_lines(settings, spec)]
    fill_cell(left, [label, *entries], align=WD_ALIGN_PARAGRAPH.LEFT)
    size = spec.signing_size
    prefix = settings.signing_prefix.strip()
    authority = settings.signing_authority.strip().upper()
    signing = f"{prefix} {authority}".strip()
    lines = [Line(signing, size, bold=True)] if signing else []
    if settings.position.strip():
        lines.append(Line(settings.position.strip().upper(), size, bold=spec.position_bold))
    lines += [Line("", size)] * 4  # room for the signature and the seal
    lines.append(Line(settings.signer.strip(), size, bold=True))
    fill_cell(right, lines)
