"""Help menu, settings dialog, toolbar icons and the first-run panel in the real main window."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from desktop import __version__
from desktop.settings import load_settings
from desktop.store.archive import open_local_archive
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import drop_files


def _menu_texts(window, name: str) -> list[str]:
    return [a.text() for a in window.menus[name].actions() if not a.isSeparator()]


def test_help_menu_lists_the_shortcuts_of_the_live_actions(qtbot, open_window):
    window = open_window()
    assert _menu_texts(window, "help") == [
        "Cách viết câu tìm kiếm", "Phím tắt", "Giới thiệu Tư liệu"]
    window.help.shortcuts.trigger()
    dialog = window.help.shortcuts_dialog
    assert dialog.isVisible()
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
            for r in range(dialog.table.rowCount())}
    assert rows["Nhập tệp"] == "Ctrl+O"
    assert rows["Xuất báo cáo"] == "Ctrl+E"
    assert rows["Bảng thực thể"] == "Ctrl+Shift+N"


def test_about_names_the_version_and_the_archive_folder(qtbot, open_window, archive_path):
    window = open_window()
    window.help.about.trigger()
    dialog = window.help.about_dialog
    assert __version__ in dialog.version_label.text()
    assert str(archive_path.parent) in dialog.folder_label.text()
    assert dialog.open_folder_button.isEnabled()


def test_settings_dialog_saves_the_language_and_backups(qtbot, open_window, private_config):
    window = open_window()
    window.help.preferences.trigger()
    dialog = window.help.preferences_dialog
    assert dialog.language.currentData() == ""  # follows the system until chosen
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.backups_to_keep.setValue(3)
    dialog.backup_on_close.setChecked(False)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = load_settings(private_config / "settings.json")
    assert (saved.language, saved.backups_to_keep, saved.backup_on_close) == ("en", 3, False)


def test_toolbar_actions_carry_the_drawn_icons(qtbot, open_window):
    window = open_window()
    for act in (window.import_action, window.export_action, window.save_action,
                window.edits.undo, window.edits.redo):
        assert not act.icon().isNull(), act.text()


def test_first_run_panel_until_read_then_never_again(qtbot, tmp_path, archive_path, seeds_dir):
    state = tmp_path / "window.ini"
    archive = open_local_archive(archive_path)
    try:
        first = MainWindow(archive, state_file=state)
        qtbot.addWidget(first)
        first.show()
        assert first.list_area.currentWidget() is first.first_run
        first.first_run.start_button.click()
        assert first.list_area.currentWidget() is first.empty
        first.close()
        assert QSettings(str(state), QSettings.Format.IniFormat).value("first_run/dismissed")

        second = MainWindow(archive, state_file=state)
        qtbot.addWidget(second)
        second.show()
        assert second.list_area.currentWidget() is second.empty
        with qtbot.waitSignal(second.import_finished, timeout=60_000):
            drop_files(second.empty, [seeds_dir])
        assert second.list_area.currentWidget() is second.table
        # The filters count the imported archive before any search is typed.
        groups = {second.searching.filters.tree.topLevelItem(i).text(0)
                  for i in range(second.searching.filters.tree.topLevelItemCount())}
        assert "Cơ quan báo chí (1)" in groups and "Tháng (3)" in groups
        second.close()
    finally:
        archive.close()


def test_recent_archives_menu_switches_back_in_one_click(qtbot, open_window):
    from desktop import paths
    from desktop.services import connection

    window = open_window()
    server = connection.ArchiveChoice(shared=True, host="may-chu", user="van-thu")
    with qtbot.waitSignal(window.archive_switch_requested):
        window.recent_archives.switch_to(server)
    window.recent_archives.menu.aboutToShow.emit()
    entries = window.recent_archives.menu.actions()
    assert [a.text() for a in entries] == [
        "Máy chủ van-thu@may-chu:5432/tulieu", "Kho trên máy này"]
    assert [a.isChecked() for a in entries] == [True, False]
    with qtbot.waitSignal(window.archive_switch_requested):
        entries[1].trigger()
    assert connection.load_choice(paths.archive_choice_path()) == connection.ArchiveChoice()
    recent = connection.recent_choices(paths.recent_archives_path())
    assert recent == [connection.ArchiveChoice(), server]
