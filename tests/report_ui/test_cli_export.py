"""`tulieu export --layout …`, run as a separate process; the written files read back."""

from __future__ import annotations

import csv
import datetime
import json
import subprocess
import sys

from docx import Document

from desktop.reports.settings import ReportSettings
from tests.report_ui.helpers import all_text


def tulieu(data_dir, *args, check=True, env=None):
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, check=check, timeout=120, env=env,
    )


def test_layouts_from_the_command_line(tmp_path, seed_files, monkeypatch):
    monkeypatch.setenv("TULIEU_CONFIG_DIR", str(tmp_path / "config"))  # no remembered report
    data = tmp_path / "data"
    tulieu(data, "import", *map(str, seed_files))
    listed = json.loads(tulieu(data, "list", "--json").stdout)
    ids = ",".join(str(item["id"]) for item in listed[:2])
    office = tmp_path / "co-quan.json"
    ReportSettings(issuing_body="Sở Tư pháp", parent_body="UBND tỉnh Nam Định",
                   number_symbol="12/BC-STP", date=datetime.date(2026, 1, 9),
                   subject="về tình hình thông tin", signer="Trần Văn Bình",
                   appendix_list=True).save(office)

    state = tmp_path / "state.docx"
    out = tulieu(data, "export", "--layout", "state", "--ids", ids, "--settings", str(office),
                 str(state))
    assert "Đã xuất ra" in out.stdout
    document = Document(str(state))
    text = all_text(document)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Số: 12/BC-STP" in text
    assert "ngày 09 tháng 01 năm 2026" in text and "SỞ TƯ PHÁP" in text
    listing = document.tables[-1]
    assert listing.rows[0].cells[1].text == "Tên tin, bài" and len(listing.rows) == 3

    party = tmp_path / "party.docx"
    tulieu(data, "export", "--layout", "party", "--query", '"tập huấn"', str(party))
    headings = [p.text for p in Document(str(party)).paragraphs if p.style.name == "TL Article"]
    assert len(headings) == 2 and all("tập huấn" in h for h in headings)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in all_text(Document(str(party)))

    table = tmp_path / "bai.csv"
    tulieu(data, "export", "--layout", "csv", "--all", str(table))
    assert len(list(csv.reader(table.read_text("utf-8-sig").splitlines()))) == 6

    plain = tmp_path / "plain.docx"  # the default is still the plain list
    tulieu(data, "export", "--query", 'tieude:"hội nghị"', str(plain))
    assert len(Document(str(plain)).tables[0].rows) == 4


def test_command_line_errors_say_what_is_wrong(tmp_path):
    data = tmp_path / "data"
    bad = tulieu(data, "export", "--layout", "party", "--query", '"chưa đóng',
                 str(tmp_path / "a.docx"), check=False)
    assert bad.returncode == 2 and "Câu tìm không hợp lệ" in bad.stderr
    missing = tulieu(data, "export", "--layout", "party", "--all", "--settings",
                     str(tmp_path / "khong-co.json"), str(tmp_path / "a.docx"), check=False)
    assert missing.returncode == 1 and "khong-co.json" in missing.stderr
    helped = tulieu(data, "export", "--help")
    assert "bulletin" in helped.stdout and "mặc định" in helped.stdout
