"""Kho → Sao lưu ngay and Kiểm tra kho in a real window, and who may use them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import paths
from desktop.services import articles, backup
from desktop.settings import Settings, save_settings
from desktop.store.archive import Archive, open_archive, open_local_archive
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window_on(qtbot, request) -> Callable[[Archive], MainWindow]:
    """A main window on a given archive; afterwards its work is awaited, then the archive closed."""

    def factory(archive: Archive) -> MainWindow:
        request.addfinalizer(archive.close)
        window = MainWindow(archive)
        qtbot.addWidget(window)
        request.addfinalizer(window.runner.wait)  # finalizers run last-in first-out
        window.show()
        return window

    return factory


def local(data: Path, read_only: bool = False) -> Archive:
    return open_local_archive(paths.archive_path(data), read_only=read_only)


def test_backup_now_makes_a_backup_that_opens(qtbot, window_on, data):
    save_settings(Settings(backups_to_keep=2))
    window = window_on(local(data))
    assert window.safety.backup_action in window.menus["archive"].actions()
    made = []
    for _ in range(3):
        with qtbot.waitSignal(window.safety.backup_finished, timeout=30_000) as done:
            window.safety.backup_action.trigger()
        made.append(done.args[0])
    assert made[-1].parent == paths.backups_dir(data)
    assert made[-1].name in window.statusBar().currentMessage()
    assert [b.path for b in backup.list_backups(data)] == made[:0:-1]  # two kept, newest first
    copy = open_local_archive(made[-1], read_only=True)
    try:
        assert articles.count(copy) == 3
    finally:
        copy.close()


def test_a_failed_backup_is_reported(qtbot, window_on, data, monkeypatch):
    paths.backups_dir(data).write_text("not a folder")
    window = window_on(local(data))
    told = []
    monkeypatch.setattr(window, "warn", told.append)
    window.safety.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert "File exists" in told[0]


def test_check_says_a_good_archive_is_good(qtbot, window_on, data):
    window = window_on(local(data))
    with qtbot.waitSignal(window.safety.check_finished, timeout=30_000) as done:
        window.safety.check_action.trigger()
    assert done.args[0].ok
    box = window.safety.result_box
    assert box.isVisible()
    assert box.text().startswith("Kho tư liệu tốt")
    assert "Chưa có bản sao lưu nào" in box.informativeText()


def test_a_read_only_window_may_check_but_not_back_up_or_restore(window_on, data):
    window = window_on(local(data, read_only=True))
    safety = window.safety
    assert not safety.backup_action.isEnabled() and not safety.restore_action.isEnabled()
    assert safety.check_action.isEnabled()
    assert "chỉ đọc" in safety.restore_action.toolTip()


def test_a_shared_archive_leaves_backups_to_the_server(window_on, postgres_url):
    window = window_on(open_archive(postgres_url))
    safety = window.safety
    for act in (safety.backup_action, safety.restore_action, safety.check_action):
        assert not act.isEnabled()
    assert "pg_dump" in safety.backup_action.toolTip()
    assert "máy chủ" in safety.check_action.toolTip()
