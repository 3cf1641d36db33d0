"""The Qt binding itself: a signal emitted from Python must not eat references.

PySide6 6.12.0 returned True from `SignalInstance.emit` without a reference of its own, so each
emit took one from True; an import emits once per file, and Python aborted ("bool_dealloc")
after a few thousand files. pyproject.toml keeps that version out; this notices a new one.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    progressed = Signal(int, int, str)


def test_emitting_a_signal_costs_true_and_false_no_reference(qapp):
    sender = _Sender()
    seen = []
    sender.progressed.connect(lambda *args: seen.append(args))
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(100):
        sender.progressed.emit(1, 2, "bai.txt")
    assert len(seen) == 100
    # Other code may hold or drop a few meanwhile; a leak drops one per emit.
    assert before[0] - sys.getrefcount(True) < 50
    assert before[1] - sys.getrefcount(False) < 50
