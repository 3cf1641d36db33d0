#!/usr/bin/env python3
"""Compile every resources/translations/*.ts to the .qm Qt loads at run time.

The .qm files are build outputs (ignored by git): bootstrap.sh runs this when it sets up the
venv, and the PyInstaller spec runs it before collecting resources/.
Usage: python packaging/build_translations.py [TS_DIR]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def qt_tool(name: str) -> Path:
    """A Qt tool (lrelease, lupdate) from the PySide6 wheel, whichever venv runs this script."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    exe = folder / (f"{name}.exe" if sys.platform == "win32" else name)
    if not exe.is_file():
        raise FileNotFoundError(f"{name} is not in {folder}; install the full PySide6 wheel")
    return exe


def build(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile each .ts in `folder` next to itself; return the .qm files written."""
    lrelease = qt_tool("lrelease")
    written = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file():
            raise RuntimeError(f"lrelease wrote nothing for {ts}")
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else TRANSLATIONS
    try:
        written = build(folder)
    except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
        print(f"build_translations: {exc}", file=sys.stderr)
        return 1
    print(f"Compiled {len(written)} translation(s) in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
