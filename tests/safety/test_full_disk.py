"""A full disk during an export or an import: nothing half-written, and a plain message.

Where the kernel lets an ordinary user make a mount namespace (`unshare -rm`), the target is a
real 64 kB tmpfs and the error is a real ENOSPC. Everywhere on POSIX the same runs also happen
under RLIMIT_FSIZE, where the kernel refuses to grow a file past the limit (EFBIG).
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from desktop.store.checks import quick_check
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

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX limits and mounts")
LIMIT = 64 * 1024


@cache
def can_mount_tmpfs() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=16k tmpfs /tmp"],
        capture_output=True,
    )
    return probe.returncode == 0


def run_on_tiny_tmpfs(mount: Path, size: int, script: str, out: Path) -> str:
    """Run `script` (sh) with a `size`-byte tmpfs at `mount`; its exit code lands in out/rc."""
    mount.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    full = f'mount -t tmpfs -o size={size} tmpfs "$MNT" || exit 99\n{script}\necho $rc > "$OUT/rc"'
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", full], capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "MNT": str(mount), "OUT": str(out), "PY": sys.executable},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


def run_with_file_size_limit(
    args: list[str], size: int = LIMIT
) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG from write(), not a kill

    return subprocess.run(args, capture_output=True, text=True, cwd=ROOT, preexec_fn=limit,
                          timeout=300)


@pytest.fixture(scope="module")
def big_archive(tmp_path_factory) -> Path:
    """A data folder whose export is far larger than the 64 kB limit."""
    base = tmp_path_factory.mktemp("big")
    data = base / "data"
    folder = write_articles(base / "in", 200, paragraphs=12)[0].parent
    assert tulieu(data, "import", str(folder)).returncode == 0
    return data


def assert_clear_export_failure(stderr: str, name: str) -> None:
    assert "Traceback" not in stderr
    assert "Không ghi được tệp" in stderr and name in stderr


def test_export_to_a_full_tmpfs_leaves_no_partial_report(big_archive, tmp_path):
    if not can_mount_tmpfs():
        pytest.skip("this kernel does not let tests make a mount namespace")
    target = tmp_path / "usb"
    out = tmp_path / "out"
    script = (
        f'"$PY" -m desktop --data-dir "{big_archive}" export --all "$MNT/bao-cao.docx"; rc=$?\n'
        'ls -A "$MNT" > "$OUT/listing"'
    )
    stderr = run_on_tiny_tmpfs(target, LIMIT, script, out)
    assert (out / "rc").read_text().strip() == "1"
    assert (out / "listing").read_text() == ""  # neither the report nor a temporary file
    assert_clear_export_failure(stderr, "bao-cao.docx")
    assert "No space left on device" in stderr


def test_export_past_the_file_size_limit_leaves_no_partial_report(big_archive, tmp_path):
    target = tmp_path / "bao-cao.docx"
    result = run_with_file_size_limit(
        cli_command(big_archive, "export", "--all", str(target))
    )
    assert result.returncode == 1
    assert_clear_export_failure(result.stderr, "bao-cao.docx")
    assert list(tmp_path.iterdir()) == []


def prepared_archive(tmp_path: Path) -> tuple[Path, Path, int]:
    """A data folder with 3 articles, and a folder of 150 more, larger ones to import."""
    data = tmp_path / "data"
    few = write_articles(tmp_path / "few", 3)[0].parent
    assert tulieu(data, "import", str(few)).returncode == 0
    folder = write_articles(tmp_path / "many", 150, paragraphs=12, start=1000)[0].parent
    return data, folder, 150


def assert_sound_after_full_import(data: Path, stderr: str, folder: Path, total: int) -> None:
    assert "Traceback" not in stderr
    assert "ổ đĩa đã đầy" in stderr
    archive = data / "tulieu.sqlite3"
    assert quick_check(archive).ok and integrity(archive) == ["ok"]
    assert whole_articles_problems(archive) == []
    stored = count_rows(archive, "articles")
    assert 3 < stored < 3 + total  # some went in before the disk filled, not all

    rerun = tulieu(data, "import", str(folder))
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    kept = stored - 3
    assert import_counts(rerun.stdout) == (total - kept, kept, 0)
    assert count_rows(archive, "articles") == 3 + total
    assert whole_articles_problems(archive) == []


def test_import_onto_a_full_tmpfs_stops_cleanly(tmp_path):
    if not can_mount_tmpfs():
        pytest.skip("this kernel does not let tests make a mount namespace")
    data, folder, total = prepared_archive(tmp_path)
    size = (data / "tulieu.sqlite3").stat().st_size + 640 * 1024
    mount = tmp_path / "tiny"
    # The archive is copied onto the tmpfs, imported into, and copied back for the checks:
    # the tmpfs vanishes with the namespace.
    script = (
        f'cp -a "{data}/." "$MNT/"\n'
        f'"$PY" -m desktop --data-dir "$MNT" import "{folder}"; rc=$?\n'
        f'rm -rf "{data}"; mkdir "{data}"; cp -a "$MNT/." "{data}/"'
    )
    stderr = run_on_tiny_tmpfs(mount, size, script, tmp_path / "out")
    assert (tmp_path / "out" / "rc").read_text().strip() == "1"
    assert_sound_after_full_import(data, stderr, folder, total)


def test_import_past_the_file_size_limit_stops_cleanly(tmp_path):
    data, folder, total = prepared_archive(tmp_path)
    # Room for a few articles in the write-ahead log, which is where SQLite writes first.
    room = 256 * 1024
    result = run_with_file_size_limit(cli_command(data, "import", str(folder)), room)
    assert result.returncode == 1
    assert_sound_after_full_import(data, result.stderr, folder, total)
