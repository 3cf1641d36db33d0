"""Opening and closing the local archive safely, for the window's start-up and shut-down.

On open: one copy of the app per local archive (a second one is offered read-only), a warning
when the data folder is on a network share, and a quick integrity check that offers the newest
good backup instead of a traceback. On close: the close-time backup, whose failure is said.
A shared PostgreSQL archive is opened as it is: its safety is the server's business.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import paths
from desktop.services import backup
from desktop.settings import load_settings
from desktop.store.archive import Archive, open_local_archive
from desktop.store.lock import ArchiveLock, Holder
from desktop.store.network import NETWORK_WARNING, is_network_path

Role = QMessageBox.ButtonRole
# The question in bold above its explanation, which gets room for a few readable lines.
ASK_STYLE = ("QLabel#qt_msgbox_label { font-weight: bold; }"
             " QLabel#qt_msgbox_informativelabel { min-width: 30em; }")


def grouped(count: int) -> str:
    """12480 → "12.480": Vietnamese groups thousands with dots."""
    return f"{count:,}".replace(",", ".")


def ask(parent: QWidget | None, icon: QMessageBox.Icon, text: str, buttons: list[str],
        detail: str = "") -> int:
    """A modal question with the buttons named in words; the index of the one chosen.

    The first button is the default; the last one is also what Esc and closing the box mean.
    """
    box = QMessageBox(icon, "Tư liệu", text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    box.setStyleSheet(ASK_STYLE)
    made = [box.addButton(label, Role.AcceptRole if i == 0 else Role.RejectRole)
            for i, label in enumerate(buttons)]
    box.setDefaultButton(made[0])
    box.setEscapeButton(made[-1])
    box.exec()
    return made.index(box.clickedButton()) if box.clickedButton() in made else len(made) - 1


class ArchiveKeeper(QObject):
    """Opens the archive the app should show and closes it, holding the local archive's lock
    from the moment it is checked until it is closed."""

    def __init__(
        self, open_default: Callable[[], Archive], local_folder: Callable[[], Path | None]
    ) -> None:
        super().__init__()
        self._open_default = open_default  # opens (creating, upgrading) the chosen archive
        self._local_folder = local_folder  # its data folder when local, None when shared
        self._open: list[Archive] = []
        self._locks: dict[Path, ArchiveLock] = {}

    # -- opening ---------------------------------------------------------------------------
    def open(self, parent: QWidget | None = None, warn_network: bool = True) -> Archive | None:
        """The archive to show, or None when it cannot be opened (the user has been told)."""
        folder = self._local_folder()
        try:
            archive = self._open_default() if folder is None else self._open_local(
                folder, parent, warn_network)
        except Exception as exc:  # noqa: BLE001 - any failure to open is shown, never a traceback
            if folder is not None:
                self._release_unused(paths.archive_path(folder))
            QMessageBox.critical(parent, "Tư liệu",
                                 self.tr("Không mở được kho tư liệu:\n{0}").format(exc))
            return None
        if archive is not None:
            self._open.append(archive)
        return archive

    def _open_local(self, folder: Path, parent: QWidget | None, warn_network: bool
                    ) -> Archive | None:
        path = paths.archive_path(folder)
        if warn_network and is_network_path(path) and not self.continue_on_network(parent):
            return None
        lock = self._locks.get(path) or ArchiveLock(path)
        read_only = not lock.acquire()
        if read_only and not self.open_read_only(lock.holder, parent):
            return None
        if not read_only:
            self._locks[path] = lock
        if path.exists():
            checked = backup.quick_check(path)
            if not checked.ok and not self._recover(folder, checked, read_only, parent):
                self._release_unused(path)
                return None
        if read_only:
            return open_local_archive(path, read_only=True)
        return self._open_default()

    def continue_on_network(self, parent: QWidget | None) -> bool:
        return ask(parent, QMessageBox.Icon.Warning, self.tr("Kho tư liệu nằm trên ổ mạng"),
                   [self.tr("Vẫn mở"), self.tr("Thoát")], NETWORK_WARNING) == 0

    def open_read_only(self, holder: Holder | None, parent: QWidget | None) -> bool:
        who = holder.describe() if holder else self.tr("một chương trình khác")
        return ask(
            parent, QMessageBox.Icon.Information,
            self.tr("Kho tư liệu đang được mở ở nơi khác"),
            [self.tr("Mở chỉ đọc"), self.tr("Thoát")],
            self.tr("Một bản Tư liệu khác ({0}) đang mở kho này. Hai bản cùng sửa một kho có "
                    "thể làm hỏng nó, nên bản này chỉ có thể mở để xem và tìm kiếm, không sửa "
                    "được. Muốn sửa, hãy đóng bản kia rồi mở lại.").format(who),
        ) == 0

    def _recover(self, folder: Path, checked: backup.CheckResult, read_only: bool,
                 parent: QWidget | None) -> bool:
        """A damaged archive: offer the newest good backup; True when it is now restored."""
        problems = "; ".join(checked.problems[:3])
        if read_only:
            ask(parent, QMessageBox.Icon.Critical, self.tr("Kho tư liệu bị hỏng"),
                [self.tr("Thoát")],
                self.tr("Hãy đóng bản Tư liệu kia rồi mở lại để khôi phục kho từ bản sao lưu."
                        "\n\nChi tiết lỗi: {0}").format(problems))
            return False
        good = self.newest_good_backup(folder)
        if good is None:
            ask(parent, QMessageBox.Icon.Critical, self.tr("Kho tư liệu bị hỏng"),
                [self.tr("Thoát")],
                self.tr("Không có bản sao lưu nào dùng được. Tệp kho được để nguyên tại {1}; "
                        "đừng xoá nó, hãy nhờ người quản trị máy xem giúp.\n\nChi tiết lỗi: {0}"
                        ).format(problems, paths.archive_path(folder)))
            return False
        if not self.restore_damaged(good, problems, parent):
            return False
        try:
            backup.restore(folder, good.path)
        except (backup.BackupProblem, backup.ArchiveInUse, OSError) as exc:
            QMessageBox.critical(parent, "Tư liệu", self.tr(
                "Không khôi phục được: {0}\nKho hiện tại không bị thay đổi.").format(exc))
            return False
        return True

    def restore_damaged(self, good: backup.BackupInfo, problems: str,
                        parent: QWidget | None) -> bool:
        return ask(
            parent, QMessageBox.Icon.Critical, self.tr("Kho tư liệu bị hỏng"),
            [self.tr("Khôi phục"), self.tr("Thoát")],
            self.tr("Có thể khôi phục kho từ bản sao lưu tốt mới nhất, lúc {1} ({2}). Những gì "
                    "thay đổi sau lúc đó sẽ không có trong kho khôi phục. Kho hỏng được giữ lại "
                    "bên cạnh, không bị xoá.\n\nChi tiết lỗi: {0}").format(
                problems, f"{good.created:%H:%M %d/%m/%Y}", self.count_words(good)),
        ) == 0

    def count_words(self, info: backup.BackupInfo) -> str:
        if info.article_count is None:
            return self.tr("không rõ số bài")
        return self.tr("{0} bài").format(grouped(info.article_count))

    @staticmethod
    def newest_good_backup(folder: Path) -> backup.BackupInfo | None:
        return next((b for b in backup.list_backups(folder) if backup.check_backup(b.path).ok),
                    None)

    # -- closing ---------------------------------------------------------------------------
    def close(self, archive: Archive | None, parent: QWidget | None = None,
              make_backup: bool = True, keep_lock: bool = False) -> None:
        """Back up (if the settings say so and it changed), close, and let go of the lock."""
        if archive is None or not any(a is archive for a in self._open):
            return
        self._open = [a for a in self._open if a is not archive]
        try:
            if make_backup and archive.path is not None:
                backup.backup_on_close(archive, archive.path.parent, load_settings())
        except Exception as exc:  # noqa: BLE001 - a failed backup is said, never swallowed
            QMessageBox.critical(parent, "Tư liệu", self.tr(
                "Không sao lưu được kho khi đóng:\n{0}\nKho tư liệu vẫn nguyên vẹn; hãy dùng "
                "Kho → Sao lưu ngay khi mở lại.").format(getattr(exc, "strerror", None) or exc))
        finally:
            archive.close()
            if archive.path is not None and not keep_lock:
                self._release_unused(archive.path)

    def _release_unused(self, path: Path) -> None:
        # Another window of ours may still show the same file (Settings → Archive re-chose it).
        if any(a.path == path for a in self._open):
            return
        lock = self._locks.pop(path, None)
        if lock is not None:
            lock.release()

    # -- restoring -------------------------------------------------------------------------
    def restore(self, archive: Archive, chosen: Path,
                show: Callable[[Archive], QWidget]) -> Archive | None:
        """Put the backup `chosen` in place of the open local `archive`, whose window the caller
        has closed; show the result in a new window (the old archive's, if restoring failed).

        No close-time backup is made first (it could prune the very copy being restored); the
        replaced archive is kept aside instead. The lock stays held so no other copy slips in.
        """
        folder = archive.path.parent
        self.close(archive, make_backup=False, keep_lock=True)
        try:
            aside = backup.restore(folder, chosen)
        except (backup.BackupProblem, backup.ArchiveInUse, OSError) as exc:
            aside, problem = None, str(exc)
        else:
            problem = ""
        reopened = self.open(warn_network=False)
        if reopened is None:
            return None
        window = show(reopened)
        if problem:
            text = self.tr("Không khôi phục được.")
            detail = self.tr("Kho hiện tại không bị thay đổi.\n\nChi tiết lỗi: {0}").format(
                problem)
        else:
            text = self.tr("Đã khôi phục kho từ bản sao lưu {0}.").format(chosen.name)
            detail = "" if aside is None else self.tr(
                "Kho trước đó được giữ tại {0}.").format(aside)
        box = QMessageBox(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information,
                          "Tư liệu", text, QMessageBox.StandardButton.Ok, window)
        box.setInformativeText(detail)
        box.setStyleSheet(ASK_STYLE)
        box.open()  # window-modal, not blocking: the new window is already usable behind it
        return reopened
