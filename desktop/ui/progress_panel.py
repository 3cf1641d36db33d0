"""Progress of the running background task in the status bar, with a cancel button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.ui.tasks import Task


class ProgressPanel(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_task: Task | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(220)
        self.cancel_button = QPushButton(self.tr("Dừng"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def task_started(self, task: Task) -> None:
        self.current_task = task
        self.label.setText(task.name)
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.show()

    def update_progress(self, done: int, total: int, label: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if self.current_task is not None:
            name = self.current_task.name
            self.label.setText(f"{name}: {label}" if label else name)

    def task_finished(self) -> None:
        self.current_task = None
        self.hide()
