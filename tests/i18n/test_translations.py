"""Translations: the catalogues are valid, compile, and switch the UI between Vietnamese and
English through `install_translators`."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop import i18n

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "translations"


def load_script(name: str) -> ModuleType:
    """Import a packaging/ script (not a package) as a module."""
    path = ROOT / "packaging" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built_resources(tmp_path_factory) -> Path:
    """A resources folder whose .qm files were compiled from the .ts sources just now."""
    root = tmp_path_factory.mktemp("resources")
    shutil.copytree(SOURCES, root / "translations", ignore=shutil.ignore_patterns("*.qm"))
    written = load_script("build_translations").build(root / "translations")
    assert {p.name for p in written} >= {"tulieu_en.qm", "qtbase_vi.qm"}
    return root


@pytest.fixture
def app(qapp, built_resources, monkeypatch):
    monkeypatch.setenv("TULIEU_RESOURCES", str(built_resources))
    monkeypatch.delenv("TULIEU_LANG", raising=False)
    before = QLocale()
    yield qapp
    i18n.remove_translators(qapp)  # later tests see the plain Vietnamese sources again
    QLocale.setDefault(before)


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


@pytest.mark.parametrize("name", ["tulieu_en.ts", "qtbase_vi.ts"])
def test_sources_are_valid_ts_xml(name):
    root = ET.parse(SOURCES / name).getroot()
    assert root.tag == "TS"
    assert root.findall("context/message/source")


def test_english_catalogue_declares_vietnamese_as_the_source():
    root = ET.parse(SOURCES / "tulieu_en.ts").getroot()
    assert (root.get("sourcelanguage"), root.get("language")) == ("vi_VN", "en")


def test_compiled_catalogue_loads(built_resources):
    translator = QTranslator()
    assert translator.load(str(built_resources / "translations" / "tulieu_en.qm"))
    assert not translator.isEmpty()


def test_english_translates_the_main_window(app):
    assert i18n.install_translators(app, "en") == "en"
    assert translate("MainWindow", "Nhập tệp…") == "Import files…"
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"
    assert translate("MainWindow", "&Tệp") == "&File"


def test_english_reaches_a_real_widget(app):
    from desktop.ui.reader import ReadingPane

    i18n.install_translators(app, "en")
    pane = ReadingPane()
    assert "Select an article to read it." in pane.toPlainText()


def test_vietnamese_keeps_the_sources_and_translates_qt(app):
    assert i18n.install_translators(app, "vi") == "vi"
    assert translate("MainWindow", "Nhập tệp…") == "Nhập tệp…"
    # Qt's numbers (and calendars) the Vietnamese way: "1.234,5".
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    # Qt's own standard buttons follow, from our qtbase_vi catalogue.
    assert translate("QPlatformTheme", "Cancel") == "Huỷ"


def test_switching_language_replaces_the_translators(app):
    i18n.install_translators(app, "en")
    i18n.install_translators(app, "vi")
    assert translate("MainWindow", "Nhập tệp…") == "Nhập tệp…"
    owned = [t for t in app.findChildren(QTranslator) if t.objectName() == i18n._OWNED]
    assert len(owned) == 1  # qtbase_vi only


def test_missing_catalogue_is_skipped(app, tmp_path, monkeypatch):
    monkeypatch.setenv("TULIEU_RESOURCES", str(tmp_path))
    assert i18n.install_translators(app, "en") == "en"
    assert translate("MainWindow", "Nhập tệp…") == "Nhập tệp…"


@pytest.mark.parametrize(
    ("asked", "system", "expected"),
    [
        (None, QLocale.Language.Vietnamese, "vi"),
        (None, QLocale.Language.English, "en"),
        (None, QLocale.Language.French, "en"),
        ("vi_VN", QLocale.Language.English, "vi"),
        ("en", QLocale.Language.Vietnamese, "en"),
    ],
)
def test_choose_language(asked, system, expected, monkeypatch):
    monkeypatch.delenv("TULIEU_LANG", raising=False)
    assert i18n.choose_language(asked, QLocale(system)) == expected


def test_environment_chooses_when_nothing_is_asked(monkeypatch):
    monkeypatch.setenv("TULIEU_LANG", "en")
    assert i18n.choose_language(None, QLocale(QLocale.Language.Vietnamese)) == "en"


def test_report_lists_untranslated_strings(tmp_path):
    ts = tmp_path / "tulieu_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        "<context><name>MainWindow</name>"
        "<message><source>Lưu</source><translation>Save</translation></message>"
        '<message><source>Mới</source><translation type="unfinished"></translation></message>'
        '<message><source>Cũ</source><translation type="vanished">Old</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert load_script("update_translations").untranslated(ts) == [("MainWindow", "Mới")]


def test_update_keeps_existing_translations(tmp_path):
    script = load_script("update_translations")
    ts = tmp_path / "tulieu_en.ts"
    shutil.copy(SOURCES / "tulieu_en.ts", ts)
    script.update(ts, script.source_files())
    messages = {
        (c.findtext("name"), m.findtext("source")): m.findtext("translation")
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
    }
    assert messages[("MainWindow", "Nhập tệp…")] == "Import files…"


def test_main_window_menus_in_vietnamese_then_english(app, qtbot, tmp_path):
    from desktop.store.archive import open_local_archive
    from desktop.ui.main_window import MainWindow

    archive = open_local_archive(tmp_path / "tulieu.sqlite3")
    try:
        menus = {}
        for language in ("vi", "en"):
            i18n.install_translators(app, language)
            window = MainWindow(archive)  # strings are translated when the widgets are made
            qtbot.addWidget(window)
            menus[language] = [m.title() for m in window.menus.values()]
            menus[language + "-file"] = [a.text() for a in window.menus["file"].actions()
                                         if not a.isSeparator()][:2]
            window.close()
    finally:
        archive.close()
    assert menus["vi"] == ["&Tệp", "&Sửa", "&Xem", "&Kho", "Trợ &giúp"]
    assert menus["en"] == ["&File", "&Edit", "&View", "&Archive", "&Help"]
    assert menus["vi-file"] == ["Nhập tệp…", "Nhập thư mục…"]
    assert menus["en-file"] == ["Import files…", "Import folder…"]


def test_import_summary_sentence_in_english(app):
    from desktop.services.importing import FAILED, IMPORTED, FileOutcome, ImportSummary
    from desktop.ui.import_summary import summary_line

    summary = ImportSummary([FileOutcome("a.txt", IMPORTED, "", 1), FileOutcome("b.png", FAILED)])
    i18n.install_translators(app, "en")
    assert summary_line(summary) == "Articles imported: 1; duplicates: 0; files failed: 1."
