"""The article table: holds the ordered ids from one query and fetches visible rows lazily.

(ARCHITECTURE rule 4.) Sorting happens in SQL through the services, with the same
Vietnamese collation the rest of the app uses.
"""

from __future__ import annotations

import tempfile
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
)

from desktop.core.records import ArticleRecord, ArticleRow
from desktop.services import articles, search
from desktop.services.articles import Scope
from desktop.services.search import Query
from desktop.store.archive import Archive
from desktop.ui.sidebar import ARTICLE_IDS_MIME, encode_ids

Index = QModelIndex | QPersistentModelIndex

PAGE = 200
SNIPPET_ROWS = 40
CACHE_PAGES = 20


class ArticleTableModel(QAbstractTableModel):
    COLUMNS = ("title", "published", "outlet", "authors", "snippet")
    SNIPPET = 4  # shown only while searching

    def __init__(self, archive: Archive, parent=None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ArticleRow]] = OrderedDict()
        self._sort = ("published", True)
        self.scope = Scope()
        self.query: Query | None = None
        self._snippets: dict[int, str] = {}
        self._headers = (
            self.tr("Tiêu đề"),
            self.tr("Ngày đăng"),
            self.tr("Cơ quan báo chí"),
            self.tr("Tác giả"),
            self.tr("Trích đoạn"),
        )

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-run the id query (after an import or an edit) and drop cached rows."""
        self.beginResetModel()
        self._ids = self._query_ids()
        self._pages.clear()
        self.endResetModel()

    def set_scope(self, scope: Scope) -> None:
        self.scope = scope
        self.reload()

    def set_query(self, query: Query | None) -> None:
        """Show the articles matching `query` (ranked by relevance), or all when None, from the
        next `reload`."""
        if (query is None) != (self.query is None):
            self._sort = ("rank", True) if query is not None else ("published", True)
        self.query = query

    def _query_ids(self) -> list[int]:
        self._snippets.clear()
        if self.query is None:
            sort = "published" if self._sort[0] == "rank" else self._sort[0]
            return articles.list_ids(self._archive, sort, self._sort[1], self.scope)
        found = search.search_ids(self._archive, self.query, self._sort[0], self._sort[1])
        if self.scope == Scope():
            return found
        # Searching inside a tag or another scope: keep the ranked order, drop the rest.
        allowed = set(articles.list_ids(self._archive, scope=self.scope))
        return [i for i in found if i in allowed]

    def refresh_rows(self, ids: set[int]) -> None:
        """Forget cached rows for `ids` and repaint them, keeping selection and scroll."""
        for number, page in list(self._pages.items()):
            if ids & page.keys():
                del self._pages[number]
        for article_id in ids:
            self._snippets.pop(article_id, None)
        for row, article_id in enumerate(self._ids):
            if article_id in ids:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def article_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, article_id: int) -> int:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> ArticleRow | None:
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE : (number + 1) * PAGE]
            page = {r.id: r for r in articles.fetch_rows(self._archive, ids)}
            self._pages[number] = page
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])

    def _snippet(self, row: int) -> str:
        # Only for the rows being shown (ARCHITECTURE: never for every match), a few screens'
        # worth at a time: one snippet reads its whole article, about a millisecond.
        article_id = self._ids[row]
        if article_id not in self._snippets and self.query is not None:
            start = row - row % SNIPPET_ROWS
            ids = self._ids[start : start + SNIPPET_ROWS]
            self._snippets.update(search.snippets(self._archive, self.query, ids, as_html=True))
        return self._snippets.get(article_id, "")

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        match self.COLUMNS[index.column()]:
            case "title":
                return row.title
            case "published":
                return row.published.display() if row.published else ""
            case "outlet":
                return row.outlet or ""
            case "snippet":
                return self._snippet(index.row())
            case _:
                return ", ".join(row.authors)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ARTICLE_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        """Ids for drops inside the app, and the articles as .txt files for other programs."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._ids[r] for r in rows]
        mime = encode_ids(ids)
        folder = Path(tempfile.mkdtemp(prefix="tulieu-drag-"))
        files = [write_text_file(record, folder) for record in articles.get_articles(
            self._archive, ids)]
        mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
        return mime

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        name = self.COLUMNS[column]
        self._sort = ("rank" if name == "snippet" else name,
                      order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        # Carry the selection and current row over to the articles' new positions.
        persistent = self.persistentIndexList()
        held = [self._ids[i.row()] for i in persistent]
        self._ids = self._query_ids()
        self._pages.clear()
        rows = {article_id: row for row, article_id in enumerate(self._ids)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(rows[a], old.column()) if a in rows else QModelIndex()
                for a, old in zip(held, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()


def write_text_file(record: ArticleRecord, folder: Path) -> Path:
    """The article as a UTF-8 text file named after its title, for dragging out."""
    safe = "".join(ch for ch in record.title if ch.isalnum() or ch in " -_,.")[:80].strip()
    path = folder / f"{safe or record.id}.txt"
    lines = [record.title]
    if record.published:
        lines.append(record.published.display())
    lines += ["", record.body]
    if record.authors:
        lines += ["", ", ".join(record.authors)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
