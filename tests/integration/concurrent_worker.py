"""One desktop in the concurrency test: import a folder, then edit articles, report as JSON.

Run as `python -m tests.integration.concurrent_worker URL FOLDER NUMBER`.
"""

import json
import sys
from dataclasses import replace
from pathlib import Path

from desktop.services import articles, editing
from desktop.services.editing import EditConflict, changes_of
from desktop.services.importing import import_files
from desktop.store.archive import open_archive


def main(url: str, folder: str, number: int) -> None:
    archive = open_archive(url)
    summary = import_files(archive, [Path(folder)])
    report = {"statuses": [o.status for o in summary.outcomes], "saved": [], "conflicts": []}
    ids = articles.list_ids(archive, "title", descending=False)
    # Everyone edits the first 20 articles (contested) and their own share of the rest.
    mine = ids[:20] + [i for i in ids[20:] if i % 4 == number]
    for article_id in mine:
        record = articles.get_article(archive, article_id)
        change = replace(changes_of(record), unit=f"người {number}")
        try:
            saved = editing.save_article(archive, article_id, change, record.version)
            report["saved"].append([article_id, saved.version])
        except EditConflict:
            report["conflicts"].append(article_id)
    archive.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
