"""`tulieu import --url` and `tulieu watch` run as a user would: separate processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.capture.conftest import PROXY_VARIABLES
from tests.capture.site import CANONICAL, TITLE

ARTICLE = "/thoi-su/khoi-cong-tuyen-duong.html"


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
