"""Who is making a change, as the archive should record it."""

from __future__ import annotations

import getpass

from sqlalchemy import text
from sqlalchemy.orm import Session


def database_user(session: Session) -> str:
    """The PostgreSQL role on a shared archive; the computer's login name on a local one."""
    if session.get_bind().dialect.name == "postgresql":
        return session.execute(text("SELECT current_user")).scalar_one()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in containers or odd setups
        return "?"
