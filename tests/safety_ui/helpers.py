"""Drive the real app (`desktop.app.run_gui`) window by window, and spoil archive files."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import run_gui
from desktop.ui.main_window import MainWindow

Step = Callable[[MainWindow], None]


def run_app(data: Path, *steps: Step, timeout: float = 120) -> int:
    """Run the app on the data folder `data` until it quits; its exit code.

    Each step is given the next main window that shows. After the last step (or a failing one,
    or the timeout) every window is closed, which ends the app as the user's closing would.
    """
    pending, seen, errors = list(steps), [], []
    deadline = time.monotonic() + timeout

    def close_all() -> None:
        for window in shown():
            window.close()

    def shown() -> list[MainWindow]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]

    def poll() -> None:
        if time.monotonic() > deadline:
            errors.append(AssertionError("the app did not finish in time"))
            close_all()
            return
        new = [w for w in shown() if not any(w is s for s in seen)]
        if not new or not pending:
            return
        seen.append(new[0])
        try:
            pending.pop(0)(new[0])
        except BaseException as exc:  # noqa: BLE001 - raised again once the app has quit
            errors.append(exc)
            pending.clear()
        if not pending:
            close_all()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    try:
        code = run_gui(data)
    finally:
        timer.stop()
    if errors:
        raise errors[0]
    assert not pending, f"{len(pending)} windows never showed"
    return code


def spoil(archive: Path) -> None:
    """Overwrite every page but the first with a pattern, as a failing disk might."""
    raw = bytearray(archive.read_bytes())
    page = 4096
    raw[page:] = (bytes(range(256)) * (len(raw) // 256 + 1))[: len(raw) - page]
    archive.write_bytes(bytes(raw))
