"""live articles in date order; a revision counter for search caches (SQLite)

Revision ID: 0007
Revises: 0006

Big result sets are put in date order by walking the live articles newest first: an index
on (deleted_at, published) holds that order, so the walk never sorts or visits table rows.
On SQLite, triggers count every change to what searches and facets read, so their results
can be kept until the archive changes (desktop/store/search_cache.py); PostgreSQL archives
are shared by many writers and are not cached.
"""

from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# Every table whose rows a search or a facet count reads, and the changes that matter there.
WATCHED = {
    "articles": ("INSERT", "UPDATE", "DELETE"),
    "article_tags": ("INSERT", "DELETE"),
    "mentions": ("INSERT", "UPDATE", "DELETE"),
    "tags": ("UPDATE", "DELETE"),
    "entities": ("UPDATE", "DELETE"),
}


def upgrade() -> None:
    op.create_index(
        'ix_articles_live_published', 'articles', ['deleted_at', 'published'], unique=False
    )
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE archive_revision (n INTEGER NOT NULL)")
    op.execute("INSERT INTO archive_revision (n) VALUES (0)")
    for table, changes in WATCHED.items():
        for change in changes:
            op.execute(
                f"CREATE TRIGGER revision_{table}_{change.lower()} AFTER {change} ON {table}"
                " BEGIN UPDATE archive_revision SET n = n + 1; END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table, changes in WATCHED.items():
            for change in changes:
                op.execute(f"DROP TRIGGER revision_{table}_{change.lower()}")
        op.execute("DROP TABLE archive_revision")
    op.drop_index('ix_articles_live_published', table_name='articles')
