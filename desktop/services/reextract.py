"""Run extraction again on stored originals, without overwriting what the user set by hand.

Useful after the extractor improves, or to read a text file again in another encoding when
the guess was wrong.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop.core.encodings import decode_as
from desktop.core.progress import Progress, check, no_progress
from desktop.importers.base import Extracted, ImportProblem
from desktop.importers.registry import read_bytes
from desktop.services.articles import ArticleNotFound, load_article, record_of
from desktop.services.editing import changes_of, differences, record_change
from desktop.services.importing import build_article
from desktop.store.archive import Archive
from desktop.store.models import Article, SourceFile

# Metadata extraction fills; the others (unit, notes, tags) only people set.
EXTRACTED = ("title", "published", "published_precision", "event_date", "event_precision",
             "outlet", "authors", "url", "category")
_PAIRED = {"published_precision": "published", "event_precision": "event_date"}


@dataclass
class ReextractSummary:
    changed: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)


def reextract(
    archive: Archive,
    ids: Sequence[int],
    outlets: Mapping[str, str] | None = None,
    encoding: str | None = None,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> ReextractSummary:
    """Extract each article's metadata and text again from its original file.

    With `encoding`, text originals are decoded in that encoding instead of the guessed one.
    """
    summary = ReextractSummary()
    for done, article_id in enumerate(ids):
        progress(done, len(ids), "")
        check(cancel)
        try:
            changed = _one(archive, article_id, outlets, encoding)
        except (ImportProblem, ArticleNotFound, ValueError) as exc:
            summary.failed[article_id] = str(exc) or "Không đọc được tệp gốc"
            continue
        (summary.changed if changed else summary.unchanged).append(article_id)
    progress(len(ids), len(ids), "")
    return summary


def _one(archive: Archive, article_id: int, outlets, encoding: str | None) -> bool:
    with archive.unit_of_work() as session:
        article = load_article(session, article_id)
        if not article.sources:
            raise ImportProblem("Bài này không có tệp gốc để đọc lại")
        fresh = build_article(_read(article.sources[0], encoding), article.content_hash, outlets)
        before = changes_of(record_of(article))
        kept = set(article.user_set or ())
        for name in EXTRACTED:
            if _PAIRED.get(name, name) not in kept:
                setattr(article, name, getattr(fresh, name))
        if encoding:
            article.encoding = fresh.encoding
        text_changed = _copy_text(article, fresh)
        diff = differences(before, changes_of(record_of(article)))
        if diff or text_changed:
            record_change(session, article, diff)
        return bool(diff or text_changed)


def _read(source: SourceFile, encoding: str | None) -> Extracted:
    if encoding and source.kind == "txt":
        decoded = decode_as(source.data, encoding)
        return Extracted(text=decoded.text, kind=source.kind, encoding=decoded.encoding)
    return read_bytes(source.name, source.data)


def _copy_text(article: Article, fresh: Article) -> bool:
    old, new = article.text, fresh.text
    values = ("body", "raw_text", "lead", "captions")
    if all(getattr(old, v) == getattr(new, v) for v in values):
        return False
    for v in values:
        setattr(old, v, getattr(new, v))
    return True
