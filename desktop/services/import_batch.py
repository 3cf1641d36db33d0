"""The transactions of an import: several files share one commit, each file its own savepoint.

On SQLite a commit cost about a third of storing an article (1.5 of ~5 ms), and whatever the
search index hook has to re-index at commit is read back in one go for many articles. So the
import commits every `FILES` files or `SECONDS` seconds, whichever comes first, and each file
is stored in a savepoint, so a failing file takes nothing else with it. When the database
refuses a write (a full disk: often only the commit finds out), the open batch is rolled back
and its files are stored again one per commit, as far as they go, so what fitted is kept.
PostgreSQL archives are shared: a transaction holds its row locks (new entities, content
hashes) until it commits, so two desktops importing at once could wait on each other in a
circle; there each file commits on its own.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from types import TracebackType
from typing import Generic, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.services.pipeline import Parsed
from desktop.store.archive import Archive
from desktop.store.errors import ArchiveWriteFailed, ReadOnlyArchive

FILES = 200
SECONDS = 0.2
# What a write refused by the database looks like, before and after the unit of work
# translates it.
_REFUSED = (DBAPIError, ArchiveWriteFailed, ReadOnlyArchive)
Outcome = TypeVar("Outcome")


class _RollBack(Exception):
    """Handed to a unit of work to make it roll back; it gives the same exception back."""


class Batches(Generic[Outcome]):
    """`with Batches(archive, store, outcomes) as b:` call `b.store(item)` for each article
    read and `b.file_done()` after each file; `store(session, item)` stores one in a savepoint
    and returns its outcome, which goes to `outcomes`. The last batch commits when the block
    ends, also when an exception other than a refused write ends it: each file's savepoint is
    either released (the file is whole) or rolled back, so what was stored before stays."""

    def __init__(
        self, archive: Archive, store: Callable[[Session, Parsed], Outcome], outcomes: list[Outcome]
    ) -> None:
        self._archive = archive
        self._store = store
        self.outcomes = outcomes
        self._per_commit = FILES if archive.engine.dialect.name == "sqlite" else 1
        self._work: AbstractContextManager[Session] | None = None
        self._session: Session | None = None
        self._items: list[Parsed] = []  # stored in the open batch, in order
        self._files = 0
        self._started = 0.0

    def store(self, item: Parsed) -> None:
        if self._session is None:
            self._work = self._archive.unit_of_work()
            self._session = self._work.__enter__()
            self._files, self._started = 0, time.monotonic()
        try:
            outcome = self._store(self._session, item)
        except _REFUSED:
            self._again_one_by_one([*self._items, item])
            return
        self._items.append(item)
        self.outcomes.append(outcome)

    def file_done(self) -> None:
        """One file is stored (or reported): commit if the batch is full or old enough."""
        self._files += 1
        if self._files >= self._per_commit or time.monotonic() - self._started >= SECONDS:
            self._commit()

    def _commit(self) -> None:
        work, self._work, self._session = self._work, None, None
        if work is None:
            return
        try:
            work.__exit__(None, None, None)
        except _REFUSED:
            self._again_one_by_one(self._items)
        self._items = []

    def _again_one_by_one(self, items: list[Parsed]) -> None:
        """Roll the open batch back and store `items` one per commit, until one is refused
        (that refusal goes up). The disk is tight: from now on every file commits alone."""
        work, self._work, self._session = self._work, None, None
        if work is not None:
            work.__exit__(_RollBack, _RollBack(), None)
        del self.outcomes[len(self.outcomes) - len(self._items):]
        self._items, self._per_commit = [], 1
        for item in items:
            with self._archive.unit_of_work() as session:
                self.outcomes.append(self._store(session, item))

    def __enter__(self) -> Batches[Outcome]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is None or not isinstance(exc, _REFUSED):
            self._commit()
        else:
            work, self._work, self._session = self._work, None, None
            if work is not None:
                work.__exit__(kind, exc, tb)
