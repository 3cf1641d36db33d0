"""Background tasks: their progress reaches the window a few times a second, never stale."""

from __future__ import annotations

import time

from desktop.ui.tasks import Task, TaskRunner


def test_progress_is_shown_a_few_times_a_second_and_last_before_the_outcome(qtbot):
    runner = TaskRunner()
    heard: list[tuple] = []

    def work(progress, cancel):
        for done in range(1, 2001):  # an import of 2,000 small files, 0.5 s in all
            progress(done, 2000, f"bai-{done}.txt")
            time.sleep(0.00025)
        return "xong"

    task = Task("Đang nhập", work)
    task.progressed.connect(lambda *args: heard.append(("progress", *args)))
    task.succeeded.connect(lambda result: heard.append(("done", result)))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        runner.start(task)
    progress = [h for h in heard if h[0] == "progress"]
    assert 2 <= len(progress) <= 60  # every 40 ms, not 2,000 signals
    assert heard[-2:] == [("progress", 2000, 2000, "bai-2000.txt"), ("done", "xong")]
    dones = [p[1] for p in progress]
    assert dones == sorted(dones)


def test_a_task_that_reports_nothing_shows_no_progress(qtbot):
    runner = TaskRunner()
    heard: list[tuple] = []
    task = Task("Xem trước", lambda progress, cancel: 42)
    task.progressed.connect(lambda *args: heard.append(args))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        runner.start(task)
    assert heard == []
