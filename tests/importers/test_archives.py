"""Zip archives: members imported one by one; traversal, bombs and nesting handled."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop.importers import archives, registry
from desktop.importers.base import ImportProblem
from tests.importers.builders import zip_bytes

ARTICLE = "Hội nghị tổng kết\n\nSáng 10/4, Bộ Tư pháp tổ chức hội nghị."


def _expand(tmp_path: Path, data: bytes) -> list[archives.Member]:
    path = tmp_path / "bai-viet.zip"
    path.write_bytes(data)
    return list(archives.expand(path))


def test_supported_members_come_out_with_their_bytes(tmp_path: Path) -> None:
    data = zip_bytes({"thang-3/bai1.txt": ARTICLE, "anh.jpg": b"\xff\xd8", ".DS_Store": "x",
                      "__MACOSX/._bai1.txt": "x", "bai2.html": "<html><body>x</body></html>"})
    members = _expand(tmp_path, data)
    assert [m.name for m in members] == ["bai-viet.zip/thang-3/bai1.txt", "bai-viet.zip/bai2.html"]
    assert members[0].data == ARTICLE.encode() and members[0].problem is None
    assert registry.read_bytes(members[0].name, members[0].data).text.startswith("Hội nghị")


def test_path_traversal_is_reported_not_read(tmp_path: Path) -> None:
    members = _expand(tmp_path, zip_bytes({"../evil.txt": "x", "/etc/evil.txt": "x",
                                           "ok.txt": ARTICLE}))
    problems = {m.name: m.problem for m in members if m.problem}
    assert set(problems) == {"bai-viet.zip/../evil.txt", "bai-viet.zip//etc/evil.txt"}
    assert all("không an toàn" in p for p in problems.values())
    assert [m.name for m in members if m.data] == ["bai-viet.zip/ok.txt"]
    assert not (tmp_path.parent / "evil.txt").exists()


def test_bomb_member_is_refused_before_reading(tmp_path: Path) -> None:
    data = zip_bytes({"bomb.txt": b"0" * (30 * 1024 * 1024), "ok.txt": ARTICLE})
    members = _expand(tmp_path, data)
    bomb = next(m for m in members if m.name.endswith("bomb.txt"))
    assert bomb.data is None and "bom nén" in bomb.problem
    assert any(m.data for m in members if m.name.endswith("ok.txt"))


def test_lying_size_header_is_still_bounded(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(registry, "MAX_FILE_BYTES", 1000)
    members = _expand(tmp_path, zip_bytes({"big.txt": "a" * 5000}))
    assert members[0].data is None and "quá lớn" in members[0].problem


def test_nested_zip_one_level_only(tmp_path: Path) -> None:
    deepest = zip_bytes({"sau.txt": ARTICLE})
    inner = zip_bytes({"trong.txt": ARTICLE, "sau.zip": deepest})
    members = _expand(tmp_path, zip_bytes({"trong.zip": inner}))
    by_name = {m.name: m for m in members}
    assert by_name["bai-viet.zip/trong.zip/trong.txt"].data == ARTICLE.encode()
    assert "lồng" in by_name["bai-viet.zip/trong.zip/sau.zip"].problem


def test_utf8_names_without_the_flag(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("bài viết.txt")
        archive.writestr(info, ARTICLE)
    raw = buffer.getvalue().replace(b"\x00\x08", b"\x00\x00")  # clear the UTF-8 flag bit
    members = _expand(tmp_path, raw)
    assert [m.name for m in members] == ["bai-viet.zip/bài viết.txt"]


def test_broken_and_empty_zip(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem, match="không phải tệp zip"):
        _expand(tmp_path, b"PK\x03\x04 truncated")
    with pytest.raises(ImportProblem, match="rỗng"):
        _expand(tmp_path, b"")
    data = zip_bytes({"a.txt": ARTICLE})
    with pytest.raises(ImportProblem):
        _expand(tmp_path, data[: len(data) - 30])
