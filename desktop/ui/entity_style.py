"""How entities look everywhere in the window: one soft colour per kind, lighter when suggested."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat

# (confirmed background, suggested background, suggested underline): soft enough to read
# through, distinct enough to tell apart, and not the yellow the search uses for its hits.
COLOURS = {
    "person": ("#ffd9a8", "#fff1de", "#d9892b"),
    "organization": ("#c9defc", "#eaf2ff", "#4f86d6"),
    "place": ("#c8ecc8", "#ebf8eb", "#4a9e4a"),
    "document": ("#e6d5f5", "#f6effc", "#9466c2"),
}
KEYS = {"P": "person", "O": "organization", "L": "place", "D": "document"}


def kind_label(kind: str) -> str:
    labels = {
        "person": QCoreApplication.translate("entities", "Người"),
        "organization": QCoreApplication.translate("entities", "Tổ chức"),
        "place": QCoreApplication.translate("entities", "Địa danh"),
        "document": QCoreApplication.translate("entities", "Văn bản"),
    }
    return labels[kind]


def tag_label(kind: str) -> str:
    """Menu text for tagging a selection as `kind`."""
    labels = {
        "person": QCoreApplication.translate("entities", "Gắn thẻ người…"),
        "organization": QCoreApplication.translate("entities", "Gắn thẻ tổ chức…"),
        "place": QCoreApplication.translate("entities", "Gắn thẻ địa danh…"),
        "document": QCoreApplication.translate("entities", "Gắn thẻ văn bản…"),
    }
    return labels[kind]


def mention_format(kind: str, confirmed: bool) -> QTextCharFormat:
    solid, light, line = COLOURS[kind]
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(solid if confirmed else light))
    if not confirmed:
        # A dashed line under a pale background reads as "suggested, not yet checked".
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(QColor(line))
    return fmt


def swatch(kind: str) -> QColor:
    return QColor(COLOURS[kind][0])
