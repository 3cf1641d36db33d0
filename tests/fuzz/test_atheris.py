"""A short coverage-guided run with atheris, started from the seed files; skipped where atheris
is not installed (it is not a test dependency: it has no wheels for every platform)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.fuzz.seeds import seed_files

ROOT = Path(__file__).resolve().parents[2]


def test_atheris_run_finds_no_crash(tmp_path: Path) -> None:
    pytest.importorskip("atheris", reason="atheris is not installed (pip install atheris)")
    from tests.fuzz.atheris_target import corpus_entry

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for kind, files in seed_files().items():
        for n, data in enumerate(files):
            (corpus / f"{kind[1:]}-{n}").write_bytes(corpus_entry(kind, data))
    result = subprocess.run(
        [sys.executable, "-m", "tests.fuzz.atheris_target", "-runs=2000", "-timeout=5",
         "-rss_limit_mb=2048", f"-artifact_prefix={tmp_path}/", str(corpus)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
