"""Tags: nested by path (`Hội nghị/Tập huấn`), coloured, assigned to many articles at once."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.text import normalize, sort_key
from desktop.services.editing import record_change
from desktop.store.archive import Archive
from desktop.store.models import Article, Tag, article_tags

SEPARATOR = "/"
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


class TagError(ValueError):
    """A tag name or colour the user typed that cannot be used; the message says why."""


@dataclass(frozen=True)
class TagInfo:
    name: str  # full path
    color: str | None
    count: int  # articles (not in the trash) carrying exactly this tag

    @property
    def depth(self) -> int:
        return self.name.count(SEPARATOR)

    @property
    def leaf(self) -> str:
        return self.name.rsplit(SEPARATOR, 1)[-1]


def clean_name(name: str) -> str:
    """A tag path with each level trimmed; refuses empty levels."""
    parts = [p.strip() for p in normalize(name).split(SEPARATOR)]
    if not all(parts):
        raise TagError(f"Tên nhãn '{name}' có cấp trống")
    return SEPARATOR.join(parts)


def list_tags(archive: Archive) -> list[TagInfo]:
    """Every tag with its article count, parents before children, in Vietnamese order."""
    live = select(article_tags.c.tag_id, func.count().label("n")).join(
        Article, Article.id == article_tags.c.article_id
    ).where(Article.deleted_at.is_(None)).group_by(article_tags.c.tag_id).subquery()
    with archive.unit_of_work() as session:
        rows = session.execute(
            select(Tag.name, Tag.color, func.coalesce(live.c.n, 0)).outerjoin(
                live, live.c.tag_id == Tag.id
            )
        ).all()
    tags = [TagInfo(name, color, count) for name, color, count in rows]
    return sorted(tags, key=lambda t: [sort_key(p) for p in t.name.split(SEPARATOR)])


def create_tag(archive: Archive, name: str, color: str | None = None) -> str:
    name = clean_name(name)
    with archive.unit_of_work() as session:
        if _find(session, name) is None:
            session.add(Tag(name=name, color=_checked_color(color)))
    return name


def rename_tag(archive: Archive, old: str, new: str) -> str:
    """Rename a tag and move its children with it (`A/B` → `C` makes `A/B/x` into `C/x`)."""
    new = clean_name(new)
    with archive.unit_of_work() as session:
        tag = _find(session, old)
        if tag is None:
            raise TagError(f"Không có nhãn '{old}'")
        moving = [tag, *session.scalars(select(Tag).where(Tag.name.startswith(old + SEPARATOR)))]
        for item in moving:
            target = new + item.name[len(old):]
            clash = _find(session, target)
            if clash is not None and clash not in moving:
                raise TagError(f"Đã có nhãn '{target}'")
        for item in moving:
            item.name = new + item.name[len(old):]
    return new


def set_color(archive: Archive, name: str, color: str | None) -> None:
    with archive.unit_of_work() as session:
        tag = _find(session, name)
        if tag is None:
            raise TagError(f"Không có nhãn '{name}'")
        tag.color = _checked_color(color)


def delete_tag(archive: Archive, name: str) -> None:
    """Remove a tag and its children from every article; the articles stay."""
    with archive.unit_of_work() as session:
        for tag in session.scalars(
            select(Tag).where((Tag.name == name) | Tag.name.startswith(name + SEPARATOR))
        ):
            session.delete(tag)


def tag_articles(archive: Archive, ids: Sequence[int], name: str) -> int:
    """Add the tag (created if new) to the articles; returns how many gained it."""
    name = clean_name(name)
    with archive.unit_of_work() as session:
        tag = _find(session, name) or Tag(name=name)
        session.add(tag)
        added = 0
        for article in session.scalars(select(Article).where(Article.id.in_(ids))):
            if tag not in article.tags:
                before = _names(article)
                article.tags.append(tag)
                record_change(session, article, {"tags": (before, _names(article))})
                added += 1
        return added


def untag_articles(archive: Archive, ids: Sequence[int], name: str) -> int:
    with archive.unit_of_work() as session:
        tag = _find(session, name)
        if tag is None:
            return 0
        removed = 0
        for article in session.scalars(select(Article).where(Article.id.in_(ids))):
            if tag in article.tags:
                before = _names(article)
                article.tags.remove(tag)
                record_change(session, article, {"tags": (before, _names(article))})
                removed += 1
        return removed


def _names(article: Article) -> list[str]:
    return sorted(t.name for t in article.tags)


def _find(session: Session, name: str) -> Tag | None:
    return session.scalar(select(Tag).where(Tag.name == name))


def _checked_color(color: str | None) -> str | None:
    if color is None or color == "":
        return None
    if not _COLOR.fullmatch(color):
        raise TagError(f"Màu '{color}' không hợp lệ (cần dạng #RRGGBB)")
    return color.lower()
