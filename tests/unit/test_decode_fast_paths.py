"""The shortcuts in desktop.core.encodings give what the plain computations they replace give.

`_score` counts tokens through a table of whitespace-free chunks, `_result` reuses a score
when normalising changed only whitespace, `_is_binary` counts control bytes in one pass; each
is checked here against the straightforward version on texts built to hit the edge cases.
"""

from __future__ import annotations

import random
import unicodedata
from collections import Counter
from pathlib import Path

from desktop.core import encodings
from desktop.core.encodings import _HAS_LETTER, _TOKEN_SPLIT, is_vietnamese_syllable
from desktop.core.text import normalize

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
# Separators, odd spaces, zero-width marks, lone and decomposed marks, casings, other scripts.
ODDITIES = [
    " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n\n", "\u00a0", "\u2003", "\u202f", "\u3000",
    "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u200b", "\u200d", "\ufeff", "\u2060",
    ",", ".", "-", "_", "(", ")", "“", "”", "…", "«", "»", "§", "¶", "µ", "·", "1,5", "x²",
    "\u0301", "\u0323", "a\u0306\u0301", "o\u031b\u0309", "İ", "ß", "ﬁ", "Σ", "ς", "한국",
    "đ", "Đ", "chƯ", "ViÖt", "HÀ", "hoà", "Vie^.t", "QUỲNH", "\x7f",
]


def _words() -> list[str]:
    words = [w for path in sorted(SEEDS.glob("*.txt")) for w in path.read_text("utf-8").split()]
    return words[:3000]


def _texts(count: int) -> list[str]:
    rng = random.Random(7)
    words = _words()
    texts = []
    for _ in range(count):
        pieces = []
        for _ in range(rng.randrange(0, 60)):
            word = rng.choice(words)
            roll = rng.random()
            if roll < 0.1:
                word = unicodedata.normalize("NFD", word)
            elif roll < 0.2:
                word = word.upper()
            elif roll < 0.3:
                word += rng.choice(ODDITIES)
            pieces.append(word)
            pieces.append(rng.choice(ODDITIES) if rng.random() < 0.3 else " ")
        texts.append("".join(pieces))
    return texts


def _plain_score(text: str) -> tuple[float, int, float]:
    """The score as first written: one pass over the distinct tokens of the regex split."""
    words = valid = marked = marked_valid = 0
    for token, count in Counter(_TOKEN_SPLIT.split(text)).items():
        if not _HAS_LETTER.search(token):
            continue
        cased = token.islower() or token.isupper() or token.istitle()
        ok = count if cased and is_vietnamese_syllable(token) else 0
        words += count
        valid += ok
        if not token.isascii():
            marked += count
            marked_valid += ok
    return (marked_valid / marked if marked else 0.0, marked, valid / words if words else 0.0)


def _as_tuple(score: encodings._Score) -> tuple[float, int, float]:
    return (score.marked_share, score.marked, score.confidence)


def test_chunked_score_equals_the_plain_score() -> None:
    for text in _texts(400):
        assert _as_tuple(encodings._score(text)) == _plain_score(text), repr(text)


def test_score_is_kept_only_when_normalising_keeps_the_tokens() -> None:
    kept = 0
    for text in _texts(400):
        if encodings._normalize_keeps_tokens(text):
            kept += 1
            tokens = sorted(filter(None, _TOKEN_SPLIT.split(text)))
            assert sorted(filter(None, _TOKEN_SPLIT.split(normalize(text)))) == tokens, repr(text)
    assert 20 < kept < 400  # both kinds of text were tried


def test_reused_score_gives_the_confidence_of_the_normalised_text() -> None:
    for text in _texts(200):
        if not normalize(text).strip():
            continue
        reused = encodings._result(text, "utf-8", (text, encodings._score(text)))
        fresh = encodings._result(text, "utf-8")
        assert reused == fresh, repr(text)


def test_control_bytes_counted_in_one_pass() -> None:
    rng = random.Random(3)
    for _ in range(300):
        data = bytes(rng.choice(b"ab \n\r\t\x01\x1a\x1b\x7f\x08\x0c\xc3") for _ in range(50))
        expected = sum(data.count(byte) for byte in encodings._CONTROL_BYTES)
        assert encodings._is_binary(data) == (expected > max(3, 0.02 * len(data)))
