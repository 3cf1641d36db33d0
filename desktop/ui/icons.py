"""The app's own icons: hand-drawn SVG in resources/icons, loaded once and kept.

The toolbar icons are drawn in a neutral grey with one red accent. On a dark palette the grey
would vanish into the background, so it is swapped for a light grey before rendering.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.paths import resources_dir

# Every toolbar icon drawn for the app; tests check that each exists and renders.
NAMES = (
    "import", "import-folder", "export-word", "save", "undo", "redo", "search", "tag",
    "trash", "restore", "report", "settings", "paste", "link", "statistics", "help",
)
APP_ICON = "tulieu"
STROKE = b"#5f6368"
STROKE_ON_DARK = b"#c4c7c5"


class SvgIconEngine(QIconEngine):
    """Renders SVG bytes at any size; disabled icons are drawn faded."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = data
        self._renderer = QSvgRenderer(QByteArray(data))

    def is_valid(self) -> bool:
        return self._renderer.isValid()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.38)
        self._renderer.render(painter, rect)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(  # noqa: N802 - Qt's name
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # Drawn at device pixels, so a 200% screen gets crisp lines rather than a blown-up bitmap.
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._data)

    def key(self) -> str:
        return "tulieu-svg"


def icons_dir():
    return resources_dir() / "icons"


def _dark_palette() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def icon(name: str) -> QIcon:
    """The icon `name` (a file stem in resources/icons); a null QIcon if there is no such file."""
    return _load(name, _dark_palette())


@cache
def _load(name: str, dark: bool) -> QIcon:
    # Cached per palette brightness, so a theme switch at run time gets the matching greys.
    path = icons_dir() / f"{name}.svg"
    try:
        data = path.read_bytes()
    except OSError:
        return QIcon()
    if dark:
        data = data.replace(STROKE, STROKE_ON_DARK)
    engine = SvgIconEngine(data)
    return QIcon(engine) if engine.is_valid() else QIcon()


def app_icon() -> QIcon:
    """The application icon, for the windows, the task bar and the About dialog."""
    return _load(APP_ICON, False)


def clear_cache() -> None:
    """Forget loaded icons (tests that point resources elsewhere)."""
    _load.cache_clear()
