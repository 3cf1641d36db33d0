"""Copying a local archive into a shared PostgreSQL one (and back), verified and resumable."""

import subprocess
import sys
import threading

import pytest

from desktop.core.progress import Cancelled
from desktop.services import articles, editing, search, tags
from desktop.services.editing import changes_of
from desktop.services.importing import import_files
from desktop.store.archive import open_archive, open_local_archive
from desktop.store.copy import CopyRefused, copy_archive


@pytest.fixture
def local(tmp_path, seed_files):
    archive = open_local_archive(tmp_path / "local" / "tulieu.sqlite3")
    import_files(archive, seed_files)
    ids = articles.list_ids(archive)
    tags.tag_articles(archive, ids[:2], "Hội nghị/Tập huấn")
    first = articles.get_article(archive, ids[0])
    editing.save_article(archive, first.id, editing.ArticleChanges(
        **{**changes_of(first).__dict__, "outlet": "Nhân Dân"}), first.version)
    yield archive
    archive.close()


def test_local_to_shared_and_back_keeps_everything(local, postgres_url, tmp_path):
    shared = open_archive(postgres_url)
    report = copy_archive(local, shared)
    assert report.ok, report.problems
    assert report.copied["articles"] == 5 and report.copied["source_files"] == 5
    ids = articles.list_ids(shared)
    assert [r.title for r in articles.get_articles(shared, ids)] == \
        [r.title for r in articles.get_articles(local, articles.list_ids(local))]
    assert {t.name: t.count for t in tags.list_tags(shared)}["Hội nghị/Tập huấn"] == 2
    # The copy is searchable on the server, with the same results as on the local file.
    for text in ("bo tu phap", '"Bộ Tư pháp"', "the:\"Hội nghị/Tập huấn\""):
        found = set(search.search(shared, text).ids)
        assert found and found == set(search.search(local, text).ids), text
    # New rows on the shared archive get fresh ids after the copied ones.
    extra = tmp_path / "moi.txt"
    extra.write_text("Tin mới\n\nNội dung tin mới về hội nghị tập huấn.", encoding="utf-8")
    outcome = import_files(shared, [extra]).outcomes[0]
    assert outcome.status == "imported" and outcome.article_id > max(ids)

    back = open_local_archive(tmp_path / "back" / "tulieu.sqlite3")
    assert copy_archive(shared, back).ok
    assert articles.count(back) == 6
    assert editing.history(back, ids[0]) == editing.history(shared, ids[0])
    back.close()
    shared.close()


def test_refuses_a_non_empty_target_and_resumes_a_partial_copy(local, tmp_path):
    target = open_local_archive(tmp_path / "target" / "tulieu.sqlite3")
    cancel = threading.Event()

    def stop_after_articles(done, total, name):
        if name == "article_texts":  # articles are in, their texts not yet
            cancel.set()

    with pytest.raises(Cancelled):
        copy_archive(local, target, progress=stop_after_articles, cancel=cancel)
    with pytest.raises(CopyRefused):
        copy_archive(local, target)
    report = copy_archive(local, target, resume=True)
    assert report.ok, report.problems
    assert report.skipped["articles"] == 5 and report.copied["article_texts"] == 5
    target.close()


def test_cli_copy_and_db_url(local, postgres_url, tmp_path):
    source = str(tmp_path / "local")
    run = [sys.executable, "-m", "desktop"]
    done = subprocess.run([*run, "db", "copy", "--from", source, "--to", postgres_url],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "khớp" in done.stdout
    again = subprocess.run([*run, "db", "copy", "--from", source, "--to", postgres_url],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "--resume" in again.stderr
    listed = subprocess.run([*run, "--db-url", postgres_url, "list"], capture_output=True,
                            text=True, timeout=120, check=True)
    assert "Nhân Dân" in listed.stdout
