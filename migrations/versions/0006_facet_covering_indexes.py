"""covering indexes for search facets

Revision ID: 0006
Revises: 0005

Facets group the matching articles by outlet and month, and their mentions by entity; these
indexes hold every column those counts read, so they never visit the table rows.
"""

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        'ix_articles_facets', 'articles', ['deleted_at', 'outlet', 'published'], unique=False
    )
    op.create_index(
        'ix_mentions_article_entity', 'mentions', ['article_id', 'entity_id'], unique=False
    )


def downgrade() -> None:
    op.drop_index('ix_mentions_article_entity', table_name='mentions')
    op.drop_index('ix_articles_facets', table_name='articles')
