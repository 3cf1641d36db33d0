"""Composition root: paths -> archive (migrated) -> window. Nothing here runs at import time."""

from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from desktop import logs, paths
from desktop.core.outlets import load_outlets
from desktop.services import connection
from desktop.store.archive import Archive, open_archive, open_local_archive


def archive_location(spec: str) -> str:
    """A database URL for what the user named: a URL as it is, a .sqlite3 file, or a folder
    holding one (a data folder)."""
    if "://" in spec:
        return spec
    path = Path(spec).expanduser()
    if path.suffix in (".sqlite3", ".sqlite", ".db"):
        return f"sqlite:///{path.resolve()}"
    return f"sqlite:///{paths.archive_path(path.resolve())}"


def open_default_archive(
    data_dir: str | Path | None = None, db_url: str | None = None
) -> Archive:
    """Open the shared archive at `db_url` (or $TULIEU_DB_URL) if given, else the one chosen in
    Settings → Archive, else the local one in the user's data folder; create and upgrade it
    as needed."""
    folder = local_data_folder(data_dir, db_url)
    if folder is not None:
        return open_local_archive(paths.archive_path(folder), paths.backups_dir(folder))
    url = db_url or os.environ.get("TULIEU_DB_URL")
    if url:
        return open_archive(url)
    choice = connection.load_choice(paths.archive_choice_path())
    return open_archive(connection.url_for(choice, connection.load_password(choice)))


def local_data_folder(data_dir: str | Path | None = None, db_url: str | None = None) -> Path | None:
    """The data folder whose local archive `open_default_archive` opens; None for a shared one."""
    if db_url or os.environ.get("TULIEU_DB_URL"):
        return None
    if connection.load_choice(paths.archive_choice_path()).shared:
        return None
    return paths.data_dir(data_dir)


def outlet_table(data_dir: str | Path | None = None) -> Mapping[str, str] | None:
    """The bundled domain → outlet table extended by the user's `outlets.json`, if any.

    None means "the bundled table alone". A malformed user file is reported and ignored
    rather than stopping the app.
    """
    user_file = paths.outlets_path(paths.data_dir(data_dir))
    if not user_file.exists():
        return None
    try:
        return load_outlets(user_file)
    except (OSError, ValueError, json.JSONDecodeError) as exc:
        print(f"Bỏ qua {user_file}: {exc}", file=sys.stderr)
        return None


def run_gui(
    data_dir: str | Path | None = None, db_url: str | None = None, files: Sequence[Path] = ()
) -> int:
    """Open the window; `files` (from "Open with") are imported once it shows."""
    logs.configure()
    # Qt is imported here, not at module level, so the CLI starts without it.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_translators
    from desktop.settings import load_settings
    from desktop.ui.icons import app_icon
    from desktop.ui.main_window import MainWindow
    from desktop.ui.safety import ArchiveKeeper

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Tư liệu")
    app.setOrganizationName("tulieu")
    # Wayland and the taskbar match the window to packaging/linux's .desktop entry by this name.
    app.setDesktopFileName("vn.tulieu.TuLieu")
    app.setWindowIcon(app_icon())
    install_translators(app, load_settings().language or None)
    # Checks a local archive on open (lock, network share, integrity) and backs it up on close.
    keeper = ArchiveKeeper(lambda: open_default_archive(data_dir, db_url),
                           lambda: local_data_folder(data_dir, db_url))
    archive = keeper.open()
    if archive is None:
        return 1
    opened = {"archive": archive}

    def show(archive: Archive) -> MainWindow:
        window = MainWindow(archive, outlet_table(data_dir), paths.window_state_path())
        window.archive_switch_requested.connect(lambda: switch(window))
        window.safety.restore_requested.connect(lambda chosen: restore(window, chosen))
        window.show()
        return window

    def switch(old) -> None:
        # Open the newly chosen archive first; only then close the old window and archive.
        new = keeper.open(old)
        if new is None:  # the old window stays usable
            return
        if not old.close():
            keeper.close(new, make_backup=False)
            return
        keeper.close(opened["archive"])
        opened["archive"] = new
        show(new)

    def restore(old, chosen: Path) -> None:
        # The backup replaces the archive file, so the window lets go of it first.
        if old.close():
            opened["archive"] = keeper.restore(opened["archive"], chosen, show)

    first = show(archive)
    # What is alive once the window shows (Qt's wrappers, the models, the word lists) lives
    # as long as the app: leaving it out of full garbage collections cut the pauses they
    # cause during a long import from about 100 ms to 30.
    QTimer.singleShot(0, gc.freeze)
    if files:
        QTimer.singleShot(0, lambda: first.import_paths([Path(f) for f in files]))
    try:
        return app.exec()
    finally:
        keeper.close(opened["archive"])
