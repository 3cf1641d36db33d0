"""Entities in articles: suggestions on import, the user's accept/reject, retype and remove.

Suggestions are mentions with `confirmed` False; offsets index the article's body (the text
the reading pane shows). Rejections are remembered so extracting again does not bring a
rejected suggestion back. Tagging by hand, the browser and merging live in the sibling
modules `entities_tagging`, `entities_browse` and `entities_merge`, re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from desktop.core.entities import Found, extract_entities
from desktop.services.articles import ArticleNotFound
from desktop.services.entities_base import (
    EntityInfo,
    EntityNotFound,
    MentionInfo,
    check_kind,
    drop_orphans,
    entity_for,
    entity_key,
    find_entities,
    info_of,
)
from desktop.services.entities_browse import (
    EntityPage,
    TitleSeen,
    entity_page,
    list_entities,
    set_notes,
)
from desktop.services.entities_merge import (
    Duplicate,
    MergeRecord,
    merge,
    split,
    suggest_duplicates,
    undo_merge,
)
from desktop.services.entities_tagging import tag_everywhere, tag_text
from desktop.services.word_lists import gazetteer, use_gazetteer_dirs
from desktop.store.archive import Archive
from desktop.store.fast_rows import insert_rows
from desktop.store.models import Article, ArticleText, Entity, Mention, RejectedSuggestion
from desktop.store.search_sync import reindex_at_commit

__all__ = [
    "Duplicate", "EntityInfo", "EntityNotFound", "EntityPage", "MentionInfo", "MergeRecord",
    "TitleSeen", "accept", "accept_entity", "entity_page", "list_entities", "mentions", "merge",
    "reject", "reject_entity", "remove", "resuggest", "retype", "set_notes", "split", "suggest",
    "suggest_duplicates", "suggest_in", "tag_everywhere", "tag_text", "undo_merge",
    "use_gazetteer_dirs",
]




def title_of(found: Found) -> str | None:
    """The title items written beside a person, as one line; `nguyên` when held in the past."""
    if not found.titles:
        return None
    line = ", ".join(found.titles)
    return f"nguyên {line}" if found.former and not line.startswith("nguyên") else line


def suggest(
    session: Session,
    article: Article,
    keep: Sequence[Mention] = (),
    findings: Sequence[Found] | None = None,
    new: bool = False,
) -> int:
    """Store the extractor's findings in the article's body as unconfirmed mentions.

    Called inside the import's transaction, after the article is flushed. Findings the user
    rejected before, and spans already in `keep` (confirmed mentions), are skipped. `findings`
    are the extractor's, already run on this body (by an import's worker process); None runs
    it here. `new`: the article was just created, so nothing in it was rejected yet (its
    rejections would have gone with any article that had its id before). Returns how many
    suggestions were stored.
    """
    body = article.text.body if article.text else ""
    return suggest_in(session, article.id, body, keep, findings, new)


def suggest_in(
    session: Session,
    article_id: int,
    body: str,
    keep: Sequence[Mention] = (),
    findings: Sequence[Found] | None = None,
    new: bool = False,
) -> int:
    """`suggest` for the article `article_id` whose body is `body` (an import stores its
    articles as plain rows, with no object to hand over)."""
    if not body:
        return 0
    if findings is None:
        findings = extract_entities(body, gazetteer())
    rejected = set() if new else _rejections(session, article_id)
    kept = {(m.start, m.end) for m in keep}
    found = []
    for f in findings:
        key = entity_key(f.name)
        if not key or (f.start, f.end) in kept or body[f.start:f.end] != f.surface:
            continue
        if (f.kind, key, None) in rejected or (f.kind, key, f.start) in rejected:
            continue
        found.append((f, key))
    known = find_entities(session, [(f.kind, key) for f, key in found])
    seen: set[tuple[str, int, int]] = set()
    rows = []
    for f, key in found:
        if (f.kind, f.start, f.end) in seen:
            continue
        seen.add((f.kind, f.start, f.end))
        entity_id = known.get((f.kind, key))
        if entity_id is None:
            issued = f.issued.iso() if f.issued else None
            entity_id = known[(f.kind, key)] = entity_for(session, f.kind, f.name, issued)
        rows.append({"article_id": article_id, "entity_id": entity_id, "start": f.start,
                     "end": f.end, "surface": f.surface, "title": title_of(f),
                     "confirmed": False})
    # Plain rows: an import stores dozens per article, and objects cost four times Core rows,
    # Core more than the driver's (store.fast_rows).
    if rows:
        insert_rows(session.connection(), Mention.__table__, rows)
        reindex_at_commit(session, [article_id])
    return len(rows)


def resuggest(session: Session, article: Article) -> int:
    """After the body changed: drop old suggestions, keep confirmed tags, suggest again."""
    old = list(session.scalars(select(Mention).where(Mention.article_id == article.id)))
    keep = [m for m in old if m.confirmed]
    for mention in old:
        if not mention.confirmed:
            session.delete(mention)
    session.flush()
    stored = suggest(session, article, keep)
    drop_orphans(session, [m.entity_id for m in old])
    return stored


# Built once: every imported article asks (building it cost more than running it).
_REJECTED = select(
    RejectedSuggestion.kind, RejectedSuggestion.key, RejectedSuggestion.start
).where(RejectedSuggestion.article_id == bindparam("article_id"))


def _rejections(session: Session, article_id: int) -> set[tuple[str, str, int | None]]:
    rows = session.execute(_REJECTED, {"article_id": article_id})
    return {(kind, key, start) for kind, key, start in rows}


def mentions(archive: Archive, article_id: int) -> list[MentionInfo]:
    """The article's mentions in reading order, each placed on its text in the body.

    A mention whose text moved (the body was extracted again) is placed on the nearest
    occurrence of its surface; one whose text is gone is left out.
    """
    with archive.unit_of_work() as session:
        body = session.scalar(select(ArticleText.body).where(ArticleText.article_id == article_id))
        if body is None:
            if session.get(Article, article_id) is None:
                raise ArticleNotFound(article_id)
            body = ""
        rows = session.execute(
            select(Mention, Entity).join(Entity, Entity.id == Mention.entity_id)
            .where(Mention.article_id == article_id)
        ).all()
        out = []
        for mention, entity in rows:
            info = info_of(mention, entity)
            if body[info.start:info.end] != info.surface:
                info = _reanchored(body, info)
            if info is not None:
                out.append(info)
    out.sort(key=lambda m: (m.start, -m.end, m.id))
    return out


def _reanchored(body: str, info: MentionInfo) -> MentionInfo | None:
    best = None
    at = body.find(info.surface)
    while at >= 0 and info.surface:
        if best is None or abs(at - info.start) < abs(best - info.start):
            best = at
        at = body.find(info.surface, at + 1)
    if best is None:
        return None
    return replace(info, start=best, end=best + len(info.surface))


def accept(archive: Archive, mention_ids: Sequence[int]) -> int:
    """Confirm suggestions; returns how many changed."""
    with archive.unit_of_work() as session:
        rows = list(session.scalars(select(Mention).where(Mention.id.in_(mention_ids))))
        changed = [m for m in rows if not m.confirmed]
        for mention in changed:
            mention.confirmed = True
        return len(changed)


def reject(archive: Archive, mention_ids: Sequence[int]) -> int:
    """Remove mentions and remember each one, so extraction does not suggest it again."""
    with archive.unit_of_work() as session:
        return _reject(session, list(session.scalars(
            select(Mention).where(Mention.id.in_(mention_ids))
        )))


remove = reject  # removing a tag and rejecting a suggestion both mean "not here"


def _reject(session: Session, rows: list[Mention], everywhere: bool = False) -> int:
    entities = {e.id: e for e in session.scalars(
        select(Entity).where(Entity.id.in_({m.entity_id for m in rows}))
    )}
    marked: set[tuple] = set()
    for mention in rows:
        entity = entities[mention.entity_id]
        start = None if everywhere else mention.start
        if (mention.article_id, entity.kind, entity.key, start) not in marked:
            marked.add((mention.article_id, entity.kind, entity.key, start))
            session.add(RejectedSuggestion(article_id=mention.article_id, kind=entity.kind,
                                           key=entity.key, start=start))
        session.delete(mention)
    drop_orphans(session, list(entities))
    return len(rows)


def accept_entity(archive: Archive, article_id: int, entity_id: int) -> int:
    """Confirm every suggestion of one entity in one article."""
    with archive.unit_of_work() as session:
        rows = list(session.scalars(select(Mention).where(
            Mention.article_id == article_id, Mention.entity_id == entity_id,
            Mention.confirmed.is_(False),
        )))
        for mention in rows:
            mention.confirmed = True
        return len(rows)


def reject_entity(archive: Archive, article_id: int, entity_id: int) -> int:
    """Remove every mention of one entity in one article and never suggest it there again."""
    with archive.unit_of_work() as session:
        rows = list(session.scalars(select(Mention).where(
            Mention.article_id == article_id, Mention.entity_id == entity_id
        )))
        return _reject(session, rows, everywhere=True)


def retype(archive: Archive, mention_id: int, kind: str) -> MentionInfo:
    """Make a mention another kind of entity (a person read as a place, say), confirmed."""
    check_kind(kind)
    with archive.unit_of_work() as session:
        mention = session.get(Mention, mention_id)
        if mention is None:
            raise LookupError(mention_id)
        old = session.get(Entity, mention.entity_id)
        if old.kind != kind:
            session.add(RejectedSuggestion(article_id=mention.article_id, kind=old.kind,
                                           key=old.key, start=mention.start))
        mention.entity_id = entity_for(session, kind, old.name)
        mention.confirmed = True
        if kind != "person":
            mention.title = None
        drop_orphans(session, [old.id])
        session.flush()
        return info_of(mention, session.get(Entity, mention.entity_id))


def clear_rejections(session: Session, article_id: int) -> None:
    """Forget what the user rejected in an article (used when its text is replaced by hand)."""
    session.execute(delete(RejectedSuggestion).where(RejectedSuggestion.article_id == article_id))
