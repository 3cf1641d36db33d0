"""Import article files into the archive: each file whole or not at all, several per commit."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.core.metadata import Metadata, extract
from desktop.core.progress import Progress, no_progress
from desktop.core.signature import band_keys
from desktop.core.text import content_hash
from desktop.importers.base import Extracted, ImportProblem
from desktop.importers.registry import read_bytes
from desktop.services import twins
from desktop.services.entities import suggest_in
from desktop.services.import_batch import Batches
from desktop.services.pipeline import (
    DEFAULT_WORKERS,
    POOL_MIN_FILES,
    Parsed,
    Prepared,
    collect_files,
    in_order,
    own_fields,
    parse_path,
    prepare_path,
    prepare_text,
    process_pool,
)
from desktop.store.archive import Archive
from desktop.store.fast_rows import first_id, insert_row, insert_rows
from desktop.store.models import Article, ArticleText, SourceFile
from desktop.store.search_sync import index_new

IMPORTED, DUPLICATE, FAILED = "imported", "duplicate", "failed"
# Kept as an article holding only the original file: its encoding was not recognised.
UNREAD = "unread"
# Stored, but linked to an article that tells the same story (desktop.services.twins).
NEAR_DUPLICATE = "near_duplicate"
# Outcomes that mean the file was dealt with; anything else needs the user's attention.
HANDLED = frozenset({IMPORTED, DUPLICATE, NEAR_DUPLICATE})
# Built once: building a statement took longer than running it (0.27 vs 0.10 ms a file).
# On the table, not the ORM class: every imported file asks (a Core select costs half).


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # IMPORTED | DUPLICATE | NEAR_DUPLICATE | UNREAD | FAILED
    message: str = ""
    article_id: int | None = None


@dataclass
class ImportSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def article_ids(self) -> list[int]:
        stored = (IMPORTED, NEAR_DUPLICATE)
        return [o.article_id for o in self.outcomes if o.status in stored and o.article_id]


def import_files(
    archive: Archive,
    paths: Iterable[Path],
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    outlets: Mapping[str, str] | None = None,
    workers: int | None = None,
) -> ImportSummary:
    """Import every file under `paths`; each file gets an outcome, failures never stop the batch.

    Folders are walked, zips opened: every article inside gets its own outcome. Files are
    parsed (and their text worked on) by a pool of `workers` processes (None: one per core,
    for batches big enough to repay starting them; 0: all on this thread) and
    stored here in order, each file in a savepoint of a transaction that several share
    (import_batch). Cancel stops after the current file; what is stored stays. `outlets` maps
    web domains to outlet names (core.outlets); None uses the bundled table.
    """
    files = collect_files(paths)
    summary = ImportSummary()
    done = 0
    if workers is None:
        workers = DEFAULT_WORKERS if len(files) >= POOL_MIN_FILES else 0
    pool = process_pool(workers, outlets) if workers > 0 else None
    try:
        work = prepare_path if pool is not None else parse_path
        store = partial(_store_parsed, outlets=outlets)
        with Batches(archive, store, summary.outcomes) as batches:
            for path, parsed in in_order(files, work, workers, pool, _file_size):
                progress(done, len(files), path.name)
                if cancel is not None and cancel.is_set():
                    summary.cancelled = True
                    break
                for item in parsed():
                    if summary.outcomes and cancel is not None and cancel.is_set():
                        summary.cancelled = True  # inside a zip: each member is a file of its own
                        break
                    batches.store(item)
                if summary.cancelled:
                    break
                done += 1
                batches.file_done()
    finally:
        if pool is not None:
            # Cancel returns at once: the workers finish the file they hold, then exit alone.
            pool.shutdown(wait=not summary.cancelled, cancel_futures=True)
    progress(done, len(files), "")
    return summary


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reading it fails with a reason the user sees


def import_bytes(
    archive: Archive,
    name: str,
    data: bytes,
    kind_hint: str | None = None,
    url: str | None = None,
    outlets: Mapping[str, str] | None = None,
    label: str | None = None,
) -> FileOutcome:
    """Import content that is not a file on disk (a download, the clipboard) like a file.

    `name` becomes the kept source file's name; `kind_hint` ("html", "txt") replaces its
    extension when the content alone may not tell; `url` is recorded unless the page names
    its own canonical address; `label` is what the outcome shows (default: `name`).
    """
    if kind_hint:
        name = f"{Path(name).stem or 'noi-dung'}.{kind_hint.lstrip('.')}"
    try:
        extracted = read_bytes(name, data)
    except ImportProblem as problem:
        return FileOutcome(label or name, FAILED, str(problem))
    if url and not extracted.hints.url:
        extracted = replace(extracted, hints=replace(extracted.hints, url=url))
    return store_extracted(archive, name, data, extracted, outlets, label=label)


def store_extracted(
    archive: Archive,
    name: str,
    data: bytes,
    extracted: Extracted,
    outlets: Mapping[str, str] | None = None,
    label: str | None = None,
) -> FileOutcome:
    """Store text already read (and perhaps corrected by the user) with its original bytes."""
    with archive.unit_of_work() as session:
        return _store_parsed(session, Parsed(label or name, name, data, extracted), outlets)


def _store_parsed(
    session: Session, item: Parsed, outlets: Mapping[str, str] | None = None
) -> FileOutcome:
    """Store one file in a savepoint of the caller's transaction: a file that fails leaves
    nothing of itself behind, and the files stored before it in the transaction stay."""
    if item.problem is not None or item.data is None or item.extracted is None:
        return FileOutcome(item.label, FAILED, item.problem or "")
    try:
        with session.begin_nested():
            outcome = _store(
                session, Path(item.name).name or "noi-dung", item.data, item.extracted,
                outlets, item.prepared,
            )
    except IntegrityError:
        # Another import stored the same text between our check and our insert.
        return FileOutcome(item.label, DUPLICATE, "Bài viết đã có trong kho")
    return replace(outcome, path=item.label)


def _store(
    session: Session,
    name: str,
    data: bytes,
    extracted: Extracted,
    outlets: Mapping[str, str] | None,
    prepared: Prepared | None,
) -> FileOutcome:
    if extracted.unread:
        # No text to compare: the same bytes are the same file; the name stands for a title.
        digest = hashlib.sha256(data).hexdigest()
        title = extracted.hints.title or Path(name).stem
        extracted = replace(extracted, hints=replace(extracted.hints, title=title))
    else:
        digest = content_hash(extracted.text)
    existing = first_id(session.connection(), Article.__table__, "content_hash", digest)
    if existing is not None:
        return FileOutcome(name, DUPLICATE, "Bài viết đã có trong kho", existing)
    if extracted.unread:
        row, text = article_rows(extracted, digest, extract("", extracted.hints, outlets))
        row["notes"] = extracted.unread
        article_id = _insert_article(session, row, text)
        _keep_original(session, article_id, row["imported_at"], name, extracted.kind, data)
        return FileOutcome(name, UNREAD, extracted.unread + _UNREAD_HINT, article_id)
    prepared = prepared or prepare_text(extracted, outlets)
    row, text = article_rows(extracted, digest, prepared.meta)
    bands = band_keys(prepared.signature) if prepared.signature else []
    twin, row["twin_of_id"] = twins.link(session, prepared.signature, bands)
    row["signature"] = prepared.signature
    article_id = _insert_article(session, row, text)
    twins.store_bands(session, article_id, bands)
    _keep_original(session, article_id, row["imported_at"], name, extracted.kind, data)
    suggest_in(session, article_id, text["body"], findings=prepared.findings, new=True)
    # Its own text was converted already; its entities' names are read at commit.
    index_new(session, article_id, own_fields(prepared.meta), prepared.forms)
    if twin is not None:
        message = f"Gần trùng với bài số {twin.id}: {twin.title}"
        return FileOutcome(name, NEAR_DUPLICATE, message, article_id)
    return FileOutcome(name, IMPORTED, "", article_id)


def _insert_article(session: Session, row: dict, text: dict) -> int:
    # Plain rows on the session's connection: nothing here reads the article back, and an
    # ORM insert cost four times a Core one (0.21 vs 0.05 ms), which costs more than the
    # driver's (store.fast_rows).
    conn = session.connection()
    article_id = insert_row(conn, Article.__table__, row)
    insert_rows(conn, ArticleText.__table__, [{**text, "article_id": article_id}])
    return article_id


def _keep_original(
    session: Session, article_id: int, imported_at: datetime, name: str, kind: str, data: bytes
) -> None:
    insert_rows(session.connection(), SourceFile.__table__, [{
        "article_id": article_id, "name": name, "kind": kind, "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(), "data": data, "imported_at": imported_at,
    }])


_UNREAD_HINT = " Đã giữ tệp gốc trong kho: chọn bài rồi “Đọc lại với bảng mã” để đọc lại."


def build_article(
    extracted: Extracted,
    digest: str,
    outlets: Mapping[str, str] | None = None,
    meta: Metadata | None = None,
) -> Article:
    """An unsaved Article with the metadata found in the text and the format's hints.

    `meta` is what `extract` already found in this text, if it ran.
    """
    meta = meta or extract(extracted.text, extracted.hints, outlets)
    row, text = article_rows(extracted, digest, meta)
    return Article(**row, text=ArticleText(**text))


def article_rows(extracted: Extracted, digest: str, meta: Metadata) -> tuple[dict, dict]:
    """The columns of a new article and of its text, from its metadata and the format's hints."""
    now = datetime.now()
    row = {
        "title": meta.title,
        "published": meta.published.iso() if meta.published else None,
        "published_precision": meta.published.precision if meta.published else None,
        "event_date": meta.event_date.iso() if meta.event_date else None,
        "event_precision": meta.event_date.precision if meta.event_date else None,
        "outlet": meta.outlet,
        "authors": list(meta.authors),
        "url": extracted.hints.url,
        "category": meta.category,
        "encoding": extracted.encoding,
        "content_hash": digest,
        "imported_at": now,
        "updated_at": now,
    }
    text = {
        "body": meta.body, "raw_text": extracted.text, "lead": meta.lead,
        "captions": list(meta.captions),
    }
    return row, text
