"""Import speed end to end, and how responsive the window stays meanwhile (run on demand).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_import [N] [GUI_N]

Generates N .txt and N .docx articles from the seeds (sentences drawn at random with their
words shuffled, so none is a duplicate or a near-duplicate of another), imports each set into
a fresh SQLite archive through `import_files` (reading, extraction, entity suggestions, search
index, near-duplicate signature: everything a real import does), and prints files/s and the
peak memory of the process that did it, and the CPU time per file of that process (the writer)
+ its worker processes: two cores give 2,000 ms of CPU a second, so 300 files/s needs under
6.7 ms per file in all. Then imports GUI_N .txt files through
`MainWindow.import_paths` with a 10 ms QTimer on the GUI thread and reports the longest gap
between its ticks. Targets (issue 3): 300 .txt/s, 100 .docx/s, no gap over 100 ms.
"""

from __future__ import annotations

import compileall
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))


def make_corpus(folder: Path, n: int, kind: str) -> list[Path]:
    from docx import Document

    from tests.importing.helpers import article_text, sentences

    folder.mkdir(parents=True, exist_ok=True)
    pool = sentences(SEEDS)
    paths = []
    for i in range(n):
        text = article_text(pool, i, size=30)
        path = folder / f"bai-{i:05d}.{kind}"
        if kind == "txt":
            path.write_text(text, encoding="utf-8")
        else:
            document = Document()
            for paragraph in text.split("\n\n"):
                document.add_paragraph(paragraph)
            document.save(str(path))
        paths.append(path)
    return paths


def run_import(kind: str, n: int, workers: int | None) -> dict:
    """One measurement in this process: a fresh archive, n files of one kind."""
    from desktop.services.importing import import_files
    from desktop.store.archive import open_local_archive

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        make_corpus(folder, n, kind)
        archive = open_local_archive(Path(tmp) / "a" / "tulieu.sqlite3", Path(tmp) / "b")
        cpu = _cpu_seconds()
        start = time.perf_counter()
        summary = import_files(archive, [folder], workers=workers)
        elapsed = time.perf_counter() - start
        own, workers_cpu = (a - b for a, b in zip(_cpu_seconds(), cpu, strict=True))
        archive.close()
    statuses = {s: summary.count(s) for s in {o.status for o in summary.outcomes}}
    return {
        "kind": kind, "n": n, "workers": workers, "seconds": elapsed,
        "rate": n / elapsed, "peak_rss_mb": _peak_rss_mb(), "statuses": statuses,
        "cpu_ms": (own * 1000 / n, workers_cpu * 1000 / n),
    }


def _cpu_seconds() -> tuple[float, float]:
    """CPU time of this process (the writer) and of its ended children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def run_gui(n: int) -> dict:
    """Import n .txt files through the window; the longest pause of a 10 ms timer."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.store.archive import open_local_archive
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        make_corpus(folder, n, "txt")
        archive = open_local_archive(Path(tmp) / "a" / "tulieu.sqlite3", Path(tmp) / "b")
        window = MainWindow(archive)
        window.show()
        app.processEvents()
        gc.freeze()  # as desktop.app does once the window shows
        clock = QElapsedTimer()
        gaps: list[int] = []
        last = [0]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        loop = QEventLoop()
        finished: list[float] = []

        def on_finished(_summary: object) -> None:
            finished.append(time.perf_counter())
            QTimer.singleShot(300, loop.quit)  # the gaps of the refresh that follows count too

        window.import_finished.connect(on_finished)
        clock.start()
        timer.start()
        start = time.perf_counter()
        window.import_paths([folder])
        loop.exec()
        elapsed = finished[0] - start
        timer.stop()
        window.runner.wait()
        window.close()
        archive.close()
    return {
        "kind": "gui", "n": n, "seconds": elapsed, "rate": n / elapsed,
        "longest_gap_ms": max(gaps), "ticks": len(gaps),
        "gaps_over_100ms": sum(g > 100 for g in gaps), "peak_rss_mb": _peak_rss_mb(),
    }


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _in_child(*args: str) -> dict:
    """Each measurement in its own process, so peak memory is that measurement's own."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_import", "--child", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        what, n, workers = argv[1], int(argv[2]), argv[3]
        chosen = None if workers == "default" else int(workers)
        result = run_gui(n) if what == "gui" else run_import(what, n, chosen)
        print(json.dumps(result), flush=True)
        os._exit(0)  # PySide's teardown at exit can crash after the figures are out
    # Measure the app as set up (packaging/bootstrap.sh compiles its bytecode), not a tree
    # whose worker processes would each compile the package again as they start.
    compileall.compile_dir(ROOT / "desktop", quiet=1)
    n = int(argv[0]) if argv else 1000
    gui_n = int(argv[1]) if len(argv) > 1 else 2000
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    print(f"{'files':<8}{'workers':>8}{'n':>7}{'seconds':>9}{'files/s':>9}{'peak MB':>9}"
          f"{'CPU ms/file':>17}  outcomes")
    for kind, target in (("txt", 300), ("docx", 100)):
        for workers in ("0", "default"):
            r = _in_child(kind, str(n), workers)
            own, others = r["cpu_ms"]
            print(f"{kind:<8}{workers:>8}{r['n']:>7}{r['seconds']:>9.2f}{r['rate']:>9.0f}"
                  f"{r['peak_rss_mb']:>9.0f}{f'{own:.1f} + {others:.1f}':>17}  {r['statuses']}"
                  f"  (target {target}/s)")
    g = _in_child("gui", str(gui_n), "default")
    print(f"GUI: {g['n']} .txt through MainWindow.import_paths in {g['seconds']:.1f} s "
          f"({g['rate']:.0f}/s); longest gap of a 10 ms timer {g['longest_gap_ms']} ms "
          f"(target < 100), {g['gaps_over_100ms']} gaps over 100 ms in {g['ticks']} ticks; "
          f"peak {g['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
