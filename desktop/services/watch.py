"""Watch folders: import files that staff save or scan into them, once each, when complete.

A plain polling loop (no Qt, no OS notification API): network shares and scanners' folders
often send no events, and a poll every few seconds costs nothing at the sizes offices have.
A file is taken only once its size and time have not changed across two scans `settle`
seconds apart, so a download or a copy in progress is never read half-written. What was
handled is kept in a JSON file in the data folder, so a restart does not import again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from desktop.importers.registry import is_archive, is_supported
from desktop.services.importing import (
    DUPLICATE,
    FAILED,
    IMPORTED,
    FileOutcome,
    ImportSummary,
    import_files,
)
from desktop.store.archive import Archive

After = Literal["leave", "move", "delete"]
DONE_FOLDER = "da-nhap"  # "imported": where `after="move"` puts originals by default
STATE_FILE = "watch-state.json"
LOG_FILE = "import-log.tsv"
# Browsers' and Office's files in progress: never articles, and gone when the work is done.
_TEMPORARY_PREFIXES = ("~$", ".~lock", "~")
_TEMPORARY_SUFFIXES = (".crdownload", ".part", ".partial", ".tmp", ".download")


def state_path(data_dir: Path) -> Path:
    return data_dir / STATE_FILE


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_FILE


@dataclass(frozen=True)
class _Seen:
    size: int
    mtime: float
    since: float  # `now` of the scan that first saw this size and time


@dataclass
class WatchState:
    """Files already handled (persisted) and files seen but not yet stable (in memory)."""

    path: Path | None = None
    handled: dict[str, dict] = field(default_factory=dict)
    pending: dict[str, _Seen] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> WatchState:
        """The saved state, or an empty one; a damaged file only means duplicates get skipped."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            handled = data.get("handled", {}) if isinstance(data, dict) else {}
        except (OSError, ValueError):
            handled = {}
        return cls(path=path, handled=dict(handled))

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(
            json.dumps({"version": 1, "handled": self.handled}, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
        os.replace(temporary, self.path)  # never a half-written state after a crash

    def is_handled(self, path: Path, size: int, mtime: float) -> bool:
        entry = self.handled.get(str(path))
        if entry is None or entry.get("size") != size:
            return False
        if entry.get("mtime") == mtime:
            return True
        # Touched but not changed (an antivirus, a sync client): same bytes, same file.
        if _sha256(path) == entry.get("sha256"):
            entry["mtime"] = mtime
            return True
        return False

    def mark(self, path: Path, size: int, mtime: float, sha256: str, outcome: str) -> None:
        self.handled[str(path)] = {
            "size": size, "mtime": mtime, "sha256": sha256, "outcome": outcome,
            "at": datetime.now().isoformat(timespec="seconds"),
        }
        self.pending.pop(str(path), None)


def scan(
    folders: Iterable[Path],
    state: WatchState,
    now: float,
    settle: float = 2.0,
    skip: Iterable[Path] = (),
) -> list[Path]:
    """Files in `folders` (and below) that are new, readable as articles and stable.

    `now` is a clock in seconds (time.time()); `skip` holds folders never looked into,
    such as where handled files are moved.
    """
    ready: list[Path] = []
    present: set[str] = set()
    skipped = {p.resolve() for p in skip}
    for folder in folders:
        for path in _candidates(folder, skipped):
            try:
                info = path.stat()
            except OSError:
                continue  # removed between listing and looking: it was not for us
            key = str(path)
            present.add(key)
            if state.is_handled(path, info.st_size, info.st_mtime):
                continue
            seen = state.pending.get(key)
            if seen is None or (seen.size, seen.mtime) != (info.st_size, info.st_mtime):
                state.pending[key] = _Seen(info.st_size, info.st_mtime, now)
            elif now - seen.since >= settle:
                ready.append(path)
    for key in set(state.pending) - present:
        del state.pending[key]
    return sorted(ready)


def _candidates(folder: Path, skipped: set[Path]) -> Iterable[Path]:
    if not folder.is_dir():
        return  # a share that is offline now may be back at the next scan
    for root, dirs, files in os.walk(folder):
        base = Path(root)
        dirs[:] = sorted(
            d for d in dirs
            if not d.startswith(".") and d != DONE_FOLDER and (base / d).resolve() not in skipped
        )
        for name in sorted(files):
            lowered = name.lower()
            if lowered.startswith(_TEMPORARY_PREFIXES) or lowered.endswith(_TEMPORARY_SUFFIXES):
                continue
            path = base / name
            if not name.startswith(".") and is_supported(path) and not is_archive(path):
                yield path


def handle(
    archive: Archive,
    paths: Iterable[Path],
    after: After = "leave",
    done_folder: Path | None = None,
    log_path: Path | None = None,
    state: WatchState | None = None,
    outlets: Mapping[str, str] | None = None,
    cancel: threading.Event | None = None,
) -> ImportSummary:
    """Import `paths`, then leave, move or delete each original that is now in the archive.

    Failed files always stay where they are. Each file gets a line in the import log and,
    when `state` is given, is remembered so it is not taken again (until it changes).
    `done_folder` None means a `da-nhap` folder beside each moved file.
    """
    summary = ImportSummary()
    for path in paths:
        if cancel is not None and cancel.is_set():
            summary.cancelled = True
            break
        try:
            info = path.stat()
            digest = _sha256(path)
        except OSError as exc:
            outcome = FileOutcome(str(path), FAILED, f"Không đọc được tệp: {exc.strerror or exc}")
        else:
            outcome = import_files(archive, [path], outlets=outlets).outcomes[0]
            if state is not None:
                state.mark(path, info.st_size, info.st_mtime, digest, outcome.status)
            if outcome.status in (IMPORTED, DUPLICATE):
                outcome = _dispose(outcome, path, after, done_folder)
        summary.outcomes.append(outcome)
        if log_path is not None:
            write_log(log_path, outcome)
    return summary


def _dispose(
    outcome: FileOutcome, path: Path, after: After, done_folder: Path | None
) -> FileOutcome:
    """Move or delete a file now safe in the archive; a failure is noted, not fatal."""
    try:
        if after == "delete":
            path.unlink()
            note = "đã xóa tệp gốc"
        elif after == "move":
            target = _free_name((done_folder or path.parent / DONE_FOLDER) / path.name)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(path), str(target))
            note = f"đã chuyển tới {target}"
        else:
            return outcome
    except OSError as exc:
        note = f"không {'xóa' if after == 'delete' else 'chuyển'} được tệp gốc: " + str(
            exc.strerror or exc
        )
    message = f"{outcome.message}; {note}" if outcome.message else note
    return FileOutcome(outcome.path, outcome.status, message, outcome.article_id)


def _free_name(target: Path) -> Path:
    """`bai.docx`, else `bai (2).docx`, ...: never overwrite an earlier file of that name."""
    candidate, number = target, 2
    while candidate.exists():
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
        number += 1
    return candidate


def write_log(path: Path, outcome: FileOutcome, when: datetime | None = None) -> None:
    """Append `time<TAB>path<TAB>outcome<TAB>message` (UTF-8) to the import log."""
    def clean(value: str) -> str:
        return " ".join(value.split())  # tabs and line breaks would break the columns

    stamp = (when or datetime.now()).isoformat(timespec="seconds")
    line = "\t".join((stamp, clean(outcome.path), outcome.status, clean(outcome.message)))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8", newline="\n") as log:
        log.write(line + "\n")


def watch_once(
    archive: Archive,
    folders: Iterable[Path],
    state: WatchState,
    log_file: Path,
    after: After = "leave",
    done_folder: Path | None = None,
    settle: float = 2.0,
    outlets: Mapping[str, str] | None = None,
    cancel: threading.Event | None = None,
) -> ImportSummary | None:
    """One scan and the import of what is ready in it; None when nothing was."""
    skip = [done_folder] if done_folder is not None else []
    ready = scan(folders, state, time.time(), settle, skip)
    if not ready:
        return None
    try:
        return handle(archive, ready, after, done_folder, log_file, state, outlets, cancel)
    finally:
        state.save()  # what was handled before an error stays handled


def run_watch(
    archive: Archive,
    folders: Iterable[Path],
    state_file: Path,
    log_file: Path,
    stop_event: threading.Event,
    after: After = "leave",
    done_folder: Path | None = None,
    interval: float = 5.0,
    settle: float | None = None,
    outlets: Mapping[str, str] | None = None,
    on_summary: Callable[[ImportSummary], None] | None = None,
) -> None:
    """Scan and import until `stop_event` is set; `settle` defaults to `interval`."""
    folders = [Path(f) for f in folders]
    state = WatchState.load(state_file)
    settle = interval if settle is None else settle
    while not stop_event.is_set():
        summary = watch_once(archive, folders, state, log_file, after, done_folder, settle,
                             outlets, stop_event)
        if summary is not None and on_summary is not None:
            on_summary(summary)
        stop_event.wait(interval)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()
