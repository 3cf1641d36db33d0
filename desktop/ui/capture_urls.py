"""Tệp → Nhập từ đường dẫn…: the addresses of the pages to download, one a line."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.capture import from_dropped_text


class UrlDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhập từ đường dẫn"))
        self.resize(620, 340)
        intro = QLabel(self.tr(
            "Dán đường dẫn của các bài báo, mỗi dòng một đường dẫn. Tư liệu tải từng trang "
            "(tối đa 15 giây và 10 MB mỗi trang) rồi nhập như một trang đã lưu, kèm đường dẫn."
        ))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            "https://baoquangnam.vn/thoi-su/...html\nhttps://vnexpress.net/...html"
        )
        self.text.setTabChangesFocus(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(
            self.tr("Tải và nhập"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._check)
        self._check()

    def urls(self) -> list[str]:
        """The addresses typed, in order, each once; empty while any line is not one."""
        return list(from_dropped_text(self.text.toPlainText()).urls)

    def _check(self) -> None:
        typed = self.text.toPlainText().strip()
        self.start_button.setEnabled(bool(self.urls()))
        # Only a line that is not an address is worth a word; an empty box speaks for itself.
        self.problem.setText(
            self.tr("Mỗi dòng cần là một đường dẫn trang web (http:// hoặc https://).")
            if typed and not self.urls() else ""
        )
