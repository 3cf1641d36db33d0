"""The shortcuts in desktop.core.encodings give what the plain computations they replace give.

`_score` counts tokens through a table of whitespace-free chunks, `_guess_utf8` decides on a
short head when it is clearly Vietnamese, `_is_binary` counts control bytes in one pass; each
is checked here against the straightforward version on texts built to hit the edge cases.
"""

from __future__ import annotations

import random
import unicodedata
from collections import Counter
from pathlib import Path

from desktop.core import encodings
from desktop.core.encodings import _HAS_LETTER, _TOKEN_SPLIT, is_vietnamese_syllable

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


def test_a_clearly_vietnamese_head_decides_as_the_whole_sample_would(monkeypatch) -> None:
    texts = [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts += [text * 40 for text in _texts(60)]  # longer than the head, most of them
    # A head of Vietnamese, then the same words written in VIQR or read through cp1252.
    texts += [texts[0][:3000] + encodings.convert_legacy(texts[0], "vni")[:3000]]
    assert sum(len(text) > encodings._HEAD for text in texts) > 20
    quick = [_decoded(text) for text in texts]
    monkeypatch.setattr(encodings, "_HEAD", encodings._SAMPLE)
    plain = [_decoded(text) for text in texts]
    assert quick == plain


def _decoded(text: str) -> encodings.Decoded | str:
    try:
        return encodings.decode(text.encode("utf-8"))
    except encodings.UndecodableError as error:
        return str(error)


def test_confidence_is_counted_only_when_asked() -> None:
    text = next(SEEDS.glob("*.txt")).read_text("utf-8")
    decoded = encodings.decode(text.encode("utf-8"))
    assert "confidence" not in vars(decoded)  # an import never pays for it
    assert decoded.confidence == round(encodings._score(decoded.text).confidence, 4) > 0.9


def test_control_bytes_counted_in_one_pass() -> None:
    rng = random.Random(3)
    for _ in range(300):
        data = bytes(rng.choice(b"ab \n\r\t\x01\x1a\x1b\x7f\x08\x0c\xc3") for _ in range(50))
        expected = sum(data.count(byte) for byte in encodings._CONTROL_BYTES)
        assert encodings._is_binary(data) == (expected > max(3, 0.02 * len(data)))
