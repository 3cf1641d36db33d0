"""The preview of a pasted or dropped article: what was read, for the user to check and fix.

Nothing is stored until Save; the corrections go to the capture service as `PreviewEdits`,
which keeps them as the user's edit.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dates import DateError, parse_typed
from desktop.services.capture import Preview, PreviewEdits
from desktop.ui.editor import INVALID_STYLE


class PreviewDialog(QDialog):
    """Shows a `Preview`; `edits()` says what the user changed."""

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Xem trước bài viết"))
        self.resize(720, 620)
        self.title = QLineEdit(preview.title)
        self.published = QLineEdit(preview.published.display() if preview.published else "")
        self.published.setPlaceholderText(
            self.tr("ngày/tháng/năm [giờ:phút], vd. 31/03/2023 20:40")
        )
        self.outlet = QLineEdit(preview.outlet or "")
        self.authors = QLineEdit("; ".join(preview.authors))
        self.authors.setPlaceholderText(self.tr("nhiều tác giả cách nhau bởi dấu ;"))
        self.url = QLineEdit(preview.url or "")
        self.text = QPlainTextEdit(preview.body)
        self.text.setTabChangesFocus(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("Tiêu đề"), self.title)
        form.addRow(self.tr("Ngày đăng"), self.published)
        form.addRow(self.tr("Cơ quan báo chí"), self.outlet)
        form.addRow(self.tr("Tác giả"), self.authors)
        form.addRow(self.tr("Đường link"), self.url)
        hint = QLabel(self.tr("Kiểm tra và sửa các trường nếu cần, rồi bấm Lưu vào kho."))
        hint.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(
            self.tr("Lưu vào kho"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Nội dung")))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.published.textChanged.connect(self._check_date)
        self.title.textChanged.connect(self._check_date)

    def _check_date(self) -> None:
        problems = []
        try:
            parse_typed(self.published.text())
            self.published.setStyleSheet("")
        except DateError as exc:
            self.published.setStyleSheet(INVALID_STYLE)
            problems.append(self.tr("Ngày đăng không hợp lệ: {0}").format(exc))
        if not self.title.text().strip():
            problems.append(self.tr("Bài viết cần có tiêu đề."))
        self.problem.setText(" ".join(problems))
        self.problem.setVisible(bool(problems))
        self.save_button.setEnabled(not problems)

    def edits(self) -> PreviewEdits:
        """Only the fields the user changed; the rest stay as the preview read them."""
        preview = self.preview

        def changed(field: QLineEdit, old: str | None) -> str | None:
            value = field.text().strip()
            return value if value != (old or "") else None

        published = parse_typed(self.published.text())
        authors = tuple(a.strip() for a in self.authors.text().split(";") if a.strip())
        body = self.text.toPlainText()
        return PreviewEdits(
            title=changed(self.title, preview.title),
            published=published if published not in (None, preview.published) else None,
            clear_published=published is None and preview.published is not None,
            outlet=changed(self.outlet, preview.outlet),
            authors=authors if authors != preview.authors else None,
            url=changed(self.url, preview.url),
            # The service reads the text again; its first line is the title, as in a file.
            text=f"{preview.title}\n\n{body}" if body.strip() != preview.body.strip() else None,
        )
