"""The report preview: the written .docx turned into PDF by LibreOffice and shown with QtPdf.

Rendering the real file (not a separate drawing) shows exactly what Word will print: the
letterhead tables, the page breaks and the landscape appendix.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget

from desktop.core.progress import Cancelled

CONVERT_TIMEOUT_S = 120.0


class NoOffice(RuntimeError):
    """LibreOffice is not installed, so there is nothing to render the .docx with."""


def find_office() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(source: Path, profile: Path, cancel: threading.Event | None = None,
                   timeout: float = CONVERT_TIMEOUT_S) -> Path:
    """`source` as PDF beside it, converted by a headless LibreOffice with its own profile
    (so it neither waits for nor disturbs a LibreOffice the user has open)."""
    office = find_office()
    if office is None:
        raise NoOffice("Chưa cài LibreOffice nên không xem trước được.")
    target = source.with_suffix(".pdf")
    target.unlink(missing_ok=True)
    command = [office, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless",
               "--norestore", "--convert-to", "pdf", "--outdir", str(source.parent), str(source)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    waited = 0.0
    while True:
        try:
            process.wait(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            waited += 0.2
            if (cancel is not None and cancel.is_set()) or waited > timeout:
                process.kill()
                process.wait()
                if waited > timeout:
                    raise TimeoutError("LibreOffice chuyển tệp quá lâu") from None
                raise Cancelled from None
    if process.returncode != 0 or not target.is_file():
        detail = process.stderr.read().decode(errors="replace").strip() if process.stderr else ""
        raise RuntimeError(f"LibreOffice không chuyển được tệp: {detail or process.returncode}")
    return target


class PreviewPane(QStackedWidget):
    """A PDF view, a text view (CSV, JSON) or a message, whichever the preview has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #555; padding: 24px;")
        holder = QWidget()
        QVBoxLayout(holder).addWidget(self.message)
        for widget in (self.pdf_view, self.text_view, holder):
            self.addWidget(widget)
        self.show_message(self.tr("Đang chuẩn bị xem trước…"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentIndex(2)

    def show_pdf(self, path: Path) -> int:
        """Show the PDF; returns its page count (0 when it could not be read)."""
        self.document.close()
        self.document.load(str(path))
        pages = self.document.pageCount()
        if pages:
            self.setCurrentWidget(self.pdf_view)
        else:
            self.show_message(self.tr("Không đọc được bản xem trước."))
        return pages

    def show_text(self, text: str) -> None:
        self.text_view.setPlainText(text)
        self.setCurrentWidget(self.text_view)
