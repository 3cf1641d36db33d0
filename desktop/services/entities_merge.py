"""Merging two entities (undoably), splitting a wrongly merged one, and likely duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import delete, select, update

from desktop.services.entities_base import (
    EntityInfo,
    EntityNotFound,
    add_alias,
    entity_for,
    entity_key,
)
from desktop.services.entities_browse import list_entities
from desktop.services.entities_duplicates import Duplicate, find_duplicates
from desktop.store.archive import Archive
from desktop.store.models import Entity, EntityAlias, Mention

__all__ = ["Duplicate", "MergeRecord", "merge", "split", "suggest_duplicates", "undo_merge"]


@dataclass(frozen=True)
class MergeRecord:
    """Everything needed to take a merge back: the merged-away entity as it was."""

    keep_id: int
    other_id: int
    other_kind: str
    other_name: str
    other_notes: str | None
    other_valid: tuple[str | None, str | None]
    other_successor: int | None
    other_aliases: tuple[str, ...]
    mention_ids: tuple[int, ...]
    added_aliases: tuple[str, ...]  # keys added to the kept entity
    keep_notes: str | None
    successor_of: tuple[int, ...]  # entities whose successor was the merged-away one


def merge(archive: Archive, keep_id: int, other_id: int) -> MergeRecord:
    """Fold `other` into `keep`: its mentions move, its name and aliases become aliases."""
    if keep_id == other_id:
        raise ValueError("Không thể gộp một thực thể với chính nó")
    with archive.unit_of_work() as session:
        keep, other = session.get(Entity, keep_id), session.get(Entity, other_id)
        if keep is None or other is None:
            raise EntityNotFound(keep_id if keep is None else other_id)
        if keep.kind != other.kind:
            raise ValueError("Chỉ gộp được hai thực thể cùng loại")
        mention_ids = tuple(session.scalars(
            select(Mention.id).where(Mention.entity_id == other_id).order_by(Mention.id)
        ))
        successor_of = tuple(session.scalars(
            select(Entity.id).where(Entity.successor_id == other_id)
        ))
        aliases = tuple(a.name for a in other.aliases)
        record = MergeRecord(
            keep_id, other_id, other.kind, other.name, other.notes,
            (other.valid_from, other.valid_to), other.successor_id, aliases, mention_ids,
            (), keep.notes, successor_of,
        )
        session.execute(update(Mention).where(Mention.entity_id == other_id)
                        .values(entity_id=keep_id))
        session.execute(update(Entity).where(Entity.successor_id == other_id)
                        .values(successor_id=keep_id))
        session.execute(delete(EntityAlias).where(EntityAlias.entity_id == other_id))
        session.execute(delete(Entity).where(Entity.id == other_id))
        session.expire_all()
        keep = session.get(Entity, keep_id)
        added = [entity_key(n) for n in (record.other_name, *aliases)
                 if add_alias(session, keep_id, n)]
        if record.other_notes:
            keep.notes = "\n\n".join(n for n in (keep.notes, record.other_notes) if n)
        if keep.successor_id == other_id:
            keep.successor_id = None
        session.flush()
        return replace(record, added_aliases=tuple(added))


def undo_merge(archive: Archive, record: MergeRecord) -> None:
    """Bring the merged-away entity back with its id, aliases, notes and mentions."""
    with archive.unit_of_work() as session:
        keep = session.get(Entity, record.keep_id)
        if keep is None:
            raise EntityNotFound(record.keep_id)
        keep.aliases = [a for a in keep.aliases if a.key not in record.added_aliases]
        keep.notes = record.keep_notes
        session.flush()
        other = Entity(
            id=record.other_id, kind=record.other_kind, name=record.other_name,
            key=entity_key(record.other_name), notes=record.other_notes,
            valid_from=record.other_valid[0], valid_to=record.other_valid[1],
            successor_id=record.other_successor,
            aliases=[EntityAlias(name=n, key=entity_key(n)) for n in record.other_aliases],
        )
        session.add(other)
        session.flush()
        if record.mention_ids:
            session.execute(
                update(Mention)
                .where(Mention.id.in_(record.mention_ids), Mention.entity_id == record.keep_id)
                .values(entity_id=record.other_id)
            )
        if record.successor_of:
            session.execute(update(Entity).where(Entity.id.in_(record.successor_of))
                            .values(successor_id=record.other_id))


def split(
    archive: Archive, entity_id: int, mention_ids: Sequence[int], new_name: str
) -> EntityInfo:
    """Move some of an entity's mentions to the entity called `new_name` (made if new).

    When `new_name` is one of the entity's aliases (it was merged in), the alias leaves too.
    """
    with archive.unit_of_work() as session:
        entity = session.get(Entity, entity_id)
        if entity is None:
            raise EntityNotFound(entity_id)
        key = entity_key(new_name)
        if key == entity.key:
            raise ValueError("Tên mới trùng tên thực thể đang tách")
        entity.aliases = [a for a in entity.aliases if a.key != key]
        session.flush()
        target = entity_for(session, entity.kind, new_name)
        session.execute(
            update(Mention)
            .where(Mention.id.in_(list(mention_ids)), Mention.entity_id == entity_id)
            .values(entity_id=target)
        )
        kind = entity.kind
    return next(e for e in list_entities(archive, kind) if e.id == target)


def suggest_duplicates(archive: Archive) -> list[Duplicate]:
    """Pairs of entities that are probably one, most likely first (see entities_duplicates)."""
    entities = list_entities(archive)
    with archive.unit_of_work() as session:
        return find_duplicates(session, entities)
