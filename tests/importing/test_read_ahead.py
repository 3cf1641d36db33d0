"""How far the workers may read ahead of the writer (pipeline.in_order)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from desktop.services import pipeline
from desktop.services.pipeline import AHEAD, AHEAD_BYTES, CHUNK, in_order


class _CountingPool:
    """A real thread pool that counts the chunks handed to it."""

    def __init__(self, workers: int) -> None:
        self._pool = ThreadPoolExecutor(workers)
        self.submitted = 0

    def submit(self, fn, *args):
        self.submitted += 1
        return self._pool.submit(fn, *args)

    def shutdown(self) -> None:
        self._pool.shutdown()


def _most_ahead(item_size: int, workers: int = 2, n: int = 200) -> tuple[int, list[int]]:
    """The most chunks handed over beyond the one being stored, and the results in order."""
    pool = _CountingPool(workers)
    most, results = 0, []
    try:
        for index, (item, result) in enumerate(
            in_order(range(n), lambda i: i * i, workers, pool, lambda _item: item_size)
        ):
            assert result() == item * item
            results.append(item)
            most = max(most, pool.submitted - (index // CHUNK + 1))
    finally:
        pool.shutdown()
    return most, results


def test_small_files_are_read_far_ahead_in_order() -> None:
    most, results = _most_ahead(10_000)
    assert results == list(range(200))
    assert most == AHEAD * 2


def test_big_files_are_bounded_by_their_bytes() -> None:
    # Each chunk alone is over the byte budget: one chunk a worker, never more.
    most, results = _most_ahead(AHEAD_BYTES // CHUNK + 1)
    assert results == list(range(200))
    assert most == 2


def test_the_byte_budget_counts_only_chunks_not_yet_stored(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "AHEAD_BYTES", 5 * CHUNK * 100)
    most, _ = _most_ahead(100)  # five chunks fill the budget
    assert most == 5
