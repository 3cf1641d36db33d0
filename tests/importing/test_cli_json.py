"""`tulieu import --json`: one JSON object per file, and an exit status that says if all went in."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.importers.builders import zip_bytes


def tulieu(data_dir, *args):
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=120,
    )


def test_json_lines_per_file_and_exit_status(tmp_path, seed_files):
    zipped = tmp_path / "bài viết.zip"
    zipped.write_bytes(zip_bytes({"a.txt": seed_files[0].read_bytes(), "../x.txt": "x"}))
    data = tmp_path / "data"

    first = tulieu(data, "import", "--json", str(seed_files[1]), str(zipped))
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    assert [(o["path"], o["status"]) for o in lines] == [
        (str(seed_files[1]), "imported"),
        (f"{zipped}/a.txt", "imported"),
        (f"{zipped}/../x.txt", "failed"),
    ]
    assert all(set(o) == {"path", "status", "message", "article_id"} for o in lines)
    assert isinstance(lines[0]["article_id"], int) and lines[2]["article_id"] is None
    assert "không an toàn" in lines[2]["message"]
    assert first.returncode == 1

    again = tulieu(data, "import", "--json", str(seed_files[1]))
    (only,) = [json.loads(line) for line in again.stdout.splitlines()]
    assert only["status"] == "duplicate" and only["article_id"] == lines[0]["article_id"]
    assert again.returncode == 0
