"""Choose the importer for a file by its extension, corrected by a look at its content.

Files are often misnamed (an RTF or a web page saved as `.doc`, a `.docx` renamed `.doc`), so
a clear signature in the first bytes wins over the extension. Zips are not read here: each
member is its own file, see `desktop.importers.archives.expand`.
"""

from __future__ import annotations

import importlib
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from desktop.importers.base import Extracted, ImportProblem
from desktop.importers.safe import ZIP_READ_ERRORS

Reader = Callable[[bytes], Extracted]

# Extension -> the module in desktop.importers whose `read` takes it. A module is imported
# when a file first needs it: lxml, python-docx and the e-mail parser cost an import worker
# ~20 ms of its start, and a folder of .txt files needs none of them.
READERS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    "": "text",
    ".docx": "docx",
    ".odt": "odt",
    ".rtf": "rtf",
    ".doc": "doc",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".mht": "mht",
    ".mhtml": "mht",
    ".pdf": "pdf",
}
ARCHIVES = frozenset({".zip"})

# Files bigger than this are not articles; reading them would only freeze the import.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FILE_MB = MAX_FILE_BYTES // (1024 * 1024)

_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_TEXT_EXTENSIONS = frozenset({".txt", ".text"})
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"),  # OLE2 compound file: Word 97-2003
    (b"%PDF-", ".pdf"),
    (b"{\\rtf", ".rtf"),
)


def is_supported(path: Path) -> bool:
    """True for the extensions we import, zips included (their members are imported)."""
    suffix = path.suffix.lower()
    return suffix in READERS or suffix in ARCHIVES


def is_archive(path: Path) -> bool:
    """True for files whose members are imported one by one (`archives.expand`)."""
    return path.suffix.lower() in ARCHIVES


def sniff(data: bytes) -> str | None:
    """The extension the content says it has (`.docx`, `.pdf`, `.zip`, ...), or None."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"mime-version:") or b"content-type: multipart/related" in head:
        return ".mht"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]:
        return ".html"
    return None


def _zip_kind(data: bytes) -> str | None:
    """A zip is a .docx, an .odt or an archive of articles, told apart by its members."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return ".docx"
            if "mimetype" in names and _head(archive, "mimetype").strip() == _ODT_MIMETYPE:
                return ".odt"
    except ZIP_READ_ERRORS:
        return None  # a broken zip: let the extension's reader explain what is wrong
    return ".zip"


def _head(archive: zipfile.ZipFile, name: str) -> bytes:
    # Only the start is read: the member may be a zip bomb.
    with archive.open(name) as member:
        return member.read(64)


def reader_for(name: str, data: bytes) -> tuple[str, Reader]:
    """The extension to read `data` as, and its reader; ImportProblem when there is none."""
    suffix = Path(name).suffix.lower()
    sniffed = sniff(data)
    # A web page named .txt is still a text the user meant as text; signatures of binary
    # formats always win, they cannot be read as anything else.
    use_sniffed = sniffed is not None and not (
        sniffed in (".html", ".mht") and suffix in _TEXT_EXTENSIONS
    )
    kind = sniffed if use_sniffed else suffix
    if kind in ARCHIVES:
        raise ImportProblem(
            "Tệp nén .zip: các tệp bên trong được nhập riêng từng tệp, không đọc như một bài"
        )
    module = READERS.get(kind)
    if module is None:
        raise ImportProblem(f"Chưa hỗ trợ loại tệp '{Path(name).suffix}'")
    return kind, importlib.import_module(f"desktop.importers.{module}").read


def read_bytes(name: str, data: bytes) -> Extracted:
    """Extract the text of a file's content; `name` is only used for its extension."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportProblem(_too_big(len(data)))
    return reader_for(name, data)[1](data)


def read_path(path: Path) -> tuple[bytes, Extracted]:
    """Read a file and extract its text; returns the original bytes too, to be kept."""
    if not is_supported(path):
        raise ImportProblem(f"Chưa hỗ trợ loại tệp '{path.suffix}'")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportProblem(_too_big(size))
        data = path.read_bytes()
    except PermissionError as exc:
        raise ImportProblem("Không có quyền đọc tệp") from exc
    except OSError as exc:
        raise ImportProblem(f"Không đọc được tệp: {exc.strerror or exc}") from exc
    return data, read_bytes(path.name, data)


def _too_big(size: int) -> str:
    return (
        f"Tệp quá lớn ({size / (1024 * 1024):.1f} MB), không giống một bài viết; "
        f"giới hạn là {MAX_FILE_MB} MB cho mỗi tệp"
    )
