"""Near-duplicates: the same story republished by another outlet, imported but linked.

Each article with a signature (core.signature) stores its 16 band keys; a new article is
compared only with the articles that share one of its keys, so the lookup costs a few index
probes however big the archive is. Twins form a star: every twin points at the first article
of its group, so a group is found with one query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session

from desktop.core.signature import THRESHOLD, band_keys, similarity
from desktop.services.editing import record_change
from desktop.store.archive import Archive
from desktop.store.fast_rows import insert_rows, select_rows
from desktop.store.models import Article, ArticleBand, SourceFile

# The live articles sharing a band key; built once, as building it cost more than running it,
# and on the tables: every imported article asks, and an ORM select costs twice a Core one.
_ARTICLES, _BANDS = Article.__table__.c, ArticleBand.__table__.c
_CANDIDATES = select(_ARTICLES.id, _ARTICLES.title, _ARTICLES.signature).where(
    _ARTICLES.id.in_(
        select(_BANDS.article_id)
        .where(_BANDS.key.in_(bindparam("keys", expanding=True)))
        .distinct()
    ),
    _ARTICLES.deleted_at.is_(None),
)


@dataclass(frozen=True)
class Twin:
    id: int
    title: str
    score: float  # estimated share of wording in common, 0.0-1.0


def find_twin(session: Session, sig: bytes | None, keys: list[int] | None = None) -> Twin | None:
    """The live article most like `sig`, if it is similar enough to be the same story.
    `keys` are its band keys when the caller has them already."""
    if sig is None:
        return None
    rows = select_rows(session.connection(), _CANDIDATES, "keys", keys or band_keys(sig))
    best: Twin | None = None
    for article_id, title, other in rows:
        if other is None:
            continue
        score = similarity(sig, other)
        if score >= THRESHOLD and (best is None or (score, -article_id) > (best.score, -best.id)):
            best = Twin(article_id, title, score)
    return best


def link(
    session: Session, sig: bytes | None, keys: list[int] | None = None
) -> tuple[Twin | None, int | None]:
    """The twin of a new article about to be stored with signature `sig` (band keys `keys`),
    and the group it joins (the `twin_of_id` to store it with); (None, None) when it has none.

    Asked before the article is inserted, so it is inserted with these set: an update after
    the insert would count as an edit (a second version) of an article nobody touched.
    """
    twin = find_twin(session, sig, keys)
    if twin is None:
        return None, None
    root = session.scalar(select(Article.twin_of_id).where(Article.id == twin.id))
    return twin, root or twin.id


def store_bands(session: Session, article_id: int, keys: list[int]) -> None:
    """Record a stored article's band keys (`band_keys` of its signature), so later articles
    find it as a candidate twin."""
    if keys:
        # Plain rows: an ORM insert cost four times a Core one, Core more than the driver.
        rows = [{"key": key, "article_id": article_id} for key in keys]
        insert_rows(session.connection(), ArticleBand.__table__, rows)


def twins(archive: Archive, article_id: int) -> list[int]:
    """The other live articles of `article_id`'s group, oldest first; [] when it has none."""
    with archive.unit_of_work() as session:
        root = session.scalar(select(Article.twin_of_id).where(Article.id == article_id))
        root = root or article_id
        query = select(Article.id).where(
            or_(Article.id == root, Article.twin_of_id == root),
            Article.id != article_id,
            Article.deleted_at.is_(None),
        )
        return list(session.scalars(query.order_by(Article.id)))


def merge_twins(archive: Archive, keep_id: int, other_id: int) -> None:
    """Keep one of two twins: the other's original files and tags move onto it and the other
    goes to the trash (restorable, but without its originals). Its group follows the kept one.
    """
    if keep_id == other_id:
        raise ValueError("an article cannot be merged into itself")
    with archive.unit_of_work() as session:
        keep = session.get(Article, keep_id)
        other = session.get(Article, other_id)
        if keep is None or other is None:
            raise LookupError(f"no article {other_id if keep else keep_id}")
        session.execute(
            update(SourceFile).where(SourceFile.article_id == other_id).values(article_id=keep_id)
        )
        before = sorted(t.name for t in keep.tags)
        for tag in other.tags:
            if tag not in keep.tags:
                keep.tags.append(tag)
        after = sorted(t.name for t in keep.tags)
        if after != before:  # the kept article's history says where its new tags came from
            record_change(session, keep, {"tags": (before, after)})
        root = keep.twin_of_id or keep.id
        if root == other_id:  # the kept one leaves the trashed one's group to lead it
            root = keep.id
            keep.twin_of_id = None
        session.execute(
            update(Article)
            .where(Article.twin_of_id == other_id, Article.id != keep_id)
            .values(twin_of_id=root)
            .execution_options(synchronize_session=False)
        )
        other.twin_of_id = root
        other.deleted_at = datetime.now()
