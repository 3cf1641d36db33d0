"""Capture in the real window: the GUI fixtures, the local test site, a private data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.capture.conftest import site  # noqa: F401 - a fixture shared with tests/capture
from tests.gui.conftest import archive_path, no_modal_questions, open_window  # noqa: F401


@pytest.fixture(autouse=True)
def private_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The watch state and import log go here, never into the user's data folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("TULIEU_DATA_DIR", str(folder))
    return folder
