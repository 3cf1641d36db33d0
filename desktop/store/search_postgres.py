"""The PostgreSQL side of the search index: two tsvector columns (exact, folded) with GIN.

The tsvectors and tsqueries are written out in Python and cast from bound parameters, never
built by `to_tsvector`/`plainto_tsquery`: PostgreSQL's parser would split words differently
from FTS5 (it keeps `55-KH` and `a.b` whole) and its `unaccent` folds differently. Weights
tell the fields apart: title A, outlet/author/tag/entity names B, body D; field filters on
names use lexemes prefixed with the field (`outlet|nhan`), so they need no extra index.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    cast,
    column,
    func,
    literal,
    not_,
    or_,
    select,
    table,
)
from sqlalchemy import text as sql
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR

from desktop.core.query import FIELDS, TOKEN, Clause, Query, Term
from desktop.store.models import Article

if TYPE_CHECKING:
    from desktop.store.search import Db
    from desktop.store.search_documents import Document

_docs = table(
    "search_docs", column("article_id", Integer), column("exact", TSVECTOR),
    column("folded", TSVECTOR),
)
_WEIGHT = {"title": "A", "body": "D"}
_NAMES = "B"
_GAP = 8  # positions between fields, so a phrase never runs from one field into the next
_MAX_POS, _MAX_POSITIONS = 16383, 256  # PostgreSQL's limits for a tsvector


def _quote(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector(document: Document, folded: bool) -> str:
    """The tsvector literal of one copy of a document."""
    positions: dict[str, list[str]] = defaultdict(list)
    pos = 1
    for name in FIELDS:
        weight = _WEIGHT.get(name, _NAMES)
        for token in TOKEN.findall(document.form(name, folded)):
            at = min(pos, _MAX_POS)
            positions[token].append(f"{at}{weight}")
            if weight == _NAMES:
                positions[f"{name}|{token}"].append(f"{at}C")
            pos += 1
        pos += _GAP
    return " ".join(
        f"{_quote(lex)}:{','.join(dict.fromkeys(p[:_MAX_POSITIONS]))}"
        for lex, p in positions.items()
    )


def write(db: Db, documents: Sequence[Document]) -> None:
    rows = [
        {"article_id": d.id, "exact": tsvector(d, False), "folded": tsvector(d, True)}
        for d in documents
    ]
    if rows:
        db.execute(
            sql(
                "INSERT INTO search_docs (article_id, exact, folded) VALUES "
                "(:article_id, CAST(:exact AS tsvector), CAST(:folded AS tsvector)) "
                "ON CONFLICT (article_id) DO UPDATE SET exact = EXCLUDED.exact, "
                "folded = EXCLUDED.folded"
            ),
            rows,
        )


def delete(db: Db, ids: Sequence[int]) -> None:
    if ids:
        db.execute(_docs.delete().where(_docs.c.article_id.in_(list(ids))))


def clear(db: Db) -> None:
    db.execute(sql("DELETE FROM search_docs"))


def tsquery(term: Term) -> str:
    """The tsquery text of one term: lexemes joined by `<->`, the last maybe a prefix."""
    if term.field in (None, "title", "body"):
        weights = {None: "ABD", "title": "A", "body": "D"}[term.field]
        lexemes = list(term.tokens)
    else:
        weights = ""
        lexemes = [f"{term.field}|{t}" for t in term.tokens]
    parts = [f"{_quote(lex)}:{weights}" for lex in lexemes]
    if term.prefix:
        parts[-1] = f"{_quote(lexemes[-1])}:*{weights}"
    return " <-> ".join(parts)


def _matches(term: Term) -> ColumnElement[bool]:
    copy = _docs.c.exact if term.marked else _docs.c.folded
    return copy.bool_op("@@")(cast(literal(tsquery(term)), TSQUERY))


def _any(clause: Clause) -> ColumnElement[bool]:
    return or_(*(_matches(t) for t in clause.terms))


def _rank(query: Query, marked: bool) -> ColumnElement:
    terms = [t for c in query.positive for t in c.terms if t.marked == marked]
    if not terms:
        return literal(0.0)
    text = " | ".join(f"({tsquery(t)})" for t in terms)
    copy = _docs.c.exact if marked else _docs.c.folded
    return func.ts_rank(copy, cast(literal(text), TSQUERY))


def narrow(
    db: Db, stmt: Select, query: Query, ranked: bool = True
) -> tuple[Select, list[ColumnElement]]:
    """Restrict `stmt` (over articles) to the query's matches; return the relevance order."""
    unwanted = or_(*(_any(c) for c in query.negative)) if query.negative else None
    if not query.positive:
        if unwanted is not None:
            stmt = stmt.where(Article.id.not_in(select(_docs.c.article_id).where(unwanted)))
        return stmt, []
    wanted = and_(*(_any(c) for c in query.positive))
    stmt = stmt.join(_docs, _docs.c.article_id == Article.id).where(wanted)
    if unwanted is not None:
        stmt = stmt.where(not_(unwanted))
    if not ranked:
        return stmt, []
    # Ascending order puts the most relevant first (as FTS5's rank does).
    order: list[ColumnElement] = [-(_rank(query, False) + _rank(query, True))]
    if query.boost is not None:
        order.insert(0, not_(_matches(query.boost)))
    return stmt, order
