"""Editing in the window: undo/redo, a conflicting save, bulk edit, tags by drag, the trash."""

import warnings

from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import articles, editing, tags
from desktop.services.articles import Scope
from desktop.services.editing import changes_of
from desktop.ui.sidebar import ARTICLE_IDS_MIME
from tests.gui.conftest import drop_files
from tests.gui.test_main_window import _type_into


def _imported(qtbot, open_window, seed_files):
    window = open_window()
    with qtbot.waitSignal(window.import_finished, timeout=60_000):
        drop_files(window.empty, seed_files)
    return window


def _select(window, rows):
    selection = window.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(window.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_undo_and_redo_a_saved_edit(qtbot, open_window, seed_files):
    window = _imported(qtbot, open_window, seed_files)
    window.table.selectRow(0)
    article_id = window.editor.record.id
    original = window.editor.record.outlet
    _type_into(qtbot, window.editor.outlet, "Báo Quân đội nhân dân")
    qtbot.mouseClick(window.editor.save_button, Qt.MouseButton.LeftButton)
    assert articles.get_article(window.archive, article_id).outlet == "Báo Quân đội nhân dân"

    window.edits.undo.trigger()
    assert articles.get_article(window.archive, article_id).outlet == original
    assert window.editor.outlet.text() == (original or "")
    window.edits.redo.trigger()
    assert articles.get_article(window.archive, article_id).outlet == "Báo Quân đội nhân dân"
    assert window.edits.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Y") in window.edits.redo.shortcuts()


def test_a_save_over_a_newer_one_shows_both_and_keeps_the_choice(qtbot, open_window,
                                                                seed_files):
    window = _imported(qtbot, open_window, seed_files)
    window.table.selectRow(0)
    record = window.editor.record
    # Someone else saves the same article first (another window or another desktop).
    editing.save_article(window.archive, record.id, editing.ArticleChanges(
        **{**changes_of(record).__dict__, "outlet": "Tổ Quốc", "category": "Thời sự"}),
        record.version)
    _type_into(qtbot, window.editor.outlet, "Nhân Dân")

    def answer():
        dialog = window.conflict_dialog
        assert dialog.fields == ["outlet", "category"]
        dialog.choose("category", mine=False)  # keep their category, my outlet
        dialog.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(window.editor.save_button, Qt.MouseButton.LeftButton)
    saved = articles.get_article(window.archive, record.id)
    assert (saved.outlet, saved.category) == ("Nhân Dân", "Thời sự")
    assert not window.editor.is_dirty()


def test_bulk_edit_previews_then_applies_and_undoes(qtbot, open_window, seed_files):
    window = _imported(qtbot, open_window, seed_files)
    _select(window, [0, 1, 2])
    ids = window.selected_ids()
    before = [r.category for r in articles.get_articles(window.archive, ids)]

    def fill():
        dialog = window.bulk_dialog
        dialog.checks["category"].setChecked(True)
        dialog.values["category"].setText("Hoạt động BCĐ 35")
        dialog.add_tags.setText("Báo cáo quý")
        # the category (where it differs) and the tag for each of three articles
        assert dialog.preview.rowCount() == 3 + sum(c != "Hoạt động BCĐ 35" for c in before)
        dialog.apply_button.click()

    QTimer.singleShot(0, fill)
    window.edits.bulk.trigger()
    records = articles.get_articles(window.archive, ids)
    assert {r.category for r in records} == {"Hoạt động BCĐ 35"}
    assert all("Báo cáo quý" in r.tags for r in records)
    window.edits.undo.trigger()
    assert [r.category for r in articles.get_articles(window.archive, ids)] == before


def test_dragging_rows_onto_a_tag_tags_them(qtbot, open_window, seed_files):
    window = _imported(qtbot, open_window, seed_files)
    tags.create_tag(window.archive, "Hội nghị")
    window.reload()
    _select(window, [1, 3])
    ids = window.selected_ids()
    mime = window.model.mimeData([window.model.index(r, 0) for r in (1, 3)])
    assert mime.hasFormat(ARTICLE_IDS_MIME)
    sidebar = window.sidebar
    item = sidebar.tags_item.child(0)
    point = sidebar.visualItemRect(item).center()
    with warnings.catch_warnings():  # see drop_files: no other constructor in Qt 6
        warnings.simplefilter("ignore", DeprecationWarning)
        events = (
            QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier),
            QDragMoveEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier),
            QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
        )
    for event in events:
        QApplication.sendEvent(sidebar.viewport(), event)
    assert {r.id for r in articles.get_articles(window.archive, ids) if "Hội nghị" in r.tags} \
        == set(ids)
    assert sidebar.tags_item.child(0).text(0) == "Hội nghị (2)"
    sidebar.setCurrentItem(sidebar.tags_item.child(0))
    assert window.model.scope == Scope(tag="Hội nghị")
    assert window.model.rowCount() == 2


