"""Shared fixtures: the seed articles, and real archives on SQLite files and PostgreSQL."""

from __future__ import annotations

import json
import logging
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop import logs
from desktop.store.archive import Archive, open_archive, open_local_archive
from tests import pg_server

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"


@pytest.fixture(autouse=True)
def private_config(tmp_path_factory, monkeypatch) -> Path:
    """Each test gets its own settings folder, never the real user's."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("TULIEU_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def log_folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("logs")


@pytest.fixture(autouse=True)
def private_logs(log_folder, monkeypatch):
    """The app's log (desktop.logs) never goes to the user's folder; let go after each test."""
    monkeypatch.setenv("TULIEU_LOG_DIR", str(log_folder))
    root = logging.getLogger()
    level = root.level
    yield
    for handler in [h for h in root.handlers if h.get_name() == logs.LOG_FILE]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))["articles"]


@pytest.fixture(scope="session")
def postgres():
    """One PostgreSQL server for the whole run, started on loopback."""
    try:
        server = pg_server.start()
    except (FileNotFoundError, OSError) as exc:
        if os.environ.get("TULIEU_REQUIRE_POSTGRES"):
            raise
        pytest.skip(f"no PostgreSQL server to start: {exc}")
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres) -> str:
    """A new, empty database on the test server; dropped afterwards."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\''))
    yield postgres.url(name)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def archive(request, tmp_path: Path) -> Archive:
    """A real archive: a SQLite file in a temporary folder, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        opened = open_local_archive(tmp_path / "archive" / "tulieu.sqlite3", tmp_path / "backups")
    else:
        opened = open_archive(request.getfixturevalue("postgres_url"))
    yield opened
    opened.close()


@pytest.fixture
def sqlite_archive(tmp_path: Path) -> Archive:
    opened = open_local_archive(tmp_path / "archive" / "tulieu.sqlite3", tmp_path / "backups")
    yield opened
    opened.close()
