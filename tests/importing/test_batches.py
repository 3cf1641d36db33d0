"""Several files per transaction: a failing file takes only itself back, the rest is indexed."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.services import import_batch, importing
from desktop.services.importing import DUPLICATE, IMPORTED, import_files
from desktop.store.models import Article
from tests.importing.helpers import count


def test_a_file_refused_by_the_database_rolls_back_alone(
    archive, tmp_path, seed_files, monkeypatch
):
    folder = tmp_path / "batch"
    folder.mkdir()
    for n, seed in enumerate(seed_files[:3]):
        (folder / f"{n}.txt").write_bytes(seed.read_bytes())
    (folder / "0a-copy.txt").write_bytes(seed_files[0].read_bytes())
    # As when another desktop stores the same text between the check and the insert: the
    # check finds nothing, the unique content hash refuses the copy.
    monkeypatch.setattr(importing, "first_id", lambda *_args: None)
    monkeypatch.setattr(import_batch, "SECONDS", 60.0)  # one transaction for all (SQLite)

    summary = import_files(archive, [folder], workers=0)

    statuses = {o.path.rsplit("/", 1)[-1]: o.status for o in summary.outcomes}
    assert statuses == {"0.txt": IMPORTED, "0a-copy.txt": DUPLICATE, "1.txt": IMPORTED,
                        "2.txt": IMPORTED}
    assert count(archive, Article) == 3
    # Indexed, though a savepoint beside them rolled back.
    stored = {o.article_id for o in summary.outcomes if o.status == IMPORTED}
    assert indexed_ids(archive) == stored


def indexed_ids(archive) -> set[int]:
    with archive.unit_of_work() as session:
        sqlite = session.get_bind().dialect.name == "sqlite"
        query = "SELECT rowid FROM search_fts" if sqlite else "SELECT article_id FROM search_docs"
        return set(session.scalars(text(query)))


def test_a_failure_that_stops_the_import_keeps_the_files_stored_before(
    archive, tmp_path, seed_files, monkeypatch
):
    for n, seed in enumerate(seed_files[:4]):
        (tmp_path / f"{n}.txt").write_bytes(seed.read_bytes())
    monkeypatch.setattr(import_batch, "SECONDS", 60.0)
    calls = []

    def suggest(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("a bug")
        return real(*args, **kwargs)

    real = importing.suggest_in
    monkeypatch.setattr(importing, "suggest_in", suggest)
    with pytest.raises(RuntimeError):
        import_files(archive, [tmp_path / f"{n}.txt" for n in range(4)], workers=0)
    assert count(archive, Article) == 2  # the third, half stored, is undone
    assert len(indexed_ids(archive)) == 2
