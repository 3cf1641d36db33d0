"""Search results kept until the archive changes (SQLite archives only).

Triggers count every change to the tables a search reads (migration 0007); a result stored
under one count is reused while the count stays the same, so typing a query and then asking
for its facets runs the full-text match once, and the counts over the whole archive are made
once per change instead of once per search. The count is read before the data, in the same
transaction, so a result can be stored under an older count but never under a newer one.
PostgreSQL archives have no counter (many desktops write to them) and are never cached.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine
from sqlalchemy import text as sql
from sqlalchemy.exc import OperationalError

T = TypeVar("T")
# How many results of each kind (a key's first item) are kept: a match set of 100,000 ids
# takes about 7 MB, and only the last few queries are likely to be asked again soon.
SIZES = {"match": 4, "count": 64, "facets": 8}
SIZE = 2  # of any other kind: archive-wide lists per date range
_READ = sql("SELECT n FROM archive_revision")
_caches: WeakKeyDictionary[Engine, _Cache] = WeakKeyDictionary()
_lock = threading.Lock()


class _Cache:
    def __init__(self) -> None:
        self.revision: int | None = None
        self.items: dict[Hashable, OrderedDict[tuple, object]] = {}


def revision(conn: Connection) -> int | None:
    """The archive's change count, or None where changes are not counted."""
    if conn.dialect.name != "sqlite":
        return None
    try:
        return conn.scalar(_READ)
    except OperationalError:  # an archive opened read-only before migration 0007
        return None


def cached(conn: Connection, key: tuple, make: Callable[[], T]) -> T:
    """`make()`, or what it returned for `key` since the archive last changed. `key[0]` is
    its kind, which sets how many are kept (SIZES); values must not be changed by callers."""
    current = revision(conn)
    if current is None:
        return make()
    with _lock:
        cache = _caches.setdefault(conn.engine, _Cache())
        if cache.revision != current:
            cache.revision, cache.items = current, {}
        kept = cache.items.setdefault(key[0], OrderedDict())
        if key in kept:
            kept.move_to_end(key)
            return kept[key]  # type: ignore[return-value]
    value = make()
    with _lock:
        if cache.revision == current:
            kept[key] = value
            while len(kept) > SIZES.get(key[0], SIZE):
                kept.popitem(last=False)
    return value


# What one query leaves behind, as opposed to the archive-wide lists and tables.
PER_QUERY = ("match", "count", "facets")


def forget(engine: Engine, *kinds: str) -> None:
    """Drop what is kept for this archive: results of these kinds, or all (the benchmark
    measures searches from cold)."""
    with _lock:
        cache = _caches.get(engine)
        if cache is not None:
            for kind in kinds or list(cache.items):
                cache.items.pop(kind, None)
