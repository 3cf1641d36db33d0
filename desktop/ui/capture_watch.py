"""Watched folders while the window is open: new, complete article files come in by themselves.

A timer asks the watch service to scan and import on the window's single background worker,
so the GUI thread never reads a folder and archive writes never race a user's import. What
was handled is saved in the data folder, the same state `tulieu watch` keeps, so a restart
(or the command line) does not import a file again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSystemTrayIcon

from desktop import paths
from desktop.services import watch
from desktop.services.importing import ImportSummary
from desktop.settings import Settings, load_settings
from desktop.ui.capture_log import ImportLogDialog
from desktop.ui.capture_watch_page import WatchFoldersPage
from desktop.ui.import_summary import summary_line
from desktop.ui.tasks import Task

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.preferences import PreferencesDialog

POLL_MS = 3000
# A file is taken once its size and time have stayed the same this long (a download is done).
SETTLE_SECONDS = 2.0


class FolderWatcher(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # Beside a local archive (its data folder, --data-dir included), as `tulieu watch`.
        data = window.archive.path.parent if window.archive.path else paths.data_dir()
        self.log_file = watch.log_path(data)
        self.state = watch.WatchState.load(watch.state_path(data))
        self.folders: list[Path] = []
        self.after = "leave"
        self.done_folder: Path | None = None
        self.page: WatchFoldersPage | None = None
        self.log_dialog: ImportLogDialog | None = None
        self._tray: QSystemTrayIcon | None = None
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

        self.folders_action = QAction(self.tr("Thư mục theo dõi…"), window)
        self.folders_action.setStatusTip(
            self.tr("Tự nhập tệp bài viết mới trong các thư mục bạn chọn")
        )
        self.folders_action.triggered.connect(self.choose_folders)
        self.log_action = QAction(self.tr("Xem nhật ký nhập"), window)
        self.log_action.triggered.connect(self.show_log)
        archive_menu = window.menus["archive"]
        archive_menu.addSeparator()
        archive_menu.addAction(self.folders_action)
        archive_menu.addAction(self.log_action)
        # The folders are a tab of Sửa → Cài đặt….
        window.help.page_builders.append(self._add_page)
        self.apply(load_settings())

    def apply(self, settings: Settings) -> None:
        """Watch the folders `settings` name (none: stop); called again when they change."""
        self.folders = [Path(f) for f in settings.watched_folders]
        self.after = settings.watch_after  # one of watch.After: Settings checks it on load
        self.done_folder = Path(settings.watch_done_folder) if settings.watch_done_folder else None
        if self.folders and self.window.access.writable:
            self.timer.start()
        else:
            self.timer.stop()

    def poll(self) -> None:
        """Start one scan-and-import on the worker, unless one is waiting or running."""
        if self._busy or not self.window.isVisible():
            return  # a closed window's archive may be closing
        folders, after, done = list(self.folders), self.after, self.done_folder
        window, state, log_file = self.window, self.state, self.log_file

        def work(progress, cancel) -> ImportSummary | None:
            return watch.watch_once(window.archive, folders, state, log_file, after, done,
                                    SETTLE_SECONDS, window.outlets, cancel)

        task = Task(self.tr("Nhập từ thư mục theo dõi"), work)
        task.succeeded.connect(self._imported)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self._busy = True
        window.runner.start(task)

    def _finished(self) -> None:
        self._busy = False

    def _imported(self, summary: ImportSummary | None) -> None:
        if summary is None or not summary.outcomes:
            return
        window = self.window
        window.reload()
        line = self.tr("Thư mục theo dõi: {0}").format(summary_line(summary))
        window.statusBar().showMessage(line, 15000)
        if not window.isActiveWindow() and QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(window.windowIcon(), self)
            self._tray.show()
            self._tray.showMessage(self.tr("Tư liệu"), line)
        window.import_finished.emit(summary)

    def _failed(self, message: str) -> None:
        # Not a dialog: the next scan would raise it again every few seconds.
        self.window.statusBar().showMessage(
            self.tr("Không nhập được từ thư mục theo dõi: {0}").format(message), 15000
        )

    # -- settings and log ----------------------------------------------------------------
    def choose_folders(self) -> None:
        """Open Cài đặt… on the watched folders' tab."""
        self.window.help.preferences.trigger()
        dialog = self.window.help.preferences_dialog
        if dialog is not None and self.page is not None:
            dialog.tabs.setCurrentWidget(self.page)

    def _add_page(self, dialog: PreferencesDialog) -> None:
        page = WatchFoldersPage(dialog.settings)
        dialog.add_page(page, self.tr("Thư mục theo dõi"), page.values)
        dialog.accepted.connect(lambda: self.apply(dialog.settings))
        self.page = page

    def show_log(self) -> None:
        self.log_dialog = ImportLogDialog(self.log_file, self.window)
        self.log_dialog.show()
