"""The About dialog shows the version, the licence and the data folder it was given."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop import __version__
from desktop.ui.about import LICENCE, AboutDialog


def test_shows_version_licence_and_folder(qtbot, tmp_path):
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert __version__ in dialog.version_label.text()
    assert LICENCE in dialog.licence_label.text()
    assert str(tmp_path) in dialog.folder_label.text()
    assert not dialog.logo.pixmap().isNull()


def test_open_folder_asks_the_desktop_to_open_it(qtbot, tmp_path, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = AboutDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.open_folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]


def test_missing_folder_cannot_be_opened(qtbot, tmp_path):
    dialog = AboutDialog(tmp_path / "not-made-yet")
    qtbot.addWidget(dialog)
    assert not dialog.open_folder_button.isEnabled()
