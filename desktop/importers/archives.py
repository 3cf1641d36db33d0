"""Zip archives of articles: each supported member is imported as a file of its own.

Members are read into memory (never extracted to disk), after their declared sizes and
compression ratio are checked; the read itself is bounded too, since headers can lie. Unsafe
names (`../x`, absolute paths) are reported, not read. A zip inside a zip is opened one level
deep, no further.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.importers import registry
from desktop.importers.base import ImportProblem
from desktop.importers.safe import check_member, open_zip, read_member

MAX_MEMBERS = 5000
MAX_TOTAL_BYTES = 500 * 1024 * 1024  # all members together, uncompressed
MAX_DEPTH = 1  # nested zips opened at most one level down


@dataclass(frozen=True)
class Member:
    """One file inside an archive: its bytes, or why it was not read."""

    name: str  # shown to the user: `bai-viet.zip/thang-3/bai.docx`
    data: bytes | None = None
    problem: str | None = None


def expand(path: Path) -> Iterator[Member]:
    """The members of the zip at `path`; raises ImportProblem if the zip cannot be opened."""
    try:
        size = path.stat().st_size
        if size > MAX_TOTAL_BYTES:
            raise ImportProblem(f"Tệp nén quá lớn ({size // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportProblem(f"Không đọc được tệp: {exc.strerror or exc}") from exc
    yield from expand_bytes(path.name, data)


def expand_bytes(name: str, data: bytes, depth: int = 0) -> Iterator[Member]:
    archive = open_zip(data, "zip")
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        if len(infos) > MAX_MEMBERS:
            raise ImportProblem(f"Tệp nén có quá nhiều tệp ({len(infos)})")
        total = 0
        for info in infos:
            member_name = _decoded_name(info)
            shown = f"{name}/{member_name}"
            if _hidden(member_name):
                continue
            if _unsafe(member_name):
                yield Member(shown, problem="Đường dẫn không an toàn trong tệp nén, đã bỏ qua")
                continue
            suffix = Path(member_name).suffix.lower()
            if not registry.is_supported(Path(member_name)):
                continue  # images and the like travel with articles; they are not articles
            reason = check_member(info, registry.MAX_FILE_BYTES)
            if reason is None and total + info.file_size > MAX_TOTAL_BYTES:
                reason = "vượt tổng dung lượng cho phép của tệp nén"
            if reason:
                yield Member(shown, problem=f"Tệp trong tệp nén {reason}, đã bỏ qua")
                continue
            total += info.file_size
            try:
                content = read_member(archive, info.filename, "zip", registry.MAX_FILE_BYTES)
            except ImportProblem as problem:
                yield Member(shown, problem=str(problem))
                continue
            if suffix in registry.ARCHIVES:
                yield from _nested(shown, content, depth)
            else:
                yield Member(shown, data=content)


def _nested(name: str, data: bytes, depth: int) -> Iterator[Member]:
    if depth >= MAX_DEPTH:
        yield Member(name, problem="Tệp nén lồng quá nhiều cấp, đã bỏ qua")
        return
    try:
        yield from expand_bytes(name, data, depth + 1)
    except ImportProblem as problem:
        yield Member(name, problem=str(problem))


def _decoded_name(info: zipfile.ZipInfo) -> str:
    """Names without the UTF-8 flag come out as cp437; many tools wrote UTF-8 anyway."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _unsafe(name: str) -> bool:
    name = name.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return True
    return ".." in posixpath.normpath(name).split("/") or ".." in name.split("/")


def _hidden(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return any(part.startswith(".") and part not in (".", "..") for part in parts) or (
        parts[0] == "__MACOSX"
    )
