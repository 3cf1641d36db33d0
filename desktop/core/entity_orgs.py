"""Organizations: a head word (Bộ, Ban Chỉ đạo, Đảng ủy...) followed by the rest of the name.

The rest of a name (`parse_tail`) is also what follows a title (`Thứ trưởng Bộ Tư pháp`), so
both readers stop at the same places: a comma, a verb, the next title, or a person's name
(`Trưởng Ban Tuyên giáo Tỉnh ủy Bùi Mai Hoa`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.entity_base import (
    CAP,
    CAPS,
    END,
    KEY,
    KIND,
    NL,
    SP,
    START,
    TEXT,
    Found,
    Token,
    among,
)
from desktop.core.entity_places import cap_run_end
from desktop.core.gazetteer import Gazetteer, form_key
from desktop.core.text import unify_tones

_PLURAL = {"các", "những", "mỗi", "từng", "nhiều"}


@dataclass
class Context:
    """One article being read: its tokens and what earlier passes already claimed."""

    text: str
    tokens: list[Token]
    keys: list[str]  # each token's key, in order (entity_base.where)
    gaz: Gazetteer
    # Indices of at least the tokens whose keys can start a place, organization or title: one
    # scan of all keys for the three passes.
    opening: list[int]
    opening_keys: list[str]  # the keys of the `opening` tokens, in the same order
    capitals: list[int]  # indices of the capitalised tokens (field CAP), in order
    place_end: dict[int, int] = field(default_factory=dict)  # first token -> end token
    place_name: dict[int, str] = field(default_factory=dict)  # first token -> canonical name
    in_place: frozenset[int] = frozenset()  # every token inside a place
    blocked: frozenset[int] = frozenset()  # tokens inside document references


@dataclass(frozen=True)
class OrgSpan:
    start: int
    end: int
    head_end: int
    head: str  # key of the head words, "bộ", "đảng ủy"
    known_end: int  # end of the part that is a known organization's name (start if none)


def _is_name_start(ctx: Context, k: int) -> bool:
    """A person's name starts at k: 2-4 capitalised syllables from a surname, not a place."""
    tokens, gaz = ctx.tokens, ctx.gaz
    if not gaz.is_surname(tokens[k]) or k in ctx.place_end:
        return False
    return 2 <= cap_run_end(tokens, k) - k <= 4


def _unit_at(ctx: Context, k: int) -> int | None:
    """End of a block that continues a name: a nested head, a known core, an organization."""
    tokens, gaz = ctx.tokens, ctx.gaz
    best = None
    key = tokens[k][KEY]
    for index in (gaz.name_cores, gaz.org_heads, gaz.nested, gaz.known_orgs):
        if key not in index.first_keys:
            continue
        found = index.match(tokens, k)
        if found is None or (best is not None and found[0] <= best):
            continue
        if index is gaz.org_heads and not found[1] and not _name_follows(tokens, found[0]):
            continue  # `Cục Báo chí`: `Báo` opens no newspaper when `chí` follows
        best = found[0]
    return best


