"""Tagging by hand: a selected span of the body, and every other place the same words appear."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.core.text import normalize, unify_tones
from desktop.services.articles import ArticleNotFound
from desktop.services.entities_base import (
    EntityNotFound,
    MentionInfo,
    add_alias,
    check_kind,
    drop_orphans,
    entity_for,
    info_of,
)
from desktop.store.archive import Archive
from desktop.store.models import Article, ArticleText, Entity, Mention

BATCH = 200


def tag_text(
    archive: Archive,
    article_id: int,
    start: int,
    end: int,
    kind: str,
    entity_name: str | None = None,
    entity_id: int | None = None,
    title: str | None = None,
) -> MentionInfo:
    """Tag body[start:end] as an entity: `entity_id`, or the one called `entity_name`
    (created when new), or one named after the selected words.

    Spaces and punctuation around the selection are left out. The user's tag replaces
    suggestions that overlap it; a surface that differs from the entity's name is kept as an alias.
    """
    check_kind(kind)
    with archive.unit_of_work() as session:
        body = session.scalar(select(ArticleText.body).where(ArticleText.article_id == article_id))
        if body is None:
            raise ArticleNotFound(article_id)
        start, end = _trimmed(body, start, end)
        if end <= start:
            raise ValueError("Chưa chọn chữ nào để gắn thẻ")
        surface = body[start:end]
        target = _target(session, kind, entity_id, entity_name or surface)
        _replace_overlapping(session, article_id, start, end, target)
        mention = Mention(article_id=article_id, entity_id=target, start=start, end=end,
                          surface=surface, title=(title or "").strip() or None, confirmed=True)
        session.add(mention)
        add_alias(session, target, surface)
        session.flush()
        return info_of(mention, session.get(Entity, target))


# A selection made with the mouse often takes the space or the stop after a word with it.
_EDGE = set(" \t\n\u2028,.;:!?\"'“”‘’()[]")


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    start, end = max(0, start), min(len(body), end)
    while start < end and body[start] in _EDGE:
        start += 1
    while end > start and body[end - 1] in _EDGE:
        end -= 1
    return start, end


def _target(session: Session, kind: str, entity_id: int | None, name: str) -> int:
    if entity_id is None:
        return entity_for(session, kind, name)
    entity = session.get(Entity, entity_id)
    if entity is None:
        raise EntityNotFound(entity_id)
    if entity.kind != kind:
        raise ValueError(f"Thực thể {entity.name} không phải loại {kind}")
    return entity.id


def _replace_overlapping(
    session: Session, article_id: int, start: int, end: int, target: int
) -> None:
    """Drop suggestions overlapping [start, end) and any mention of exactly that span."""
    rows = session.scalars(select(Mention).where(
        Mention.article_id == article_id, Mention.start < end, Mention.end > start
    ))
    gone = []
    for mention in rows:
        if not mention.confirmed or (mention.start, mention.end) == (start, end):
            gone.append(mention.entity_id)
            session.delete(mention)
    drop_orphans(session, [i for i in gone if i != target])


def occurrences(body: str, surface: str) -> Iterator[tuple[int, int]]:
    """Spans of `surface` as whole words in `body`, whatever the tone placement."""
    surface = normalize(surface).strip()
    if not surface:
        return
    text, needle = unify_tones(body), unify_tones(surface)
    if len(text) != len(body):  # not NFC: compare as stored
        text, needle = body, surface
    for match in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
        yield match.start(), match.end()


def tag_everywhere(
    archive: Archive,
    entity_id: int,
    surface: str,
    scope: str = "article",
    article_id: int | None = None,
) -> list[MentionInfo]:
    """Tag every other occurrence of `surface` as the entity, in one article or the archive.

    Places already tagged (confirmed) are left alone; suggestions there are replaced.
    Returns the new mentions.
    """
    if scope not in ("article", "archive"):
        raise ValueError(scope)
    if scope == "article" and article_id is None:
        raise ValueError("Cần biết bài viết để gắn thẻ trong bài")
    with archive.unit_of_work() as session:
        entity = session.get(Entity, entity_id)
        if entity is None:
            raise EntityNotFound(entity_id)
        new: list[Mention] = []
        for aid, body in _bodies(session, surface, article_id if scope == "article" else None):
            new.extend(_tag_in(session, entity.id, aid, body, surface))
        session.flush()
        return [info_of(m, entity) for m in new]


def _bodies(session: Session, surface: str, only: int | None) -> Iterator[tuple[int, str]]:
    query = select(ArticleText.article_id, ArticleText.body).join(
        Article, Article.id == ArticleText.article_id
    ).where(Article.deleted_at.is_(None))
    if only is not None:
        query = query.where(ArticleText.article_id == only)
    else:
        # Narrow in SQL by the written forms; the exact word test is done in Python.
        forms = {normalize(surface).strip(), unify_tones(normalize(surface).strip())}
        query = query.where(or_(*(ArticleText.body.contains(f) for f in forms)))
    for row in session.execute(query.order_by(ArticleText.article_id)):
        yield row[0], row[1]


def _tag_in(session: Session, entity_id: int, article_id: int, body: str, surface: str):
    spans = list(occurrences(body, surface))
    if not spans:
        return []
    existing = list(session.scalars(select(Mention).where(Mention.article_id == article_id)))
    new, dropped = [], []
    for start, end in spans:
        overlapping = [m for m in existing if m.start < end and m.end > start]
        if any(m.confirmed for m in overlapping):
            continue
        same = [m for m in overlapping
                if (m.start, m.end, m.entity_id) == (start, end, entity_id)]
        if same:  # our own suggestion there: confirming it keeps the title it recorded
            same[0].confirmed = True
            new.append(same[0])
            continue
        for mention in overlapping:
            dropped.append(mention.entity_id)
            session.delete(mention)
            existing.remove(mention)
        mention = Mention(article_id=article_id, entity_id=entity_id, start=start, end=end,
                          surface=body[start:end], confirmed=True)
        session.add(mention)
        existing.append(mention)
        new.append(mention)
    drop_orphans(session, [i for i in dropped if i != entity_id])
    return new
