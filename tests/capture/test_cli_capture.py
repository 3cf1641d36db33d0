"""`tulieu import --url` and `tulieu watch` run as a user would: separate processes."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time

from tests.capture.conftest import PROXY_VARIABLES
from tests.capture.site import BODY, CANONICAL, TITLE

ARTICLE = "/thoi-su/khoi-cong-tuyen-duong.html"
PLAIN = f"{TITLE}\n\n" + "\n\n".join(BODY) + "\n"
OTHER = "Đà Nẵng khai mạc lễ hội pháo hoa\n\nTối 8/6, hai bờ sông Hàn rực sáng pháo hoa.\n"


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in PROXY_VARIABLES}
    env.pop("TULIEU_DB_URL", None)
    return env


def tulieu(data_dir, *args, check=True):
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, check=check, timeout=120, env=clean_env(),
    )


def test_import_url_stores_pages_and_reports_each_address(tmp_path, site):
    data = tmp_path / "data"
    missing = site + "/khong-co"
    result = tulieu(data, "import", "--timeout", "5", "--url", site + ARTICLE, missing,
                    check=False)
    assert result.returncode == 1, result.stderr
    assert f"đã nhập: {site + ARTICLE}" in result.stdout
    assert f"lỗi: {missing} — Không tìm thấy trang (lỗi 404)" in result.stdout
    assert "Đã nhập 1, trùng 0, lỗi 1." in result.stdout

    listed = json.loads(tulieu(data, "list", "--json").stdout)
    assert [(a["title"], a["url"]) for a in listed] == [(TITLE, CANONICAL)]


def test_import_files_and_urls_together(tmp_path, site, seed_files):
    result = tulieu(tmp_path / "data", "import", str(seed_files[0]), "--url", site + "/chuyen")
    assert "Đã nhập 2, trùng 0, lỗi 0." in result.stdout


def test_import_without_paths_or_urls_says_what_it_needs(tmp_path):
    result = tulieu(tmp_path / "data", "import", check=False)
    assert result.returncode == 2
    assert "--url" in result.stderr


class Watcher:
    """`tulieu watch` in its own process; its output lines read by a thread, with deadlines."""

    def __init__(self, data_dir, *args):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "watch", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=clean_env(),
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, text, seconds=20.0):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                continue
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no line with {text!r} in {self.seen}")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=20)
        self.wait_for("Đã dừng theo dõi.")
        return code

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def test_watch_imports_new_files_until_sigterm_and_not_again_after_restart(tmp_path):
    data, inbox = tmp_path / "data", tmp_path / "inbox"
    inbox.mkdir()
    first = inbox / "bai-1.txt"
    first.write_text(PLAIN, encoding="utf-8")
    watcher = Watcher(data, str(inbox), "--interval", "0.2")
    try:
        watcher.wait_for("Đang theo dõi")
        assert watcher.wait_for("đã nhập:") == f"đã nhập: {first}"
        second = inbox / "bai-2.txt"
        second.write_text(OTHER, encoding="utf-8")
        assert watcher.wait_for("đã nhập:") == f"đã nhập: {second}"
        assert watcher.stop() == 0
    finally:
        watcher.kill()

    again = Watcher(data, str(inbox), "--interval", "0.2")
    try:
        again.wait_for("Đang theo dõi")
        time.sleep(1.0)  # five scans: enough to take any file it wrongly thought new
        assert again.stop() == 0
    finally:
        again.kill()
    assert not [line for line in again.seen if line.startswith(("đã nhập", "trùng", "lỗi"))]
    log = (data / "import-log.tsv").read_text(encoding="utf-8").splitlines()
    assert [line.split("\t")[1:3] for line in log] == [
        [str(first), "imported"], [str(second), "imported"],
    ]
    assert len(json.loads(tulieu(data, "list", "--json").stdout)) == 2


def test_watch_moves_imported_files_and_refuses_missing_folders(tmp_path):
    data, inbox = tmp_path / "data", tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "bai.txt").write_text(PLAIN, encoding="utf-8")
    watcher = Watcher(data, str(inbox), "--after", "move", "--interval", "0.2")
    try:
        assert "đã chuyển tới" in watcher.wait_for("đã nhập:")
        assert watcher.stop() == 0
    finally:
        watcher.kill()
    assert (inbox / "da-nhap" / "bai.txt").exists() and not (inbox / "bai.txt").exists()

    result = tulieu(data, "watch", str(tmp_path / "khong-co"), check=False)
    assert result.returncode == 2 and "Không có thư mục" in result.stderr
