"""Safety tests run on real files in a temporary folder and never see the user's settings."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A settings folder of the test's own, and no shared archive from the environment."""
    folder = tmp_path / "config"
    monkeypatch.setenv("TULIEU_CONFIG_DIR", str(folder))
    monkeypatch.delenv("TULIEU_DB_URL", raising=False)
    monkeypatch.delenv("TULIEU_DATA_DIR", raising=False)
    return folder
