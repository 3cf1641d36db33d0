"""Settings dialog: interface language and automatic backups, one tab each.

Other parts of the window add their own tab with `add_page`. Values are written to the
settings file (desktop.settings) only when the user presses OK.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import load_settings, save_settings, settings_path


class PreferencesDialog(QDialog):
    def __init__(self, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path or settings_path()
        self.settings = load_settings(self.path)
        self.setWindowTitle(self.tr("Cài đặt"))
        self.tabs = QTabWidget()
        self._pages: list[Callable[[], dict[str, Any]]] = []

        general = QWidget()
        form = QFormLayout(general)
        self.language = QComboBox()
        for code, label in (("", self.tr("Theo ngôn ngữ của hệ thống")),
                            ("vi", "Tiếng Việt"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        form.addRow(self.tr("Ngôn ngữ giao diện:"), self.language)
        note = QLabel(self.tr("Ngôn ngữ mới có hiệu lực khi mở lại ứng dụng."))
        note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", note)
        self.add_page(general, self.tr("Chung"),
                      lambda: {"language": self.language.currentData()})

        backups = QWidget()
        form = QFormLayout(backups)
        self.backup_on_close = QCheckBox(self.tr("Sao lưu kho khi đóng ứng dụng"))
        self.backup_on_close.setChecked(self.settings.backup_on_close)
        self.backups_to_keep = QSpinBox()
        self.backups_to_keep.setRange(1, 999)
        self.backups_to_keep.setValue(self.settings.backups_to_keep)
        self.backups_to_keep.setSuffix(self.tr(" bản"))
        form.addRow(self.backup_on_close)
        form.addRow(self.tr("Giữ lại bản sao lưu gần nhất:"), self.backups_to_keep)
        self.add_page(backups, self.tr("Sao lưu"), lambda: {
            "backup_on_close": self.backup_on_close.isChecked(),
            "backups_to_keep": self.backups_to_keep.value(),
        })

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def add_page(
        self, page: QWidget, title: str, values: Callable[[], dict[str, Any]] | None = None
    ) -> None:
        """Add a tab; `values` gives the settings it edits ({field name: value}) on OK."""
        self.tabs.addTab(page, title)
        if values is not None:
            self._pages.append(values)

    def values(self) -> dict[str, Any]:
        chosen: dict[str, Any] = {}
        for page_values in self._pages:
            chosen.update(page_values())
        return chosen

    def accept(self) -> None:
        # Re-read first: the app may have saved other settings since the dialog opened.
        merged = replace(load_settings(self.path), **self.values())
        try:
            save_settings(merged, self.path)
        except OSError as exc:  # the dialog stays open with the user's choices
            QMessageBox.warning(self, self.tr("Cài đặt"),
                                self.tr("Không lưu được cài đặt:\n{0}").format(exc))
            return
        self.settings = merged
        super().accept()
