"""The models and the migrations describe the same schema, so a future autogenerate proposes
nothing by accident (e.g. dropping an index a migration added for speed)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.store.archive import open_archive
from desktop.store.models import Base


def test_migrated_postgres_schema_equals_the_models(postgres_url):
    archive = open_archive(postgres_url)
    try:
        with archive.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        archive.close()
    # The search index is kept by desktop.store.search_postgres, outside the models.
    unexpected = [d for d in diff if "search" not in repr(d)]
    assert unexpected == []
