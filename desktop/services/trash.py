"""The trash: deleting moves articles there; they can be restored until it is emptied."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update

from desktop.store.archive import Archive
from desktop.store.models import Article


def move_to_trash(archive: Archive, ids: Sequence[int]) -> int:
    """Put the articles in the trash; returns how many moved."""
    with archive.unit_of_work() as session:
        result = session.execute(
            update(Article)
            .where(Article.id.in_(ids), Article.deleted_at.is_(None))
            .values(deleted_at=datetime.now())
            .execution_options(synchronize_session=False)
        )
        return result.rowcount


def restore(archive: Archive, ids: Sequence[int]) -> int:
    with archive.unit_of_work() as session:
        result = session.execute(
            update(Article)
            .where(Article.id.in_(ids), Article.deleted_at.is_not(None))
            .values(deleted_at=None)
            .execution_options(synchronize_session=False)
        )
        return result.rowcount


def trashed_ids(archive: Archive) -> list[int]:
    """Articles in the trash, most recently deleted first."""
    with archive.unit_of_work() as session:
        query = select(Article.id).where(Article.deleted_at.is_not(None))
        return list(session.scalars(query.order_by(Article.deleted_at.desc(), Article.id)))


def count_trashed(archive: Archive) -> int:
    with archive.unit_of_work() as session:
        query = select(func.count(Article.id)).where(Article.deleted_at.is_not(None))
        return session.scalar(query) or 0


def empty_trash(archive: Archive) -> int:
    """Delete the trashed articles for good, originals included; returns how many."""
    with archive.unit_of_work() as session:
        result = session.execute(delete(Article).where(Article.deleted_at.is_not(None)))
        return result.rowcount
