"""Document references: `Nghị quyết số 35-NQ/TW, ngày 22/10/2018`, `30/2020/NĐ-CP`, `Quy định 85`.

Numbers are matched by their shape (Party `35-NQ/TW`, State `439/QĐ-TTg`), so a date such as
`11/4/2007` never reads as a document and a document number never reads as a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.dates import DateError, PartialDate
from desktop.core.entity_base import KEY, KIND, START, Found, Token, token_tuples
from desktop.core.gazetteer import Gazetteer, form_key

_SP = r"[ \u00a0]?"
_SEG = r"[A-ZĐ0-9][A-Za-zĐđ0-9]*"
# A number of up to five digits with no letter, digit, slash, dot or dash before it. Opening
# with the digit, not the look-behind, lets re skip ahead to the next digit (2.6x faster).
_NUMBER = r"(\d(?<![\w/.-]\d)\d{0,4})"
_PARTY = re.compile(
    rf"{_NUMBER}{_SP}[-–]{_SP}([A-ZĐ][A-Za-zĐđ]{{0,4}}){_SP}/{_SP}"
    rf"({_SEG}(?:[-–]{_SEG})*)(?![\w/])"
)
_STATE = re.compile(
    rf"{_NUMBER}(?:/((?:19|20)\d\d))?/([A-ZĐ][A-Za-zĐđ0-9]*)"
    rf"((?:[-–]{_SEG})*)(?![\w/])"
)
_SO = re.compile(r"\s+(?:số\s*:?\s*)?$|\s*số\s*:?\s*$", re.IGNORECASE)
_DATE_AFTER = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:ban hành[ \u00a0]+)?ngày[ \u00a0]+(?:"
    r"(\d{1,2})[ \u00a0]*([/.-])[ \u00a0]*(\d{1,2})[ \u00a0]*\2[ \u00a0]*(\d{4})"
    r"|(\d{1,2})[ \u00a0]+tháng[ \u00a0]+(\d{1,2})[ \u00a0]+năm[ \u00a0]+(\d{4}))",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"[ \u00a0]+(?:(số)[ \u00a0]*:?[ \u00a0]*)?(\d{1,4})(?![\w/.,-]?\d|[-/])")


@dataclass
class _Ref:
    start: int
    end: int
    code: str  # normalised number and code, "35-NQ/TW"; the bare number for "Quy định 85"
    word: str | None  # type word written before the number
    type_from_code: str | None
    issued: PartialDate | None


def find_documents(
    text: str, utext: str, gaz: Gazetteer, tokens: list[Token], candidates: Iterable[int]
) -> list[Found]:
    """Document references in reading order; `utext` is `text` with tone placement unified,
    `tokens` its tokens and `candidates` the indices, in order, of (at least) those whose keys
    are in `gaz.doc_word_starts`."""
    refs = _coded_refs(text, utext, gaz)
    taken = [(r.start, r.end) for r in refs]
    refs += _bare_refs(text, utext, gaz, taken, _bare_matches(
        _bare_pattern(gaz.doc_word_list), utext, tokens, candidates, gaz.doc_word_list
    ))
    words_by_code: dict[str, str] = {}
    for ref in refs:
        if ref.word and ref.type_from_code:
            words_by_code.setdefault(ref.code, ref.word)
    names_by_number: dict[tuple[str, str], str] = {}
    out: list[tuple[_Ref, str]] = []
    for ref in sorted(refs, key=lambda r: r.start):
        if ref.type_from_code is None and ref.word:  # "Nghị quyết 35"
            continue
        word = words_by_code.get(ref.code) or ref.type_from_code or ref.word or "Văn bản"
        name = f"{word} {ref.code}"
        names_by_number.setdefault((form_key(word), ref.code.split("-")[0].split("/")[0]), name)
        out.append((ref, name))
    for ref in refs:
        if ref.type_from_code is None and ref.word:
            key = (form_key(ref.word), ref.code)
            out.append((ref, names_by_number.get(key, f"{ref.word} {ref.code}")))
    out.sort(key=lambda pair: pair[0].start)
    return [
        Found("document", name, text[r.start : r.end], r.start, r.end, issued=r.issued)
        for r, name in out
    ]


def _type_word_before(utext: str, pos: int, gaz: Gazetteer) -> tuple[int, str] | None:
    """The type word written before a number (`Nghị quyết số `), as (start, canonical word)."""
    window_start = max(0, pos - 48)
    window = utext[window_start:pos]
    gap = _SO.search(window)
    if not gap:
        return None
    before = window[: gap.start()]
    folded = form_key(before)
    for word in gaz.doc_word_list:
        key = form_key(word)
        if folded.endswith(key) and (len(folded) == len(key) or folded[-len(key) - 1] == " "):
            start = window_start + len(before.rstrip()) - len(word)
            return start, word
    return None


def _issued(text: str, end: int) -> tuple[int, PartialDate | None]:
    match = _DATE_AFTER.match(text, end)
    if not match:
        return end, None
    g = match.groups()
    day, month, year = (g[0], g[2], g[3]) if g[0] else (g[4], g[5], g[6])
    try:
        return match.end(), PartialDate(int(year), int(month), int(day))
    except DateError:
        return end, None


def _coded_refs(text: str, utext: str, gaz: Gazetteer) -> list[_Ref]:
    refs: list[_Ref] = []
    for match in _before_slashes(_PARTY, text):
        number, code, body = match.groups()
        if code in gaz.doc_codes:
            full = f"{number}-{code}/{_dash(body)}"
            refs.append(_make_ref(text, utext, gaz, match, full, code, codeless="Văn bản"))
    taken = [(r.start, r.end) for r in refs]
    for match in _before_slashes(_STATE, text):
        number, year, first, rest = match.groups()
        if (not rest and not year) or _overlaps(match.start(), match.end(), taken):
            continue
        full = (f"{number}/{year}/" if year else f"{number}/") + first + _dash(rest)
        type_code = first if first in gaz.doc_codes and rest else None
        # A công văn carries no type code (708/BTTTT-KHTC); a law number (24/2018/QH14) does
        # not either, and only the word written before it tells what it is.
        codeless = "Văn bản" if year else "Công văn"
        refs.append(_make_ref(text, utext, gaz, match, full, type_code, codeless=codeless))
    return refs


# Every match of _PARTY and _STATE has a `/` at most this many characters after its start.
_SLASH_REACH = 14


def _before_slashes(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds, trying the pattern only within _SLASH_REACH
    characters before each `/`: a scan of the whole text for the digit it opens with cost
    ~11 ns a character, more than the tokenizer spends on a character."""
    tried = 0  # every start before this was tried or lies inside a match
    slash = text.find("/")
    while slash >= 0:
        for start in range(max(tried, slash - _SLASH_REACH), slash):
            if start >= tried and (match := pattern.match(text, start)):
                tried = match.end()
                yield match
        tried = max(tried, slash)
        slash = text.find("/", slash + 1)


