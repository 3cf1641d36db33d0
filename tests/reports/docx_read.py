"""Reading a written report back: effective run formatting, table rows, fields."""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.shared import Length
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run


def _style_chain(paragraph: Paragraph):
    style = paragraph.style
    while style is not None:
        yield style
        style = style.base_style


def size(paragraph: Paragraph, run: Run | None = None) -> float | None:
    """The point size a run shows: its own, else its paragraph style's (and their bases')."""
    run = run or paragraph.runs[0]
    if run.font.size is not None:
        return run.font.size.pt
    for style in _style_chain(paragraph):
        if style.font.size is not None:
            return style.font.size.pt
    return None


def flag(paragraph: Paragraph, name: str, run: Run | None = None) -> bool:
    """Effective bold / italic / underline of a run."""
    run = run or paragraph.runs[0]
    value = getattr(run.font, name)
    if value is not None:
        return bool(value)
    for style in _style_chain(paragraph):
        value = getattr(style.font, name)
        if value is not None:
            return bool(value)
    return False


def fmt(paragraph: Paragraph, name: str):
    """Effective paragraph format value (direct, then the style chain)."""
    value = getattr(paragraph.paragraph_format, name)
    if value is not None:
        return value
    for style in _style_chain(paragraph):
        value = getattr(style.paragraph_format, name)
        if value is not None:
            return value
    return None


def fonts_of(element) -> dict[str, str]:
    """The four rFonts slots named on an rPr-bearing element."""
    found = element.find(".//" + qn("w:rFonts"))
    if found is None:
        return {}
    return {slot: found.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")}


def text_paragraphs(cell) -> list[Paragraph]:
    return list(cell.paragraphs)


def row_texts(table: Table) -> list[list[str]]:
    """Text of each row's cells, a merged cell counted once."""
    rows = []
    for tr in table._tbl.tr_lst:
        rows.append(["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in tr.tc_lst])
    return rows


def has_border(table: Table) -> bool:
    edges = table._tbl.tblPr.find(qn("w:tblBorders"))
    if edges is None:
        return False
    return any(edge.get(qn("w:val")) not in ("nil", "none") for edge in edges)


def mm(length: Length) -> float:
    return length.mm
