"""GUI fixtures for the report tests: a window on an archive holding the five seeds."""

from __future__ import annotations

import pytest

from desktop.services.importing import import_files
from desktop.store.archive import open_local_archive
from tests.gui.conftest import archive_path, no_modal_questions, open_window  # noqa: F401


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    """A config folder of the test's own: remembered report settings, saved searches."""
    folder = tmp_path / "config"
    monkeypatch.setenv("TULIEU_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def seeded(archive_path, seed_files) -> list[int]:  # noqa: F811 - the gui fixture
    """Import the seeds into the window's archive file before the window opens."""
    archive = open_local_archive(archive_path)
    try:
        import_files(archive, seed_files)
        from desktop.services import articles

        return articles.list_ids(archive)
    finally:
        archive.close()
