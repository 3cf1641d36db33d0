"""The reading half of an import: find the files, then parse them in parallel, in order.

Parsing (decoding, unzipping, XML, PDF) is the slow part and touches no database, so a pool
of workers runs it ahead of the single writer (ARCHITECTURE rule 5). Results are handed back
in the order of the files, so a parallel import gives the same outcomes in the same order as
a serial one, and only a few parsed files are held in memory at a time.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from desktop.importers import archives
from desktop.importers.base import Extracted, ImportProblem
from desktop.importers.registry import ARCHIVES, READERS, is_archive, read_bytes, read_path

T = TypeVar("T")
R = TypeVar("R")

# Parsing is mostly pure Python, so more threads than cores only add GIL contention.
DEFAULT_WORKERS = max(1, min(4, os.cpu_count() or 1))


@dataclass(frozen=True)
class Parsed:
    """One file (or zip member) read and extracted, or the reason it could not be."""

    label: str  # what the user sees: `/home/a/bai.txt`, `/home/a/bai.zip/thang-3/bai.docx`
    name: str  # the kept original's file name: `bai.docx`
    data: bytes | None = None
    extracted: Extracted | None = None
    problem: str | None = None


def supported_extensions() -> list[str]:
    """Every extension an import reads (`.docx`, `.zip`, ...), for file dialogs' filters."""
    return sorted(ext for ext in (*READERS, *ARCHIVES) if ext)


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders (recursively, skipping hidden entries) into a sorted list of files.

    Anything that is not a folder is kept, broken links included, so it gets a reported
    outcome. Linked folders are followed once each: a link back up the tree (a loop) is
    skipped the second time its real folder is reached, so the walk always ends.
    """
    found: list[Path] = []
    seen: set[str] = set()
    for path in paths:
        if path.is_dir():
            found.extend(_walk(path, seen))
        else:
            found.append(path)
    return found


def _walk(folder: Path, seen: set[str]) -> Iterator[Path]:
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        yield folder  # unreadable: reading it fails with a reason the user sees
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_folder = entry.is_dir()  # follows links; `seen` keeps that finite
        except OSError:
            is_folder = False
        if is_folder:
            yield from _walk(Path(entry.path), seen)
        else:
            yield Path(entry.path)


def parse_path(path: Path) -> list[Parsed]:
    """Read one file, or every article inside one zip; never raises for a bad file."""
    if is_archive(path):
        return _parse_zip(path)
    try:
        data, extracted = read_path(path)
    except ImportProblem as problem:
        return [Parsed(str(path), path.name, problem=str(problem))]
    except Exception as exc:  # noqa: BLE001 - a reader bug must fail one file, not the batch
        return [Parsed(str(path), path.name, problem=_unexpected(exc))]
    return [Parsed(str(path), path.name, data, extracted)]


def _parse_zip(path: Path) -> list[Parsed]:
    label = str(path)
    try:
        members = list(archives.expand(path))
    except ImportProblem as problem:
        return [Parsed(label, path.name, problem=str(problem))]
    except Exception as exc:  # noqa: BLE001 - as above
        return [Parsed(label, path.name, problem=_unexpected(exc))]
    if not members:
        return [Parsed(label, path.name, problem="Tệp nén không chứa tệp bài viết nào")]
    parent = str(path.parent)
    return [_parse_member(os.path.join(parent, m.name), m) for m in members]


def _parse_member(label: str, member: archives.Member) -> Parsed:
    name = member.name.rsplit("/", 1)[-1]
    if member.data is None:
        return Parsed(label, name, problem=member.problem or "Không đọc được tệp trong tệp nén")
    try:
        return Parsed(label, name, member.data, read_bytes(name, member.data))
    except ImportProblem as problem:
        return Parsed(label, name, problem=str(problem))
    except Exception as exc:  # noqa: BLE001 - as above
        return Parsed(label, name, problem=_unexpected(exc))


def _unexpected(exc: Exception) -> str:
    return f"Lỗi không mong đợi khi đọc tệp: {exc.__class__.__name__}: {exc}"


def in_order(
    items: Iterable[T], work: Callable[[T], R], workers: int = DEFAULT_WORKERS
) -> Iterator[tuple[T, Callable[[], R]]]:
    """Run `work` on each item in a pool and yield `(item, result getter)` in item order.

    At most `2 * workers` items are in flight, so memory stays bounded however many files
    there are. Stopping the iteration early (cancel) drops the items not started yet.
    `workers <= 0` runs each item on the calling thread when its turn comes (no pool).
    """
    if workers <= 0:
        for item in items:
            yield item, (lambda item=item: work(item))
        return
    pool = ThreadPoolExecutor(workers, thread_name_prefix="tulieu-parse")
    pending: deque[tuple[T, Future[R]]] = deque()
    source = iter(items)
    try:
        for item in source:
            pending.append((item, pool.submit(work, item)))
            if len(pending) >= 2 * workers:
                break
        while pending:
            item, future = pending.popleft()
            for following in source:  # keep the pool busy while the caller stores this one
                pending.append((following, pool.submit(work, following)))
                break
            yield item, future.result
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
