"""An entity's page (name, aliases, notes, titles over time, articles by date) and the
list of likely duplicates, both opened from the entity browser."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import entities
from desktop.services.entities import EntityNotFound
from desktop.ui.entity_style import kind_label

if TYPE_CHECKING:
    from desktop.ui.entity_browser import EntityPanel

_ID = Qt.ItemDataRole.UserRole


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1,
                                                  QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text: str, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(_ID, data)
    return item


class EntityPageDialog(QDialog):
    def __init__(self, panel: EntityPanel, entity_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel, self.entity_id = panel, entity_id
        self.resize(720, 620)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.aliases = QLabel()
        self.aliases.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Ghi chú về thực thể này"))
        self.notes.setMaximumHeight(80)
        save_notes = QPushButton(self.tr("Lưu ghi chú"))
        save_notes.clicked.connect(self.save_notes)
        self.titles = _table([self.tr("Ngày bài"), self.tr("Chức danh ghi trong bài")])
        self.articles = _table([self.tr("Ngày"), self.tr("Số lần"), self.tr("Bài viết")])
        self.articles.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.articles.itemDoubleClicked.connect(self._open_article)
        split = QPushButton(self.tr("Tách các bài đã chọn thành thực thể khác…"))
        split.clicked.connect(self.ask_split)
        form = QFormLayout()
        form.addRow(self.tr("Tên khác:"), self.aliases)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes, 1)
        notes_row.addWidget(save_notes, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Ghi chú:"), notes_row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Chức danh theo thời gian</b>")))
        layout.addWidget(self.titles, 1)
        layout.addWidget(QLabel(self.tr("<b>Bài viết nhắc đến</b> (nhấp đúp để mở)")))
        layout.addWidget(self.articles, 2)
        layout.addWidget(split, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        try:
            page = entities.entity_page(self.panel.archive, self.entity_id)
        except EntityNotFound:
            self.close()
            return
        self.page = page
        self.setWindowTitle(page.name)
        self.heading.setText(f"<h2>{escape(page.name)}</h2><p style='color:#555'>"
                             f"{kind_label(page.kind)} · "
                             + self.tr("{0} bài").format(len(page.articles)) + "</p>")
        self.aliases.setText("; ".join(page.aliases) or "—")
        self.notes.setPlainText(page.notes or "")
        self.titles.setRowCount(0)
        for seen in page.titles:
            row = self.titles.rowCount()
            self.titles.insertRow(row)
            when = seen.published.display() if seen.published else "—"
            self.titles.setItem(row, 0, _cell(when, seen.article_id))
            self.titles.setItem(row, 1, _cell(seen.title, seen.article_id))
        self.articles.setRowCount(0)
        for ref in page.articles:
            row = self.articles.rowCount()
            self.articles.insertRow(row)
            self.articles.setItem(row, 0, _cell(ref.published.display() if ref.published
                                                else "—", ref.id))
            self.articles.setItem(row, 1, _cell(str(ref.mentions), ref.id))
            self.articles.setItem(row, 2, _cell(ref.title, ref.id))
        self.titles.resizeColumnToContents(0)
        self.articles.resizeColumnToContents(0)

    def save_notes(self) -> None:
        entities.set_notes(self.panel.archive, self.entity_id, self.notes.toPlainText())
        self.reload()

    def _open_article(self, item: QTableWidgetItem) -> None:
        self.panel.browser.select_entity(self.entity_id)
        self.panel.filter_by(self.entity_id)
        self.panel.window.select_article(item.data(_ID))

    def chosen_articles(self) -> list[int]:
        rows = {i.row() for i in self.articles.selectedItems()}
        return [self.articles.item(r, 0).data(_ID) for r in sorted(rows)]

    def ask_split(self) -> None:
        chosen = self.chosen_articles()
        if not chosen:
            return
        name, ok = QInputDialog.getText(self, self.tr("Tách thực thể"),
                                        self.tr("Tên thực thể mới cho các bài đã chọn:"))
        if ok and name.strip():
            self.split(chosen, name)

    def split(self, article_ids: list[int], name: str) -> None:
        """Move this entity's mentions in `article_ids` to the entity called `name`."""
        archive = self.panel.archive
        ids = [m.id for a in article_ids for m in entities.mentions(archive, a)
               if m.entity_id == self.entity_id]
        try:
            entities.split(archive, self.entity_id, ids, name)
        except (ValueError, LookupError) as exc:
            self.panel.window.warn(str(exc))
        self.panel.changed()


class DuplicatesDialog(QDialog):
    """Pairs that are probably one entity; merging one keeps the entity with more articles."""

    def __init__(self, panel: EntityPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setWindowTitle(self.tr("Thực thể có thể trùng nhau"))
        self.resize(760, 440)
        self.table = _table([self.tr("Giữ lại"), self.tr("Gộp vào bên trái"), self.tr("Lý do")])
        merge = QPushButton(self.tr("Gộp cặp đã chọn"))
        merge.clicked.connect(self.merge_chosen)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(merge)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.pairs = entities.suggest_duplicates(self.panel.archive)
        self.table.setRowCount(0)
        for number, pair in enumerate(self.pairs):
            self.table.insertRow(number)
            self.table.setItem(number, 0, _cell(f"{pair.a.name} ({pair.a.article_count})",
                                                number))
            self.table.setItem(number, 1, _cell(f"{pair.b.name} ({pair.b.article_count})"))
            self.table.setItem(number, 2, _cell(f"{kind_label(pair.a.kind)}: {pair.reason}"))
        self.table.resizeColumnsToContents()

    def merge_chosen(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedItems()})
        if not rows:
            return
        pair = self.pairs[rows[0]]
        self.panel.merge(pair.a.id, pair.b.id)
        self.reload()
