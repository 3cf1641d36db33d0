"""Vietnamese ORDER BY for either backend, using the same order as core.text.sort_key."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement
from sqlalchemy.types import Text

from desktop.store.models import Article


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



def column_order(name: str) -> ColumnElement:
    """What the article table's column `name` sorts by: text columns in Vietnamese order,
    the publication date (partial ISO text) for anything else."""
    match name:
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
