"""Search in the window: the box, the filters that follow it, saved searches, hits in the text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QTextBrowser, QVBoxLayout

from desktop import paths
from desktop.services import saved_searches, search
from desktop.services.search import Query
from desktop.ui.filters import FiltersPanel
from desktop.ui.rich_delegate import RichTextDelegate
from desktop.ui.search_bar import SearchBar
from desktop.ui.search_hits import SearchHits

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class SearchActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.archive = window.archive
        self.bar = SearchBar()
        self.filters = FiltersPanel()
        self.hits = SearchHits(window.reader)
        self.help_dialog: QDialog | None = None
        self.find = self._action(self.tr("Tìm kiếm"), QKeySequence.StandardKey.Find, self.focus)
        self.next_hit = self._action(self.tr("Chỗ khớp tiếp theo"), QKeySequence("F3"),
                                     lambda: self.hits.next(1))
        self.previous_hit = self._action(self.tr("Chỗ khớp trước"), QKeySequence("Shift+F3"),
                                         lambda: self.hits.next(-1))
        window.table.setItemDelegateForColumn(window.model.SNIPPET, RichTextDelegate(window))
        self._layout_columns(False)
        window.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: window.table.horizontalHeader().setSortIndicatorShown(True)
        )
        self.bar.query_changed.connect(self.run)
        self.bar.save_requested.connect(self.save_current)
        self.bar.help_requested.connect(self.show_help)
        self.filters.term_chosen.connect(self.bar.add_term)
        window.sidebar.saved_search_chosen.connect(self.bar.set_text)
        window.sidebar.saved_search_removed.connect(self.remove_saved)

    def _action(self, text: str, shortcut, slot) -> QAction:
        act = QAction(text, self.window)
        act.setShortcut(shortcut)
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

    def focus(self) -> None:
        self.bar.field.setFocus()
        self.bar.field.selectAll()

    def run(self, query: Query | None) -> None:
        """Show what the query matches (or everything), with snippets and fresh filters."""
        window = self.window
        window.model.set_query(query)
        self._layout_columns(query is not None)
        window.reload_list()
        self.refresh_filters()
        self.mark_hits()
        window.search_finished.emit(window.model.rowCount())

    def _layout_columns(self, searching: bool) -> None:
        """While searching the snippet takes the spare width; otherwise the title does."""
        table, snippet = self.window.table, self.window.model.SNIPPET
        header = table.horizontalHeader()
        table.setColumnHidden(snippet, not searching)
        stretch, fixed = (snippet, 0) if searching else (0, snippet)
        header.setSectionResizeMode(fixed, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        if searching:
            header.resizeSection(0, 380)
        # Results come ranked by relevance until the user sorts by a column.
        header.setSortIndicatorShown(not searching)

    def refresh_filters(self) -> None:
        query = self.window.model.query or search.parse("")
        self.filters.show_facets(search.facets(self.archive, query))

    def mark_hits(self) -> int:
        return self.hits.show(self.window.model.query)

    def saved_with_counts(self) -> list[tuple[str, str, int]]:
        return [(saved.name, saved.query, search.count_text(self.archive, saved.query))
                for saved in saved_searches.load(paths.saved_searches_path())]

    def save_current(self, text: str) -> None:
        name, ok = QInputDialog.getText(self.window, self.tr("Lưu tìm kiếm"),
                                        self.tr("Tên thư mục tìm kiếm:"), text=text)
        if ok and name.strip():
            saved_searches.add(paths.saved_searches_path(), name.strip(), text)
            self.window.sidebar.show_saved(self.saved_with_counts())

    def remove_saved(self, name: str) -> None:
        saved_searches.remove(paths.saved_searches_path(), name)
        self.window.sidebar.show_saved(self.saved_with_counts())

    def show_help(self) -> None:
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Cách viết câu tìm kiếm"))
        dialog.resize(720, 560)
        view = QTextBrowser()
        help_file = paths.resources_dir() / "help" / "search.md"
        view.setMarkdown(help_file.read_text(encoding="utf-8") if help_file.exists() else "")
        QVBoxLayout(dialog).addWidget(view)
        self.help_dialog = dialog
        dialog.show()
