"""Write failures said plainly: a read-only archive, a full disk.

The database drivers report these as generic operational errors; the window and the CLI need
to tell the user what happened and what to do, so the unit of work translates them here.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

READ_ONLY_MESSAGE = (
    "Kho tư liệu đang mở ở chế độ chỉ đọc: không thể thay đổi gì. "
    "Hãy đóng bản Tư liệu khác đang mở kho này rồi mở lại."
)
# PostgreSQL's SQLSTATE for a write inside a READ ONLY transaction.
_PG_READ_ONLY = "25006"
# PostgreSQL: disk full (53100) and out of memory/resources (53xxx).
_PG_DISK_FULL = "53100"


class ReadOnlyArchive(RuntimeError):
    """A write was attempted on an archive opened read-only."""

    def __init__(self, message: str = READ_ONLY_MESSAGE) -> None:
        super().__init__(message)


class ArchiveWriteFailed(OSError):
    """The disk refused the write (full, file too large, I/O error); nothing was saved."""


def translate(exc: DBAPIError) -> Exception | None:
    """The plain exception for a driver error that means "cannot write", else None."""
    orig = exc.orig
    if isinstance(orig, sqlite3.Error):
        # Extended codes carry the primary code in the low byte (SQLITE_IOERR_WRITE = 778).
        code = (getattr(orig, "sqlite_errorcode", 0) or 0) & 0xFF
        if code == sqlite3.SQLITE_READONLY:
            return ReadOnlyArchive()
        if code in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR):
            return ArchiveWriteFailed(
                "Không ghi được vào kho tư liệu: ổ đĩa đã đầy hoặc lỗi ghi đĩa "
                f"({orig}). Không có gì bị ghi dở; hãy giải phóng chỗ trống rồi thử lại."
            )
        return None
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate == _PG_READ_ONLY:
        return ReadOnlyArchive()
    if sqlstate == _PG_DISK_FULL:
        return ArchiveWriteFailed(
            f"Máy chủ kho tư liệu hết chỗ trống ({orig}). Không có gì bị ghi dở."
        )
    return None


def refuse_writes(sessions: sessionmaker[Session]) -> None:
    """Make every session from `sessions` refuse ORM writes before any SQL is sent.

    The database refuses them too (mode=ro, READ ONLY transactions); failing early gives the
    same clear exception whatever the backend and whatever the service does.
    """

    @event.listens_for(sessions, "before_flush")
    def _no_flush(session: Session, _context: object, _instances: object) -> None:
        if session.new or session.dirty or session.deleted:
            raise ReadOnlyArchive()

    @event.listens_for(sessions, "do_orm_execute")
    def _no_dml(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            raise ReadOnlyArchive()
