"""Mutated real files of every format, fed to the importers: a clear refusal or a text, never a
crash, never more than 5 s per file, never a jump in memory.

Derandomized, so a run is reproducible; TULIEU_FUZZ_EXAMPLES raises the count for a deeper
search on demand.
"""

from __future__ import annotations

import os
import time
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz import mutations
from tests.fuzz.harness import DEADLINE_S, alarm, peak_rss_mb, read_file, save_crash
from tests.fuzz.seeds import FORMATS, seed_files

EXAMPLES = int(os.environ.get("TULIEU_FUZZ_EXAMPLES", "120"))
ZIPPED = frozenset({".docx", ".odt", ".zip"})
# Files are at most 20 MB; a parser needing this much more than the rest of the run is a bomb.
MAX_GROWTH_MB = 400
FUZZ = settings(
    max_examples=EXAMPLES, derandomize=True, database=None,
    deadline=timedelta(seconds=DEADLINE_S),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def memory_baseline() -> float:
    return peak_rss_mb()


def test_every_seed_imports_as_it_is() -> None:
    """The starting points are valid files, so mutations start deep in each parser."""
    for kind, files in seed_files().items():
        for data in files:
            assert read_file(f"bai{kind}", data) >= 1, kind


@pytest.mark.parametrize("kind", FORMATS)
@FUZZ
@given(data=st.data())
def test_mutated_file_is_read_or_refused_clearly(kind, data, memory_baseline, tmp_path_factory):
    seeds = seed_files()[kind]
    seed = seeds[data.draw(st.integers(0, len(seeds) - 1), label="seed")]
    damage = data.draw(mutations.mutations(kind in ZIPPED), label="mutations")
    mutated = mutations.apply(seed, damage)
    name = f"bai{kind}"
    started = time.monotonic()
    try:
        with alarm(DEADLINE_S * 4):
            read_file(name, mutated)
    except Exception as exc:
        kept = save_crash(tmp_path_factory.getbasetemp() / "fuzz-crashes", name, mutated)
        raise AssertionError(f"{type(exc).__name__} on a mutated {kind}, kept in {kept}") from exc
    assert time.monotonic() - started < DEADLINE_S
    assert peak_rss_mb() - memory_baseline < MAX_GROWTH_MB
