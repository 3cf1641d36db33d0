"""Is the local archive on a network share? SQLite's locking is unreliable there.

A SQLite file opened by two computers over NFS or SMB can be corrupted; a shared office archive
belongs on the PostgreSQL server instead. This only detects and words the warning.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p",
        "afs", "ceph", "glusterfs", "fuse.glusterfs", "ncpfs", "davfs", "fuse.davfs2",
    }
)  # fmt: skip
DRIVE_REMOTE = 4

NETWORK_WARNING = (
    "Kho tư liệu đang nằm trên ổ mạng dùng chung. Nếu hai máy cùng mở một tệp kho qua mạng, "
    "tệp có thể bị hỏng. Để nhiều người cùng làm việc, hãy dùng kho dùng chung trên máy chủ "
    "PostgreSQL (Cài đặt → Kho tư liệu); nếu chỉ một người dùng, hãy chép kho về máy này."
)


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    """True when `path` lives on a network filesystem.

    `mounts` is the text of /proc/mounts (read when None, on Linux); passing it lets tests
    describe any machine.
    """
    if sys.platform == "win32" and mounts is None:
        return _windows_remote(path)
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False  # macOS and the BSDs: no /proc; say nothing rather than guess
    fstype = filesystem_type(path, mounts)
    return fstype is not None and fstype.lower() in NETWORK_FILESYSTEMS


def filesystem_type(path: Path, mounts: str) -> str | None:
    """The type of the mount holding `path`: the longest mount point that contains it."""
    target = _resolved(path)
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        if _contains(point, target) and (best is None or len(point) > best[0]):
            best = (len(point), fields[2])
    return best[1] if best else None


def _resolved(path: Path) -> str:
    # Resolve symlinks as far as the path exists, so a link into a share counts as the share.
    return os.path.realpath(path)


def _contains(point: str, target: str) -> bool:
    point = point.rstrip("/") or "/"
    return point == "/" or target == point or target.startswith(point + "/")


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash in mount points as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _windows_remote(path: Path) -> bool:
    text = str(path.absolute())
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return True  # a UNC path: \\server\share\...
    if text.startswith("\\\\?\\UNC\\"):
        return True
    import ctypes

    root = os.path.splitdrive(text)[0] + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOTE
