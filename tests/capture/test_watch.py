"""Watched folders: stable files only, once each across restarts, then leave, move or delete."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop.services import articles
from desktop.services.importing import DUPLICATE, FAILED, IMPORTED
from desktop.services.watch import WatchState, handle, run_watch, scan
from tests.capture.site import BODY, TITLE

ARTICLE = f"{TITLE}\n\n" + "\n\n".join(BODY) + "\n"


def write(path: Path, text: str = ARTICLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def log_lines(log: Path) -> list[list[str]]:
    return [line.split("\t") for line in log.read_text(encoding="utf-8").splitlines()]


def test_a_new_file_is_taken_once_it_stops_changing(tmp_path):
    inbox = tmp_path / "inbox"
    state = WatchState()
    bai = write(inbox / "bai.txt")
    assert scan([inbox], state, now=100.0, settle=2) == []  # first sight: maybe still copying
    assert scan([inbox], state, now=101.0, settle=2) == []  # unchanged, but not long enough
    assert scan([inbox], state, now=102.5, settle=2) == [bai]


def test_a_growing_file_waits_until_it_is_complete(tmp_path):
    inbox = tmp_path / "inbox"
    state = WatchState()
    growing = write(inbox / "dang-tai.txt", ARTICLE[:40])
    now = 0.0
    for size in (80, 160, 400):
        assert scan([inbox], state, now=now, settle=2) == []
        growing.write_text(ARTICLE[:size], encoding="utf-8")
        now += 5
    assert scan([inbox], state, now=now, settle=2) == []  # the last change is new to it
    assert scan([inbox], state, now=now + 3, settle=2) == [growing]


def test_temporary_unsupported_and_hidden_files_are_ignored(tmp_path):
    inbox = tmp_path / "inbox"
    for name in ("bai.txt.crdownload", "~$bai.docx", "anh.jpg", ".an.txt", "goi.zip",
                 "da-nhap/cu.txt", ".git/x.txt"):
        write(inbox / name)
    wanted = write(inbox / "con" / "bai.txt")
    state = WatchState()
    scan([inbox, tmp_path / "khong-co"], state, now=0)
    assert scan([inbox], state, now=10) == [wanted]


def test_handled_files_are_not_taken_again_even_after_a_restart(sqlite_archive, tmp_path):
    inbox, data = tmp_path / "inbox", tmp_path / "data"
    bai = write(inbox / "bai.txt")
    state = WatchState.load(data / "watch-state.json")
    scan([inbox], state, now=0)
    summary = handle(sqlite_archive, scan([inbox], state, now=5), "leave", None,
                     data / "import-log.tsv", state)
    assert [o.status for o in summary.outcomes] == [IMPORTED]
    state.save()

    restarted = WatchState.load(data / "watch-state.json")
    assert scan([inbox], restarted, now=100) == []
    assert scan([inbox], restarted, now=200) == []
    entry = restarted.handled[str(bai)]
    assert entry["outcome"] == IMPORTED and len(entry["sha256"]) == 64

    bai.touch()  # a new time but the same bytes: still the same file
    assert scan([inbox], restarted, now=300) == [] and scan([inbox], restarted, now=400) == []
    write(bai, ARTICLE + "\nCập nhật lúc 10 giờ.\n")  # changed content: an article again
    scan([inbox], restarted, now=500)
    assert scan([inbox], restarted, now=600) == [bai]


def test_move_puts_originals_in_da_nhap_and_keeps_failures(archive, tmp_path):
    inbox, log = tmp_path / "inbox", tmp_path / "data" / "import-log.tsv"
    first = write(inbox / "bai.txt")
    again = write(inbox / "ban-sao.txt")  # the same article once more
    empty = write(inbox / "rong.txt", "")
    write(inbox / "da-nhap" / "bai.txt", "an earlier file of the same name")
    summary = handle(archive, [first, again, empty], "move", None, log)
    assert [o.status for o in summary.outcomes] == [IMPORTED, DUPLICATE, FAILED]
    assert not first.exists() and not again.exists() and empty.exists()
    assert (inbox / "da-nhap" / "bai (2).txt").read_text(encoding="utf-8") == ARTICLE
    assert (inbox / "da-nhap" / "ban-sao.txt").exists()
    stored = articles.get_articles(archive, summary.article_ids)
    assert [a.title for a in stored] == [TITLE]

    lines = log_lines(log)
    assert [(line[1], line[2]) for line in lines] == [
        (str(first), IMPORTED), (str(again), DUPLICATE), (str(empty), FAILED),
    ]
    assert all(len(line) == 4 for line in lines)
    assert "đã chuyển tới" in lines[0][3] and "rỗng" in lines[2][3]


def test_move_to_a_chosen_folder_and_delete(sqlite_archive, tmp_path):
    inbox, done = tmp_path / "inbox", tmp_path / "xong"
    moved = write(inbox / "a.txt")
    handle(sqlite_archive, [moved], "move", done, None)
    assert (done / "a.txt").exists() and not moved.exists()

    other = write(inbox / "b.txt", "Tin khác hoàn toàn\n\nNội dung một bài khác hẳn bài trước.\n")
    broken = write(inbox / "c.txt", "")
    summary = handle(sqlite_archive, [other, broken], "delete", None, None)
    assert [o.status for o in summary.outcomes] == [IMPORTED, FAILED]
    assert not other.exists() and broken.exists()
    assert summary.outcomes[0].message == "đã xóa tệp gốc"


def test_run_watch_imports_while_running_and_stops_when_asked(sqlite_archive, tmp_path):
    inbox, data = tmp_path / "inbox", tmp_path / "data"
    write(inbox / "bai.txt")
    stop = threading.Event()
    summaries = []

    def on_summary(summary):
        summaries.append(summary)
        stop.set()

    runner = threading.Thread(
        target=run_watch,
        args=(sqlite_archive, [inbox], data / "watch-state.json", data / "import-log.tsv", stop),
        kwargs={"after": "move", "interval": 0.1, "on_summary": on_summary},
    )
    runner.start()
    runner.join(10)
    stop.set()
    runner.join(5)
    assert not runner.is_alive()
    assert [o.status for o in summaries[0].outcomes] == [IMPORTED]
    assert (inbox / "da-nhap" / "bai.txt").exists()
    assert (data / "watch-state.json").exists()
    assert log_lines(data / "import-log.tsv")[0][2] == IMPORTED
