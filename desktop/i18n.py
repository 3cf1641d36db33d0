"""The interface language: our own translations and Qt's, chosen once when the app starts.

Vietnamese is the source language of every string in the UI, so Vietnamese needs no catalogue
of ours; English is `resources/translations/tulieu_en.qm`, compiled from `tulieu_en.ts` by
`packaging/build_translations.py`. Qt's own strings (standard buttons, the file dialog, text
field menus) come from Qt's `qtbase_<lang>.qm`; Qt ships no Vietnamese one, so we carry a small
`qtbase_vi` of our own for the strings users meet.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resources_dir

VIETNAMESE = "vi"
ENGLISH = "en"
LANGUAGES = (VIETNAMESE, ENGLISH)
CATALOGUE = "tulieu"
# Marks the translators this module installed, so a second call replaces rather than stacks them.
_OWNED = "tulieu-translator"

log = logging.getLogger(__name__)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def choose_language(language: str | None = None, system: QLocale | None = None) -> str:
    """"vi" or "en": the one asked for, else $TULIEU_LANG, else Vietnamese on a Vietnamese system.

    Anything that is not Vietnamese falls back to English, the only other language we carry.
    """
    asked = (language or os.environ.get("TULIEU_LANG") or "").strip().lower()
    if asked:
        return VIETNAMESE if asked.startswith(VIETNAMESE) else ENGLISH
    locale = system if system is not None else QLocale.system()
    return VIETNAMESE if locale.language() == QLocale.Language.Vietnamese else ENGLISH


def catalogue_files(language: str) -> list[Path]:
    """The .qm files to load for `language`, the ones that exist, in no particular order."""
    files: list[Path] = []
    qt_own = qt_translations_dir() / f"qtbase_{language}.qm"
    ours_for_qt = translations_dir() / f"qtbase_{language}.qm"
    # Prefer Qt's catalogue when a Qt build carries one; ours fills the gap for Vietnamese.
    if qt_own.is_file():
        files.append(qt_own)
    elif ours_for_qt.is_file():
        files.append(ours_for_qt)
    if language != VIETNAMESE:
        files.append(translations_dir() / f"{CATALOGUE}_{language}.qm")
    return files


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Install the translators for the chosen language on `app`; return "vi" or "en".

    Call it before any window is built: widgets translate their strings when they are made.
    A missing catalogue is logged and skipped, so the app still starts (in Vietnamese).
    """
    chosen = choose_language(language)
    # Calendars, month names and number grouping in Qt's widgets follow the default locale.
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
                       if chosen == VIETNAMESE else QLocale(QLocale.Language.English))
    remove_translators(app)
    for path in catalogue_files(chosen):
        translator = QTranslator()
        if not translator.load(str(path)):
            log.warning("cannot load translation %s (run packaging/build_translations.py)", path)
            continue
        translator.setObjectName(_OWNED)
        translator.setParent(app)  # owned by the app, so it lives as long as the app
        app.installTranslator(translator)
    return chosen


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall the translators `install_translators` put on `app` (to switch language)."""
    for old in app.findChildren(QTranslator):
        if old.objectName() == _OWNED:
            app.removeTranslator(old)
            old.setParent(None)  # no owner left: freed with its Python wrapper
