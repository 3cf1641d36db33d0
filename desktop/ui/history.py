"""An article's history: every saved change, who made it and when (database user)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dates import DateError, PartialDate
from desktop.ui.fields import field_label, shown


class HistoryDialog(QDialog):
    def __init__(self, title: str, lines: list[dict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lịch sử sửa: {0}").format(title))
        self.resize(820, 420)
        rows = [(line, name, pair) for line in reversed(lines)
                for name, pair in line["changes"].items()]
        self.table = QTableWidget(len(rows), 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Lúc"), self.tr("Người sửa"), self.tr("Trường"), self.tr("Trước"),
            self.tr("Sau"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, (line, name, (old, new)) in enumerate(rows):
            values = (
                f"{line['changed_at']:%d/%m/%Y %H:%M}",
                line["changed_by"] or "",
                field_label(name),
                _value(name, old),
                _value(name, new),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


def _value(name: str, value) -> str:
    # History keeps dates as ISO text; show them day-first like everywhere else.
    if name in ("published", "event_date") and value:
        try:
            return PartialDate.from_iso(value).display()
        except DateError:
            return str(value)
    return shown(value)
