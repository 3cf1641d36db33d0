"""Tagging in the reading pane with a key press, and the entity browser filtering the table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from desktop.services import entities
from desktop.ui.entity_style import COLOURS
from tests.gui.conftest import drop_files

TITLE = "Bộ Tư pháp tập huấn nghiệp vụ công tác bảo vệ nền tảng tư tưởng của Đảng năm 2023"


def _type_into(field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    field.del_()
    for char in text:  # one key event per character, as a Vietnamese keyboard sends them
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _open_seed(qtbot, window, seeds_dir) -> int:
    with qtbot.waitSignal(window.import_finished, timeout=60_000):
        drop_files(window.empty, [seeds_dir])
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == TITLE)
    window.table.selectRow(row)
    return model.article_id(row)


def _background_at(reader, position: int) -> QColor:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    return cursor.charFormat().background().color()


def test_tag_with_a_key_then_find_and_filter_in_the_browser(qtbot, open_window, seeds_dir):
    window = open_window()
    article_id = _open_seed(qtbot, window, seeds_dir)
    reader = window.reader
    assert reader.record.id == article_id and reader.mentions
    body = reader.record.body
    start = body.index("Báo cáo viên")
    assert reader.mention_at(reader.doc_position(start)) is None
    reader.select_body_range(start, start + len("Báo cáo viên "))
    qtbot.keyClick(reader, Qt.Key.Key_P)
    dialog = reader.tag_dialog
    assert dialog is not None and dialog.isVisible() and dialog.chosen_kind() == "person"
    _type_into(dialog.name, "Trần Văn Giảng")
    _type_into(dialog.title, "Báo cáo viên")
    dialog.accept()

    tagged = [m for m in entities.mentions(window.archive, article_id)
              if m.name == "Trần Văn Giảng"]
    assert [(m.surface, m.title, m.kind, m.confirmed) for m in tagged] == [
        ("Báo cáo viên", "Báo cáo viên", "person", True)]
    shown = reader.mention_at(reader.doc_position(start) + 2)
    assert shown is not None and shown.name == "Trần Văn Giảng"
    assert _background_at(reader, reader.doc_position(start)) == QColor(COLOURS["person"][0])
    assert "Chức danh: Báo cáo viên" in reader.describe(shown)

    browser = window.entity_panel.browser
    _type_into(browser.search, "tran van giang")
    item = browser.item_of(tagged[0].entity_id)
    assert item is not None and item.text(1) == "1"
    assert window.model.rowCount() == 5
    browser.tree.setCurrentItem(item)
    assert window.model.scope.entity_id == tagged[0].entity_id
    assert [window.model.article_id(r) for r in range(window.model.rowCount())] == [article_id]
    browser.show_all.click()
    assert window.model.rowCount() == 5


def test_context_menu_accepts_and_merge_is_undoable(qtbot, open_window, seeds_dir):
    window = open_window()
    article_id = _open_seed(qtbot, window, seeds_dir)
    reader = window.reader
    suggestion = next(m for m in reader.mentions if m.name == "Vũ Trọng Hà")
    assert not suggestion.confirmed
    position = reader.doc_position(suggestion.start)
    light = _background_at(reader, position)
    menu = QMenu()
    reader.actions_.fill_menu(menu, reader.mention_at(position))
    # Hovering the highlight names the entity and the title recorded there.
    cursor = QTextCursor(reader.document())
    cursor.setPosition(position + 2)
    point = reader.cursorRect(cursor).center()
    QApplication.sendEvent(reader.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, point, reader.viewport().mapToGlobal(point)))
    assert QToolTip.text().startswith("Người: Vũ Trọng Hà\nChức danh: Vụ trưởng")
    accept = next(a for a in menu.actions() if a.text() == "Chấp nhận")
    accept.trigger()
    assert next(m for m in reader.mentions if m.id == suggestion.id).confirmed
    assert _background_at(reader, position) != light

    panel = window.entity_panel
    people = {e.name: e for e in entities.list_entities(window.archive, "person")}
    keep, other = people["Vũ Trọng Hà"], people["Đặng Hoàng Oanh"]
    panel.merge(keep.id, other.id)
    merged = {e.name: e for e in entities.list_entities(window.archive, "person")}
    assert "Đặng Hoàng Oanh" not in merged and "Đặng Hoàng Oanh" in merged[keep.name].aliases
    window.edits.undo.trigger()
    restored = {e.name: e for e in entities.list_entities(window.archive, "person")}
    assert restored["Đặng Hoàng Oanh"].id == other.id
    assert restored["Vũ Trọng Hà"].aliases == ()
    assert any(m.entity_id == other.id for m in entities.mentions(window.archive, article_id))
    window.edits.redo.trigger()
    assert "Đặng Hoàng Oanh" not in {
        e.name for e in entities.list_entities(window.archive, "person")}
