"""Shared pieces of the entity extractor: the `Found` record and a tokenizer with offsets.

Every matcher works on the same token list, so a phrase from a gazetteer and a phrase in an
article compare token by token on one key (tone placement unified, case folded).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from dataclasses import dataclass
from itertools import compress
from typing import NamedTuple

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


class NamedToken(NamedTuple):
    """A word, number, code or punctuation mark with its place in the text."""

    text: str
    key: str  # case folded, tone placement unified, dashes as `-`
    start: int
    end: int
    kind: str  # "w" word (letters only), "n" number, "c" code (A03, BCĐ35), "p" punctuation
    cap: bool  # a word of one syllable with an upper first letter and lower rest
    caps: bool  # a word of more than one letter in capitals, or a code without lower case
    nl: bool  # a line break separates it from the previous token
    sp: bool  # some space separates it from the previous token


# The matchers read a token as a plain tuple, by the positions of NamedToken's fields: making
# each of an article's ~2,000 tokens a NamedToken copies its tuple once more, and that copy
# was a seventh of the extractor's time.
Token = tuple[str, str, int, int, str, bool, bool, bool, bool]
TEXT, KEY, START, END, KIND, CAP, CAPS, NL, SP = range(len(NamedToken._fields))


def tokenize(text: str) -> list[NamedToken]:
    """The tokens of `token_tuples` with their fields named, for readers off the hot path."""
    return list(map(NamedToken._make, token_tuples(text)))


def token_tuples(text: str, unified: str | None = None) -> list[Token]:
    """Split text into tokens whose keys ignore case and tone placement (`Uỷ` = `ủy`).

    `unified` is `unify_tones(text)` when the caller already has it.
    """
    return read_tokens(text, (), (), unified).rows


class Tokens(NamedTuple):
    """The tokens of a text with what the passes look up among all of them, listed as the
    tokens are read: a scan of every token for a field cost more than noting it then (0.38 M
    instructions an article for the keys, 0.66 M for the capitalised words, 0.87 M for the
    keys in a set, the last mostly for hashing each new key, which the test while reading
    does once for both)."""

    rows: list[Token]
    keys: list[str]  # each token's key (field KEY)
    capitals: list[int]  # indices of the capitalised tokens (field CAP)
    picked: list[int]  # indices of the tokens read_tokens picked (see there)
    picked_keys: list[str]  # their keys
    # Indices of the tokens but the first with a line break before them (field NL): only the
    # regex makes such tokens, so noting them there spares a search of the tokens for the
    # ~20 line breaks of an article, 0.1 M instructions.
    breaks: list[int]


def read_tokens(
    text: str, wanted: Container[str], anycase: Container[str], unified: str | None = None
) -> Tokens:
    """The tokens of `token_tuples` (`rows`) and lists made from them, all in reading order.

    `picked` lists the tokens whose keys are in `wanted` and that are not in lower case
    (str.islower), or whose keys are also in `anycase`. The passes that start at them then
    skip the words in lower case that start no phrase (`đảng`, `các`): ~470 of ~600 tokens.
    """
    unified = unify_tones(text) if unified is None else unified
    if len(unified) != len(text):  # only for text that was not NFC; keys then stay exact
        unified = text
    found = Tokens([], [], [], [], [], [])
    rows, keys, capitals, picked, picked_keys, _ = found
    folded = unified.casefold()
    # Of the same length, `folded` holds each character's fold at its offset, so a word's key
    # is its slice; and a piece of it that is all letters is all letters to _TOKEN too (of the
    # characters whose fold is one character, only U+0345 folds to a letter without being one).
    if len(folded) != len(unified) or "\u0345" in unified:
        _pattern_tokens(found, wanted, anycase, text, unified, 0, len(text))
        return found
    # Most pieces between single spaces are one word, or a word and `,.;:`. These skip the
    # regex, which tests each character's Unicode class and returns a 5-tuple per token: with
    # them split at spaces, the tokenizer runs 38% fewer instructions.
    # No character but the space folds to one, so the pieces of `text` and `folded` pair up
    # with equal lengths; splitting both costs less than slicing each word out of `text`.
    # `joined` tells that the last token ended where the piece before this one did (one space
    # before this piece), a flag where comparing offsets cost 0.45 M instructions an article.
    # The lists' own `append` is called each time: Python 3.11 runs `rows.append(...)` without
    # the call a bound method held in a variable takes (0.1 M instructions an article).
    start = last_end = 0
    joined = False
    for piece, key in zip(text.split(" "), folded.split(" "), strict=True):
        end = start + len(key)
        if joined and key.isalpha():
            # A word in lower case is neither title nor capitals: one call for most words.
            if lower := piece.islower():
                cap = caps = False
            else:
                if cap := piece.istitle():
                    capitals.append(len(rows))
                caps = piece.isupper() and len(piece) > 1
            if key in wanted and (not lower or key in anycase):
                picked.append(len(rows))
                picked_keys.append(key)
            rows.append((piece, key, start, end, "w", cap, caps, False, True))
            keys.append(key)
        elif joined and key[-1:] in ",.;:" and (word_key := key[:-1]).isalpha():
            word, mark_key, word_end = piece[:-1], key[-1], end - 1
            if cap := word.istitle():
                capitals.append(len(rows))
            caps = word.isupper() and len(word) > 1
            if word_key in wanted and (word_key in anycase or not word.islower()):
                picked.append(len(rows))
                picked_keys.append(word_key)
            rows.append((word, word_key, start, word_end, "w", cap, caps, False, True))
            keys.append(word_key)
            if mark_key in wanted:  # no mark is in lower case
                picked.append(len(rows))
                picked_keys.append(mark_key)
            rows.append((piece[-1], mark_key, word_end, end, "p", False, False, False, False))
            keys.append(mark_key)
        else:  # the first piece, one after other white space, or a mix of letters and signs
            last_end = _pattern_tokens(
                found, wanted, anycase, text, unified, start - 1 if joined else last_end, end
            )
            joined = last_end == end
        start = end + 1
    return found


_TOKEN = re.compile(r"(\s*+)(?:([^\W\d_]++)|(\d++)|(\w++)|([^\w\s]))")
_DASHES = {"–": "-", "—": "-", "‐": "-", "‑": "-"}


def _pattern_tokens(
    found: Tokens,
    wanted: Container[str],
    anycase: Container[str],
    text: str,
    unified: str,
    end: int,
    stop: int,
) -> int:
    """Add the tokens of `unified[end:stop]` to `found` (`wanted`, `anycase`: read_tokens);
    `end` is the end of the token before them. Returns the end of the last token."""
    rows, keys, capitals, picked, picked_keys, breaks = found
    # Every character but trailing white space falls in some match, so the offsets are
    # running sums of the lengths findall returns.
    for gap, letters, digits, code, mark in _TOKEN.findall(unified, end, stop):
        start = end + len(gap)
        nl, sp = "\n" in gap, gap != ""
        if nl and rows:
            breaks.append(len(rows))
        end = start + len(letters or digits or code or mark)
        word = text[start:end]
        if letters:
            key = letters.casefold()
            if cap := word.istitle():
                capitals.append(len(rows))
            caps = word.isupper() and len(word) > 1
            rows.append((word, key, start, end, "w", cap, caps, nl, sp))
        elif mark:
            key = _DASHES.get(mark, mark)
            rows.append((word, key, start, end, "p", False, False, nl, sp))
        elif digits:
            key = digits.casefold()
            rows.append((word, key, start, end, "n", False, False, nl, sp))
        else:
            key = code.casefold()
            rows.append((word, key, start, end, "c", False, word.upper() == word, nl, sp))
        if key in wanted and (key in anycase or not word.islower()):
            picked.append(len(rows) - 1)
            picked_keys.append(key)
        keys.append(key)
    return end


def among(indices: list[int], index_keys: list[str], wanted: Container[str]) -> Iterator[int]:
    """The `indices` whose keys (`index_keys`, in the same order) are in `wanted`, in order:
    the tokens that read_tokens picked for a set holding `wanted`, filtered again. The passes
    that pick their tokens so share keys listed once: reading them through the indices again
    cost each pass 60% more."""
    return compress(indices, map(wanted.__contains__, index_keys))


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """Token keys of a gazetteer phrase, comparable with the keys of an article's tokens."""
    return tuple(token[KEY] for token in token_tuples(phrase))
