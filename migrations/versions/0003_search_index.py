"""search index: FTS5 on SQLite, tsvector + GIN on PostgreSQL

Revision ID: 0003
Revises: 0002

Both hold two copies of each field, exact and folded (DOMAIN §2); see desktop/store/search.py.
"""

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

FIELDS = ("title", "body", "outlet", "author", "tag", "person", "org", "place", "doc")
# bm25 weights per column: a match in the title counts ten times one in the body.
WEIGHTS = {"title": 10.0, "body": 1.0}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(
            "CREATE TABLE search_docs ("
            " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
            " exact tsvector NOT NULL, folded tsvector NOT NULL)"
        )
        op.execute("CREATE INDEX ix_search_docs_exact ON search_docs USING gin (exact)")
        op.execute("CREATE INDEX ix_search_docs_folded ON search_docs USING gin (folded)")
    else:
        columns = ", ".join(f"{f}_{copy}" for f in FIELDS for copy in ("x", "f"))
        # The text arrives already folded or normalised from Python, so the tokenizer must
        # leave marks alone (remove_diacritics 0): `đang` and `đảng` stay different words.
        op.execute(
            f"CREATE VIRTUAL TABLE search_fts USING fts5({columns},"
            " tokenize='unicode61 remove_diacritics 0')"
        )
        weights = ", ".join(str(WEIGHTS.get(f, 3.0)) for f in FIELDS for _copy in "xf")
        op.execute(f"INSERT INTO search_fts(search_fts, rank) VALUES('rank', 'bm25({weights})')")
        # FTS5 tables take no foreign keys: drop an article's entry when the article goes.
        op.execute(
            "CREATE TRIGGER search_fts_article_deleted AFTER DELETE ON articles"
            " BEGIN DELETE FROM search_fts WHERE rowid = old.id; END"
        )
    # Archives made before this revision already hold articles: index them in the same
    # transaction, so search works the moment the upgraded archive opens.
    from desktop.store.search import index_all

    index_all(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE search_docs")
    else:
        op.execute("DROP TRIGGER search_fts_article_deleted")
        op.execute("DROP TABLE search_fts")
