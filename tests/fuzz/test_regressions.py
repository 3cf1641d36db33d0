"""Every input that once crashed or stalled an importer, replayed: now a text or a clear
refusal (ImportProblem), in time. Files are named `<sha1>.<ext>`; the extension picks the
importer as the file name would."""

from __future__ import annotations

import time

import pytest

from tests.fuzz.harness import DEADLINE_S, REGRESSIONS, alarm, read_file

CASES = sorted(path for path in REGRESSIONS.iterdir() if path.is_file())


def test_there_are_regression_cases() -> None:
    assert CASES, f"no files in {REGRESSIONS.name}"


@pytest.mark.parametrize("path", CASES, ids=lambda path: path.name)
def test_former_crash_is_read_or_refused_clearly(path) -> None:
    started = time.monotonic()
    with alarm(DEADLINE_S * 4):
        read_file(path.name, path.read_bytes())
    assert time.monotonic() - started < DEADLINE_S
