"""The files that put the app on a desktop: the icon bitmaps, the .desktop entry, the metainfo."""

from __future__ import annotations

import configparser
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "vn.tulieu.TuLieu"


def test_windows_icon_holds_every_size(qapp, tmp_path):
    script = ROOT / "packaging" / "make_icons.py"
    spec = importlib.util.spec_from_file_location("make_icons", script)
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    make_icons.make(tmp_path)
    reader = QImageReader(str(tmp_path / "tulieu.ico"))
    sizes = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        sizes.add(reader.read().width())
    assert sizes == set(make_icons.SIZES)
    assert (tmp_path / "hicolor" / "48x48" / "tulieu.png").is_file()


def test_desktop_entry_opens_files_with_the_app():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "tulieu open %F"
    assert section["Icon"] == APP_ID
    assert "Office;" in section["Categories"]
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert {"text/plain", docx} <= set(filter(None, section["MimeType"].split(";")))
    assert section["Name[vi]"] == "Tư liệu"


def test_metainfo_names_the_desktop_entry():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
