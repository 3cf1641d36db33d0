"""Full-text search behind one interface: SQLite FTS5 or PostgreSQL tsvector (ARCHITECTURE).

Each article is indexed as nine fields (title, body, outlet, author, tag, person, org, place,
doc), each in two copies: exact (NFC, one tone placement, casefolded) and folded (no marks,
đ→d). The Python side (core.query.index_form) produces both copies, so the folding of the
index and of the query is one function (rule 8). A query term typed with marks searches the
exact copy, one without marks the folded copy. Trashed articles are filtered out at query
time, so trashing and restoring need no re-indexing; tags and entities do: whoever changes
them calls `index_articles` for the articles concerned, in the same transaction.

Snippets are computed in Python (core.highlight) from the stored body, only for the rows asked
for, so they look the same on both backends and cost nothing for rows not shown.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.orm import Session

from desktop.core.highlight import snippet
from desktop.core.progress import Progress, check, no_progress
from desktop.core.query import Query
from desktop.store import search_facets, search_postgres, search_sqlite, search_tiers
from desktop.store.models import Article, ArticleText
from desktop.store.search_cache import cached
from desktop.store.search_documents import Document, load_documents
from desktop.store.search_facets import Facets, month_column
from desktop.store.sorting import ordered_ids

Db = Session | Connection
BATCH = 500
SORTS = ("rank", "published", "title", "outlet", "authors", "imported")


def _backend(db: Db):
    bind = db.get_bind() if isinstance(db, Session) else db
    return search_postgres if bind.dialect.name == "postgresql" else search_sqlite


def index_articles(db: Db, ids: Iterable[int]) -> None:
    """(Re-)index these articles; call in the transaction that changed them."""
    ids = list(dict.fromkeys(ids))
    backend = _backend(db)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        backend.delete(db, chunk)
        backend.write(db, load_documents(db, chunk))


def add_to_index(db: Db, documents: Sequence[Document]) -> None:
    """Index articles that have no entry yet (new ones) from documents the caller built."""
    _backend(db).write(db, documents)


def remove_from_index(db: Db, ids: Iterable[int]) -> None:
    ids = list(ids)
    for start in range(0, len(ids), BATCH):
        _backend(db).delete(db, ids[start : start + BATCH])


def rebuild_index(
    db: Db, progress: Progress = no_progress, cancel: threading.Event | None = None
) -> int:
    """Index every article from scratch; on cancel, raises Cancelled (the caller rolls back)."""
    _backend(db).clear(db)
    ids = list(db.scalars(select(Article.id).order_by(Article.id)))
    for start in range(0, len(ids), BATCH):
        check(cancel)
        progress(start, len(ids), "")
        chunk = ids[start : start + BATCH]
        _backend(db).write(db, load_documents(db, chunk))
    progress(len(ids), len(ids), "")
    return len(ids)


def index_all(db: Db) -> None:
    """Fill an empty index (the migration that creates it calls this)."""
    rebuild_index(db)


def _base(query: Query) -> Select:
    """SELECT the ids of articles outside the trash within the query's dates."""
    return search_tiers.live_within(query.dates)


def search_ids(
    db: Db, query: Query, sort: str = "rank", descending: bool = True, limit: int | None = None
) -> list[int]:
    """Ids of the matching articles not in the trash, ranked by relevance unless `sort` says."""
    # On the Connection, not the ORM Session: for 100,000 ids the Session's result handling
    # took 110 ms where plain rows take 50 (the index is written at commit anyway, so the
    # Session's autoflush would bring nothing new to find).
    conn = db.connection() if isinstance(db, Session) else db
    if _backend(db) is search_sqlite and sort in ("rank", "published"):
        big = (search_tiers.ranked if sort == "rank" else search_tiers.by_date)(conn, query)
        if big is not None:
            big = big if descending else big[::-1]
            return big[:limit] if limit is not None else big
    stmt, rank_order = _backend(db).narrow(db, _base(query), query, ranked=sort == "rank")
    if not rank_order:
        found = ordered_ids(conn, stmt, "published" if sort == "rank" else sort, descending)
        return found[:limit] if limit is not None else found
    # Most relevant first when descending; ties and the reverse order by date.
    order = [o.asc() if descending else o.desc() for o in rank_order]
    stmt = stmt.order_by(*order, Article.id.desc())
    return list(conn.scalars(stmt.limit(limit) if limit is not None else stmt))


def count(db: Db, query: Query) -> int:
    """How many articles outside the trash match; kept until the archive changes, as the
    sidebar counts every saved search whenever the list is reloaded."""
    conn = db.connection() if isinstance(db, Session) else db
    stmt, _ = _backend(db).narrow(db, _base(query), query, ranked=False)
    return cached(conn, ("count", query),
                  lambda: conn.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def snippets(
    db: Db, query: Query, ids: Sequence[int], width: int = 240, as_html: bool = False
) -> dict[int, str]:
    """A short passage of each article's body around its matches, matches marked «like this»
    (or <b>like this</b> with the rest HTML-escaped when `as_html`). Only for `ids`."""
    rows = db.execute(
        select(ArticleText.article_id, ArticleText.lead, ArticleText.body)
        .where(ArticleText.article_id.in_(list(ids)))
    )
    return {
        row.article_id: snippet(
            "\n".join(p for p in (row.lead, row.body) if p), query, width, as_html=as_html
        )
        for row in rows
    }


def warm(db: Db) -> bool:
    """Prepare, and keep, what the first search after a change needs and the filters' counts
    of the whole archive; False where nothing is kept (PostgreSQL), and nothing is done."""
    conn = db.connection() if isinstance(db, Session) else db
    if not search_tiers.warm(conn):
        return False
    facets(db, Query(""))
    return True


def facets(db: Db, query: Query, top: int = 50) -> Facets:
    """Counts of the matching articles per outlet, year-month, tag and entity (top `top`);
    kept until the archive changes, as the filters are counted again at every list reload."""
    conn = db.connection() if isinstance(db, Session) else db
    return cached(conn, ("facets", query, top), lambda: _facets(db, conn, query, top))


def _facets(db: Db, conn: Connection, query: Query, top: int) -> Facets:
    if _backend(db) is search_sqlite:
        big = search_tiers.counts(conn, query)
        if big is not None:
            return big.facets(top)
    base = _base(query).add_columns(Article.outlet, month_column().label("month"))
    return search_facets.facets(db, _backend(db).narrow(db, base, query, ranked=False)[0], top)
