"""The entity browser: a dock listing entities by type with article counts and a search box.

Choosing an entity filters the article table to the articles that mention it. `EntityPanel`
wires the browser, the reading pane's tagging and the entity page into the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import entities
from desktop.services.articles import Scope
from desktop.services.entities import EntityInfo
from desktop.store.archive import Archive
from desktop.ui.entity_style import KEYS, kind_label, swatch

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

_ID = Qt.ItemDataRole.UserRole
KINDS = tuple(KEYS.values())


class EntityBrowser(QWidget):
    entity_chosen = Signal(object)  # entity id, or None to show every article again
    page_requested = Signal(int)
    merge_requested = Signal(int, int)  # keep, other
    duplicates_requested = Signal()

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Mọi loại"), None)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm tên hoặc tên khác…"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Tên"), self.tr("Số bài")])
        self.tree.setRootIsDecorated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(1, 60)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.show_all = QPushButton(self.tr("Bỏ lọc"))
        self.duplicates = QPushButton(self.tr("Trùng lặp…"))
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_all)
        bottom.addStretch(1)
        bottom.addWidget(self.duplicates)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.show_all.clicked.connect(self._clear)
        self.duplicates.clicked.connect(self.duplicates_requested)
        self.entities: list[EntityInfo] = []
        self.setMinimumWidth(280)

    def refresh(self) -> None:
        """List the entities again, keeping the one the user is on."""
        current = self.current_id()
        self.entities = entities.list_entities(
            self.archive, self.kind.currentData(), self.search.text() or None
        )
        blocked = self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for kind in KINDS:
            members = [e for e in self.entities if e.kind == kind]
            if not members:
                continue
            group = QTreeWidgetItem([kind_label(kind), str(len(members))])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setBackground(0, swatch(kind))
            groups[kind] = group
            for entity in members:
                item = QTreeWidgetItem([entity.name, str(entity.article_count)])
                item.setData(0, _ID, entity.id)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                if entity.aliases:
                    item.setToolTip(0, self.tr("Tên khác: {0}").format("; ".join(entity.aliases)))
                group.addChild(item)
        self.tree.addTopLevelItems(list(groups.values()))
        self.tree.expandAll()
        if current is not None:
            self.select_entity(current)
        self.tree.blockSignals(blocked)

    def item_of(self, entity_id: int) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).data(0, _ID) == entity_id:
                    return group.child(j)
        return None

    def select_entity(self, entity_id: int) -> bool:
        item = self.item_of(entity_id)
        if item is not None:
            self.tree.setCurrentItem(item)
        return item is not None

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, _ID) if item is not None else None

    def selected_ids(self) -> list[int]:
        return [i.data(0, _ID) for i in self.tree.selectedItems() if i.data(0, _ID) is not None]

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        entity_id = current.data(0, _ID) if current is not None else None
        if entity_id is not None:
            self.entity_chosen.emit(entity_id)

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, _ID) is not None:
            self.page_requested.emit(item.data(0, _ID))

    def _clear(self) -> None:
        blocked = self.tree.blockSignals(True)
        self.tree.setCurrentItem(None)
        self.tree.clearSelection()
        self.tree.blockSignals(blocked)
        self.entity_chosen.emit(None)

    def _menu(self, position) -> None:
        chosen = self.selected_ids()
        if not chosen:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Trang thực thể…"), lambda: self.page_requested.emit(chosen[0]))
        if len(chosen) == 2:
            menu.addAction(self.tr("Gộp hai thực thể làm một"),
                           lambda: self.merge_requested.emit(chosen[0], chosen[1]))
        menu.exec(self.tree.viewport().mapToGlobal(position))


class MergeCommand(QUndoCommand):
    """A merge already made when pushed (the first redo does nothing), on the window's stack."""

    def __init__(self, panel: EntityPanel, record: entities.MergeRecord, text: str) -> None:
        super().__init__(text)
        self.panel, self.record = panel, record
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._apply(lambda: entities.merge(self.panel.archive, self.record.keep_id,
                                           self.record.other_id))

    def undo(self) -> None:
        self._apply(lambda: entities.undo_merge(self.panel.archive, self.record))

    def _apply(self, step) -> None:
        try:
            result = step()
        except (ValueError, LookupError) as exc:  # someone else changed them meanwhile
            self.setObsolete(True)
            self.panel.window.warn(str(exc))
        else:
            if isinstance(result, entities.MergeRecord):
                self.record = result
        self.panel.changed()


class EntityPanel(QObject):
    """Everything entity-related in the main window, kept out of main_window.py."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.archive = window.archive
        self.page_dialog = None
        self.duplicates_dialog = None
        window.reader.set_archive(window.archive, window.access.writable)
        self.browser = EntityBrowser(window.archive)
        self.dock = QDockWidget(self.tr("Người, tổ chức, địa danh, văn bản"), window)
        self.dock.setObjectName("entities-dock")
        self.dock.setWidget(self.browser)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.toggle = self.dock.toggleViewAction()
        self.toggle.setText(self.tr("Bảng thực thể"))
        self.toggle.setShortcut(QKeySequence("Ctrl+Shift+N"))
        window.menus["view"].addAction(self.toggle)
        self.browser.entity_chosen.connect(self.filter_by)
        self.browser.page_requested.connect(self.show_page)
        self.browser.merge_requested.connect(self.merge)
        self.browser.duplicates_requested.connect(self.show_duplicates)
        window.reader.mentions_changed.connect(lambda _id: self.changed())
        window.reader.entity_page_requested.connect(self.show_page)
        window.import_finished.connect(lambda _summary: self.browser.refresh())
        window.after_first_paint(self.browser.refresh)

    def filter_by(self, entity_id: int | None) -> None:
        self.window._scope_chosen(Scope(entity_id=entity_id))

    def changed(self) -> None:
        """After a tag, merge or split: refresh the browser, the table and the marks."""
        self.browser.refresh()
        self.window.reload()
        self.window.reader.refresh_mentions()
        self.window.searching.mark_hits()
        if self.page_dialog is not None and self.page_dialog.isVisible():
            self.page_dialog.reload()

    def merge(self, keep: int, other: int) -> None:
        names = {e.id: e.name for e in self.browser.entities}
        text = self.tr("Gộp {0} vào {1}").format(names.get(other, other), names.get(keep, keep))
        try:
            record = entities.merge(self.archive, keep, other)
        except (ValueError, LookupError) as exc:
            self.window.warn(str(exc))
            return
        self.window.edits.stack.push(MergeCommand(self, record, text))
        self.changed()

    def show_page(self, entity_id: int) -> None:
        from desktop.ui.entity_page import EntityPageDialog

        self.page_dialog = EntityPageDialog(self, entity_id, self.window)
        self.page_dialog.show()

    def show_duplicates(self) -> None:
        from desktop.ui.entity_page import DuplicatesDialog

        self.duplicates_dialog = DuplicatesDialog(self, self.window)
        self.duplicates_dialog.show()
