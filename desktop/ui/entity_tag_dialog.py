"""The small dialog that tags a selection: link to a known entity or create one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.core.text import normalize
from desktop.services.entities import EntityInfo
from desktop.ui.entity_style import kind_label

KINDS = ("person", "organization", "place", "document")
ELSEWHERE = ("", "article", "archive")


class EntityTagDialog(QDialog):
    """Kind, name (completed from names and aliases of known entities), title, elsewhere."""

    def __init__(
        self, kind: str, surface: str, known: list[EntityInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gắn thẻ"))
        self.setMinimumWidth(460)
        self._known = known
        self.surface = QLabel(f"<b>{escape(surface)}</b>")
        self.surface.setTextFormat(Qt.TextFormat.RichText)
        self.kind = QComboBox()
        for value in KINDS:
            self.kind.addItem(kind_label(value), value)
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.name = QLineEdit(surface)
        self.name.setPlaceholderText(self.tr("Tên đầy đủ của người, tổ chức, …"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Chức danh ghi trong bài (nếu có)"))
        self.elsewhere = QComboBox()
        for text in (self.tr("Chỉ chỗ này"), self.tr("Mọi chỗ khác trong bài này"),
                     self.tr("Mọi chỗ khác trong cả kho")):
            self.elsewhere.addItem(text)
        self.match = QLabel()
        self.match.setStyleSheet("color: #666")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Chữ đã chọn:"), self.surface)
        form.addRow(self.tr("Loại:"), self.kind)
        form.addRow(self.tr("Thực thể:"), self.name)
        form.addRow("", self.match)
        form.addRow(self.tr("Chức danh:"), self.title)
        form.addRow(self.tr("Gắn thẻ thêm:"), self.elsewhere)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.name.textChanged.connect(self._show_match)
        self._kind_changed()
        self.name.selectAll()
        self.name.setFocus()

    def _forms(self) -> dict[str, EntityInfo]:
        kind = self.chosen_kind()
        return {form: e for e in self._known if e.kind == kind
                for form in (e.name, *e.aliases)}

    def _kind_changed(self) -> None:
        completer = QCompleter(sorted(self._forms()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.title.setEnabled(self.chosen_kind() == "person")
        self._show_match()

    def _show_match(self) -> None:
        entity = self.entity()
        self.match.setText(
            self.tr("Gắn vào: {0} ({1} bài)").format(entity.name, entity.article_count)
            if entity else self.tr("Thực thể mới")
        )

    def chosen_kind(self) -> str:
        return self.kind.currentData()

    def entity(self) -> EntityInfo | None:
        """The known entity the typed name (or alias) points to, if any."""
        return self._forms().get(normalize(self.name.text()).strip())

    def entity_name(self) -> str:
        return normalize(self.name.text()).strip()

    def title_text(self) -> str | None:
        return self.title.text().strip() or None if self.title.isEnabled() else None

    def elsewhere_scope(self) -> str:
        """"" (only here), "article" or "archive"."""
        return ELSEWHERE[self.elsewhere.currentIndex()]
