"""The fields an office fills once and the app remembers: header, opening, sections, closing."""

from __future__ import annotations

import dataclasses
import datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from desktop.reports.settings import ReportSettings

SIGNING_PREFIXES = ("T/M", "TM.", "KT.", "TL.", "TUQ.", "Q.", "")
TEXT_FIELDS = ("parent_body", "issuing_body", "number_symbol", "place", "title", "subject",
               "articles_heading", "filing", "signing_authority", "position", "signer")


def sections_to_text(sections: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"# {heading}\n{text}".rstrip() for heading, text in sections)


def sections_from_text(text: str) -> list[tuple[str, str]]:
    """`# Heading` lines start sections; the lines under them are the section's text."""
    sections: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("#"):
            sections.append((line.lstrip("#").strip(), []))
        elif sections:
            sections[-1][1].append(line)
        elif line.strip():  # text before any heading: a section without a title is no section
            sections.append(("", [line]))
    return [(h, "\n".join(lines).strip()) for h, lines in sections if h or "".join(lines)]


class ReportFields(QScrollArea):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        inner = QWidget()
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "parent_body": self.tr("Cơ quan cấp trên"),
            "issuing_body": self.tr("Cơ quan ban hành"),
            "number_symbol": self.tr("Số, ký hiệu"),
            "place": self.tr("Địa danh"),
            "title": self.tr("Tên loại văn bản"),
            "subject": self.tr("Trích yếu"),
            "articles_heading": self.tr("Mục tin, bài"),
            "filing": self.tr("Dòng lưu"),
            "signing_authority": self.tr("Thẩm quyền ký"),
            "position": self.tr("Chức vụ"),
            "signer": self.tr("Người ký"),
        }
        hints = {
            "parent_body": self.tr("Đảng ủy Bộ Tư pháp"),
            "issuing_body": self.tr("Ban Chỉ đạo 35"),
            "number_symbol": self.tr("12-BC/BCĐ35 hoặc 12/BC-UBND"),
            "title": self.tr("BÁO CÁO (mặc định)"),
            "subject": self.tr("về kết quả …"),
            "filing": self.tr("Lưu Văn phòng / Lưu: VT (mặc định)"),
            "signing_authority": self.tr("Ban Chỉ đạo"),
            "position": self.tr("Trưởng ban"),
        }
        for name in labels:
            edit = QLineEdit()
            edit.setPlaceholderText(hints.get(name, ""))
            edit.textChanged.connect(self.changed)
            self.edits[name] = edit
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.dateChanged.connect(self.changed)
        self.opening = self._text_box(self.tr("Thực hiện Kế hoạch số … , … báo cáo như sau:"))
        self.sections = self._text_box(self.tr(
            "# Tình hình chung\nNội dung…\n\n# Kết quả\nNội dung…"))
        self.recipients = self._text_box(self.tr("Mỗi dòng một nơi nhận"))
        self.prefix = QComboBox()
        self.prefix.setEditable(True)
        self.prefix.addItems(SIGNING_PREFIXES)
        self.prefix.currentTextChanged.connect(self.changed)
        rows = (
            ("parent_body", None), ("issuing_body", None), ("number_symbol", None),
            ("place", None), ("", (self.tr("Ngày"), self.date)), ("title", None),
            ("subject", None), ("", (self.tr("Căn cứ (mở đầu)"), self.opening)),
            ("", (self.tr("Các mục (# tiêu đề)"), self.sections)), ("articles_heading", None),
            ("", (self.tr("Nơi nhận"), self.recipients)), ("filing", None),
            ("", (self.tr("Ký thay mặt"), self.prefix)), ("signing_authority", None),
            ("position", None), ("signer", None),
        )
        for name, custom in rows:
            label, widget = custom if custom else (labels[name], self.edits[name])
            form.addRow(label, widget)
        self.setWidget(inner)

    def _text_box(self, hint: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(hint)
        box.setTabChangesFocus(True)
        box.setFixedHeight(self.fontMetrics().height() * 5)
        box.textChanged.connect(self.changed)
        return box

    def load(self, settings: ReportSettings) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(settings, name))
        day = settings.date
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.opening.setPlainText(settings.opening)
        self.sections.setPlainText(sections_to_text(settings.sections))
        self.recipients.setPlainText("\n".join(settings.recipients))
        self.prefix.setCurrentText(settings.signing_prefix)

    def apply(self, settings: ReportSettings) -> ReportSettings:
        """`settings` with the typed values in."""
        typed = {name: edit.text().strip() for name, edit in self.edits.items()}
        day = self.date.date()
        return dataclasses.replace(
            settings, **typed,
            date=datetime.date(day.year(), day.month(), day.day()),
            opening=self.opening.toPlainText().strip(),
            sections=sections_from_text(self.sections.toPlainText()),
            recipients=[line.strip() for line in self.recipients.toPlainText().splitlines()
                        if line.strip()],
            signing_prefix=self.prefix.currentText().strip(),
        )
