"""Kho → Sao lưu ngay, Khôi phục…, Kiểm tra kho: the archive's safety from the window's menu.

Backups and restores are for the local archive of a window that may write to it. A shared
PostgreSQL archive is backed up on the server, and a read-only window leaves that to the copy of
the app that has the archive open. Restoring replaces the archive file, so the window only
chooses and checks the backup, then asks (`restore_requested`) to be closed and reopened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.services import backup
from desktop.settings import load_settings
from desktop.ui.restore_dialog import RestoreDialog
from desktop.ui.safety import ASK_STYLE, ask, grouped
from desktop.ui.tasks import Task


class SafetyActions(QObject):
    backup_finished = Signal(object)  # Path of the new backup
    check_finished = Signal(object)  # CheckResult of the archive
    restore_requested = Signal(object)  # Path of a checked backup the user chose to restore

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        archive = window.archive
        # The data folder of a local archive (backups/ lies in it); None for a shared one.
        self.folder: Path | None = archive.path.parent if archive.path is not None else None
        # The dialogs last shown, kept so tests (and the user's next action) can reach them.
        self.restore_dialog: RestoreDialog | None = None
        self.result_box: QMessageBox | None = None

        self.backup_action = QAction(self.tr("Sao lưu ngay"), window)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(self.tr("Khôi phục…"), window)
        self.restore_action.triggered.connect(self.choose_restore)
        self.check_action = QAction(self.tr("Kiểm tra kho"), window)
        self.check_action.triggered.connect(self.check)
        menu = window.menus["archive"]
        menu.setToolTipsVisible(True)  # the tooltips say why an action is unavailable
        menu.addSeparator()
        for act in (self.backup_action, self.restore_action, self.check_action):
            menu.addAction(act)
        self._set_availability(archive.read_only or not window.access.writable)

    def _set_availability(self, read_only: bool) -> None:
        if self.folder is None:
            why = str(backup.SharedArchiveBackup())
            self.check_action.setToolTip(self.tr(
                "Kho dùng chung được kiểm tra trên máy chủ PostgreSQL, do người quản trị máy "
                "chủ làm."))
        elif read_only:
            why = self.tr("Kho đang mở chỉ đọc: bản Tư liệu đang mở kho để sửa sẽ sao lưu và "
                          "khôi phục nó.")
            self.check_action.setToolTip(self.tr("Kiểm tra tính toàn vẹn của kho (chỉ đọc)."))
        else:
            why = ""
            self.backup_action.setToolTip(self.tr("Chép kho vào thư mục backups ngay bây giờ."))
            self.restore_action.setToolTip(self.tr("Đưa kho về một bản sao lưu đã có."))
            self.check_action.setToolTip(self.tr("Kiểm tra tính toàn vẹn của kho."))
        if why:
            for act in (self.backup_action, self.restore_action):
                act.setEnabled(False)
                act.setToolTip(why)
        self.check_action.setEnabled(self.folder is not None)

    # -- Sao lưu ngay ----------------------------------------------------------------------
    def backup_now(self) -> Task:
        archive, folder = self.window.archive, self.folder
        keep = load_settings().backups_to_keep

        def work(progress, cancel) -> Path:
            return backup.backup_now(archive, folder, keep)

        task = Task(self.tr("Đang sao lưu"), work)
        task.succeeded.connect(self._backed_up)
        return self.window.run_task(task)

    def _backed_up(self, made: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Đã sao lưu kho: {0}").format(made.name),
                                            10000)
        self.backup_finished.emit(made)

    # -- Khôi phục… ------------------------------------------------------------------------
    def choose_restore(self) -> None:
        found = backup.list_backups(self.folder)
        if not found:
            self._show_result(QMessageBox.Icon.Information, self.tr("Chưa có bản sao lưu nào."),
                              self.tr("Kho → Sao lưu ngay để tạo một bản."))
            return
        self.restore_dialog = RestoreDialog(found, self.window)
        if self.restore_dialog.exec() != QDialog.DialogCode.Accepted:
            return
        info = self.restore_dialog.chosen()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            checked = backup.check_backup(info.path)  # the full check: it must be trustworthy
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not checked.ok:
            self._show_result(
                QMessageBox.Icon.Warning, self.tr("Bản sao lưu này bị lỗi, không dùng được."),
                self.tr("Hãy chọn bản khác.\n\nChi tiết lỗi: {0}").format(
                    "; ".join(checked.problems[:3])))
            return
        if self.confirm_restore(info):
            self.restore_requested.emit(info.path)

    def confirm_restore(self, info: backup.BackupInfo) -> bool:
        count = "?" if info.article_count is None else grouped(info.article_count)
        return ask(
            self.window, QMessageBox.Icon.Question,
            self.tr("Khôi phục kho về lúc {0} ({1} bài)?").format(
                f"{info.created:%H:%M %d/%m/%Y}", count),
            [self.tr("Khôi phục"), self.tr("Huỷ")],
            self.tr("Bản sao lưu đã được kiểm tra và tốt. Những gì thay đổi sau lúc đó sẽ không "
                    "có trong kho khôi phục; kho hiện tại được giữ lại nguyên vẹn trong thư mục "
                    "dữ liệu. Cửa sổ sẽ đóng và mở lại."),
        ) == 0

    # -- Kiểm tra kho ----------------------------------------------------------------------
    def check(self) -> Task:
        path = self.window.archive.path

        def work(progress, cancel) -> backup.CheckResult:
            return backup.check_archive(path)

        task = Task(self.tr("Đang kiểm tra kho"), work)
        task.succeeded.connect(self._checked)
        return self.window.run_task(task)

    def _checked(self, result: backup.CheckResult) -> None:
        if result.ok:
            found = backup.list_backups(self.folder)
            self._show_result(
                QMessageBox.Icon.Information, self.tr("Kho tư liệu tốt: không tìm thấy lỗi nào."),
                self.tr("Có {0} bản sao lưu, mới nhất lúc {1}.").format(
                    len(found), f"{found[0].created:%H:%M %d/%m/%Y}") if found
                else self.tr("Chưa có bản sao lưu nào."))
        else:
            self._show_result(
                QMessageBox.Icon.Warning, self.tr("Kho tư liệu có lỗi."),
                self.tr("Đừng nhập thêm bài; hãy dùng Kho → Khôi phục… để đưa kho về bản sao "
                        "lưu tốt mới nhất.\n\nChi tiết lỗi:\n{0}").format(
                    "\n".join(f"• {p}" for p in result.problems[:5])))
        self.check_finished.emit(result)

    def _show_result(self, icon: QMessageBox.Icon, text: str, detail: str) -> None:
        self.result_box = QMessageBox(icon, "Tư liệu", text, QMessageBox.StandardButton.Ok,
                                      self.window)
        self.result_box.setInformativeText(detail)
        self.result_box.setStyleSheet(ASK_STYLE)
        self.result_box.open()  # window-modal without blocking: the window stays as it was
