"""Plain text files (.txt and text of unknown type)."""

from __future__ import annotations

from desktop.core.text import normalize
from desktop.importers.base import Extracted, ImportProblem

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)


def read(data: bytes) -> Extracted:
    """Decode UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if not data.strip():
        raise ImportProblem("Tệp rỗng")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _decoded(data[len(bom):], codec, name)
    if b"\x00" in data:
        raise ImportProblem("Tệp có vẻ là tệp nhị phân, không phải văn bản")
    return _decoded(data, "utf-8", "utf-8")


def _decoded(data: bytes, codec: str, name: str) -> Extracted:
    try:
        text = data.decode(codec.removesuffix("-sig"))
    except UnicodeDecodeError as exc:
        raise ImportProblem(
            f"Không đọc được văn bản: không phải {name.upper()} hợp lệ (byte lỗi ở vị trí "
            f"{exc.start}). Bảng mã cũ như TCVN3, VNI chưa được hỗ trợ."
        ) from exc
    text = normalize(text)
    if not text:
        raise ImportProblem("Tệp rỗng")
    return Extracted(text=text, kind="txt", encoding=name)
