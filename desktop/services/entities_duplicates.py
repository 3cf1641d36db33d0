"""Likely duplicate entities, found by rules of Vietnamese naming and by fuzzy matching.

Rules (DOMAIN.md §3): the same name with marks placed or typed differently; a short form
made of initials (`Bộ VHTTDL` for `Bộ Văn hóa, Thể thao và Du lịch`); a bare `Đảng ủy Bộ`
in articles about exactly one ministry; and names that are nearly the same letters
(rapidfuzz over the folded names), for typing slips.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.text import fold
from desktop.services.entities_base import EntityInfo, entity_key
from desktop.store.models import Mention

FUZZY_CUTOFF = 92.0
NEAREST = 8  # near names looked at per entity
_WORD = re.compile(r"\w+")
_LINKING = {"va", "cua", "voi"}  # `và`, `của`, `với` are left out of initials


@dataclass(frozen=True)
class Duplicate:
    a: EntityInfo  # the one to keep by default: more articles
    b: EntityInfo
    reason: str  # Vietnamese, for the user
    score: float  # 0-100


def find_duplicates(session: Session, entities: Sequence[EntityInfo]) -> list[Duplicate]:
    found: dict[tuple[int, int], Duplicate] = {}

    def add(x: EntityInfo, y: EntityInfo, reason: str, score: float) -> None:
        if x.id == y.id or x.kind != y.kind:
            return
        a, b = sorted((x, y), key=lambda e: (-e.article_count, e.id))
        pair = (a.id, b.id)
        if pair not in found or found[pair].score < score:
            found[pair] = Duplicate(a, b, reason, score)

    by_kind: dict[str, list[EntityInfo]] = defaultdict(list)
    for entity in entities:
        by_kind[entity.kind].append(entity)
    for group in by_kind.values():
        _same_letters(group, add)
        _initials(group, add)
        _fuzzy(group, add)
    _bare_ministry(session, by_kind.get("organization", []), add)
    return sorted(found.values(), key=lambda d: (-d.score, d.a.name, d.b.name))


def _forms(entity: EntityInfo) -> list[str]:
    return [entity.name, *entity.aliases]


def _same_letters(group: list[EntityInfo], add) -> None:
    folded: dict[str, list[EntityInfo]] = defaultdict(list)
    for entity in group:
        folded[" ".join(_WORD.findall(fold(entity.name)))].append(entity)
    for same in folded.values():
        for other in same[1:]:
            add(same[0], other, "Cùng tên, khác cách bỏ dấu", 100.0)


def abbreviates(short: str, long: str) -> bool:
    """True when `short` is `long` with some runs of words written as their initials.

    `Bộ VHTTDL` / `Bộ Văn hóa, Thể thao và Du lịch`, `UBND tỉnh X` / `Ủy ban nhân dân tỉnh X`.
    """
    s = _WORD.findall(fold(short))
    words = [w for w in _WORD.findall(fold(long)) if w not in _LINKING]
    if not s or len(s) >= len(words):
        return False
    return _match(s, 0, words, 0, False)


def _match(s: list[str], i: int, words: list[str], j: int, used: bool) -> bool:
    if i == len(s):
        return j == len(words) and used
    if j < len(words) and s[i] == words[j] and _match(s, i + 1, words, j + 1, used):
        return True
    token = s[i]
    if len(token) >= 2 and j + len(token) <= len(words):
        # `TW` abbreviates `Trung ương`: a W stands for the Ư that folding turned into u.
        initials = "".join(w[0] for w in words[j:j + len(token)])
        if token.replace("w", "u") == initials:
            return _match(s, i + 1, words, j + len(token), True)
    return False


def _initials(group: list[EntityInfo], add) -> None:
    candidates = [e for e in group if any(re.search(r"\b[A-ZĐ]{2,}", f) for f in _forms(e))]
    for short in candidates:
        for long in group:
            if long.id != short.id and any(
                abbreviates(s, lf) for s in _forms(short) for lf in _forms(long)
            ):
                add(short, long, "Tên viết tắt và tên đầy đủ", 95.0)


def _fuzzy(group: list[EntityInfo], add) -> None:
    names = [" ".join(_WORD.findall(fold(e.name))) for e in group]
    for i, name in enumerate(names):
        # rapidfuzz's C scorer over the whole kind; numpy (for cdist) is not a dependency.
        near = process.extract(name, names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                               limit=NEAREST)
        for _other, score, j in near:
            if j <= i or names[i] == names[j]:
                continue
            a, b = group[i], group[j]
            # Different people share surname and middle name (`Nguyễn Văn An`/`Anh`); only a
            # slip in a name of the same number of syllables is likely the same person.
            if a.kind == "person" and len(names[i].split()) != len(names[j].split()):
                continue
            add(a, b, "Tên gần giống nhau", float(score) - 10)


def _bare_ministry(session: Session, orgs: list[EntityInfo], add) -> None:
    """`Đảng ủy Bộ` in an article that names one ministry is that ministry's `Đảng ủy`."""
    bare = [e for e in orgs if re.search(r"\sBộ$", e.name)]
    if not bare:
        return
    by_key = {entity_key(f): e for e in orgs for f in _forms(e)}
    ministries = {e.id: e for e in orgs if re.match(r"^Bộ\s+\S", e.name)}
    ids = [e.id for e in bare] + list(ministries)
    per_article: dict[int, set[int]] = defaultdict(set)
    for i in range(0, len(ids), 500):
        rows = session.execute(
            select(Mention.article_id, Mention.entity_id)
            .where(Mention.entity_id.in_(ids[i:i + 500]))
        )
        for article_id, entity_id in rows:
            per_article[article_id].add(entity_id)
    for entity in bare:
        for present in per_article.values():
            if entity.id not in present:
                continue
            named = [ministries[i] for i in present if i in ministries]
            if len(named) != 1:
                continue
            full = by_key.get(entity_key(entity.name[: -len("Bộ")] + named[0].name))
            if full is not None:
                add(full, entity, f"Trong bài về {named[0].name}", 90.0)
