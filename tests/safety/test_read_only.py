"""An archive opened read-only can be read through the services but never changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.services import articles, importing, tags, trash
from desktop.store.archive import ReadOnlyArchive, open_archive, open_local_archive
from tests.safety.helpers import count_rows, write_articles


@pytest.fixture
def archive_file(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "tulieu.sqlite3"
    writable = open_local_archive(path)
    importing.import_files(writable, write_articles(tmp_path / "in", 3))
    writable.close()
    return path


@pytest.fixture
def read_only(archive_file: Path) -> Iterator:
    opened = open_local_archive(archive_file, read_only=True)
    yield opened
    opened.close()


def test_reads_work(read_only, archive_file):
    assert read_only.read_only and read_only.path == archive_file
    ids = articles.list_ids(read_only)
    assert len(ids) == 3
    assert articles.get_article(read_only, ids[0]).title.startswith("Hội nghị tổng kết")


def test_service_writes_raise_read_only_archive(read_only, archive_file, tmp_path):
    ids = articles.list_ids(read_only)
    with pytest.raises(ReadOnlyArchive, match="chỉ đọc"):
        importing.import_files(read_only, write_articles(tmp_path / "new", 1, start=70))
    with pytest.raises(ReadOnlyArchive):
        tags.create_tag(read_only, "Hội nghị")
    with pytest.raises(ReadOnlyArchive):
        trash.move_to_trash(read_only, ids[:1])
    assert count_rows(archive_file, "articles") == 3
    assert count_rows(archive_file, "tags") == 0
    assert articles.count(read_only) == 3


def test_raw_sql_writes_are_refused_by_sqlite_too(read_only, archive_file):
    with pytest.raises(ReadOnlyArchive):
        with read_only.unit_of_work() as session:
            session.execute(text("DELETE FROM articles"))
    assert count_rows(archive_file, "articles") == 3


def test_read_only_does_not_create_a_missing_archive(tmp_path):
    missing = tmp_path / "none" / "tulieu.sqlite3"
    with pytest.raises(FileNotFoundError):
        open_local_archive(missing, read_only=True)
    assert not missing.parent.exists()


def test_read_only_open_of_an_old_schema_is_refused_not_upgraded(tmp_path):
    from desktop.store.migrate import current_revision, downgrade

    path = tmp_path / "old.sqlite3"
    writable = open_local_archive(path)
    downgrade(writable.engine, "0001")
    writable.close()
    with pytest.raises(ReadOnlyArchive, match="nâng cấp"):
        open_local_archive(path, read_only=True)
    probe = open_local_archive(path, read_only=False)  # a normal open still upgrades it
    try:
        assert current_revision(probe.engine) != "0001"
    finally:
        probe.close()


def test_read_only_shared_archive_refuses_writes(postgres_url):
    open_archive(postgres_url).close()  # create the schema
    shared = open_archive(postgres_url, read_only=True)
    try:
        assert shared.path is None
        with pytest.raises(ReadOnlyArchive):
            tags.create_tag(shared, "Tin nóng")
        with pytest.raises(ReadOnlyArchive):
            with shared.unit_of_work() as session:
                session.execute(text("DELETE FROM articles"))
        assert tags.list_tags(shared) == []
    finally:
        shared.close()
