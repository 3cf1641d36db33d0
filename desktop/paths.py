"""Where things live. Every user path comes from appdirs and has an environment override.

Nothing is created at import time; `app.py` asks for the folders it needs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import appdirs

APP_NAME = "tulieu"
ARCHIVE_FILE = "tulieu.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the local archive: `--data-dir`, else $TULIEU_DATA_DIR, else appdirs."""
    chosen = override or os.environ.get("TULIEU_DATA_DIR")
    return Path(chosen) if chosen else Path(appdirs.user_data_dir(APP_NAME, False))


def config_dir() -> Path:
    """Per-user settings (window layout, preferences): $TULIEU_CONFIG_DIR, else appdirs."""
    chosen = os.environ.get("TULIEU_CONFIG_DIR")
    return Path(chosen) if chosen else Path(appdirs.user_config_dir(APP_NAME, False))


def log_dir() -> Path:
    """The app's rotating log (desktop.logs): $TULIEU_LOG_DIR, else appdirs."""
    chosen = os.environ.get("TULIEU_LOG_DIR")
    return Path(chosen) if chosen else Path(appdirs.user_log_dir(APP_NAME, False))


def archive_choice_path() -> Path:
    """Which archive to open (local or a shared server), as chosen in Settings → Archive."""
    return config_dir() / "archive.json"


def recent_archives_path() -> Path:
    """Archives opened before (local or shared), for Kho → Kho đã dùng gần đây."""
    return config_dir() / "recent-archives.json"


def saved_searches_path() -> Path:
    return config_dir() / "saved-searches.json"


def window_state_path() -> Path:
    return config_dir() / "window.ini"


def archive_path(data: Path) -> Path:
    return data / ARCHIVE_FILE


def outlets_path(data: Path) -> Path:
    """The user's own additions to the domain → outlet table (JSON object)."""
    return data / "outlets.json"


def backups_dir(data: Path) -> Path:
    return data / "backups"


def _bundle_root() -> Path:
    # A PyInstaller bundle unpacks next to sys._MEIPASS; a checkout has them beside desktop/.
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return Path(os.environ.get("TULIEU_RESOURCES") or _bundle_root() / "resources")


def migrations_dir() -> Path:
    return _bundle_root() / "migrations"
