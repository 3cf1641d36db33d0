"""Feed one file to the importers as the import does, and bound the time it may take.

The only acceptable failure is ImportProblem, the importer's own message for the user; any
other exception is a crash, a read past the deadline a hang.
"""

from __future__ import annotations

import hashlib
import resource
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.importers import archives, registry
from desktop.importers.base import ImportProblem

DEADLINE_S = 5.0
REGRESSIONS = Path(__file__).resolve().parents[1] / "fixtures" / "fuzz_regressions"


class Hang(Exception):
    """Raised by the alarm when one file takes far longer than the deadline."""


def read_file(name: str, data: bytes) -> int:
    """Import `data` as a file called `name`; how many texts came out (0: a clear refusal).

    A zip is expanded and each member read, like `services.importing` does.
    """
    try:
        if registry.is_archive(Path(name)):
            return sum(_read_member(member) for member in archives.expand_bytes(name, data))
        registry.read_bytes(name, data)
        return 1
    except ImportProblem:
        return 0


def _read_member(member: archives.Member) -> int:
    if member.data is None:
        return 0
    try:
        registry.read_bytes(member.name, member.data)
    except ImportProblem:
        return 0
    return 1


@contextmanager
def alarm(seconds: float) -> Iterator[None]:
    """Interrupt Python code still running after `seconds` (POSIX, main thread only)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise Hang(f"still reading after {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def peak_rss_mb() -> float:
    """The process's peak resident memory so far (ru_maxrss is in kB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def save_crash(folder: Path, name: str, data: bytes) -> Path:
    """Keep a crashing input as `<sha1>.<ext>`, the form the regression test replays."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha1(data).hexdigest()[:16]}{Path(name).suffix}"
    path.write_bytes(data)
    return path
