"""Write a report so that the user's chosen file is either complete or untouched."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Call `write` on a temporary file beside `target`, then rename it into place.

    A full disk or a cancel leaves no truncated report under the user's chosen name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".tulieu-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return target
