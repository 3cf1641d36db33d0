"""PDF files with a text layer, read with pypdf; scans without text are refused clearly."""

from __future__ import annotations

import io
import logging

from desktop.core.metadata import FormatHints
from desktop.core.text import normalize
from desktop.importers import hints as hint
from desktop.importers.base import Extracted, ImportProblem

MAX_PAGES = 300  # a news article is a few pages; a book would only stall the import
MSG_SCANNED = (
    "PDF chỉ có ảnh quét, không có lớp chữ: cần nhận dạng chữ (OCR) trước, "
    "hoặc nhập bản Word/trang web của bài"
)


def read(data: bytes) -> Extracted:
    from pypdf import PdfReader  # loaded on the first PDF only
    from pypdf.errors import PdfReadError

    if not data.strip():
        raise ImportProblem("Tệp rỗng")
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # it warns loudly on harmless quirks
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportProblem("Tệp PDF được đặt mật khẩu, không đọc được")
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise ImportProblem(f"Tệp PDF quá dài ({len(pages)} trang), không giống một bài viết")
        texts = [page.extract_text() or "" for page in pages]
        info = reader.metadata
    except ImportProblem:
        raise
    except (PdfReadError, Exception) as exc:  # pypdf raises many kinds on broken files
        raise ImportProblem("Tệp PDF bị hỏng, không đọc được") from exc
    text = normalize("\n\n".join(t.strip() for t in texts))
    if not text.strip():
        raise ImportProblem(MSG_SCANNED)
    return Extracted(text=text, kind="pdf", hints=_info_hints(info))


def _info_hints(info: object) -> FormatHints:
    if not info:
        return FormatHints()
    title = getattr(info, "title", None)
    author = getattr(info, "author", None)
    return FormatHints(
        title=hint.clean_title(str(title) if title else None),
        authors=hint.authors(str(author) if author else None),
    )
