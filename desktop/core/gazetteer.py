"""Word lists for the entity extractor, loaded from resources/gazetteers and user folders.

Files (UTF-8): surnames.txt, titles.json, organizations.json, provinces.json, places.json,
documents.json. A user folder may hold the same files to extend the built-in lists (lists are
appended, mappings updated) and plain-text lists, one entry a line: titles.txt,
organizations.txt (known organization names), places.txt, surnames.txt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

from desktop.core.entity_base import CAP, KEY, NL, TEXT, Token, phrase_keys, token_tuples
from desktop.core.text import unify_tones

V = TypeVar("V")
FILES = ("titles.json", "organizations.json", "provinces.json", "places.json", "documents.json")
TEXT_LISTS = {"titles.txt", "organizations.txt", "places.txt", "surnames.txt"}


_VALUE = ""  # trie slot holding (first letter must be upper case, value); no token key is ""


class PhraseIndex(Generic[V]):
    """Multi-token phrases looked up at a token position, longest first (a token trie).

    A phrase written with a capital first letter only matches a capitalised word, so the
    title `Bộ trưởng` never fires on `bộ trưởng` used as a common noun in a list.
    """

    def __init__(self, items: Iterable[tuple[str, V]] = ()) -> None:
        self._forward: dict[str, Any] = {}
        self._backward: dict[str, Any] = {}
        self.lower_starts: set[str] = set()  # first keys of phrases written in lower case
        for phrase, value in items:
            self.add(phrase, value)

    def add(self, phrase: str, value: V) -> None:
        phrase = phrase.strip()
        keys = phrase_keys(phrase)
        if not keys:
            return
        slot = (phrase[0].isupper(), value)
        if not slot[0]:
            self.lower_starts.add(keys[0])
        for root, path in ((self._forward, keys), (self._backward, keys[::-1])):
            node = root
            for key in path:
                node = node.setdefault(key, {})
            node.setdefault(_VALUE, slot)  # the first spelling listed wins

    @property
    def first_keys(self) -> dict[str, Any]:
        """Keys that can start a phrase: test membership before calling `match` in hot loops."""
        return self._forward

    def match(self, tokens: Sequence[Token], i: int) -> tuple[int, V] | None:
        """The longest phrase starting at tokens[i], as (end index, value)."""
        key = tokens[i][KEY]
        node = self._forward.get(key)
        if node is None:
            return None
        upper_ok = tokens[i][TEXT][0].isupper()
        # Most tokens tried are common words in lower case (`bộ`, `trưởng`), which only a
        # phrase written in lower case can match: walking the trie for the ~370 an article
        # offers the titles cost 0.5 M instructions.
        if not upper_ok and key not in self.lower_starts:
            return None
        best: tuple[int, V] | None = None
        j, n = i + 1, len(tokens)
        while True:
            slot = node.get(_VALUE)
            if slot is not None and (upper_ok or not slot[0]):
                best = (j, slot[1])
            if j >= n or tokens[j][NL]:
                return best
            node = node.get(tokens[j][KEY])
            if node is None:
                return best
            j += 1

    def ending_at(self, tokens: Sequence[Token], end: int) -> tuple[int, V] | None:
        """The longest phrase that ends just before tokens[end], as (start index, value)."""
        if end <= 0:
            return None
        node = self._backward.get(tokens[end - 1][KEY])
        best: tuple[int, V] | None = None
        j = end - 1
        while node is not None:
            slot = node.get(_VALUE)
            if slot is not None and (tokens[j][TEXT][0].isupper() or not slot[0]):
                best = (j, slot[1])
            if j == 0 or tokens[j][NL]:
                break
            j -= 1
            node = node.get(tokens[j][KEY])
        return best

    def __contains__(self, phrase: str) -> bool:
        node: dict[str, Any] | None = self._forward
        for key in phrase_keys(phrase):
            node = node.get(key) if node is not None else None
        return node is not None and _VALUE in node


@dataclass(frozen=True)
class Entry:
    """A known organization or place: canonical name and dates of validity (ISO, inclusive)."""

    name: str
    kind: str = ""
    valid_from: str | None = None
    valid_until: str | None = None
    replaced_by: tuple[str, ...] = ()
    merged_from: tuple[str, ...] = ()
    bare: bool = True


@dataclass
class Gazetteer:
    """Compiled word lists. Build with `load_gazetteer`; the raw JSON stays in `raw`."""

    surnames: frozenset[str] = frozenset()
    titles: PhraseIndex[str] = field(default_factory=PhraseIndex)  # value: category
    modifiers: PhraseIndex[bool] = field(default_factory=PhraseIndex)
    former: PhraseIndex[bool] = field(default_factory=PhraseIndex)
    connectors: PhraseIndex[bool] = field(default_factory=PhraseIndex)
    triggers: PhraseIndex[bool] = field(default_factory=PhraseIndex)
    org_heads: PhraseIndex[bool] = field(default_factory=PhraseIndex)  # value: complete
    nested: PhraseIndex[bool] = field(default_factory=PhraseIndex)
    expect_name: PhraseIndex[bool] = field(default_factory=PhraseIndex)
    tail_phrases: PhraseIndex[bool] = field(default_factory=PhraseIndex)
    stopwords: frozenset[str] = frozenset()
    name_cores: PhraseIndex[bool] = field(default_factory=PhraseIndex)
    names_inside: PhraseIndex[bool] = field(default_factory=PhraseIndex)
    abbreviations: dict[str, str] = field(default_factory=dict)  # key: casefolded abbreviation
    known_orgs: PhraseIndex[Entry] = field(default_factory=PhraseIndex)
    org_forms: dict[str, str] = field(default_factory=dict)  # folded form -> canonical name
    places: PhraseIndex[Entry] = field(default_factory=PhraseIndex)
    admin_nouns: PhraseIndex[bool] = field(default_factory=PhraseIndex)
    place_nouns: PhraseIndex[bool] = field(default_factory=PhraseIndex)
    doc_codes: dict[str, str] = field(default_factory=dict)  # code as written -> type word
    doc_word_list: tuple[str, ...] = ()  # type words written before numbers, longest first
    # Token keys of their first words as written, with tones not unified: the type-word
    # pattern matches the words as written (entity_docs).
    doc_word_starts: frozenset[str] = frozenset()
    counter_list: tuple[str, ...] = ()  # `Kế hoạch 5 năm`: words that make a number a count
    raw: dict[str, Any] = field(default_factory=dict)
    _starts: dict[tuple[str, ...], frozenset[str]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def is_surname(self, token: Token) -> bool:
        return token[CAP] and token[KEY] in self.surnames

    def starts(self, *names: str) -> frozenset[str]:
        """The keys that can start a phrase of any of these indexes (`"titles"`, ...) or that
        are in these sets of keys (`"doc_word_starts"`), made once: read_tokens then tests
        each token against one set."""
        return self._union("first_keys", names)

    def lower_starts(self, *names: str) -> frozenset[str]:
        """The keys of `starts(*names)` that can start a phrase on a word in lower case: the
        first keys of phrases written in lower case, and the sets of keys (matched in any
        case). A word in lower case with another key starts nothing there (PhraseIndex.match)."""
        return self._union("lower_starts", names)

    def _union(self, attribute: str, names: tuple[str, ...]) -> frozenset[str]:
        keys = self._starts.get((attribute, *names))
        if keys is None:
            parts = [getattr(self, name) for name in names]
            keys = self._starts[(attribute, *names)] = frozenset().union(
                *(getattr(p, attribute) if isinstance(p, PhraseIndex) else p for p in parts)
            )
        return keys


@lru_cache(maxsize=8192)
def form_key(text: str) -> str:
    """Key under which two spellings of one name compare equal (tone placement, case, spaces)."""
    return " ".join(unify_tones(text).replace("–", "-").replace("—", "-").casefold().split())


def load_gazetteer(*extra_dirs: Path) -> Gazetteer:
    """Built-in lists from resources/gazetteers, extended by each user folder in turn."""
    from desktop.paths import resources_dir

    raw: dict[str, Any] = {name: {} for name in FILES}
    text_lists: dict[str, list[str]] = {name: [] for name in TEXT_LISTS}
    for folder in (resources_dir() / "gazetteers", *map(Path, extra_dirs)):
        for name in FILES:
            path = folder / name
            if path.is_file():
                _merge(raw[name], json.loads(path.read_text(encoding="utf-8")))
        for name in TEXT_LISTS:
            path = folder / name
            if path.is_file():
                text_lists[name].extend(_read_lines(path))
    return _compile(raw, text_lists)


def _read_lines(path: Path) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return [line for line in lines if line]


def _merge(into: dict[str, Any], new: dict[str, Any]) -> None:
    for key, value in new.items():
        old = into.get(key)
        if isinstance(old, list) and isinstance(value, list):
            old.extend(value)
        elif isinstance(old, dict) and isinstance(value, dict):
            _merge(old, value)
        else:
            into[key] = value


def _flags(items: Iterable[str]) -> PhraseIndex[bool]:
    return PhraseIndex((item, True) for item in items)


def _compile(raw: dict[str, Any], lists: dict[str, list[str]]) -> Gazetteer:
    titles, orgs = raw["titles.json"], raw["organizations.json"]
    places, docs = raw["places.json"], raw["documents.json"]
    gaz = Gazetteer(raw=raw)
    gaz.surnames = frozenset(form_key(s) for s in lists["surnames.txt"])
    categories = ("party", "state", "military", "academic", "honours", "foreign", "religious")
    for category in (*categories, "need_tail"):
        for title in titles.get(category, ()):
            gaz.titles.add(title, category)
    for title in lists["titles.txt"]:
        gaz.titles.add(title, "state")
    gaz.modifiers = _flags(titles.get("modifiers", ()))
    gaz.former = _flags(titles.get("former", ()))
    gaz.connectors = _flags(titles.get("connectors", ()))
    gaz.triggers = _flags(titles.get("person_triggers", ()))
    complete = {form_key(h) for h in orgs.get("complete", ())}
    gaz.org_heads = PhraseIndex((h, form_key(h) in complete) for h in orgs.get("heads", ()))
    gaz.nested = _flags(orgs.get("nested", ()))
    gaz.expect_name = _flags(orgs.get("expect_name", ()))
    gaz.tail_phrases = _flags(orgs.get("tail_phrases", ()))
    gaz.stopwords = frozenset(form_key(w) for w in orgs.get("stopwords", ()))
    gaz.name_cores = _flags(orgs.get("name_cores", ()))
    gaz.names_inside = _flags(orgs.get("names_inside", ()))
    gaz.abbreviations = {k.casefold(): v for k, v in orgs.get("abbreviations", {}).items()}
    known = [*orgs.get("known", ()), *({"name": n} for n in lists["organizations.txt"])]
    for item in known:
        entry = _entry(item, "organization")
        for form in (item["name"], *item.get("forms", ())):
            gaz.known_orgs.add(form, entry)
            gaz.org_forms[form_key(form)] = entry.name
    _compile_places(gaz, raw["provinces.json"], places, lists["places.txt"])
    gaz.doc_codes = dict(docs.get("type_codes", {}))
    gaz.doc_word_list = tuple(sorted(set(docs.get("type_words", ())), key=len, reverse=True))
    gaz.doc_word_starts = frozenset(token_tuples(w, w)[0][KEY] for w in gaz.doc_word_list)
    gaz.counter_list = tuple(docs.get("counter_words", ()))
    return gaz


def _entry(item: dict[str, Any], kind: str) -> Entry:
    return Entry(
        name=item.get("full") or item["name"],
        kind=item.get("type", kind),
        valid_from=item.get("valid_from"),
        valid_until=item.get("valid_until"),
        replaced_by=tuple(item.get("replaced_by", ())),
        merged_from=tuple(item.get("merged_from", ())),
        bare=item.get("bare", True),
    )


def _compile_places(
    gaz: Gazetteer, provinces: dict[str, Any], places: dict[str, Any], extra: list[str]
) -> None:
    # Newer entries are added last so a name valid in both periods keeps the older record's
    # link to what replaced it only when nothing newer claims it.
    for period in ("before_2025_07_01", "from_2025_07_01"):
        for item in provinces.get(period, ()):
            entry = _entry(item, "province")
            if entry.bare:
                gaz.places.add(item["name"], entry)
            for form in item.get("forms", ()):
                gaz.places.add(form, entry)
    for alias, name in provinces.get("aliases", {}).items():
        gaz.places.add(alias, Entry(name=name, kind="province"))
    for kind in ("countries", "foreign_places", "major_places"):
        for name in places.get(kind, ()):
            gaz.places.add(name, Entry(name=name, kind=kind))
    for name in extra:
        gaz.places.add(name, Entry(name=name, kind="major_places"))
    gaz.admin_nouns = _flags(places.get("admin_nouns", ()))
    gaz.place_nouns = _flags(places.get("place_nouns", ()))
    # Names that need a prefix (Hồ Chí Minh is a person alone, a city after "thành phố").
    gaz.raw["prefixed_places"] = {
        form_key(item["name"]): item.get("full") or item["name"]
        for period in ("before_2025_07_01", "from_2025_07_01")
        for item in provinces.get(period, ())
    }
