"""Bring an archive's schema to the newest revision when it is opened (ARCHITECTURE rule 7).

A local archive with data is copied aside first with SQLite's online backup API; the upgrade
runs in one transaction, so a failure leaves the old archive as it was.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from desktop.paths import migrations_dir


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "migrations/versions holds no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite archive consistently, even while another connection writes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def migrate(engine: Engine, backup_dir: Path | None = None) -> None:
    """Upgrade the archive behind `engine` to the newest revision, backing it up first."""
    current = current_revision(engine)
    if current == head_revision():
        return
    if backup_dir is not None and current is not None and engine.url.get_backend_name() == "sqlite":
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = backup_dir / f"before-upgrade-{current}-{stamp}.sqlite3"
        backup_sqlite(Path(engine.url.database), target)
    _run(engine, command.upgrade, "head")


def upgrade_to(engine: Engine, revision: str) -> None:
    """Upgrade to a given revision; for tests of one migration on old data."""
    _run(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Step the schema back to `revision` (`base` empties it); for tests and rescue work."""
    _run(engine, command.downgrade, revision)


# Any fixed number: the PostgreSQL advisory lock that lets one desktop migrate at a time.
_MIGRATION_LOCK = 4_741_551


def _run(engine: Engine, step, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Several desktops may open a new shared archive at once; the others wait here and
            # then find the schema already at the revision asked for.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        config.attributes["connection"] = conn
        step(config, revision)
