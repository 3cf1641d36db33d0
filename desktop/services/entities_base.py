"""Shared pieces of the entity services: plain records and entity look-up.

The records cross into the UI and the CLI; they hold no database state (ARCHITECTURE rule 2).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.core.entities import KINDS
from desktop.core.gazetteer import form_key
from desktop.core.text import normalize
from desktop.store.fast_rows import select_rows
from desktop.store.models import Entity, EntityAlias, Mention

KEY_LENGTH = 400  # entities.key / entity_aliases.key column width


class EntityNotFound(LookupError):
    """The entity was merged or removed (perhaps by someone else) while it was shown."""


@dataclass(frozen=True)
class MentionInfo:
    """One tagged (or suggested) place in an article's body: `body[start:end] == surface`."""

    id: int
    article_id: int
    entity_id: int
    kind: str
    name: str  # the entity's name
    start: int
    end: int
    surface: str
    title: str | None
    confirmed: bool


@dataclass(frozen=True)
class EntityInfo:
    id: int
    kind: str
    name: str
    aliases: tuple[str, ...]
    article_count: int


def entity_key(name: str) -> str:
    """The key under which spellings of one name are one entity (case, tone placement, spaces)."""
    return form_key(normalize(name))[:KEY_LENGTH]


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"Loại thực thể không hợp lệ: {kind}")
    return kind


# -- entities in a session -------------------------------------------------------------------
# Built once: each imported article asks both (building them cost more than running them).
_BY_ALIAS = (
    select(Entity.kind, EntityAlias.key, Entity.id)
    .join(EntityAlias, EntityAlias.entity_id == Entity.id)
    .where(EntityAlias.key.in_(bindparam("keys", expanding=True)))
)
_BY_KEY = select(Entity.kind, Entity.key, Entity.id).where(
    Entity.key.in_(bindparam("keys", expanding=True))
)


def find_entities(session: Session, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Entity ids for (kind, key) pairs, by name first and then by alias."""
    wanted = set(pairs)
    if not wanted:
        return {}
    keys = sorted({key for _, key in wanted})
    found: dict[tuple[str, str], int] = {}
    session.flush()  # as a query through the session would: pending entities count
    conn = session.connection()  # the import asks for every article (store.fast_rows)
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        for kind, key, entity_id in select_rows(conn, _BY_ALIAS, "keys", chunk):
            found.setdefault((kind, key), entity_id)
        for kind, key, entity_id in select_rows(conn, _BY_KEY, "keys", chunk):
            found[(kind, key)] = entity_id  # a name beats someone else's alias
    return {pair: entity_id for pair, entity_id in found.items() if pair in wanted}


def entity_for(session: Session, kind: str, name: str, valid_from: str | None = None) -> int:
    """The id of the entity called `name` (or with that alias), created if there is none."""
    name = normalize(name).strip()
    if not name:
        raise ValueError("Tên thực thể trống")
    key = entity_key(name)
    existing = find_entities(session, [(kind, key)]).get((kind, key))
    if existing is not None:
        return existing
    try:
        # Another desktop may create the same entity at the same moment on a shared archive.
        with session.begin_nested():
            entity = Entity(kind=kind, name=name, key=key, valid_from=valid_from)
            session.add(entity)
            session.flush()
            return entity.id
    except IntegrityError:
        return session.scalars(
            select(Entity.id).where(Entity.kind == kind, Entity.key == key)
        ).one()


def add_alias(session: Session, entity_id: int, name: str) -> bool:
    """Remember `name` as another form of the entity unless it is its name or known already."""
    name = normalize(name).strip()
    key = entity_key(name)
    entity = session.get(Entity, entity_id)
    if entity is None or not name or key == entity.key:
        return False
    if any(a.key == key for a in entity.aliases):
        return False
    entity.aliases.append(EntityAlias(name=name, key=key))
    return True


def drop_orphans(session: Session, entity_ids: Sequence[int]) -> None:
    """Delete entities left without mentions, unless the user gave them notes or aliases."""
    ids = [i for i in set(entity_ids) if i is not None]
    if not ids:
        return
    session.flush()
    has_mention = exists().where(Mention.entity_id == Entity.id)
    has_alias = exists().where(EntityAlias.entity_id == Entity.id)
    successor = select(Entity.successor_id).where(Entity.successor_id.is_not(None))
    session.execute(
        delete(Entity)
        .where(Entity.id.in_(ids), ~has_mention, ~has_alias, Entity.notes.is_(None),
               Entity.id.not_in(successor))
        .execution_options(synchronize_session=False)
    )


def info_of(mention: Mention, entity: Entity) -> MentionInfo:
    return MentionInfo(
        id=mention.id, article_id=mention.article_id, entity_id=entity.id, kind=entity.kind,
        name=entity.name, start=mention.start, end=mention.end, surface=mention.surface,
        title=mention.title, confirmed=bool(mention.confirmed),
    )
