"""The filters panel: counts that follow the current search (outlets, months, tags, entities).

Clicking a value narrows the search by adding the matching term to the search box, so every
filter is also visible, editable and savable as query text.
"""

from __future__ import annotations

import calendar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.search import Facets

_TERM = Qt.ItemDataRole.UserRole
_ENTITY_FIELDS = {"person": "nguoi", "organization": "tochuc", "place": "diadiem",
                  "document": "vanban"}


def _quoted(value: str) -> str:
    return '"' + value.replace('"', "") + '"'


def month_term(month: str) -> str:
    """`2023-10` as the date range of that month in the query language."""
    year, number = (int(part) for part in month.split("-"))
    last = calendar.monthrange(year, number)[1]
    return f"tu:{month}-01 den:{month}-{last:02d}"


class FiltersPanel(QWidget):
    term_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._chosen)
        self.tree.itemClicked.connect(self._chosen)
        self.use_from = QCheckBox(self.tr("Từ ngày"))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-3))
        self.use_to = QCheckBox(self.tr("Đến ngày"))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        apply_dates = QPushButton(self.tr("Lọc theo ngày"))
        apply_dates.clicked.connect(self._dates_chosen)
        dates = QFormLayout()
        dates.addRow(self.use_from, self.date_from)
        dates.addRow(self.use_to, self.date_to)
        dates.addRow(apply_dates)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(dates)
        layout.addWidget(self.tree, 1)

    def show_facets(self, facets: Facets) -> None:
        self.tree.clear()
        sections = [
            (self.tr("Cơ quan báo chí"),
             [(n, c, f"nguon:{_quoted(n)}") for n, c in facets.outlets]),
            (self.tr("Tháng"), [(m, c, month_term(m)) for m, c in facets.months]),
            (self.tr("Nhãn"), [(n, c, f"the:{_quoted(n)}") for n, c in facets.tags]),
        ]
        labels = {"person": self.tr("Người"), "organization": self.tr("Tổ chức"),
                  "place": self.tr("Địa danh"), "document": self.tr("Văn bản")}
        for kind, values in facets.entities.items():
            field = _ENTITY_FIELDS.get(kind)
            if field:
                sections.append((labels[kind], [(n, c, f"{field}:{_quoted(n)}")
                                                for n, c in values]))
        for title, values in sections:
            if not values:
                continue
            head = QTreeWidgetItem(self.tree, [f"{title} ({len(values)})"])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for name, number, term in values:
                item = QTreeWidgetItem(head, [f"{_shown_month(name)} ({number})"])
                item.setData(0, _TERM, term)
                item.setToolTip(0, term)
            head.setExpanded(True)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        term = item.data(0, _TERM)
        if term:
            self.term_chosen.emit(term)

    def _dates_chosen(self) -> None:
        parts = []
        if self.use_from.isChecked():
            parts.append(f"tu:{self.date_from.date().toString('yyyy-MM-dd')}")
        if self.use_to.isChecked():
            parts.append(f"den:{self.date_to.date().toString('yyyy-MM-dd')}")
        if parts:
            self.term_chosen.emit(" ".join(parts))


def _shown_month(name: str) -> str:
    """`2023-10` shows as `10/2023`; anything else as it is."""
    if len(name) == 7 and name[4] == "-" and name[:4].isdigit():
        return f"{name[5:]}/{name[:4]}"
    return name
