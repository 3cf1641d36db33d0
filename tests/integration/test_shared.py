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
