"""An open archive: its engine, its session factory and units of work (ARCHITECTURE rule 2)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.engine import make_engine, sqlite_url
from desktop.store.migrate import migrate
from desktop.store.search_sync import keep_index_current


@dataclass
class Archive:
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One use case's session: committed when the block ends normally, else rolled back."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_archive(url: str, backup_dir: Path | None = None) -> Archive:
    """Open (creating if needed) the archive at `url` and upgrade its schema."""
    engine = make_engine(url)
    migrate(engine, backup_dir)
    sessions = sessionmaker(engine, expire_on_commit=False)
    keep_index_current(sessions)
    return Archive(engine, sessions)


def open_local_archive(path: Path, backup_dir: Path | None = None) -> Archive:
    path.parent.mkdir(parents=True, exist_ok=True)
    return open_archive(sqlite_url(path), backup_dir)
