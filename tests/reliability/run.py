"""Reliability report, run on demand (not by pytest): `python -m tests.reliability.run`.

Injects the faults issue 10 names and prints one table: mutated files fed to the importers
(crashes: any exception but ImportProblem; hangs: a file over 5 s), imports killed with SIGKILL
part-way, an import past a file-size limit (the disk filling), and a damaged archive restored
from its backup. "Articles lost" compares what the archive holds at the end with what was
imported, and must be 0. `--fuzz N` sets the mutated files per format (default 300).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from tests.fuzz import mutations
from tests.fuzz.harness import DEADLINE_S, Hang, alarm, peak_rss_mb, read_file, save_crash
from tests.fuzz.seeds import FORMATS, seed_files
from tests.safety.helpers import (
    ROOT,
    cli_command,
    count_rows,
    integrity,
    tulieu,
    whole_articles_problems,
    write_articles,
)
from tests.safety.test_crash import wait_for_articles
from tests.safety.test_full_disk import run_with_file_size_limit

MEMORY_LIMIT = 4 * 1024**3  # a parser needing more than this is a blow-up: MemoryError, counted
ZIPPED = frozenset({".docx", ".odt", ".zip"})
Row = tuple[str, int, int, int, int | str]  # fault, runs, crashes, hangs, articles lost


def fuzz(kind: str, count: int, crashes_dir: Path) -> Row:
    pick = random.Random(f"tulieu-{kind}")  # reproducible, like the derandomized tests
    seeds = seed_files()[kind]
    crashes = hangs = 0
    for _ in range(count):
        data = mutations.apply(pick.choice(seeds), mutations.random_mutations(pick, kind in ZIPPED))
        started = time.monotonic()
        try:
            with alarm(DEADLINE_S * 4):
                read_file(f"bai{kind}", data)
        except Hang:
            hangs += 1
        except Exception:  # noqa: BLE001 - every other exception is what we count
            crashes += 1
            save_crash(crashes_dir, f"bai{kind}", data)
        else:
            hangs += time.monotonic() - started > DEADLINE_S
    return (f"fuzzed {kind} files", count, crashes, hangs, "-")


def killed_imports(work: Path, runs: int) -> Row:
    """Kill an import of 400 files at a different point each run; rerun it; count what is kept."""
    files = 400
    folder = write_articles(work / "kill-in", files)[0].parent
    crashes = lost = 0
    for n in range(runs):
        data = work / f"kill-{n}"
        proc = subprocess.Popen(cli_command(data, "import", str(folder)), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_articles(proc, data / "tulieu.sqlite3", at_least=40 + 100 * n)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        archive = data / "tulieu.sqlite3"
        crashes += integrity(archive) != ["ok"] or bool(whole_articles_problems(archive))
        rerun = tulieu(data, "import", str(folder))
        crashes += rerun.returncode != 0 or "Traceback" in rerun.stderr
        lost += files - count_rows(archive, "articles")
    return ("import killed (SIGKILL)", runs, crashes, 0, lost)


def full_disk(work: Path) -> Row:
    """An import that hits the file-size limit part-way, then the same import with room."""
    data = work / "full"
    folder = write_articles(work / "full-in", 150, paragraphs=12)[0].parent
    result = run_with_file_size_limit(cli_command(data, "import", str(folder)), 256 * 1024)
    archive = data / "tulieu.sqlite3"
    crashes = "Traceback" in result.stderr or bool(whole_articles_problems(archive))
    rerun = tulieu(data, "import", str(folder))
    crashes += rerun.returncode != 0
    return ("disk full during import", 1, int(crashes), 0, 150 - count_rows(archive, "articles"))


def corrupt_archive(work: Path) -> Row:
    """Back up, spoil the archive's pages, check (a clear message), restore the backup."""
    data = work / "corrupt"
    folder = write_articles(work / "corrupt-in", 60)[0].parent
    tulieu(data, "import", str(folder))
    tulieu(data, "backup")
    archive = data / "tulieu.sqlite3"
    spoiled = bytearray(archive.read_bytes())
    spoiled[4096:len(spoiled) - 4096] = random.Random(1).randbytes(len(spoiled) - 8192)
    archive.write_bytes(bytes(spoiled))
    check = tulieu(data, "check")
    crashes = check.returncode == 0 or "Traceback" in check.stderr
    newest = max((data / "backups").iterdir(), key=lambda path: path.stat().st_mtime)
    restored = tulieu(data, "restore", str(newest))
    crashes += restored.returncode != 0 or "Traceback" in restored.stderr
    return ("damaged archive restored", 1, int(crashes), 0, 60 - count_rows(archive, "articles"))


def table(rows: list[Row]) -> str:
    header = ("fault injected", "runs", "crashes", "hangs", "articles lost")
    lines = [header, *[tuple(str(cell) for cell in row) for row in rows]]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = [" | ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                      for i, (cell, w) in enumerate(zip(line, widths, strict=True)))
           for line in lines]
    out.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=int, default=300, help="mutated files per format")
    parser.add_argument("--kills", type=int, default=3, help="imports killed")
    args = parser.parse_args()
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="tulieu-reliability-") as folder:
        work = Path(folder)
        # The CLI runs see none of the user's settings, shared archive or log.
        os.environ.update(TULIEU_CONFIG_DIR=str(work / "config"), TULIEU_LOG_DIR=str(work / "logs"))
        os.environ.pop("TULIEU_DB_URL", None)
        crashes_dir = work / "crashes"
        rows = [fuzz(kind, args.fuzz, crashes_dir) for kind in FORMATS]
        fuzz_peak = peak_rss_mb()
        rows += [killed_imports(work, args.kills), full_disk(work), corrupt_archive(work)]
        kept = sorted(crashes_dir.glob("*")) if crashes_dir.exists() else []
        if kept:  # copied out before the folder goes: they are the next regression cases
            out = Path.cwd() / "fuzz-crashes"
            out.mkdir(exist_ok=True)
            for path in kept:
                shutil.copy(path, out)
            print(f"{len(kept)} crashing inputs copied to {out}")
    total = ("total", sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows),
             sum(r[4] for r in rows if isinstance(r[4], int)))
    print(table([*rows, total]))
    print(f"\nfiles fuzzed: {sum(r[1] for r in rows if r[4] == '-')}; peak memory while fuzzing "
          f"{fuzz_peak:.0f} MB; {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
