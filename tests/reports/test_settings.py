"""Report settings survive a save and load, and refuse what cannot make a report."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from desktop.reports.settings import ReportSettings, SettingsError
from tests.reports.builders import party_settings


def test_json_round_trip_keeps_every_field(tmp_path):
    settings = party_settings(template=Path("/mẫu/báo cáo.docx"), statistics="unit",
                              appendix_landscape=False)
    settings.save(tmp_path / "s.json")
    loaded = ReportSettings.load(tmp_path / "s.json")
    assert loaded == settings
    assert loaded.date == datetime.date(2024, 3, 5)
    assert loaded.sections[0] == ("Tình hình chung", "Các cơ quan báo chí đã đăng nhiều tin, bài.")
    assert "Đảng ủy Bộ Tư pháp" in (tmp_path / "s.json").read_text(encoding="utf-8")


def test_unknown_keys_are_ignored_and_missing_keys_take_defaults():
    loaded = ReportSettings.from_json(json.dumps({"layout": "state", "from_a_newer_app": 1}))
    assert loaded.layout == "state" and loaded.grouping == "none"
    assert loaded.resolved_title == "BÁO CÁO" and loaded.resolved_filing == "Lưu: VT"
    assert ReportSettings(layout="bulletin").resolved_title == "ĐIỂM TIN"


@pytest.mark.parametrize(
    "text",
    ['{"layout": "letter"}', '{"grouping": "year"}', '{"date": "05/03/2024"}', "[1, 2]", "{"],
)
def test_bad_settings_are_refused(text):
    with pytest.raises(SettingsError):
        ReportSettings.from_json(text)
