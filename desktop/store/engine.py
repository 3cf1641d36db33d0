"""Engines for the two kinds of archive: a local SQLite file or a shared PostgreSQL server."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from desktop.core.text import sort_key

# SQLite has no Vietnamese collation; register ours so ORDER BY agrees with the GUI.
VI_COLLATION = "vi"


def compare_vi(left: str, right: str) -> int:
    a, b = sort_key(left), sort_key(right)
    return (a > b) - (a < b)


def sqlite_url(path: Path) -> str:
    # Rendered by SQLAlchemy so `?`, `#` and `%` in a folder name survive parsing.
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def _read_only_sqlite_url(path: str) -> URL:
    # `mode=ro` makes SQLite itself refuse writes. The path is percent-encoded for SQLite's URI
    # form (`?`, `#`, `%` are special there) and given as a URL object, which is not re-parsed.
    uri = f"file:{quote(str(Path(path).resolve()))}"
    return URL.create("sqlite", database=uri, query={"mode": "ro", "uri": "true"})


def make_engine(url: str, read_only: bool = False) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys, a busy timeout and real transactions.

    `read_only` opens a SQLite file with `mode=ro` and `PRAGMA query_only`, and a PostgreSQL
    archive in read-only transactions, so nothing can be written through this engine.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":  # psycopg 3 is the driver we ship
            parsed = parsed.set(drivername="postgresql+psycopg")
        engine = create_engine(parsed, pool_pre_ping=True)
        return engine.execution_options(postgresql_readonly=True) if read_only else engine
    if parsed.get_backend_name() != "sqlite":
        raise ValueError(f"Không hỗ trợ loại cơ sở dữ liệu '{parsed.get_backend_name()}'")
    target: str | URL = url
    if read_only and parsed.database:
        target = _read_only_sqlite_url(parsed.database)
    engine = create_engine(target, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so DDL in
        # a migration is rolled back with everything else when it fails.
        dbapi_connection.isolation_level = None
        dbapi_connection.create_collation(VI_COLLATION, compare_vi)
        cursor = dbapi_connection.cursor()
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        else:  # changing the journal mode is a write; a read-only copy keeps the file's mode
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine
