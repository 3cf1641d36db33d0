"""Several desktops on one shared archive at once."""

import threading

from desktop.services import articles
from desktop.services.importing import DUPLICATE, IMPORTED, import_files
from desktop.store.archive import open_archive


def test_two_people_importing_the_same_file_get_one_article(postgres_url, seed_files):
    desktops = [open_archive(postgres_url) for _ in range(2)]
    start = threading.Barrier(2)
    outcomes = []

    def work(archive):
        start.wait()
        outcomes.extend(import_files(archive, seed_files).outcomes)

    threads = [threading.Thread(target=work, args=(a,)) for a in desktops]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert sorted(o.status for o in outcomes) == [DUPLICATE] * 5 + [IMPORTED] * 5
        assert articles.count(desktops[0]) == 5
    finally:
        for archive in desktops:
            archive.close()


def test_four_desktops_import_and_edit_500_articles_at_once(postgres_url, tmp_path):
    import json
    import subprocess
    import sys

    from sqlalchemy import func, select

    from desktop.store.models import ArticleChange

    folder = tmp_path / "bai"
    folder.mkdir()
    for n in range(500):
        (folder / f"{n:03d}.txt").write_text(
            f"Tin số {n}: hội nghị chuyên đề lần {n}\n\nNgày {n % 28 + 1}/3/2024, đơn vị số {n} "
            f"đã tổ chức hội nghị chuyên đề với {n + 20} đại biểu tham dự.",
            encoding="utf-8",
        )
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.integration.concurrent_worker", postgres_url,
             str(folder), str(k)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for k in range(4)
    ]
    reports = []
    for worker in workers:
        out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err
        reports.append(json.loads(out))

    archive = open_archive(postgres_url)
    try:
        assert articles.count(archive) == 500  # no duplicates
        statuses = [s for r in reports for s in r["statuses"]]
        assert statuses.count(IMPORTED) == 500 and statuses.count(DUPLICATE) == 1500
        saved = [tuple(pair) for r in reports for pair in r["saved"]]
        conflicts = [i for r in reports for i in r["conflicts"]]
        # Every attempt either landed or was reported as a conflict, never silently lost.
        attempts = sum(len(r["saved"]) + len(r["conflicts"]) for r in reports)
        assert attempts == len(saved) + len(conflicts)
        with archive.unit_of_work() as session:
            history = set(session.execute(
                select(ArticleChange.article_id, ArticleChange.version)).all())
            assert session.scalar(select(func.count(ArticleChange.id))) == len(saved)
        assert set(saved) <= history  # each reported save is in the history
        ids = articles.list_ids(archive, "title", descending=False)
        for article_id in ids[20:]:
            record = articles.get_article(archive, article_id)
            assert record.unit == f"người {article_id % 4}"
        contested = {i for i in ids[:20]}
        winners = {i for i, _ in saved if i in contested}
        assert winners == contested  # someone's edit landed on each contested article
    finally:
        archive.close()
