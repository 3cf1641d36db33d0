"""OpenDocument text (.odt): content.xml paragraphs, headings, lists and tables; meta.xml."""

from __future__ import annotations

from lxml import etree

from desktop.core.metadata import FormatHints
from desktop.core.text import normalize
from desktop.importers import hints as hint
from desktop.importers.base import Extracted, ImportProblem
from desktop.importers.safe import open_zip, optional_member, parse_xml, read_member

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_META_NS = {
    "office": _OFFICE,
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}
_T, _TB = f"{{{_TEXT}}}", f"{{{_TABLE}}}"
# Inside a paragraph: notes and comments are not the article's text; frames hold images.
_SKIP_INLINE = {f"{_T}note", f"{{{_OFFICE}}}annotation", f"{_T}tracked-changes"}
_DRAWING = "{urn:oasis:names:tc:opendocument:xmlns:drawing"  # frames: images, text boxes
_BLOCK_CONTAINERS = {f"{_T}list", f"{_T}list-item", f"{_T}list-header", f"{_T}section"}


def read(data: bytes) -> Extracted:
    archive = open_zip(data, "odt")
    with archive:
        if "content.xml" not in archive.namelist():
            raise ImportProblem("Tệp không phải văn bản OpenDocument .odt (thiếu content.xml)")
        content = parse_xml(read_member(archive, "content.xml", "odt"), "odt")
        meta = optional_member(archive, "meta.xml", "odt")
    body = content.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise ImportProblem("Tệp .odt không có phần văn bản (có thể là bảng tính hay trình chiếu)")
    lines: list[str] = []
    _blocks(body, lines)
    text = normalize("\n".join(lines))
    if not text:
        raise ImportProblem("Tệp .odt không có chữ nào")
    return Extracted(text=text, kind="odt", hints=_meta_hints(meta))


def _blocks(container: etree._Element, lines: list[str]) -> None:
    for child in container:
        if child.tag in (f"{_T}p", f"{_T}h"):
            lines.append(_inline(child))
        elif child.tag == f"{_TB}table":
            _table(child, lines)
        elif child.tag in _BLOCK_CONTAINERS:
            _blocks(child, lines)
        elif child.tag in (f"{_TB}table-row-group", f"{_TB}table-rows"):
            _blocks(child, lines)


def _table(table: etree._Element, lines: list[str]) -> None:
    for row in table.iter(f"{_TB}table-row"):
        if next(row.iterancestors(f"{_TB}table")) is not table:
            continue  # a nested table's rows are read inside its cell
        cells = []
        for cell in row.findall(f"{_TB}table-cell"):
            inner: list[str] = []
            _blocks(cell, inner)
            text = " ".join(" ".join(inner).split())
            if text:
                cells.append(text)
        lines.append(" | ".join(cells))
    lines.append("")


def _inline(element: etree._Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{_T}s":
            parts.append(" ")  # runs of spaces collapse in normalize() anyway
        elif child.tag == f"{_T}tab":
            parts.append("\t")
        elif child.tag == f"{_T}line-break":
            parts.append("\n")
        elif child.tag not in _SKIP_INLINE and not str(child.tag).startswith(_DRAWING):
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _meta_hints(data: bytes | None) -> FormatHints:
    if data is None:
        return FormatHints()
    root = parse_xml(data, "odt")
    meta = root.find("office:meta", _META_NS)
    if meta is None:
        return FormatHints()
    return FormatHints(
        title=hint.clean_title(meta.findtext("dc:title", namespaces=_META_NS)),
        authors=hint.authors(
            meta.findtext("meta:initial-creator", namespaces=_META_NS),
            meta.findtext("dc:creator", namespaces=_META_NS),
        )[:1],
    )
