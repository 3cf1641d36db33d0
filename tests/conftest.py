"""Shared fixtures: the seed articles and a real archive file in a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.store.archive import Archive, open_local_archive

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))["articles"]


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    opened = open_local_archive(tmp_path / "archive" / "tulieu.sqlite3", tmp_path / "backups")
    yield opened
    opened.close()
