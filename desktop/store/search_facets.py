"""Facets: counts of the matching articles per outlet, month, tag and entity, in one statement.

The match set is computed once, as a materialized CTE of (id, outlet, month), and every count
is a GROUP BY over it, joined by UNION ALL: re-running the full-text match per facet cost five
matches per search. Ties are ordered in Python with the Vietnamese sort key, so both backends
list them alike and as the rest of the app does.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Select, case, func, literal, null, select, union_all

from desktop.core.text import sort_key
from desktop.store.models import Article, Entity, Mention, Tag, article_tags

if TYPE_CHECKING:
    from desktop.store.search import Db


@dataclass(frozen=True)
class Facets:
    """Counts of the matching articles per outlet, month (`2023-10`), tag and entity."""

    total: int
    outlets: list[tuple[str, int]] = field(default_factory=list)
    months: list[tuple[str, int]] = field(default_factory=list)
    tags: list[tuple[str, int]] = field(default_factory=list)
    # entity kind (person, organization, place, document) -> [(name, count)], most first
    entities: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


def month_column():
    """`2023-10` for dates with a month, NULL for a bare year or an unknown date."""
    published = Article.published
    return case((published.like("____-__%"), func.substr(published, 1, 7)), else_=null())


def _most_first(counts: Iterable[tuple[str, int]], top: int) -> list[tuple[str, int]]:
    return sorted(counts, key=lambda item: (-item[1], sort_key(item[0])))[:top]


@dataclass
class Counts:
    """Every count behind a Facets, none cut off, so two can be subtracted."""

    total: int = 0
    outlets: Counter[str] = field(default_factory=Counter)
    months: Counter[str] = field(default_factory=Counter)
    tags: Counter[str] = field(default_factory=Counter)  # tag names are unique
    entities: Counter[tuple[str, int, str]] = field(default_factory=Counter)  # kind, id, name

    def __sub__(self, other: Counts) -> Counts:
        # Counter subtraction drops what falls to zero: a value no match has is not listed.
        return Counts(
            self.total - other.total, self.outlets - other.outlets, self.months - other.months,
            self.tags - other.tags, self.entities - other.entities,
        )

    def facets(self, top: int = 50) -> Facets:
        by_kind: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for (kind, _id, name), number in self.entities.items():
            by_kind[kind].append((name, number))
        return Facets(
            self.total,
            _most_first(self.outlets.items(), top),
            sorted(self.months.items(), reverse=True),
            _most_first(self.tags.items(), top),
            {kind: _most_first(counts, top) for kind, counts in by_kind.items()},
        )


def count(db: Db, matched: Select) -> Counts:
    """Count `matched` (SELECT id, outlet, month of the matching articles) per facet."""
    hit = matched.cte("hit").prefix_with("MATERIALIZED")
    ids = select(hit.c.id)
    n = func.count().label("n")
    articles = select(literal("article").label("facet"), null(), hit.c.outlet, hit.c.month, n
                      ).group_by(hit.c.outlet, hit.c.month)
    # Count per id first, then name the few groups: joining names before grouping looked
    # up a tag or entity for every one of the hundreds of thousands of links.
    per_tag = (
        select(article_tags.c.tag_id, n).where(article_tags.c.article_id.in_(ids))
        .group_by(article_tags.c.tag_id).subquery()
    )
    tags = select(literal("tag"), Tag.id, null(), Tag.name, per_tag.c.n).join(
        per_tag, per_tag.c.tag_id == Tag.id
    )
    per_entity = (
        select(Mention.entity_id, func.count(Mention.article_id.distinct()).label("n"))
        .where(Mention.article_id.in_(ids)).group_by(Mention.entity_id).subquery()
    )
    entities = select(literal("entity"), Entity.id, Entity.kind, Entity.name, per_entity.c.n
                      ).join(per_entity, per_entity.c.entity_id == Entity.id)
    counts = Counts()
    for facet, key, first, second, number in db.execute(union_all(articles, tags, entities)):
        if facet == "article":
            counts.total += number
            if first is not None:
                counts.outlets[first] += number
            if second is not None:
                counts.months[second] += number
        elif facet == "tag":
            counts.tags[second] += number
        else:
            counts.entities[(first, key, second)] += number
    return counts


def facets(db: Db, matched: Select, top: int = 50) -> Facets:
    """Counts of `matched` (as for `count`), the `top` values of each facet."""
    return count(db, matched).facets(top)
