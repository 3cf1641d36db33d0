"""Choose the importer for a file by its extension, then by a look at its content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.importers import text
from desktop.importers.base import Extracted, ImportProblem

Reader = Callable[[bytes], Extracted]

READERS: dict[str, Reader] = {".txt": text.read, ".text": text.read, "": text.read}

# Files bigger than this are not articles; reading them would only freeze the import.
MAX_FILE_BYTES = 20 * 1024 * 1024


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read_bytes(name: str, data: bytes) -> Extracted:
    reader = READERS.get(Path(name).suffix.lower())
    if reader is None:
        raise ImportProblem(f"Chưa hỗ trợ loại tệp '{Path(name).suffix}'")
    return reader(data)


def read_path(path: Path) -> tuple[bytes, Extracted]:
    """Read a file and extract its text; returns the original bytes too, to be kept."""
    if not is_supported(path):
        raise ImportProblem(f"Chưa hỗ trợ loại tệp '{path.suffix}'")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportProblem(
                f"Tệp quá lớn ({size // (1024 * 1024)} MB), không giống một bài viết"
            )
        data = path.read_bytes()
    except PermissionError as exc:
        raise ImportProblem("Không có quyền đọc tệp") from exc
    except OSError as exc:
        raise ImportProblem(f"Không đọc được tệp: {exc.strerror or exc}") from exc
    return data, read_bytes(path.name, data)
