"""Trợ giúp menu (query language, shortcuts, about) and Sửa → Cài đặt… for the main window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop import paths
from desktop.ui.about import AboutDialog
from desktop.ui.preferences import PreferencesDialog
from desktop.ui.shortcuts import ShortcutsDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class HelpActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        # Other parts of the window add their own tab to each new settings dialog.
        self.page_builders: list[Callable[[PreferencesDialog], None]] = []

        self.query_help = self._action(self.tr("Cách viết câu tìm kiếm"),
                                       QKeySequence.StandardKey.HelpContents,
                                       window.searching.show_help)
        self.shortcuts = self._action(self.tr("Phím tắt"), "Ctrl+/", self.show_shortcuts)
        self.about = self._action(self.tr("Giới thiệu Tư liệu"), "", self.show_about)
        self.preferences = self._action(self.tr("Cài đặt…"), QKeySequence.StandardKey.Preferences,
                                        self.show_preferences)
        help_menu = window.menus["help"]
        for act in (self.query_help, self.shortcuts, None, self.about):
            help_menu.addSeparator() if act is None else help_menu.addAction(act)
        window.menus["edit"].addSeparator()
        window.menus["edit"].addAction(self.preferences)

    def _action(self, text: str, shortcut, slot) -> QAction:
        act = QAction(text, self.window)
        act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    def show_shortcuts(self) -> None:
        # Built from the live actions each time, so it lists what the menus really hold.
        self.shortcuts_dialog = ShortcutsDialog(
            lambda: self.window.findChildren(QAction), self.window
        )
        self.shortcuts_dialog.show()

    def show_about(self) -> None:
        path = self.window.archive.path
        folder = path.parent if path is not None else paths.data_dir()
        self.about_dialog = AboutDialog(folder, self.window)
        self.about_dialog.show()

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(parent=self.window)
        for build in self.page_builders:
            build(dialog)
        self.preferences_dialog = dialog
        dialog.open()
