"""near-duplicate articles: wording signature, link to the twin, LSH band keys

Revision ID: 0005
Revises: 0004

Existing articles get no signature; they are not found as twins until re-extracted.
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column('articles', sa.Column('signature', sa.LargeBinary(), nullable=True))
    if bind.dialect.name == 'sqlite':
        # A plain ADD COLUMN: batch mode would rebuild `articles`, and dropping the old table
        # fires its ON DELETE CASCADEs and drops the search index's trigger.
        op.execute(
            'ALTER TABLE articles ADD COLUMN twin_of_id INTEGER'
            ' CONSTRAINT fk_articles_twin_of_id_articles'
            ' REFERENCES articles (id) ON DELETE SET NULL'
        )
    else:
        op.add_column('articles', sa.Column('twin_of_id', sa.Integer(), nullable=True))
        op.create_foreign_key(
            op.f('fk_articles_twin_of_id_articles'), 'articles', 'articles',
            ['twin_of_id'], ['id'], ondelete='SET NULL',
        )
    op.create_index(op.f('ix_articles_twin_of_id'), 'articles', ['twin_of_id'], unique=False)

    op.create_table('article_bands',
    sa.Column('key', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_bands_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key', 'article_id', name=op.f('pk_article_bands'))
    )
    op.create_index(op.f('ix_article_bands_article_id'), 'article_bands', ['article_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_article_bands_article_id'), table_name='article_bands')
    op.drop_table('article_bands')
    op.drop_index(op.f('ix_articles_twin_of_id'), table_name='articles')
    if op.get_bind().dialect.name == 'sqlite':
        # SQLite (3.35+) drops a column that no index or constraint other than its own uses.
        op.execute('ALTER TABLE articles DROP COLUMN twin_of_id')
        op.execute('ALTER TABLE articles DROP COLUMN signature')
    else:
        op.drop_constraint(op.f('fk_articles_twin_of_id_articles'), 'articles', type_='foreignkey')
        op.drop_column('articles', 'twin_of_id')
        op.drop_column('articles', 'signature')
