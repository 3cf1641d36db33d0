"""The import summary dialog: every outcome listed, copied as a table, saved as CSV or text."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from desktop.services.importing import (
    DUPLICATE,
    FAILED,
    IMPORTED,
    NEAR_DUPLICATE,
    FileOutcome,
    ImportSummary,
)
from desktop.ui.import_summary import ImportSummaryDialog

SUMMARY = ImportSummary([
    FileOutcome("/tài liệu/bài một.txt", IMPORTED, "", 1),
    FileOutcome("/tài liệu/hỏng.docx", FAILED, "Tệp .docx bị hỏng:\tthiếu\nword/document.xml"),
    FileOutcome("/tài liệu/bản sao.txt", DUPLICATE, "Bài viết đã có trong kho", 1),
    FileOutcome("/tài liệu/đăng lại.txt", NEAR_DUPLICATE, "Gần trùng với bài số 1: Hội nghị", 2),
])


def _dialog(qtbot) -> ImportSummaryDialog:
    dialog = ImportSummaryDialog(SUMMARY)
    qtbot.addWidget(dialog)
    return dialog


def test_every_outcome_is_listed_failures_first(qtbot):
    dialog = _dialog(qtbot)
    model = dialog.table.model()
    assert model.rowCount() == 4
    assert [model.index(r, 1).data() for r in range(4)] == ["Lỗi", "Gần trùng", "Trùng", "Đã nhập"]
    assert model.index(0, 0).data() == "hỏng.docx"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "/tài liệu/hỏng.docx"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Lý do"
    assert "1 bài gần trùng" in dialog.heading.text()


def test_copy_puts_a_tab_separated_table_on_the_clipboard(qtbot):
    dialog = _dialog(qtbot)
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["Tệp", "Kết quả", "Lý do", "Mã bài"]
    assert len(lines) == 5  # the tab and line break inside a reason did not split the row
    assert lines[1].split("\t") == [
        "/tài liệu/hỏng.docx", "Lỗi", "Tệp .docx bị hỏng: thiếu word/document.xml", ""]
    assert lines[4].split("\t") == ["/tài liệu/bài một.txt", "Đã nhập", "", "1"]


def test_save_as_csv_with_bom_and_as_text(qtbot, tmp_path, monkeypatch):
    dialog = _dialog(qtbot)
    target = tmp_path / "kết quả.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Bảng CSV (*.csv)"))
    dialog.save_button.click()
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Tệp", "Kết quả", "Lý do", "Mã bài"]
    assert rows[1] == ["/tài liệu/hỏng.docx", "Lỗi",
                       "Tệp .docx bị hỏng:\tthiếu\nword/document.xml", ""]
    assert rows[2][1:] == ["Gần trùng", "Gần trùng với bài số 1: Hội nghị", "2"]
    assert len(rows) == 5

    plain = tmp_path / "ket-qua"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(plain), "Văn bản (*.txt)"))
    dialog.save_button.click()
    lines = Path(f"{plain}.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and lines[3].split("\t")[:2] == ["/tài liệu/bản sao.txt", "Trùng"]


def test_thousands_of_outcomes_open_quickly(qtbot):
    import time

    many = ImportSummary([FileOutcome(f"/a/bai-{i}.txt", IMPORTED, "", i) for i in range(20000)])
    start = time.perf_counter()
    dialog = ImportSummaryDialog(many)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Generous even for a loaded machine; building 60,000 table items took seconds.
    assert time.perf_counter() - start < 1.0
    assert dialog.table.model().rowCount() == 20000


def test_cancelling_the_save_dialog_writes_nothing(qtbot, tmp_path, monkeypatch):
    dialog = _dialog(qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog.save_button.click()
    assert list(tmp_path.iterdir()) == []
