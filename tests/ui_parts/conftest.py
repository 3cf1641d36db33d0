"""Widget tests run without a display, as in ./test."""

from __future__ import annotations

import os

import pytest

# Must be set before pytest-qt makes the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def settings_file(tmp_path, monkeypatch):
    """QSettings in a temporary INI file, so tests never read or write the user's settings."""
    from PySide6.QtCore import QSettings

    path = tmp_path / "settings.ini"

    def make() -> QSettings:
        return QSettings(str(path), QSettings.Format.IniFormat)

    return make
