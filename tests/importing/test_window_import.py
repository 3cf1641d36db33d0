"""Importing through the real window, offscreen: the file dialog's filter, twins in the summary."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from desktop.importers.registry import ARCHIVES, READERS
from tests.gui.conftest import archive_path, open_window  # noqa: F401 - fixtures of tests/gui
from tests.importing.test_twins import republished


def test_file_dialog_offers_every_supported_extension(open_window, monkeypatch):  # noqa: F811
    window = open_window()
    asked = {}

    def fake_dialog(parent, caption, folder, filters):
        asked["filters"] = filters
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake_dialog)
    window.choose_files()
    articles_filter = asked["filters"].split(";;")[0]
    patterns = set(articles_filter[articles_filter.index("(") + 1:-1].split())
    expected = {f"*{ext}" for ext in (*READERS, *ARCHIVES) if ext}
    assert patterns == expected
    assert {"*.docx", "*.pdf", "*.zip", "*.mhtml", "*.rtf", "*.odt", "*.doc"} <= patterns


def test_a_twin_shows_in_the_summary_dialog(qtbot, open_window, tmp_path, seed_files):  # noqa: F811
    window = open_window()
    copy = tmp_path / "đăng lại.txt"
    copy.write_text(republished(seed_files[1]), encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=60_000):
        window.import_paths([seed_files[1]])
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as blocker:
        window.import_paths([copy])
    summary = blocker.args[0]
    assert summary.count("near_duplicate") == 1
    assert summary.article_ids == [summary.outcomes[0].article_id]  # stored, so listed
    model = window.summary_dialog.table.model()
    assert model.index(0, 1).data() == "Gần trùng"
    assert "bài số 1" in model.index(0, 2).data()
    assert "gần trùng" in window.summary_dialog.heading.text()
    assert window.model.rowCount() == 2
