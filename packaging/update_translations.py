#!/usr/bin/env python3
"""For developers: collect the UI's tr() strings into the .ts files, then list what is untranslated.

Runs pyside6's lupdate over desktop/ui (and desktop/i18n-aware modules beside it) for each
resources/translations/tulieu_<lang>.ts, keeping every existing translation, and prints the
strings that still lack one. Strings are added all the time, so the list is a report, not an
error; `--strict` makes it fail, for a release check.
Usage: python packaging/update_translations.py [--strict] [--report-only]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_translations import ROOT, TRANSLATIONS, qt_tool  # noqa: E402

SOURCE_LANGUAGE = "vi_VN"
SOURCES = ROOT / "desktop" / "ui"
CATALOGUES = "tulieu_*.ts"


def source_files(folder: Path = SOURCES) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def update(ts: Path, sources: list[Path]) -> None:
    """Merge the current strings into `ts`; translations of unchanged strings stay."""
    language = ts.stem.split("_", 1)[1]
    # No line numbers in the .ts: they would change with every edit and cause merge conflicts.
    subprocess.run(
        [str(qt_tool("lupdate")), "-silent", "-locations", "none",
         "-source-language", SOURCE_LANGUAGE, "-target-language", language,
         *map(str, sources), "-ts", str(ts)],
        check=True,
    )


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of each current message with no finished, non-empty translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue  # no longer in the code
            forms = [translation] if translation is not None else []
            if translation is not None and translation.find("numerusform") is not None:
                forms = list(translation.iter("numerusform"))
            if kind == "unfinished" or not all((f.text or "").strip() for f in forms):
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 if anything is untranslated")
    parser.add_argument("--report-only", action="store_true", help="do not run lupdate")
    args = parser.parse_args(argv)
    catalogues = sorted(TRANSLATIONS.glob(CATALOGUES))
    if not args.report_only:
        sources = source_files()
        for ts in catalogues:
            update(ts, sources)
        print(f"Updated {len(catalogues)} catalogue(s) from {len(sources)} source file(s)")
    total = 0
    for ts in catalogues:
        missing = untranslated(ts)
        total += len(missing)
        print(f"{ts.name}: {len(missing)} string(s) without a translation")
        for context, source in missing:
            print(f"  [{context}] {source!r}")
    return 1 if args.strict and total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
