"""What the search index holds for each article: its fields, and their two index forms.

Both backends write a `Document`: nine fields (core.query.FIELDS) of plain text, each stored
in an exact and a folded form (core.query.index_form). Re-indexing reads the fields back
from the tables (`load_documents`); an import builds them from what it is storing instead
(`core.index_fields.text_fields`, `entity_fields`), with the forms of the text fields
computed by its worker processes (`core.index_fields.index_forms`), so the same article
always gets the same index entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select

from desktop.core.index_fields import Forms, text_fields
from desktop.core.query import FIELDS, index_form
from desktop.store.models import Article, ArticleText, Entity, Mention, Tag, article_tags

if TYPE_CHECKING:
    from desktop.store.search import Db

_ENTITY_FIELDS = {"person": "person", "organization": "org", "place": "place", "document": "doc"}


@dataclass(frozen=True)
class Document:
    """What the index holds for one article: each field's values, as stored (not folded)."""

    id: int
    fields: dict[str, list[str]]
    forms: Forms = field(default_factory=dict)  # of some fields, computed beforehand

    def form(self, name: str, folded: bool) -> str:
        """One field as the index stores it."""
        known = self.forms.get(name)
        if known is not None:
            return known[folded]
        return index_form("\n".join(self.fields[name]), folded)


# Built once: an import asks for every article it stores (building it cost more than running it).
_NAMES = (
    select(Mention.article_id, Entity.kind, Entity.name)
    .join(Entity, Entity.id == Mention.entity_id)
    .where(Mention.article_id.in_(bindparam("ids", expanding=True)))
    .distinct()
)


def entity_fields(db: Db, ids: Sequence[int]) -> dict[int, dict[str, list[str]]]:
    """The names of the entities mentioned in each article, by field, each name once, sorted
    (so the order never depends on how the database happened to read them)."""
    rows = db.execute(_NAMES, {"ids": list(ids)})
    found: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for article_id, kind, name in rows:
        found[article_id][_ENTITY_FIELDS.get(kind, "org")].append(name)
    for names in found.values():
        for values in names.values():
            values.sort()
    return found


def load_documents(db: Db, ids: Sequence[int]) -> list[Document]:
    """The fields to index for these articles, as the tables hold them (missing ids skipped)."""
    rows = db.execute(
        select(
            Article.id, Article.title, Article.outlet, Article.authors, Article.notes,
            ArticleText.lead, ArticleText.body, ArticleText.captions,
        )
        .outerjoin(ArticleText, ArticleText.article_id == Article.id)
        .where(Article.id.in_(ids))
    ).all()
    extra = entity_fields(db, ids)
    tag_rows = db.execute(
        select(article_tags.c.article_id, Tag.name)
        .join(Tag, Tag.id == article_tags.c.tag_id)
        .where(article_tags.c.article_id.in_(ids))
    )
    for article_id, name in tag_rows:
        extra[article_id]["tag"].append(name)
    documents = []
    for row in rows:
        own = text_fields(row.title, row.outlet, row.authors, row.notes, row.lead, row.body,
                          row.captions)
        documents.append(Document(row.id, fields_of(own, extra.get(row.id, {}))))
    return documents


def fields_of(
    own: Mapping[str, list[str]], extra: Mapping[str, list[str]]
) -> dict[str, list[str]]:
    """All nine fields: the article's own text (`text_fields`), its tags' and entities' names."""
    return {name: list(own[name] if name in own else extra.get(name, [])) for name in FIELDS}
