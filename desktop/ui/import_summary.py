"""The summary shown after an import: what came in, what was a duplicate, what failed and why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.importing import DUPLICATE, FAILED, IMPORTED, ImportSummary


def summary_line(widget: QWidget, summary: ImportSummary) -> str:
    text = widget.tr("Đã nhập {0} bài, {1} bài trùng, {2} tệp lỗi.").format(
        summary.count(IMPORTED), summary.count(DUPLICATE), summary.count(FAILED)
    )
    if summary.cancelled:
        text += " " + widget.tr("Đã dừng theo yêu cầu; các tệp còn lại chưa được nhập.")
    return text


class ImportSummaryDialog(QDialog):
    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kết quả nhập"))
        self.resize(760, 420)
        labels = {
            IMPORTED: self.tr("Đã nhập"),
            DUPLICATE: self.tr("Trùng"),
            FAILED: self.tr("Lỗi"),
        }
        self.heading = QLabel(summary_line(self, summary))
        self.heading.setWordWrap(True)
        self.table = QTableWidget(len(summary.outcomes), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Tệp"), self.tr("Kết quả"), self.tr("Lý do")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Failures first: they are what the user has to act on.
        order = {FAILED: 0, DUPLICATE: 1, IMPORTED: 2}
        rows = sorted(summary.outcomes, key=lambda o: order[o.status])
        for row, outcome in enumerate(rows):
            name = QTableWidgetItem(Path(outcome.path).name)
            name.setToolTip(outcome.path)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(labels[outcome.status]))
            self.table.setItem(row, 2, QTableWidgetItem(outcome.message))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
