"""The search index's fields of an article's own text, and their two index forms.

Pure text work (no database), so an import's worker processes can do it ahead of the writer;
`store.search_documents` adds the tags' and entities' names and writes the index.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import chain

from desktop.core.query import exact_word, fold_word

Forms = Mapping[str, tuple[str, str]]  # field -> (exact form, folded form)


def text_fields(
    title: str | None,
    outlet: str | None,
    authors: Sequence[str] | None,
    notes: str | None,
    lead: str | None,
    body: str | None,
    captions: Sequence[str] | None,
) -> dict[str, list[str]]:
    """The fields that come from an article's own columns (tags and entities are apart)."""
    # The lead is normally the body's first paragraph: indexed once, not counted twice.
    lead = lead if lead and lead not in (body or "") else ""
    parts = [lead, body or "", *(captions or []), notes or ""]
    return {
        "title": [title or ""],
        "body": [part for part in parts if part],
        "outlet": [outlet] if outlet else [],
        "author": list(authors or []),
    }


def index_forms(
    fields: Mapping[str, list[str]], split: Mapping[str, list[str]] | None = None
) -> dict[str, tuple[str, str]]:
    """The exact and folded forms of these fields (the slow part of indexing: per word).

    `index_form` of each field both ways, with the words split once for both (and hashed
    once, when the first form looks them up): 30% less than calling it twice. `split` maps
    a value to its `str.split()` when the caller has that already (the body, for one).
    """
    split = split or {}
    forms = {}
    for name, values in fields.items():
        # The words of the field are those of its values in turn (no word spans two).
        parts = [split.get(value) or value.split() for value in values]
        words = parts[0] if len(parts) == 1 else list(chain.from_iterable(parts))
        forms[name] = (" ".join(map(exact_word, words)), " ".join(map(fold_word, words)))
    return forms
