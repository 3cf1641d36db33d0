"""Read and edit articles. Every function opens its own unit of work and returns plain records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop.core.dates import PartialDate
from desktop.core.records import ArticleRecord, ArticleRow
from desktop.store.archive import Archive
from desktop.store.models import Article
from desktop.store.sorting import vietnamese


class ArticleNotFound(LookupError):
    """The article was deleted (perhaps by someone else) while it was shown."""


class EditConflict(RuntimeError):
    """Someone saved the article after this edit started; the edit was not applied."""


@dataclass(frozen=True)
class ArticleChanges:
    """The editable metadata of an article, as the editor holds it."""

    title: str
    published: PartialDate | None
    event_date: PartialDate | None
    outlet: str | None
    authors: tuple[str, ...]
    url: str | None
    category: str | None
    unit: str | None
    notes: str | None


SORT_COLUMNS = ("title", "published", "outlet", "authors", "imported")


def _order_by(column: str) -> ColumnElement:
    match column:
        case "title":
            return vietnamese(Article.title)
        case "outlet":
            return vietnamese(func.coalesce(Article.outlet, ""))
        case "authors":
            return vietnamese(func.coalesce(Article.authors[0].as_string(), ""))
        case "imported":
            return Article.imported_at
        case _:
            return func.coalesce(Article.published, "")


def list_ids(archive: Archive, sort: str = "published", descending: bool = True) -> list[int]:
    """Every article id in display order; the table fetches the rows it shows by id."""
    order = _order_by(sort)
    order = order.desc() if descending else order.asc()
    with archive.unit_of_work() as session:
        return list(session.scalars(select(Article.id).order_by(order, Article.id.desc())))


def count(archive: Archive) -> int:
    with archive.unit_of_work() as session:
        return session.scalar(select(func.count(Article.id))) or 0


def fetch_rows(archive: Archive, ids: Sequence[int]) -> list[ArticleRow]:
    """The table's rows for these ids (missing ids are skipped), in the order given."""
    columns = (Article.id, Article.title, Article.published, Article.outlet, Article.authors)
    with archive.unit_of_work() as session:
        query = select(*columns).where(Article.id.in_(ids))
        found = {row.id: row for row in session.execute(query)}
    return [
        ArticleRow(
            id=row.id,
            title=row.title,
            published=PartialDate.from_iso(row.published) if row.published else None,
            outlet=row.outlet,
            authors=tuple(row.authors or ()),
        )
        for row in (found.get(i) for i in ids)
        if row is not None
    ]


def get_article(archive: Archive, article_id: int) -> ArticleRecord:
    with archive.unit_of_work() as session:
        return _record(_load(session, article_id))


def get_articles(archive: Archive, ids: Sequence[int]) -> list[ArticleRecord]:
    """Full records in the order of `ids`, for export."""
    with archive.unit_of_work() as session:
        query = select(Article).where(Article.id.in_(ids)).options(*_full())
        by_id = {a.id: _record(a) for a in session.scalars(query)}
    return [by_id[i] for i in ids if i in by_id]


def save_article(
    archive: Archive, article_id: int, changes: ArticleChanges, expected_version: int
) -> ArticleRecord:
    """Apply an edit made on version `expected_version`; refuse it if the article moved on."""
    try:
        with archive.unit_of_work() as session:
            article = _load(session, article_id)
            if article.version != expected_version:
                raise EditConflict(article_id)
            _apply(article, changes)
            session.flush()
            return _record(article)
    except StaleDataError as exc:
        raise EditConflict(article_id) from exc


def _apply(article: Article, changes: ArticleChanges) -> None:
    article.title = changes.title.strip()
    article.published = changes.published.iso() if changes.published else None
    article.published_precision = changes.published.precision if changes.published else None
    article.event_date = changes.event_date.iso() if changes.event_date else None
    article.event_precision = changes.event_date.precision if changes.event_date else None
    article.outlet = _clean(changes.outlet)
    article.authors = [a.strip() for a in changes.authors if a.strip()]
    article.url = _clean(changes.url)
    article.category = _clean(changes.category)
    article.unit = _clean(changes.unit)
    article.notes = _clean(changes.notes)
    article.updated_at = datetime.now()


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _full():
    return (selectinload(Article.text), selectinload(Article.tags), selectinload(Article.sources))


def _load(session: Session, article_id: int) -> Article:
    article = session.scalar(select(Article).where(Article.id == article_id).options(*_full()))
    if article is None:
        raise ArticleNotFound(article_id)
    return article


def _date(value: str | None) -> PartialDate | None:
    return PartialDate.from_iso(value) if value else None


def _record(article: Article) -> ArticleRecord:
    text = article.text
    return ArticleRecord(
        id=article.id,
        title=article.title,
        published=_date(article.published),
        event_date=_date(article.event_date),
        outlet=article.outlet,
        authors=tuple(article.authors or ()),
        url=article.url,
        category=article.category,
        unit=article.unit,
        notes=article.notes,
        body=text.body if text else "",
        lead=text.lead if text else None,
        captions=tuple(text.captions or ()) if text else (),
        tags=tuple(sorted(t.name for t in article.tags)),
        encoding=article.encoding,
        version=article.version,
        sources=tuple(s.name for s in article.sources),
    )
