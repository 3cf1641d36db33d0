"""Is this SQLite file a sound archive? Integrity and schema checks that never write to it.

Used on the live archive when it opens (quick_check: fast even on large files), and on backups
before anyone trusts them (integrity_check plus our tables and an Alembic revision).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from alembic.script import ScriptDirectory

from desktop.store.engine import VI_COLLATION, compare_vi
from desktop.store.migrate import alembic_config

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every revision of our schema has; a file without them is not a Tư liệu archive.
REQUIRED_TABLES = ("alembic_version", "articles", "article_texts", "source_files")
# integrity_check can list thousands of problems; the first few say enough.
MAX_PROBLEMS = 20


@dataclass(frozen=True)
class CheckResult:
    path: Path
    ok: bool
    problems: tuple[str, ...] = ()
    revision: str | None = None

    def message(self) -> str:
        """One plain Vietnamese sentence (and the first problems) for the window or the CLI."""
        if self.ok:
            return f"{self.path.name}: tốt."
        return f"{self.path.name}: có lỗi — " + "; ".join(self.problems[:5])


def sqlite_uri(path: Path, mode: str = "ro", immutable: bool = False) -> str:
    """A URI that never creates the file; `immutable` skips locks and -wal/-shm files."""
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    return uri + "&immutable=1" if immutable else uri


@contextmanager
def connect_read_only(path: Path, live: bool = False) -> Iterator[sqlite3.Connection]:
    """Open `path` so that nothing can be written to it.

    `live` is for the archive itself, which another connection may be writing: read through
    its WAL with the usual locks, refusing writes with `query_only`. It is opened read-write
    where it can be, so that, if it is the last connection, SQLite folds and removes the WAL on
    close as the app would. Anything else (a backup) is opened immutable unless a -wal lies
    beside it, so checking it leaves no -wal/-shm litter in the backups folder.
    """
    if live:
        conn = _connect_live(path)
    else:
        immutable = not Path(f"{path}-wal").exists()
        conn = sqlite3.connect(sqlite_uri(path, immutable=immutable), uri=True, timeout=30)
    # Indexes may be ordered with our collation; checks need it to read them.
    conn.create_collation(VI_COLLATION, compare_vi)
    with closing(conn):
        yield conn


def _connect_live(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(sqlite_uri(path, mode="rw"), uri=True, timeout=30)
    except sqlite3.OperationalError:  # a read-only folder or medium
        conn = sqlite3.connect(sqlite_uri(path), uri=True, timeout=30)
    conn.execute("PRAGMA query_only=ON")
    return conn


def quick_check(path: Path) -> CheckResult:
    """PRAGMA quick_check of the live archive: page and b-tree structure, fast on every open."""
    return _check(path, "quick_check", need_schema=False, live=True)


def check_backup(path: Path) -> CheckResult:
    """Full PRAGMA integrity_check, and the file must hold our schema at a revision we know."""
    return _check(path, "integrity_check", need_schema=True, live=False)


def check_archive(path: Path) -> CheckResult:
    """The full check of the live archive, for `tulieu check` and a Tools menu item."""
    return _check(path, "integrity_check", need_schema=True, live=True)


def _check(path: Path, pragma: str, need_schema: bool, live: bool) -> CheckResult:
    problem = _not_sqlite(path)
    if problem:
        return CheckResult(path, False, (problem,))
    try:
        with connect_read_only(path, live) as conn:
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})")]
            problems = [] if rows == ["ok"] else [str(r) for r in rows]
            revision = _revision(conn)
            if need_schema:
                problems.extend(_schema_problems(conn, revision))
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed", I/O errors
        return CheckResult(path, False, (f"không đọc được tệp ({exc})",))
    return CheckResult(path, not problems, tuple(problems), revision)


def _not_sqlite(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return f"không mở được tệp ({exc.strerror or exc})"
    if header != SQLITE_HEADER:
        return "không phải tệp kho tư liệu (SQLite)"
    return None


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table
        return None
    return row[0] if row else None


def _schema_problems(conn: sqlite3.Connection, revision: str | None) -> list[str]:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = [name for name in REQUIRED_TABLES if name not in tables]
    if missing:
        return [f"thiếu bảng {', '.join(missing)}: không phải kho tư liệu"]
    if revision is None:
        return ["không có phiên bản lược đồ (alembic_version trống)"]
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision not in known:
        return [f"lược đồ phiên bản {revision} mới hơn phần mềm này: hãy cập nhật Tư liệu"]
    return []


def article_count(path: Path) -> int | None:
    """Articles in the file, not counting the trash; None when it cannot be read."""
    try:
        with connect_read_only(path) as conn:
            try:
                query = "SELECT count(*) FROM articles WHERE deleted_at IS NULL"
                return int(conn.execute(query).fetchone()[0])
            except sqlite3.OperationalError:  # revisions before the trash have no deleted_at
                return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.DatabaseError:
        return None
