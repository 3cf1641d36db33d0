"""put back tone marks misplaced in entity names and keys; rebuild the search index

Revision ID: 0008
Revises: 0007

Before this revision unify_tones moved a dot below off â, ă, ê (`Thuận` became `Thụân`,
`quận` `qụân`, `hoặc` `họăc`) and a tone after q onto the u (`quá` became `qúa`). Names of
people and organizations found in articles were built with it and stored so, and every
entity key, rejected suggestion's key and search-index form was made with it too. Names get
their marks back (desktop.core.text.repair_tones), keys are made again from them, and the
search index is rebuilt, so searches and new suggestions (now spelled right) find them.
"""

from alembic import op
from sqlalchemy import text

from desktop.core.text import repair_tones
from desktop.services.entities_base import entity_key

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    _repair_names(bind, "entities", "kind")
    _repair_names(bind, "entity_aliases", "entity_id")
    rows = bind.execute(text("SELECT id, key FROM rejected_suggestions")).all()
    for row_id, key in rows:
        if repair_tones(key) != key:
            bind.execute(
                text("UPDATE rejected_suggestions SET key = :key WHERE id = :id"),
                {"key": repair_tones(key), "id": row_id},
            )
    from desktop.store.search import rebuild_index

    rebuild_index(bind)


def _repair_names(bind, table: str, scope: str) -> None:
    """Repair each row's name and remake its key, unless another row of the same scope (an
    entity's kind, an alias's entity) already holds that key: then only the name changes."""
    rows = bind.execute(text(f"SELECT id, {scope}, name, key FROM {table}")).all()
    taken = {(row_scope, key) for _, row_scope, _, key in rows}
    for row_id, row_scope, name, key in rows:
        fixed = repair_tones(name)
        new_key = entity_key(fixed)
        if new_key != key and (row_scope, new_key) in taken:
            new_key = key
        if (fixed, new_key) == (name, key):
            continue
        taken.discard((row_scope, key))
        taken.add((row_scope, new_key))
        bind.execute(
            text(f"UPDATE {table} SET name = :name, key = :key WHERE id = :id"),
            {"name": fixed, "key": new_key, "id": row_id},
        )


def downgrade() -> None:
    # The misplaced marks are not put back: the repaired names are what the articles say.
    pass
