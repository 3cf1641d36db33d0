"""Kho → Kho đã dùng gần đây: reopen an archive chosen before in one click."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop import paths
from desktop.services import connection
from desktop.services.connection import ArchiveChoice

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class RecentArchives(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = window.menus["archive"].addMenu(self.tr("Kho đã dùng gần đây"))
        # Built when opened, so it lists what was chosen in any window since.
        self.menu.aboutToShow.connect(self.fill)

    def label(self, choice: ArchiveChoice) -> str:
        if not choice.shared:
            return self.tr("Kho trên máy này")
        if choice.service:
            return self.tr("Máy chủ (dịch vụ {0})").format(choice.service)
        return self.tr("Máy chủ {0}@{1}:{2}/{3}").format(
            choice.user, choice.host, choice.port, choice.database)

    def fill(self) -> None:
        self.menu.clear()
        current = connection.load_choice(paths.archive_choice_path())
        choices = connection.recent_choices(paths.recent_archives_path())
        if current not in choices:
            choices.insert(0, current)
        for choice in choices:
            act = self.menu.addAction(self.label(choice), lambda c=choice: self.switch_to(c))
            act.setCheckable(True)
            act.setChecked(choice == current)

    def switch_to(self, choice: ArchiveChoice) -> None:
        """Make `choice` the archive to open, and ask the app to open it now."""
        path = paths.archive_choice_path()
        recent = paths.recent_archives_path()
        connection.remember(recent, connection.load_choice(path))
        connection.remember(recent, choice)
        connection.save_choice(path, choice)
        self.window.archive_switch_requested.emit()
