"""Which archive to open: the local file or a shared PostgreSQL server, and how to reach it.

The choice is kept as JSON in the user's config folder; the password never is: it goes to the
system keyring, or the user keeps it in a libpq password file (~/.pgpass) or service file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import URL, create_engine, text
from sqlalchemy.exc import SQLAlchemyError

KEYRING_SERVICE = "tulieu"
SSL_MODES = ("prefer", "require", "verify-full", "disable")


@dataclass(frozen=True)
class ArchiveChoice:
    shared: bool = False
    host: str = ""
    port: int = 5432
    database: str = "tulieu"
    user: str = ""
    service: str = ""  # a libpq service name replaces host/port/database/user
    sslmode: str = "prefer"

    @property
    def account(self) -> str:
        """The keyring entry's name for this server and user."""
        return self.service or f"{self.user}@{self.host}:{self.port}/{self.database}"


def url_for(choice: ArchiveChoice, password: str | None = None) -> str:
    query = {"sslmode": choice.sslmode}
    if choice.service:
        query["service"] = choice.service
        url = URL.create("postgresql+psycopg", password=password or None, query=query)
    else:
        url = URL.create("postgresql+psycopg", username=choice.user or None,
                         password=password or None, host=choice.host or None,
                         port=choice.port, database=choice.database, query=query)
    return url.render_as_string(hide_password=False)


def test_connection(choice: ArchiveChoice, password: str | None) -> tuple[bool, str]:
    """Try to reach the server; say in words what was found."""
    engine = create_engine(url_for(choice, password), connect_args={"connect_timeout": 8})
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar_one()
            has_schema = conn.execute(
                text("SELECT to_regclass('alembic_version') IS NOT NULL")
            ).scalar_one()
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        return False, f"Không kết nối được: {reason}"
    finally:
        engine.dispose()
    state = "đã có kho Tư liệu" if has_schema else "cơ sở dữ liệu trống, sẽ tạo kho mới"
    return True, f"Kết nối được tới PostgreSQL {version}: {state}."


def _choice_of(row: dict) -> ArchiveChoice:
    # Fields a newer or older version wrote that this one does not know are left out.
    known = ArchiveChoice.__annotations__
    return ArchiveChoice(**{k: v for k, v in row.items() if k in known})


def load_choice(path: Path) -> ArchiveChoice:
    try:
        return _choice_of(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, AttributeError):
        return ArchiveChoice()


def save_choice(path: Path, choice: ArchiveChoice) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(choice), ensure_ascii=False, indent=2), encoding="utf-8")


RECENT_LIMIT = 8


def recent_choices(path: Path) -> list[ArchiveChoice]:
    """Archives opened before, newest first; a damaged list is an empty one."""
    try:
        return [_choice_of(row) for row in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError, AttributeError):
        return []


def remember(path: Path, choice: ArchiveChoice) -> None:
    """Put `choice` first in the recent list (no passwords are in a choice)."""
    chosen = [choice, *(c for c in recent_choices(path) if c != choice)][:RECENT_LIMIT]
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [asdict(c) for c in chosen]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")


def store_password(choice: ArchiveChoice, password: str) -> None:
    """Keep the password in the system keyring; raises RuntimeError when there is none."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, choice.account, password)
    except KeyringError as exc:
        raise RuntimeError(
            "Máy này không có kho mật khẩu của hệ thống. Hãy để mật khẩu trong tệp ~/.pgpass "
            "(hoặc %APPDATA%\\postgresql\\pgpass.conf) và để trống ô mật khẩu."
        ) from exc


def load_password(choice: ArchiveChoice) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, choice.account)
    except KeyringError:
        return None
