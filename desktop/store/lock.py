"""One copy of the app per local archive: a lock file beside it, held with an OS lock.

The OS lock (fcntl.flock / msvcrt.locking) is the authority: the kernel drops it when the
holder exits or crashes, so a lock left by a dead process never blocks anyone. The file also
says who holds it (pid, host) so the second copy can tell the user. Where the filesystem
has no working locks (some network shares) the pid and host decide, with a liveness check.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

# Windows locks are mandatory: lock a byte far past the text so others can still read it.
_WINDOWS_LOCK_OFFSET = 1 << 20
# Locks this process holds, by lock file: a second ArchiveLock here must not fight its own.
_held: dict[Path, ArchiveLock] = {}


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str

    def describe(self) -> str:
        return f"tiến trình {self.pid} trên máy {self.host}"


def lock_path(archive: Path) -> Path:
    return archive.with_name(archive.name + ".lock")


class ArchiveLock:
    """`acquire()` → True when this process now holds the archive; `holder` says who else does."""

    def __init__(self, archive: Path) -> None:
        self.path = lock_path(archive).absolute()
        self.holder: Holder | None = None
        self._file: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> bool:
        if self.held:
            return True
        mine = _held.get(self.path)
        if mine is not None and mine is not self:
            return True  # this process already holds it: a second window is no rival
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while held
        try:
            locked = _os_lock(handle)
        except OSError:
            locked = None  # no locks on this filesystem: fall back to what the file says
        if locked is False or (locked is None and _alive_elsewhere(_read(self.path))):
            self.holder = _read(self.path)
            handle.close()
            return False
        _write_holder(handle)
        self._file = handle
        self.holder = None
        _held[self.path] = self
        return True

    def release(self) -> None:
        if self._file is None:
            return
        try:
            self._file.seek(0)
            self._file.truncate()  # a file left behind no longer names us
            self._file.flush()
            _os_unlock(self._file)
        finally:
            self._file.close()
            self._file = None
            _held.pop(self.path, None)

    def __enter__(self) -> ArchiveLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def held_by_other(archive: Path) -> Holder | None:
    """Who else has `archive` open right now, without keeping a lock; None when nobody."""
    probe = ArchiveLock(archive)
    if probe.acquire():
        if _held.get(probe.path) is probe:
            probe.release()
        return None
    return probe.holder or Holder(0, "?")


def _os_lock(handle: IO[str]) -> bool:
    """True when locked, False when another process holds it; OSError when unsupported."""
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except PermissionError:
            return False
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _os_unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass  # closing the file releases it as well
        return
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    except OSError:
        pass


def _write_holder(handle: IO[str]) -> None:
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}))
    handle.flush()


def _read(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "null")
        return Holder(int(data["pid"]), str(data["host"]))
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _alive_elsewhere(holder: Holder | None) -> bool:
    """For filesystems without locks: is the named holder another process still running?"""
    if holder is None:
        return False
    if holder.host != socket.gethostname():
        return True  # another machine's process cannot be checked from here; assume it lives
    return holder.pid != os.getpid() and pid_alive(holder.pid)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        process = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFO
        if not process:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(process, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(process)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by another user
    return True
