"""The command line, run as a user would: a separate process on a data folder."""

import json
import subprocess
import sys

from docx import Document


def tulieu(data_dir, *args, check=True):
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, check=check, timeout=120,
    )


def test_import_list_and_export_without_a_display(tmp_path, seed_files, gold):
    data = tmp_path / "data"
    result = tulieu(data, "import", *map(str, seed_files))
    assert "Đã nhập 5, trùng 0, lỗi 0." in result.stdout
    assert (data / "tulieu.sqlite3").exists()

    listed = json.loads(tulieu(data, "list", "--json").stdout)
    assert len(listed) == 5
    by_title = {item["title"]: item for item in listed}
    tq = by_title["Hội nghị chuyên đề Công tác bảo vệ chính trị nội bộ"]
    assert set(tq) >= {"id", "title", "published", "event_date", "outlet", "authors", "url",
                       "category", "tags"}
    expected = gold["003_6a53403fca0c16cd.txt"]["metadata"]
    assert tq["published"] == {"value": expected["published"], "precision": "minute"}

    ids = ",".join(str(item["id"]) for item in listed[:3])
    out = tmp_path / "bao-cao.docx"
    tulieu(data, "export", "--ids", ids, str(out))
    assert len(Document(str(out)).tables[0].rows) == 4

    tulieu(data, "export", "--all", str(tmp_path / "all.docx"))
    assert len(Document(str(tmp_path / "all.docx")).tables[0].rows) == 6


def test_failures_are_reported_with_a_reason_and_exit_code(tmp_path):
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    result = tulieu(tmp_path / "data", "import", str(empty), check=False)
    assert result.returncode == 1
    assert "lỗi:" in result.stdout and "rỗng" in result.stdout


def test_export_with_bad_ids_says_how_to_write_them(tmp_path):
    result = tulieu(tmp_path / "data", "export", "--ids", "1,x", str(tmp_path / "o.docx"),
                    check=False)
    assert result.returncode == 2
    assert "1,2,3" in result.stderr


def test_users_outlet_table_names_the_outlet(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "outlets.json").write_text('{"baomoi-cua-toi.vn": "Báo Của Tôi"}', encoding="utf-8")
    article = tmp_path / "bai.txt"
    article.write_text(
        "Hội nghị triển khai công tác năm 2024\n\n15/01/2024\n\nSáng 15/1, hội nghị đã diễn ra "
        "tại Hà Nội với sự tham dự của đại biểu các đơn vị.\n\nLiên hệ: toasoan@baomoi-cua-toi.vn",
        encoding="utf-8",
    )
    tulieu(data, "import", str(article))
    listed = json.loads(tulieu(data, "list", "--json").stdout)
    assert listed[0]["outlet"] == "Báo Của Tôi"


def test_show_and_edit_one_article(tmp_path, seed_files):
    data = tmp_path / "data"
    tulieu(data, "import", str(seed_files[3]))
    article_id = json.loads(tulieu(data, "list", "--json").stdout)[0]["id"]
    edited = tulieu(data, "edit", str(article_id), "--set", "outlet=Báo Nhân Dân",
                    "--set", "published=10/04/2024", "--set", "authors=Thu Nga; Minh Anh")
    assert json.loads(edited.stdout)["outlet"] == "Báo Nhân Dân"
    shown = json.loads(tulieu(data, "show", str(article_id), "--json").stdout)
    assert shown["published"] == {"value": "2024-04-10", "precision": "day"}
    assert shown["authors"] == ["Thu Nga", "Minh Anh"]
    assert shown["category"] == "Thời sự"
    assert set(shown["user_set"]) == {"outlet", "published", "authors"}
    assert shown["captions"] is not None and shown["body"]
    bad = tulieu(data, "edit", str(article_id), "--set", "published=31/02/2024", check=False)
    assert bad.returncode == 2 and "không có thật" in bad.stderr
    bad = tulieu(data, "edit", str(article_id), "--set", "mau=do", check=False)
    assert bad.returncode == 2 and "TRƯỜNG=GIÁ TRỊ" in bad.stderr
    assert tulieu(data, "show", "999", check=False).returncode == 1
