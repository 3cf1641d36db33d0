"""Kho → Khôi phục… and the backup on close, through the real app from start to quit."""

from __future__ import annotations

from desktop import paths
from desktop.services import articles, backup, importing, trash
from desktop.settings import Settings, save_settings
from desktop.store.archive import open_local_archive
from desktop.ui.restore_dialog import RestoreDialog
from tests.safety.helpers import write_articles
from tests.safety_ui.conftest import ACCEPT
from tests.safety_ui.helpers import run_app


def titles(data) -> set[str]:
    archive = open_local_archive(paths.archive_path(data), read_only=True)
    try:
        return {r.title for r in articles.fetch_rows(archive, articles.list_ids(archive))}
    finally:
        archive.close()


def test_restore_brings_back_an_article_deleted_after_the_backup(data, modal):
    archive = open_local_archive(paths.archive_path(data))
    older = backup.backup_now(archive, data, keep=5)
    importing.import_files(archive, write_articles(data.parent / "later", 1, start=40))
    newer = backup.backup_now(archive, data, keep=5)
    every = titles(data)
    gone = articles.fetch_rows(archive, articles.list_ids(archive)[:1])[0].title
    trash.move_to_trash(archive, articles.list_ids(archive)[:1])
    trash.empty_trash(archive)
    archive.close()
    assert gone not in titles(data)

    def choose_newest(dialog: RestoreDialog) -> None:
        assert [b.path for b in dialog.backups] == [newer, older]
        assert dialog.table.item(0, 1).text() == "4"
        dialog.table.selectRow(0)
        dialog.restore_button.click()

    def restore(window) -> None:
        assert window.model.rowCount() == 3
        modal.answer(choose_newest, "Khôi phục", ACCEPT)
        window.safety.restore_action.trigger()

    def restored(window) -> None:
        assert window.model.rowCount() == 4
        assert window.access.writable

    assert run_app(data, restore, restored) == 0
    assert "Khôi phục kho về lúc" in modal.seen[0]
    assert f"Đã khôi phục kho từ bản sao lưu {newer.name}" in modal.seen[1]
    assert titles(data) == every
    kept = list(data.glob("replaced-*.sqlite3"))
    assert len(kept) == 1 and backup.check_backup(kept[0]).ok  # the replaced archive, whole


def test_declining_leaves_the_archive_as_it_was(data, modal):
    archive = open_local_archive(paths.archive_path(data))
    backup.backup_now(archive, data, keep=5)
    trash.move_to_trash(archive, articles.list_ids(archive)[:1])
    archive.close()

    def pick(dialog: RestoreDialog) -> None:
        dialog.restore_button.click()

    def decline(window) -> None:
        modal.answer(pick, "Huỷ")
        window.safety.restore_action.trigger()
        assert window.isVisible() and window.model.rowCount() == 2

    assert run_app(data, decline) == 0
    assert not list(data.glob("replaced-*.sqlite3"))


def import_one(window) -> None:
    importing.import_files(window.archive, write_articles(window.archive.path.parent.parent /
                                                          "more", 1, start=70))


def test_closing_backs_up_a_changed_archive_keeping_the_newest(data, modal):
    save_settings(Settings(backups_to_keep=2))
    archive = open_local_archive(paths.archive_path(data))
    first = backup.backup_now(archive, data, keep=2)
    second = backup.backup_now(archive, data, keep=2)
    archive.close()

    assert run_app(data, import_one) == 0
    kept = backup.list_backups(data)
    assert [b.path for b in kept][1:] == [second] and not first.exists()
    assert kept[0].article_count == 4

    assert run_app(data, lambda window: None) == 0  # nothing changed: no new backup
    assert backup.list_backups(data) == kept


def test_no_backup_on_close_when_switched_off(data, modal):
    save_settings(Settings(backup_on_close=False))
    assert run_app(data, import_one) == 0
    assert backup.list_backups(data) == []


def test_a_failed_backup_on_close_is_reported(data, modal):
    paths.backups_dir(data).write_text("not a folder")
    modal.answer(ACCEPT)
    assert run_app(data, import_one) == 0
    assert "Không sao lưu được kho khi đóng" in modal.seen[0]


def test_a_broken_backup_is_refused_before_anything_changes(data, modal):
    broken = paths.backups_dir(data) / "tulieu-29991231-235959.sqlite3"
    broken.parent.mkdir()
    broken.write_bytes(b"\0" * 8192)
    before = paths.archive_path(data).read_bytes()

    def pick_broken(dialog: RestoreDialog) -> None:
        assert dialog.backups[0].path == broken
        assert dialog.table.item(0, 1).text() == "?"
        dialog.restore_button.click()

    def attempt(window) -> None:
        modal.answer(pick_broken)
        window.safety.restore_action.trigger()
        assert window.isVisible()
        assert "bị lỗi, không dùng được" in window.safety.result_box.text()

    assert run_app(data, attempt) == 0
    assert paths.archive_path(data).read_bytes() == before
    assert not list(data.glob("replaced-*.sqlite3"))
