"""Start-up of the real app on a local archive: another copy has it, a network share, damage."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.services import backup
from desktop.store.archive import open_local_archive
from desktop.store.lock import lock_path
from tests.safety.helpers import ROOT
from tests.safety.test_lock import HOLD
from tests.safety_ui.helpers import run_app, spoil


@pytest.fixture
def other_copy(data: Path) -> Iterator[subprocess.Popen[str]]:
    """A second process holding the archive's lock, as a second running copy of the app does."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(paths.archive_path(data))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.kill()
    proc.wait(timeout=30)


def another_copy_is_refused(data: Path) -> bool:
    """Would a second process get the archive's lock now?"""
    tried = subprocess.run([sys.executable, "-c", HOLD, str(paths.archive_path(data))],
                           input="\n\n", capture_output=True, text=True, cwd=ROOT)
    return tried.stdout.split()[0] == "refused"


def test_an_archive_open_elsewhere_is_offered_read_only(data, other_copy, modal):
    modal.answer("Mở chỉ đọc")

    def look(window) -> None:
        assert window.archive.read_only
        assert window.read_only_banner.isVisibleTo(window)
        assert window.model.rowCount() == 3
        assert not window.import_action.isEnabled()
        assert not window.safety.backup_action.isEnabled()
        assert not window.safety.restore_action.isEnabled()
        assert "chỉ đọc" in window.safety.backup_action.toolTip()

    assert run_app(data, look) == 0
    assert "đang được mở ở nơi khác" in modal.seen[0]
    assert f"tiến trình {other_copy.pid}" in modal.seen[0]
    assert backup.list_backups(data) == []  # a read-only window makes no backup on close


def test_quitting_instead_leaves_the_archive_to_the_other_copy(data, other_copy, modal):
    modal.answer("Thoát")
    assert run_app(data) == 1
    assert f'"pid": {other_copy.pid}' in lock_path(paths.archive_path(data)).read_text()


def test_the_lock_is_held_while_the_window_is_open_and_let_go_after(data, modal):
    lock = lock_path(paths.archive_path(data))

    def look(window) -> None:
        assert another_copy_is_refused(data)

    assert run_app(data, look) == 0
    assert lock.read_text() == ""  # released: the file no longer names us


def test_a_network_share_is_warned_about_and_may_be_passed(data, modal, monkeypatch):
    monkeypatch.setattr("desktop.ui.safety.is_network_path", lambda path: True)
    modal.answer("Vẫn mở")
    assert run_app(data, lambda window: None) == 0
    assert "ổ mạng" in modal.seen[0] and "PostgreSQL" in modal.seen[0]

    modal.answer("Thoát")
    assert run_app(data) == 1


def test_a_damaged_archive_is_restored_from_the_newest_good_backup(data, modal):
    archive = open_local_archive(paths.archive_path(data))
    good = backup.backup_now(archive, data, keep=5)
    archive.close()
    # A newer copy that is itself broken must be passed over.
    (paths.backups_dir(data) / "tulieu-29991231-235959.sqlite3").write_bytes(b"\0" * 8192)
    spoil(paths.archive_path(data))
    assert not backup.quick_check(paths.archive_path(data)).ok
    modal.answer("Khôi phục")

    def look(window) -> None:
        assert window.model.rowCount() == 3
        assert window.access.writable

    assert run_app(data, look) == 0
    assert "bị hỏng" in modal.seen[0]
    assert f"{backup.list_backups(data)[-1].created:%H:%M %d/%m/%Y}" in modal.seen[0]
    assert good.exists()
    kept = list(data.glob("replaced-*.sqlite3"))
    assert len(kept) == 1 and not backup.quick_check(kept[0]).ok  # the damaged one, kept aside
    assert backup.quick_check(paths.archive_path(data)).ok


def test_a_damaged_archive_without_a_good_backup_is_left_alone(data, modal):
    spoil(paths.archive_path(data))
    before = paths.archive_path(data).read_bytes()
    modal.answer("Thoát")
    assert run_app(data) == 1
    assert "Không có bản sao lưu nào dùng được" in modal.seen[0]
    assert paths.archive_path(data).read_bytes() == before


def test_reopening_the_same_archive_from_settings_keeps_it_locked(data, modal):
    refusals = []

    def rechoose(window) -> None:
        window.archive_switch_requested.emit()  # Settings → Archive accepted, local again
        assert not window.isVisible()

    def reopened(window) -> None:
        assert window.model.rowCount() == 3
        refusals.append(another_copy_is_refused(data))

    assert run_app(data, rechoose, reopened) == 0
    assert refusals == [True]  # closing the first window did not let go of the lock
    assert lock_path(paths.archive_path(data)).read_text() == ""
