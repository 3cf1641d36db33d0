"""normalize skips the steps a text gives no work to; it must equal doing every step."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from desktop.core import text as T

SEEDS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.txt"))


def every_step(text: str) -> str:
    text = T._ZERO_WIDTH.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [T._SPACES.sub(" ", line).rstrip() for line in text.split("\n")]
    return T._BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")


def test_normalize_equals_every_step():
    rng = random.Random(4)
    alphabet = "ab đ \r\ne\u0301" + T._ODD_SPACE_CHARS + T._ZERO_WIDTH_CHARS
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    texts += [t.replace("\n", "\r\n") for t in texts]
    for _ in range(30000):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))))
    for text in texts:
        assert T.normalize(text) == every_step(text), repr(text)
