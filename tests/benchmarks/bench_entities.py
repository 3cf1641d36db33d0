"""Entity extraction speed on the seed articles, repeated. Run on demand:

    .venv/bin/python tests/benchmarks/bench_entities.py [repeats]

Prints ms per article for each seed and overall; the target is under 5 ms on average.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.core.entities import extract_entities, load_gazetteer  # noqa: E402

SEEDS = ROOT / "tests" / "fixtures" / "seeds"


def main(repeats: int = 200) -> None:
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    load_ms = (time.perf_counter() - started) * 1000
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    for text in texts.values():  # warm-up: regex caches, first-call costs
        extract_entities(text, gazetteer)
    print(f"load_gazetteer: {load_ms:.1f} ms; {repeats} runs per article")
    print(f"{'article':<28}{'chars':>7}{'found':>7}{'ms/article':>12}")
    total_ms = 0.0
    for name, text in texts.items():
        started = time.perf_counter()
        for _ in range(repeats):
            found = extract_entities(text, gazetteer)
        ms = (time.perf_counter() - started) * 1000 / repeats
        total_ms += ms
        print(f"{name:<28}{len(text):>7}{len(found):>7}{ms:>12.3f}")
    print(f"{'average':<42}{total_ms / len(texts):>12.3f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
