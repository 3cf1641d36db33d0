"""The metadata editor beside the reading pane. Saves through the services, never loses text.

Invalid values are marked and not saved; a save that fails keeps everything typed in the
fields and says why.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dates import DateError, PartialDate, parse_typed
from desktop.core.records import ArticleRecord
from desktop.services.editing import ArticleChanges

INVALID_STYLE = "border: 1px solid #c0392b; background: #fdecea;"


class MetadataEditor(QWidget):
    """Emits `save_requested` with the changes; the window runs the save and reports back."""

    save_requested = Signal(int, object, int)  # article id, ArticleChanges, version edited
    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: ArticleRecord | None = None
        self._dirty = False
        self._loading = False

        self.title = QLineEdit()
        self.published = QLineEdit()
        self.published.setPlaceholderText(
            self.tr("ngày/tháng/năm [giờ:phút], vd. 31/03/2023 20:40")
        )
        self.event_date = QLineEdit()
        self.event_date.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.outlet = QLineEdit()
        self.authors = QLineEdit()
        self.authors.setPlaceholderText(self.tr("nhiều tác giả cách nhau bởi dấu ;"))
        self.url = QLineEdit()
        self.open_url = QToolButton()
        self.open_url.setText(self.tr("Mở"))
        self.open_url.setToolTip(self.tr("Mở đường link trong trình duyệt"))
        self.category = QLineEdit()
        self.unit = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(
            self.tr("nhãn, cách nhau bởi dấu ; — nhãn con: Hội nghị/Tập huấn")
        )
        self.published_hint = QLabel()
        self.published_hint.setStyleSheet("color: #777;")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setToolTip(self.tr("Lưu thay đổi (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Bỏ thay đổi"))

        url_row = QHBoxLayout()
        url_row.addWidget(self.url)
        url_row.addWidget(self.open_url)
        form = QFormLayout()
        form.addRow(self.tr("Tiêu đề"), self.title)
        date_row = QHBoxLayout()
        date_row.addWidget(self.published, 1)
        date_row.addWidget(self.published_hint)
        form.addRow(self.tr("Ngày đăng"), date_row)
        form.addRow(self.tr("Ngày sự kiện"), self.event_date)
        form.addRow(self.tr("Cơ quan báo chí"), self.outlet)
        form.addRow(self.tr("Tác giả"), self.authors)
        form.addRow(self.tr("Đường link"), url_row)
        form.addRow(self.tr("Chuyên mục"), self.category)
        form.addRow(self.tr("Đơn vị tổ chức"), self.unit)
        form.addRow(self.tr("Nhãn"), self.tags)
        form.addRow(self.tr("Ghi chú"), self.notes)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        for field in self._line_fields():
            field.textEdited.connect(self._on_edited)
        self.notes.textChanged.connect(self._on_edited)
        self.published.textEdited.connect(self._validate)
        self.published.textChanged.connect(self._show_precision)
        self.event_date.textEdited.connect(self._validate)
        self.save_button.clicked.connect(self.request_save)
        self.revert_button.clicked.connect(self.revert)
        self.open_url.clicked.connect(self._open_url)
        self.show_record(None)

    def _line_fields(self) -> tuple[QLineEdit, ...]:
        return (self.title, self.published, self.event_date, self.outlet, self.authors,
                self.url, self.category, self.unit, self.tags)

    # -- state ---------------------------------------------------------------------------
    @property
    def record(self) -> ArticleRecord | None:
        return self._record

    def is_dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.save_button.setEnabled(dirty and self._record is not None)
        self.revert_button.setEnabled(dirty)

    def show_record(self, record: ArticleRecord | None) -> None:
        """Fill the fields from a saved record (or clear them), discarding unsaved text."""
        self._record = record
        self._loading = True
        values = _fields_of(record)
        for field, value in zip(self._line_fields(), values[:-1], strict=True):
            field.setText(value)
            field.setStyleSheet("")
            field.setCursorPosition(0)
        self.notes.setPlainText(values[-1])
        self._loading = False
        self._show_precision()
        self.problem.clear()
        self.setEnabled(record is not None)
        self._set_dirty(False)

    def revert(self) -> None:
        self.show_record(self._record)

    def _on_edited(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def set_read_only(self, read_only: bool) -> None:
        """Show values without letting them be changed (a read-only shared archive)."""
        for field in self._line_fields():
            field.setReadOnly(read_only)
        self.notes.setReadOnly(read_only)
        self.save_button.setVisible(not read_only)
        self.revert_button.setVisible(not read_only)

    def set_completions(self, values: dict[str, list[str]]) -> None:
        """Offer values already in the archive: outlets, authors, categories, units, tags."""
        for name, field in (("outlet", self.outlet), ("category", self.category),
                            ("unit", self.unit), ("authors", self.authors),
                            ("tags", self.tags)):
            completer = QCompleter(QStringListModel(values.get(name, []), self), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            if name in ("authors", "tags"):
                _complete_last_item(field, completer)
            else:
                field.setCompleter(completer)

    def _show_precision(self) -> None:
        try:
            value = parse_typed(self.published.text())
        except DateError:
            self.published_hint.clear()
            return
        self.published_hint.setText(self._precision_label(value.precision) if value else "")

    def _precision_label(self, precision: str) -> str:
        """Say how precise the typed date is, so `24/5` visibly means 'year unknown'."""
        return {
            "minute": self.tr("đến phút"),
            "day": self.tr("đến ngày"),
            "day_no_year": self.tr("không rõ năm"),
            "month": self.tr("chỉ tháng"),
            "year": self.tr("chỉ năm"),
        }[precision]

    # -- validation and saving ---------------------------------------------------------
    def _validate(self) -> list[str]:
        problems = []
        for field, label in ((self.published, self.tr("Ngày đăng")),
                             (self.event_date, self.tr("Ngày sự kiện"))):
            try:
                parse_typed(field.text())
                field.setStyleSheet("")
            except DateError as exc:
                field.setStyleSheet(INVALID_STYLE)
                problems.append(f"{label}: {exc}")
        if not self.title.text().strip():
            self.title.setStyleSheet(INVALID_STYLE)
            problems.append(self.tr("Tiêu đề không được để trống"))
        else:
            self.title.setStyleSheet("")
        self.problem.setText("\n".join(problems))
        return problems

    def changes(self) -> ArticleChanges:
        """The fields as changes; call only after validation passed."""
        return ArticleChanges(
            title=self.title.text(),
            published=parse_typed(self.published.text()),
            event_date=parse_typed(self.event_date.text()),
            outlet=self.outlet.text(),
            authors=_split(self.authors.text()),
            url=self.url.text(),
            category=self.category.text(),
            unit=self.unit.text(),
            notes=self.notes.toPlainText(),
            tags=_split(self.tags.text()),
        )

    def request_save(self) -> bool:
        """Validate and ask for a save; returns False (and shows why) if a value is invalid."""
        if self._record is None or not self._dirty:
            return True
        if self._validate():
            return False
        self.save_requested.emit(self._record.id, self.changes(), self._record.version)
        return True

    def save_failed(self, message: str) -> None:
        """Keep every typed value; tell the user the edit is not saved yet."""
        self.problem.setText(self.tr("Chưa lưu được: {0}").format(message))
        self._set_dirty(True)

    def _open_url(self) -> None:
        url = QUrl.fromUserInput(self.url.text().strip())
        if url.isValid() and not url.isEmpty():
            QDesktopServices.openUrl(url)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(";") if part.strip())


def _complete_last_item(field: QLineEdit, completer: QCompleter) -> None:
    """Complete the item being typed after the last `;`, keeping the ones before it."""
    completer.setWidget(field)

    def on_edit(text: str) -> None:
        prefix = text.rsplit(";", 1)[-1].strip()
        if prefix:
            completer.setCompletionPrefix(prefix)
            completer.complete()
        else:
            completer.popup().hide()

    def on_chosen(value: str) -> None:
        head = field.text().rsplit(";", 1)[0] if ";" in field.text() else ""
        field.setText(f"{head.strip()}; {value}" if head.strip() else value)
        field.textEdited.emit(field.text())

    field.textEdited.connect(on_edit)
    completer.activated.connect(on_chosen)


def _display(value: PartialDate | None) -> str:
    return value.display() if value else ""


def _fields_of(record: ArticleRecord | None) -> tuple[str, ...]:
    if record is None:
        return ("",) * 10
    return (
        record.title,
        _display(record.published),
        _display(record.event_date),
        record.outlet or "",
        "; ".join(record.authors),
        record.url or "",
        record.category or "",
        record.unit or "",
        "; ".join(record.tags),
        record.notes or "",
    )
