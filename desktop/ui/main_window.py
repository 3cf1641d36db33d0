"""The main window: article table, reading pane and metadata editor; import and export."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.services import (
    access,
    articles,
    connection,
    export,
    importing,
    search,
    tags,
    trash,
)
from desktop.services.articles import ArticleNotFound
from desktop.store.archive import Archive
from desktop.ui.archive_settings import ArchiveSettingsDialog
from desktop.ui.article_model import ArticleTableModel
from desktop.ui.capture import Capture
from desktop.ui.edit_actions import EditActions
from desktop.ui.editor import MetadataEditor
from desktop.ui.entity_browser import EntityPanel
from desktop.ui.first_run import FirstRunPanel, is_dismissed
from desktop.ui.help_actions import HelpActions
from desktop.ui.icons import icon
from desktop.ui.import_summary import ImportSummaryDialog, summary_line
from desktop.ui.progress_panel import ProgressPanel
from desktop.ui.reader import ReadingPane
from desktop.ui.recent_archives import RecentArchives
from desktop.ui.safety_actions import SafetyActions
from desktop.ui.search_actions import SearchActions
from desktop.ui.sidebar import ARTICLE_IDS_MIME, Sidebar
from desktop.ui.tasks import Task, TaskRunner, in_turns

POLL_MS = 5000


def local_files(event) -> list[Path]:
    mime = event.mimeData()
    # Rows dragged from our own table carry files too; those are not imports.
    if not mime.hasUrls() or mime.hasFormat(ARTICLE_IDS_MIME):
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class MainWindow(QMainWindow):
    import_finished = Signal(object)  # ImportSummary, after the views are refreshed
    export_finished = Signal(object)  # Path of the written file
    reextract_finished = Signal(object)  # ReextractSummary
    archive_switch_requested = Signal()  # Settings → Archive chose another archive
    search_finished = Signal(int)  # rows shown after a search (or its clearing)

    def __init__(
        self,
        archive: Archive,
        outlets: Mapping[str, str] | None = None,
        state_file: Path | None = None,
    ) -> None:
        super().__init__()
        # Window size, splitters and columns are remembered in this file (None: not at all).
        self.state_file = state_file
        self.archive = archive
        self.outlets = outlets
        self.runner = TaskRunner(self)
        # Counts the window shows beside the list, made once the first rows are painted.
        self._after_paint: list[Callable[[], None]] = []
        self._painted = False
        self._warming = False
        self._filters_counted = False
        self.summary_dialog: ImportSummaryDialog | None = None
        # The dialogs last opened, kept so tests (and the user's next action) can reach them.
        self.conflict_dialog = None
        self.bulk_dialog = None
        self.history_dialog = None
        self.archive_dialog = None
        self.report_dialog = None
        self.statistics_view = None
        self.report_charts: list = []  # charts the statistics view added to the next report
        self.setWindowTitle(self.tr("Tư liệu — kho tin, bài"))
        self.resize(1280, 800)

        self.model = ArticleTableModel(archive, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Newest first. Set before sorting is enabled, which sorts at once by the indicator:
        # left at its default (the title) that sort alone took minutes at 100,000 articles.
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 140), (2, 190), (3, 170)):
            header.resizeSection(column, width)
        self.empty = QLabel(self.tr(
            "<h2>Kho chưa có bài viết nào</h2>"
            "<p>Kéo thả tệp bài viết (hoặc cả thư mục) vào đây,<br>"
            "hoặc bấm <b>Nhập tệp…</b> (Ctrl+O).</p>"
            "<p style='color:#777'>Drop article files or folders here to import them.</p>"
        ))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_area = QStackedWidget()
        self.list_area.addWidget(self.empty)
        self.list_area.addWidget(self.table)
        # The three steps, explained once, in place of the empty-archive text until read.
        self.first_run: FirstRunPanel | None = None
        if (state := self._state()) is not None and not is_dismissed(state):
            self.first_run = FirstRunPanel(state)
            self.first_run.dismissed.connect(self.reload)
            self.list_area.addWidget(self.first_run)
        list_column = QWidget()
        list_layout = QVBoxLayout(list_column)
        list_layout.setContentsMargins(0, 0, 0, 0)

        self.reader = ReadingPane()
        self.editor = MetadataEditor()
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.reader)
        lower.addWidget(self.editor)
        lower.setSizes([760, 520])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(list_column)
        right.addWidget(lower)
        right.setSizes([360, 440])
        self.sidebar = Sidebar()
        self.searching = SearchActions(self)
        list_layout.addWidget(self.searching.bar)
        list_layout.addWidget(self.list_area, 1)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.sidebar)
        left.addWidget(self.searching.filters)
        left.setSizes([420, 380])
        main = QSplitter(Qt.Orientation.Horizontal)
        self.splitters = {"main": main, "right": right, "lower": lower, "left": left}
        main.addWidget(left)
        main.addWidget(right)
        main.setSizes([230, 1050])
        main.setStretchFactor(1, 1)
        self.access = access.access(archive)
        self.read_only_banner = QLabel(self.access.reason)
        self.read_only_banner.setStyleSheet(
            "background: #fff3cd; color: #6b5200; padding: 6px; border-bottom: 1px solid #e0c97f;"
        )
        self.read_only_banner.setVisible(not self.access.writable)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        column.addWidget(main, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.progress = ProgressPanel()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.count_label)
        self.edits = EditActions(self)
        self._build_actions()
        # Tagging in the reading pane and the entity browser dock: desktop/ui/entity_browser.py.
        self.entity_panel = EntityPanel(self)
        # Kho → Sao lưu ngay, Khôi phục…, Kiểm tra kho: desktop/ui/safety_actions.py.
        self.safety = SafetyActions(self)
        self.help = HelpActions(self)
        self.recent_archives = RecentArchives(self)
        # Paste, drop and download articles; watched folders: desktop/ui/capture*.py.
        self.capture = Capture(self)

        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.editor.save_requested.connect(self.edits.save)
        self.editor.dirty_changed.connect(self._update_actions)
        self.sidebar.scope_chosen.connect(self._scope_chosen)
        self.sidebar.tag_dropped.connect(self.edits.tag)
        self.sidebar.new_tag_requested.connect(self.edits.create_tag)
        self.sidebar.rename_requested.connect(self.edits.rename_tag)
        self.sidebar.color_requested.connect(self.edits.color_tag)
        self.sidebar.delete_requested.connect(self.edits.delete_tag)
        self.progress.cancel_requested.connect(self._cancel_task)
        self._accept_drops_everywhere()
        self.reload()
        # The filters count the whole archive until a search narrows them: once the worker
        # thread has counted it (_warm_search). A window never shown (or painted late) gets
        # them, and the entity list, anyway.
        QTimer.singleShot(300, self, self._run_after_paint)
        self._restore_state()
        self.editor.set_read_only(not self.access.writable)
        # Others may change a shared archive (or a second window the local one): look for
        # changes now and then and refresh, keeping the selection and scroll position.
        self._marker = access.change_marker(archive)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.refresh_if_changed)
        self.poll_timer.start()

    # -- actions -------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(text: str, shortcut, slot, tip: str = "") -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setStatusTip(tip)
            act.triggered.connect(slot)
            return act

        self.import_action = action(self.tr("Nhập tệp…"), QKeySequence.StandardKey.Open,
                                    self.choose_files, self.tr("Nhập tệp bài viết vào kho"))
        self.import_folder_action = action(self.tr("Nhập thư mục…"), "Ctrl+Shift+O",
                                           self.choose_folder)
        self.export_action = action(self.tr("Xuất báo cáo…"), "Ctrl+E", self.choose_export,
                                    self.tr("Xuất báo cáo Word, điểm tin, CSV hoặc JSON"))
        self.statistics_action = action(self.tr("Thống kê…"), "Ctrl+Shift+T",
                                        self.show_statistics,
                                        self.tr("Biểu đồ tin, bài theo tháng, nguồn, nhãn"))
        self.save_action = action(self.tr("Lưu"), QKeySequence.StandardKey.Save,
                                  self.editor.request_save)
        quit_action = action(self.tr("Thoát"), QKeySequence.StandardKey.Quit, self.close)
        self.archive_action = action(self.tr("Kho tư liệu…"), "", self.choose_archive,
                                     self.tr("Dùng kho trên máy này hay kho dùng chung"))
        edits = self.edits
        # Delete moves rows to the trash only when the table has focus, not while typing.
        edits.to_trash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(edits.to_trash)

        # Other parts of the window (entity panel, capture, archive safety, help) add their
        # actions to these menus; in "file", before `quit_action` so Thoát stays last.
        bar = self.menuBar()
        self.menus = {
            "file": bar.addMenu(self.tr("&Tệp")),
            "edit": bar.addMenu(self.tr("&Sửa")),
            "view": bar.addMenu(self.tr("&Xem")),
            "archive": bar.addMenu(self.tr("&Kho")),
            "help": bar.addMenu(self.tr("Trợ &giúp")),
        }
        self.quit_action = quit_action
        file_menu = self.menus["file"]
        for act in (self.import_action, self.import_folder_action, self.export_action):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.menus["archive"].addAction(self.archive_action)
        edit_menu = self.menus["edit"]
        for act in (self.searching.find, self.searching.next_hit, self.searching.previous_hit):
            edit_menu.addAction(act)
        edit_menu.addSeparator()
        for act in (edits.undo, edits.redo, None, self.save_action, edits.bulk, edits.new_tag,
                    edits.reextract, edits.history, None, edits.to_trash, edits.restore,
                    edits.empty):
            edit_menu.addSeparator() if act is None else edit_menu.addAction(act)
        self.menus["view"].addAction(self.statistics_action)
        toolbar = self.addToolBar(self.tr("Công cụ"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act, name in ((self.import_action, "import"),
                          (self.import_folder_action, "import-folder"),
                          (self.export_action, "report"), (self.statistics_action, "statistics"),
                          (self.save_action, "save"), (edits.undo, "undo"), (edits.redo, "redo"),
                          (edits.to_trash, "trash"), (edits.restore, "restore"),
                          (edits.new_tag, "tag"), (self.archive_action, "settings"),
                          (self.searching.find, "search")):
            act.setIcon(icon(name))
        for act in (self.import_action, self.export_action, self.save_action, edits.undo,
                    edits.redo):
            toolbar.addAction(act)

    def _warm_search(self) -> None:
        # The first search after a change rebuilds the archive-wide lists it counts with, and
        # the filters count the whole archive (1.5 s and 0.6 s at 100,000 articles): the worker
        # thread does both now, queued behind a running import, and the filters are shown when
        # it is done (from what it kept, on SQLite).
        def warm() -> None:
            if self._warming:
                return
            self._warming = True
            task = Task(self.tr("Chuẩn bị tìm kiếm"),
                        lambda _progress, _cancel: search.warm(self.archive))
            task.succeeded.connect(self._warmed)
            task.finished.connect(lambda: setattr(self, "_warming", False))
            self.runner.start(task)

        if self._painted:
            warm()
        else:
            self.after_first_paint(warm)

    def _warmed(self, kept: bool) -> None:
        # Kept (SQLite): showing the whole archive's counts costs nothing. Not kept
        # (PostgreSQL): counted on this thread, so only at start-up, as before; an import
        # counts them again when it ends.
        if self.model.query is None and (kept or not self._filters_counted):
            self._filters_counted = True
            self.guarded(self.searching.refresh_filters)()

    def after_first_paint(self, step: Callable[[], object]) -> None:
        """Run `step` once the list's first rows are painted (errors go to the status bar)."""
        self._after_paint.append(self.guarded(step))

    def _run_after_paint(self) -> None:
        self._painted = True
        steps, self._after_paint = self._after_paint, []
        in_turns(self, steps)

    def guarded(self, step: Callable[[], object]) -> Callable[[], None]:
        """`step` for later (in_turns): by then a shared archive's server may be gone, which is
        said in the status bar rather than raised out of the event loop."""
        def run() -> None:
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - a dropped connection must not escape
                self.statusBar().showMessage(
                    self.tr("Không đọc được kho: {0}").format(exc), 5000)
        return run

    def refresh_if_changed(self) -> bool:
        """Reload the list if anyone changed the archive since we last looked (not while this
        window's own import or export runs: it reloads when done, and reloading a growing
        archive every few seconds held the window up meanwhile)."""
        if self.runner.busy():
            return False
        try:
            marker = access.change_marker(self.archive)
        except Exception as exc:  # noqa: BLE001 - a dropped connection must not break the timer
            self.statusBar().showMessage(self.tr("Không kiểm tra được kho: {0}").format(exc), 5000)
            return False
        if marker == self._marker:
            return False
        self._marker = marker
        scroll = self.table.verticalScrollBar().value()
        self.reload()
        self.table.verticalScrollBar().setValue(scroll)
        record = self.editor.record
        if record is not None and not self.editor.is_dirty():
            self._show(record.id)
        return True

    def _update_actions(self, *_args) -> None:
        writable = self.access.writable
        chosen = bool(self.selected_ids()) and writable
        in_trash = self.model.scope.trash
        self.export_action.setEnabled(self.model.rowCount() > 0 and not in_trash)
        for act in (self.import_action, self.import_folder_action, self.edits.new_tag,
                    self.edits.empty):
            act.setEnabled(writable)
        self.save_action.setEnabled(self.editor.is_dirty())
        self.edits.bulk.setEnabled(chosen and not in_trash)
        self.edits.to_trash.setEnabled(chosen and not in_trash)
        self.edits.restore.setEnabled(chosen and in_trash)
        self.edits.reextract.setEnabled(chosen and not in_trash)

    def _row_menu(self, position) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        if self.model.scope.trash:
            menu.addAction(self.edits.restore)
        else:
            tag_menu = menu.addMenu(self.tr("Gắn nhãn"))
            for info in tags.list_tags(self.archive):
                tag_menu.addAction(info.name, lambda n=info.name: self.edits.tag(
                    n, self.selected_ids()))
            tag_menu.addSeparator()
            tag_menu.addAction(self.tr("Nhãn mới…"), self._tag_with_new)
            for act in (self.edits.bulk, self.edits.reextract):
                menu.addAction(act)
            self.edits.encodings_menu(menu.addMenu(self.tr("Đọc lại với bảng mã")))
            for act in (self.export_action, None, self.edits.to_trash):
                menu.addSeparator() if act is None else menu.addAction(act)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _tag_with_new(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Nhãn mới"), self.tr("Tên nhãn:"))
        if ok and name.strip():
            self.edits.tag(name, self.selected_ids())

    def choose_archive(self) -> None:
        path = paths.archive_choice_path()
        dialog = ArchiveSettingsDialog(connection.load_choice(path), self)
        self.archive_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.recent_archives.switch_to(dialog.choice())

    def warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Tư liệu"), message)

    # -- list ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-query the list and the archive's counts, keeping the current article selected
        when it is still there."""
        self.reload_list(refresh_archive=True)

    def reload_list(self, refresh_archive: bool = False) -> None:
        """Re-query the list (after a new search, only it changes), keeping the current
        article selected when it is still there; `refresh_archive` also refreshes the sidebar
        counts, saved searches and the editor's completions."""
        current = self.editor.record.id if self.editor.record else None
        self.model.reload()
        total = articles.count(self.archive)
        # The empty-archive invitation only when there is nothing at all, not in an empty tag.
        if total or self.model.scope != articles.Scope():
            self.list_area.setCurrentWidget(self.table)
        elif self.first_run is not None and not is_dismissed(self.first_run.settings):
            self.list_area.setCurrentWidget(self.first_run)
        else:
            self.list_area.setCurrentWidget(self.empty)
        self.count_label.setText(self.tr("{0} bài viết").format(total))
        if refresh_archive:
            self._warm_search()
            tag_list = tags.list_tags(self.archive)
            self.sidebar.show_counts(total, trash.count_trashed(self.archive), tag_list)
            self.sidebar.show_saved(self.searching.saved_with_counts())
            self.editor.set_completions({
                name: articles.known_values(self.archive, name)
                for name in ("outlet", "category", "unit", "authors")
            } | {"tags": [t.name for t in tag_list]})
        if current is not None and self.model.row_of(current) >= 0:
            self.select_article(current)
        elif not self.editor.is_dirty():
            self._show(None)
        self._update_actions()

    def articles_changed(self, ids: set[int]) -> None:
        """Refresh after an edit, undo, tagging or trash move of `ids`."""
        self.reload()
        record = self.editor.record
        if record is not None and record.id in ids and not self.editor.is_dirty():
            self._show(record.id)

    def _scope_chosen(self, scope: articles.Scope) -> None:
        if scope == self.model.scope:
            return
        if self.editor.is_dirty() and not self._settle_unsaved():
            self.sidebar.select_scope(self.model.scope)
            return
        self.model.set_scope(scope)
        self.reload()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.article_id(r) for r in rows]

    def select_article(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        if row >= 0:
            self.table.selectRow(row)

    def _on_current_changed(self, current, previous) -> None:
        if self.editor.is_dirty() and not self._settle_unsaved():
            # Stay on the article being edited; its typed text is kept.
            blocker = self.table.selectionModel().blockSignals(True)
            self.table.selectRow(previous.row())
            self.table.selectionModel().blockSignals(blocker)
            return
        self._show(self.model.article_id(current.row()) if current.isValid() else None)

    def _show(self, article_id: int | None) -> None:
        record = None
        if article_id is not None:
            try:
                record = articles.get_article(self.archive, article_id)
            except ArticleNotFound:
                self.reload()
        self.reader.show_record(record)
        self.editor.show_record(record)
        self.searching.mark_hits()

    def _settle_unsaved(self) -> bool:
        """Ask what to do with unsaved edits; True when it is fine to move on."""
        answer = QMessageBox.question(
            self,
            self.tr("Chưa lưu"),
            self.tr("Bài đang sửa có thay đổi chưa lưu. Lưu lại?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.request_save() and not self.editor.is_dirty()
        return answer == QMessageBox.StandardButton.Discard

    # -- import --------------------------------------------------------------------------
    def choose_files(self) -> None:
        from desktop.services.pipeline import supported_extensions

        patterns = " ".join(f"*{ext}" for ext in supported_extensions())
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Nhập tệp bài viết"), "",
            self.tr("Bài viết ({0});;Mọi tệp (*)").format(patterns),
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Nhập cả thư mục"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> Task:
        def work(progress, cancel):
            return importing.import_files(self.archive, paths, progress, cancel, self.outlets)

        task = Task(self.tr("Đang nhập"), work)
        task.succeeded.connect(self._import_done)
        return self.run_task(task)

    def _import_done(self, summary: importing.ImportSummary) -> None:
        def show_summary() -> None:
            self.statusBar().showMessage(summary_line(summary), 10000)
            self.summary_dialog = ImportSummaryDialog(summary, self)
            self.summary_dialog.show()

        ids = summary.article_ids
        # One step per turn of the event loop: together they took 215 ms after 10,000 files,
        # a frozen window; apart, each stays well under 100 ms.
        in_turns(self, [
            self.reload,
            self.searching.refresh_filters,
            lambda: self.select_article(ids[0]) if ids else None,
            show_summary,
            lambda: self.import_finished.emit(summary),  # the entity list refreshes on this
        ])

    # -- export --------------------------------------------------------------------------
    def choose_export(self) -> None:
        from desktop.ui.report_dialog import open_report_dialog  # QtPdf loads on first use

        self.report_dialog = open_report_dialog(self)

    def show_statistics(self) -> None:
        from desktop.ui.statistics import open_statistics  # QtCharts loads on first use

        self.statistics_view = open_statistics(self)

    def export_to(self, ids: list[int], target: Path) -> Task:
        def work(progress, cancel):
            return export.export_docx(self.archive, ids, target, progress, cancel)

        task = Task(self.tr("Đang xuất"), work)
        task.succeeded.connect(self._export_done)
        return self.run_task(task)

    def _export_done(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Đã xuất ra {0}").format(path), 10000)
        self.export_finished.emit(path)

    # -- background work -----------------------------------------------------------------
    def run_task(self, task: Task) -> Task:
        """Run background work with progress and cancel in the status bar."""
        task.progressed.connect(self.progress.update_progress)
        task.failed.connect(self._task_failed)
        task.cancelled.connect(self._task_cancelled)
        task.finished.connect(self.progress.task_finished)
        self.progress.task_started(task)
        return self.runner.start(task)

    def _cancel_task(self) -> None:
        task = self.progress.current_task
        if task is not None:
            task.cancel()

    def _task_failed(self, message: str) -> None:
        self.warn(message)

    def _task_cancelled(self) -> None:
        self.statusBar().showMessage(self.tr("Đã dừng."), 5000)

    # -- drag and drop -------------------------------------------------------------------
    def _accept_drops_everywhere(self) -> None:
        # Child widgets (text fields, the table) would otherwise take file drops as text.
        self.setAcceptDrops(True)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._after_paint and event.type() == QEvent.Type.Paint \
                and watched is self.table.viewport():
            QTimer.singleShot(0, self, self._run_after_paint)
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            if local_files(event):
                self._handle_drop(event)
                return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        self._handle_drop(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self._handle_drop(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        self._handle_drop(event)

    def _handle_drop(self, event) -> None:
        files = local_files(event)
        if not files:
            self.capture.handle_drop(event)  # a link or a text selection from a browser
            return
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.import_paths(files)

    # -- remembered layout ---------------------------------------------------------------
    def _state(self) -> QSettings | None:
        if self.state_file is None:
            return None
        return QSettings(str(self.state_file), QSettings.Format.IniFormat)

    def _restore_state(self) -> None:
        state = self._state()
        if state is None:
            return
        if geometry := state.value("window/geometry"):
            self.restoreGeometry(geometry)
        if layout := state.value("window/state"):
            self.restoreState(layout)
        for name, splitter in self.splitters.items():
            if sizes := state.value(f"splitters/{name}"):
                splitter.restoreState(sizes)
        if columns := state.value("table/header"):
            self.table.horizontalHeader().restoreState(columns)

    def _save_state(self) -> None:
        state = self._state()
        if state is None:
            return
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/state", self.saveState())
        for name, splitter in self.splitters.items():
            state.setValue(f"splitters/{name}", splitter.saveState())
        state.setValue("table/header", self.table.horizontalHeader().saveState())
        state.sync()

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        if self.editor.is_dirty() and not self._settle_unsaved():
            event.ignore()
            return
        self._save_state()
        self.poll_timer.stop()
        if self.runner.busy():
            self._cancel_task()
        self.runner.wait()
        event.accept()
