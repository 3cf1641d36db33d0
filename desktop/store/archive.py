"""An open archive: its engine, its session factory and units of work (ARCHITECTURE rule 2)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.engine import make_engine, sqlite_url
from desktop.store.errors import ArchiveWriteFailed, ReadOnlyArchive, refuse_writes, translate
from desktop.store.migrate import current_revision, head_revision, migrate
from desktop.store.search_sync import keep_index_current


@dataclass
class Archive:
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False
    # The SQLite file, for backups and checks; None for a PostgreSQL archive.
    path: Path | None = None

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
        except DBAPIError as exc:
            session.rollback()
            plain = translate(exc)
            if plain is None:
                raise
            raise plain from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_archive(url: str, backup_dir: Path | None = None, read_only: bool = False) -> Archive:
    """Open (creating if needed) the archive at `url` and upgrade its schema.

    `read_only` neither creates nor upgrades: every write through it raises ReadOnlyArchive.
    """
    engine = make_engine(url, read_only=read_only)
    sessions = sessionmaker(engine, expire_on_commit=False)
    if read_only:
        _check_readable(engine)
        refuse_writes(sessions)
    else:
        migrate(engine, backup_dir)
        keep_index_current(sessions)
    given = make_url(url)  # the engine's own URL is the `file:` URI form when read-only
    path = Path(given.database) if given.get_backend_name() == "sqlite" and given.database else None
    return Archive(engine, sessions, read_only, path)


def open_local_archive(
    path: Path, backup_dir: Path | None = None, read_only: bool = False
) -> Archive:
    if read_only:
        if not path.is_file():
            raise FileNotFoundError(f"Không có kho tư liệu tại {path} để mở chỉ đọc")
        return open_archive(sqlite_url(path), read_only=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    return open_archive(sqlite_url(path), backup_dir)


def _check_readable(engine: Engine) -> None:
    # A read-only copy cannot upgrade the schema, so it must already be the newest one.
    if current_revision(engine) != head_revision():
        engine.dispose()
        raise ReadOnlyArchive(
            "Không mở được kho ở chế độ chỉ đọc: kho cần được nâng cấp trước. "
            "Hãy mở kho bình thường một lần (khi không có bản Tư liệu nào khác đang mở)."
        )


__all__ = ["Archive", "ArchiveWriteFailed", "ReadOnlyArchive", "open_archive", "open_local_archive"]
