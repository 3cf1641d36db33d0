"""Small WordprocessingML building blocks shared by the report writers.

Long reports append thousands of paragraphs. python-docx's `add_paragraph` looks for the
final `w:sectPr` on every call, which makes a long report quadratic, so the body is built
with lxml elements inserted straight before that `w:sectPr` (see `Body`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table
from lxml.etree import _Element

FONT = "Times New Roman"
# Characters XML 1.0 forbids; pasted web text sometimes carries them.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# Schema order of the children Word checks strictly; see `insert_in_order`.
_TBL_PR_ORDER = (
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption"
).split()
_P_PR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange"
).split()


def insert_in_order(parent: _Element, child: _Element, order: list[str]) -> _Element:
    """Insert `child` where the schema wants it (replacing one with the same tag); Word calls
    a file with misplaced property elements unreadable."""
    local = child.tag.rsplit("}", 1)[-1]
    later = set(order[order.index(local) + 1 :])
    for existing in list(parent):
        name = existing.tag.rsplit("}", 1)[-1]
        if name == local:
            parent.replace(existing, child)
            return child
        if name in later:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


def clean(text: str) -> str:
    """NFC text without characters that would make the .docx unreadable."""
    text = _FORBIDDEN.sub("", text.replace("\u00a0", " "))
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def set_font(rpr: _Element, font: str = FONT) -> None:
    """Name `font` for every script slot, or Word falls back to another font for some letters."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), font)


@dataclass(frozen=True)
class Para:
    """How a paragraph style looks."""

    size: float
    bold: bool = False
    italic: bool = False
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.LEFT
    first_indent: Length | None = None
    before: float = 0
    after: float = 0
    line: float | None = None  # points when exact, a multiple otherwise
    exact: bool = False
    keep_next: bool = False


def ensure_style(document: DocxDocument, name: str, look: Para) -> str:
    """The style id of paragraph style `name`, created as `look` unless a template has it.

    A template's own definition wins, so an office can restyle the report in Word.
    """
    styles = document.styles
    if name in [s.name for s in styles if s.type == WD_STYLE_TYPE.PARAGRAPH]:
        return styles[name].style_id
    style: ParagraphStyle = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[assignment]
    style.base_style = styles["Normal"]
    style.quick_style = True
    font = style.font
    font.size, font.bold, font.italic = Pt(look.size), look.bold, look.italic
    set_font(style.element.get_or_add_rPr())
    fmt = style.paragraph_format
    fmt.alignment = look.align
    fmt.first_line_indent = look.first_indent or Mm(0)
    fmt.left_indent = Mm(0)
    fmt.space_before, fmt.space_after = Pt(look.before), Pt(look.after)
    if look.line is not None:
        if look.exact:
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(look.line)
        else:
            fmt.line_spacing = look.line
    fmt.keep_with_next = look.keep_next
    fmt.widow_control = True
    return style.style_id


def set_normal(document: DocxDocument, size: float) -> None:
    """Times New Roman everywhere, Vietnamese proofing, no space after by default."""
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    set_font(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "vi-VN")
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0


def make_run(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    size: float | None = None,
    color: str | None = None,
    font: str | None = None,
) -> _Element:
    """A `w:r` with direct formatting; `\\n` in `text` becomes a line break."""
    run = OxmlElement("w:r")
    if bold or italic or underline or size or color or font:
        rpr = OxmlElement("w:rPr")
        if font:
            set_font(rpr, font)
        for flag, tag in ((bold, "w:b"), (italic, "w:i")):
            if flag:
                rpr.append(OxmlElement(tag))
        if color:
            rpr.append(OxmlElement("w:color", {qn("w:val"): color}))
        if size:
            half_points = str(round(size * 2))
            rpr.append(OxmlElement("w:sz", {qn("w:val"): half_points}))
            rpr.append(OxmlElement("w:szCs", {qn("w:val"): half_points}))
        if underline:
            rpr.append(OxmlElement("w:u", {qn("w:val"): "single"}))
        run.append(rpr)
    for index, line in enumerate(clean(text).split("\n")):
        if index:
            run.append(OxmlElement("w:br"))
        node = OxmlElement("w:t")
        node.text = line
        if line != line.strip():
            node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(node)
    return run


def make_paragraph(style_id: str | None, runs: Iterable[_Element] = (), text: str = "") -> _Element:
    """A `w:p` in `style_id` holding `runs`, or one plain run of `text`."""
    paragraph = OxmlElement("w:p")
    if style_id:
        ppr = OxmlElement("w:pPr")
        ppr.append(OxmlElement("w:pStyle", {qn("w:val"): style_id}))
        paragraph.append(ppr)
    if text:
        paragraph.append(make_run(text))
    for run in runs:
        paragraph.append(run)
    return paragraph