# Codes whose word is ambiguous: the word written in the article decides.
_AMBIGUOUS = {"QĐ"}


def _make_ref(
    text: str,
    utext: str,
    gaz: Gazetteer,
    match: re.Match[str],
    code: str,
    type_code: str | None,
    codeless: str,
) -> _Ref:
    before = _type_word_before(utext, match.start(), gaz)
    start, word = before if before else (match.start(), None)
    _, issued = _issued(text, match.end())
    if type_code and (type_code not in _AMBIGUOUS or not word):
        type_word = gaz.doc_codes[type_code]
        trusted_word = None
    else:
        type_word = word or codeless
        trusted_word = word
    return _Ref(start, match.end(), code, trusted_word, type_word, issued)


def _bare_refs(
    text: str,
    utext: str,
    gaz: Gazetteer,
    taken: list[tuple[int, int]],
    matches: Iterable[re.Match[str]],
) -> list[_Ref]:
    """`Quy định số 85`, `Nghị quyết 35`: a type word directly followed by a number, from the
    `matches` of `_bare_pattern`."""
    counters = _counter_pattern(gaz.counter_list)
    canonical = {form_key(word): word for word in gaz.doc_word_list}
    refs: list[_Ref] = []
    for match in matches:
        start, end = match.start(), match.end()
        if _overlaps(start, end, taken):
            continue
        if not (text[start].isupper() or match.group(2)) or counters.match(utext, end):
            continue  # `kế hoạch 5 năm`: lower case and no `số`, or the number counts things
        _, issued = _issued(text, end)
        word = canonical.get(form_key(match.group(1)), match.group(1))
        refs.append(_Ref(start, end, match.group(3), word, None, issued))
        taken.append((start, end))
    return refs


# Letters that re.IGNORECASE pairs with a letter of another fold (ı and İ with i): where one is
# written, a token's key cannot stand in for the pattern's case rules. Tested one by one with
# `in`, which is 15 times faster on an article than a regex search.
_ODD_CASE = "\u0130\u0131"


def _bare_matches(
    pattern: re.Pattern[str],
    utext: str,
    tokens: list[Token],
    candidates: Iterable[int],
    words: tuple[str, ...],
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(utext)` finds, trying the pattern only at the `candidates`, in
    order: the indices of (at least) the tokens of `utext` whose keys are a type word's first
    word's (extract_entities finds them in its one scan of the keys). Tried at every
    position, the pattern's 27 alternatives cost more than the rest of the document search;
    tried at each of an article's ~110 candidates, still a third of it. A match's words and
    its number or `số` are whole tokens, so one is tried only where the next token is one of
    the words that can follow a first word, `số` or a number."""
    if any(odd in utext for odd in _ODD_CASE):
        yield from pattern.finditer(utext)
        return
    follows = _follow_keys(words)
    end, last = 0, len(tokens) - 1
    for i in candidates:
        if i < last and ((after := tokens[i + 1])[KEY] in follows or after[KIND] == "n"):
            at = tokens[i][START]
            if at >= end and (match := pattern.match(utext, at)):
                end = match.end()
                yield match


@lru_cache(maxsize=8)
def _follow_keys(words: tuple[str, ...]) -> frozenset[str]:
    """Keys of the tokens that follow a type word's first word: its second word, or `số`."""
    seconds = (token_tuples(w, w)[1:2] for w in words)
    return frozenset({"số", *(token[KEY] for second in seconds for token in second)})


@lru_cache(maxsize=8)
def _bare_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in words)
    return re.compile(rf"(?<!\w)({alternatives}){_BARE_NUMBER.pattern}", re.IGNORECASE)


@lru_cache(maxsize=8)
def _counter_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"[ \u00a0]*(?:{alternatives})(?!\w)", re.IGNORECASE)


def _dash(code: str) -> str:
    return code.replace("–", "-").replace(" ", "").replace("\u00a0", "")


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)
