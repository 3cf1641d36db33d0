"""Rule-based entities of Vietnamese news: people with titles, organizations, places, documents.

Pure Python over word lists (`desktop.core.gazetteer`); no model, no Qt, no database. The
passes run in an order where each one protects the next from its usual false hits:
documents (so `35-NQ/TW` is no organization and no date), places (so `Hà Lan` is no person),
organizations and titles (which stop before a person's name), and last the people.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from desktop.core.entity_base import (
    CAP,
    CAPS,
    END,
    KIND,
    KINDS,
    START,
    Found,
    Token,
    among,
    read_tokens,
)
from desktop.core.entity_docs import find_documents
from desktop.core.entity_orgs import Context, find_orgs, org_founds
from desktop.core.entity_people import find_people, find_titles
from desktop.core.entity_places import find_places
from desktop.core.gazetteer import Gazetteer, load_gazetteer
from desktop.core.text import unify_tones

__all__ = ["KINDS", "Found", "Gazetteer", "extract_entities", "load_gazetteer"]

# Footer lines that may follow the byline on a saved web page.
_FOOTER = re.compile(r"^(bình luận|chia sẻ|tags?:|từ khóa|tin liên quan|[^a-zà-ỹđ]*)$", re.I)
_BYLINE = re.compile(r"^[\w .,()&/–-]{1,60}$")
# Phrase indexes that start places, organizations, titles and documents' type words.
_OPENERS = (
    "admin_nouns", "places", "known_orgs", "org_heads", "titles", "former", "doc_word_starts"
)


def extract_entities(text: str, gazetteer: Gazetteer) -> list[Found]:
    """Every entity mention in `text`, in reading order, with offsets into `text`."""
    utext = unify_tones(text)
    if len(utext) != len(text):
        utext = text
    # Each pass needs the tokens that can start its phrases: one test of each key for all
    # four costs less than four (hashing a key is paid once either way).
    tokens, keys, capitals, opening, opening_keys, breaks = read_tokens(
        text, gazetteer.starts(*_OPENERS), gazetteer.lower_starts(*_OPENERS), utext
    )
    type_words = among(opening, opening_keys, gazetteer.doc_word_starts)
    documents = find_documents(text, utext, gazetteer, tokens, type_words)
    blocked = _tokens_within(tokens, [(d.start, d.end) for d in documents])
    blocked |= _headline_tokens(tokens, breaks)
    places = find_places(tokens, gazetteer, opening, opening_keys)
    places = [p for p in places if not any(i in blocked for i in range(p.start, p.end))]
    ctx = Context(
        text,
        tokens,
        keys,
        gazetteer,
        opening,
        opening_keys,
        capitals,
        place_end={p.start: p.end for p in places},
        place_name={p.start: p.name for p in places},
        in_place=frozenset(i for p in places for i in range(p.start, p.end)),
        blocked=frozenset(blocked),
    )
    org_spans = find_orgs(ctx)
    # `Mặt trận Tổ quốc Việt Nam`: a country inside a known organization's name is no place.
    known = [(s.start, s.known_end) for s in org_spans if s.known_end > s.start]
    places = [p for p in places if not any(a <= p.start and p.end <= b for a, b in known)]
    titles = find_titles(ctx)
    covered = [False] * len(tokens)
    for start, end in [*((s.start, s.end) for s in org_spans), *((p.start, p.end) for p in places),
                       *((t.start, t.end) for t in titles)]:
        for i in range(start, end):
            covered[i] = True
    for i in blocked:
        covered[i] = True
    people = find_people(ctx, titles, covered, _byline_start(text))
    found: list[Found] = [*documents, *org_founds(ctx, org_spans), *people]
    for place in places:
        start, end = tokens[place.start][START], tokens[place.end - 1][END]
        found.append(Found("place", place.name, text[start:end], start, end))
    found.sort(key=lambda f: (f.start, -f.end))
    return found


def _tokens_within(tokens: list[Token], spans: list[tuple[int, int]]) -> set[int]:
    # Bisecting on the tokens themselves reads a few starts, not all ~2,000 into a list.
    start = itemgetter(START)
    inside: set[int] = set()
    for a, b in spans:
        inside.update(range(bisect_left(tokens, a, key=start), bisect_left(tokens, b, key=start)))
    return inside


def _headline_tokens(tokens: list[Token], breaks: list[int]) -> set[int]:
    """Tokens of lines Written In Title Case or in CAPITALS, where case tells nothing;
    `breaks` are the indices of the tokens that start a line, the first token's excepted."""
    out: set[int] = set()
    line_start = 0
    for end in (*breaks, len(tokens)):
        line = tokens[line_start:end]
        if _few_plain_words(line):
            words = [t for t in line if t[KIND] == "w"]
            if len(words) >= 5 and sum(1 for t in words if t[CAP] or t[CAPS]) >= 0.9 * len(words):
                out.update(range(line_start, end))
        line_start = end
    return out


def _few_plain_words(line: list[Token]) -> bool:
    """False once more than a tenth of the tokens are words in lower case, which leaves fewer
    than 90% of the words capitalised: a paragraph is ruled out after its first few words."""
    allowed = len(line) // 10
    for t in line:
        if t[KIND] == "w" and not (t[CAP] or t[CAPS]):
            allowed -= 1
            if allowed < 0:
                return False
    return True


def _byline_start(text: str) -> int:
    """Offset of the byline (`Thu Nga`, `Xuân Trường- Đức Lam`): metadata, not people."""
    end = len(text)
    for line in reversed(text.splitlines(keepends=True)):
        end -= len(line)
        stripped = line.strip()
        if not stripped or _FOOTER.match(stripped) and not _looks_like_names(stripped):
            continue
        if _BYLINE.match(stripped) and _looks_like_names(stripped):
            return end
        break
    return len(text) + 1


def _looks_like_names(line: str) -> bool:
    words = re.findall(r"\w+", line)
    return 0 < len(words) <= 8 and all(w[0].isupper() for w in words if not w.isdigit())
