"""Import article files into the archive: one transaction per file, nothing half-written."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.core.metadata import extract
from desktop.core.progress import Progress, no_progress
from desktop.core.text import content_hash
from desktop.importers.base import Extracted, ImportProblem
from desktop.importers.registry import read_bytes, read_path
from desktop.store.archive import Archive
from desktop.store.models import Article, ArticleText, SourceFile

IMPORTED, DUPLICATE, FAILED = "imported", "duplicate", "failed"


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # IMPORTED | DUPLICATE | FAILED
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
        return [o.article_id for o in self.outcomes if o.status == IMPORTED and o.article_id]


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders (recursively, skipping hidden entries) into a sorted list of files.

    Anything that is not a folder is kept, broken links included, so it gets a reported outcome.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if not p.is_dir()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    return found


def import_files(
    archive: Archive,
    paths: Iterable[Path],
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    outlets: Mapping[str, str] | None = None,
) -> ImportSummary:
    """Import every file under `paths`; each file gets an outcome, failures never stop the batch.

    `outlets` maps web domains to outlet names (core.outlets); None uses the bundled table.
    """
    files = collect_files(paths)
    summary = ImportSummary()
    for done, path in enumerate(files):
        progress(done, len(files), path.name)
        if cancel is not None and cancel.is_set():
            summary.cancelled = True
            break
        summary.outcomes.append(_import_one(archive, path, outlets))
    progress(len(summary.outcomes), len(files), "")
    return summary


def _import_one(
    archive: Archive, path: Path, outlets: Mapping[str, str] | None
) -> FileOutcome:
    try:
        data, extracted = read_path(path)
    except ImportProblem as problem:
        return FileOutcome(str(path), FAILED, str(problem))
    return store_extracted(archive, path.name, data, extracted, outlets, label=str(path))


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
    label = label or name
    try:
        outcome = _store(archive, Path(Path(name).name or "noi-dung"), data, extracted, outlets)
    except IntegrityError:
        # Another import stored the same text between our check and our insert.
        return FileOutcome(label, DUPLICATE, "Bài viết đã có trong kho")
    return replace(outcome, path=label)


def _store(
    archive: Archive,
    path: Path,
    data: bytes,
    extracted: Extracted,
    outlets: Mapping[str, str] | None,
) -> FileOutcome:
    digest = content_hash(extracted.text)
    with archive.unit_of_work() as session:
        existing = session.scalar(select(Article.id).where(Article.content_hash == digest))
        if existing is not None:
            return FileOutcome(str(path), DUPLICATE, "Bài viết đã có trong kho", existing)
        article = build_article(extracted, digest, outlets)
        article.sources.append(
            SourceFile(
                name=path.name,
                kind=extracted.kind,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
                imported_at=article.imported_at,
            )
        )
        session.add(article)
        session.flush()
        return FileOutcome(str(path), IMPORTED, "", article.id)


def build_article(
    extracted: Extracted, digest: str, outlets: Mapping[str, str] | None = None
) -> Article:
    """An unsaved Article with the metadata found in the text and the format's hints."""
    meta = extract(extracted.text, extracted.hints, outlets)
    now = datetime.now()
    return Article(
        title=meta.title,
        published=meta.published.iso() if meta.published else None,
        published_precision=meta.published.precision if meta.published else None,
        event_date=meta.event_date.iso() if meta.event_date else None,
        event_precision=meta.event_date.precision if meta.event_date else None,
        outlet=meta.outlet,
        authors=list(meta.authors),
        url=extracted.hints.url,
        category=meta.category,
        encoding=extracted.encoding,
        content_hash=digest,
        imported_at=now,
        updated_at=now,
        text=ArticleText(
            body=meta.body,
            raw_text=extracted.text,
            lead=meta.lead,
            captions=list(meta.captions),
        ),
    )
