"""Plain text files (.txt and text of unknown type), in any encoding Vietnamese offices use."""

from __future__ import annotations

from desktop.core.encodings import UndecodableError, UnknownEncodingError, decode
from desktop.importers.base import Extracted, ImportProblem


def read(data: bytes) -> Extracted:
    """Decode by BOM, strict UTF-8, or the best-scoring legacy Vietnamese encoding."""
    try:
        decoded = decode(data)
    except UnknownEncodingError as exc:
        return Extracted(text="", kind="txt", unread=str(exc))
    except UndecodableError as exc:
        raise ImportProblem(str(exc)) from exc
    if not decoded.text.strip():
        raise ImportProblem("Tệp rỗng")
    return Extracted(text=decoded.text, kind="txt", encoding=decoded.encoding)
