"""Backups of a real archive file: make, list, prune, check, restore, and refusals."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from desktop import paths
from desktop.services import backup, importing
from desktop.settings import Settings
from desktop.store.archive import Archive, open_archive, open_local_archive
from tests.safety.helpers import ROOT, count_rows, write_articles


def open_data(data: Path) -> Archive:
    return open_local_archive(paths.archive_path(data), paths.backups_dir(data))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def archive(data: Path, tmp_path: Path) -> Iterator[Archive]:
    opened = open_data(data)
    summary = importing.import_files(opened, write_articles(tmp_path / "in", 12))
    assert summary.count(importing.IMPORTED) == 12
    yield opened
    opened.close()


def test_backup_is_a_consistent_copy_listed_with_its_article_count(archive, data):
    made = backup.backup_now(archive, data, keep=5)
    assert made.parent == data / "backups" and made.name.startswith("tulieu-")
    assert not list(made.parent.glob(".*"))  # no partial file left beside it
    assert not Path(f"{made}-wal").exists()  # a self-contained single file
    [info] = backup.list_backups(data)
    assert (info.path, info.article_count, info.size) == (made, 12, made.stat().st_size)
    result = backup.check_backup(made)
    assert result.ok, result.problems
    assert result.revision is not None


def test_backup_while_another_connection_holds_an_open_write(archive, data):
    # An uncommitted write elsewhere must not appear in the copy, and must not block it.
    with closing(sqlite3.connect(archive.path, timeout=30)) as other:
        other.execute("BEGIN IMMEDIATE")
        other.execute("DELETE FROM articles")
        made = backup.backup_now(archive, data, keep=5)
        other.rollback()
    assert count_rows(made, "articles") == 12


def test_round_trip_restores_and_keeps_the_replaced_archive(archive, data, tmp_path):
    made = backup.backup_now(archive, data, keep=5)
    importing.import_files(archive, write_articles(tmp_path / "later", 3, start=100))
    archive.close()

    aside = backup.restore(data, made)

    assert aside is not None and aside.name.startswith("replaced-")
    assert count_rows(aside, "articles") == 15  # the newer work is kept, not lost
    reopened = open_data(data)
    try:
        assert backup.quick_check(reopened.path).ok
        from desktop.services import articles

        assert articles.count(reopened) == 12
    finally:
        reopened.close()
    assert not list(data.glob(".restoring-*"))


def test_restore_refuses_a_corrupt_backup_and_leaves_the_archive_untouched(archive, data):
    made = backup.backup_now(archive, data, keep=5)
    archive.close()
    bad = data / "backups" / "tulieu-20200101-000000.sqlite3"
    raw = bytearray(made.read_bytes())
    middle = len(raw) // 2
    raw[middle : middle + 8192] = b"\xa5" * 8192  # garbage over two pages
    bad.write_bytes(bytes(raw))
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}

    with pytest.raises(backup.BackupProblem):
        backup.restore(data, bad)

    after = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    assert after == before
    assert not backup.check_backup(bad).ok


def test_restore_refuses_a_file_that_is_not_an_archive(archive, data, tmp_path):
    archive.close()
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE notes (x)")
        conn.commit()
    result = backup.check_backup(other)
    assert not result.ok and "thiếu bảng" in result.problems[0]
    before = paths.archive_path(data).read_bytes()
    with pytest.raises(backup.BackupProblem):
        backup.restore(data, other)
    assert paths.archive_path(data).read_bytes() == before


def test_a_failure_midway_puts_the_old_archive_back(archive, data, monkeypatch):
    made = backup.backup_now(archive, data, keep=5)
    archive.close()
    before = paths.archive_path(data).read_bytes()
    real_replace = os.replace

    def failing_replace(src, dst):
        if str(src).endswith(".sqlite3") and ".restoring-" in str(src):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(backup.os, "replace", failing_replace)
    with pytest.raises(OSError):
        backup.restore(data, made)

    assert paths.archive_path(data).read_bytes() == before
    assert not list(data.glob("replaced-*")) and not list(data.glob(".restoring-*"))


def test_pruning_keeps_the_newest_n_and_spares_before_upgrade_copies(archive, data):
    upgrade_copy = data / "backups" / "before-upgrade-0001-20200101-000000.sqlite3"
    made = [backup.backup_now(archive, data, keep=3) for _ in range(5)]
    upgrade_copy.write_bytes(made[-1].read_bytes())
    backup.backup_now(archive, data, keep=3)
    names = {p.name for p in (data / "backups").glob("*.sqlite3")}
    ours = sorted(n for n in names if n.startswith("tulieu-"))
    assert len(ours) == 3
    assert made[0].name not in names and made[1].name not in names
    assert made[4].name in names
    assert upgrade_copy.name in names


def test_unreadable_backup_is_listed_without_a_count(archive, data):
    backup.backup_now(archive, data, keep=5)
    junk = data / "backups" / "tulieu-20000101-000000.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    infos = {b.path.name: b for b in backup.list_backups(data)}
    assert infos[junk.name].article_count is None
    assert backup.list_backups(data)[-1].path == junk  # oldest last


def test_quick_check_detects_pages_overwritten_in_the_middle(archive, data, tmp_path):
    made = backup.backup_now(archive, data, keep=5)
    importing.import_files(archive, write_articles(tmp_path / "more", 300, paragraphs=8, start=50))
    archive.close()
    live = paths.archive_path(data)
    assert backup.quick_check(live).ok
    copy = tmp_path / "copy.sqlite3"
    backup.restore(data, made)  # any sound file will do; the point is the corrupted copy
    copy.write_bytes(live.read_bytes())
    raw = bytearray(copy.read_bytes())
    page = 4096
    pages = len(raw) // page
    start = (pages // 2) * page
    raw[start : start + 4 * page] = bytes(range(256)) * (4 * page // 256)
    copy.write_bytes(bytes(raw))
    result = backup.quick_check(copy)
    assert not result.ok and result.problems


def test_shared_archive_backups_are_made_on_the_server(postgres_url, data):
    shared = open_archive(postgres_url)
    try:
        with pytest.raises(backup.SharedArchiveBackup, match="pg_dump"):
            backup.backup_now(shared, data, keep=3)
        assert not backup.needs_backup(shared, data)
    finally:
        shared.close()


def test_backup_on_close_only_when_something_changed(archive, data, tmp_path):
    settings = Settings(backups_to_keep=4)
    first = backup.backup_on_close(archive, data, settings)
    assert first is not None
    assert backup.backup_on_close(archive, data, settings) is None  # nothing changed since
    importing.import_files(archive, write_articles(tmp_path / "new", 1, start=900))
    second = backup.backup_on_close(archive, data, settings)
    assert second is not None and count_rows(second, "articles") == 13
    assert backup.backup_on_close(archive, data, Settings(backup_on_close=False)) is None


HOLD = """
import sys
from pathlib import Path
from desktop.store.lock import ArchiveLock
lock = ArchiveLock(Path(sys.argv[1]))
assert lock.acquire()
print("held", flush=True)
sys.stdin.readline()
"""


def test_restore_refuses_while_another_copy_of_the_app_has_the_archive(archive, data):
    made = backup.backup_now(archive, data, keep=5)
    archive.close()
    before = paths.archive_path(data).read_bytes()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(paths.archive_path(data))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(backup.ArchiveInUse, match=str(holder.pid)):
            backup.restore(data, made)
    finally:
        holder.communicate("\n", timeout=30)
    assert paths.archive_path(data).read_bytes() == before
