"""Bytes -> Vietnamese Unicode text: BOMs, UTF-8/16, Windows-1258, TCVN3, VNI, VIQR.

Charset detectors fail on the Vietnamese legacy codes, so after the Unicode checks `decode`
tries each legacy decoding and keeps the one whose words are most often valid Vietnamese
syllables (DOMAIN §2). Byte tables live in `legacy_tables.py`, the text-level converters in
`legacy_convert.py`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from desktop.core import legacy_tables as tables
from desktop.core.legacy_convert import (
    as_bytes_text,
    tcvn3_to_unicode,
    viqr_to_unicode,
    vni_to_unicode,
)
from desktop.core.text import normalize


class UndecodableError(ValueError):
    """The bytes are not text we can read; str(exc) is a message for the user."""


class UnknownEncodingError(UndecodableError):
    """Text, but in no encoding we recognise: worth keeping for the user to choose one."""


@dataclass(frozen=True)
class Decoded:
    text: str  # NFC, via desktop.core.text.normalize
    encoding: str  # one of ENCODINGS keys

    @cached_property
    def confidence(self) -> float:
        """0..1, share of valid Vietnamese syllables in the decoded text. Counted when asked:
        scoring a whole article cost as much as deciding its encoding, and an import never
        asks."""
        return round(_score(self.text).confidence, 4)


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
_SAMPLE = 1 << 16  # bytes or characters enough to choose an encoding; the rest just decodes
# Valid UTF-8 whose first characters are this clearly Vietnamese is taken as UTF-8 without
# scoring the rest of the sample (half the cost of reading a typical article): VIQR is ASCII,
# and legacy text read as Unicode (`ViÖt`) spells almost no valid marked syllable.
_HEAD = 2048
_HEAD_MARKED = 20  # marked words in the head, and the share of them that must be valid:
_HEAD_SHARE = 0.9
_CONTROL_BYTES = frozenset(set(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B} | {0x7F})
_NOT_CONTROL = bytes(sorted(set(range(256)) - _CONTROL_BYTES))


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


# A token's counts packed in one int (words, valid, marked, marked valid; a field per 32 bits,
# more than any text's token count), so a text's counts are one C-level sum of table lookups.
_FIELD = 32
_FIELD_MASK = (1 << _FIELD) - 1


def _token_counts(token: str) -> int:
    if not _HAS_LETTER.search(token):
        return 0
    # `chƯ` (TCVN3 `chÝ` read as cp1258) spells a syllable but no writer's casing
    cased = token.islower() or token.isupper() or token.istitle()
    ok = 1 if cased and is_vietnamese_syllable(token) else 0
    counts = 1 | ok << _FIELD
    if not token.isascii():
        counts |= 1 << 2 * _FIELD | ok << 3 * _FIELD
    return counts


class _ChunkCounts(dict[str, int]):
    """The packed counts of the tokens of one whitespace-free chunk, remembered: str.split
    (C, 3x faster than the token regex) cuts the text, and chunks recur as words do. Tokens
    never span whitespace, which `_TOKEN_SPLIT` splits on, so the tokens are the same."""

    def __missing__(self, chunk: str) -> int:
        if len(self) >= 100_000:  # numbers and names keep coming; words come back
            self.clear()
        counts = self[chunk] = sum(map(_token_counts, _TOKEN_SPLIT.split(chunk)))
        return counts


_chunk_counts = _ChunkCounts().__getitem__


def _score(text: str) -> _Score:
    total = sum(map(_chunk_counts, text.split()))
    words, valid, marked, marked_valid = (
        total >> shift & _FIELD_MASK for shift in range(0, 4 * _FIELD, _FIELD)
    )
    return _Score(
        marked_share=marked_valid / marked if marked else 0.0,
        marked=marked,
        confidence=valid / words if words else 0.0,
    )


def _viqr(text: str) -> str:
    return viqr_to_unicode(text, is_vietnamese_syllable)


# --- legacy text ----------------------------------------------------------------------------
_CONVERTERS: dict[str, Callable[[str], str]] = {
    "tcvn3": tcvn3_to_unicode,
    "vni": vni_to_unicode,
    "viqr": _viqr,
}


def convert_legacy(text: str, encoding: str, *, all_caps: bool = False) -> str:
    """Map text whose code points are legacy bytes (a .docx run in `.VnTime`) to Unicode.

    Returns NFC text without other changes (runs are joined by the caller, so spaces stay).
    `all_caps` is for runs in an all-caps font such as `.VnTimeH` (see `is_caps_font`).
    """
    if encoding not in _CONVERTERS:
        raise ValueError(f"not a legacy encoding: {encoding!r}")
    text = as_bytes_text(text)
    if encoding == "tcvn3":
        converted = tcvn3_to_unicode(text, all_caps=all_caps)
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
def _decode_legacy_bytes(data: bytes, encoding: str, strict: bool = False) -> str:
    """Bytes in a legacy encoding to text; `strict` refuses bytes cp1258 leaves undefined."""
    if encoding == "cp1258":
        text = data.decode("cp1258", errors="strict" if strict else "replace")
        return unicodedata.normalize("NFC", text)
    if encoding == "viqr":
        try:  # VIQR is ASCII, but its quotes and dashes may come in UTF-8
            return _viqr(data.decode("utf-8"))
        except UnicodeDecodeError:
            return _viqr(data.decode("cp1252", errors="replace"))
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
    controls = len(data.translate(None, _NOT_CONTROL))  # one pass, not one per control byte
    return controls > max(3, _BINARY_CONTROLS * len(data))


def _result(text: str, encoding: str) -> Decoded:
    """The decoded text, normalised; refused when nothing but white space is left."""
    text = normalize(text)
    if not text.strip():
        raise UndecodableError(MSG_EMPTY)  # only spaces and line breaks
    return Decoded(text=text, encoding=encoding)


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
    head = text[:_HEAD]
    score = _score(head)
    if score.marked >= _HEAD_MARKED and score.marked_share >= _HEAD_SHARE:
        return _result(text, "utf-8")
    sample = text[:_SAMPLE]
    if sample != head:
        score = _score(sample)
    if score.marked >= 3 and score.marked_share >= _MIN_VIETNAMESE:
        return _result(text, "utf-8")
    candidates = ["viqr"] if _has_viqr_marks(sample) else []
    candidates += ["tcvn3", "vni"] if score.marked >= 3 else []
    for encoding in candidates:
        converted = convert_legacy(sample, encoding)
        if converted == sample:
            continue
        converted_score = _score(converted)
        if converted_score.marked >= 2 and converted_score.marked_share >= 0.7:
            full = converted if sample == text else convert_legacy(text, encoding)
            return _result(full, encoding)
    return _result(text, "utf-8")


def _guess_legacy(data: bytes) -> Decoded:
    sample = data[:_SAMPLE]
    best: tuple[float, float] = (-1.0, -1.0)
    best_encoding, best_text = "", ""
    for encoding in _GUESS_ORDER:
        try:
            text = _decode_legacy_bytes(sample, encoding, strict=True)
        except UnicodeDecodeError:
            continue  # bytes undefined in cp1258: not a cp1258 file
        score = _score(text)
        key = (score.marked_share, score.confidence)
        if key > best:
            best, best_encoding, best_text = key, encoding, text
    if best[0] >= _MIN_VIETNAMESE:
        full = best_text if sample == data else _decode_legacy_bytes(data, best_encoding)
        return _result(full, best_encoding)
    western = data.decode("cp1252", errors="replace")
    if _looks_plain(western):
        return _result(western, "cp1252")
    raise UnknownEncodingError(MSG_UNKNOWN)


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
        order = _utf16_order(data) or "le"
        return _result(data.decode(f"utf-16-{order}", errors="replace"), encoding)
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
