"""People and their titles: `đồng chí NAME, TITLE, TITLE`, `TITLE NAME`, `NAME - TITLE`.

Titles are read first, each as a head (`Thứ trưởng`, `Thượng tá`, `GS.TS`) and what follows it
(`Bộ Tư pháp`). A name is a run of capitalised syllables that nothing else claimed. A title
right before a name belongs to it; titles after a name and a comma belong to it too, except one
that runs straight into the next name (`..., Giám đốc Sở Y tế Trần Văn B`).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.entity_base import (
    CAP,
    END,
    HONORIFICS,
    KEY,
    NL,
    SP,
    START,
    TEXT,
    Found,
    Token,
    among,
)
from desktop.core.entity_orgs import Context, parse_tail
from desktop.core.entity_places import cap_run_end
from desktop.core.text import unify_tones

_NO_TAIL = {"military", "academic", "honours", "religious"}
_AFTER_NAME = {",", "-", "("}


@dataclass(frozen=True)
class TitleItem:
    start: int  # token index, "nguyên" included
    end: int
    former: bool
    academic: bool


def find_titles(ctx: Context) -> list[TitleItem]:
    tokens, gaz = ctx.tokens, ctx.gaz
    items: list[TitleItem] = []
    n = len(tokens)
    former_keys, lower_starts = gaz.former.first_keys, gaz.titles.lower_starts
    for k in among(ctx.opening, ctx.opening_keys, gaz.starts("titles", "former")):
        if items and k < items[-1].end:  # inside the title just found
            continue
        key = ctx.keys[k]
        if key in former_keys:
            former = gaz.former.match(tokens, k)
        elif tokens[k][TEXT][0].isupper() or key in lower_starts:
            former = None
        else:  # titles.match would return None at once: the call cost 0.6 M instructions
            continue  # for the ~360 words in lower case an article offers
        at = former[0] if former else k
        found = gaz.titles.match(tokens, at) if at < n and at not in ctx.blocked else None
        if found is None:
            continue
        head_end, category = found
        while head_end < n and (modifier := gaz.modifiers.match(tokens, head_end)):
            head_end = modifier[0]
        end = head_end if category in _NO_TAIL else parse_tail(ctx, head_end, True)
        if category == "need_tail" and end == head_end:
            continue
        items.append(TitleItem(k, end, former is not None, category == "academic"))
    return items


@dataclass
class _Name:
    start: int
    end: int


def _name_pieces(ctx: Context, covered: list[bool]) -> list[_Name]:
    """Runs of capitalised words left free by titles, organizations, places and documents."""
    tokens = ctx.tokens
    pieces: list[_Name] = []
    end, n = 0, len(tokens)
    for k in ctx.capitals:  # only capitalised tokens open a piece
        if k < end or covered[k]:
            continue
        end = k + 1
        while end < n and tokens[end][CAP] and not covered[end] and not tokens[end][NL]:
            if not tokens[end][SP]:
                break
            end += 1
        start = k
        if tokens[k][KEY] in HONORIFICS and end - k > 2 and ctx.gaz.is_surname(tokens[k + 1]):
            start = k + 1  # `Ông Lê Văn A` at a sentence start
        pieces.append(_Name(start, end))
    return pieces


def find_people(
    ctx: Context, items: list[TitleItem], covered: list[bool], byline_from: int
) -> list[Found]:
    tokens = ctx.tokens
    by_end = {_item_end(tokens, item): item for item in items}
    by_start = {item.start: item for item in items}
    pieces = [p for p in _name_pieces(ctx, covered) if 2 <= p.end - p.start <= 5]
    name_starts = {p.start for p in pieces}
    claimed: set[int] = set()
    people: list[Found] = []
    for piece in pieces:
        left = _left_chain(ctx, piece.start, by_end, claimed)
        right = _right_chain(ctx, piece.end, by_start, name_starts, by_end)
        triggered = bool(left or right) or _has_trigger(ctx, piece.start)
        if not _acceptable(ctx, piece, triggered) or tokens[piece.start][START] >= byline_from:
            continue
        claimed.update(item.start for item in right)
        chain = [*left, *right]
        start, end = tokens[piece.start][START], tokens[piece.end - 1][END]
        surface = ctx.text[start:end]
        people.append(
            Found(
                "person",
                unify_tones(" ".join(t[TEXT] for t in tokens[piece.start : piece.end])),
                surface,
                start,
                end,
                titles=tuple(_title_text(ctx, item) for item in chain),
                former=any(item.former for item in chain),
            )
        )
    return people


def _item_end(tokens: list[Token], item: TitleItem) -> int:
    """Where a name may start after the item: `GS.TS. Tạ Ngọc Tấn` skips the closing dot."""
    end = item.end
    if item.academic and end < len(tokens) and tokens[end][TEXT] == "." and not tokens[end][SP]:
        end += 1
    return end


def _title_text(ctx: Context, item: TitleItem) -> str:
    text = ctx.text[ctx.tokens[item.start][START] : ctx.tokens[item.end - 1][END]]
    text = " ".join(text.split())  # a title is a label: NBSP and line breaks become spaces
    return text.rstrip(".") if item.academic else text


def _left_chain(
    ctx: Context, start: int, by_end: dict[int, TitleItem], claimed: set[int]
) -> list[TitleItem]:
    tokens = ctx.tokens
    chain: list[TitleItem] = []
    at = start
    while (item := by_end.get(at)) is not None and item.start not in claimed:
        if at < len(tokens) and tokens[at][NL]:
            break
        chain.insert(0, item)
        before = item.start - 1
        if before < 0 or tokens[item.start][NL]:
            break
        sep = tokens[before]
        if sep[KEY] == "," or ctx.gaz.connectors.match(tokens, before):
            at = before
            continue
        break
    return chain


def _right_chain(
    ctx: Context,
    end: int,
    by_start: dict[int, TitleItem],
    name_starts: set[int],
    by_end: dict[int, TitleItem],
) -> list[TitleItem]:
    tokens = ctx.tokens
    n = len(tokens)
    chain: list[TitleItem] = []
    at = end
    while at + 1 < n and tokens[at][KEY] in _AFTER_NAME and not tokens[at + 1][NL]:
        if tokens[at][KEY] == "-" and not chain and not tokens[at][SP]:
            break  # `Xuân Trường- Đức Lam` joins two bylines
        item = by_start.get(at + 1)
        if item is None or (chain and tokens[at][KEY] != ","):
            break
        after = _item_end(tokens, item)
        if after in name_starts and by_end.get(after) is item:
            break  # the title introduces the next person
        chain.append(item)
        at = item.end
        if tokens[end][KEY] == "(" and at < n and tokens[at][KEY] == ")":
            break
    return chain


def _has_trigger(ctx: Context, start: int) -> bool:
    return ctx.gaz.triggers.ending_at(ctx.tokens, start) is not None


def _acceptable(ctx: Context, piece: _Name, triggered: bool) -> bool:
    tokens, gaz = ctx.tokens, ctx.gaz
    length = piece.end - piece.start
    if triggered:
        return length <= 5
    if length > 4 or not gaz.is_surname(tokens[piece.start]):
        return False
    if cap_run_end(tokens, piece.start) != piece.end:
        return False  # part of a longer capitalised run: a heading or a name of something
    start = piece.start
    if start > 0 and tokens[start - 1][CAP] and tokens[start][SP] and not tokens[start][NL]:
        return False
    return gaz.place_nouns.ending_at(tokens, start) is None
