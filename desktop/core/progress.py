"""How long-running use cases report progress and learn they should stop (ARCHITECTURE rule 6)."""

from __future__ import annotations

import threading
from collections.abc import Callable

# done, total, what is being worked on now
Progress = Callable[[int, int, str], None]


def no_progress(_done: int, _total: int, _label: str) -> None:
    """The default when the caller does not watch progress."""


class Cancelled(Exception):
    """Raised inside a use case when its cancel flag was set; the work done so far stays."""


def check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled
