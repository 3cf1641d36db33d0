"""Names of article fields as the user sees them, and how a value is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.dates import PartialDate


def field_label(name: str) -> str:
    labels = {
        "title": QCoreApplication.translate("fields", "Tiêu đề"),
        "published": QCoreApplication.translate("fields", "Ngày đăng"),
        "event_date": QCoreApplication.translate("fields", "Ngày sự kiện"),
        "outlet": QCoreApplication.translate("fields", "Cơ quan báo chí"),
        "authors": QCoreApplication.translate("fields", "Tác giả"),
        "url": QCoreApplication.translate("fields", "Đường link"),
        "category": QCoreApplication.translate("fields", "Chuyên mục"),
        "unit": QCoreApplication.translate("fields", "Đơn vị tổ chức"),
        "notes": QCoreApplication.translate("fields", "Ghi chú"),
        "tags": QCoreApplication.translate("fields", "Nhãn"),
    }
    return labels.get(name, name)


def shown(value) -> str:
    """A field's value as text: dates day-first, lists joined by `; `, nothing as a dash."""
    if isinstance(value, PartialDate):
        return value.display()
    if isinstance(value, tuple | list):
        return "; ".join(value) or "—"
    return value or "—"
