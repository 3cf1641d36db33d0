"""Articles from the clipboard and from drops: read like a saved page or a .txt, shown, stored.

The window hands over plain strings (no Qt here). A preview is read with the same importers
and metadata extraction as a file, so what the user checks is exactly what gets stored; the
clipboard content itself is kept as the article's source file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from desktop.core.dates import PartialDate
from desktop.core.metadata import extract
from desktop.core.text import normalize
from desktop.importers.base import Extracted
from desktop.importers.registry import read_bytes
from desktop.services import articles, editing
from desktop.services.download import normalize_url
from desktop.services.importing import IMPORTED, FileOutcome, store_extracted
from desktop.store.archive import Archive

# Windows' "HTML Format" starts with a description block; SourceURL names the page.
_CF_HEADER = re.compile(r"\A\s*Version:\d[\s\S]*?(?=<)", re.IGNORECASE)
_SOURCE_URL = re.compile(r"^SourceURL:(\S+)", re.IGNORECASE | re.MULTILINE)
_FRAGMENT = re.compile(r"<!--\s*StartFragment\s*-->([\s\S]*?)<!--\s*EndFragment\s*-->", re.I)
_HEAD = re.compile(r"<head\b[^>]*>([\s\S]*?)</head>", re.IGNORECASE)
_WEB_URL = re.compile(r"^(https?://\S+|(www\.)?[\w-]+(\.[\w-]+)+(:\d+)?/\S*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Preview:
    """What would be stored, for the user to check and correct before saving."""

    title: str
    published: PartialDate | None
    outlet: str | None
    authors: tuple[str, ...]
    url: str | None
    category: str | None
    lead: str | None
    body: str
    source_name: str  # e.g. clipboard-20240312-093000.html
    source: bytes  # the clipboard content as given, kept as the source file
    extracted: Extracted  # the text as read; save_preview stores this


@dataclass(frozen=True)
class PreviewEdits:
    """The user's values for the preview's fields; None leaves a field as previewed.

    An empty string (or empty tuple of authors) clears a field; `clear_published` clears the
    date, which None cannot say. `text` replaces the whole article text (title line first).
    """

    title: str | None = None
    published: PartialDate | None = None
    clear_published: bool = False
    outlet: str | None = None
    authors: tuple[str, ...] | None = None
    url: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Dropped:
    """A dropped or pasted text, understood: web addresses to download, or an article."""

    urls: tuple[str, ...] = ()
    text: str | None = None


def preview_html(
    html: str, source_url: str | None = None, outlets: Mapping[str, str] | None = None
) -> Preview:
    """Preview HTML from the clipboard; ImportProblem when it holds no article text.

    Browsers put the selection between <!--StartFragment--> and <!--EndFragment--> and, on
    Windows, a `SourceURL:` line: both are understood. `source_url` wins over SourceURL.
    """
    url = source_url or _cf_source_url(html)
    page = _as_page(html)
    extracted = read_bytes("clipboard.html", page.encode("utf-8"))
    if url and not extracted.hints.url:
        extracted = replace(extracted, hints=replace(extracted.hints, url=normalize_url(url)))
    return _preview(extracted, _stamp_name("html"), html.encode("utf-8"), outlets)


def preview_text(text: str, outlets: Mapping[str, str] | None = None) -> Preview:
    """Preview plain text from the clipboard, read like a .txt file."""
    data = text.encode("utf-8")
    extracted = read_bytes("clipboard.txt", data)
    return _preview(extracted, _stamp_name("txt"), data, outlets)


def save_preview(
    archive: Archive,
    preview: Preview,
    edits: PreviewEdits | None = None,
    outlets: Mapping[str, str] | None = None,
) -> FileOutcome:
    """Store the previewed article with the clipboard content as its source file.

    The user's corrections are saved as an edit (history, and marked as set by the user so a
    later re-reading keeps them). A duplicate is reported and left as it is.
    """
    edits = edits or PreviewEdits()
    extracted = preview.extracted
    if edits.text is not None and normalize(edits.text) != extracted.text:
        extracted = replace(extracted, text=normalize(edits.text))
    outcome = store_extracted(
        archive, preview.source_name, preview.source, extracted, outlets
    )
    if outcome.status == IMPORTED and outcome.article_id is not None:
        _apply_edits(archive, outcome.article_id, edits)
    return outcome


def from_dropped_text(text: str) -> Dropped:
    """Web addresses when every line is one (a text/uri-list's comments aside), else a text."""
    lines = [line.strip() for line in normalize(text or "").splitlines()]
    lines = [line for line in lines if line and not line.startswith("#")]
    if not lines:
        return Dropped()
    if all(_WEB_URL.match(line.strip("<>\"'")) for line in lines):
        return Dropped(urls=tuple(dict.fromkeys(normalize_url(line) for line in lines)))
    return Dropped(text=text)


def _preview(
    extracted: Extracted, name: str, source: bytes, outlets: Mapping[str, str] | None
) -> Preview:
    meta = extract(extracted.text, extracted.hints, outlets)
    return Preview(
        title=meta.title,
        published=meta.published,
        outlet=meta.outlet,
        authors=meta.authors,
        url=extracted.hints.url,
        category=meta.category,
        lead=meta.lead,
        body=meta.body,
        source_name=name,
        source=source,
        extracted=extracted,
    )


def _apply_edits(archive: Archive, article_id: int, edits: PreviewEdits) -> None:
    record = articles.get_articles(archive, [article_id])[0]
    current = editing.changes_of(record)
    wanted = {
        name: value
        for name in ("title", "published", "outlet", "authors", "url")
        if (value := getattr(edits, name)) is not None
    }
    if edits.clear_published:
        wanted["published"] = None
    target = replace(current, **wanted)
    if editing.differences(current, editing.cleaned(target)):
        editing.save_article(archive, article_id, target, record.version)


def _cf_source_url(html: str) -> str | None:
    header = _CF_HEADER.match(html)
    match = _SOURCE_URL.search(header.group(0)) if header else None
    return match.group(1) if match else None


def _as_page(html: str) -> str:
    """A whole page around the copied selection, the page's <head> (meta tags) kept.

    Encoded as UTF-8, which the HTML reader trusts over a copied page's old charset label.
    """
    html = _CF_HEADER.sub("", html, count=1)
    fragment = _FRAGMENT.search(html)
    if fragment is None and re.search(r"<html[\s>]", html, re.IGNORECASE):
        return html
    head = _HEAD.search(html) if fragment is not None else None
    content = fragment.group(1) if fragment is not None else html
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head.group(1) if head else ""}'
        f"</head><body>{content}</body></html>"
    )


def _stamp_name(suffix: str) -> str:
    return f"clipboard-{datetime.now():%Y%m%d-%H%M%S}.{suffix}"
