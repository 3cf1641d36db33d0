"""Group articles the way an office reads a report: by month, outlet, tag or unit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.records import ArticleRecord
from desktop.core.text import sort_key
from desktop.reports.formatting import month_key, month_label

NO_OUTLET = "Chưa rõ nguồn"
NO_UNIT = "Chưa rõ đơn vị"
NO_TAG = "Chưa gắn thẻ"


@dataclass(frozen=True)
class Group:
    label: str  # empty when the report is not grouped
    articles: list[ArticleRecord]


def outlet_of(article: ArticleRecord) -> str:
    return (article.outlet or "").strip() or NO_OUTLET


def unit_of(article: ArticleRecord) -> str:
    return (article.unit or "").strip() or NO_UNIT


def tag_of(article: ArticleRecord) -> str:
    # The first tag only, so each article is counted once and totals add up.
    return article.tags[0].strip() if article.tags and article.tags[0].strip() else NO_TAG


def named_key(missing: str) -> Callable[[str], tuple]:
    """Vietnamese dictionary order, with the "unknown" group last."""
    return lambda label: (label == missing, sort_key(label))


def group_articles(articles: Sequence[ArticleRecord], grouping: str) -> list[Group]:
    """Groups in reading order; articles keep the caller's order inside each group."""
    if grouping == "none":
        return [Group("", list(articles))]
    if grouping == "month":
        by_month: dict[tuple[int, int], Group] = {}
        for article in articles:
            key = month_key(article.published)
            if key not in by_month:
                by_month[key] = Group(month_label(article.published), [])
            by_month[key].articles.append(article)
        return [by_month[key] for key in sorted(by_month)]
    label_of, missing = {
        "outlet": (outlet_of, NO_OUTLET),
        "unit": (unit_of, NO_UNIT),
        "tag": (tag_of, NO_TAG),
    }[grouping]
    named: dict[str, list[ArticleRecord]] = {}
    for article in articles:
        named.setdefault(label_of(article), []).append(article)
    return [Group(label, named[label]) for label in sorted(named, key=named_key(missing))]
