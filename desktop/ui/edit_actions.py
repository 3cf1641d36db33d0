"""Editing from the window: save with conflict handling, undo/redo, bulk edit, tags, trash.

Owned by the main window; every change goes through the services and is pushed on one undo
stack, then the window refreshes what changed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.core.encodings import ENCODINGS
from desktop.services import articles, editing, reextract, tags, trash
from desktop.services.editing import ArticleChanges, EditConflict, changes_of
from desktop.ui.bulk_edit import BulkEditDialog
from desktop.ui.conflict import ConflictDialog
from desktop.ui.history import HistoryDialog
from desktop.ui.tasks import Task
from desktop.ui.undo import EditCommand, TrashCommand

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class EditActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.archive = window.archive
        self.stack = QUndoStack(self)
        self.undo = self.stack.createUndoAction(self, self.tr("Hoàn tác"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = self.stack.createRedoAction(self, self.tr("Làm lại"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence.StandardKey.Redo])
        self.bulk = self._action(self.tr("Sửa hàng loạt…"), "Ctrl+Shift+E", self.bulk_edit)
        self.to_trash = self._action(self.tr("Chuyển vào thùng rác"),
                                     QKeySequence.StandardKey.Delete, self.move_to_trash)
        self.restore = self._action(self.tr("Khôi phục khỏi thùng rác"), "Ctrl+Shift+R",
                                    self.restore_from_trash)
        self.empty = self._action(self.tr("Dọn sạch thùng rác…"), "", self.empty_trash)
        self.new_tag = self._action(self.tr("Nhãn mới…"), "Ctrl+T",
                                    lambda: window.sidebar.ask_new_tag())
        self.reextract = self._action(self.tr("Trích xuất lại"), "", self.run_reextract)
        self.history = self._action(self.tr("Lịch sử sửa…"), "Ctrl+H", self.show_history)

    def _action(self, text: str, shortcut, slot) -> QAction:
        act = QAction(text, self.window)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    # -- single save ---------------------------------------------------------------------
    def save(self, article_id: int, changes: ArticleChanges, version: int) -> None:
        """Save the editor's values; on a newer save elsewhere, let the user merge."""
        editor = self.window.editor
        before = editor.record
        # One quick write; WAL mode and the busy timeout let it pass an import in progress.
        try:
            record = editing.save_article(self.archive, article_id, changes, version)
        except EditConflict as conflict:
            record = self._resolve(changes, conflict)
            if record is None:
                editor.save_failed(self.tr("bài này vừa được lưu ở nơi khác; chưa ghi đè."))
                return
        except Exception as exc:  # noqa: BLE001 - the edit stays in the editor, with the reason
            editor.save_failed(str(exc) or exc.__class__.__name__)
            return
        if before is not None and record.version != before.version:
            self._push(self.tr("Sửa bài"), [(article_id, changes_of(before), changes_of(record))])
        editor.show_record(record)
        self.window.articles_changed({article_id})
        self.window.statusBar().showMessage(self.tr("Đã lưu."), 4000)

    def _resolve(self, mine: ArticleChanges, conflict: EditConflict):
        current = conflict.current or articles.get_article(self.archive, conflict.article_id)
        dialog = ConflictDialog(mine, current, self.window)
        self.window.conflict_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return editing.save_article(self.archive, current.id, dialog.merged(), current.version)

    # -- many articles -------------------------------------------------------------------
    def bulk_edit(self) -> None:
        ids = self.window.selected_ids()
        if not ids:
            return
        dialog = BulkEditDialog(articles.get_articles(self.archive, ids), self.window)
        self.window.bulk_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply(self.tr("Sửa hàng loạt {0} bài").format(len(ids)), dialog.items())

    def tag(self, name: str, ids: list[int]) -> None:
        """Add a tag to articles (dropped rows, or the context menu); undoable."""
        try:
            name = tags.clean_name(name)
        except tags.TagError as exc:
            self.window.warn(str(exc))
            return
        items = []
        for record in articles.get_articles(self.archive, ids):
            before = changes_of(record)
            if name not in record.tags:
                items.append((record.id, before, replace(before, tags=(*record.tags, name))))
        self.apply(self.tr("Gắn nhãn {0}").format(name), items)

    def apply(self, text: str, items) -> None:
        if not items:
            return
        try:
            editing.apply_many(self.archive, items)
        except EditConflict as exc:
            self.window.warn(str(exc))
            return
        self._push(text, items)
        self.window.articles_changed({i for i, _, _ in items})

    def _push(self, text: str, items) -> None:
        self.stack.push(EditCommand(self.archive, text, items, self.window.articles_changed,
                                    self.window.warn))

    def show_history(self) -> None:
        record = self.window.editor.record
        if record is None:
            return
        dialog = HistoryDialog(record.title, editing.history(self.archive, record.id),
                               self.window)
        self.window.history_dialog = dialog
        dialog.show()

    # -- extraction again ------------------------------------------------------------------
    def encodings_menu(self, menu) -> None:
        """Fill a menu with 'read again as <encoding>' entries for the selected articles."""
        for key, label in ENCODINGS.items():
            menu.addAction(label, lambda k=key: self.run_reextract(encoding=k))

    def run_reextract(self, encoding: str | None = None) -> Task | None:
        """Extract the selected articles again from their originals, in the background."""
        ids = self.window.selected_ids()
        if not ids:
            return None
        outlets = self.window.outlets

        def work(progress, cancel):
            return reextract.reextract(self.archive, ids, outlets, encoding, progress, cancel)

        task = Task(self.tr("Đang trích xuất lại"), work)
        task.succeeded.connect(self._reextracted)
        return self.window.run_task(task)

    def _reextracted(self, summary: reextract.ReextractSummary) -> None:
        # Values changed under the undo stack's feet; its commands could now conflict.
        self.stack.clear()
        self.window.articles_changed(set(summary.changed))
        message = self.tr("Đã trích xuất lại: {0} bài thay đổi, {1} bài giữ nguyên.").format(
            len(summary.changed), len(summary.unchanged))
        if summary.failed:
            details = "\n".join(f"#{i}: {m}" for i, m in summary.failed.items())
            self.window.warn(message + "\n" + self.tr("Không đọc được:") + "\n" + details)
        self.window.statusBar().showMessage(message, 8000)
        self.window.reextract_finished.emit(summary)

    # -- trash ---------------------------------------------------------------------------
    def move_to_trash(self) -> None:
        ids = self.window.selected_ids()
        if ids and not self.window.model.scope.trash:
            self.stack.push(TrashCommand(self.archive, self.tr("Chuyển vào thùng rác"), ids, True,
                                         self.window.articles_changed))

    def restore_from_trash(self) -> None:
        ids = self.window.selected_ids()
        if ids and self.window.model.scope.trash:
            self.stack.push(TrashCommand(self.archive, self.tr("Khôi phục"), ids, False,
                                         self.window.articles_changed))

    def empty_trash(self) -> None:
        count = trash.count_trashed(self.archive)
        if not count:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Dọn sạch thùng rác"),
            self.tr("Xoá vĩnh viễn {0} bài trong thùng rác, kể cả tệp gốc? "
                    "Không thể hoàn tác.").format(count),
        )
        if answer == QMessageBox.StandardButton.Yes:
            trash.empty_trash(self.archive)
            self.stack.clear()  # commands may name articles that no longer exist
            self.window.articles_changed(set())

    # -- tag management from the sidebar -----------------------------------------------
    def create_tag(self, name: str) -> None:
        self._tag_call(tags.create_tag, name)

    def rename_tag(self, old: str, new: str) -> None:
        self._tag_call(tags.rename_tag, old, new)

    def color_tag(self, name: str, color: str) -> None:
        self._tag_call(tags.set_color, name, color)

    def delete_tag(self, name: str) -> None:
        answer = QMessageBox.question(
            self.window, self.tr("Xoá nhãn"),
            self.tr("Gỡ nhãn '{0}' (và các nhãn con) khỏi mọi bài? Các bài viết vẫn giữ nguyên.")
            .format(name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._tag_call(tags.delete_tag, name)

    def _tag_call(self, call, *args) -> None:
        try:
            call(self.archive, *args)
        except tags.TagError as exc:
            self.window.warn(str(exc))
            return
        self.window.articles_changed(set())
