"""`tulieu open FILE` (what "Open with Tư liệu" runs) opens the window and imports the file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path


def _articles(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created or migrated yet
        return 0


def test_open_with_imports_the_file_into_the_running_window(tmp_path, seed_files,
                                                             private_config):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "TULIEU_CONFIG_DIR": str(private_config)}
    env.pop("TULIEU_DB_URL", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "open", str(seed_files[0])],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 90
        while _articles(tmp_path / "tulieu.sqlite3") < 1:
            assert app.poll() is None, app.stdout.read().decode(errors="replace")
            assert time.monotonic() < deadline, "the file was not imported"
            time.sleep(0.3)
        assert app.poll() is None  # the window stays open for the user
    finally:
        app.terminate()
        app.wait(30)
