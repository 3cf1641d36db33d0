"""Big result sets on SQLite: an order and facet counts that do not score every match.

FTS5's bm25 costs 2-4 µs per matching article, so a word found in 90,000 articles took
300 ms to rank. Such a word also tells bm25 almost nothing (FTS5 gives a word in more than
half the articles an idf of nearly zero), so when a query matches more than RANK_ALL
articles the order is: articles whose title holds the query's words first (ranked by bm25
when there are at most RANK_TITLE of them, newest first otherwise), then the other matches,
newest first. Smaller result sets are ranked by bm25 throughout (desktop/store/search.py).

Both lists are made in Python from two cheap reads kept until the archive changes
(search_cache): the set of matching ids, and every live article in date order, read from
the (deleted_at, published) index. Facets of a query matching most of the archive are the
counts of the whole archive (kept) minus those of the few articles it does not match.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection, Select, select

from desktop.core.query import Clause, DateRange, Query
from desktop.store import facet_table
from desktop.store.models import Article
from desktop.store.search_cache import cached, revision
from desktop.store.search_facets import Counts
from desktop.store.search_sqlite import driver_rows, full_expression

RANK_ALL = 10_000
RANK_TITLE = 2_000
_SCORED = "SELECT rowid, rank FROM search_fts WHERE search_fts MATCH ?"
# One text instead of 100,000 rows: half the time to read the matches of a common word.
_MATCH = "SELECT group_concat(rowid) FROM search_fts WHERE search_fts MATCH ?"
_LAST = "SELECT max(id) FROM articles"


def _ids(conn: Connection, statement: str | Select, *params: object) -> list[int]:
    return [row[0] for row in driver_rows(conn, statement, *params)]


def flags(conn: Connection, ids: list[int]) -> bytes:
    """A set of ids as one byte per article id, 1 for the members. Testing 100,000 ids in date
    order against a Python set missed the CPU cache on almost every one (25 ms); against
    these bytes it takes 4 ms. Sized for every article, so any article id can be looked up."""
    marked = bytearray(max(_ids(conn, _LAST)[0] or 0, *ids, 0) + 1)
    for i in ids:
        marked[i] = 1
    return bytes(marked)


def _match(conn: Connection, query: Query) -> list[int]:
    found = driver_rows(conn, _MATCH, full_expression(query))[0][0]
    return list(map(int, found.split(","))) if found else []


def matches(conn: Connection, query: Query) -> tuple[bytes, int]:
    """Flags of the articles whose text matches the query's words (see `flags`), and how many
    there are; the trash and the query's dates are not applied."""
    def make() -> tuple[bytes, int]:
        found = _match(conn, query)
        return flags(conn, found), len(found)

    return cached(conn, ("match", query), make)


def live_within(dates: DateRange | None) -> Select:
    """SELECT the ids of the articles outside the trash published within `dates`."""
    stmt = select(Article.id).where(Article.deleted_at.is_(None))
    if dates is not None:
        # Partial ISO dates sort as text; `--05-24` (no year) sorts before every year.
        stmt = stmt.where(Article.published >= (dates.start or "0"))
        if dates.end is not None:
            stmt = stmt.where(Article.published < dates.end)
    return stmt


def _live(conn: Connection, dates: DateRange | None) -> tuple[tuple[int, ...], bytes]:
    # The raw column, not coalesce(published, ''), so the index gives the order: SQLite
    # sorts NULL below every text, where the table's date sort puts the empty text.
    stmt = live_within(dates).order_by(Article.published.desc(), Article.id.desc())
    order = _ids(conn, stmt)
    return tuple(order), flags(conn, order)


def live(conn: Connection, dates: DateRange | None) -> tuple[tuple[int, ...], bytes]:
    """Live articles within `dates`, newest first, and their flags (see `flags`)."""
    return cached(conn, ("live", dates), lambda: _live(conn, dates))


def _in_titles(query: Query) -> Query:
    """The query with every word that may match anywhere made to match in the title."""
    def retarget(clause: Clause) -> Clause:
        terms = tuple(t if t.field else replace(t, field="title") for t in clause.terms)
        return replace(clause, terms=terms)

    clauses = tuple(c if c.negated else retarget(c) for c in query.clauses)
    return replace(query, clauses=clauses, boost=None)


def _title_first(conn: Connection, query: Query, order: tuple[int, ...], alive: bytes
                 ) -> list[int]:
    """The live matches holding the query's words in their title, best first."""
    titled = _in_titles(query)
    found = [i for i in _match(conn, titled) if alive[i]]
    if not found:
        return []
    in_title = flags(conn, found)
    newest_first = [i for i in order if in_title[i]]
    if len(found) > RANK_TITLE:
        return newest_first
    # Scored on the title alone: also scoring the body cost more than twice as much. The sort
    # is stable, so equal scores (a title repeated word for word) stay newest first.
    scores = dict(driver_rows(conn, _SCORED, full_expression(titled)))
    return sorted(newest_first, key=scores.__getitem__)


def _big(conn: Connection, query: Query) -> tuple[bytes, tuple[int, ...], bytes] | None:
    """For a query matching more than RANK_ALL articles: the flags of its matches, and the
    live articles in date order with their flags; None otherwise (or without words)."""
    if not query.positive:
        return None
    found, size = matches(conn, query)
    if size <= RANK_ALL:
        return None
    return found, *live(conn, query.dates)


def ranked(conn: Connection, query: Query) -> list[int] | None:
    """The relevance order of a big result set, best first; None as for `_big`."""
    big = _big(conn, query)
    if big is None:
        return None
    found, order, alive = big
    first = _title_first(conn, query, order, alive)
    rest = bytearray(found)
    for i in first:
        rest[i] = 0
    return first + [i for i in order if rest[i]]


def by_date(conn: Connection, query: Query) -> list[int] | None:
    """A big result set newest first; None as for `_big`."""
    big = _big(conn, query)
    if big is None:
        return None
    found, order, _ = big
    return [i for i in order if found[i]]


def _table(conn: Connection) -> facet_table.FacetTable:
    return cached(conn, ("facet table",), lambda: facet_table.load(conn))


def warm(conn: Connection) -> bool:
    """Make the archive-wide lists the first big search after a change needs (about 1.5 s at
    100,000 articles and 550,000 mentions), so a background thread can pay for them; False
    where nothing is kept (PostgreSQL)."""
    if revision(conn) is None:
        return False
    live(conn, None)
    _table(conn)
    return True


def counts(conn: Connection, query: Query) -> Counts | None:
    """Facet counts of a big result set; None as for `_big`."""
    big = _big(conn, query)
    if big is None:
        return None
    found, order, _ = big
    table = _table(conn)
    hits = [i for i in order if found[i]]
    if 2 * len(hits) <= len(order):
        return table.count(hits)
    # Most of the archive matches: count what does not, and take it from the whole.
    everything = cached(conn, ("counts", query.dates), lambda: table.count(order))
    return everything - table.count([i for i in order if not found[i]])
