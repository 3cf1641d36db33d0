"""A text file in an encoding nobody recognises is kept, original bytes and all, and reported;
the user reads it again with an encoding they choose. Binary junk is still refused."""

from __future__ import annotations

import random

from desktop.services import articles, importing
from desktop.services.reextract import reextract
from desktop.store.models import SourceFile


def _unknown_encoding_bytes() -> bytes:
    # High bytes without control characters: text-like, yet no Vietnamese encoding reads it.
    rng = random.Random(5712)
    lines = (bytes(rng.randrange(0x80, 0x100) for _ in range(80)) for _ in range(4))
    return b"\r\n".join(lines)


def test_unknown_encoding_is_kept_reported_and_readable_later(archive, tmp_path, seed_files):
    odd = tmp_path / "bài viết lạ.txt"
    odd.write_bytes(_unknown_encoding_bytes())
    junk = tmp_path / "anh.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64)))

    summary = importing.import_files(archive, [odd, junk, seed_files[0]], workers=0)
    by_name = {o.path.rsplit("/", 1)[-1]: o for o in summary.outcomes}
    kept = by_name["bài viết lạ.txt"]
    assert kept.status == importing.UNREAD
    assert "bảng mã" in kept.message and "tệp gốc" in kept.message
    assert by_name["anh.txt"].status == importing.FAILED
    assert by_name[seed_files[0].name].status == importing.IMPORTED

    record = articles.get_article(archive, kept.article_id)
    assert record.title == "bài viết lạ" and record.body == "" and record.encoding is None
    assert "bảng mã" in (record.notes or "")
    with archive.unit_of_work() as session:
        source = session.query(SourceFile).filter_by(article_id=kept.article_id).one()
        assert source.data == odd.read_bytes()

    again = importing.import_files(archive, [odd], workers=0).outcomes[0]
    assert (again.status, again.article_id) == (importing.DUPLICATE, kept.article_id)

    result = reextract(archive, [kept.article_id], encoding="cp1252")
    assert result.changed == [kept.article_id]
    record = articles.get_article(archive, kept.article_id)
    assert record.body and record.encoding == "cp1252"


def test_cli_names_the_unread_file_and_exits_1(tmp_path, capsys):
    from desktop.cli import build_parser, run_command

    odd = tmp_path / "la.txt"
    odd.write_bytes(_unknown_encoding_bytes())
    args = build_parser().parse_args(["--data-dir", str(tmp_path / "kho"), "import", str(odd)])
    assert run_command(args) == 1
    out = capsys.readouterr().out
    assert "chưa đọc được:" in out and "Chưa nhận ra bảng mã (đã giữ tệp gốc): 1." in out
