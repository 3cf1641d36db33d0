"""Kill a real import with SIGKILL halfway: the archive stays sound and the rerun finishes it."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from desktop.services.backup import check_backup, quick_check
from tests.safety.helpers import (
    ROOT,
    cli_command,
    count_rows,
    import_counts,
    integrity,
    tulieu,
    whole_articles_problems,
    write_articles,
)

FILES = 1000


def articles_so_far(path: Path) -> int:
    try:
        with closing(sqlite3.connect(path, timeout=5)) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or the schema is still being made
        return 0


def wait_for_articles(proc: subprocess.Popen, path: Path, at_least: int) -> int:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the import ended before it could be interrupted"
        found = articles_so_far(path)
        if found >= at_least:
            return found
        time.sleep(0.02)
    pytest.fail("no articles appeared within two minutes")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_import_leaves_whole_articles_and_the_rerun_completes(tmp_path: Path):
    folder = tmp_path / "bai"
    write_articles(folder, FILES)
    data = tmp_path / "data"
    archive = data / "tulieu.sqlite3"
    proc = subprocess.Popen(
        cli_command(data, "import", str(folder)),
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_articles(proc, archive, at_least=150)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    assert Path(f"{archive}-wal").exists()  # killed with its write-ahead log in use
    assert quick_check(archive).ok
    assert integrity(archive) == ["ok"]
    assert check_backup(archive).ok  # our schema, a known revision
    assert whole_articles_problems(archive) == []
    imported = count_rows(archive, "articles")
    assert 150 <= imported < FILES

    rerun = tulieu(data, "import", str(folder))
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert import_counts(rerun.stdout) == (FILES - imported, imported, 0)
    assert count_rows(archive, "articles") == FILES
    assert count_rows(archive, "source_files") == FILES
    assert whole_articles_problems(archive) == []
    assert integrity(archive) == ["ok"]
