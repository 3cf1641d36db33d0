"""Settings: declared once, stored as JSON, invalid or unknown values fall back with a warning."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from desktop.settings import Settings, load_settings, save_settings, settings_path


def test_defaults_when_nothing_is_saved(private_config: Path):
    assert settings_path() == private_config / "settings.json"
    assert load_settings() == Settings()
    assert Settings().backups_to_keep == 10


def test_saved_settings_come_back(private_config: Path):
    path = save_settings(Settings(backups_to_keep=3, backup_on_close=False))
    assert path.parent == private_config
    assert json.loads(path.read_text(encoding="utf-8"))["backups_to_keep"] == 3
    assert load_settings() == Settings(backups_to_keep=3, backup_on_close=False)
    assert not list(private_config.glob(".settings-*"))


def test_invalid_and_unknown_values_fall_back_with_a_warning(private_config: Path, caplog):
    private_config.mkdir(parents=True)
    settings_path().write_text(
        json.dumps({"backups_to_keep": "năm", "backup_on_close": 1, "mau_nen": "xanh"}),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="desktop.settings"):
        loaded = load_settings()
    assert loaded == Settings()
    text = caplog.text
    assert "backups_to_keep" in text and "backup_on_close" in text and "mau_nen" in text


def test_out_of_range_values_and_broken_files(private_config: Path, caplog):
    private_config.mkdir(parents=True)
    settings_path().write_text('{"backups_to_keep": 0, "backup_on_close": false}', "utf-8")
    assert load_settings() == Settings(backup_on_close=False)  # 0 copies would keep nothing
    settings_path().write_text("{ không phải JSON", "utf-8")
    with caplog.at_level(logging.WARNING, logger="desktop.settings"):
        assert load_settings() == Settings()
    assert "Không đọc được" in caplog.text
    settings_path().write_text("[1, 2]", "utf-8")
    assert load_settings() == Settings()
