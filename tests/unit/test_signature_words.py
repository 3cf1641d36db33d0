"""The near-duplicate signature's words, taken chunk by chunk, are those of the whole text.

`desktop.core.signature._words` folds each whitespace-free chunk once and remembers it; the
plain way folds the whole text and matches `\\w+`. They agree only while whitespace folds to
something that is neither empty nor a word character, which is checked here for every
whitespace character, along with texts built to hit the edge cases.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from pathlib import Path

from desktop.core.signature import _words, signature
from desktop.core.text import fold

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
WHITESPACE = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
ODDITIES = [
    *WHITESPACE, "\u200b", "\ufeff", ",", ".", "-", "_", "“", "”", "…", "–", "§", "µ", "1,5",
    "x²", "\u0301", "\u0323", "a\u0306\u0301", "İ", "ß", "ﬁ", "Σ", "ς", "한국", "đ", "Đ", "Å",
    "\u00a0", "ǅ", "①", "\U0001d400", "😀", "\ud800",
]


def _plain_words(text: str) -> list[bytes]:
    return [word.encode("utf-8", "surrogatepass") for word in re.findall(r"\w+", fold(text))]


def _texts(count: int) -> list[str]:
    rng = random.Random(11)
    words = [w for path in sorted(SEEDS.glob("*.txt")) for w in path.read_text("utf-8").split()]
    texts = []
    for _ in range(count):
        pieces = []
        for _ in range(rng.randrange(0, 80)):
            word = rng.choice(words)
            if rng.random() < 0.1:
                word = unicodedata.normalize("NFD", word).upper()
            pieces.append(word + (rng.choice(ODDITIES) if rng.random() < 0.3 else ""))
            pieces.append(rng.choice(ODDITIES) if rng.random() < 0.3 else " ")
        texts.append("".join(pieces))
    return texts


def test_whitespace_folds_to_a_separator() -> None:
    for space in WHITESPACE:
        folded = fold(space)
        assert folded and not re.search(r"\w", folded), hex(ord(space))


def test_chunked_words_equal_the_words_of_the_folded_text() -> None:
    for text in _texts(400):
        assert _words(text.split()) == _plain_words(text), repr(text)


def test_signature_of_a_seed_is_stable() -> None:
    text = (SEEDS / "000_00fabf4e066a3fd8.txt").read_text("utf-8")
    first = signature(text)
    assert first is not None and len(first) == 256
    assert signature(text.upper().replace(" ", "\u00a0 ")) == first
