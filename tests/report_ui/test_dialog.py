"""The report dialog, driven from the window: Ctrl+E, fields, preview, write, remembered."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.services import reports
from desktop.ui import report_preview
from tests.report_ui.helpers import all_text

_TEXTS: dict[Path, str] = {}


def preview_text(dialog) -> str:
    """The shown preview's text, by poppler: PDFium splits Vietnamese letters from their marks."""
    path = dialog.preview_file
    if dialog.preview.document.pageCount() < 1 or path is None:
        return ""
    if path not in _TEXTS:
        _TEXTS[path] = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                      text=True, check=True).stdout
    return _TEXTS[path]


def type_into(field, text: str) -> None:
    """One key event per character, as a Vietnamese keyboard sends them (QTest knows ASCII)."""
    field.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def open_dialog(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.report_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.skipif(report_preview.find_office() is None or not shutil.which("pdftotext"),
                    reason="LibreOffice or poppler not installed")
def test_ctrl_e_fills_previews_writes_and_remembers(qtbot, open_window, seeded, config_dir,
                                                   tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window = open_window()
    window.table.selectAll()
    dialog = open_dialog(qtbot, window)
    assert dialog.content.which.currentData() == "selected"
    fields = dialog.fields
    type_into(fields.edits["issuing_body"], "Ban Chỉ đạo 35")
    type_into(fields.edits["number_symbol"], "12-BC/BCĐ35")
    type_into(fields.edits["subject"], "về kết quả thu thập tin, bài")
    type_into(fields.edits["signer"], "Lê Thị Hạnh Dung")
    fields.recipients.setPlainText("Ban Chỉ đạo 35 Trung ương,")

    # The preview is the written report converted by LibreOffice, typed fields included.
    qtbot.waitUntil(lambda: "Lê Thị Hạnh Dung" in preview_text(dialog), timeout=180_000)
    text = preview_text(dialog)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "Số 12-BC/BCĐ35" in text
    assert dialog.preview.currentWidget() is dialog.preview.pdf_view

    dialog.open_when_done.setChecked(True)
    target = tmp_path / "out" / "bao-cao.docx"
    with qtbot.waitSignal(window.export_finished, timeout=60_000) as blocker:
        dialog.write_to(target)
    assert blocker.args == [target] and opened == [str(target)]
    document = Document(str(target))
    written = all_text(document)
    assert "BAN CHỈ ĐẠO 35" in written and "Lê Thị Hạnh Dung" in written
    assert len([p for p in document.paragraphs if p.style.name == "TL Article"]) == 5
    assert dialog.status.text().startswith("Đã ghi")

    remembered = reports.load_remembered()
    assert remembered.settings.issuing_body == "Ban Chỉ đạo 35"
    assert remembered.settings.recipients == ["Ban Chỉ đạo 35 Trung ương,"]
    dialog.reject()
    again = open_dialog(qtbot, window)
    assert again.fields.edits["signer"].text() == "Lê Thị Hạnh Dung"
    again.reject()


def test_state_layout_and_a_date_range(qtbot, open_window, seeded, config_dir, tmp_path,
                                       monkeypatch):
    monkeypatch.setattr(report_preview, "find_office", lambda: None)  # no preview needed
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    window = open_window()
    dialog = open_dialog(qtbot, window)
    assert dialog.content.which.currentData() == "shown"  # nothing selected: the list shown
    dialog.kind.setCurrentIndex(dialog.kind.findData("state"))
    dialog.content.dated.setChecked(True)
    dialog.content.date_from.setDate(QDate(2023, 1, 1))
    dialog.content.date_to.setDate(QDate(2023, 12, 31))
    target = tmp_path / "state.docx"
    with qtbot.waitSignal(dialog.written, timeout=60_000):
        dialog.write_to(target)
    document = Document(str(target))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in all_text(document)
    headings = [p.text for p in document.paragraphs if p.style.name == "TL Article"]
    assert len(headings) == 2  # only the two articles published in 2023
    assert reports.load_remembered().kind == "state"
    dialog.reject()


def test_without_libreoffice_the_preview_says_so(qtbot, open_window, seeded, config_dir,
                                                 monkeypatch):
    monkeypatch.setattr(report_preview, "find_office", lambda: None)
    window = open_window()
    dialog = open_dialog(qtbot, window)
    with qtbot.waitSignal(dialog.preview_ready, timeout=60_000) as blocker:
        dialog.start_preview()
    assert blocker.args == [0]
    assert dialog.preview.currentIndex() == 2
    assert "LibreOffice" in dialog.preview.message.text()
    assert dialog.write_button.isEnabled()  # the report itself can still be written
    dialog.kind.setCurrentIndex(dialog.kind.findData("csv"))
    with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
        dialog.start_preview()
    lines = dialog.preview.text_view.toPlainText().splitlines()
    assert lines[0].startswith('STT,Mã,"Tên tin, bài"') and len(lines) == 6
    assert not dialog.fields.isEnabled()  # CSV has no letterhead to fill
    dialog.reject()
