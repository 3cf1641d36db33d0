"""Read articles. Every function opens its own unit of work and returns plain records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select, true
from sqlalchemy.orm import Session, selectinload

from desktop.core.dates import PartialDate
from desktop.core.records import ArticleRecord, ArticleRow
from desktop.core.text import sort_key
from desktop.store.archive import Archive
from desktop.store.models import Article, Mention, Tag
from desktop.store.sorting import ordered_ids


class ArticleNotFound(LookupError):
    """The article was deleted (perhaps by someone else) while it was shown."""


SORT_COLUMNS = ("title", "published", "outlet", "authors", "imported")
EDITABLE_TEXT = ("outlet", "category", "unit")


@dataclass(frozen=True)
class Scope:
    """Which articles a list shows: the archive or the trash, optionally one tag (with its
    nested tags)."""

    trash: bool = False
    tag: str | None = None
    entity_id: int | None = None  # articles that mention this entity (suggested or confirmed)


def _in_scope(query: Select, scope: Scope) -> Select:
    live = Article.deleted_at.is_not(None) if scope.trash else Article.deleted_at.is_(None)
    query = query.where(live)
    if scope.tag:
        query = query.where(
            Article.tags.any((Tag.name == scope.tag) | Tag.name.startswith(scope.tag + "/"))
        )
    if scope.entity_id is not None:
        query = query.where(Article.mentions.any(Mention.entity_id == scope.entity_id))
    return query


def list_ids(
    archive: Archive, sort: str = "published", descending: bool = True, scope: Scope = Scope()
) -> list[int]:
    """Every article id in the scope, in display order; the table fetches rows by id."""
    with archive.unit_of_work() as session:
        query = _in_scope(select(Article.id), scope)
        return ordered_ids(session.connection(), query, sort, descending)


def count(archive: Archive, scope: Scope = Scope()) -> int:
    with archive.unit_of_work() as session:
        return session.scalar(_in_scope(select(func.count(Article.id)), scope)) or 0


def known_values(archive: Archive, field: str) -> list[str]:
    """Values already used for `field` (outlet, category, unit or authors), for completion."""
    with archive.unit_of_work() as session:
        if field == "authors":
            # Unpacked by the database: decoding 100,000 JSON lists here took a second.
            if session.get_bind().dialect.name == "postgresql":
                names = select(func.json_array_elements_text(Article.authors))
            else:
                each = func.json_each(Article.authors).table_valued("value")
                names = select(each.c.value).select_from(Article).join(each, true())
            values = set(session.scalars(names.distinct()))
        elif field in EDITABLE_TEXT:
            column = getattr(Article, field)
            values = set(session.scalars(select(column).where(column.is_not(None)).distinct()))
        else:
            raise ValueError(field)
    return sorted(values, key=sort_key)


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
        return record_of(load_article(session, article_id))


def get_articles(archive: Archive, ids: Sequence[int]) -> list[ArticleRecord]:
    """Full records in the order of `ids`, for export."""
    with archive.unit_of_work() as session:
        query = select(Article).where(Article.id.in_(ids)).options(*_full())
        by_id = {a.id: record_of(a) for a in session.scalars(query)}
    return [by_id[i] for i in ids if i in by_id]


def _full():
    return (selectinload(Article.text), selectinload(Article.tags), selectinload(Article.sources))


def load_article(session: Session, article_id: int) -> Article:
    article = session.scalar(select(Article).where(Article.id == article_id).options(*_full()))
    if article is None:
        raise ArticleNotFound(article_id)
    return article


def _date(value: str | None) -> PartialDate | None:
    return PartialDate.from_iso(value) if value else None


def record_of(article: Article) -> ArticleRecord:
    """Plain record of a loaded article (with its text, tags and sources loaded)."""
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
        user_set=tuple(article.user_set or ()),
    )
