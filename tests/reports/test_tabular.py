"""CSV for Excel and JSON for other programs."""

from __future__ import annotations

import csv
import json
import threading

import pytest

from desktop.core.progress import Cancelled
from desktop.reports.tabular import CSV_COLUMNS, read_json, write_csv, write_json


def test_csv_has_a_bom_and_round_trips(articles, tmp_path):
    path = write_csv(articles, tmp_path / "tin-bai.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(articles) + 1
    for row, article in zip(rows[1:], articles, strict=True):
        assert row[2] == article.title
        assert row[4] == (article.outlet or "")
    assert rows[3][5] == "31/03/2023" and rows[5][5] == "24/05" and rows[4][5] == ""
    assert rows[2][3] == "Thu Nga" and rows[2][10] == "Bài đăng lại"


def test_json_round_trips_records(articles, tmp_path):
    path = write_json(articles, tmp_path / "tin-bai.json", include_text=True)
    assert read_json(path) == articles
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["articles"][4]["published"] == "--05-24"
    assert data["articles"][1]["published_display"] == "10/04/2024"
    assert "Tổ Quốc" in path.read_text(encoding="utf-8")  # not \u-escaped


def test_json_metadata_only_leaves_text_out(articles, tmp_path):
    loaded = read_json(write_json(articles, tmp_path / "m.json"))
    assert [a.title for a in loaded] == [a.title for a in articles]
    assert all(a.body == "" for a in loaded)
    assert loaded[1].published == articles[1].published


@pytest.mark.parametrize("writer", [write_csv, write_json])
def test_cancel_leaves_no_file(articles, tmp_path, writer):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        writer(articles, tmp_path / "x.out", cancel=cancel)
    assert list(tmp_path.iterdir()) == []
