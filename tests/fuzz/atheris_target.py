"""Coverage-guided fuzzing of the importers with atheris, where it is installed.

Run by tests/fuzz/test_atheris.py as `python -m tests.fuzz.atheris_target -runs=N CORPUS`.
An input's first byte picks the format (an index into FORMATS), the rest is the file.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from tests.fuzz.harness import read_file
    from tests.fuzz.seeds import FORMATS


def corpus_entry(kind: str, data: bytes) -> bytes:
    return bytes([FORMATS.index(kind)]) + data


def one_input(data: bytes) -> None:
    if data:
        read_file(f"bai{FORMATS[data[0] % len(FORMATS)]}", data[1:])


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
