"""Bulk edit: set or clear a few fields on many articles at once, after a preview."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dates import DateError, parse_typed
from desktop.core.records import ArticleRecord
from desktop.services.editing import ArticleChanges, changes_of, cleaned, differences
from desktop.ui.fields import field_label, shown

Item = tuple[int, ArticleChanges, ArticleChanges]


class BulkEditDialog(QDialog):
    """Tick a field to change it; an empty value clears it. The preview lists every change."""

    TEXT_FIELDS = ("outlet", "category", "unit", "published")

    def __init__(self, records: list[ArticleRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sửa hàng loạt {0} bài").format(len(records)))
        self.resize(820, 560)
        self._records = records
        self.checks: dict[str, QCheckBox] = {}
        self.values: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name in self.TEXT_FIELDS:
            check = QCheckBox(field_label(name))
            value = QLineEdit()
            value.setPlaceholderText(self.tr("để trống để xoá"))
            value.setEnabled(False)
            check.toggled.connect(value.setEnabled)
            check.toggled.connect(self.refresh)
            value.textChanged.connect(self.refresh)
            form.addRow(check, value)
            self.checks[name], self.values[name] = check, value
        self.add_tags = QLineEdit()
        self.add_tags.setPlaceholderText(self.tr("nhãn thêm vào, cách nhau bởi ;"))
        self.remove_tags = QLineEdit()
        self.remove_tags.setPlaceholderText(self.tr("nhãn gỡ ra, cách nhau bởi ;"))
        for field in (self.add_tags, self.remove_tags):
            field.textChanged.connect(self.refresh)
        form.addRow(self.tr("Thêm nhãn"), self.add_tags)
        form.addRow(self.tr("Gỡ nhãn"), self.remove_tags)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c0392b;")
        self.preview = QTableWidget(0, 4)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Bài viết"), self.tr("Trường"), self.tr("Hiện tại"), self.tr("Sẽ thành")]
        )
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(QLabel(self.tr("Xem trước thay đổi:")))
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.refresh()

    def items(self) -> list[Item]:
        """(id, before, after) for every article that would change; raises DateError."""
        out = []
        for record in self._records:
            before = changes_of(record)
            after = cleaned(self._changed(before))
            if differences(before, after):
                out.append((record.id, before, after))
        return out

    def _changed(self, before: ArticleChanges) -> ArticleChanges:
        updates: dict = {}
        for name, check in self.checks.items():
            if check.isChecked():
                text = self.values[name].text()
                updates[name] = parse_typed(text) if name == "published" else text
        tags = list(before.tags or ())
        tags += [t for t in _split(self.add_tags.text()) if t not in tags]
        removed = set(_split(self.remove_tags.text()))
        updates["tags"] = tuple(t for t in tags if t not in removed)
        return replace(before, **updates)

    def refresh(self) -> None:
        self.preview.setRowCount(0)
        try:
            items = self.items()
        except DateError as exc:
            self.problem.setText(f"{field_label('published')}: {exc}")
            self.apply_button.setEnabled(False)
            return
        self.problem.clear()
        titles = {r.id: r.title for r in self._records}
        for article_id, before, after in items:
            for name in differences(before, after):
                row = self.preview.rowCount()
                self.preview.insertRow(row)
                old, new = getattr(before, name), getattr(after, name)
                for column, text in enumerate(
                    (titles[article_id], field_label(name), shown(old), shown(new))
                ):
                    self.preview.setItem(row, column, QTableWidgetItem(text))
        self.apply_button.setEnabled(bool(items))


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]
