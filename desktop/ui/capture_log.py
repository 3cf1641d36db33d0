"""Kho → Xem nhật ký nhập: what the watched folders brought in, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.import_summary import status_labels

# The newest lines only: a year of a busy downloads folder should still open at once.
MAX_ROWS = 2000


def read_log(path: Path, limit: int = MAX_ROWS) -> list[list[str]]:
    """The log's rows (time, file, outcome, note), newest first; none if there is no log."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return []
    rows = [(line.split("\t") + ["", "", "", ""])[:4] for line in lines[-limit:] if line]
    return rows[::-1]


class ImportLogDialog(QDialog):
    def __init__(self, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.setWindowTitle(self.tr("Nhật ký nhập từ thư mục theo dõi"))
        self.resize(860, 440)
        rows = read_log(log_file)
        labels = status_labels()
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Thời gian"), self.tr("Tệp"), self.tr("Kết quả"), self.tr("Ghi chú")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for row, (when, path, status, note) in enumerate(rows):
            cells = (when.replace("T", " "), Path(path).name, labels.get(status, status), note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(path if column == 1 else text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column, width in ((0, 150), (1, 260), (2, 90)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        heading = QLabel(
            self.tr("{0} tệp gần nhất, mới nhất ở trên.").format(len(rows)) if rows
            else self.tr("Chưa có tệp nào được nhập từ thư mục theo dõi.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(
            self.tr("Mở tệp nhật ký"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setEnabled(log_file.exists())
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file)))
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
