"""The sidebar: the whole archive, the trash and the tag tree, each with its count.

Clicking an entry shows those articles; dropping table rows on a tag tags them.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QInputDialog,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.services.articles import Scope
from desktop.services.tags import SEPARATOR, TagInfo

ARTICLE_IDS_MIME = "application/x-tulieu-article-ids"
_SCOPE = Qt.ItemDataRole.UserRole
_TAG = Qt.ItemDataRole.UserRole + 1
_SAVED = Qt.ItemDataRole.UserRole + 2


def encode_ids(ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(ARTICLE_IDS_MIME, QByteArray(",".join(map(str, ids)).encode()))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(ARTICLE_IDS_MIME):
        return []
    raw = bytes(mime.data(ARTICLE_IDS_MIME).data()).decode()
    return [int(part) for part in raw.split(",") if part]


class Sidebar(QTreeWidget):
    scope_chosen = Signal(object)  # Scope
    tag_dropped = Signal(str, list)  # tag name, article ids
    new_tag_requested = Signal(str)  # name
    rename_requested = Signal(str, str)  # old, new
    color_requested = Signal(str, str)  # name, #rrggbb
    delete_requested = Signal(str)
    saved_search_chosen = Signal(str)  # query text
    saved_search_removed = Signal(str)  # name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.currentItemChanged.connect(self._chosen)
        self.all_item = QTreeWidgetItem([self.tr("Tất cả bài viết")])
        self.all_item.setData(0, _SCOPE, Scope())
        self.trash_item = QTreeWidgetItem([self.tr("Thùng rác")])
        self.trash_item.setData(0, _SCOPE, Scope(trash=True))
        self.tags_item = QTreeWidgetItem([self.tr("Nhãn")])
        self.tags_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.saved_item = QTreeWidgetItem([self.tr("Tìm kiếm đã lưu")])
        self.saved_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addTopLevelItems([self.all_item, self.trash_item, self.tags_item, self.saved_item])
        self.itemClicked.connect(self._clicked)
        self.setCurrentItem(self.all_item)

    def show_counts(self, total: int, trashed: int, tags: list[TagInfo]) -> None:
        """Refresh labels and the tag tree, keeping the entry the user is on."""
        current = self.current_scope()
        self.all_item.setText(0, self.tr("Tất cả bài viết ({0})").format(total))
        self.trash_item.setText(0, self.tr("Thùng rác ({0})").format(trashed))
        blocked = self.blockSignals(True)
        self.tags_item.takeChildren()
        items: dict[str, QTreeWidgetItem] = {}

        def node(name: str) -> QTreeWidgetItem:
            # A nested tag whose parent has no tag of its own still hangs under its parent.
            if name not in items:
                parent_name, _, leaf = name.rpartition(SEPARATOR)
                parent = node(parent_name) if parent_name else self.tags_item
                item = QTreeWidgetItem(parent, [leaf])
                item.setData(0, _SCOPE, Scope(tag=name))
                item.setData(0, _TAG, name)
                item.setToolTip(0, name)
                items[name] = item
            return items[name]

        for tag in tags:
            item = node(tag.name)
            item.setText(0, f"{tag.leaf} ({tag.count})")
            if tag.color:
                item.setIcon(0, _swatch(tag.color))
        self.tags_item.setExpanded(True)
        self.expandAll()
        self.select_scope(current)
        self.blockSignals(blocked)

    def show_saved(self, searches: list[tuple[str, str, int]]) -> None:
        """(name, query, count) for each saved search; counts follow the archive."""
        self.saved_item.takeChildren()
        for name, query, count in searches:
            item = QTreeWidgetItem(self.saved_item, [f"{name} ({count})"])
            item.setData(0, _SAVED, (name, query))
            item.setToolTip(0, query)
        self.saved_item.setExpanded(True)

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        saved = item.data(0, _SAVED)
        if saved:
            self.saved_search_chosen.emit(saved[1])

    def current_scope(self) -> Scope:
        item = self.currentItem()
        scope = item.data(0, _SCOPE) if item else None
        return scope if isinstance(scope, Scope) else Scope()

    def select_scope(self, scope: Scope) -> None:
        for item in self._items():
            if item.data(0, _SCOPE) == scope:
                self.setCurrentItem(item)
                return
        self.setCurrentItem(self.all_item)

    def _items(self):
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            yield item
            stack.extend(item.child(i) for i in range(item.childCount()))

    def _chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        scope = item.data(0, _SCOPE) if item else None
        if isinstance(scope, Scope):
            self.scope_chosen.emit(scope)

    # -- drag rows onto a tag ------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(ARTICLE_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        item = self.itemAt(event.position().toPoint())
        if item is not None and item.data(0, _TAG) and decode_ids(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        item = self.itemAt(event.position().toPoint())
        ids = decode_ids(event.mimeData())
        if item is None or not item.data(0, _TAG) or not ids:
            event.ignore()
            return
        event.acceptProposedAction()
        self.tag_dropped.emit(item.data(0, _TAG), ids)

    # -- managing tags -------------------------------------------------------------------
    def _menu(self, position) -> None:
        item = self.itemAt(position)
        saved = item.data(0, _SAVED) if item else None
        if saved:
            menu = QMenu(self)
            menu.addAction(self.tr("Xoá tìm kiếm đã lưu"),
                           lambda: self.saved_search_removed.emit(saved[0]))
            menu.exec(self.viewport().mapToGlobal(position))
            return
        name = item.data(0, _TAG) if item else None
        menu = QMenu(self)
        menu.addAction(self.tr("Nhãn mới…"), lambda: self.ask_new_tag(name))
        if name:
            menu.addAction(self.tr("Đổi tên…"), lambda: self.ask_rename(name))
            menu.addAction(self.tr("Đổi màu…"), lambda: self.ask_color(name))
            menu.addAction(self.tr("Xoá nhãn"), lambda: self.delete_requested.emit(name))
        menu.exec(self.viewport().mapToGlobal(position))

    def ask_new_tag(self, parent: str | None = None) -> None:
        prefix = f"{parent}{SEPARATOR}" if parent else ""
        name, ok = QInputDialog.getText(
            self, self.tr("Nhãn mới"), self.tr("Tên nhãn (nhãn con: Cha/Con):"), text=prefix
        )
        if ok and name.strip():
            self.new_tag_requested.emit(name)

    def ask_rename(self, name: str) -> None:
        new, ok = QInputDialog.getText(self, self.tr("Đổi tên nhãn"), self.tr("Tên mới:"),
                                       text=name)
        if ok and new.strip() and new != name:
            self.rename_requested.emit(name, new)

    def ask_color(self, name: str) -> None:
        color = QColorDialog.getColor(parent=self, title=self.tr("Màu của nhãn"))
        if color.isValid():
            self.color_requested.emit(name, color.name())


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
