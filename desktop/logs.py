"""Where the app writes its log: the user's log folder, a few rotated files of bounded size.

Log lines are for diagnosing the app, never a copy of the archive: nothing here may log an
article's title or text, and a filter cuts any overlong message (a library quoting a page it
parsed) as a guard.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop import paths

LOG_FILE = "tulieu.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
MAX_MESSAGE = 300  # characters: room for a path and an error, not for a paragraph
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class TruncateLong(logging.Filter):
    """Shortens messages past MAX_MESSAGE characters, whatever logged them."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if len(message) > MAX_MESSAGE:
            record.msg = f"{message[:MAX_MESSAGE]}… [{len(message) - MAX_MESSAGE} ký tự bị cắt]"
            record.args = None
        return True


def configure(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the root logger to a rotating file in `folder` (default: the user's log folder).

    Returns the log file, or None if the folder cannot be made (a read-only home must not
    stop the app). Called once at start by the window and the command line; a second call
    replaces the handler rather than adding one.
    """
    folder = folder or paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(TruncateLong())
    handler.set_name(LOG_FILE)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == LOG_FILE]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    # trafilatura reports what it discards, quoting the page; only its errors are useful here.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    return folder / LOG_FILE
