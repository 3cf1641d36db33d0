"""Places: provinces, countries and other known places, and names after `tỉnh`, `huyện`...

Places are found before people and organizations: a place is never a person (`Hà Lan`), and an
organization's name may end with one (`Đảng bộ tỉnh Ninh Bình`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from desktop.core.entity_base import CAP, HONORIFICS, KEY, NL, SP, TEXT, Token, among
from desktop.core.gazetteer import Gazetteer, form_key


class Span(NamedTuple):
    start: int  # token index
    end: int  # token index, exclusive
    name: str


def cap_run_end(tokens: Sequence[Token], i: int) -> int:
    """End of the run of capitalised words starting at i (same line, spaces only between)."""
    j = i
    n = len(tokens)
    while j < n and tokens[j][CAP] and (j == i or (tokens[j][SP] and not tokens[j][NL])):
        j += 1
    return j


def cap_run_start(tokens: Sequence[Token], i: int) -> int:
    """Start of the run of capitalised words that contains tokens[i]."""
    while i > 0 and tokens[i - 1][CAP] and tokens[i][SP] and not tokens[i][NL]:
        i -= 1
    return i


def find_places(
    tokens: Sequence[Token], gaz: Gazetteer, opening: list[int], opening_keys: list[str]
) -> list[Span]:
    """Places, from the tokens that can start one: `opening` holds at least their indices,
    `opening_keys` the keys of the tokens it holds."""
    prefixed: dict[str, str] = gaz.raw.get("prefixed_places", {})
    spans: list[Span] = []
    n = len(tokens)
    admin_keys = gaz.admin_nouns.first_keys
    for i in among(opening, opening_keys, gaz.starts("admin_nouns", "places")):
        if spans and i < spans[-1].end:  # inside the place just found
            continue
        token = tokens[i]
        admin = gaz.admin_nouns.match(tokens, i) if token[KEY] in admin_keys else None
        if admin and admin[0] < n and tokens[admin[0]][CAP]:
            start = admin[0]
            found = gaz.places.match(tokens, start)
            end = found[0] if found else min(cap_run_end(tokens, start), start + 4)
            words = " ".join(t[TEXT] for t in tokens[start:end])
            name = found[1].name if found else prefixed.get(form_key(words), words)
            spans.append(Span(start, end, name))
            continue
        found = gaz.places.match(tokens, i) if token[TEXT][0].isupper() else None
        if found and _stands_alone(tokens, i, found[0], gaz):
            spans.append(Span(i, found[0], found[1].name))
    return spans


def _stands_alone(tokens: Sequence[Token], start: int, end: int, gaz: Gazetteer) -> bool:
    """False when the place is the tail of a person's name (`Nguyễn Hà Nam`, `Tuấn Anh`)."""
    run_start = cap_run_start(tokens, start)
    if run_start < start - 1 and tokens[run_start][KEY] in HONORIFICS:
        run_start += 1
    run_end = cap_run_end(tokens, run_start)
    if end - start == 1 and tokens[start][CAP] and (run_start < start or run_end > end):
        # One-syllable countries (Anh, Pháp, Đức) are also syllables of names (`Tuấn Anh`,
        # `Đức Lam`): inside a run they count only after a title (`Tổng thống Mỹ Joe Biden`).
        return run_start == start and gaz.titles.ending_at(tokens, start) is not None
    if run_start < start and gaz.is_surname(tokens[run_start]) and run_end - run_start <= 4:
        return False
    return True
