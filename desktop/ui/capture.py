"""Capture in the window: paste or drop an article, import pages from their web addresses.

Reading and storing belong to desktop.services.capture and .download; this part reads the
clipboard or the drop, shows the preview and runs the saving and downloading as tasks.
Watched folders live in capture_watch.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from desktop.importers.base import ImportProblem
from desktop.services import capture, download
from desktop.services.capture import Preview, PreviewEdits
from desktop.services.importing import DUPLICATE, FAILED, FileOutcome
from desktop.ui.capture_preview import PreviewDialog
from desktop.ui.capture_urls import UrlDialog
from desktop.ui.capture_watch import FolderWatcher
from desktop.ui.sidebar import ARTICLE_IDS_MIME
from desktop.ui.tasks import Task

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# Windows' raw "HTML Format" keeps the SourceURL line that Qt's text/html drops.
WINDOWS_HTML = 'application/x-qt-windows-mime;value="HTML Format"'
# Firefox names the page a selection was copied from, and the link being dragged.
SOURCE_URL_FORMATS = ("text/x-moz-url-priv", "text/x-moz-url")


class Capture(QObject):
    saved = Signal(object)  # FileOutcome of a previewed article, after the list is refreshed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.preview_dialog: PreviewDialog | None = None
        self.url_dialog: UrlDialog | None = None
        self.paste_action = self._action(
            self.tr("Dán bài viết"), QKeySequence.StandardKey.Paste, self.paste,
            self.tr("Tạo bài viết từ nội dung đã sao chép trong trình duyệt"),
        )
        self.url_action = self._action(
            self.tr("Nhập từ đường dẫn…"), "Ctrl+Shift+U", self.choose_urls,
            self.tr("Tải các trang web từ đường dẫn và nhập vào kho"),
        )
        self.watcher = FolderWatcher(window)
        # A focused text field takes Ctrl+V first (its ShortcutOverride), so pasting into
        # the search box or the editor stays ordinary pasting; elsewhere it makes an article.
        edit_menu = window.menus["edit"]
        first = edit_menu.actions()[0]
        edit_menu.insertAction(first, self.paste_action)
        edit_menu.insertSeparator(first)
        file_menu = window.menus["file"]
        after_imports = file_menu.actions().index(window.import_folder_action) + 1
        file_menu.insertAction(file_menu.actions()[after_imports], self.url_action)
        for act in (self.paste_action, self.url_action):
            act.setEnabled(window.access.writable)

    def _action(self, text: str, shortcut, slot: Callable[[], object], tip: str) -> QAction:
        act = QAction(text, self.window)
        act.setShortcut(QKeySequence(shortcut))
        act.setStatusTip(tip)
        act.triggered.connect(slot)
        return act

    # -- paste and drop ------------------------------------------------------------------
    def paste(self) -> None:
        if not self.take(QGuiApplication.clipboard().mimeData()):
            self.window.statusBar().showMessage(
                self.tr("Bộ nhớ tạm không có bài viết hay đường dẫn nào để dán."), 8000
            )

    def handle_drop(self, event) -> None:
        """Links and text dragged from a browser; the window handles local files itself."""
        mime = event.mimeData()
        if not self.window.access.writable or mime.hasFormat(ARTICLE_IDS_MIME) or not (
            _web_urls(mime) or mime.hasHtml() or mime.hasText()
        ):
            event.ignore()
            return
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.take(mime)

    def take(self, mime: QMimeData | None) -> bool:
        """Download dropped or copied links, else preview the HTML or text; False if empty."""
        if mime is None or not self.window.access.writable:
            return False
        if urls := _web_urls(mime):
            self.import_urls(urls)
            return True
        outlets = self.window.outlets
        if html := _html(mime):
            self._preview(lambda: capture.preview_html(html, _source_url(mime), outlets))
            return True
        dropped = capture.from_dropped_text(mime.text() if mime.hasText() else "")
        if dropped.urls:
            self.import_urls(list(dropped.urls))
        elif dropped.text is not None:
            self._preview(lambda: capture.preview_text(dropped.text, outlets))
        return bool(dropped.urls or dropped.text)

    def _preview(self, read: Callable[[], Preview]) -> None:
        try:
            preview = read()
        except ImportProblem as problem:
            self.window.warn(self.tr("Không đọc được bài viết đã dán: {0}").format(problem))
            return
        dialog = PreviewDialog(preview, self.window)
        dialog.accepted.connect(lambda: self.save(preview, dialog.edits()))
        self.preview_dialog = dialog
        dialog.open()

    def save(self, preview: Preview, edits: PreviewEdits) -> Task:
        window = self.window

        def work(progress, cancel) -> FileOutcome:
            return capture.save_preview(window.archive, preview, edits, window.outlets)

        task = Task(self.tr("Đang lưu bài"), work)
        task.succeeded.connect(self._saved)
        return window.run_task(task)

    def _saved(self, outcome: FileOutcome) -> None:
        window = self.window
        window.reload()
        if outcome.status == FAILED:
            window.warn(self.tr("Không lưu được bài: {0}").format(outcome.message))
            return
        if outcome.article_id is not None:
            window.select_article(outcome.article_id)
        if outcome.status == DUPLICATE:
            message = self.tr("Bài này đã có trong kho (bài số {0}); không lưu thêm.").format(
                outcome.article_id
            )
        else:  # a near-duplicate is saved too; the service's note names its twin
            message = " ".join(filter(None, (self.tr("Đã lưu bài vào kho."), outcome.message)))
        window.statusBar().showMessage(message, 10000)
        self.saved.emit(outcome)

    # -- from web addresses --------------------------------------------------------------
    def choose_urls(self) -> None:
        dialog = UrlDialog(self.window)
        dialog.accepted.connect(lambda: self.import_urls(dialog.urls()))
        self.url_dialog = dialog
        dialog.open()

    def import_urls(self, urls: list[str]) -> Task:
        """Download and import each page; the import summary lists every address's outcome."""
        window = self.window

        def work(progress, cancel):
            return download.import_urls(window.archive, urls, progress, cancel, window.outlets)

        task = Task(self.tr("Đang tải trang"), work)
        task.succeeded.connect(window._import_done)
        return window.run_task(task)


def _web_urls(mime: QMimeData) -> list[str]:
    if not mime.hasUrls():
        return []
    return [u.toString() for u in mime.urls() if u.scheme().lower() in ("http", "https")]


def _html(mime: QMimeData) -> str:
    if mime.hasFormat(WINDOWS_HTML):
        return bytes(mime.data(WINDOWS_HTML).data()).decode("utf-8", "replace").rstrip("\0")
    return mime.html() if mime.hasHtml() else ""


def _source_url(mime: QMimeData) -> str | None:
    """The page's address from Firefox's formats: UTF-16 `address\\ntitle`."""
    for name in SOURCE_URL_FORMATS:
        if mime.hasFormat(name):
            data = bytes(mime.data(name).data())
            text = data.decode("utf-16" if b"\0" in data else "utf-8", "replace")
            address = text.split("\n", 1)[0].strip().strip("\0")
            if address.lower().startswith(("http://", "https://")):
                return address
    return None
