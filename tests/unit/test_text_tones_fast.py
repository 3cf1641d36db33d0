"""unify_tones' one scan: it moves what the decomposing path moves, and gives the text up to
that path whenever it holds a letter the scan cannot vouch for."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.text import _SURE, _unify_decomposed, unify_tones

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OTHER_MARKS = "\u0302\u0306\u031b\u0335\u030a\u0340"
_BASES = "oOuUaAeEyYqQiIgGâăêÂĂÊôơưÔƠƯ"
_PRECOMPOSED = [
    letter
    for letter in (unicodedata.normalize("NFC", base + tone) for base in _BASES for tone in _TONES)
    if len(letter) == 1
]
# Letters of every kind the scan treats differently: openers and second letters of a pair,
# q and gi words, combining marks, word characters and not, U+2000 (which NFC changes),
# other scripts, a letter outside the BMP.
_ALPHABET = (
    list(_BASES + _TONES + _OTHER_MARKS)
    + _PRECOMPOSED
    + list("hnt_1 .,-\n“”–₫\u00a0\u2000\u2001\u2002\u2070\u20d0\u0250αω中\u1100\u1161")
    + ["\U0001d400", "\u212b"]
)
# Pieces of words that the moves look at, so that short random texts hold them often.
_PIECES = _ALPHABET + ["qu", "Qu", "QU", "gi", "oa", "uy", "oe", "OA", "UY"]


def _sure(char: str) -> bool:
    return any(low <= ord(char) <= high for low, high in _SURE)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_the_scan_gives_what_decomposing_gives(text: str) -> None:
    assert unify_tones(text) == _unify_decomposed(text)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from([p for p in _PIECES if all(map(_sure, p))])).map("".join))
def test_the_scan_gives_what_decomposing_gives_on_letters_it_vouches_for(text: str) -> None:
    assert unify_tones(text) == _unify_decomposed(text)


def _second_halves() -> set[str]:
    """Every character that canonical composition can join to the one before it."""
    seconds = {chr(code) for code in range(0x1161, 0x1176)} | {
        chr(code) for code in range(0x11A8, 0x11C3)
    }  # Hangul vowels and final consonants, composed by rule, not by the data
    for code in range(sys.maxunicode + 1):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    return seconds


def test_a_text_of_letters_the_scan_vouches_for_is_nfc():
    # Each letter is NFC on its own and its decomposition starts with a letter no composition
    # joins to the one before, so nothing reorders or composes across two letters: the scan
    # needs no unicodedata.is_normalized.
    seconds = _second_halves()
    for low, high in _SURE:
        for code in range(low, high + 1):
            char = chr(code)
            first = unicodedata.normalize("NFD", char)[0]
            assert unicodedata.normalize("NFC", char) == char, hex(code)
            assert not unicodedata.combining(first), hex(code)
            assert first not in seconds, hex(code)
