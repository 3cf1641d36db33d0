"""Byte tables of the pre-Unicode Vietnamese encodings: TCVN3 (ABC), VNI-Windows and VIQR.

Python has no codec for these, so `encodings.py` decodes with the tables here. Every legacy
byte string is first read as Latin-1 (one code point per byte) and then mapped, which is also
how Word stores a run typed in a `.VnTime` or `VNI-Times` font: the legacy bytes as Windows
code points. The inverse functions (`encode_*`) write text the way those fonts expect; they
serve tests and anyone who must export to an old office.

Sources for the code points: TCVN 5712:1993 as published in GNU libiconv (`tcvn.h`), the
VNI-Windows chart of the VietUnicode project, RFC 1456 for VIQR, and well-known real strings
(`Céng hoµ x· héi chñ nghÜa ViÖt Nam`, `Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam`).
"""

from __future__ import annotations

import unicodedata

ACUTE, GRAVE, HOOK, TILDE, DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
BREVE, CIRCUMFLEX, HORN = "\u0306", "\u0302", "\u031b"
TONES = (ACUTE, GRAVE, HOOK, TILDE, DOT)


def _cp1252_controls() -> dict[int, str]:
    """Bytes 0x80-0x9F mean Windows punctuation (“ ” – …) in files saved by Windows tools."""
    table: dict[int, str] = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue  # undefined in cp1252 (0x81, 0x8D, ...): keep the code point
    return table


CP1252_CONTROLS = _cp1252_controls()

# --- TCVN3 (ABC) ----------------------------------------------------------------------------
# The ABC fonts (.VnTime ...) hold the 67 lowercase letters and only seven capitals (Ă Â Ê Ô Ơ
# Ư Đ); a toned capital is typed with the same byte in the all-caps twin font (.VnTimeH).
# Each run lists the letters of consecutive bytes, starting at the given byte.
_TCVN3_RUNS: tuple[tuple[int, str], ...] = (
    (0xA1, "ĂÂÊÔƠƯĐăâêôơưđ"),
    (0xB5, "àảãáạ"),
    (0xBB, "ằẳẵắ"),
    (0xC6, "ặầẩẫấậè"),
    (0xCE, "ẻẽéẹềểễếệìỉ"),
    (0xDC, "ĩíịò"),
    (0xE1, "ỏõóọồổỗốộờởỡớợù"),
    (0xF1, "ủũúụừửữứựỳỷỹýỵ"),
)
# TCVN 5712 (VN1) also places some toned capitals where the ABC fonts have nothing, so reading
# them costs nothing. Its capitals in 0x80-0x9F are not used: ABC files have Windows
# punctuation there, which is far more common.
_TCVN3_VN1_CAPITALS: dict[int, str] = {
    0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ", 0x12: "Ự", 0x13: "Ỳ",
    0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ", 0xAF: "Ằ", 0xBA: "Ẳ", 0xBF: "Ẵ", 0xC0: "Ắ",
    0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ", 0xC5: "Ề", 0xCD: "Ể", 0xD9: "Ễ", 0xDA: "Ế",
    0xDB: "Ồ", 0xE0: "Ổ", 0xF0: "Ỗ", 0xFF: "Ố",
}  # fmt: skip


def _tcvn3_letters() -> dict[int, str]:
    table: dict[int, str] = {}
    for start, letters in _TCVN3_RUNS:
        for offset, letter in enumerate(letters):
            table[start + offset] = letter
    return table


TCVN3_LETTERS: dict[int, str] = _tcvn3_letters()
# str.translate table: Latin-1 code point -> Unicode text.
TCVN3_TRANSLATE: dict[int, str] = {**CP1252_CONTROLS, **_TCVN3_VN1_CAPITALS, **TCVN3_LETTERS}
# Letters that the all-caps fonts show as capitals: the lowercase ones of the ABC table.
TCVN3_CASE_AMBIGUOUS = frozenset(ch for ch in TCVN3_LETTERS.values() if ch.islower())

_TCVN3_ENCODE: dict[str, int] = {letter: byte for byte, letter in TCVN3_LETTERS.items()}

# --- VNI-Windows -----------------------------------------------------------------------------
# A VNI letter is an ASCII base followed by one mark byte; the mark byte's case follows the
# base's (`aù` á, `AÙ` Á). A few letters are single bytes (ì í ỉ ĩ ị ỵ đ ơ ư).
VNI_TONE_MARKS: dict[str, str] = {"ù": ACUTE, "ø": GRAVE, "û": HOOK, "õ": TILDE, "ï": DOT}
VNI_CIRCUMFLEX_MARKS: dict[str, str] = {
    "â": "", "á": ACUTE, "à": GRAVE, "å": HOOK, "ã": TILDE, "ä": DOT,
}  # fmt: skip
VNI_BREVE_MARKS: dict[str, str] = {
    "ê": "", "é": ACUTE, "è": GRAVE, "ú": HOOK, "ü": TILDE, "ë": DOT,
}  # fmt: skip
VNI_SINGLES: dict[str, str] = {
    "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ", "ô": "ơ", "ö": "ư",
}  # fmt: skip
# Bases that take a following mark byte: ASCII vowels, and the single bytes for ơ and ư.
_VNI_BASES: dict[str, str] = {"a": "a", "e": "e", "o": "o", "u": "u", "y": "y", "ô": "ơ", "ö": "ư"}


def _compose(base: str, *marks: str) -> str:
    return unicodedata.normalize("NFC", base + "".join(marks))


