"""trash, user-set fields, tag colours and edit history

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('article_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=200), nullable=True),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_changes_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article_changes'))
    )
    with op.batch_alter_table('article_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_changes_article_id'), ['article_id'], unique=False)

    with op.batch_alter_table('articles', schema=None) as batch_op:
        # Existing articles have no hand-set fields yet.
        batch_op.add_column(sa.Column('user_set', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('deleted_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_articles_deleted_at'), ['deleted_at'], unique=False)

    with op.batch_alter_table('tags', schema=None) as batch_op:
        batch_op.add_column(sa.Column('color', sa.String(length=9), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('tags', schema=None) as batch_op:
        batch_op.drop_column('color')

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_deleted_at'))
        batch_op.drop_column('deleted_at')
        batch_op.drop_column('user_set')

    with op.batch_alter_table('article_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_changes_article_id'))

    op.drop_table('article_changes')
