"""The transactions of an import: several files share one commit, each file its own savepoint.

On SQLite a commit cost about a third of storing an article (1.5 of ~5 ms), and whatever the
search index hook has to re-index at commit is read back in one go for many articles. So the
import commits every `FILES` files or `SECONDS` seconds, whichever comes first, and each file
is stored in a savepoint (importing._store_parsed), so a failing file takes nothing else with
it. PostgreSQL archives are shared: a transaction holds its row locks (new entities, content
hashes) until it commits, so two desktops importing at once could wait on each other in a
circle; there each file commits on its own, as before.
"""

from __future__ import annotations

import time
from contextlib import AbstractContextManager
from types import TracebackType

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.store.archive import Archive

FILES = 200
SECONDS = 0.2


class Batches:
    """`with Batches(archive) as b:` store each file in `b.session()`, then call
    `b.file_done()`; the last batch commits when the block ends, also when an exception ends
    it, unless the database refused a write: then the open batch is rolled back and the
    refusal translated, as by any unit of work."""

    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._per_commit = FILES if archive.engine.dialect.name == "sqlite" else 1
        self._work: AbstractContextManager[Session] | None = None
        self._session: Session | None = None
        self._files = 0
        self._started = 0.0

    def session(self) -> Session:
        """The open batch's session, beginning a batch if none is open."""
        if self._session is None:
            self._work = self._archive.unit_of_work()
            self._session = self._work.__enter__()
            self._files, self._started = 0, time.monotonic()
        return self._session

    def file_done(self) -> None:
        """One file is stored (or reported): commit if the batch is full or old enough."""
        self._files += 1
        if self._files >= self._per_commit or time.monotonic() - self._started >= SECONDS:
            self._end(None, None, None)

    def _end(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        work, self._work, self._session = self._work, None, None
        if work is not None:
            work.__exit__(kind, exc, tb)

    def __enter__(self) -> Batches:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is not None and not isinstance(exc, DBAPIError):
            # Not the database refusing: each file's savepoint is either released (the file is
            # whole) or rolled back, so what was stored before the failure stays, as it would
            # have with a commit per file.
            kind = exc = tb = None
        self._end(kind, exc, tb)
