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


# How often the GUI shows a running task's progress. An import reports every file, up to 200 a
# second; a signal per report cost the window's import a sixth of its speed.
PROGRESS_MS = 40


class Task(QObject):
    """One piece of background work; connect to its signals before starting it.

    `progressed` carries the latest progress reported by the work, at most every PROGRESS_MS
    and once more just before the work's outcome (succeeded, failed or cancelled) arrives."""

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
        self._latest: tuple[int, int, str] | None = None  # written by the worker thread
        self._shown: tuple[int, int, str] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(PROGRESS_MS)
        self._poll.timeout.connect(self._show_progress)
        # Connected first, so the last progress is shown before anyone hears the outcome.
        for outcome in (self.succeeded, self.failed, self.cancelled):
            outcome.connect(self._show_progress)
        self.finished.connect(self._poll.stop)

    def cancel(self) -> None:
        self._cancel.set()

    def watch_progress(self) -> None:
        """Start showing progress (on the GUI thread, as the task starts)."""
        self._poll.start()

    def _report(self, done: int, total: int, label: str) -> None:
        self._latest = (done, total, label)  # one assignment: safe to read from the GUI thread

    def _show_progress(self, *_outcome: object) -> None:
        latest = self._latest
        if latest is not None and latest != self._shown:
            self._shown = latest
            self.progressed.emit(*latest)

    def run(self) -> None:
        """Runs on the worker thread; Qt queues the signals to the receivers' thread."""
        try:
            result = self._work(self._report, self._cancel)
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
        task.watch_progress()
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
    dropped if `owner` is deleted meanwhile. A step waits 1 ms, not 0: a zero-delay step ran
    before the window's own timers, so the steps after 10,000 imported files (reload,
    filters, ...) still froze it as one block of 73-110 ms."""
    if steps:
        QTimer.singleShot(1, owner, lambda: (steps[0](), in_turns(owner, steps[1:])))
