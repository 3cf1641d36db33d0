"""The archive's tables, as SQLAlchemy 2.x typed models.

Article bodies live in `article_texts`, not in `articles`, so the list view reads a narrow
table (ARCHITECTURE: a titles-only query over rows that also hold bodies was 20x slower cold).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


article_tags = Table(
    "article_tags",
    Base.metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Article(Base):
    __tablename__ = "articles"
    # Search facets count by outlet and month from this index alone (migration 0006).
    __table_args__ = (
        Index("ix_articles_facets", "deleted_at", "outlet", "published"),
        Index("ix_articles_live_published", "deleted_at", "published"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    # Partial ISO dates (`2023-10-12`, `--05-24`, `2023-03-31T20:40`); see core.dates.
    published: Mapped[str | None] = mapped_column(String(16), index=True)
    published_precision: Mapped[str | None] = mapped_column(String(12))
    event_date: Mapped[str | None] = mapped_column(String(16))
    event_precision: Mapped[str | None] = mapped_column(String(12))
    outlet: Mapped[str | None] = mapped_column(String(200), index=True)
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    url: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    encoding: Mapped[str | None] = mapped_column(String(40))
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Bumped on every save; an edit made against an older version is refused, not lost.
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Fields the user has set by hand, which re-running extraction must not overwrite.
    user_set: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    # Set when the article is moved to the trash; it can be restored until the trash is emptied.
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    # Wording fingerprint (core.signature) and the article this one republishes, if any:
    # near-duplicates are kept but linked, so the user can compare and merge them.
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    twin_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )

    text: Mapped[ArticleText] = relationship(
        back_populates="article", cascade="all, delete-orphan", uselist=False
    )
    sources: Mapped[list[SourceFile]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=article_tags, back_populates="articles")
    mentions: Mapped[list[Mention]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )
    history: Mapped[list[ArticleChange]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="ArticleChange.id"
    )

    __mapper_args__ = {"version_id_col": version}


class ArticleText(Base):
    __tablename__ = "article_texts"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    body: Mapped[str] = mapped_column(Text, default="")
    raw_text: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str | None] = mapped_column(Text)
    captions: Mapped[list[str]] = mapped_column(JSON, default=list)

    article: Mapped[Article] = relationship(back_populates="text")


class SourceFile(Base):
    """The file exactly as the user imported it, so nothing they brought in is ever lost."""

    __tablename__ = "source_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    imported_at: Mapped[datetime] = mapped_column(DateTime)

    article: Mapped[Article] = relationship(back_populates="sources")


class ArticleChange(Base):
    """One saved edit: who (database user), when, and each field's old and new value."""

    __tablename__ = "article_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by: Mapped[str | None] = mapped_column(String(200))
    # {"outlet": ["old", "new"], ...}
    changes: Mapped[dict] = mapped_column(JSON, default=dict)

    article: Mapped[Article] = relationship(back_populates="history")


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Full path of a nested tag, "Hội nghị/Tập huấn", so names are unique per level.
    name: Mapped[str] = mapped_column(String(200), unique=True)
    color: Mapped[str | None] = mapped_column(String(9))

    articles: Mapped[list[Article]] = relationship(
        secondary=article_tags, back_populates="tags"
    )


class Entity(Base):
    """A person, organization, place or document that articles mention."""

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # person | organization | place | document
    name: Mapped[str] = mapped_column(Text)
    # Folded name, so `Uỷ ban` and `Ủy ban` are one entity.
    key: Mapped[str] = mapped_column(String(400))
    valid_from: Mapped[str | None] = mapped_column(String(16))
    valid_to: Mapped[str | None] = mapped_column(String(16))
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"))
    notes: Mapped[str | None] = mapped_column(Text)

    mentions: Mapped[list[Mention]] = relationship(back_populates="entity")
    aliases: Mapped[list[EntityAlias]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", order_by="EntityAlias.id"
    )


class EntityAlias(Base):
    """Another name or form of an entity (`Bộ VHTTDL`), kept when entities are merged."""

    __tablename__ = "entity_aliases"
    __table_args__ = (UniqueConstraint("entity_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(400), index=True)

    entity: Mapped[Entity] = relationship(back_populates="aliases")


class RejectedSuggestion(Base):
    """A suggestion the user turned down, so extracting the article again does not bring it
    back: one occurrence (`start` set) or every occurrence in the article (`start` None)."""

    __tablename__ = "rejected_suggestions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(400))  # the suggested entity's name key
    start: Mapped[int | None] = mapped_column(Integer)


class Mention(Base):
    """Where an entity appears in an article's body, with the title written beside it then.

    `start`/`end` index `ArticleText.body` (the text the reading pane shows), not the raw file.
    """

    __tablename__ = "mentions"
    # Entity facets read (article, entity) pairs from this index alone (migration 0006).
    __table_args__ = (Index("ix_mentions_article_entity", "article_id", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    surface: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)

    article: Mapped[Article] = relationship(back_populates="mentions")
    entity: Mapped[Entity] = relationship(back_populates="mentions")


class ArticleBand(Base):
    """One locality-sensitive band key of an article's signature (core.signature.band_keys):
    articles sharing a key are the only candidates compared when looking for a twin."""

    __tablename__ = "article_bands"

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )
