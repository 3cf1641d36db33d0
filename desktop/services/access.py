"""What this user may do with the archive, and whether others changed it meanwhile."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from desktop.store.archive import Archive
from desktop.store.models import Article, ArticleChange
from desktop.store.search_cache import revision


@dataclass(frozen=True)
class Access:
    writable: bool
    reason: str = ""  # why not, in words for the user


def access(archive: Archive) -> Access:
    """Can this connection write? A read-only database role on a shared archive cannot."""
    with archive.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            allowed = conn.execute(text(
                "SELECT has_table_privilege(current_user, 'articles', 'UPDATE')"
                " AND has_table_privilege(current_user, 'articles', 'INSERT')"
            )).scalar_one()
            if not allowed:
                user = conn.execute(text("SELECT current_user")).scalar_one()
                return Access(False, f"Tài khoản '{user}' chỉ có quyền đọc kho dùng chung này.")
        elif conn.execute(text("PRAGMA query_only")).scalar_one():
            return Access(False, "Kho đang mở ở chế độ chỉ đọc.")
    return Access(True)


def change_marker(archive: Archive) -> tuple:
    """A cheap fingerprint of the archive's state; it differs after anyone's import, edit,
    tagging or trash move, so a window can refresh only when something changed."""
    with archive.unit_of_work() as session:
        counted = revision(session.connection())
        if counted is not None:  # SQLite counts its changes: one row to read, not a scan
            return (counted,)
        articles = session.execute(
            select(func.count(Article.id), func.max(Article.id), func.max(Article.updated_at),
                   func.count(Article.deleted_at))
        ).one()
        last_change = session.scalar(select(func.max(ArticleChange.id)))
    return (*articles, last_change)
