"""`tulieu backup`, `restore` and `check` run as separate processes, as a user would."""

from __future__ import annotations

from pathlib import Path

from tests.safety.helpers import count_rows, tulieu, write_articles


def test_backup_restore_and_check_from_the_command_line(tmp_path: Path):
    data = tmp_path / "data"
    assert tulieu(data, "import", str(write_articles(tmp_path / "a", 4)[0].parent)).returncode == 0

    made = tulieu(data, "backup")
    assert made.returncode == 0, made.stderr
    assert "Đã sao lưu vào" in made.stdout
    [copy] = (data / "backups").glob("tulieu-*.sqlite3")

    tulieu(data, "import", str(write_articles(tmp_path / "b", 2, start=50)[0].parent))
    checked = tulieu(data, "check")
    assert checked.returncode == 0, checked.stdout
    assert "tốt" in checked.stdout and "4 bài" in checked.stdout

    restored = tulieu(data, "restore", copy.name)  # a name from the backups folder is enough
    assert restored.returncode == 0, restored.stderr
    assert "Kho trước đó được giữ tại" in restored.stdout
    assert count_rows(data / "tulieu.sqlite3", "articles") == 4
    [aside] = data.glob("replaced-*.sqlite3")
    assert count_rows(aside, "articles") == 6


def test_check_and_restore_report_a_damaged_backup_with_exit_code_1(tmp_path: Path):
    data = tmp_path / "data"
    tulieu(data, "import", str(write_articles(tmp_path / "a", 3)[0].parent))
    tulieu(data, "backup")
    [copy] = (data / "backups").glob("tulieu-*.sqlite3")
    raw = bytearray(copy.read_bytes())
    raw[len(raw) // 2 :] = b"\x00\xff" * ((len(raw) - len(raw) // 2) // 2)
    copy.write_bytes(bytes(raw))
    before = (data / "tulieu.sqlite3").read_bytes()

    checked = tulieu(data, "check")
    assert checked.returncode == 1
    assert "CÓ LỖI" in checked.stdout and "Có vấn đề" in checked.stdout

    refused = tulieu(data, "restore", str(copy))
    assert refused.returncode == 1
    assert "Kho hiện tại không bị thay đổi" in refused.stderr
    assert (data / "tulieu.sqlite3").read_bytes() == before


def test_check_without_an_archive_is_a_problem(tmp_path: Path):
    result = tulieu(tmp_path / "empty", "check")
    assert result.returncode == 1
    assert "Chưa có kho tư liệu" in result.stdout
