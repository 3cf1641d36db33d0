"""Translation tests build widgets, so they run without a display as in ./test."""

from __future__ import annotations

import os

# Must be set before pytest-qt makes the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
