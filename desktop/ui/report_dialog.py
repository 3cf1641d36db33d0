"""The report dialog (Ctrl+E): layout, the office's fields, content options, a live preview of
the first pages, and writing the report in the background with progress and cancel."""

from __future__ import annotations

import getpass
import itertools
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.services import reports, saved_searches
from desktop.services.reports import Remembered
from desktop.ui.report_content import ContentOptions, ReportSource
from desktop.ui.report_fields import ReportFields
from desktop.ui.report_preview import PreviewPane, convert_to_pdf
from desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

PREVIEW_ARTICLES = 8  # enough for the first pages; the whole report is written on save
PREVIEW_DELAY_MS = 600
SUFFIX = {"csv": ".csv", "json": ".json"}


def office_profile() -> Path:
    """LibreOffice's own profile for previews, reused so later conversions start faster."""
    return Path(tempfile.gettempdir()) / f"tulieu-office-{getpass.getuser()}"


class ReportDialog(QDialog):
    written = Signal(object)  # Path of the written report
    preview_ready = Signal(int)  # pages shown (0 for a text preview or a message)

    def __init__(self, archive: Any, source: ReportSource, parent: QWidget | None = None,
                 remembered_file: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuất báo cáo"))
        self.resize(1200, 780)
        self.archive, self.source = archive, source
        self.remembered_file = remembered_file
        self.previews, self.writer = TaskRunner(self), TaskRunner(self)
        self.preview_task: Task | None = None
        self.preview_file: Path | None = None  # the PDF (or text file) shown last
        self.write_task: Task | None = None
        self._pending = False
        self._folder = tempfile.TemporaryDirectory(prefix="tulieu-xem-truoc-")
        self._numbers = itertools.count(1)
        remembered = reports.load_remembered(remembered_file)

        self.kind = QComboBox()
        for key, label in (("party", self.tr("Văn bản của Đảng")),
                           ("state", self.tr("Văn bản hành chính Nhà nước")),
                           ("bulletin", self.tr("Điểm tin")),
                           ("csv", self.tr("Bảng CSV (Excel)")), ("json", self.tr("JSON"))):
            self.kind.addItem(label, key)
        self.fields = ReportFields()
        self.content = ContentOptions(source, reports.shipped_templates())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.fields, self.tr("Văn bản"))
        self.tabs.addTab(self.content, self.tr("Nội dung"))
        self.preview = PreviewPane()
        self.preview_note = QLabel()
        self.preview_note.setStyleSheet("color: #666;")
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(self.tr("Thể thức:")))
        kind_row.addWidget(self.kind, 1)
        left_column.addLayout(kind_row)
        left_column.addWidget(self.tabs, 1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.preview, 1)
        right_column.addWidget(self.preview_note)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 680])

        self.bar = QProgressBar()
        self.bar.hide()
        self.status = QLabel()
        self.open_when_done = QCheckBox(self.tr("Mở tệp khi xong"))
        self.cancel_button = QPushButton(self.tr("Dừng"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_writing)
        self.write_button = QPushButton(self.tr("Ghi báo cáo…"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.choose_target)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        for widget in (self.status, self.bar, self.cancel_button):
            bottom.addWidget(widget, 1 if widget is self.status else 0)
        for widget in (self.open_when_done, self.write_button, close):
            bottom.addWidget(widget)
        column = QVBoxLayout(self)
        column.addWidget(splitter, 1)
        column.addLayout(bottom)

        self.fields.load(remembered.settings)
        self.content.load(remembered.settings)
        self.settings_base = remembered.settings
        self.kind.setCurrentIndex(max(0, self.kind.findData(remembered.kind)))
        self.open_when_done.setChecked(remembered.open_when_done)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.start_preview)
        for signal in (self.fields.changed, self.content.changed, self.kind.currentIndexChanged):
            signal.connect(self.timer.start)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.timer.start()

    # -- what the user chose ---------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.currentData()

    def current(self) -> Remembered:
        settings = self.content.apply(self.fields.apply(self.settings_base))
        kind = self.current_kind()
        if kind in ("party", "state", "bulletin"):
            settings.layout = kind
        return Remembered(settings, kind, self.open_when_done.isChecked())

    def _kind_changed(self) -> None:
        self.fields.setEnabled(self.current_kind() not in SUFFIX)

    def _work(self, target: Path, limit: int | None) -> Callable:
        chosen = self.current()
        choice, charts = self.content.choice(), self.content.chosen_charts()
        archive, saved = self.archive, self.source.saved_path

        def work(progress, cancel: threading.Event) -> Path:
            return reports.make_report(archive, choice, chosen.settings, target, chosen.kind,
                                       progress, cancel, charts=charts, saved_path=saved,
                                       limit=limit)

        return work

    # -- preview ---------------------------------------------------------------------------
    def start_preview(self) -> None:
        """Write the first articles to a temporary file and show it; one preview at a time,
        the latest change wins."""
        if self.preview_task is not None:
            self._pending = True
            self.preview_task.cancel()
            return
        kind = self.current_kind()
        number = next(self._numbers)  # a fresh name: the PDF view may still hold the old file
        target = Path(self._folder.name) / f"xem-truoc-{number}{SUFFIX.get(kind, '.docx')}"
        write = self._work(target, PREVIEW_ARTICLES)

        def work(progress, cancel: threading.Event) -> tuple[str, Any]:
            written = write(progress, cancel)
            if kind in SUFFIX:
                lines = written.read_text(encoding="utf-8-sig").splitlines()[:200]
                return ("text", "\n".join(lines))
            return ("pdf", convert_to_pdf(written, office_profile(), cancel))

        self.preview_note.setText(self.tr("Đang dựng bản xem trước…"))
        task = Task(self.tr("Xem trước"), work)
        task.succeeded.connect(self._preview_done)
        task.failed.connect(self._preview_failed)
        task.finished.connect(self._preview_finished)
        self.preview_task = task
        self.previews.start(task)

    def _preview_done(self, result: tuple[str, Any]) -> None:
        what, value = result
        pages = 0
        self.preview_file = value if what == "pdf" else None
        if what == "text":
            self.preview.show_text(value)
        else:
            pages = self.preview.show_pdf(value)
        self.preview_note.setText(self.tr(
            "Xem trước tối đa {0} bài đầu; báo cáo ghi ra có đủ các bài đã chọn."
        ).format(PREVIEW_ARTICLES))
        self.preview_ready.emit(pages)

    def _preview_failed(self, message: str) -> None:
        # A missing LibreOffice is said as it is: the report can still be written.
        self.preview.show_message(message if "LibreOffice" in message else self.tr(
            "Chưa xem trước được: {0}").format(message))
        self.preview_note.setText("")
        self.preview_ready.emit(0)

    def _preview_finished(self) -> None:
        self.preview_task = None
        if self._pending:
            self._pending = False
            self.start_preview()

    # -- writing ---------------------------------------------------------------------------
    def choose_target(self) -> None:
        kind = self.current_kind()
        suffix = SUFFIX.get(kind, ".docx")
        filters = {".csv": self.tr("Tệp CSV (*.csv)"), ".json": self.tr("Tệp JSON (*.json)"),
                   ".docx": self.tr("Tệp Word (*.docx)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Ghi báo cáo"),
                                              f"bao-cao{suffix}", filters[suffix])
        if name:
            self.write_to(Path(name).with_suffix(suffix))

    def write_to(self, target: Path) -> Task:
        """Remember the choices, then write the whole report in the background."""
        reports.remember(self.current(), self.remembered_file)
        task = Task(self.tr("Đang ghi báo cáo"), self._work(target, None))
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._written)
        task.failed.connect(lambda message: self.status.setText(
            self.tr("Không ghi được: {0}").format(message)))
        task.cancelled.connect(lambda: self.status.setText(self.tr("Đã dừng, chưa ghi tệp.")))
        task.finished.connect(self._write_finished)
        self.write_task = task
        self.bar.setRange(0, 0)
        for widget in (self.bar, self.cancel_button):
            widget.show()
        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Đang ghi…"))
        return self.writer.start(task)

    def cancel_writing(self) -> None:
        if self.write_task is not None:
            self.write_task.cancel()

    def _progressed(self, done: int, total: int, label: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _written(self, path: Path) -> None:
        self.status.setText(self.tr("Đã ghi {0}").format(path))
        if self.open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.written.emit(path)

    def _write_finished(self) -> None:
        self.write_task = None
        for widget in (self.bar, self.cancel_button):
            widget.hide()
        self.write_button.setEnabled(True)

    def done(self, result: int) -> None:
        """Stop the preview and any writing before the dialog goes away."""
        self.timer.stop()
        self._pending = False
        for task in (self.preview_task, self.write_task):
            if task is not None:
                task.cancel()
        self.previews.wait()
        self.writer.wait()
        self.preview.document.close()
        self._folder.cleanup()
        super().done(result)


def source_from(window: MainWindow) -> ReportSource:
    model = window.model
    return ReportSource(
        selected=window.selected_ids(),
        shown=[model.article_id(row) for row in range(model.rowCount())],
        query=model.query.text if model.query is not None else "",
        saved=[s.name for s in saved_searches.load(paths.saved_searches_path())],
        charts=list(window.report_charts),
    )


def open_report_dialog(window: MainWindow) -> ReportDialog:
    dialog = ReportDialog(window.archive, source_from(window), window)
    dialog.written.connect(window._export_done)
    dialog.show()
    return dialog
