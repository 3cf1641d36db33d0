"""Vietnamese order for either backend, the same as core.text.sort_key: ORDER BY with a
collation, or on SQLite, for the article table's text columns, an order made in Python."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import ColumnElement, Connection, Select, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement
from sqlalchemy.types import Text

from desktop.core.text import sort_key
from desktop.store.models import Article
from desktop.store.search_cache import cached
from desktop.store.search_sqlite import driver_rows
from desktop.store.search_tiers import flags


class vietnamese(FunctionElement):  # noqa: N801 - reads as a SQL function in queries
    """`expr COLLATE vi` on SQLite (our collation), `COLLATE "vi-x-icu"` on PostgreSQL."""

    type = Text()
    inherit_cache = True


@compiles(vietnamese)
def _sqlite(element: vietnamese, compiler, **kw) -> str:
    return f"{compiler.process(element.clauses, **kw)} COLLATE vi"


@compiles(vietnamese, "postgresql")
def _postgresql(element: vietnamese, compiler, **kw) -> str:
    return f'{compiler.process(element.clauses, **kw)} COLLATE "vi-x-icu"'



TEXT_SORTS = ("title", "outlet", "authors")


def _text_value(name: str) -> ColumnElement:
    match name:
        case "title":
            return Article.title
        case "outlet":
            return func.coalesce(Article.outlet, "")
        case _:
            return func.coalesce(Article.authors[0].as_string(), "")


def column_order(name: str) -> ColumnElement:
    """What the article table's column `name` sorts by: text columns in Vietnamese order,
    the publication date (partial ISO text) for anything else."""
    if name in TEXT_SORTS:
        return vietnamese(_text_value(name))
    if name == "imported":
        return Article.imported_at
    return func.coalesce(Article.published, "")


def ordered_ids(conn: Connection, ids: Select, sort: str, descending: bool) -> list[int]:
    """The article ids `ids` selects in the order of column `sort`, ties newest id first.

    SQLite calls our collation twice per comparison: sorting 100,000 titles in SQL took
    minutes. There the archive's whole order per text column is made once per change in
    Python (a key per title, about a second at 100,000) and `ids` are picked from it.
    """
    if sort in TEXT_SORTS and conn.dialect.name == "sqlite":
        order = cached(conn, ("text order", sort, descending),
                       lambda: _text_order(conn, sort, descending))
        wanted = flags(conn, [row[0] for row in driver_rows(conn, ids)])
        return [i for i in order if wanted[i]]
    column = column_order(sort)
    ordered = ids.order_by(column.desc() if descending else column.asc(), Article.id.desc())
    return list(conn.scalars(ordered))


def _text_order(conn: Connection, sort: str, descending: bool) -> tuple[int, ...]:
    rows = driver_rows(conn, select(Article.id, _text_value(sort)))
    key = lru_cache(maxsize=None)(sort_key)  # outlets and authors repeat: one key per value
    if descending:
        rows.sort(key=lambda row: (key(row[1] or ""), row[0]), reverse=True)
    else:
        rows.sort(key=lambda row: (key(row[1] or ""), -row[0]))
    return tuple(row[0] for row in rows)
