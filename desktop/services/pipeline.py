"""The reading half of an import: find the files, then parse them in parallel, in order.

Parsing (decoding, unzipping, XML, PDF) and the text work that follows it (metadata, the
near-duplicate signature, entity findings) touch no database, so a pool of worker processes
runs them ahead of the single writer (ARCHITECTURE rule 5); processes, because that work is
pure Python and threads would only take turns on the GIL. Results are handed back in the
order of the files, so a parallel import gives the same outcomes in the same order as a
serial one, and only a few parsed files are held in memory at a time.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import TypeVar

from desktop.core.entities import Found, extract_entities
from desktop.core.index_fields import Forms, index_forms, text_fields
from desktop.core.metadata import Metadata, extract
from desktop.core.signature import signature
from desktop.importers import archives
from desktop.importers.base import Extracted, ImportProblem
from desktop.importers.registry import ARCHIVES, READERS, is_archive, read_bytes, read_path
from desktop.services.word_lists import gazetteer, gazetteer_dirs, use_gazetteer_dirs

T = TypeVar("T")
R = TypeVar("R")

# One process per core: the writer stores rows in half the time a worker takes to read one
# file and work on its text (~2.5 vs ~5 ms of CPU), so it shares a core (2 cores, 1,000 .txt:
# a third worker is no faster). One core: none, the writer does it all.
_CORES = os.cpu_count() or 1
DEFAULT_WORKERS = min(4, _CORES) if _CORES > 1 else 0
# Below this many files starting the worker processes costs more than it saves: their first
# results come after ~0.15 s, and each file then takes half the time (2 cores, .txt).
POOL_MIN_FILES = 48


@dataclass(frozen=True)
class Prepared:
    """The text work on one article done by a worker, so the writer only has to store it."""

    meta: Metadata
    signature: bytes | None  # of meta.body (core.signature)
    findings: tuple[Found, ...]  # entities in meta.body, before the writer drops rejected ones
    forms: Forms  # the index forms of the article's own text fields (core.index_fields)


@dataclass(frozen=True)
class Parsed:
    """One file (or zip member) read and extracted, or the reason it could not be."""

    label: str  # what the user sees: `/home/a/bai.txt`, `/home/a/bai.zip/thang-3/bai.docx`
    name: str  # the kept original's file name: `bai.docx`
    data: bytes | None = None
    extracted: Extracted | None = None
    problem: str | None = None
    prepared: Prepared | None = None  # None: the writer does the text work itself


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


# -- in a worker process -----------------------------------------------------------------------
_outlets: Mapping[str, str] | None = None  # the import's outlet table, set once per worker


def start_worker(outlets: Mapping[str, str] | None, dirs: tuple[Path, ...]) -> None:
    """Give a fresh worker process the import's outlet table and word lists, once."""
    global _outlets
    _outlets = outlets
    use_gazetteer_dirs(*dirs)
    gazetteer()
    # The modules and word lists loaded so far live as long as the worker: keep them out of
    # the collections that the thousands of tokens of every article set off, and let those
    # collections come less often (3% fewer instructions per article; the text work makes
    # almost no reference cycles, and what a worker holds is freed when the import ends).
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    threading.Thread(target=_exit_with_parent, daemon=True).start()


def _exit_with_parent() -> None:
    # A worker holds both ends of its task queue, so it never sees the queue close: without
    # this it would wait forever once the importing process is killed.
    parent = multiprocessing.parent_process()
    if parent is not None:
        parent.join()
        os._exit(1)


def prepare_path(path: Path) -> list[Parsed]:
    """`parse_path`, then the text work on each article read (see `Prepared`)."""
    return [_prepare(item) for item in parse_path(path)]


def _prepare(item: Parsed) -> Parsed:
    extracted = item.extracted
    if extracted is None or extracted.unread:
        return item
    try:
        return replace(item, prepared=prepare_text(extracted, _outlets))
    except Exception:  # noqa: BLE001 - the writer does it again and fails where a serial run does
        return item


def prepare_text(extracted: Extracted, outlets: Mapping[str, str] | None) -> Prepared:
    """The text work on one readable article (see `Prepared`), wherever it runs."""
    meta = extract(extracted.text, extracted.hints, outlets)
    found = tuple(extract_entities(meta.body, gazetteer())) if meta.body else ()
    chunks = meta.body.split()  # once, for both the signature and the index
    forms = index_forms(own_fields(meta), {meta.body: chunks})
    return Prepared(meta, signature(meta.body, chunks), found, forms)


def own_fields(meta: Metadata) -> dict[str, list[str]]:
    """The index fields of the article `build_article` makes of `meta` (its notes are empty)."""
    return text_fields(
        meta.title, meta.outlet, meta.authors, None, meta.lead, meta.body, meta.captions
    )


def process_pool(
    workers: int, outlets: Mapping[str, str] | None
) -> ProcessPoolExecutor:
    """Worker processes for `prepare_path`. Spawned, not forked: the GUI starts imports from a
    QThread, and forking a process that runs threads can copy a lock held by one of them."""
    return ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=start_worker,
        initargs=(outlets, gazetteer_dirs()),
    )


# -- in the importing process --------------------------------------------------------------------
# Files handed to a worker at a time: each hand-over wakes the pool's threads in this process,
# and every wake-up takes the GIL from the writer for a moment. 1,000 .txt, 2 workers: at
# ~10 ms of CPU a file, one at a time gave ~80/s and four ~110/s; at ~5 ms, eight cost the
# writer ~4% less CPU than four, and sixteen no less than eight.
CHUNK = 8
# Chunks a worker may have read ahead of the writer. While the writer commits (FTS5 indexes
# the batch then, tens of ms) the workers go on until this runs out: 8 files a worker left
# the cores idle 10-12% of an import, 32 about 5%. The bytes of the files in flight are
# bounded too, so big files (20 MB Word documents) never pile up in memory.
AHEAD = 4
AHEAD_BYTES = 64 * 1024 * 1024


def in_order(
    items: Iterable[T],
    work: Callable[[T], R],
    workers: int,
    pool: ProcessPoolExecutor | None,
    size: Callable[[T], int] = lambda _item: 0,
) -> Iterator[tuple[T, Callable[[], R]]]:
    """Run `work` on each item in `pool` and yield `(item, result getter)` in item order.

    Items go to the workers `CHUNK` at a time, at most `AHEAD * workers` chunks and (beyond
    one chunk a worker) `AHEAD_BYTES` of items by `size` in flight, so memory stays bounded
    however many files there are; the pool's owner shuts it down, cancelling the chunks not
    started yet. No pool: each item runs on the calling thread when its turn comes.
    """
    if pool is None:
        for item in items:
            yield item, (lambda item=item: work(item))
        return
    pending: deque[tuple[list[T], int, Future[list[R]]]] = deque()
    source = iter(items)
    in_flight = 0  # bytes

    def fill() -> None:
        nonlocal in_flight
        while len(pending) < AHEAD * workers and (
            len(pending) < workers or in_flight < AHEAD_BYTES
        ):
            chunk = list(islice(source, CHUNK))
            if not chunk:
                return
            weight = sum(map(size, chunk))
            in_flight += weight
            pending.append((chunk, weight, pool.submit(_each, work, chunk)))

    fill()
    while pending:
        chunk, weight, future = pending.popleft()
        in_flight -= weight
        fill()  # keep the pool busy while the caller stores this chunk
        for i, item in enumerate(chunk):
            yield item, (lambda future=future, i=i: future.result()[i])


def _each(work: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [work(item) for item in chunk]
