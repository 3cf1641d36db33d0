"""Background work for the window: one task at a time off the GUI thread, with progress and cancel.

Use cases are plain functions `fn(progress, cancel) -> result` (ARCHITECTURE rule 6). A single
worker thread runs them one after another, so archive writes never race each other and SQLite
is never "locked" (rule 5). Results come back to the GUI thread by signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from desktop.core.progress import Cancelled

Work = Callable[[Callable[[int, int, str], None], threading.Event], Any]


class Task(QObject):
    """One piece of background work; connect to its signals before starting it."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, name: str, work: Work) -> None:
        super().__init__()
        self.name = name
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        """Runs on the worker thread; Qt queues the signals to the receivers' thread."""
        try:
            result = self._work(self.progressed.emit, self._cancel)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - every failure reaches the user as a message
            self.failed.emit(str(exc) or exc.__class__.__name__)
        else:
            self.succeeded.emit(result)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self._task.run()


class TaskRunner(QObject):
    """Runs tasks on one background thread, in the order they are started."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[Task] = set()

    def start(self, task: Task) -> Task:
        # Keep a reference until it finishes, or Python could collect it mid-run.
        self._running.add(task)
        task.finished.connect(lambda: self._running.discard(task))
        self._pool.start(_Runnable(task))
        return task

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task is done (used when the window closes)."""
        return self._pool.waitForDone(msecs)


def in_turns(owner: QObject, steps: Sequence[Callable[[], object]]) -> None:
    """Run each step in its own turn of the GUI's event loop, in order, so the window repaints
    and answers input between them instead of freezing for their total. The steps left are
    dropped if `owner` is deleted meanwhile."""
    if steps:
        QTimer.singleShot(0, owner, lambda: (steps[0](), in_turns(owner, steps[1:])))
