"""The SQLite side of the search index: one FTS5 table, two columns per field (exact, folded).

The table is made by migration 0003; its rowid is the article id. The query is compiled into
one FTS5 expression whose terms are quoted strings with column filters, so nothing the user
types is read as FTS5 syntax.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import (
    ColumnElement,
    Connection,
    Float,
    Integer,
    Select,
    column,
    literal_column,
    not_,
    select,
    table,
)
from sqlalchemy import text as sql
from sqlalchemy.exc import CompileError

from desktop.core.query import FIELDS, Clause, Query, Term
from desktop.store.models import Article

if TYPE_CHECKING:
    from desktop.store.search import Db
    from desktop.store.search_documents import Document

COLUMNS = [f"{f}_{copy}" for f in FIELDS for copy in ("x", "f")]
_fts = table("search_fts", column("rowid", Integer), column("rank", Float))
_INSERT = sql(
    f"INSERT INTO search_fts(rowid, {', '.join(COLUMNS)}) "
    f"VALUES (:id, {', '.join(':' + c for c in COLUMNS)})"
)


def driver_rows(conn: Connection, statement: str | Select, *params: object) -> list[tuple]:
    """All rows of a statement, straight from the driver: SQLAlchemy's handling of 100,000
    rows took longer than SQLite took to find them, and held the GIL throughout (a search
    warming up on the worker thread froze the window for 0.8 s); the driver lets go of it
    between rows. A SELECT is written out with its values inline."""
    if not isinstance(statement, str):
        try:
            statement = str(statement.compile(conn, compile_kwargs={"literal_binds": True}))
        except CompileError:  # a value SQLAlchemy cannot write inline
            return list(conn.execute(statement).all())
    cursor = conn.connection.cursor()
    try:
        return cursor.execute(statement, params).fetchall()
    finally:
        cursor.close()


def write(db: Db, documents: Sequence[Document]) -> None:
    rows = []
    for doc in documents:
        row: dict[str, object] = {"id": doc.id}
        for name in FIELDS:
            row[f"{name}_x"] = doc.form(name, folded=False)
            row[f"{name}_f"] = doc.form(name, folded=True)
        rows.append(row)
    if rows:
        db.execute(_INSERT, rows)


def delete(db: Db, ids: Sequence[int]) -> None:
    if ids:
        db.execute(_fts.delete().where(_fts.c.rowid.in_(list(ids))))


def clear(db: Db) -> None:
    db.execute(sql("DELETE FROM search_fts"))


def _term(term: Term) -> str:
    copy = "x" if term.marked else "f"
    columns = " ".join(f"{f}_{copy}" for f in ([term.field] if term.field else FIELDS))
    return "{" + columns + '} : "' + " ".join(term.tokens) + '"' + (" *" if term.prefix else "")


def _any(clauses: Sequence[Clause]) -> str:
    return " OR ".join(f"({_term(t)})" for c in clauses for t in c.terms)


def expression(query: Query) -> tuple[str | None, str | None]:
    """The FTS5 MATCH text for the query's wanted terms, and for its excluded ones."""
    wanted = " AND ".join(f"({_any([c])})" for c in query.positive) or None
    unwanted = _any(query.negative) or None
    return wanted, unwanted


def full_expression(query: Query) -> str | None:
    """The MATCH text for the query's wanted terms without its excluded ones, if it has any
    wanted terms."""
    wanted, unwanted = expression(query)
    if wanted is None:
        return None
    return f"({wanted}) NOT ({unwanted})" if unwanted else wanted


def _match(text: str) -> ColumnElement[bool]:
    return literal_column("search_fts").op("MATCH")(text)


def narrow(
    db: Db, stmt: Select, query: Query, ranked: bool = True
) -> tuple[Select, list[ColumnElement]]:
    """Restrict `stmt` (over articles) to the query's matches; return the relevance order."""
    wanted, unwanted = expression(query)
    if wanted is None:
        if unwanted is not None:
            stmt = stmt.where(Article.id.not_in(select(_fts.c.rowid).where(_match(unwanted))))
        return stmt, []
    stmt = stmt.join(_fts, _fts.c.rowid == Article.id).where(_match(full_expression(query)))
    if not ranked:
        return stmt, []
    # Ascending order puts the most relevant first: bm25 scores are lower for better matches.
    order: list[ColumnElement] = [_fts.c.rank]
    if query.boost is not None:
        phrase = select(_fts.c.rowid).where(_match(_term(query.boost)))
        order.insert(0, not_(_fts.c.rowid.in_(phrase)))
    return stmt, order