def _vni_sequences() -> dict[str, str]:
    """Every VNI spelling (one or two Latin-1 characters) -> its Unicode letter."""
    table: dict[str, str] = {}
    for single, letter in VNI_SINGLES.items():
        table[single] = letter
        table[single.upper()] = letter.upper()
    for raw_base, base in _VNI_BASES.items():
        groups: list[tuple[dict[str, str], str]] = [(VNI_TONE_MARKS, "")]
        if base in "aeo":
            groups.append((VNI_CIRCUMFLEX_MARKS, CIRCUMFLEX))
        if base == "a":
            groups.append((VNI_BREVE_MARKS, BREVE))
        for marks, vowel_mark in groups:
            for mark_char, tone in marks.items():
                letter = _compose(base, vowel_mark, tone)
                for mark in (mark_char, mark_char.upper()):
                    table[raw_base + mark] = letter
                    table[raw_base.upper() + mark] = letter.upper()
    return table


VNI_SEQUENCES: dict[str, str] = _vni_sequences()
VNI_BASE_CHARS = "".join(sorted({key[0] for key in VNI_SEQUENCES if len(key) == 2}))
VNI_MARK_CHARS = "".join(sorted({key[1] for key in VNI_SEQUENCES if len(key) == 2}))
VNI_SINGLE_CHARS = "".join(sorted(key for key in VNI_SEQUENCES if len(key) == 1))

# --- VIQR (RFC 1456) -------------------------------------------------------------------------
VIQR_VOWEL_MARKS: dict[str, str] = {"(": BREVE, "^": CIRCUMFLEX, "+": HORN}
VIQR_TONES: dict[str, str] = {"'": ACUTE, "`": GRAVE, "?": HOOK, "~": TILDE, ".": DOT}
# Which vowel mark each base vowel accepts.
VIQR_ALLOWED_MARKS: dict[str, str] = {"a": "(^", "e": "^", "o": "^+", "u": "+", "i": "", "y": ""}
_VIQR_MARK_OF = {mark: char for char, mark in {**VIQR_VOWEL_MARKS, **VIQR_TONES}.items()}


# --- inverse: Unicode -> legacy ---------------------------------------------------------------
def _split(letter: str) -> tuple[str, str, str]:
    """Split one letter into ASCII base, vowel mark (breve/circumflex/horn) and tone."""
    parts = unicodedata.normalize("NFD", letter)
    vowel_mark = next((m for m in parts[1:] if m in (BREVE, CIRCUMFLEX, HORN)), "")
    tone = next((m for m in parts[1:] if m in TONES), "")
    return parts[0], vowel_mark, tone


def encode_tcvn3(text: str) -> bytes:
    """Write text as an ABC-font file would hold it; toned capitals take the lowercase byte."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in _TCVN3_ENCODE:
            out.append(_TCVN3_ENCODE[ch])
        elif ch.lower() in _TCVN3_ENCODE:
            out.append(_TCVN3_ENCODE[ch.lower()])  # as typed in the .VnTimeH font
        else:
            out += ch.encode("cp1252", errors="replace")
    return bytes(out)


_VNI_ENCODE_SINGLE = {letter: raw for raw, letter in VNI_SEQUENCES.items() if len(raw) == 1}
_VNI_TONE_CHAR = {tone: char for char, tone in VNI_TONE_MARKS.items()}
_VNI_CIRCUMFLEX_CHAR = {tone: char for char, tone in VNI_CIRCUMFLEX_MARKS.items()}
_VNI_BREVE_CHAR = {tone: char for char, tone in VNI_BREVE_MARKS.items()}


def _vni_letter(ch: str) -> str:
    if ch in _VNI_ENCODE_SINGLE:
        return _VNI_ENCODE_SINGLE[ch]
    base, vowel_mark, tone = _split(ch)
    if vowel_mark == HORN:
        head = _VNI_ENCODE_SINGLE[_compose(base, HORN)]
        return head + (_VNI_TONE_CHAR[tone] if tone else "")
    if vowel_mark == CIRCUMFLEX:
        mark = _VNI_CIRCUMFLEX_CHAR[tone]
    elif vowel_mark == BREVE:
        mark = _VNI_BREVE_CHAR[tone]
    elif tone:
        mark = _VNI_TONE_CHAR[tone]
    else:
        return ch
    return base + (mark.upper() if base.isupper() else mark)


def encode_vni(text: str) -> bytes:
    """Write text as a VNI-font file would hold it."""
    pieces: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        pieces.append(ch if ord(ch) < 0x80 else _vni_letter(ch))
    return "".join(pieces).encode("cp1252", errors="replace")


def encode_viqr(text: str) -> str:
    """Write text in VIQR, escaping with `\\` what a reader would take for a mark or `đ`."""
    pieces: list[str] = []
    previous = ""
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            piece = "dd" if ch == "đ" else "DD"
        elif ch == "\\" or (ch in _VIQR_MARK_OF.values() and previous.isalpha()):
            piece = "\\" + ch
        elif ch in "dD" and previous in ("d", "D"):
            piece = "\\" + ch  # `dd` would read as đ
        elif ord(ch) >= 0x80 and ch.isalpha():
            base, vowel_mark, tone = _split(ch)
            piece = base + "".join(_VIQR_MARK_OF[m] for m in (vowel_mark, tone) if m)
        else:
            piece = ch
        pieces.append(piece)
        previous = ch
    return "".join(pieces)


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Word wrote it: letters with their vowel mark, the tone combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, vowel_mark, tone = _split(ch)
        out += (_compose(base, vowel_mark) + tone).encode("cp1258", errors="replace")
    return bytes(out)
