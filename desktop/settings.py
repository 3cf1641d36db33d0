"""User preferences: each setting declared once, with its type and default (ARCHITECTURE rule 8).

Stored as JSON in the user's config folder (`paths.config_dir()`, $TULIEU_CONFIG_DIR). To add a
setting, add one field to `Settings` (optionally a `check` in its metadata); loading, saving and
validation follow from the declaration. A missing, unknown or invalid value never stops the
app: it falls back to the default with a warning.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

from desktop import paths

log = logging.getLogger(__name__)
SETTINGS_FILE = "settings.json"


def _at_least(low: int) -> dict[str, Callable[[Any], bool]]:
    return {"check": lambda value: value >= low}


@dataclass(frozen=True)
class Settings:
    # How many automatic backups to keep in the data folder's backups/ (oldest removed first).
    backups_to_keep: int = field(default=10, metadata=_at_least(1))
    # Make a backup when the window closes, if the archive changed since the last one.
    backup_on_close: bool = True
    # Interface language: "vi", "en", or "" to follow the system (desktop.i18n).
    language: str = field(default="", metadata={"check": lambda v: v in ("", "vi", "en")})
    # Folders whose new article files are imported while the window is open (capture_watch).
    watched_folders: list[str] = field(default_factory=list)
    # What happens to a watched file once it is in the archive: "leave", "move" or "delete".
    watch_after: str = field(
        default="leave", metadata={"check": lambda v: v in ("leave", "move", "delete")}
    )
    # Where "move" puts those files; "" means a da-nhap folder beside each one.
    watch_done_folder: str = ""


def settings_path(folder: Path | None = None) -> Path:
    return (folder or paths.config_dir()) / SETTINGS_FILE


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults for anything missing, unknown or of the wrong type."""
    path = path or settings_path()
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("Không đọc được %s (%s): dùng cài đặt mặc định", path, exc)
        return Settings()
    if not isinstance(stored, dict):
        log.warning("%s không phải một đối tượng JSON: dùng cài đặt mặc định", path)
        return Settings()
    return from_dict(stored)


def from_dict(stored: dict[str, Any]) -> Settings:
    """Settings from plain data, keeping each valid value and warning about the rest."""
    declared = {f.name: f for f in fields(Settings)}
    types = get_type_hints(Settings)
    for name in stored.keys() - declared.keys():
        log.warning("Bỏ qua cài đặt không biết: %s", name)
    chosen: dict[str, Any] = {}
    for name, spec in declared.items():
        if name not in stored:
            continue
        value = stored[name]
        check = spec.metadata.get("check")
        if _has_type(value, types[name]) and (check is None or check(value)):
            chosen[name] = value
        else:
            log.warning("Giá trị %r không hợp lệ cho %s: dùng mặc định", value, name)
    return Settings(**chosen)


def _has_type(value: Any, expected: type) -> bool:
    # JSON true is not a count and 3 is not a yes/no, though Python treats bool as an int.
    if expected is bool or isinstance(value, bool):
        return expected is bool and isinstance(value, bool)
    if expected is float:
        return isinstance(value, int | float)
    if get_origin(expected) is list:
        (item,) = get_args(expected)
        return isinstance(value, list) and all(_has_type(v, item) for v in value)
    return isinstance(value, expected)


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write all settings; the old file stays whole if writing fails (temp file + rename)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2) + "\n"
    handle, temp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    finally:
        Path(temp).unlink(missing_ok=True)
    return path
