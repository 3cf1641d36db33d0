"""Watched folders in the running window: files come in once, even across a restart."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.services import articles, watch
from desktop.settings import Settings, load_settings, save_settings
from desktop.ui import capture_watch
from tests.capture.test_clipboard import PLAIN

OTHER = (
    "Hà Nội khánh thành cầu Vĩnh Tuy giai đoạn 2\n\n"
    "Sáng 30/6, Hà Nội khánh thành cầu Vĩnh Tuy giai đoạn 2 bắc qua sông Hồng, góp phần "
    "giảm ùn tắc cho các quận phía Đông thành phố.\n"
)


@pytest.fixture(autouse=True)
def quick_polls(monkeypatch):
    # Seconds in the app; fractions here, with the same rule: unchanged for SETTLE_SECONDS.
    monkeypatch.setattr(capture_watch, "POLL_MS", 100)
    monkeypatch.setattr(capture_watch, "SETTLE_SECONDS", 0.5)


def _watch(folder: Path, **choices) -> None:
    save_settings(Settings(watched_folders=[str(folder)], **choices))


def _log_lines(data: Path) -> list[str]:
    path = watch.log_path(data)
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def test_a_file_written_in_pieces_is_imported_once_and_not_again_after_a_restart(
    qtbot, open_window, tmp_path, private_data
):
    folder = tmp_path / "Tải về"
    folder.mkdir()
    _watch(folder)
    window = open_window()
    assert window.capture.watcher.timer.isActive()

    target = folder / "bai-viet.txt"
    data = PLAIN.encode("utf-8")
    with target.open("wb") as out:  # a slow download: pieces, with pauses between them
        for start in range(0, len(data), len(data) // 3):
            out.write(data[start:start + len(data) // 3])
            out.flush()
            qtbot.wait(200)  # several scans see it growing; none sees it settled
    # The list shows it once the import is done and the window has refreshed.
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    assert articles.count(window.archive) == 1
    assert len(_log_lines(private_data)) == 1
    record = articles.get_article(window.archive, window.model.article_id(0))
    assert record.body.endswith("kịp thi công trong mùa khô.")  # the whole file, not a piece
    assert "Thư mục theo dõi" in window.statusBar().currentMessage()
    assert "\timported\t" in _log_lines(private_data)[0]
    assert target.exists()  # "leave" is the default
    window.close()

    again = open_window()
    (folder / "bai-khac.txt").write_text(OTHER, encoding="utf-8")
    qtbot.waitUntil(lambda: articles.count(again.archive) == 2, timeout=10_000)
    qtbot.wait(800)  # several more scans of a folder holding both files
    lines = _log_lines(private_data)
    assert len(lines) == 2, lines  # the first file was not handled a second time
    assert sum("bai-viet.txt" in line for line in lines) == 1

    again.capture.watcher.log_action.trigger()
    table = again.capture.watcher.log_dialog.table
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "bai-khac.txt"  # newest first
    assert table.item(0, 2).text() == "Đã nhập"


def test_moved_originals_leave_the_watched_folder(qtbot, open_window, tmp_path):
    folder, done = tmp_path / "quet", tmp_path / "da-xu-ly"
    folder.mkdir()
    _watch(folder, watch_after="move", watch_done_folder=str(done))
    window = open_window()
    (folder / "bai.txt").write_text(PLAIN, encoding="utf-8")
    qtbot.waitUntil(lambda: (done / "bai.txt").exists(), timeout=10_000)
    assert not (folder / "bai.txt").exists()
    assert articles.count(window.archive) == 1


def test_folders_are_chosen_in_the_settings_dialog(qtbot, open_window, tmp_path):
    folder = tmp_path / "theo-doi"
    folder.mkdir()
    window = open_window()
    watcher = window.capture.watcher
    assert not watcher.timer.isActive()  # nothing to watch yet
    watcher.folders_action.trigger()
    dialog = window.help.preferences_dialog
    assert dialog.tabs.currentWidget() is watcher.page
    page = watcher.page
    page.add_folder(str(folder))
    page.add_folder(str(folder))  # the same folder once
    page.move.setChecked(True)
    assert page.done_folder.isEnabled()
    dialog.accept()

    saved = load_settings()
    assert saved.watched_folders == [str(folder)]
    assert saved.watch_after == "move" and saved.watch_done_folder == ""
    assert watcher.folders == [folder] and watcher.after == "move"
    assert watcher.timer.isActive()
    started = time.monotonic()
    (folder / "bai.txt").write_text(PLAIN, encoding="utf-8")
    qtbot.waitUntil(lambda: (folder / watch.DONE_FOLDER / "bai.txt").exists(), timeout=10_000)
    assert time.monotonic() - started < 10


def test_watch_settings_round_trip_and_bad_values_fall_back(private_config, caplog):
    chosen = Settings(watched_folders=["C:/Users/an/Tải về", "/srv/quet"], watch_after="delete")
    save_settings(chosen)
    assert load_settings() == chosen
    settings_path = private_config / "settings.json"
    settings_path.write_text(
        '{"watched_folders": ["/a", 3], "watch_after": "xoa", "watch_done_folder": "/b"}',
        encoding="utf-8",
    )
    loaded = load_settings()
    assert (loaded.watched_folders, loaded.watch_after) == ([], "leave")
    assert loaded.watch_done_folder == "/b"
    assert "watched_folders" in caplog.text and "watch_after" in caplog.text
