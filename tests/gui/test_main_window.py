"""The main window driven as a user would: drop files, read, edit, save, reopen, export."""

from docx import Document
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import articles
from tests.gui.conftest import drop_files

SEED_000_TITLE = (
    "Bộ Tư pháp tập huấn nghiệp vụ công tác bảo vệ nền tảng tư tưởng của Đảng năm 2023"
)


def _import_seeds(qtbot, window, seeds_dir):
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as blocker:
        drop_files(window.empty, [seeds_dir])
    return blocker.args[0]


def _row_with_title(window, title: str) -> int:
    model = window.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == title:
            return row
    raise AssertionError(f"no row titled {title!r}")


def _type_into(qtbot, field, text: str) -> None:
    """Replace the field's text by typing, one key event per character as a keyboard sends."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    # QTest.keyClicks only knows ASCII; a Vietnamese keyboard sends each letter as key text.
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def test_empty_archive_says_to_drop_files(open_window):
    window = open_window()
    assert window.list_area.currentWidget() is window.empty
    assert "Kéo thả" in window.empty.text()
    assert window.count_label.text() == "0 bài viết"
    assert not window.export_action.isEnabled()


def test_drop_import_edit_save_reopen(qtbot, open_window, seeds_dir):
    window = open_window()
    summary = _import_seeds(qtbot, window, seeds_dir)
    # The folder also holds gold.json, which is listed as a file that cannot be imported.
    assert (summary.count("imported"), summary.count("failed")) == (5, 1)
    assert window.model.rowCount() == 5
    assert window.list_area.currentWidget() is window.table
    assert window.count_label.text() == "5 bài viết"
    assert window.summary_dialog.isVisible()
    assert window.summary_dialog.table.model().rowCount() == 6

    window.table.selectRow(_row_with_title(window, SEED_000_TITLE))
    editor = window.editor
    assert editor.title.text() == SEED_000_TITLE
    assert "Ban Cán sự Đảng" in window.reader.toPlainText()

    _type_into(qtbot, editor.outlet, "Báo Pháp luật Việt Nam")
    _type_into(qtbot, editor.published, "13/10/2023 07:30")
    assert window.save_action.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.is_dirty()
    saved = articles.get_article(window.archive, editor.record.id)
    assert saved.outlet == "Báo Pháp luật Việt Nam"
    assert saved.published.iso() == "2023-10-13T07:30"
    row = _row_with_title(window, SEED_000_TITLE)
    assert window.model.index(row, 2).data() == "Báo Pháp luật Việt Nam"
    window.close()

    again = open_window()
    again.table.selectRow(_row_with_title(again, SEED_000_TITLE))
    assert again.editor.outlet.text() == "Báo Pháp luật Việt Nam"
    assert again.editor.published.text() == "13/10/2023 07:30"


def test_invalid_date_is_shown_and_not_saved(qtbot, open_window, seeds_dir):
    window = open_window()
    _import_seeds(qtbot, window, seeds_dir)
    window.table.selectRow(0)
    editor = window.editor
    before = articles.get_article(window.archive, editor.record.id)
    _type_into(qtbot, editor.published, "31/02/2023")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Ngày đăng" in editor.problem.text()
    assert editor.is_dirty() and editor.published.text() == "31/02/2023"
    after = articles.get_article(window.archive, editor.record.id)
    assert after.published == before.published and after.version == before.version
    editor.revert()  # or closing the window would (rightly) ask about the unsaved edit


def test_failed_save_keeps_the_typed_text(qtbot, open_window, seeds_dir):
    window = open_window()
    _import_seeds(qtbot, window, seeds_dir)
    window.table.selectRow(0)
    editor = window.editor
    with window.archive.engine.begin() as conn:  # someone else deletes it meanwhile
        conn.exec_driver_sql("DELETE FROM articles WHERE id = ?", (editor.record.id,))
    _type_into(qtbot, editor.outlet, "Tạp chí Cộng sản")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.outlet.text() == "Tạp chí Cộng sản"
    assert editor.is_dirty()
    assert "Chưa lưu được" in editor.problem.text()
    editor.revert()


def test_switching_article_with_unsaved_edit_asks_first(qtbot, open_window, seeds_dir,
                                                        monkeypatch):
    window = open_window()
    _import_seeds(qtbot, window, seeds_dir)
    window.table.selectRow(0)
    first_id = window.editor.record.id
    _type_into(qtbot, window.editor.outlet, "Nhân Dân")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.table.selectRow(1)
    assert window.editor.record.id == first_id
    assert window.editor.outlet.text() == "Nhân Dân"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    window.table.selectRow(1)
    assert window.editor.record.id != first_id
    assert articles.get_article(window.archive, first_id).outlet == "Nhân Dân"


def test_drop_of_bad_files_lists_them_in_the_summary(qtbot, open_window, tmp_path, seed_files):
    (tmp_path / "rong.txt").write_bytes(b"")
    (tmp_path / "anh.png").write_bytes(b"\x89PNG\r\n")
    window = open_window()
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as blocker:
        drop_files(window.empty, [tmp_path / "rong.txt", tmp_path / "anh.png", seed_files[0]])
    summary = blocker.args[0]
    assert (summary.count("imported"), summary.count("failed")) == (1, 2)
    table = window.summary_dialog.table
    reasons = [table.model().index(r, 2).data() for r in range(table.model().rowCount())]
    assert any("rỗng" in r for r in reasons) and any(".png" in r for r in reasons)


def test_export_selected_articles(qtbot, open_window, seeds_dir, tmp_path):
    window = open_window()
    _import_seeds(qtbot, window, seeds_dir)
    selection = window.table.selectionModel()
    selection.clearSelection()  # the import selected the first new article
    for row in (0, 2, 4):
        selection.select(window.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    ids = window.selected_ids()
    assert len(ids) == 3 and window.export_action.isEnabled()
    with qtbot.waitSignal(window.export_finished, timeout=60_000) as blocker:
        window.export_to(ids, tmp_path / "bao-cao.docx")
    document = Document(str(blocker.args[0]))
    titles = [row.cells[1].text for row in document.tables[0].rows[1:]]
    assert titles == [window.model.index(r, 0).data() for r in (0, 2, 4)]


def test_window_remembers_size_splitters_and_columns(qtbot, archive_path, tmp_path):
    from desktop.store.archive import open_local_archive
    from desktop.ui.main_window import MainWindow

    state = tmp_path / "config" / "window.ini"
    archive = open_local_archive(archive_path)
    try:
        first = MainWindow(archive, state_file=state)
        qtbot.addWidget(first)
        first.show()
        first.resize(760, 560)  # within the offscreen screen, which restoreGeometry respects
        size = (first.width(), first.height())  # after Qt applied the minimum size
        first.splitters["main"].setSizes([300, 700])
        # Qt scales the sizes to the room the docks leave; what the user saw must come back.
        panes = first.splitters["main"].sizes()
        assert panes[0] < panes[1]
        first.table.horizontalHeader().resizeSection(2, 260)
        first.close()
        assert state.exists()
        second = MainWindow(archive, state_file=state)
        qtbot.addWidget(second)
        second.show()
        assert (second.width(), second.height()) == size
        assert second.splitters["main"].sizes() == panes
        assert second.table.horizontalHeader().sectionSize(2) == 260
        second.close()
    finally:
        archive.close()
