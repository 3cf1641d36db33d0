"""One copy of the app per archive: a real second process, a stale lock, the same process."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store import lock as lock_module
from desktop.store.lock import ArchiveLock, Holder, held_by_other, lock_path, pid_alive
from tests.safety.helpers import ROOT

HOLD = """
import sys
from pathlib import Path
from desktop.store.lock import ArchiveLock
lock = ArchiveLock(Path(sys.argv[1]))
print("held" if lock.acquire() else "refused", flush=True)
sys.stdin.readline()
lock.release()
print("released", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return tmp_path / "data" / "tulieu.sqlite3"


@pytest.fixture
def other_copy(archive: Path) -> Iterator[subprocess.Popen[str]]:
    """A second process that holds the archive's lock until told to let go."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(archive)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.kill()
    proc.wait(timeout=30)


def test_a_second_process_is_detected_and_named(archive, other_copy):
    mine = ArchiveLock(archive)
    assert not mine.acquire()
    assert mine.holder == Holder(other_copy.pid, socket.gethostname())
    assert str(other_copy.pid) in mine.holder.describe()
    assert held_by_other(archive) == mine.holder

    other_copy.stdin.write("\n")
    other_copy.stdin.flush()
    assert other_copy.stdout.readline().strip() == "released"
    assert held_by_other(archive) is None
    assert mine.acquire()
    mine.release()


def test_a_killed_holder_does_not_block_the_next_start(archive, other_copy):
    other_copy.kill()  # a crash: no release, the lock file still names the dead process
    other_copy.wait(timeout=30)
    assert json.loads(lock_path(archive).read_text())["pid"] == other_copy.pid
    with ArchiveLock(archive) as mine:
        assert mine.held
        assert json.loads(lock_path(archive).read_text())["pid"] == os.getpid()


def test_a_stale_lock_file_from_a_dead_pid_is_taken_over(archive):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(dead.stdout)
    assert not pid_alive(dead_pid)
    archive.parent.mkdir(parents=True)
    lock_path(archive).write_text(json.dumps({"pid": dead_pid, "host": socket.gethostname()}))
    assert held_by_other(archive) is None
    mine = ArchiveLock(archive)
    assert mine.acquire()
    assert json.loads(lock_path(archive).read_text())["pid"] == os.getpid()
    mine.release()
    assert lock_path(archive).read_text() == ""  # a file left behind names nobody


def test_without_os_locks_the_pid_and_host_decide(archive, monkeypatch):
    # Some network filesystems refuse flock: then a live pid on this host holds the archive,
    # a dead one does not, and another machine's pid is assumed alive.
    def no_locks(_handle):
        raise OSError(37, "No locks available")

    monkeypatch.setattr(lock_module, "_os_lock", no_locks)
    archive.parent.mkdir(parents=True)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        for pid, host, free in [
            (sleeper.pid, socket.gethostname(), False),
            (2**22 + 12345, socket.gethostname(), True),
            (sleeper.pid, "may-khac", False),
        ]:
            lock_path(archive).write_text(json.dumps({"pid": pid, "host": host}))
            mine = ArchiveLock(archive)
            assert mine.acquire() is free, (pid, host)
            mine.release()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_the_same_process_does_not_lock_itself_out(archive):
    first = ArchiveLock(archive)
    assert first.acquire()
    try:
        assert held_by_other(archive) is None
        assert ArchiveLock(archive).acquire()
        assert first.held
    finally:
        first.release()
