"""Where a query matches inside a text, in the text's own offsets, and short snippets around it.

Matching works token by token: each token of the original text is folded (or put in exact
form) on its own, so every match maps straight back to the original characters even where
folding changes the length (`ﬁ` → `fi`, decomposed marks): the token list is the offset map.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from desktop.core.query import TOKEN, Query, Term, exact_word, fold_word

Span = tuple[int, int]
MARK_OPEN, MARK_CLOSE = "«", "»"


def _tokens(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, exact, folded) for every token, one entry per index token."""
    found: list[tuple[int, int, str, str]] = []
    for match in TOKEN.finditer(text):
        word = match.group()
        exact, folded = exact_word(word), fold_word(word)
        if exact.isalnum() and folded.isalnum():  # the usual case: one word stays one token
            found.append((match.start(), match.end(), exact, folded))
            continue
        exacts, foldeds = TOKEN.findall(exact), TOKEN.findall(folded)
        # Folding never splits a Vietnamese word; if some odd letter does, keep the spans.
        for i in range(max(len(exacts), len(foldeds))):
            found.append((
                match.start(), match.end(),
                exacts[min(i, len(exacts) - 1)] if exacts else "",
                foldeds[min(i, len(foldeds) - 1)] if foldeds else "",
            ))
    return found


def _term_spans(tokens: list[tuple[int, int, str, str]], term: Term) -> Iterable[Span]:
    column = 2 if term.marked else 3
    size = len(term.tokens)
    for i in range(len(tokens) - size + 1):
        for k, wanted in enumerate(term.tokens):
            have = tokens[i + k][column]
            last_prefix = term.prefix and k == size - 1
            if not (have.startswith(wanted) if last_prefix else have == wanted):
                break
        else:
            yield tokens[i][0], tokens[i + size - 1][1]


def highlight_spans(text: str, query: Query, field: str = "body") -> list[Span]:
    """Sorted, merged (start, end) spans of `text` that the query's terms match.

    Terms limited to another field (`tieude:` when showing the body) are left out, as are
    excluded terms.
    """
    return _spans(_tokens(text) if text else [], text, query, field)


def _spans(tokens: list, text: str, query: Query, field: str) -> list[Span]:
    terms = [t for t in query.highlight_terms() if t.field in (None, field)]
    spans = sorted(s for term in terms for s in _term_spans(tokens, term))
    merged: list[Span] = []
    for start, end in spans:
        # Neighbouring words of a match read better as one marked run: «Bộ Tư pháp».
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark(text: str, spans: list[Span], as_html: bool = False) -> str:
    """The text with each span wrapped in «» (or <b></b>, with the rest HTML-escaped)."""
    escape = html.escape if as_html else str
    opening, closing = ("<b>", "</b>") if as_html else (MARK_OPEN, MARK_CLOSE)
    parts: list[str] = []
    done = 0
    for start, end in spans:
        parts += [escape(text[done:start]), opening, escape(text[start:end]), closing]
        done = end
    parts.append(escape(text[done:]))
    return "".join(parts)


def snippet(
    text: str, query: Query, width: int = 240, field: str = "body", as_html: bool = False
) -> str:
    """About `width` characters of `text` around its densest run of matches, matches marked.

    Without a match the text's beginning is returned, so every shown row has some context.
    """
    tokens = _tokens(text)
    spans = _spans(tokens, text, query, field)
    phrase = list(_term_spans(tokens, query.boost)) if spans and query.boost else []
    if not spans:
        start, end = 0, min(len(text), width)
    elif phrase:  # the words typed, side by side: what the user most likely meant
        start = max(0, phrase[0][0] - width // 4)
        end = min(len(text), start + width)
    else:
        best, best_count = spans[0][0], 0
        for i, (first, _end) in enumerate(spans):
            count = sum(1 for s, e in spans[i:] if e <= first + width)
            if count > best_count:
                best, best_count = first, count
        start = max(0, best - width // 4)
        end = min(len(text), start + width)
    start = _word_start(text, start)
    end = _word_end(text, end)
    inside = [
        (max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start
    ]
    body = " ".join(mark(text[start:end], inside, as_html).split())
    return ("… " if start > 0 else "") + body + (" …" if end < len(text) else "")


def _word_start(text: str, at: int) -> int:
    if at <= 0:
        return 0
    space = text.rfind(" ", max(0, at - 30), at)
    return space + 1 if space >= 0 else at


def _word_end(text: str, at: int) -> int:
    if at >= len(text):
        return len(text)
    space = text.find(" ", at, at + 30)
    return space if space >= 0 else at
