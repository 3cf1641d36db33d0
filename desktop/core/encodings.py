"""Bytes -> Vietnamese Unicode text: BOMs, UTF-8/16, Windows-1258, TCVN3, VNI, VIQR.

Charset detectors fail on the Vietnamese legacy codes, so after the Unicode checks `decode`
tries each legacy decoding and keeps the one whose words are most often valid Vietnamese
syllables (DOMAIN §2). Tables live in `legacy_tables.py`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from desktop.core import legacy_tables as tables
from desktop.core.text import normalize


class UndecodableError(ValueError):
    """The bytes are not text we can read; str(exc) is a message for the user."""


@dataclass(frozen=True)
class Decoded:
    text: str  # NFC, via desktop.core.text.normalize
    encoding: str  # one of ENCODINGS keys
    confidence: float  # 0..1, share of valid Vietnamese syllables in the chosen decoding


ENCODINGS: dict[str, str] = {
    "utf-8": "Unicode (UTF-8)",
    "utf-16": "Unicode (UTF-16)",
    "cp1258": "Windows-1258 (CP1258)",
    "tcvn3": "TCVN3 (ABC, phông .VnTime)",
    "vni": "VNI (phông VNI-Times)",
    "viqr": "VIQR (Vie^.t Nam)",
    "cp1252": "Windows-1252 (Tây Âu, không dấu tiếng Việt)",
}

MSG_EMPTY = "Tệp rỗng"
MSG_BINARY = "Tệp có vẻ là tệp nhị phân, không phải văn bản"
MSG_UNKNOWN = (
    "Không nhận ra bảng mã của tệp: nội dung không giống văn bản tiếng Việt. "
    "Hãy thử chọn bảng mã bằng tay."
)

_GUESS_ORDER = ("cp1258", "tcvn3", "vni", "viqr")  # earlier wins a tie
_MIN_VIETNAMESE = 0.5  # share of valid marked words below which a guess is not Vietnamese
_BINARY_CONTROLS = 0.02  # share of control bytes above which data is not text
_CONTROL_BYTES = frozenset(set(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B} | {0x7F})


# --- syllable validator ---------------------------------------------------------------------
_ONSETS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)  # fmt: skip
_RHYMES = frozenset(
    """
    a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt
    âc âm ân âng âp ât âu ây e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
    i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
    o oc oi om on ong op ot oong ooc ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
    u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
    ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
    y yêm yên yêng yêt yêu
    oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet
    uê uêch uênh uơ uân uâng uât uây uy uya uych uyên uyêt uynh uyt uyu
    """.split()
)
_QU_ONLY_RHYMES = frozenset({"ynh", "yt", "ych"})  # quỳnh, quýt, quých: u is the glide
# /w/ after c or k is written qu, and labials take no /w/: `cuỷa`, `boa` are no syllables.
_GLIDES = ("oa", "oă", "oe", "uy", "uê", "uơ", "uâ")
_NO_GLIDE = frozenset({"c", "k", "b", "m", "p", "ph", "v"})
_FRONT = "ieêy"  # k, gh, ngh go only before these; c, g, ng never
_STOP_CODAS = ("c", "ch", "p", "t")  # a closed syllable takes only the acute or dot tone
_ALPHABET = frozenset("aăâbcdđeêghiklmnoôơpqrstuưvxy")


def _rhyme_fits(onset: str, rhyme: str) -> bool:
    if onset == "gi":  # gi + a (gia), or g + i... (gì, gìn, giết): the i may be shared
        return rhyme in _RHYMES or ("i" + rhyme) in _RHYMES
    if onset == "qu":
        return (
            bool(rhyme)
            and not rhyme.startswith(("u", "o"))
            and (rhyme in _RHYMES or rhyme in _QU_ONLY_RHYMES)
        )
    if rhyme not in _RHYMES:
        return False
    if onset in _NO_GLIDE and rhyme.startswith(_GLIDES):
        return False
    if onset in ("k", "gh", "ngh"):
        return rhyme[0] in _FRONT
    if onset in ("c", "g", "ng"):
        return rhyme[0] not in "ieê"
    return True


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """True when `word` spells one Vietnamese syllable: onset + rhyme, at most one tone.

    Checks the onset, the rhyme against the list of Vietnamese rhymes, the spelling rules for
    c/k/q, g/gh, ng/ngh, and that a syllable closed by c, ch, p or t has an acute or dot tone.
    Case and tone placement (`hoà`/`hòa`) do not matter.
    """
    parts = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in parts if ch in tables.TONES]
    if len(tones) > 1:
        return False
    letters = unicodedata.normalize("NFC", "".join(ch for ch in parts if ch not in tables.TONES))
    if not letters or not set(letters) <= _ALPHABET:
        return False
    tone = tones[0] if tones else ""
    for onset in _ONSETS:
        if not letters.startswith(onset):
            continue
        rhyme = letters[len(onset) :]
        if not _rhyme_fits(onset, rhyme):
            continue
        if rhyme.endswith(_STOP_CODAS) and tone not in (tables.ACUTE, tables.DOT):
            continue
        return True
    return False


# --- scoring --------------------------------------------------------------------------------
# Words are split on spaces and punctuation, but not on Latin-1 symbols: in a wrong decoding
# `§¶ng` or `Hµ` must stay one (invalid) word rather than leave a valid `ng` or `H` behind.
_HAS_LETTER = re.compile(r"[^\W\d_]")
_TOKEN_SPLIT = re.compile(r"[\s!-/:-@\[-`{-~\u2010-\u2027\u00a0\u00ab\u00bb]+")


@dataclass(frozen=True)
class _Score:
    marked_share: float  # valid share among words with a non-ASCII letter
    marked: int
    confidence: float  # valid share among all words with a letter


def _score(text: str) -> _Score:
    words = valid = marked = marked_valid = 0
    for token, count in Counter(_TOKEN_SPLIT.split(text)).items():
        if not _HAS_LETTER.search(token):
            continue
        # `chƯ` (TCVN3 `chÝ` read as cp1258) spells a syllable but no writer's casing
        cased = token.islower() or token.isupper() or token.istitle()
        ok = count if cased and is_vietnamese_syllable(token) else 0
        words += count
        valid += ok
        if not token.isascii():
            marked += count
            marked_valid += ok
    return _Score(
        marked_share=marked_valid / marked if marked else 0.0,
        marked=marked,
        confidence=valid / words if words else 0.0,
    )


# --- legacy decoders (text whose code points are the legacy bytes) --------------------------
_PRIVATE_FONT_AREA = re.compile("[\uf020-\uf0ff]")
_VNI_PATTERN = re.compile(
    f"[{tables.VNI_BASE_CHARS}][{tables.VNI_MARK_CHARS}]|[{tables.VNI_SINGLE_CHARS}]"
)
_TCVN3_WORD = re.compile(r"[^\W\d_]+")
_AMBIGUOUS = re.compile("[" + "".join(sorted(tables.TCVN3_CASE_AMBIGUOUS)) + "]")


def _as_bytes_text(text: str) -> str:
    """Symbol fonts in Word may store byte b as U+F000+b; bring those back to U+00xx."""
    return _PRIVATE_FONT_AREA.sub(lambda m: chr(ord(m.group()) - 0xF000), text)


def _vni_replace(match: re.Match[str]) -> str:
    seq = match.group()
    found = tables.VNI_SEQUENCES.get(seq)
    if found is not None:
        return found
    return "".join(tables.VNI_SEQUENCES.get(ch, ch) for ch in seq)


def _vni_to_unicode(text: str) -> str:
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
    words = [m for m in _TCVN3_WORD.finditer(line) if _AMBIGUOUS.search(m.group())]
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


def _tcvn3_to_unicode(text: str, all_caps: bool = False) -> str:
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


def _last_syllable(text: str) -> str:
    words = _TCVN3_WORD.findall(text)
    return words[-1].casefold() if words else ""


def _viqr_readings(match: re.Match[str]) -> tuple[str, str | None]:
    """The greedy reading of a VIQR word and, where it could be one, a reading that takes its
    final `.` or `?` for punctuation: before a line end or a capital, or when `'` ends a word
    that the mark would spoil."""
    word = match.group()
    greedy = _viqr_plain(word)
    last = word[-1]
    if last not in _VIQR_PUNCTUATION_TONES or word.endswith("\\" + last):
        return greedy, None
    literal = _viqr_plain(word[:-1]) + last
    if literal == greedy:
        return greedy, None
    if last == "'":
        greedy_bad = not is_vietnamese_syllable(_last_syllable(greedy))
        return (literal, None) if greedy_bad else (greedy, None)
    rest = match.string[match.end() :].lstrip(" \t")
    if rest and rest[0] not in "\r\n" and not rest[0].isupper() and rest[0] not in '"“(':
        # mid-sentence: only an impossible syllable makes the mark punctuation
        if is_vietnamese_syllable(_last_syllable(greedy)):
            return greedy, None
        return literal, None
    return greedy, literal


def _choose_viqr(
    match: re.Match[str], greedy: str, literal: str, counts: Counter[str], periods: bool
) -> str:
    """Pick a reading of a word ending in `.`, `?` or `'`, which RFC 1456 wants escaped.

    An invalid syllable loses (`No^.i.` is `Nội.`: `Nộị` is none); else the syllable met more
    often elsewhere in the text wins (`giao.` is `giao.`, `nghi.` is `nghị`); else at a line end
    the writer's habit decides (`_periods_end_lines`), and inside a line the mark.
    """
    greedy_word, literal_word = _last_syllable(greedy), _last_syllable(literal)
    literal_ok = is_vietnamese_syllable(literal_word)
    if not is_vietnamese_syllable(greedy_word):
        return literal if literal_ok else greedy
    if not literal_ok:
        return greedy
    if counts[greedy_word] != counts[literal_word]:
        return greedy if counts[greedy_word] > counts[literal_word] else literal
    if periods and match.group()[-1] in ".?":
        rest = match.string[match.end() :].lstrip(" \t")
        if not rest or rest[0] in "\r\n":
            return literal
    return greedy


_VIQR_SOFT = frozenset("aeiouyAEIOUY(^+'`?~.")


def _periods_end_lines(text: str) -> bool:
    """Whether this writer ends lines with an unescaped full stop.

    Lines that end in a consonant or digit plus `.` show the habit, lines that end in a letter
    show its absence; lines ending in a vowel plus `.` prove nothing. A writer who escapes
    (`\\.`) follows RFC 1456, so a bare `.` after a vowel is a tone.
    """
    if "\\." in text or "\\?" in text:
        return False
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


def _viqr_to_unicode(text: str) -> str:
    pieces: list[str] = []
    undecided: list[tuple[int, re.Match[str], str, str]] = []
    last = 0
    for match in _VIQR_WORD.finditer(text):
        pieces.append(text[last : match.start()])
        greedy, literal = _viqr_readings(match)
        if literal is not None:
            undecided.append((len(pieces), match, greedy, literal))
            pieces.append("")
        else:
            pieces.append(greedy)
        last = match.end()
    pieces.append(text[last:])
    if undecided:
        # Syllables of the words read without doubt tell which reading this writer uses.
        counts = Counter(word.casefold() for word in _TCVN3_WORD.findall("".join(pieces)))
        periods = _periods_end_lines(text)
        escapes = "\\." in text or "\\?" in text  # RFC 1456 writer: a bare mark is a mark
        for index, match, greedy, literal in undecided:
            pieces[index] = (
                greedy if escapes else _choose_viqr(match, greedy, literal, counts, periods)
            )
    return "".join(pieces)


_CONVERTERS: dict[str, Callable[[str], str]] = {
    "tcvn3": _tcvn3_to_unicode,
    "vni": _vni_to_unicode,
    "viqr": _viqr_to_unicode,
}


def convert_legacy(text: str, encoding: str, *, all_caps: bool = False) -> str:
    """Map text whose code points are legacy bytes (a .docx run in `.VnTime`) to Unicode.

    Returns NFC text without other changes (runs are joined by the caller, so spaces stay).
    `all_caps` is for runs in an all-caps font such as `.VnTimeH` (see `is_caps_font`).
    """
    if encoding not in _CONVERTERS:
        raise ValueError(f"not a legacy encoding: {encoding!r}")
    text = _as_bytes_text(text)
    if encoding == "tcvn3":
        converted = _tcvn3_to_unicode(text, all_caps=all_caps)
    else:
        converted = _CONVERTERS[encoding](text)
        converted = converted.upper() if all_caps else converted
    return unicodedata.normalize("NFC", converted)


# --- fonts ------------------------------------------------------------------------------------
def encoding_for_font(font_name: str) -> str | None:
    """The legacy encoding a font implies: `.VnTime`/`.VnTimeH` -> tcvn3, `VNI-Times` -> vni."""
    name = font_name.strip()
    if name.lower().startswith(".vn"):
        return "tcvn3"
    if name.lower().startswith("vni-") or name.lower().startswith("vni "):
        return "vni"
    return None


def is_caps_font(font_name: str) -> bool:
    """ABC fonts ending in `H` (`.VnTimeH`, `.VnArialH`) draw every letter as a capital."""
    name = font_name.strip()
    return encoding_for_font(name) == "tcvn3" and name.endswith("H")


# --- byte-level decoding -------------------------------------------------------------------
def _decode_legacy_bytes(data: bytes, encoding: str) -> str:
    if encoding == "cp1258":
        return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    if encoding == "viqr":
        return _viqr_to_unicode(data.decode("cp1252", errors="replace"))
    return _CONVERTERS[encoding](data.decode("latin-1"))


def _utf16_order(data: bytes) -> str | None:
    """'le' or 'be' when zero bytes sit on one side of the pairs, as in UTF-16 text."""
    pairs = len(data) // 2
    if pairs < 2:
        return None
    zeros_even = data[0 : pairs * 2 : 2].count(0)
    zeros_odd = data[1 : pairs * 2 : 2].count(0)
    if zeros_odd >= 0.2 * pairs and zeros_even <= 0.02 * pairs:
        return "le"
    if zeros_even >= 0.2 * pairs and zeros_odd <= 0.02 * pairs:
        return "be"
    return None


def _is_binary(data: bytes) -> bool:
    if 0 in data:
        return True
    controls = sum(data.count(byte) for byte in _CONTROL_BYTES)
    return controls > max(3, _BINARY_CONTROLS * len(data))


def _result(text: str, encoding: str) -> Decoded:
    text = normalize(text)
    if not text.strip():
        raise UndecodableError(MSG_EMPTY)  # only spaces and line breaks
    return Decoded(text=text, encoding=encoding, confidence=round(_score(text).confidence, 4))


def _decode_utf16(data: bytes, order: str) -> str:
    return data.decode(f"utf-16-{order}", errors="replace")


_TYPOGRAPHY = frozenset("–—‘’‚“”„…•·°§€£¥©®«»\u00a0")


def _looks_plain(text: str) -> bool:
    """Western text read as cp1252: mostly ASCII, and no run of stray symbols."""
    if not text:
        return False
    ascii_chars = sum(ch.isascii() for ch in text)
    usual = sum(ch.isascii() or ch.isalnum() or ch in _TYPOGRAPHY for ch in text)
    return ascii_chars >= 0.7 * len(text) and usual >= 0.97 * len(text)


def _has_viqr_marks(text: str) -> bool:
    return any(ch in text for ch in "^(+'`?~.") or "dd" in text.lower()


def _guess_utf8(text: str) -> Decoded:
    """Valid UTF-8 is UTF-8, unless it is VIQR or a legacy font's text saved as Unicode.

    ASCII VIQR (`Vie^.t`) and TCVN3 read through a Windows code page (`ViÖt`) are both valid
    UTF-8; they win only when they make clearly more valid marked words than the text as is.
    """
    score = _score(text)
    if score.marked >= 3 and score.marked_share >= _MIN_VIETNAMESE:
        return _result(text, "utf-8")
    candidates: list[tuple[str, str]] = []
    if _has_viqr_marks(text):
        candidates.append(("viqr", _viqr_to_unicode(text)))
    if score.marked >= 3:
        candidates += [(enc, convert_legacy(text, enc)) for enc in ("tcvn3", "vni")]
    for encoding, converted in candidates:
        if converted == text:
            continue
        converted_score = _score(converted)
        if converted_score.marked >= 2 and converted_score.marked_share >= 0.7:
            return _result(converted, encoding)
    return _result(text, "utf-8")


def _guess_legacy(data: bytes) -> Decoded:
    best: tuple[float, float] = (-1.0, -1.0)
    best_encoding, best_text = "", ""
    for encoding in _GUESS_ORDER:
        try:
            if encoding == "cp1258":
                text = unicodedata.normalize("NFC", data.decode("cp1258"))
            else:
                text = _decode_legacy_bytes(data, encoding)
        except UnicodeDecodeError:
            continue  # bytes undefined in cp1258: not a cp1258 file
        score = _score(text)
        key = (score.marked_share, score.confidence)
        if key > best:
            best, best_encoding, best_text = key, encoding, text
    if best[0] >= _MIN_VIETNAMESE:
        return _result(best_text, best_encoding)
    western = data.decode("cp1252", errors="replace")
    if _looks_plain(western):
        return _result(western, "cp1252")
    raise UndecodableError(MSG_UNKNOWN)


def decode(data: bytes) -> Decoded:
    """Detect the encoding of `data` and return its text.

    Order: BOM, UTF-16 without BOM when the zero bytes show it, binary check, strict UTF-8
    (ASCII may turn out to be VIQR), then the legacy candidates scored by valid syllables.
    Raises UndecodableError for empty or binary data and for bytes that read as nothing.
    """
    if not data:
        raise UndecodableError(MSG_EMPTY)
    if data.startswith(b"\xef\xbb\xbf"):
        return _result(data[3:].decode("utf-8", errors="replace"), "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _result(data.decode("utf-16", errors="replace"), "utf-16")
    order = _utf16_order(data)
    if order is not None:
        try:
            text = data.decode(f"utf-16-{order}")
        except UnicodeDecodeError:
            text = ""
        if text and not _is_binary(text.encode("utf-8")):
            return _result(text, "utf-16")
    if _is_binary(data):
        raise UndecodableError(MSG_BINARY)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _guess_legacy(data)
    return _guess_utf8(text)


def decode_as(data: bytes, encoding: str) -> Decoded:
    """Decode with the encoding the user chose; bytes that do not fit become `�`.

    For tcvn3 and vni, data that is valid UTF-8 with non-ASCII characters is taken as a legacy
    font's text already saved as Unicode, which is how such files usually reach us today.
    """
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown encoding: {encoding!r}")
    if not data:
        raise UndecodableError(MSG_EMPTY)
    if encoding == "utf-8":
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")
        return _result(text, encoding)
    if encoding == "utf-16":
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return _result(data.decode("utf-16", errors="replace"), encoding)
        return _result(_decode_utf16(data, _utf16_order(data) or "le"), encoding)
    if encoding == "cp1252":
        return _result(data.decode("cp1252", errors="replace"), encoding)
    if encoding in ("tcvn3", "vni"):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = ""
        if text and not text.isascii():
            return _result(convert_legacy(text, encoding), encoding)
    return _result(_decode_legacy_bytes(data, encoding), encoding)
