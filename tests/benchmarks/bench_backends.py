"""The same import (and search, where available) on a SQLite file and on PostgreSQL. On demand:

    .venv/bin/python tests/benchmarks/bench_backends.py [articles]

Starts its own PostgreSQL server on loopback (needs the server binaries ./test installs) and
prints one table with both backends side by side.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.services import articles, search  # noqa: E402
from desktop.services.importing import import_files  # noqa: E402
from desktop.store.archive import Archive, open_archive, open_local_archive  # noqa: E402
from tests import pg_server  # noqa: E402

SEEDS = ROOT / "tests" / "fixtures" / "seeds"
QUERIES = ("bo tu phap", "Đảng ủy", "hội nghị tập huấn", "nghi quyet 35", "\"bảo vệ nền tảng\"")


def make_corpus(folder: Path, count: int) -> None:
    """Distinct articles built from the seeds' sentences, so none is a duplicate."""
    sentences = [s.strip() for p in sorted(SEEDS.glob("*.txt"))
                 for s in p.read_text(encoding="utf-8").replace("\n", " ").split(". ") if s]
    rng = random.Random(7)
    for n in range(count):
        body = ". ".join(rng.sample(sentences, 12))
        title = f"Bài {n}: " + rng.choice(sentences)[:90]
        text = f"{title}\n\n{n % 28 + 1:02d}/{n % 12 + 1:02d}/2024\n\n{body}."
        (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")


def measure(archive: Archive, folder: Path) -> dict[str, float]:
    started = time.perf_counter()
    summary = import_files(archive, [folder])
    seconds = time.perf_counter() - started
    figures = {"import/s": summary.count("imported") / seconds}
    started = time.perf_counter()
    ids = articles.list_ids(archive)
    articles.fetch_rows(archive, ids[:200])
    figures["list+200 rows ms"] = (time.perf_counter() - started) * 1000
    times = []
    for text in QUERIES * 5:
        started = time.perf_counter()
        search.search(archive, text)
        times.append((time.perf_counter() - started) * 1000)
    figures["search p50 ms"] = statistics.median(times)
    figures["search p95 ms"] = statistics.quantiles(times, n=20)[-1]
    return figures


def main(count: int = 2000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        make_corpus(folder, count)
        results = {}
        local = open_local_archive(Path(tmp) / "bench.sqlite3")
        results["SQLite"] = measure(local, folder)
        local.close()
        server = pg_server.start()
        try:
            shared = open_archive(server.url())
            results["PostgreSQL"] = measure(shared, folder)
            shared.close()
        finally:
            server.stop()
    names = list(results["SQLite"])
    print(f"{count} articles")
    print(f"{'figure':<20}" + "".join(f"{b:>14}" for b in results))
    for name in names:
        print(f"{name:<20}" + "".join(f"{results[b].get(name, float('nan')):>14.1f}"
                                      for b in results))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
