"""Vietnamese text handling: normalisation on the way in, folding for search, sort keys.

One module owns these so the index, the query and the GUI always agree (ARCHITECTURE rule 8).
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata

_ODD_SPACE_CHARS = "\t\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_ODD_SPACES = re.escape(_ODD_SPACE_CHARS)  # a character class's inside
# Runs of spaces other than one plain space, which would only be replaced by itself (a
# thousand pointless substitutions in an article).
_SPACES = re.compile(rf"[{_ODD_SPACES}][ {_ODD_SPACES}]*| [ {_ODD_SPACES}]+")
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
_BLANK_RUN = re.compile(r"\n{3,}")

# Old-style tone placement (òa, òe, ùy) and new-style (oà, oè, uỳ) spell the same syllables;
# matching maps both onto the old style, which most Vietnamese newsrooms use. Only a syllable
# that ends in the plain vowel moves: not `luật`, `hoặc`, `huệ` (â, ă, ê: in NFD a dot below
# comes before their second mark, which is no \w), and not after q, whose u is no vowel:
# `quý`, `quá` are written so in both styles.
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_NEW_STYLE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([" + _TONE_MARKS + r"])(?![\w\u0300-\u036f])"
)
# Misplaced tones are put back where both styles write them: `qúy`, `qúa` (a typing slip),
# and `lụât`, `qụân`, `họăc`, which an earlier version of this function made of `luật`,
# `quận`, `hoặc` in names and keys it stored.
_AFTER_Q = re.compile(r"(?<=[qQ])([uU])([" + _TONE_MARKS + r"])([aAeEyY])(?![\w\u0300-\u036f])")
_BEFORE_MARKED = re.compile(
    r"([oOuU])([" + _TONE_MARKS + r"])([aAeEyY][\u0302\u0306])(?![" + _TONE_MARKS + r"])"
)


def normalize(text: str) -> str:
    """Return text as stored: NFC, LF line ends, NBSP and odd spaces as plain spaces.

    Lines keep their content (names are never altered); trailing blanks are trimmed and runs
    of more than one empty line collapse to one.
    """
    # Each step runs only where the text has something for it to do: every import normalises
    # each article, and most articles have no CR, odd space or long blank run.
    # Zero-width characters go first: one between a letter and its mark kept them apart.
    if has_any(text, _ZERO_WIDTH_CHARS):
        text = _ZERO_WIDTH.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text or has_any(text, _ODD_SPACE_CHARS):
        lines = [_SPACES.sub(" ", line).rstrip() for line in text.split("\n")]
    else:
        lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n")


def has_any(text: str, chars: str) -> bool:
    """True when `text` holds one of `chars`. One `in` per character: a few of them over an
    article cost a fraction of one scan with a character class (1 vs 25 µs for five)."""
    return any(ch in text for ch in chars)


def unify_tones(text: str) -> str:
    """Move tone marks of `oa oe uy` to one placement so `hoà` and `hòa` compare equal."""
    try:
        return _NEW_STYLE_NFC.sub(_moved_tone, text)
    except _Unsure:
        return _unify_decomposed(text)


def repair_tones(text: str) -> str:
    """Put back only the tone marks that were misplaced (`Thụân` -> `Thuận`, `qúa` -> `quá`),
    leaving either style of `oa oe uy` as written: for names stored by an earlier version."""
    return _moved(text, (_BEFORE_MARKED, _AFTER_Q))


def _unify_decomposed(text: str) -> str:
    return _moved(text, (_BEFORE_MARKED, _AFTER_Q, _NEW_STYLE))


def _moved(text: str, patterns: tuple[re.Pattern[str], ...]) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    for pattern in patterns:
        decomposed = pattern.sub(r"\1\3\2", decomposed)
    return unicodedata.normalize("NFC", decomposed)


# The same move done on NFC text, one pair of letters at a time: decomposing and recomposing
# a whole article cost more than everything else the entity extractor does to a word. It is
# exact for text made only of the letters below (Latin, Vietnamese, punctuation, currency,
# less U+2000 and U+2001, the two that NFC changes): none of them is a combining mark,
# decomposes into one first or composes with the letter before it, so such a text is NFC; and
# \w holds of each exactly when it holds of the first letter of its decomposition
# (tests/unit/test_text_tones.py and test_text_tones_fast.py).
_SURE = ((0x0000, 0x024F), (0x1E00, 0x1EFF), (0x2002, 0x206F), (0x20A0, 0x20CF))


def _toned(bases: str) -> str:
    """The precomposed letters that are one of `bases` with a tone mark and nothing else."""
    composed = (unicodedata.normalize("NFC", base + mark) for base in bases for mark in _TONE_MARKS)
    return "".join(sorted(letter for letter in composed if len(letter) == 1))


_TONED = _toned("aAeEyY")
_PAIRS = {o + v: _unify_decomposed(o + v + " ")[:2] for o in "oOuU" for v in _TONED}
_TONED_OU = _toned("oOuU")
# The letters a moved pair can open with, and those that can come second.
_OPENING = "oOuUqQ" + _TONED_OU
_SECOND = _TONED + _toned("uU") + "âăêÂĂÊ"
_NOT_OPENING = "".join(
    re.escape(chr(code))
    for low, high in _SURE
    for code in range(low, high + 1)
    if chr(code) not in _OPENING
)
# As _NEW_STYLE, on NFC text: in these blocks no letter is a combining mark, so a toned vowel
# that is the last letter of its word is what _NEW_STYLE's look-ahead allows; the rare
# misplaced tones are matched too and moved by the decomposing path.
# The one scan finds the pairs and also stops at any letter the quick path cannot vouch for
# (the last branch), which sends the text the decomposing way: checking the whole text first
# (a character class, then unicodedata.is_normalized) cost as much again as the scan.
# One set of letters opens the pattern: only then does re skip ahead to a letter that can
# start it (branches opening with sets of their own made it try every position: 7x slower).
# Its second letter is tested before the branches, and fails at once for most openers.
_NEW_STYLE_NFC = re.compile(
    f"[^{_NOT_OPENING}](?:[{_SECOND}](?:(?<=[oOuU][{_TONED}])(?<![qQ]..)(?!\\w)"
    f"|(?<=[qQ][{_toned('uU')}])[aAeEyY](?!\\w)|(?<=[{_TONED_OU}][âăêÂĂÊ]))"
    f"|(?<=[^{_OPENING}]))"
)


class _Unsure(Exception):
    """The text holds a letter the quick path cannot vouch for."""


def _moved_tone(match: re.Match[str]) -> str:
    pair = match.group()
    if len(pair) == 1:
        raise _Unsure
    return _PAIRS.get(pair) or _unify_decomposed(pair)


# The marks Vietnamese letters decompose into: tones, then circumflex, breve and horn.
# Removing them with str.replace runs at C speed; any other mark (combining class > 0, all
# above U+02FF) is then looked at one character at a time, and Vietnamese text has none.
_VIETNAMESE_MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
_ABOVE_LATIN = re.compile("[^\x00-\u02ff]")


def _drop_mark(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


def fold(text: str) -> str:
    """Fold for accent-insensitive matching: drop every mark, đ→d, casefold."""
    if text.isascii():
        return text.casefold()
    stripped = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    for mark in _VIETNAMESE_MARKS:
        stripped = stripped.replace(mark, "")
    if not stripped.isascii():
        stripped = _ABOVE_LATIN.sub(_drop_mark, stripped)
    return stripped.casefold()


def has_marks(text: str) -> bool:
    """True when the text carries any Vietnamese diacritic (so a query means it exactly)."""
    return not text.isascii() and fold(text) != text.casefold()


def content_hash(normalized: str) -> str:
    """Hash of text as `normalize` gives it, used to recognise an article imported twice.
    Every reader's text is normalised already (and `normalize` leaves such text as it is):
    normalising it again here cost 1% of an import."""
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


# Vietnamese alphabet order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
_BASE_ORDER = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_BASE_RANK = {ch: i for i, ch in enumerate(_BASE_ORDER)}
_LETTER_BASE = 200
# Tones in dictionary order: none, grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot.
_TONE_RANK = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_VOWEL_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn: part of the letter


def _split_letter(ch: str) -> tuple[str, str]:
    """Split one NFC character into its base letter (with vowel marks) and its tone mark."""
    parts = unicodedata.normalize("NFD", ch)
    base = parts[0]
    tone = ""
    for mark in parts[1:]:
        if mark in _VOWEL_MARKS:
            base += mark
        elif mark in _TONE_RANK:
            tone = mark
    return unicodedata.normalize("NFC", base), tone


class _CharTable(dict):
    """A str.translate table that works out each character's entry the first time it is seen,
    so a key costs three translations done in C instead of a Python step per character."""

    def __init__(self, part: int) -> None:
        super().__init__()
        self.part = part  # 0: letter, 1: tone, 2: case

    def __missing__(self, code: int) -> int:
        base, tone = _split_letter(chr(code))
        lower = base.lower()
        rank = _BASE_RANK.get(lower)
        if rank is not None:
            letter = _LETTER_BASE + rank
        else:  # spaces, digits and punctuation before letters; other scripts after
            letter = ord(lower)
            if letter >= _LETTER_BASE:
                # After every letter rank, in code point order (clamped in the last private
                # use plane, where the order of a thousand unused points is given up).
                letter = min(letter + 1000, sys.maxunicode)
        entry = (letter, _TONE_RANK.get(tone, 0), 0 if base == lower else 1)[self.part]
        self[code] = entry
        return entry


_LETTERS, _TONES, _CASES = _CharTable(0), _CharTable(1), _CharTable(2)


def sort_key(text: str) -> tuple[str, str, str]:
    """A key that orders Vietnamese text as a dictionary does (letters, then tones, then case).

    Matches ICU's `vi` collation on ordinary text: `Anh < Ân < Bình < Đào < Ê-đê < Ý`.
    Each part is a string of one code per character, compared as strings are.
    """
    nfc = unicodedata.normalize("NFC", text)
    return nfc.translate(_LETTERS), nfc.translate(_TONES), nfc.translate(_CASES)
