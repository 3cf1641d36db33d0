"""Search hits marked in a text view, with next/previous (F3 / Shift+F3).

Marks are drawn as extra selections over the shown document, so the view's own formatting
(headings, entity highlights) stays as it is.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from desktop.services.search import Query, highlight_spans

HIT_COLOUR = QColor("#ffe58a")
CURRENT_COLOUR = QColor("#f5a623")


class SearchHits:
    def __init__(self, view: QTextEdit) -> None:
        self.view = view
        self.spans: list[tuple[int, int]] = []
        self.current = -1

    def show(self, query: Query | None) -> int:
        """Mark every hit of `query` in the view's current text; returns how many."""
        text = self.view.document().toPlainText()
        self.spans = highlight_spans(text, query) if query is not None else []
        self.current = -1
        self._paint()
        return len(self.spans)

    def next(self, step: int = 1) -> None:
        if not self.spans:
            return
        self.current = (self.current + step) % len(self.spans)
        self._paint()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.spans[self.current][0])
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()

    def _paint(self) -> None:
        selections = []
        for number, (start, end) in enumerate(self.spans):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_COLOUR if number == self.current else HIT_COLOUR)
            selection.format = fmt
            selections.append(selection)
        self.view.setExtraSelections(selections)
