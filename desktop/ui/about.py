"""Help → About: what the program is, its version and licence, and where its data lives."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.ui.icons import app_icon

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


class AboutDialog(QDialog):
    def __init__(self, data_dir: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setWindowTitle(self.tr("Giới thiệu Tư liệu"))

        self.logo = QLabel()
        self.logo.setPixmap(app_icon().pixmap(96, 96))
        self.name_label = QLabel("<h2>" + escape(self.tr("Tư liệu")) + "</h2>")
        self.version_label = QLabel(self.tr("Phiên bản {0}").format(__version__))
        self.description_label = QLabel(
            self.tr("Kho lưu trữ tin, bài báo chí cho cơ quan Đảng, Nhà nước.")
        )
        self.description_label.setWordWrap(True)
        self.licence_label = QLabel(
            self.tr("Phần mềm tự do theo giấy phép {0}.").format(
                f"<a href='{LICENCE_URL}'>{LICENCE}</a>"
            )
        )
        self.licence_label.setOpenExternalLinks(True)
        self.folder_label = QLabel(self.tr("Thư mục dữ liệu: {0}").format(
            f"<code>{escape(str(self.data_dir))}</code>"
        ))
        self.folder_label.setWordWrap(True)
        # Selectable, so the path can be copied into a file manager or an e-mail to support.
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Mở thư mục dữ liệu"))
        self.open_folder_button.clicked.connect(self.open_data_dir)
        self.open_folder_button.setEnabled(self.data_dir.is_dir())
        qt_label = QLabel(self.tr("Dùng Qt {0}, PySide6 {1}.").format(qVersion(), pyside_version))
        qt_label.setStyleSheet("color: palette(placeholder-text)")

        text = QVBoxLayout()
        for widget in (self.name_label, self.version_label, self.description_label,
                       self.licence_label, self.folder_label):
            text.addWidget(widget)
        text.addWidget(self.open_folder_button)
        text.addWidget(qt_label)
        top = QHBoxLayout()
        top.addWidget(self.logo, 0)
        top.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

    def open_data_dir(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
