"""Vietnamese ORDER BY for either backend, using the same order as core.text.sort_key."""

from __future__ import annotations

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement
from sqlalchemy.types import Text


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

