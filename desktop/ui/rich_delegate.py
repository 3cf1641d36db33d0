"""Paint a table cell's HTML (search snippets with the matching words in bold)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


class RichTextDelegate(QStyledItemDelegate):
    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        self.initStyleOption(option, index)
        html = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(html)
        painter.save()
        painter.translate(option.rect.topLeft())
        document.drawContents(painter, QRectF(0, 0, option.rect.width(), option.rect.height()))
        painter.restore()
