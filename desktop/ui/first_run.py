"""The first-run panel: the three steps of the work in plain words, until the user dismisses it.

Shown in place of the empty list while the archive is empty; once dismissed it stays away
(remembered in QSettings), and the ordinary empty-archive hint takes its place.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.icons import icon

DISMISSED_KEY = "first_run/dismissed"


def is_dismissed(settings: QSettings) -> bool:
    return settings.value(DISMISSED_KEY, False, type=bool)


def should_show(settings: QSettings, article_count: int) -> bool:
    """Only an empty archive needs the explanation, and only until the user has read it."""
    return article_count == 0 and not is_dismissed(settings)


class FirstRunPanel(QFrame):
    dismissed = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.setObjectName("first-run")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        heading = QLabel("<h2>" + escape(self.tr("Chào mừng đến với Tư liệu")) + "</h2>")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(self.tr("Làm việc với kho chỉ có ba bước:"))
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        steps = (
            ("import", self.tr("1. Đưa bài vào kho"),
             self.tr("Kéo thả tệp bài viết, hoặc cả thư mục, vào cửa sổ này. "
                     "Hoặc bấm Nhập tệp… (Ctrl+O).")),
            ("tag", self.tr("2. Gắn nhãn"),
             self.tr("Chọn bài, sửa tên bài, ngày, nguồn nếu cần, rồi gắn nhãn "
                     "để sau này tìm lại theo chủ đề.")),
            ("export-word", self.tr("3. Xuất báo cáo"),
             self.tr("Chọn các bài cần gửi và bấm Xuất báo cáo… "
                     "để có ngay tệp Word đúng thể thức.")),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        self.step_labels: list[QLabel] = []
        for row, (icon_name, title, text) in enumerate(steps):
            picture = QLabel()
            picture.setPixmap(icon(icon_name).pixmap(40, 40))
            label = QLabel(f"<b>{escape(title)}</b><br>{escape(text)}")
            label.setWordWrap(True)
            grid.addWidget(picture, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            self.step_labels.append(label)
        grid.setColumnStretch(1, 1)

        self.start_button = QPushButton(self.tr("Bắt đầu"))
        self.start_button.setDefault(True)
        self.start_button.setToolTip(self.tr("Đóng phần hướng dẫn này; không hiện lại nữa"))
        self.start_button.clicked.connect(self.dismiss)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.start_button)
        button_row.addStretch(1)

        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(intro)
        column.addSpacing(8)
        column.addLayout(grid)
        column.addSpacing(12)
        column.addLayout(button_row)
        # Keep the text in a readable column in the middle of a wide window.
        box = QWidget()
        box.setLayout(column)
        box.setMinimumWidth(460)
        box.setMaximumWidth(600)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def wanted(self, article_count: int) -> bool:
        return should_show(self.settings, article_count)

    def dismiss(self) -> None:
        """Remember the choice, hide, and tell the window to show its ordinary view."""
        self.settings.setValue(DISMISSED_KEY, True)
        self.settings.sync()
        self.hide()
        self.dismissed.emit()
