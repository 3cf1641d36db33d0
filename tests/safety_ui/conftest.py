"""The archive-safety parts of the window, on real archive files in a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Must be set before pytest-qt makes the QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402 - after the platform is chosen
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox  # noqa: E402

from desktop import paths  # noqa: E402
from desktop.services import importing  # noqa: E402
from desktop.store.archive import open_local_archive  # noqa: E402
from tests.safety.helpers import write_articles  # noqa: E402

Answer = str | Callable[[QDialog], None]
# Click a message box's only (or default) button, whatever the translation calls it.
ACCEPT = "<accept>"


@pytest.fixture(autouse=True)
def private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings of the test's own, Vietnamese, and no shared archive from the environment."""
    folder = tmp_path / "config"
    monkeypatch.setenv("TULIEU_CONFIG_DIR", str(folder))
    monkeypatch.setenv("TULIEU_LANG", "vi")
    monkeypatch.delenv("TULIEU_DB_URL", raising=False)
    monkeypatch.delenv("TULIEU_DATA_DIR", raising=False)
    return folder


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder holding a local archive of three articles."""
    folder = tmp_path / "data"
    archive = open_local_archive(paths.archive_path(folder), paths.backups_dir(folder))
    importing.import_files(archive, write_articles(tmp_path / "in", 3))
    archive.close()
    return folder


class Modal:
    """Answers the modal dialogs the code under test opens, in order: a QMessageBox by the text
    of the button to click, any other dialog by a function given the dialog. A dialog nobody
    expected is recorded and dismissed, so a test fails instead of hanging."""

    def __init__(self) -> None:
        self.answers: list[Answer] = []
        self.seen: list[str] = []  # text (and details) of every message box answered
        self.unexpected: list[str] = []
        self._handled: list[QDialog] = []  # kept alive so a new dialog never reuses an old id
        self._timer = QTimer()
        self._timer.timeout.connect(self._poll)
        self._timer.start(20)

    def answer(self, *answers: Answer) -> None:
        self.answers.extend(answers)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or any(d is dialog for d in self._handled):
            return
        self._handled.append(dialog)
        text = dialog.text() + "\n" + dialog.informativeText() if isinstance(
            dialog, QMessageBox) else dialog.windowTitle()
        if not self.answers:
            self.unexpected.append(text)
            dialog.reject()
            return
        answer = self.answers.pop(0)
        if callable(answer):
            answer(dialog)
            return
        self.seen.append(text)
        if answer == ACCEPT:
            buttons = dialog.buttons()
            (buttons[0] if len(buttons) == 1 else dialog.defaultButton()).click()
            return
        chosen = [b for b in dialog.buttons() if b.text() == answer]
        if not chosen:  # said at the test's end; raising here would leave the dialog open
            self.unexpected.append(f"no button {answer!r} in: {text}")
            dialog.reject()
            return
        chosen[0].click()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def modal(qapp) -> Iterator[Modal]:
    answering = Modal()
    yield answering
    answering.stop()
    assert not answering.unexpected, f"unexpected dialogs: {answering.unexpected}"
    assert not answering.answers, f"dialogs that never came: {answering.answers}"
