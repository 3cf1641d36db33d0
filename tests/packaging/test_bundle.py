"""The PyInstaller bundle, built from packaging/tulieu.spec and run as an office user would.

The build takes a minute or more, so it is made once per module into a temporary folder and
every test runs the built program, never the checkout, on a temporary archive.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from docx import Document

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "tulieu.spec"
SEED = ROOT / "tests" / "fixtures" / "seeds" / "003_6a53403fca0c16cd.txt"
SEED_TITLE = "Hội nghị chuyên đề Công tác bảo vệ chính trị nội bộ"
# On Windows the windowed tulieu.exe has no console; the spec adds tulieu-cli.exe for the CLI.
PROGRAM = "tulieu-cli.exe" if sys.platform == "win32" else "tulieu"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """dist/tulieu/ built once for this module; its log is printed if the build fails."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[package]')")
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        pytest.skip("PyInstaller needs objdump on Linux (apt-get install binutils)")
    out = tmp_path_factory.mktemp("bundle")
    # No --clean: PyInstaller's cache of analysed binaries (in the user's cache folder) makes
    # later builds faster; the work folder is fresh anyway. UPX is off in the spec.
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(SPEC)]
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    print(f"PyInstaller build: {time.monotonic() - started:.0f} s")
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stdout}\n{result.stderr[-6000:]}"
    program = out / "dist" / "tulieu" / PROGRAM
    assert program.is_file(), f"the build did not write {program}"
    return program


def bundle_env() -> dict[str, str]:
    """Headless, and with no trace of the checkout or its venv for the bundle to lean on."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "TULIEU_RESOURCES")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(program: Path, data: Path, *args: str) -> subprocess.CompletedProcess:
    """The built program on archive `data`, started from outside the checkout."""
    return subprocess.run([str(program), "--data-dir", str(data), *args], cwd=data.parent,
                          env=bundle_env(), capture_output=True, text=True, timeout=120)


def ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, f"exit {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


def document_text(path: Path) -> str:
    document = Document(str(path))
    cells = (cell.text for table in document.tables for row in table.rows for cell in row.cells)
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


def test_the_bundle_imports_lists_and_exports_a_report(bundle, tmp_path):
    data = tmp_path / "data"
    imported = ok(run(bundle, data, "import", str(SEED)))
    assert "Đã nhập 1, trùng 0, lỗi 0." in imported.stdout

    listed = json.loads(ok(run(bundle, data, "list", "--json")).stdout)
    assert [item["title"] for item in listed] == [SEED_TITLE]

    report = tmp_path / "bao-cao.docx"
    ok(run(bundle, data, "export", "--all", "--layout", "party", str(report)))
    assert SEED_TITLE in document_text(report)


def test_the_bundle_imports_a_big_batch_in_worker_processes(bundle, tmp_path, seed_files):
    # Enough files to start the worker processes, which re-run the bundled program.
    from desktop.services.pipeline import POOL_MIN_FILES
    from tests.importing.helpers import distinct_articles

    distinct_articles(tmp_path / "nhieu", seed_files, POOL_MIN_FILES)
    imported = ok(run(bundle, tmp_path / "data", "import", str(tmp_path / "nhieu")))
    assert f"Đã nhập {POOL_MIN_FILES}, trùng 0, lỗi 0." in imported.stdout


def test_the_bundle_reads_a_web_page(bundle, tmp_path):
    # trafilatura, justext and htmldate read their settings and word lists from package data.
    page = ROOT / "tests" / "fixtures" / "pages" / "toquoc-utf8.html"
    imported = ok(run(bundle, tmp_path / "data", "import", str(page)))
    assert "Đã nhập 1, trùng 0, lỗi 0." in imported.stdout


def test_the_bundle_works_on_a_shared_postgresql_archive(bundle, tmp_path, postgres_url):
    # psycopg's binary build and the PostgreSQL dialects are loaded by name, not imported.
    shared = ("--db-url", postgres_url)
    ok(run(bundle, tmp_path / "data", *shared, "import", str(SEED)))
    listed = json.loads(ok(run(bundle, tmp_path / "data", *shared, "list", "--json")).stdout)
    assert [item["title"] for item in listed] == [SEED_TITLE]


def test_the_bundled_window_starts_headless(bundle, tmp_path):
    # The window needs Qt's offscreen platform plugin, the .qm catalogues and the icons from
    # inside the bundle; a missing plugin or resource ends the program within a second or two.
    window = subprocess.Popen([str(bundle), "--data-dir", str(tmp_path / "data")],
                              cwd=tmp_path, env=bundle_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        output = window.communicate(timeout=8)[0]
    except subprocess.TimeoutExpired:  # still showing its window: it started
        window.kill()
        output = window.communicate()[0]
    else:
        pytest.fail(f"the window closed by itself (exit {window.returncode}):\n{output}")
    assert (tmp_path / "data" / "tulieu.sqlite3").exists(), output
