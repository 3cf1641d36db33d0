"""Text-level converters for the legacy Vietnamese encodings: TCVN3, VNI and VIQR.

Input is text whose code points are the legacy bytes (bytes read as Latin-1, or a Word run in
a legacy font); output is Unicode. Byte tables are in `legacy_tables.py`; `encodings.py`
chooses among these readings and wraps them in its public API.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from desktop.core import legacy_tables as tables

_PRIVATE_FONT_AREA = re.compile("[\uf020-\uf0ff]")
_VNI_PATTERN = re.compile(
    f"[{tables.VNI_BASE_CHARS}][{tables.VNI_MARK_CHARS}]|[{tables.VNI_SINGLE_CHARS}]"
)
_WORD = re.compile(r"[^\W\d_]+")
_AMBIGUOUS = re.compile("[" + "".join(sorted(tables.TCVN3_CASE_AMBIGUOUS)) + "]")


def as_bytes_text(text: str) -> str:
    """Symbol fonts in Word may store byte b as U+F000+b; bring those back to U+00xx."""
    return _PRIVATE_FONT_AREA.sub(lambda m: chr(ord(m.group()) - 0xF000), text)


def _vni_replace(match: re.Match[str]) -> str:
    seq = match.group()
    found = tables.VNI_SEQUENCES.get(seq)
    if found is not None:
        return found
    return "".join(tables.VNI_SEQUENCES.get(ch, ch) for ch in seq)


def vni_to_unicode(text: str) -> str:
    """VNI-Windows text (one code point per legacy byte) to Unicode."""
    text = text.translate(tables.CP1252_CONTROLS)
    return _VNI_PATTERN.sub(_vni_replace, text)


def _word_case(word: str) -> bool | None:
    """True for an all-caps word, False for a lower/mixed one, None when it cannot tell."""
    plain = [ch for ch in word if ch not in tables.TCVN3_CASE_AMBIGUOUS]
    if any(ch.islower() for ch in plain):
        return False
    return True if len(plain) >= 2 else None


def _fix_tcvn3_case(line: str) -> str:
    """Capitalise toned letters in all-caps words: `VIÖT` was typed in the .VnTimeH font."""
    words = [m for m in _WORD.finditer(line) if _AMBIGUOUS.search(m.group())]
    if not words:
        return line
    cases = [_word_case(m.group()) for m in words]
    # A word that cannot tell (`Hµ`) follows the nearest word on its line that can; words
    # without such letters (`TP.`) neither change nor vote.
    for i, case in enumerate(cases):
        if case is None:
            before = next((c for c in reversed(cases[:i]) if c is not None), None)
            after = next((c for c in cases[i + 1 :] if c is not None), None)
            cases[i] = before if before is not None else after
    chars = list(line)
    for match, case in zip(words, cases, strict=True):
        if case:
            chars[match.start() : match.end()] = match.group().upper()
    return "".join(chars)


def tcvn3_to_unicode(text: str, all_caps: bool = False) -> str:
    """TCVN3 text (one code point per legacy byte) to Unicode, capitals rebuilt per word."""
    converted = text.translate(tables.TCVN3_TRANSLATE)
    if all_caps:
        return converted.upper()
    return "\n".join(_fix_tcvn3_case(line) for line in converted.split("\n"))


# VIQR: one escaped character, `dd`, or a vowel with its allowed vowel mark and one tone.
_VIQR_PIECE = re.compile(
    r"\\(?P<escaped>[\\(^+'`?~.dD])"
    r"|(?P<dd>[dD][dD])"
    r"|(?P<vowel>[aA][(^]?|[eE]\^?|[oO][\^+]?|[uU]\+?|[iIyY])(?P<tone>['`?~.]?)"
)
_VIQR_WORD = re.compile(r"\S+")
_VIQR_PUNCTUATION_TONES = ".?'"


def _viqr_piece(match: re.Match[str]) -> str:
    if match.group("escaped"):
        return match.group("escaped")
    if match.group("dd"):
        return "Đ" if match.group("dd")[0] == "D" else "đ"
    vowel = match.group("vowel")
    marks = "".join(tables.VIQR_VOWEL_MARKS[ch] for ch in vowel[1:])
    tone = tables.VIQR_TONES.get(match.group("tone"), "")
    return unicodedata.normalize("NFC", vowel[0] + marks + tone)


def _viqr_plain(word: str) -> str:
    return _VIQR_PIECE.sub(_viqr_piece, word)


_NEXT_CHAR = re.compile(r"[ \t]*(.?)", re.DOTALL)


def _next_char(match: re.Match[str]) -> str:
    """The first character after the match past spaces and tabs; '' at the end of the text."""
    found = _NEXT_CHAR.match(match.string, match.end())
    return found.group(1) if found else ""


def _last_syllable(text: str) -> str:
    words = _WORD.findall(text)
    return words[-1].casefold() if words else ""


def _viqr_readings(
    match: re.Match[str], is_syllable: Callable[[str], bool]
) -> tuple[str, str | None]:
    """Read one VIQR word: (reading, None) when sure, else (mark reading, punctuation reading).

    A final `.` or `?` may be punctuation before a line end or a capital; inside a sentence,
    and for a final `'`, only an impossible syllable makes it punctuation.
    """
    word = match.group()
    greedy = _viqr_plain(word)
    last = word[-1]
    if last not in _VIQR_PUNCTUATION_TONES or word.endswith("\\" + last):
        return greedy, None
    literal = _viqr_plain(word[:-1]) + last
    if literal == greedy:
        return greedy, None
    if last == "'":
        return (greedy if is_syllable(_last_syllable(greedy)) else literal), None
    following = _next_char(match)
    if following and following not in '\r\n"“(' and not following.isupper():
        return (greedy if is_syllable(_last_syllable(greedy)) else literal), None
    return greedy, literal


def _choose_viqr(
    match: re.Match[str],
    readings: tuple[str, str],
    counts: Counter[str],
    periods: bool,
    is_syllable: Callable[[str], bool],
) -> str:
    """Pick a reading of a word ending in `.`, `?` or `'`, which RFC 1456 wants escaped.

    An invalid syllable loses (`No^.i.` is `Nội.`: `Nộị` is none); else the syllable met more
    often elsewhere in the text wins (`giao.` is `giao.`, `nghi.` is `nghị`); else at a line end
    the writer's habit decides (`_periods_end_lines`), and inside a line the mark.
    """
    greedy, literal = readings
    greedy_word, literal_word = _last_syllable(greedy), _last_syllable(literal)
    literal_ok = is_syllable(literal_word)
    if not is_syllable(greedy_word):
        return literal if literal_ok else greedy
    if not literal_ok:
        return greedy
    if counts[greedy_word] != counts[literal_word]:
        return greedy if counts[greedy_word] > counts[literal_word] else literal
    if periods and match.group()[-1] in ".?" and _next_char(match) in ("", "\r", "\n"):
        return literal
    return greedy


_VIQR_SOFT = frozenset("aeiouyAEIOUY(^+'`?~.")


def _periods_end_lines(text: str) -> bool:
    """Whether this writer ends lines with an unescaped full stop.

    Lines that end in a consonant or digit plus `.` show the habit, lines that end in a letter
    show its absence; lines ending in a vowel plus `.` prove nothing.
    """
    with_stop = without_stop = 0
    for line in text.splitlines():
        tail = line.rstrip()[-2:]
        if len(tail) < 2:
            continue
        if tail[1] in ".?" and tail[0] not in _VIQR_SOFT:
            with_stop += 1
        elif tail[1].isalpha():
            without_stop += 1
    return with_stop > without_stop


def viqr_to_unicode(text: str, is_syllable: Callable[[str], bool]) -> str:
    """VIQR (`Vie^.t Nam`, `dd`, `\\` escapes) to Unicode; `is_syllable` judges readings."""
    pieces: list[str] = []
    undecided: list[tuple[int, re.Match[str], str, str]] = []
    last = 0
    for match in _VIQR_WORD.finditer(text):
        pieces.append(text[last : match.start()])
        greedy, literal = _viqr_readings(match, is_syllable)
        if literal is not None:
            undecided.append((len(pieces), match, greedy, literal))
            pieces.append("")
        else:
            pieces.append(greedy)
        last = match.end()
    pieces.append(text[last:])
    if undecided:
        # Syllables of the words read without doubt tell which reading this writer uses.
        counts = Counter(word.casefold() for word in _WORD.findall("".join(pieces)))
        periods = _periods_end_lines(text)
        escapes = "\\." in text or "\\?" in text  # RFC 1456 writer: a bare mark is a mark
        for index, match, greedy, literal in undecided:
            pieces[index] = (
                greedy
                if escapes
                else _choose_viqr(match, (greedy, literal), counts, periods, is_syllable)
            )
    return "".join(pieces)
