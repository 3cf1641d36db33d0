"""The entity extractor's word lists (core.gazetteer), loaded once per process.

Apart from the entity services so an import's worker processes can load them without the
database layer (which took most of a worker's start-up).
"""

from __future__ import annotations

import threading
from pathlib import Path

from desktop.core.gazetteer import Gazetteer, load_gazetteer

_gazetteer: Gazetteer | None = None
_gazetteer_dirs: tuple[Path, ...] | None = None
_lock = threading.Lock()


def use_gazetteer_dirs(*dirs: Path) -> None:
    """User folders that extend the built-in word lists (default: data dir/gazetteers)."""
    global _gazetteer, _gazetteer_dirs
    with _lock:
        _gazetteer_dirs, _gazetteer = tuple(dirs), None


def gazetteer_dirs() -> tuple[Path, ...]:
    """The user folders the gazetteer is read from, as chosen or by default."""
    dirs = _gazetteer_dirs
    if dirs is None:
        from desktop import paths

        dirs = (paths.data_dir() / "gazetteers",)
    return dirs


def gazetteer() -> Gazetteer:
    global _gazetteer
    with _lock:
        if _gazetteer is None:
            _gazetteer = load_gazetteer(*(d for d in gazetteer_dirs() if d.is_dir()))
        return _gazetteer
