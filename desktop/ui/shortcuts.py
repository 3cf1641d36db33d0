"""Help → Keyboard shortcuts: a table read from the window's own actions, so it never goes stale."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.text import fold, sort_key

_MNEMONIC = re.compile(r"&(&?)")


def action_label(action: QAction) -> str:
    """The action's text as read in a list: no mnemonic ampersands ("&&" stays "&"), no "…"."""
    text = _MNEMONIC.sub(lambda m: m.group(1), action.text())
    return text.rstrip("…").rstrip(".").strip()


def shortcut_text(action: QAction) -> str:
    """All the action's shortcuts as the platform writes them (Ctrl+S, ⌘S), comma-separated."""
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    return ", ".join(k for k in keys if k)


class ShortcutsDialog(QDialog):
    """Lists every given action that has a shortcut; rebuilt each time it is shown.

    `actions` is a callable returning the actions (e.g. `lambda: window.findChildren(QAction)`)
    or a fixed iterable of them.
    """

    def __init__(
        self,
        actions: Iterable[QAction] | Callable[[], Iterable[QAction]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if callable(actions):
            self._actions = actions
        else:
            fixed = list(actions)
            self._actions = lambda: fixed
        self.setWindowTitle(self.tr("Các phím tắt"))
        self.resize(520, 480)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Lọc theo tên lệnh hoặc phím…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Lệnh"), self.tr("Phím tắt")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    def rows(self) -> list[tuple[str, str]]:
        """(label, shortcut) for each distinct action with a shortcut, sorted by label."""
        seen: set[tuple[str, str]] = set()
        for action in self._actions():
            row = (action_label(action), shortcut_text(action))
            if row[0] and row[1] and not action.isSeparator():
                seen.add(row)
        return sorted(seen, key=lambda row: (sort_key(row[0]), row[1]))

    def refresh(self) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for index, (label, keys) in enumerate(rows):
            self.table.setItem(index, 0, QTableWidgetItem(label))
            self.table.setItem(index, 1, QTableWidgetItem(keys))
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        wanted = fold(text.strip())
        for row in range(self.table.rowCount()):
            cells = " ".join(self.table.item(row, c).text() for c in (0, 1))
            self.table.setRowHidden(row, bool(wanted) and wanted not in fold(cells))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Actions may have gained or changed shortcuts since the dialog was made.
        self.refresh()
        super().showEvent(event)
