"""The icons drawn for the app exist, are valid SVG and paint something at toolbar size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette

from desktop.ui import icons

UI = Path(icons.__file__).resolve().parent


def painted_pixels(image: QImage) -> int:
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 0
    )


def names_used_in_ui() -> set[str]:
    """Every literal icon("name") in desktop/ui, so a typo in a caller fails here."""
    pattern = re.compile(r"""\bicon\(\s*["']([\w-]+)["']\s*\)""")
    return {m for path in UI.rglob("*.py") for m in pattern.findall(path.read_text("utf-8"))}


@pytest.fixture(autouse=True)
def fresh_cache(qapp):
    icons.clear_cache()
    yield
    icons.clear_cache()


@pytest.mark.parametrize("name", sorted(set(icons.NAMES) | names_used_in_ui()))
def test_icon_exists_and_renders(name):
    assert (icons.icons_dir() / f"{name}.svg").is_file()
    drawn = icons.icon(name)
    assert not drawn.isNull()
    image = drawn.pixmap(QSize(24, 24)).toImage()
    # Not blank, and not a filled square: a line icon covers part of its box.
    assert 40 < painted_pixels(image) < 24 * 24 * 0.7


def test_app_icon_renders_at_every_size():
    for size in (16, 32, 48, 256):
        image = icons.app_icon().pixmap(QSize(size, size)).toImage()
        assert image.width() == size
        assert painted_pixels(image) > size * size // 3


def test_unknown_name_gives_a_null_icon():
    assert icons.icon("no-such-icon").isNull()


def test_disabled_icons_are_faded():
    normal = icons.icon("save").pixmap(QSize(24, 24)).toImage()
    faded = icons.icon("save").pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()

    def strongest(image: QImage) -> int:
        return max(image.pixelColor(x, y).alpha() for x in range(24) for y in range(24))

    assert strongest(faded) < strongest(normal)


def test_grey_lightens_on_a_dark_palette(qapp):
    def lightest(image: QImage) -> int:
        return max(
            image.pixelColor(x, y).lightness()
            for x in range(24)
            for y in range(24)
            if image.pixelColor(x, y).alpha() == 255
        )

    original = qapp.palette()
    light = lightest(icons.icon("undo").pixmap(QSize(24, 24)).toImage())
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, QColor("#1e1e1e"))
    qapp.setPalette(dark)
    try:
        on_dark = lightest(icons.icon("undo").pixmap(QSize(24, 24)).toImage())
    finally:
        qapp.setPalette(original)
    assert on_dark > light + 60


def test_high_dpi_pixmaps_are_drawn_at_device_pixels():
    pixmap = icons.icon("search").pixmap(QSize(24, 24), 2.0)
    assert pixmap.size() == QSize(48, 48)
    assert pixmap.devicePixelRatio() == 2.0
