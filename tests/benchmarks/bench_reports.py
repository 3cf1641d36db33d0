"""Report writers on 200 and 1,000 articles with full text, next to a plain python-docx
document holding the same text. Run on demand:

    .venv/bin/python -m tests.benchmarks.bench_reports [200 1000]

Targets: 200 articles in < 1.5 s, 1,000 in < 8 s, under 300 MB.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import resource
import sys
import tempfile
import time
from pathlib import Path

from docx import Document

from desktop.core.dates import PartialDate
from desktop.core.records import ArticleRecord
from desktop.reports.official import write_official
from desktop.reports.tabular import write_csv
from tests.reports.builders import party_settings, seed_articles, state_settings


def corpus(count: int) -> list[ArticleRecord]:
    """`count` articles cycled from the seeds, with distinct ids, dates and outlets."""
    seeds = seed_articles()
    out = []
    for index in range(count):
        seed = seeds[index % len(seeds)]
        out.append(dataclasses.replace(
            seed, id=index + 1, title=f"{seed.title} ({index + 1})",
            published=PartialDate(2023 + index % 2, 1 + index % 12, 1 + index % 28),
            outlet=f"Báo số {index % 17}", url=f"https://example.vn/tin-bai/{index}.html",
        ))
    return out


def baseline(articles: list[ArticleRecord], target: Path) -> None:
    """What a plain python-docx script does: a heading and the paragraphs of each article."""
    document = Document()
    for article in articles:
        document.add_heading(article.title, level=2)
        for paragraph in article.body.split("\n\n"):
            document.add_paragraph(paragraph)
    document.save(str(target))


WRITERS = ("party", "state", "bulletin", "csv", "baseline")
LABELS = {
    "party": "party, full text + appendix",
    "state": "state, full text + appendix",
    "bulletin": "bulletin + appendix",
    "csv": "csv",
    "baseline": "plain python-docx baseline",
}


def _write(writer: str, articles: list[ArticleRecord], target: Path) -> None:
    if writer == "csv":
        write_csv(articles, target)
    elif writer == "baseline":
        baseline(articles, target)
    else:
        settings = {
            "party": party_settings(grouping="month"),
            "state": state_settings(grouping="unit", statistics="unit"),
            "bulletin": party_settings(layout="bulletin"),
        }[writer]
        write_official(articles, settings, target)


def _case(writer: str, count: int, folder: str, queue: multiprocessing.Queue) -> None:
    """One writer in a fresh process, so its peak resident memory is its own."""
    articles = corpus(count)
    target = Path(folder) / f"{writer}-{count}.{'csv' if writer == 'csv' else 'docx'}"
    start = time.perf_counter()
    _write(writer, articles, target)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    queue.put((seconds, peak_mb, target.stat().st_size / 1024))


def main(counts: list[int]) -> None:
    print(f"{'articles':>8}  {'writer':<28} {'seconds':>8} {'peak RSS MB':>11} {'size KB':>8}")
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as folder:
        for count in counts:
            for writer in WRITERS:
                queue = context.Queue()
                process = context.Process(target=_case, args=(writer, count, folder, queue))
                process.start()
                seconds, peak, size = queue.get(timeout=600)
                process.join()
                print(f"{count:>8}  {LABELS[writer]:<28} {seconds:>8.2f} {peak:>11.0f} "
                      f"{size:>8.0f}")
    print("targets: 200 articles < 1.5 s, 1,000 < 8 s, peak < 300 MB (process, incl. imports)")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [200, 1000])
