"""Backups of the local archive: make, list, check, restore; nothing the user had is ever lost.

Copies are made with SQLite's online backup API, so they are consistent even while the archive
is open, and land under a temporary name first, so a cut-off copy is never listed as a backup.
A restore checks the backup, keeps the current archive aside as `replaced-<time>.sqlite3` and
puts it back if any step fails. Shared PostgreSQL archives are backed up on the server.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop import paths
from desktop.settings import Settings
from desktop.store.archive import Archive
from desktop.store.checks import (
    CheckResult,
    article_count,
    check_archive,
    check_backup,
    connect_read_only,
    quick_check,
)
from desktop.store.lock import held_by_other

__all__ = [
    "ArchiveInUse",
    "BackupInfo",
    "BackupProblem",
    "CheckResult",
    "SharedArchiveBackup",
    "backup_now",
    "backup_on_close",
    "check_archive",
    "check_backup",
    "list_backups",
    "needs_backup",
    "quick_check",
    "restore",
]

PREFIX = "tulieu-"
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
SIDE_FILES = ("-wal", "-shm")


class SharedArchiveBackup(ValueError):
    """Backups of a shared PostgreSQL archive are the server's job."""

    def __init__(self) -> None:
        super().__init__(
            "Kho dùng chung trên máy chủ PostgreSQL được sao lưu trên máy chủ bằng pg_dump "
            "(người quản trị máy chủ làm việc này); Tư liệu chỉ sao lưu kho trên máy này."
        )


class BackupProblem(RuntimeError):
    """A backup cannot be trusted or restored; the current archive was left as it was."""


class ArchiveInUse(RuntimeError):
    """Another copy of the app has the archive open, so it must not be replaced now."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    article_count: int | None  # None when the file cannot be read


def backup_now(archive: Archive, data_dir: Path, keep: int) -> Path:
    """Copy the open local archive into `data_dir/backups/`, then keep only the newest `keep`."""
    if archive.path is None:
        raise SharedArchiveBackup()
    folder = paths.backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = _new_name(folder)
    partial = target.with_name(f".{target.name}.partial")
    try:
        _copy(archive.path, partial, journal="DELETE", live=True)  # one self-contained file
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    prune(data_dir, keep)
    return target


def prune(data_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` automatic backups; copies made before an upgrade stay."""
    ours = [b for b in list_backups(data_dir) if b.path.name.startswith(PREFIX)]
    removed = [b.path for b in ours[max(keep, 1) :]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup in `data_dir/backups/` (automatic and before-upgrade), newest first."""
    folder = paths.backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [
        BackupInfo(path, _created(path), path.stat().st_size, article_count(path))
        for path in folder.glob("*.sqlite3")
        if path.is_file()
    ]
    return sorted(found, key=lambda b: (b.created, _sequence(b.path)), reverse=True)


def restore(data_dir: Path, backup: Path) -> Path | None:
    """Put `backup` in place of the local archive, which the caller must have closed.

    Returns where the replaced archive was kept (`replaced-<time>.sqlite3`), or None when there
    was none. Raises BackupProblem (bad backup) or ArchiveInUse before touching anything; if a
    later step fails, the old archive is put back before the error is raised.
    """
    checked = check_backup(backup)
    if not checked.ok:
        raise BackupProblem(f"Bản sao lưu không dùng được: {checked.message()}")
    archive = paths.archive_path(data_dir)
    holder = held_by_other(archive)
    if holder is not None:
        raise ArchiveInUse(f"Kho đang được mở bởi {holder.describe()}: hãy đóng nó trước.")
    stamp = datetime.now().strftime(STAMP)
    staged = data_dir / f".restoring-{stamp}.sqlite3"
    try:
        _copy(backup, staged, journal="WAL")
        if not quick_check(staged).ok:
            raise BackupProblem("Bản chép từ bản sao lưu bị lỗi khi ghi ra đĩa.")
        aside = _unique(data_dir / f"replaced-{stamp}.sqlite3") if archive.exists() else None
        _swap_in(archive, staged, aside)
    finally:
        for suffix in ("", *SIDE_FILES):
            Path(f"{staged}{suffix}").unlink(missing_ok=True)
    return aside


def _swap_in(archive: Path, staged: Path, aside: Path | None) -> None:
    """Move the archive (and its -wal/-shm) aside, then the staged copy in; undo on failure."""
    moved: list[tuple[Path, Path]] = []
    try:
        if aside is not None:
            for suffix in ("", *SIDE_FILES):
                source = Path(f"{archive}{suffix}")
                if source.exists():
                    os.replace(source, f"{aside}{suffix}")
                    moved.append((source, Path(f"{aside}{suffix}")))
        os.replace(staged, archive)
    except BaseException:
        for original, kept in reversed(moved):
            os.replace(kept, original)
        raise


def needs_backup(archive: Archive, data_dir: Path) -> bool:
    """Has the local archive changed since the newest backup? (False for shared archives.)"""
    if archive.path is None or archive.read_only or not archive.path.exists():
        return False
    backups = [b for b in list_backups(data_dir) if b.path.name.startswith(PREFIX)]
    if not backups:
        return True
    changed = max(_mtime(Path(f"{archive.path}{suffix}")) for suffix in ("", "-wal"))
    return changed > backups[0].path.stat().st_mtime


def backup_on_close(archive: Archive, data_dir: Path, settings: Settings) -> Path | None:
    """The close-time policy: back up when the setting is on and something changed.

    Call it just before `archive.close()`. It first closes the idle connections, so SQLite
    folds the WAL into the file now rather than after the copy; otherwise that later write
    would make the next close think the archive had changed again.
    """
    if not settings.backup_on_close or archive.path is None or archive.read_only:
        return None
    archive.engine.dispose()
    if not needs_backup(archive, data_dir):
        return None
    return backup_now(archive, data_dir, settings.backups_to_keep)


def _copy(source: Path, target: Path, journal: str, live: bool = False) -> None:
    target.unlink(missing_ok=True)
    with connect_read_only(source, live) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)  # one step: a consistent snapshot even while the app writes
        dst.execute(f"PRAGMA journal_mode={journal}")
        _fsync(dst)


def _fsync(conn: sqlite3.Connection) -> None:
    # The backup API leaves the new file's pages in the OS cache; make them durable before the
    # rename that makes the copy visible (a power cut must not leave a "backup" of zeros).
    conn.execute("PRAGMA synchronous=FULL")
    conn.commit()
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _new_name(folder: Path) -> Path:
    # Within one second, number past the highest existing copy, never into a gap left by
    # pruning: a reused lower number would sort as older and be pruned at once.
    base = f"{PREFIX}{datetime.now().strftime(STAMP)}"
    taken = [_sequence(p) for p in folder.glob(f"{base}*.sqlite3")]
    n = max(taken, default=0) + 1
    return folder / (f"{base}.sqlite3" if n == 1 else f"{base}-{n}.sqlite3")


def _unique(path: Path) -> Path:
    """`path`, or `name-2`, `name-3`… when two are made within the same second."""
    candidate, n = path, 1
    while any(Path(f"{candidate}{s}").exists() for s in ("", *SIDE_FILES)):
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _created(path: Path) -> datetime:
    found = _NAME.search(path.name)
    if found:
        try:
            return datetime.strptime(found.group(1), STAMP)
        except ValueError:
            pass
    return datetime.fromtimestamp(path.stat().st_mtime)


def _sequence(path: Path) -> int:
    # `-2`, `-3`… are later copies made within the same second as the unnumbered one.
    found = _NAME.search(path.name)
    return int(found.group(2)) if found and found.group(2) else 1


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return 0.0
