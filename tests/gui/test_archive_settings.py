"""Settings → Archive: choose a shared server, test it, keep the password out of files."""

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy.engine import make_url

from desktop import app, paths
from desktop.services import connection
from desktop.ui.archive_settings import ArchiveSettingsDialog


@pytest.fixture
def file_keyring(tmp_path, monkeypatch):
    """A real file-backed keyring in a temporary folder (CI machines have no system one)."""
    ring = PlaintextKeyring()
    ring.file_path = str(tmp_path / "keyring.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    monkeypatch.setenv("TULIEU_CONFIG_DIR", str(tmp_path / "config"))
    yield ring
    keyring.set_keyring(previous)


def test_choose_a_shared_archive_and_open_it(qtbot, postgres_url, file_keyring, tmp_path):
    server = make_url(postgres_url)
    dialog = ArchiveSettingsDialog(connection.ArchiveChoice())
    qtbot.addWidget(dialog)
    assert dialog.local.isChecked() and not dialog.server_box.isEnabled()
    dialog.shared.setChecked(True)
    dialog.host.setText(server.host)
    dialog.port.setValue(server.port)
    dialog.database.setText(server.database)
    dialog.user.setText(server.username)
    dialog.password.setText("mật-khẩu-bí-mật")
    assert dialog.run_test()
    assert "cơ sở dữ liệu trống" in dialog.status.text()
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    connection.save_choice(paths.archive_choice_path(), dialog.choice())

    saved = paths.archive_choice_path().read_text(encoding="utf-8")
    assert "mật-khẩu-bí-mật" not in saved
    assert keyring.get_password("tulieu", dialog.choice().account) == "mật-khẩu-bí-mật"
    opened = app.open_default_archive(tmp_path / "unused-local")
    try:
        assert opened.engine.url.database == server.database
        assert opened.engine.url.password == "mật-khẩu-bí-mật"
    finally:
        opened.close()
    assert not (tmp_path / "unused-local").exists()


def test_a_wrong_server_is_reported_in_words(qtbot, file_keyring):
    dialog = ArchiveSettingsDialog(connection.ArchiveChoice(shared=True, host="127.0.0.1",
                                                            port=1, user="x"))
    qtbot.addWidget(dialog)
    assert not dialog.run_test()
    assert dialog.status.text().startswith("Không kết nối được")
