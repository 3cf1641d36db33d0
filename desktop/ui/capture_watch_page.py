"""The watched folders' tab of Cài đặt…: which folders, and what to do with the originals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.watch import DONE_FOLDER
from desktop.settings import Settings


class WatchFoldersPage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr(
            "Khi Tư liệu đang mở, tệp bài viết mới trong các thư mục này (ví dụ thư mục "
            "Tải về) được tự nhập khi đã tải xong. Tệp đã nhập không bị nhập lại."
        ))
        intro.setWordWrap(True)
        self.setMinimumWidth(560)  # room for a folder path and the placeholder below
        self.folders = QListWidget()
        self.folders.addItems(settings.watched_folders)
        self.add_button = QPushButton(self.tr("Thêm thư mục…"))
        self.remove_button = QPushButton(self.tr("Bỏ theo dõi"))
        folder_buttons = QVBoxLayout()
        folder_buttons.addWidget(self.add_button)
        folder_buttons.addWidget(self.remove_button)
        folder_buttons.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folders, 1)
        folder_row.addLayout(folder_buttons)

        self.choices = QButtonGroup(self)
        self.leave = QRadioButton(self.tr("Để nguyên tệp gốc"))
        self.move = QRadioButton(self.tr("Chuyển tệp gốc vào thư mục:"))
        self.delete = QRadioButton(self.tr("Xóa tệp gốc (bài đã có trong kho)"))
        for button, value in ((self.leave, "leave"), (self.move, "move"), (self.delete, "delete")):
            self.choices.addButton(button)
            button.setProperty("after", value)
            button.setChecked(settings.watch_after == value)
        self.done_folder = QLineEdit(settings.watch_done_folder)
        self.done_folder.setPlaceholderText(
            self.tr("để trống: thư mục “{0}” cạnh mỗi tệp").format(DONE_FOLDER)
        )
        self.pick_done = QPushButton(self.tr("Chọn…"))
        move_row = QHBoxLayout()
        move_row.setContentsMargins(24, 0, 0, 0)  # under its choice, as part of it
        move_row.addWidget(self.done_folder, 1)
        move_row.addWidget(self.pick_done)
        note = QLabel(self.tr(
            "Tệp lỗi luôn được để nguyên. Mỗi tệp được ghi vào nhật ký nhập (Kho → Xem nhật ký "
            "nhập)."
        ))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row, 1)
        layout.addWidget(QLabel(self.tr("Sau khi nhập:")))
        layout.addWidget(self.leave)
        layout.addWidget(self.move)
        layout.addLayout(move_row)
        layout.addWidget(self.delete)
        layout.addWidget(note)
        self.add_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.pick_done.clicked.connect(self.choose_done_folder)
        self.choices.buttonToggled.connect(self._update)
        self.folders.itemSelectionChanged.connect(self._update)
        self._update()

    def add_folder(self, folder: str) -> None:
        if folder and not self.folders.findItems(folder, Qt.MatchFlag.MatchExactly):
            self.folders.addItem(folder)

    def choose_folder(self) -> None:
        self.add_folder(QFileDialog.getExistingDirectory(self, self.tr("Thư mục theo dõi")))

    def remove_selected(self) -> None:
        for item in self.folders.selectedItems():
            self.folders.takeItem(self.folders.row(item))

    def choose_done_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Chuyển tệp đã nhập vào"))
        if chosen:
            self.done_folder.setText(chosen)

    def _update(self) -> None:
        self.remove_button.setEnabled(bool(self.folders.selectedItems()))
        moving = self.move.isChecked()
        self.done_folder.setEnabled(moving)
        self.pick_done.setEnabled(moving)

    def values(self) -> dict[str, Any]:
        """The settings this tab edits, for the Preferences dialog to save on OK."""
        checked = self.choices.checkedButton()
        return {
            "watched_folders": [self.folders.item(i).text() for i in range(self.folders.count())],
            "watch_after": checked.property("after") if checked else "leave",
            "watch_done_folder": self.done_folder.text().strip(),
        }
