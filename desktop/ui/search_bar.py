"""The search box above the table: the query language, with errors shown, never raised."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.search import Query, QueryError, parse

# Wait for a pause in typing before searching, so each key press does not run a query.
TYPING_PAUSE_MS = 250


class SearchBar(QWidget):
    query_changed = Signal(object)  # Query, or None for "no search"
    save_requested = Signal(str)  # the query text, to keep as a saved search
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr(
            "Tìm (Ctrl+F): bo tu phap · \"nghị quyết 35\" · nguon:\"Tổ Quốc\" · nam:2024 · -tin"
        ))
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Lưu tìm kiếm"))
        self.save_button.setEnabled(False)
        self.help_button = QToolButton()
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("Cách viết câu tìm kiếm"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self.run)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.text()))
        self.help_button.clicked.connect(self.help_requested)
        self.query: Query | None = None

    def text(self) -> str:
        return self.field.text().strip()

    def set_text(self, text: str) -> None:
        """Put a query in the box and run it at once (a saved search, a filter click)."""
        self.field.setText(text)
        self.run()

    def add_term(self, term: str) -> None:
        """Narrow the current search by one more term (from the filters panel)."""
        current = self.text()
        if term not in current.split():
            self.set_text(f"{current} {term}".strip())

    def run(self) -> None:
        self._timer.stop()
        text = self.text()
        try:
            query = parse(text) if text else None
        except QueryError as error:
            self.problem.setText(self.tr("Câu tìm kiếm chưa đúng: {0}").format(error))
            self.problem.show()
            return
        if query is not None and query.is_empty:
            query = None
        self.problem.hide()
        self.save_button.setEnabled(query is not None)
        if query != self.query:
            self.query = query
            self.query_changed.emit(query)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.set_text("")
            return
        super().keyPressEvent(event)
