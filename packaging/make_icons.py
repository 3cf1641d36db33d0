#!/usr/bin/env python3
"""Render the app icon (resources/icons/tulieu.svg) to the bitmaps installers need.

Writes OUT/tulieu.ico (Windows executable and installer) and OUT/hicolor/<n>x<n>/tulieu.png
(Linux icon theme sizes, beside the scalable SVG). Uses Qt's own SVG renderer, so the build
needs nothing beyond PySide6.
Usage: python packaging/make_icons.py OUT_DIR
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "tulieu.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A multi-size .ico of PNG entries (valid since Windows Vista); Qt's writer keeps only one.

    Each size is drawn from the SVG, so small sizes stay sharp rather than being shrunk.
    """
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def make(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])  # image plugins need an app
    written = []
    for size in SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "tulieu.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target)):
            raise RuntimeError(f"could not write {target}")
        written.append(target)
    ico = out / "tulieu.ico"
    ico.write_bytes(ico_bytes({size: png_bytes(render(size)) for size in SIZES}))
    written.append(ico)
    return written


if __name__ == "__main__":
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for path in make(out_dir):
        print(path)
