"""Rich Text Format (.rtf), read in-process with striprtf.

striprtf honours `\\ansicpgN` for `\\'xx` bytes (cp1258 included) and `\\uN` escapes with
their fallback characters, which is how Word writes Vietnamese. Old files typed in a TCVN3 or
VNI font carry the font's bytes; when the document's default font is such a font the whole
text is converted, as the font table is the only place that says so.
"""

from __future__ import annotations

import re

from desktop.core.metadata import FormatHints
from desktop.core.text import normalize
from desktop.importers import hints as hint
from desktop.importers.base import Extracted, ImportProblem

_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")
_DEFAULT_FONT = re.compile(rb"\\deff(\d+)")
_FONT_ENTRY = re.compile(rb"{\\f(\d+)[^{}]*?(?:{[^{}]*}[^{}]*?)*?\s([^\\{};][^;{}]*);")
_INFO_FIELD = rb"{\\%s\s+([^{}]*)}"


def read(data: bytes) -> Extracted:
    from striprtf.striprtf import rtf_to_text  # small, but only needed for RTF files

    if not data.strip():
        raise ImportProblem("Tệp rỗng")
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ImportProblem("Tệp không phải định dạng RTF (thiếu phần mở đầu {\\rtf)")
    codepage = _codepage(data)
    source = data.decode(codepage, errors="replace")
    # TypeError: striprtf on a truncated \\uN escape (found by fuzzing).
    try:
        text = rtf_to_text(source, encoding=codepage, errors="replace")
    except (ValueError, IndexError, TypeError, RecursionError) as exc:
        raise ImportProblem("Tệp RTF bị hỏng, không đọc được") from exc
    encoding = _legacy_encoding(data)
    if encoding:
        from desktop.core import encodings

        text = encodings.convert_legacy(text, encoding)
    text = normalize(text)
    if not text:
        raise ImportProblem("Tệp RTF không có chữ nào")
    hints = _info(data, codepage, rtf_to_text)
    return Extracted(text=text, kind="rtf", encoding=encoding, hints=hints)


def _codepage(data: bytes) -> str:
    match = _CODEPAGE.search(data[:4096])
    name = f"cp{int(match.group(1))}" if match else "cp1252"
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name


def _legacy_encoding(data: bytes) -> str | None:
    """`tcvn3`/`vni` when the default font of the document is a legacy Vietnamese font."""
    default = _DEFAULT_FONT.search(data[:4096])
    if not default:
        return None
    for number, name in _FONT_ENTRY.findall(data[:65536]):
        if number == default.group(1):
            font = name.decode("latin-1").strip()
            if font.lower().startswith((".vn", "vni")):
                from desktop.core.encodings import encoding_for_font

                return encoding_for_font(font)
            return None
    return None


def _info(data: bytes, codepage: str, rtf_to_text) -> FormatHints:  # noqa: ANN001
    def field(name: bytes) -> str | None:
        match = re.search(_INFO_FIELD % name, data[:65536])
        if not match:
            return None
        inner = match.group(1).decode("latin-1")
        try:
            return rtf_to_text(f"{{\\rtf1 {inner}}}", encoding=codepage).strip() or None
        except (ValueError, IndexError, TypeError, RecursionError):  # a damaged field: no hint
            return None

    return FormatHints(
        title=hint.clean_title(field(b"title")),
        authors=hint.authors(field(b"author")),
    )


