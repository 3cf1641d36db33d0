"""The app's log: in the chosen folder, rotated when full, and never a line of an article."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from desktop import logs
from desktop.services.importing import import_files
from tests.fuzz.seeds import seed_texts
from tests.safety.helpers import tulieu
from tests.safety.test_privacy import write_seed_files


def sentences() -> list[str]:
    """Every sentence of the seed articles long enough to be recognisable."""
    found = []
    for text in seed_texts():
        found += [s.strip() for s in re.split(r"[.!?\n]", text) if len(s.strip()) >= 30]
    assert len(found) > 50
    return found


def assert_no_article_text(log: str) -> None:
    leaked = [sentence for sentence in sentences() if sentence in log]
    assert leaked == []


def log_text(folder: Path) -> str:
    return "".join(path.read_text("utf-8") for path in sorted(folder.glob(f"{logs.LOG_FILE}*")))


def test_import_is_logged_to_the_chosen_folder_without_article_text(
    sqlite_archive, tmp_path, monkeypatch
):
    monkeypatch.setenv("TULIEU_LOG_DIR", str(tmp_path / "logs"))
    path = logs.configure()
    assert path == tmp_path / "logs" / logs.LOG_FILE
    summary = import_files(sqlite_archive, write_seed_files(tmp_path / "in"))
    assert summary.article_ids
    # trafilatura quotes what it discards from a page: below the level kept.
    logging.getLogger("trafilatura.core").warning("discarding %s", seed_texts()[0])
    logging.getLogger("desktop.test").info("imported %d articles", len(summary.article_ids))
    for handler in logging.getLogger().handlers:
        handler.flush()
    log = log_text(tmp_path / "logs")
    assert "imported 1" in log
    assert_no_article_text(log)


def test_overlong_messages_are_cut() -> None:
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "%s", ("chữ " * 500,), None)
    assert logs.TruncateLong().filter(record)
    assert len(record.getMessage()) < logs.MAX_MESSAGE + 40


def test_the_log_rotates_and_keeps_a_few_files(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 4096)
    logs.configure(tmp_path)
    for n in range(2000):
        logging.getLogger("desktop.test").warning("line %d of a long session", n)
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == [logs.LOG_FILE] + [f"{logs.LOG_FILE}.{n}" for n in range(1, logs.BACKUPS + 1)]
    assert all(path.stat().st_size <= 4096 for path in tmp_path.iterdir())


def test_a_folder_that_cannot_be_made_does_not_stop_the_app(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert logs.configure(blocker / "logs") is None


@pytest.mark.parametrize("command", [["import"], ["search", "hội nghị"]])
def test_the_command_line_logs_into_the_log_folder(tmp_path, monkeypatch, command):
    monkeypatch.setenv("TULIEU_LOG_DIR", str(tmp_path / "logs"))
    folder = write_seed_files(tmp_path / "in")[0].parent
    args = [*command, str(folder)] if command == ["import"] else command
    result = tulieu(tmp_path / "data", *args)
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert (tmp_path / "logs" / logs.LOG_FILE).exists()
    assert_no_article_text(log_text(tmp_path / "logs"))
