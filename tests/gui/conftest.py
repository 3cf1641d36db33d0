"""GUI fixtures: the real main window on a real archive file, driven offscreen."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.store.archive import open_local_archive
from desktop.ui.main_window import MainWindow


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "tulieu.sqlite3"


@pytest.fixture
def open_window(qtbot, archive_path):
    """Open a main window on the archive file; windows and archives are closed afterwards."""
    opened = []

    def factory() -> MainWindow:
        archive = open_local_archive(archive_path)
        window = MainWindow(archive)
        qtbot.addWidget(window)
        window.show()
        opened.append((window, archive))
        return window

    yield factory
    for window, archive in opened:
        window.runner.wait()
        archive.close()


def drop_files(target: QWidget, paths: list[Path]) -> None:
    """Drag files over `target` and drop them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    assert drop_mime(target, mime), "the window refused the files"


def drop_mime(target: QWidget, mime: QMimeData) -> bool:
    """Drag `mime` over `target` and drop it; False when the drag or the drop is refused."""
    centre = target.rect().center()
    with warnings.catch_warnings():
        # PySide marks this constructor deprecated, yet Qt 6 offers no other for the event.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(centre), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """Fail loudly instead of hanging if a test makes the window ask an unexpected question."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected question: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "question", refuse)
    monkeypatch.setattr(QMessageBox, "warning", refuse)