class Body:
    """Appends to the end of the document body in constant time."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self.sentinel = document.element.body.get_or_add_sectPr()

    def add(self, element: _Element) -> _Element:
        self.sentinel.addprevious(element)
        return element

    def paragraph(self, style_id: str | None, text: str = "", *runs: _Element) -> _Element:
        return self.add(make_paragraph(style_id, runs, text))

    def hyperlink(self, url: str, size: float | None = None) -> _Element:
        return hyperlink(self.document, url, size)


# Per document part: url -> relationship id. python-docx's `relate_to` searches every
# relationship on each call, which made a thousand links take seconds.
_LINKS: WeakKeyDictionary[object, dict[str, str]] = WeakKeyDictionary()


def _link_id(document: DocxDocument, url: str) -> str:
    part = document.part
    known = _LINKS.setdefault(part, {})
    if url not in known:
        number = len(known) + 1
        while f"rIdTL{number}" in part.rels:  # a template made by this writer keeps its rels
            number += 1
        rel_id = f"rIdTL{number}"
        part.rels.add_relationship(RELATIONSHIP_TYPE.HYPERLINK, url, rel_id, is_external=True)
        known[url] = rel_id
    return known[url]


def hyperlink(document: DocxDocument, url: str, size: float | None = None) -> _Element:
    """A clickable `w:hyperlink` showing `url`, to place inside a paragraph."""
    rel_id = _link_id(document, clean(url))
    link = OxmlElement("w:hyperlink", {qn("r:id"): rel_id})
    link.append(make_run(url, size=size, color="0000FF", underline=True))
    return link


def page_number_field(size: float) -> list[_Element]:
    """Runs holding a PAGE field, so Word and LibreOffice print the page number."""
    runs = []
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"),
                       ("end", None)):
        run = make_run("", size=size)
        run.remove(run.find(qn("w:t")))
        if kind:
            run.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): kind}))
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText", {"{http://www.w3.org/XML/1998/namespace}space":
                                                "preserve"})
            instr.text = text
            run.append(instr)
        else:
            shown = OxmlElement("w:t")
            shown.text = text
            run.append(shown)
        runs.append(run)
    return runs


def borders(table: Table, value: str) -> None:
    """Set every table border to `value` (`nil` for the letterhead, `single` for lists)."""
    edges = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        attrs = {qn("w:val"): value}
        if value != "nil":
            attrs.update({qn("w:sz"): "4", qn("w:space"): "0", qn("w:color"): "000000"})
        edges.append(OxmlElement(f"w:{edge}", attrs))
    insert_in_order(table._tbl.tblPr, edges, _TBL_PR_ORDER)


def fixed_widths(table: Table, widths_mm: Iterable[float]) -> None:
    """Fixed column widths that Word and LibreOffice both honour."""
    widths = [Mm(w) for w in widths_mm]
    table.autofit = False  # writes `w:tblLayout w:type="fixed"`
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is not None:
        tbl_w.set(qn("w:type"), "dxa")
        tbl_w.set(qn("w:w"), str(sum(w.twips for w in widths)))
    for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        grid_col.w = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width


def no_indent_cell_margins(table: Table) -> None:
    """Zero left/right cell margins so letterhead text lines up with the page margins."""
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        margins.append(OxmlElement(f"w:{edge}", {qn("w:w"): "0", qn("w:type"): "dxa"}))
    insert_in_order(table._tbl.tblPr, margins, _TBL_PR_ORDER)


def row_flags(tr: _Element, *, header: bool = False) -> None:
    """Keep a table row on one page; repeat it on every page when it is the header."""
    tr_pr = tr.find(qn("w:trPr"))
    if tr_pr is None:
        tr_pr = OxmlElement("w:trPr")
        tr.insert(0, tr_pr)
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def bottom_rule(paragraph: _Element, indent_mm: float = 0) -> None:
    """A rule under `paragraph`, shortened by `indent_mm` on each side (a short centred line)."""
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        paragraph.insert(0, ppr)
    border = OxmlElement("w:pBdr")
    border.append(OxmlElement("w:bottom", {qn("w:val"): "single", qn("w:sz"): "6",
                                           qn("w:space"): "1", qn("w:color"): "000000"}))
    insert_in_order(ppr, border, _P_PR_ORDER)
    if indent_mm:
        twips = str(Mm(indent_mm).twips)
        ind = OxmlElement("w:ind", {qn("w:left"): twips, qn("w:right"): twips})
        insert_in_order(ppr, ind, _P_PR_ORDER)
