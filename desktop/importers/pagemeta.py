"""An HTML page's own metadata: title, publication time, authors, outlet and canonical URL.

Read from what sites publish for search engines and social networks: `<meta>` tags, Open
Graph (`og:`, `article:`), `<link rel=canonical>` and JSON-LD `NewsArticle` blocks.
Dates come only from these tags, never from the body (DOMAIN §1: the body holds history).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import html as lxml_html

from desktop.core.metadata import FormatHints
from desktop.core.text import fold
from desktop.importers import hints as hint

_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "article.published", "dc.date.issued", "dc.date",
    "date", "cxenseparse:recs:publishtime",
)
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "cxenseparse:author")
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "webpage"}
_OUTLET_WORDS = ("bao ", "tap chi ", "cong thong tin", "trang thong tin", "dai ", "thong tan")
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:]\s+")


def page_hints(
    tree: lxml_html.HtmlElement, fallback: dict[str, str | None], url: str | None = None
) -> FormatHints:
    """FormatHints from the page; `fallback` holds the extractor's own guesses by field."""
    meta = _meta_tags(tree)
    article = _json_ld_article(tree)
    outlet = (
        meta.get("og:site_name")
        or _name(article.get("publisher"))
        or fallback.get("site")
        or _outlet_in_title(tree.findtext(".//title"))
    )
    title = _title(meta, article, tree, fallback.get("title"), outlet)
    published = hint.date_from_iso(_text(article.get("datePublished")))
    for key in _DATE_KEYS:
        published = published or hint.date_from_iso(meta.get(key))
    people = [_name(a) for a in _as_list(article.get("author"))]
    people += [meta.get(key) for key in _AUTHOR_KEYS if not _is_url(meta.get(key))]
    names = hint.authors(*people) or hint.authors(fallback.get("author"))
    return FormatHints(
        title=title,
        published=published,
        authors=names,
        outlet=hint.clean_author(outlet),
        url=_canonical(tree, meta, article) or url,
    )


def _meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """`<meta>` contents keyed by lower-cased property/name/itemprop; the first one wins."""
    found: dict[str, str] = {}
    for tag in tree.iter("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        value = tag.get("content")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), value.strip())
    return found


def _json_objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD value, looking inside lists and `@graph`."""
    if isinstance(value, list):
        for item in value:
            yield from _json_objects(item)
    elif isinstance(value, dict):
        yield value
        yield from _json_objects(value.get("@graph"))


def _json_ld_article(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue  # sites often ship broken JSON-LD; the meta tags may still do
        for obj in _json_objects(data):
            types = {str(t).lower() for t in _as_list(obj.get("@type"))}
            if types & _ARTICLE_TYPES and (obj.get("headline") or obj.get("datePublished")):
                return obj
    return {}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list) and value:
        return _name(value[0])
    return _text(value)


def _is_url(value: str | None) -> bool:
    return bool(value) and value.lower().startswith(("http://", "https://", "/"))


def _title(
    meta: dict[str, str],
    article: dict[str, Any],
    tree: lxml_html.HtmlElement,
    fallback: str | None,
    outlet: str | None,
) -> str | None:
    h1 = next((" ".join(h.text_content().split()) for h in tree.iter("h1")), None)
    for candidate in (
        _text(article.get("headline")), meta.get("og:title"), meta.get("twitter:title"), h1,
        fallback, tree.findtext(".//title"),
    ):
        title = hint.clean_title(_strip_site(candidate, outlet))
        if title:
            return title
    return None


def _strip_site(title: str | None, outlet: str | None) -> str | None:
    """`Tên bài - Báo Tổ Quốc` -> `Tên bài`, when the tail names the site."""
    if not title:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1:
        tail = fold(parts[-1])
        if (outlet and (tail in fold(outlet) or fold(outlet) in tail)) or tail.startswith(
            _OUTLET_WORDS
        ):
            return title[: title.rfind(parts[-1])].rstrip(" -|–—:")
    return title


def _outlet_in_title(title: str | None) -> str | None:
    """`… | Báo Quảng Nam`: old sites name themselves only at the end of <title>."""
    parts = _TITLE_SEPARATORS.split(title or "")
    if len(parts) > 1 and fold(parts[-1]).startswith(_OUTLET_WORDS):
        return " ".join(parts[-1].split())
    return None


def _canonical(tree: lxml_html.HtmlElement, meta: dict[str, str], article: dict) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and _is_web(link.get("href")):
            return link.get("href", "").strip()
    page = article.get("mainEntityOfPage")
    if isinstance(page, dict):  # schema.org allows a WebPage object here, named by its @id
        page = page.get("@id") or page.get("url")
    for value in (meta.get("og:url"), page, article.get("url")):
        if isinstance(value, str) and _is_web(value):
            return value.strip()
    return None


def _is_web(value: str | None) -> bool:
    return bool(value) and value.strip().lower().startswith(("http://", "https://"))
