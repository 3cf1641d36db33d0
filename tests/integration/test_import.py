"""Importing files into a real archive: the seeds, duplicates and every kind of bad input."""

import os
import unicodedata

from sqlalchemy import func, select

from desktop.services import articles, importing
from desktop.services.importing import DUPLICATE, FAILED, IMPORTED, import_files
from desktop.store.models import Article, SourceFile


def _count(archive, model) -> int:
    with archive.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_seeds_come_in_with_their_titles(archive, seed_files, gold):
    summary = import_files(archive, seed_files)
    assert [o.status for o in summary.outcomes] == [IMPORTED] * 5
    for outcome in summary.outcomes:
        record = articles.get_article(archive, outcome.article_id)
        name = os.path.basename(outcome.path)
        assert record.title == gold[name]["metadata"]["title"]
        assert unicodedata.is_normalized("NFC", record.body)
        assert "\u00a0" not in record.body
        assert record.encoding == "utf-8"


def test_the_original_file_is_kept_byte_for_byte(archive, seed_files):
    summary = import_files(archive, seed_files[:1])
    with archive.unit_of_work() as session:
        source = session.scalars(select(SourceFile)).one()
        assert source.data == seed_files[0].read_bytes()
        assert source.article_id == summary.outcomes[0].article_id
        assert source.name == seed_files[0].name


def test_a_folder_imported_twice_gives_duplicates_not_copies(archive, seeds_dir):
    first = import_files(archive, [seeds_dir])
    second = import_files(archive, [seeds_dir])
    assert first.count(IMPORTED) == 5
    assert second.count(DUPLICATE) == 5 and second.count(IMPORTED) == 0
    assert _count(archive, Article) == 5


def test_same_text_with_other_spacing_is_a_duplicate(archive, tmp_path, seed_files):
    text = seed_files[0].read_text(encoding="utf-8")
    variant = tmp_path / "copy.txt"
    crlf = unicodedata.normalize("NFD", text).replace("\n", "\r\n")
    variant.write_bytes(b"\xef\xbb\xbf" + crlf.encode())
    import_files(archive, seed_files[:1])
    assert import_files(archive, [variant]).outcomes[0].status == DUPLICATE


def test_utf16_with_bom_is_read(archive, tmp_path, seed_files):
    path = tmp_path / "utf16.txt"
    path.write_bytes(seed_files[1].read_text(encoding="utf-8").encode("utf-16"))
    outcome = import_files(archive, [path]).outcomes[0]
    assert outcome.status == IMPORTED
    assert articles.get_article(archive, outcome.article_id).encoding == "utf-16"


def test_bad_files_are_reported_and_the_batch_goes_on(archive, tmp_path, seed_files):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blank.txt").write_bytes(b" \n\t\n")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (bad / "gone.txt").symlink_to(bad / "missing-target.txt")
    good = bad / "good.txt"
    good.write_bytes(seed_files[2].read_bytes())

    summary = import_files(archive, [bad])
    by_name = {os.path.basename(o.path): o for o in summary.outcomes}
    assert by_name["good.txt"].status == IMPORTED
    for name in ("empty.txt", "blank.txt", "binary.txt", "photo.jpg", "gone.txt"):
        assert by_name[name].status == FAILED, name
        assert by_name[name].message, name
    assert "rỗng" in by_name["empty.txt"].message
    assert ".jpg" in by_name["photo.jpg"].message
    assert _count(archive, Article) == 1
    assert _count(archive, SourceFile) == 1


def test_hundreds_of_files_each_get_an_outcome(archive, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(300):
        body = f"Tin số {n}\n\nNgày {n % 28 + 1}/3, hội nghị lần thứ {n} đã diễn ra tại Hà Nội."
        (folder / f"{n:03d}.txt").write_text(body, encoding="utf-8")
    (folder / "017-copy.txt").write_bytes((folder / "017.txt").read_bytes())
    (folder / "zz-empty.txt").write_bytes(b"")
    seen = []
    summary = import_files(archive, [folder], progress=lambda d, t, n: seen.append((d, t)))
    assert summary.count(IMPORTED) == 300
    assert summary.count(DUPLICATE) == 1
    assert summary.count(FAILED) == 1
    assert seen[-1] == (302, 302)


def test_cancel_stops_between_files_and_keeps_whole_articles(archive, seed_files):
    import threading

    cancel = threading.Event()

    def progress(done, total, name):
        if done == 2:
            cancel.set()

    summary = importing.import_files(archive, seed_files, progress, cancel)
    assert summary.cancelled
    assert summary.count(IMPORTED) == 2
    assert _count(archive, Article) == 2


def test_legacy_encodings_are_detected_and_recorded(archive, tmp_path, seed_files, gold):
    from desktop.core.legacy_tables import encode_cp1258, encode_tcvn3, encode_vni

    for seed, (name, encode) in zip(
        seed_files, (("cp1258", encode_cp1258), ("tcvn3", encode_tcvn3), ("vni", encode_vni)),
        strict=False,
    ):
        path = tmp_path / f"{name}.txt"
        path.write_bytes(encode(seed.read_text(encoding="utf-8").replace("\u00a0", " ")))
        outcome = import_files(archive, [path]).outcomes[0]
        assert outcome.status == IMPORTED, outcome.message
        record = articles.get_article(archive, outcome.article_id)
        assert record.encoding == name
        assert record.title == gold[seed.name]["metadata"]["title"]
