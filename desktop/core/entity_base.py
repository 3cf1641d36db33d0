"""Shared pieces of the entity extractor: the `Found` record and a tokenizer with offsets.

Every matcher works on the same token list, so a phrase from a gazetteer and a phrase in an
article compare token by token on one key (tone placement unified, case folded).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.dates import PartialDate
from desktop.core.text import unify_tones

KINDS = ("person", "organization", "place", "document")
# Words of address written capitalised at a sentence start, right before a name (`Ông Lê A`).
HONORIFICS = frozenset({"ông", "bà", "anh", "chị", "cụ", "em", "cô", "chú", "bác"})


@dataclass(frozen=True)
class Found:
    """One mention of an entity in a text, with offsets into exactly that text."""

    kind: str  # "person" | "organization" | "place" | "document"
    name: str  # canonical name: full name, long form, "Nghị quyết 35-NQ/TW"
    surface: str  # the text as written in the article
    start: int
    end: int
    titles: tuple[str, ...] = ()  # persons: title items as written next to the name
    former: bool = False  # persons: some title item is marked "nguyên" (held in the past)
    issued: PartialDate | None = None  # documents: "ngày 22/10/2018" written after the number


_TOKEN = re.compile(r"(\s*)(?:([^\W\d_]+)|(\d+)|(\w+)|([^\w\s]))")
_DASHES = {"–": "-", "—": "-", "‐": "-", "‑": "-"}


class Token:
    """A word, number, code or punctuation mark with its place in the text."""

    __slots__ = ("text", "key", "start", "end", "kind", "cap", "caps", "nl", "sp")

    def __init__(
        self, text: str, key: str, start: int, end: int, nl: bool, sp: bool, group: int = 1
    ) -> None:
        self.text = text
        self.key = key
        self.start = start
        self.end = end
        self.nl = nl  # a line break separates it from the previous token
        self.sp = sp  # some space separates it from the previous token
        if group == 1:  # letters only
            self.kind = "w"
            self.cap = text.istitle()  # one syllable: upper first letter, lower rest
            self.caps = len(text) > 1 and text.isupper()
        elif group == 2:
            self.kind, self.cap, self.caps = "n", False, False
        elif group == 3:  # A03, BCĐ35: codes read like abbreviations
            self.kind, self.cap, self.caps = "c", False, text.upper() == text
        else:
            self.kind, self.cap, self.caps = "p", False, False

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Token({self.text!r}@{self.start})"


def tokenize(text: str, unified: str | None = None) -> list[Token]:
    """Split text into tokens whose keys ignore case and tone placement (`Uỷ` = `ủy`).

    `unified` is `unify_tones(text)` when the caller already has it.
    """
    unified = unify_tones(text) if unified is None else unified
    if len(unified) != len(text):  # only for text that was not NFC; keys then stay exact
        unified = text
    tokens: list[Token] = []
    append = tokens.append
    for match in _TOKEN.finditer(unified):
        gap, letters, digits, code, mark = match.groups()
        start, end = match.start(2 if letters else 3 if digits else 4 if code else 5), match.end()
        if mark:
            group, key = 4, _DASHES.get(mark, mark)
        else:
            group = 1 if letters else 2 if digits else 3
            key = (letters or digits or code).casefold()
        append(Token(text[start:end], key, start, end, "\n" in gap, bool(gap), group))
    return tokens


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """Token keys of a gazetteer phrase, comparable with the keys of an article's tokens."""
    return tuple(token.key for token in tokenize(phrase))