def _name_follows(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and not tokens[k][NL] and (
        tokens[k][CAP] or tokens[k][CAPS] or tokens[k][KIND] in "nc"
    )


def parse_tail(ctx: Context, k: int, name_ok: bool) -> int:
    """Index where the name that continues at token k ends (k itself when nothing follows).

    `name_ok` tells whether a person's name may follow right away (after a title or a complete
    head such as `Tỉnh ủy`) or whether a name-like run is the organization's own name
    (`Trường THPT Lê Quý Đôn`).
    """
    tokens, gaz = ctx.tokens, ctx.gaz
    n = len(tokens)
    start = end = k  # end: after the last unit that surely belongs to the name
    attach = False  # the last unit was a lone capitalised syllable: `Tư` takes `pháp`
    plain_cap = False  # the last unit was a capitalised word outside any known block
    after_place = False  # `Tổng thống Mỹ Joe Biden`: after a place comes the person
    while k < n:
        t = tokens[k]
        if t[NL] or k in ctx.blocked:
            break
        if t[KIND] == "p":
            if t[KEY] == "-" and t[SP] and end == k > start and _dash_continues(ctx, k + 1):
                k += 1
                plain_cap = False  # `Đoàn` after the dash opens a new word: `Đoàn thể`
                continue
            break
        if t[KIND] == "n":
            if len(t[TEXT]) > 3:  # a year, not `Ban Chỉ đạo 35`
                break
            k = end = k + 1
            attach = plain_cap = False
            name_ok = True
            continue
        title = gaz.titles.match(tokens, k) if t[KEY] in gaz.titles.first_keys else None
        unit = _unit_at(ctx, k) if (t[CAP] or t[CAPS]) else None
        if title and (unit is None or title[0] >= unit):
            break
        if k in ctx.place_end:
            k = end = ctx.place_end[k]
            attach = plain_cap = False
            name_ok = after_place = True
            continue
        if not (t[CAP] or t[CAPS]):
            phrase = gaz.tail_phrases.match(tokens, k)
            if phrase:
                k = end = phrase[0]
                attach = plain_cap = False
                name_ok = True
                continue
            if t[KEY] == "và" and end == k > start and _and_continues(ctx, k + 1):
                k += 1
                continue
            if attach and t[KIND] == "w" and t[KEY] not in gaz.stopwords:
                k = end = k + 1
                attach = plain_cap = False
                name_ok = True
                continue
            break
        inside = gaz.names_inside.match(tokens, k) if end == k > start else None
        if inside:
            k = end = inside[0]
            attach = plain_cap = False
            continue
        prev_place, after_place = after_place, False
        if unit is not None:
            expect = gaz.expect_name.match(tokens, k)
            name_ok = not (expect and expect[0] == unit)
            k = end = unit
            attach = plain_cap = False
            continue
        if t[CAPS]:
            expect = gaz.expect_name.match(tokens, k)
            name_ok = expect is None
            k = end = k + 1
            attach = plain_cap = False
            continue
        if name_ok and (prev_place or _is_name_start(ctx, k)):
            break
        attach = not plain_cap
        plain_cap = name_ok = True
        k = end = k + 1
    return end


def _dash_continues(ctx: Context, k: int) -> bool:
    """`Vụ Công chức - Viên chức`, `Văn phòng Đảng - Đoàn thể`; not `A03 - Bộ Công an`."""
    if k >= len(ctx.tokens):
        return False
    t = ctx.tokens[k]
    if not t[CAP] or _unit_at(ctx, k) is not None or ctx.gaz.titles.match(ctx.tokens, k):
        return False
    return not _is_name_start(ctx, k)


def _and_continues(ctx: Context, k: int) -> bool:
    if k >= len(ctx.tokens):
        return False
    t = ctx.tokens[k]
    if not t[CAP] or ctx.gaz.org_heads.match(ctx.tokens, k) or ctx.gaz.titles.match(ctx.tokens, k):
        return False
    return not _is_name_start(ctx, k)


def find_orgs(ctx: Context) -> list[OrgSpan]:
    """Every organization mention, nested ones included (`Đảng ủy Bộ Tư pháp`, `Bộ Tư pháp`)."""
    tokens, gaz = ctx.tokens, ctx.gaz
    spans: list[OrgSpan] = []
    n = len(tokens)
    resume = 0  # where the next organization may start
    for k in among(ctx.opening, ctx.opening_keys, gaz.starts("known_orgs", "org_heads")):
        t = tokens[k]
        if k < resume or not (t[CAP] or t[CAPS]) or k in ctx.blocked or k in ctx.in_place:
            continue
        known = gaz.known_orgs.match(tokens, k)
        generic = gaz.org_heads.match(tokens, k)
        if t[CAPS] and known is None and t[KEY] not in gaz.abbreviations:
            generic = None  # `HỘI NGHỊ TỔNG KẾT`: a heading in capitals, not `Hội`
        if known is None and generic is None:
            continue
        # A bare `Bộ` before a name is `Đảng ủy Bộ Nguyễn Tuấn Linh`: the name is no ministry.
        complete = known is not None or generic[1]
        name_ok = complete or gaz.nested.match(tokens, k) is not None
        head_end = known[0] if known else generic[0]
        if head_end < n and gaz.modifiers.match(tokens, head_end):
            resume = head_end  # `Phó Trưởng Ban Thường trực ...` is a title, not `Ban Thường trực`
            continue
        expect = gaz.expect_name.match(tokens, k)
        name_ok = name_ok and not (expect and expect[0] == head_end)
        end = parse_tail(ctx, head_end, name_ok)
        if end > head_end or (complete and not _generic(ctx, k)):
            key = " ".join(tok[KEY] for tok in tokens[k : generic[0] if generic else head_end])
            spans.append(OrgSpan(k, end, head_end, key, known[0] if known else k))
        resume = head_end
    return spans


def _generic(ctx: Context, k: int) -> bool:
    """`61 Đảng bộ`, `các Ban Thường vụ`: a count of bodies, not one organization."""
    if k == 0:
        return False
    before = ctx.tokens[k - 1]
    return before[KIND] == "n" or before[KEY] in _PLURAL


def org_founds(ctx: Context, spans: list[OrgSpan]) -> list[Found]:
    """One `Found` per mention; short forms share the long form's canonical name."""
    tokens, text = ctx.tokens, ctx.text
    aliases = _defined_abbreviations(ctx, spans)
    names = [_canonical(ctx, span, aliases) for span in spans]
    ministries = {
        name for span, name in zip(spans, names, strict=True) if span.head == "bộ" and " " in name
    }
    if len(ministries) == 1:  # `Văn phòng Bộ` is the office of the article's ministry
        ministry = next(iter(ministries))[len("Bộ ") :]
        names = [name + " " + ministry if name.endswith(" Bộ") else name for name in names]
    roots = _merge_short_forms(names, spans, ctx)
    return [
        Found("organization", roots[name], text[tokens[s.start][START] : tokens[s.end - 1][END]],
              tokens[s.start][START], tokens[s.end - 1][END])
        for s, name in zip(spans, names, strict=True)
    ]


def _defined_abbreviations(ctx: Context, spans: list[OrgSpan]) -> dict[str, str]:
    """`Bộ Văn hóa, Thể thao và Du lịch (VHTTDL)`: VHTTDL stands for the words it abbreviates."""
    tokens = ctx.tokens
    out: dict[str, str] = {}
    for span in spans:
        e = span.end
        if e + 2 < len(tokens) and tokens[e][KEY] == "(" and tokens[e + 2][KEY] == ")":
            abbr = tokens[e + 1]
            if not abbr[CAPS]:
                continue
            words = [t for t in tokens[span.start : span.end] if t[KIND] == "w" and t[KEY] != "và"]
            initials = "".join(t[TEXT][0] for t in words).upper()
            wanted = abbr[TEXT].upper()
            if initials.endswith(wanted):
                first = words[len(words) - len(wanted)]
                out[abbr[KEY]] = ctx.text[first[START] : tokens[span.end - 1][END]]
    return out


def _canonical(ctx: Context, span: OrgSpan, aliases: dict[str, str]) -> str:
    tokens, gaz = ctx.tokens, ctx.gaz
    surface = ctx.text[tokens[span.start][START] : tokens[span.end - 1][END]]
    known = gaz.org_forms.get(form_key(surface))
    if known:
        return known
    parts: list[str] = []
    k = span.start
    while k < span.end:
        t = tokens[k]
        word = t[TEXT]
        if k in ctx.place_name:  # `UBND TP.HCM`: the place under its own canonical name
            word, k = ctx.place_name[k], ctx.place_end[k] - 1
        elif t[CAPS]:
            word = aliases.get(t[KEY]) or gaz.abbreviations.get(t[KEY]) or word
        if parts and t[SP]:
            parts.append(" ")
        parts.append(word)
        k += 1
    name = unify_tones("".join(parts)).replace("–", "-")
    return gaz.org_forms.get(form_key(name), name)


def _merge_short_forms(names: list[str], spans: list[OrgSpan], ctx: Context) -> dict[str, str]:
    """Map each name to the entity it stands for within this article.

    `Đảng ủy Bộ` is `Đảng ủy Bộ Tư pháp` when that is the only longer name it begins;
    `Cục A03` is `Cục An ninh chính trị nội bộ A03` (same head, same code at the end).
    """
    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(form_key(name), name)
    keys = sorted(by_key, key=len, reverse=True)
    root: dict[str, str] = {}
    for key in keys:
        longer = {root[other] for other in keys if other.startswith(key + " ") and other in root}
        if not longer:
            longer = _same_code(key, keys, root)
        root[key] = next(iter(longer)) if len(longer) == 1 else key
    return {name: by_key[root[form_key(name)]] for name in names}


def _same_code(key: str, keys: list[str], root: dict[str, str]) -> set[str]:
    words = key.split()
    if len(words) != 2 or not any(ch.isdigit() for ch in words[1]):
        return set()
    return {
        root[other]
        for other in keys
        if other in root and other.startswith(words[0] + " ") and other.endswith(" " + words[1])
    }