def test_delete_moves_to_trash_and_restore_brings_back(qtbot, open_window, seed_files,
                                                       monkeypatch):
    window = _imported(qtbot, open_window, seed_files)
    _select(window, [0, 1])
    ids = set(window.selected_ids())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert articles.count(window.archive) == 3
    assert window.sidebar.trash_item.text(0) == "Thùng rác (2)"
    window.sidebar.setCurrentItem(window.sidebar.trash_item)
    assert {window.model.article_id(r) for r in range(window.model.rowCount())} == ids
    _select(window, [0, 1])
    window.edits.restore.trigger()
    assert articles.count(window.archive) == 5
    window.edits.undo.trigger()  # undo the restore: back in the trash
    assert articles.count(window.archive) == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.edits.empty.trigger()
    assert window.sidebar.trash_item.text(0) == "Thùng rác (0)"
    assert len(articles.list_ids(window.archive)) == 3


def test_drag_from_the_table_carries_article_ids(open_window, qtbot, seed_files):
    window = _imported(qtbot, open_window, seed_files)
    mime = window.model.mimeData([window.model.index(0, 0), window.model.index(0, 2)])
    assert isinstance(mime, QMimeData)
    raw = bytes(mime.data(ARTICLE_IDS_MIME).data()).decode()
    assert raw == str(window.model.article_id(0))
    # Other programs get the article as a text file; the window itself does not re-import it.
    (url,) = mime.urls()
    text = open(url.toLocalFile(), encoding="utf-8").read()
    assert text.startswith(window.model.index(0, 0).data())
    with qtbot.assertNotEmitted(window.import_finished, wait=200):
        drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                          Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(window.table.viewport(), drop)


def test_nested_tags_hang_under_their_parent_even_without_a_parent_tag(qtbot, open_window,
                                                                       seed_files):
    window = _imported(qtbot, open_window, seed_files)
    tags.tag_articles(window.archive, window.selected_ids(), "Hội nghị/Tập huấn")
    window.reload()
    parent = window.sidebar.tags_item.child(0)
    assert parent.text(0) == "Hội nghị"
    assert parent.child(0).text(0) == "Tập huấn (1)"
    window.sidebar.setCurrentItem(parent)
    assert window.model.rowCount() == 1


def test_reextract_from_the_menu_keeps_what_the_user_typed(qtbot, open_window, seed_files):
    window = _imported(qtbot, open_window, seed_files)
    window.table.selectRow(0)
    article_id = window.editor.record.id
    _type_into(qtbot, window.editor.title, "Tên bài tôi đặt")
    qtbot.mouseClick(window.editor.save_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.reextract_finished, timeout=30_000) as blocker:
        window.edits.reextract.trigger()
    assert blocker.args[0].failed == {}
    assert articles.get_article(window.archive, article_id).title == "Tên bài tôi đặt"
    assert window.editor.title.text() == "Tên bài tôi đặt"


def test_two_windows_on_one_archive_never_overwrite_each_other(qtbot, open_window, seed_files):
    first = _imported(qtbot, open_window, seed_files)
    second = open_window()
    for window in (first, second):
        window.table.selectRow(0)
    article_id = first.editor.record.id
    assert second.editor.record.id == article_id
    _type_into(qtbot, first.editor.unit, "Ban Tuyên giáo")
    qtbot.mouseClick(first.editor.save_button, Qt.MouseButton.LeftButton)
    _type_into(qtbot, second.editor.unit, "Văn phòng")

    def keep_theirs():
        second.conflict_dialog.choose("unit", mine=False)
        second.conflict_dialog.accept()

    QTimer.singleShot(0, keep_theirs)
    qtbot.mouseClick(second.editor.save_button, Qt.MouseButton.LeftButton)
    assert articles.get_article(second.archive, article_id).unit == "Ban Tuyên giáo"
    assert second.editor.unit.text() == "Ban Tuyên giáo"


def test_captions_show_in_the_reading_pane(qtbot, open_window, seed_files):
    window = _imported(qtbot, open_window, seed_files)
    for row in range(window.model.rowCount()):
        window.table.selectRow(row)
        if window.editor.record.captions:
            break
    record = window.editor.record
    assert record.captions
    assert record.captions[0] in window.reader.toPlainText()


def test_history_lists_who_changed_what(qtbot, open_window, seed_files):
    window = _imported(qtbot, open_window, seed_files)
    window.table.selectRow(0)
    _type_into(qtbot, window.editor.published, "05/03/2024")
    qtbot.mouseClick(window.editor.save_button, Qt.MouseButton.LeftButton)
    window.edits.history.trigger()
    table = window.history_dialog.table
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "Ngày đăng"
    assert table.item(0, 4).text() == "05/03/2024"
    assert table.item(0, 1).text()  # the user who saved it
