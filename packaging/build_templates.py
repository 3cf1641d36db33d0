"""Build the shipped report templates into resources/templates (run before packaging)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.reports.templates import build_letterhead  # noqa: E402


def main() -> None:
    target = build_letterhead(ROOT / "resources" / "templates" / "mau-tieu-de.docx")
    print(f"Đã tạo {target}")


if __name__ == "__main__":
    main()
