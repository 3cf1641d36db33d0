"""The shortcuts window lists the actions it is given, as they are when it is shown."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.ui.shortcuts import ShortcutsDialog, action_label


def make_action(owner: QWidget, text: str, *keys: str) -> QAction:
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(k) for k in keys])
    return action


def table_rows(dialog: ShortcutsDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [
        (table.item(r, 0).text(), table.item(r, 1).text())
        for r in range(table.rowCount())
        if not table.isRowHidden(r)
    ]


def test_lists_actions_with_shortcuts_in_vietnamese_order(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    actions = [
        make_action(owner, "Xuất báo cáo…", "Ctrl+E"),
        make_action(owner, "&Lưu", "Ctrl+S"),
        make_action(owner, "Đổi tên…"),  # no shortcut: not listed
        make_action(owner, "Đóng", "Ctrl+W"),
        make_action(owner, "Tìm kiếm", "Ctrl+F", "F3"),
    ]
    dialog = ShortcutsDialog(actions)
    qtbot.addWidget(dialog)
    native = QKeySequence.SequenceFormat.NativeText
    assert table_rows(dialog) == [
        ("Đóng", QKeySequence("Ctrl+W").toString(native)),
        ("Lưu", QKeySequence("Ctrl+S").toString(native)),
        ("Tìm kiếm", ", ".join(QKeySequence(k).toString(native) for k in ("Ctrl+F", "F3"))),
        ("Xuất báo cáo", QKeySequence("Ctrl+E").toString(native)),
    ]


def test_shows_the_shortcuts_as_they_are_now(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    save = make_action(owner, "Lưu", "Ctrl+S")
    dialog = ShortcutsDialog(lambda: owner.actions() + [save])
    qtbot.addWidget(dialog)
    save.setShortcut(QKeySequence("Ctrl+Shift+S"))
    owner.addAction(make_action(owner, "Thoát", "Ctrl+Q"))
    dialog.show()
    labels = dict(table_rows(dialog))
    assert labels["Lưu"] == QKeySequence("Ctrl+Shift+S").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert "Thoát" in labels


def test_filter_ignores_accents(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = ShortcutsDialog([make_action(owner, "Lưu", "Ctrl+S"),
                              make_action(owner, "Đóng", "Ctrl+W")])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "dong")
    assert [label for label, _ in table_rows(dialog)] == ["Đóng"]
    dialog.filter.clear()
    assert len(table_rows(dialog)) == 2


def test_label_drops_mnemonics_but_keeps_literal_ampersands():
    assert action_label(QAction("&Tệp")) == "Tệp"
    assert action_label(QAction("Tìm && thay…")) == "Tìm & thay"
