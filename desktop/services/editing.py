"""Edit articles' metadata: single saves, bulk edits and undo, never overwriting a newer save.

Every change bumps the article's version, remembers which fields the user set by hand (so
re-running extraction leaves them alone) and adds a line to the article's history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.core.dates import PartialDate
from desktop.core.records import ArticleRecord
from desktop.core.text import normalize
from desktop.services.articles import ArticleNotFound, load_article, record_of
from desktop.store.archive import Archive
from desktop.store.identity import database_user
from desktop.store.models import Article, ArticleChange, Tag


class EditConflict(RuntimeError):
    """Someone saved the article after this edit started; the edit was not applied."""

    def __init__(self, article_id: int, current: ArticleRecord | None = None) -> None:
        super().__init__(f"Bài {article_id} vừa được lưu ở nơi khác")
        self.article_id = article_id
        self.current = current


@dataclass(frozen=True)
class ArticleChanges:
    """The editable metadata of an article, as the editor holds it.

    `tags` None leaves the article's tags as they are.
    """

    title: str
    published: PartialDate | None
    event_date: PartialDate | None
    outlet: str | None
    authors: tuple[str, ...]
    url: str | None
    category: str | None
    unit: str | None
    notes: str | None
    tags: tuple[str, ...] | None = None


FIELDS = tuple(f.name for f in fields(ArticleChanges))


def changes_of(record: ArticleRecord) -> ArticleChanges:
    """The record's current values, in the form an edit takes."""
    return ArticleChanges(**{name: getattr(record, name) for name in FIELDS})


def cleaned(changes: ArticleChanges) -> ArticleChanges:
    """Values as they will be stored: NFC, trimmed, empty text as None, no empty names."""
    def text(value: str | None) -> str | None:
        value = normalize(value or "").strip()
        return value or None

    def names(values: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if values is None:
            return None
        return tuple(dict.fromkeys(n for n in (text(v) for v in values) if n))

    return replace(
        changes,
        title=text(changes.title) or "",
        outlet=text(changes.outlet),
        authors=names(changes.authors) or (),
        url=text(changes.url),
        category=text(changes.category),
        unit=text(changes.unit),
        notes=text(changes.notes),
        tags=names(changes.tags),
    )


def differences(before: ArticleChanges, after: ArticleChanges) -> dict[str, tuple]:
    """Fields whose value differs, as (old, new) in JSON-friendly form."""
    out = {}
    for name in FIELDS:
        old, new = _plain(getattr(before, name)), _plain(getattr(after, name))
        if new is None and name == "tags":
            continue  # tags left alone
        if old != new:
            out[name] = (old, new)
    return out


def save_article(
    archive: Archive, article_id: int, changes: ArticleChanges, expected_version: int
) -> ArticleRecord:
    """Apply an edit made on version `expected_version`; refuse it if the article moved on."""
    try:
        with archive.unit_of_work() as session:
            article = load_article(session, article_id)
            if article.version != expected_version:
                raise EditConflict(article_id, record_of(article))
            _apply(session, article, cleaned(changes), by_user=True)
            session.flush()
            return record_of(article)
    except StaleDataError as exc:
        raise EditConflict(article_id) from exc


def apply_many(
    archive: Archive, items: Sequence[tuple[int, ArticleChanges, ArticleChanges]]
) -> list[ArticleRecord]:
    """Set several articles from `expected` to `target` values in one transaction.

    Used for bulk edits, undo and redo. If any article no longer holds its `expected`
    values (someone changed it since), nothing is written and EditConflict says which.
    """
    try:
        with archive.unit_of_work() as session:
            records = []
            for article_id, expected, target in items:
                article = load_article(session, article_id)
                current = changes_of(record_of(article))
                if differences(current, cleaned(expected)):
                    raise EditConflict(article_id, record_of(article))
                _apply(session, article, cleaned(target), by_user=True)
                records.append(article)
            session.flush()
            return [record_of(a) for a in records]
    except StaleDataError as exc:
        raise EditConflict(0) from exc


def history(archive: Archive, article_id: int) -> list[dict]:
    """The article's saved edits, oldest first: version, when, who and what changed."""
    with archive.unit_of_work() as session:
        if session.get(Article, article_id) is None:
            raise ArticleNotFound(article_id)
        rows = session.scalars(
            select(ArticleChange)
            .where(ArticleChange.article_id == article_id)
            .order_by(ArticleChange.id)
        )
        return [
            {"version": r.version, "changed_at": r.changed_at, "changed_by": r.changed_by,
             "changes": r.changes}
            for r in rows
        ]


def _apply(session: Session, article: Article, changes: ArticleChanges, by_user: bool) -> None:
    diff = differences(changes_of(record_of(article)), changes)
    if not diff:
        return
    article.title = changes.title
    article.published = changes.published.iso() if changes.published else None
    article.published_precision = changes.published.precision if changes.published else None
    article.event_date = changes.event_date.iso() if changes.event_date else None
    article.event_precision = changes.event_date.precision if changes.event_date else None
    article.outlet = changes.outlet
    article.authors = list(changes.authors)
    article.url = changes.url
    article.category = changes.category
    article.unit = changes.unit
    article.notes = changes.notes
    if changes.tags is not None:
        article.tags = _tags(session, changes.tags)
    if by_user:
        article.user_set = sorted(set(article.user_set or ()) | set(diff) - {"tags"})
    record_change(session, article, diff)


def record_change(session: Session, article: Article, diff: dict[str, tuple]) -> None:
    """Stamp a change on the article: a new version, and a line of history saying who and what.

    Touching `updated_at` makes the ORM write the row, which bumps the version even when only
    the tags changed, so an editor holding the old tags cannot save over them unseen.
    """
    article.updated_at = datetime.now()
    session.flush()  # writes the row now, so the version below is the one just stored
    article.history.append(
        ArticleChange(
            version=article.version,
            changed_at=article.updated_at,
            changed_by=database_user(session),
            changes={name: list(pair) for name, pair in diff.items()},
        )
    )


def _tags(session: Session, names: tuple[str, ...]) -> list[Tag]:
    existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(names)))}
    return [existing.get(name) or Tag(name=name) for name in names]


def _plain(value):
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, tuple):
        return list(value)
    return value
