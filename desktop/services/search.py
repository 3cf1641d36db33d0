"""Search use cases for the window and the command line: parse, ids, snippets, facets, reindex.

Each function opens its own unit of work and returns plain data (ARCHITECTURE rule 2).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.highlight import Span, highlight_spans
from desktop.core.progress import Progress, no_progress
from desktop.core.query import Query, QueryError, parse
from desktop.store import search as index
from desktop.store.archive import Archive
from desktop.store.search import SORTS, Facets

__all__ = [
    "SORTS", "Facets", "Query", "QueryError", "SearchResult", "Span", "count", "count_text",
    "facets", "highlight_spans", "parse", "reindex", "search", "search_ids", "snippets", "warm",
]


@dataclass(frozen=True)
class SearchResult:
    """The ids in display order, or the reason the query could not be read (ids empty)."""

    ids: list[int]
    query: Query | None = None
    error: QueryError | None = None


def search(
    archive: Archive, text: str, sort: str = "rank", descending: bool = True,
    limit: int | None = None,
) -> SearchResult:
    """Parse and run what was typed in the search box; a malformed query is not an exception."""
    try:
        query = parse(text)
    except QueryError as error:
        return SearchResult([], None, error)
    return SearchResult(search_ids(archive, query, sort, descending, limit), query)


def search_ids(
    archive: Archive, query: Query, sort: str = "rank", descending: bool = True,
    limit: int | None = None,
) -> list[int]:
    with archive.unit_of_work() as session:
        return index.search_ids(session, query, sort, descending, limit)


def count(archive: Archive, query: Query) -> int:
    with archive.unit_of_work() as session:
        return index.count(session, query)


def count_text(archive: Archive, text: str) -> int:
    """How many articles what was typed finds; 0 for a malformed query."""
    try:
        return count(archive, parse(text))
    except QueryError:
        return 0


def snippets(
    archive: Archive, query: Query, ids: Sequence[int], as_html: bool = False
) -> dict[int, str]:
    """Body passages around the matches of the shown rows only; matches in «» (or <b>)."""
    with archive.unit_of_work() as session:
        return index.snippets(session, query, ids, as_html=as_html)


def facets(archive: Archive, query: Query) -> Facets:
    with archive.unit_of_work() as session:
        return index.facets(session, query)


def warm(archive: Archive) -> bool:
    """Prepare what the first search after a change needs; meant for a background thread.
    False where nothing is kept (PostgreSQL): nothing was done."""
    with archive.unit_of_work() as session:
        return index.warm(session)


def reindex(
    archive: Archive, progress: Progress = no_progress, cancel: threading.Event | None = None
) -> int:
    """Rebuild the whole index in one transaction; cancelling keeps the old index."""
    with archive.unit_of_work() as session:
        return index.rebuild_index(session, progress, cancel)
