"""Importing zips, awkward folders and files that change under the import, into real archives."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from desktop.services import articles
from desktop.services.importing import DUPLICATE, FAILED, IMPORTED, import_files
from desktop.services.pipeline import collect_files
from desktop.store.models import Article, Mention, SourceFile
from tests.importers.builders import zip_bytes
from tests.importing.helpers import count, distinct_articles, docx_of, encrypted_member_zip


def test_zip_members_each_get_an_outcome_and_nothing_lands_outside(archive, tmp_path, seed_files):
    folder = tmp_path / "nhap"
    folder.mkdir()
    zipped = folder / "bai.zip"
    zipped.write_bytes(zip_bytes({
        "thu-muc/bai.docx": docx_of(seed_files[0].read_text(encoding="utf-8")),
        "bai2.txt": seed_files[1].read_bytes(),
        "../evil.txt": seed_files[2].read_bytes(),
        "bomb.txt": b"0" * (30 * 1024 * 1024),
        "anh.jpg": b"\xff\xd8\xff",
    }))
    before = set(tmp_path.rglob("*"))

    summary = import_files(archive, [zipped])

    by_path = {o.path: o for o in summary.outcomes}
    base = str(folder / "bai.zip")
    assert set(by_path) == {f"{base}/thu-muc/bai.docx", f"{base}/bai2.txt",
                            f"{base}/../evil.txt", f"{base}/bomb.txt"}
    assert by_path[f"{base}/thu-muc/bai.docx"].status == IMPORTED
    assert by_path[f"{base}/bai2.txt"].status == IMPORTED
    assert by_path[f"{base}/../evil.txt"].status == FAILED
    assert "không an toàn" in by_path[f"{base}/../evil.txt"].message
    assert by_path[f"{base}/bomb.txt"].status == FAILED
    assert set(tmp_path.rglob("*")) == before  # nothing extracted, least of all ../evil.txt
    assert count(archive, Article) == 2
    docx_id = by_path[f"{base}/thu-muc/bai.docx"].article_id
    record = articles.get_article(archive, docx_id)
    assert record.title == seed_files[0].read_text(encoding="utf-8").split("\n")[0].strip()
    with archive.unit_of_work() as session:
        kept = {s.name: s for s in session.query(SourceFile)}
        assert set(kept) == {"bai.docx", "bai2.txt"}
        assert kept["bai2.txt"].data == seed_files[1].read_bytes()


def test_encrypted_member_is_reported_and_the_rest_imported(archive, tmp_path, seed_files):
    zipped = tmp_path / "khoa.zip"
    zipped.write_bytes(encrypted_member_zip(
        {"mat.txt": b"bi mat", "mo.txt": seed_files[3].read_bytes()}, locked="mat.txt"))
    outcomes = {Path(o.path).name: o for o in import_files(archive, [zipped]).outcomes}
    assert outcomes["mat.txt"].status == FAILED and "mật khẩu" in outcomes["mat.txt"].message
    assert outcomes["mo.txt"].status == IMPORTED


def test_broken_or_empty_zip_is_one_failed_file(archive, tmp_path, seed_files):
    broken = tmp_path / "hong.zip"
    broken.write_bytes(b"PK\x03\x04 cut short")
    only_images = tmp_path / "anh.zip"
    only_images.write_bytes(zip_bytes({"a.jpg": b"\xff\xd8"}))
    good = tmp_path / "tot.txt"
    good.write_bytes(seed_files[0].read_bytes())
    summary = import_files(archive, [broken, only_images, good])
    assert [(Path(o.path).name, o.status) for o in summary.outcomes] == [
        ("hong.zip", FAILED), ("anh.zip", FAILED), ("tot.txt", IMPORTED)]
    assert all(o.message for o in summary.outcomes[:2])


def test_a_folder_with_a_symlink_loop_ends(archive, tmp_path, seed_files):
    root = tmp_path / "goc"
    inner = root / "con"
    inner.mkdir(parents=True)
    (inner / "a.txt").write_bytes(seed_files[0].read_bytes())
    (root / "b.txt").write_bytes(seed_files[1].read_bytes())
    (inner / "vong").symlink_to(root, target_is_directory=True)
    (root / "tu-than").symlink_to(root, target_is_directory=True)

    found = []
    walker = threading.Thread(target=lambda: found.extend(collect_files([root])), daemon=True)
    walker.start()
    walker.join(timeout=20)
    assert not walker.is_alive(), "walking a folder with a link loop did not end"
    assert found == [root / "b.txt", inner / "a.txt"]

    summary = import_files(archive, [root])
    assert [o.status for o in summary.outcomes] == [IMPORTED, IMPORTED]


def test_linked_folder_is_followed_once(tmp_path, seed_files):
    real = tmp_path / "that"
    real.mkdir()
    (real / "a.txt").write_bytes(seed_files[0].read_bytes())
    root = tmp_path / "goc"
    root.mkdir()
    (root / "lien-ket").symlink_to(real, target_is_directory=True)
    assert collect_files([root]) == [root / "lien-ket" / "a.txt"]
    assert collect_files([root, real]) == [root / "lien-ket" / "a.txt"]


def test_a_file_deleted_during_the_import_fails_and_the_batch_goes_on(
    archive, tmp_path, seed_files
):
    paths = distinct_articles(tmp_path / "nhieu", seed_files, 12)
    victim = paths[-1]

    def progress(done: int, total: int, name: str) -> None:
        if done == 0 and victim.exists():
            victim.unlink()  # the pool reads only a few files ahead; this one is not read yet

    summary = import_files(archive, [tmp_path / "nhieu"], progress=progress)
    assert [o.path for o in summary.outcomes] == [str(p) for p in paths]
    assert [o.status for o in summary.outcomes] == [IMPORTED] * 11 + [FAILED]
    assert "Không đọc được" in summary.outcomes[-1].message
    assert count(archive, Article) == 11


def test_vietnamese_names_with_spaces(archive, tmp_path, seed_files):
    folder = tmp_path / "Tư liệu tháng 3" / "Bài đã duyệt"
    folder.mkdir(parents=True)
    path = folder / "Hội nghị tổng kết công tác.txt"
    path.write_bytes(seed_files[4].read_bytes())
    zipped = folder / "Bài viết nén.zip"
    zipped.write_bytes(zip_bytes({"Thư mục con/Bài số 2.txt": seed_files[3].read_bytes()}))

    summary = import_files(archive, [tmp_path / "Tư liệu tháng 3"])

    assert [(o.path, o.status) for o in summary.outcomes] == [
        (f"{zipped}/Thư mục con/Bài số 2.txt", IMPORTED),
        (str(path), IMPORTED),
    ]
    with archive.unit_of_work() as session:
        names = sorted(s.name for s in session.query(SourceFile))
    assert names == ["Bài số 2.txt", "Hội nghị tổng kết công tác.txt"]


def test_cancel_mid_batch_keeps_whole_articles_only(archive, tmp_path, seed_files):
    paths = distinct_articles(tmp_path / "nhieu", seed_files, 10)
    cancel = threading.Event()
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, name: str) -> None:
        seen.append((done, total, name))
        if done == 4:
            cancel.set()

    summary = import_files(archive, paths, progress=progress, cancel=cancel)
    assert summary.cancelled
    assert [o.path for o in summary.outcomes] == [str(p) for p in paths[:4]]
    assert seen[:2] == [(0, 10, "bai-000.txt"), (1, 10, "bai-001.txt")]
    assert seen[-1] == (4, 10, "")
    assert count(archive, Article) == 4 and count(archive, SourceFile) == 4
    for outcome in summary.outcomes:
        record = articles.get_article(archive, outcome.article_id)
        assert record.body and record.title.startswith("Tin số")


def _mixed_batch(tmp_path: Path, seed_files: list[Path]) -> list[Path]:
    folder = tmp_path / "tron"
    distinct_articles(folder, seed_files, 9)
    (folder / "rong.txt").write_bytes(b"")
    (folder / "bai-001-ban-sao.txt").write_bytes((folder / "bai-001.txt").read_bytes())
    (folder / "goi.zip").write_bytes(zip_bytes({
        "x.docx": docx_of(seed_files[2].read_text(encoding="utf-8")),
        "../y.txt": "x",
        "z.txt": (folder / "bai-003.txt").read_bytes(),
    }))
    (folder / "anh.png").write_bytes(b"\x89PNG")
    return [folder]


def test_parallel_and_serial_give_the_same_outcomes_in_the_same_order(
    sqlite_archive, tmp_path, seed_files
):
    from desktop.store.archive import open_local_archive

    batch = _mixed_batch(tmp_path, seed_files)
    serial = import_files(sqlite_archive, batch, workers=0).outcomes
    other = open_local_archive(tmp_path / "other" / "tulieu.sqlite3", tmp_path / "backups2")
    try:
        parallel = import_files(other, batch, workers=3).outcomes
        stored_in_parallel = _stored(other)
    finally:
        other.close()
    assert [(o.path, o.status, o.message) for o in parallel] == [
        (o.path, o.status, o.message) for o in serial]
    assert [o.article_id for o in parallel] == [o.article_id for o in serial]
    # What the worker processes worked out (metadata, signature, entities) is what the
    # serial import works out itself.
    assert stored_in_parallel == _stored(sqlite_archive)
    statuses = [o.status for o in serial]
    assert statuses.count(FAILED) == 3 and statuses.count(DUPLICATE) == 2
    assert len(statuses) == 15


def _stored(archive) -> tuple[list, list]:
    with archive.unit_of_work() as session:
        found = [
            (a.id, a.title, a.published, a.outlet, a.authors, a.category, a.signature,
             a.twin_of_id, a.text.body, a.text.lead)
            for a in session.query(Article).order_by(Article.id)
        ]
        mentions = sorted(
            (m.article_id, m.start, m.end, m.surface, m.title, m.entity.kind, m.entity.name)
            for m in session.query(Mention)
        )
    assert mentions
    return found, mentions


def _recording_prepare(path: Path):
    """`prepare_path` noting the process it ran in; pickled by name into the workers."""
    from desktop.services import pipeline

    with open(os.environ["TULIEU_TEST_PIDS"], "a", encoding="utf-8") as pids:
        pids.write(f"{os.getpid()}\n")
    return pipeline.prepare_path(path)


def test_parsing_really_runs_in_worker_processes(
    sqlite_archive, tmp_path, seed_files, monkeypatch
):
    pids = tmp_path / "pids.txt"
    monkeypatch.setenv("TULIEU_TEST_PIDS", str(pids))  # spawned workers inherit it
    monkeypatch.setattr("desktop.services.importing.prepare_path", _recording_prepare)
    distinct_articles(tmp_path / "n", seed_files, 8)
    summary = import_files(sqlite_archive, [tmp_path / "n"], workers=2)
    assert summary.count(IMPORTED) == 8
    seen = pids.read_text(encoding="utf-8").split()
    assert len(seen) == 8 and str(os.getpid()) not in seen
    assert os.path.basename(summary.outcomes[0].path) == "bai-000.txt"


def test_small_batches_are_not_worth_starting_processes(
    sqlite_archive, tmp_path, seed_files, monkeypatch
):
    from desktop.services import pipeline

    def no_pool(*args):
        raise AssertionError("a process pool for a handful of files")

    monkeypatch.setattr("desktop.services.importing.process_pool", no_pool)
    distinct_articles(tmp_path / "n", seed_files, pipeline.POOL_MIN_FILES - 1)
    summary = import_files(sqlite_archive, [tmp_path / "n"])
    assert summary.count(IMPORTED) == pipeline.POOL_MIN_FILES - 1
