"""The window on a shared PostgreSQL archive: refresh on others' changes, read-only roles."""

from sqlalchemy import create_engine, text

from desktop.services import articles, importing
from desktop.store.archive import open_archive
from desktop.ui.main_window import MainWindow


def test_window_refreshes_when_someone_else_imports(qtbot, postgres_url, seed_files):
    mine = open_archive(postgres_url)
    theirs = open_archive(postgres_url)
    try:
        importing.import_files(mine, seed_files[:2])
        window = MainWindow(mine)
        qtbot.addWidget(window)
        window.show()
        window.table.selectRow(1)
        chosen = window.editor.record.id
        assert not window.refresh_if_changed()
        importing.import_files(theirs, seed_files[2:])  # another desktop
        assert window.refresh_if_changed()
        assert window.model.rowCount() == 5
        assert window.editor.record.id == chosen  # the selection survives the refresh
        window.close()
    finally:
        mine.close()
        theirs.close()


def test_read_only_role_opens_read_only_with_the_reason(qtbot, postgres_url, seed_files):
    owner = open_archive(postgres_url)
    importing.import_files(owner, seed_files[:1])
    admin = create_engine(postgres_url)
    with admin.begin() as conn:
        conn.execute(text("DROP ROLE IF EXISTS doc_gia"))
        conn.execute(text("CREATE ROLE doc_gia LOGIN"))
        conn.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO doc_gia"))
    admin.dispose()
    reader = open_archive(postgres_url.replace("//postgres@", "//doc_gia@"))
    try:
        window = MainWindow(reader)
        qtbot.addWidget(window)
        window.show()
        assert not window.access.writable
        assert window.read_only_banner.isVisible()
        assert "doc_gia" in window.read_only_banner.text()
        window.table.selectRow(0)
        assert window.editor.title.isReadOnly()
        assert not window.editor.save_button.isVisible()
        assert not window.import_action.isEnabled()
        assert not window.edits.bulk.isEnabled() and not window.edits.to_trash.isEnabled()
        assert window.export_action.isEnabled()  # reading and exporting still work
        assert articles.count(reader) == 1
        window.close()
    finally:
        reader.close()
        owner.close()
        cleanup = create_engine(postgres_url)
        with cleanup.begin() as conn:
            conn.execute(text("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM doc_gia"))
            conn.execute(text("DROP ROLE doc_gia"))
        cleanup.dispose()


def test_server_going_away_mid_edit_keeps_the_edit_until_it_saves(qtbot, seed_files):
    from PySide6.QtCore import Qt

    from tests import pg_server
    from tests.gui.test_main_window import _type_into

    server = pg_server.start()  # its own server: this test stops it
    archive = open_archive(server.url())
    try:
        importing.import_files(archive, seed_files[:1])
        window = MainWindow(archive)
        qtbot.addWidget(window)
        window.show()
        window.table.selectRow(0)
        article_id = window.editor.record.id
        _type_into(qtbot, window.editor.outlet, "Báo Hà Nội mới")
        server.halt()
        qtbot.mouseClick(window.editor.save_button, Qt.MouseButton.LeftButton)
        assert "Chưa lưu được" in window.editor.problem.text()
        assert window.editor.outlet.text() == "Báo Hà Nội mới" and window.editor.is_dirty()
        assert not window.refresh_if_changed()  # the poll says so, and does not crash
        server.resume()
        qtbot.mouseClick(window.editor.save_button, Qt.MouseButton.LeftButton)
        assert not window.editor.is_dirty()
        assert articles.get_article(archive, article_id).outlet == "Báo Hà Nội mới"
        window.close()
    finally:
        archive.close()
        server.stop()
