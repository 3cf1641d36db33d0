"""Keep the search index current: every unit of work re-indexes the articles it changed.

Listening on the session factory catches every writer (import, edits, bulk edits, tags,
re-extraction, entities) without each service having to remember; the index is written in
the same transaction, just before it commits, so an article and its index entry never
disagree. Core bulk inserts (`session.execute(insert(Model), rows)`) bypass the ORM and must
call `search.index_articles` (or `reindex_at_commit`) themselves, as the copy and the benchmark
do. An import indexes its new articles itself (`index_new`), from what it already has in hand,
all of a transaction's at once when it commits: on SQLite, writing to the FTS5 table inside a
savepoint makes every later savepoint release flush FTS5's pending terms (~1 ms a file).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import Article, ArticleText, Entity, Mention, Tag, article_tags
from desktop.store.search import BATCH, add_to_index, index_articles
from desktop.store.search_documents import Document, Forms, entity_fields, fields_of

_KEY = "search_touched"
_NEW = "search_new"  # article id -> (its own text fields, their forms), see index_new


def keep_index_current(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "before_commit", _before_commit)
    event.listen(sessions, "after_rollback", _forget)


def _touched(session: Session) -> set[int]:
    return session.info.setdefault(_KEY, set())


def _before_flush(session: Session, _context, _instances) -> None:
    # A deleted tag takes its links with it; learn which articles carried it while we can.
    gone = [t.id for t in session.deleted if isinstance(t, Tag) and t.id is not None]
    if gone:
        with session.no_autoflush:
            rows = session.execute(
                select(article_tags.c.article_id).where(article_tags.c.tag_id.in_(gone))
            )
            _touched(session).update(rows.scalars())


def _after_flush(session: Session, _context) -> None:
    touched = _touched(session)
    renamed_tags: list[int] = []
    renamed_entities: list[int] = []
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Article):
            touched.add(obj.id)
        elif isinstance(obj, ArticleText | Mention):
            touched.add(obj.article_id)
        elif isinstance(obj, Tag) and obj.id is not None:
            renamed_tags.append(obj.id)
        elif isinstance(obj, Entity) and obj.id is not None:
            renamed_entities.append(obj.id)
    for obj in session.deleted:
        if isinstance(obj, Mention):
            touched.add(obj.article_id)
    with session.no_autoflush:
        if renamed_tags:
            touched.update(session.scalars(
                select(article_tags.c.article_id).where(article_tags.c.tag_id.in_(renamed_tags))
            ))
        if renamed_entities:
            touched.update(session.scalars(
                select(Mention.article_id).where(Mention.entity_id.in_(renamed_entities))
            ))


def _before_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint released: index once, when the whole transaction commits
    session.flush()
    touched = session.info.pop(_KEY, set())
    touched.discard(None)
    new = session.info.pop(_NEW, {})
    # Changed again after it was handed over (by a later write in the same transaction): its
    # prepared fields may be stale, so it is read back like any other changed article.
    for article_id in touched & new.keys():
        del new[article_id]
    if new:
        _index_new_now(session, new)
    if touched:
        # Deleted articles are simply not found, and their old entries are removed.
        index_articles(session, sorted(touched))


def _index_new_now(session: Session, new: dict[int, tuple[dict[str, list[str]], Forms]]) -> None:
    ordered = sorted(new)
    for start in range(0, len(ordered), BATCH):  # a zip of thousands: bounded IN lists
        ids = ordered[start : start + BATCH]
        # A file whose savepoint rolled back after it was counted left no article behind.
        stored = set(session.scalars(select(Article.id).where(Article.id.in_(ids))))
        names = entity_fields(session, ids)
        add_to_index(session, [
            Document(i, fields_of(new[i][0], names.get(i, {})), new[i][1])
            for i in ids if i in stored
        ])


def reindex_at_commit(session: Session, ids: Iterable[int]) -> None:
    """Re-index these articles at commit: for writers whose Core inserts the hook cannot see."""
    _touched(session).update(ids)


def index_new(
    session: Session, article_id: int, own: dict[str, list[str]], forms: Forms
) -> None:
    """Index a new article at commit from the text fields (`text_fields`) and forms its writer
    built (an import: no re-reading, no deleting); its entities' names are read then, for all
    of the transaction's new articles at once. It is left out of the indexing at commit unless
    it changes again."""
    session.flush()  # what is pending is counted as touched now, and forgiven just below
    session.info.setdefault(_NEW, {})[article_id] = (own, forms)
    _touched(session).discard(article_id)


def _forget(session: Session, _transaction=None) -> None:
    # A savepoint rolled back (a failed file of an import, an entity another desktop made
    # first) leaves the rest of the transaction to be indexed; its own ids are simply not found.
    if not session.in_nested_transaction():
        session.info.pop(_KEY, None)
        session.info.pop(_NEW, None)
