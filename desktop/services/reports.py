"""Make a report: choose the articles, order them, add the entity index and charts, write it.

One use case for the report dialog and `tulieu export --layout`. The writers in
`desktop/reports` do the layout; this module decides which articles go in and in what order,
and remembers what the user filled in last time (a JSON file in the config folder).
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from sqlalchemy import func, select

from desktop import paths
from desktop.core.progress import Progress, check, no_progress
from desktop.core.query import DateRange, Query, parse
from desktop.core.records import ArticleRecord
from desktop.core.text import sort_key
from desktop.reports import tabular
from desktop.reports.appendix import AppendixPart
from desktop.reports.extras import (
    KIND_LABELS,
    ChartImage,
    Charts,
    EntityIndex,
    IndexEntry,
    report_numbers,
)
from desktop.reports.grouping import NO_OUTLET, outlet_of
from desktop.reports.official import write_official
from desktop.reports.settings import ReportSettings, SettingsError
from desktop.reports.templates import build_letterhead
from desktop.services import saved_searches
from desktop.services.articles import get_articles, list_ids
from desktop.services.export import NothingToExport
from desktop.services.search import search_ids
from desktop.store.archive import Archive
from desktop.store.models import Article, Entity, Mention, Tag, article_tags

__all__ = [
    "KINDS", "ArticleChoice", "ChartImage", "Kind", "NothingToExport", "Remembered",
    "SettingsError", "article_counts", "choose_ids", "entity_entries", "load_remembered",
    "make_report", "order_articles", "remember", "remembered_path", "shipped_templates",
]

Kind = Literal["party", "state", "bulletin", "csv", "json"]
KINDS: tuple[str, ...] = get_args(Kind)
SUFFIX = {"csv": ".csv", "json": ".json"}
_CHUNK = 500  # ids per IN (...) list; SQLite limits bound parameters


@dataclass(frozen=True)
class ArticleChoice:
    """Which articles: explicit ids, a query, or a saved search (by name), optionally
    narrowed to publication dates from `date_from` to `date_to` inclusive. Nothing chosen
    means every article outside the trash."""

    ids: tuple[int, ...] | None = None
    query: str = ""
    saved_search: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None


def _query_of(choice: ArticleChoice, saved_path: Path | None) -> Query | None:
    text = choice.query
    if choice.saved_search:
        found = {s.name: s.query for s in saved_searches.load(
            saved_path or paths.saved_searches_path())}
        if choice.saved_search not in found:
            raise LookupError(f"Không có tìm kiếm đã lưu tên «{choice.saved_search}»")
        text = found[choice.saved_search]
    if not text.strip() and choice.date_from is None and choice.date_to is None:
        return None
    query = parse(text)  # QueryError (a ValueError) says what is wrong, in Vietnamese
    if choice.date_from is None and choice.date_to is None:
        return query
    start = choice.date_from.isoformat() if choice.date_from else None
    end = (choice.date_to + datetime.timedelta(days=1)).isoformat() if choice.date_to else None
    if query.dates is not None:  # the range typed in the query and the chosen one both hold
        start = max(filter(None, (start, query.dates.start)), default=None)
        end = min(filter(None, (end, query.dates.end)), default=None)
    return dataclasses.replace(query, dates=DateRange(start, end))


def choose_ids(
    archive: Archive, choice: ArticleChoice, saved_path: Path | None = None
) -> list[int]:
    """The chosen ids: in the given order for ids, by relevance for a query, else newest
    first (the list's own order)."""
    query = _query_of(choice, saved_path)
    if query is None:
        return list(choice.ids) if choice.ids is not None else list_ids(archive)
    found = search_ids(archive, query, "rank" if query.clauses else "published")
    if choice.ids is None:
        return found
    allowed = set(found)
    return [i for i in choice.ids if i in allowed]


def _date_key(article: ArticleRecord) -> tuple[bool, str]:
    published = article.published
    unknown = published is None or published.year is None
    return (unknown, published.iso() if published else "")


def order_articles(articles: Sequence[ArticleRecord], order: str) -> list[ArticleRecord]:
    """Articles in the report's order; undated ones last whichever way dates run."""
    chosen = list(articles)
    if order == "oldest":
        chosen.sort(key=_date_key)
    elif order == "newest":
        dated = sorted((a for a in chosen if not _date_key(a)[0]), key=_date_key, reverse=True)
        chosen = dated + [a for a in chosen if _date_key(a)[0]]
    elif order == "title":
        chosen.sort(key=lambda a: sort_key(a.title))
    elif order == "outlet":
        chosen.sort(key=lambda a: (outlet_of(a) == NO_OUTLET, sort_key(outlet_of(a)),
                                   _date_key(a)))
    return chosen


def entity_entries(archive: Archive, ids: Sequence[int]) -> list[IndexEntry]:
    """People, organizations and documents mentioned in `ids`, each kind A to Z."""
    mentioned: dict[int, tuple[str, str, set[int]]] = {}
    with archive.unit_of_work() as session:
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            rows = session.execute(
                select(Entity.id, Entity.kind, Entity.name, Mention.article_id)
                .join(Mention, Mention.entity_id == Entity.id)
                .where(Mention.article_id.in_(chunk), Entity.kind.in_(list(KIND_LABELS)))
                .distinct()
            )
            for entity_id, kind, name, article_id in rows:
                mentioned.setdefault(entity_id, (kind, name, set()))[2].add(article_id)
    entries = [IndexEntry(kind, name, tuple(sorted(found)))
               for kind, name, found in mentioned.values()]
    return sorted(entries, key=lambda e: (e.kind, sort_key(e.name)))


def make_report(
    archive: Archive,
    chosen: Sequence[int] | ArticleChoice | None,
    settings: ReportSettings,
    target: Path,
    kind: Kind = "party",
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    *,
    charts: Sequence[ChartImage] = (),
    saved_path: Path | None = None,
    limit: int | None = None,
) -> Path:
    """Write the report of the chosen articles (ids, an ArticleChoice, or None for all).

    `limit` keeps only the first articles (the dialog's preview of the first pages).
    Raises NothingToExport, SettingsError, QueryError, LookupError or Cancelled.
    """
    if kind not in KINDS:
        raise SettingsError(f"Kiểu báo cáo phải là một trong {', '.join(KINDS)}")
    if not isinstance(chosen, ArticleChoice):
        chosen = ArticleChoice(ids=tuple(chosen) if chosen is not None else None)
    progress(0, 0, "Đang chọn bài viết")
    ids = choose_ids(archive, chosen, saved_path)
    check(cancel)
    records = order_articles(get_articles(archive, ids), settings.order)[:limit]
    if not records:
        raise NothingToExport("Không có bài viết nào để xuất")
    check(cancel)
    if kind == "csv":
        return tabular.write_csv(records, target, progress, cancel)
    if kind == "json":
        return tabular.write_json(records, target, settings.article_text == "full",
                                  progress, cancel)
    settings = dataclasses.replace(settings, layout=kind)
    extras: list[AppendixPart] = []
    if charts:
        extras.append(Charts(charts))
    if settings.entity_index:
        entries = entity_entries(archive, [r.id for r in records])
        if entries:
            extras.append(EntityIndex(entries, report_numbers(records, settings.grouping)))
    return write_official(records, settings, target, progress, cancel, extras)


def article_counts(archive: Archive, ids: Sequence[int]) -> dict[str, Counter[str]]:
    """How many of `ids` per month (`2024-03`, time order), outlet, tag and organization
    (mentioned at least once), for the statistics view."""
    month = func.substr(Article.published, 1, 7)
    queries = {
        "month": select(month, func.count()).where(month.like("____-__"))
        .group_by(month),
        "outlet": select(func.coalesce(Article.outlet, NO_OUTLET), func.count())
        .group_by(Article.outlet),
        "tag": select(Tag.name, func.count()).join(article_tags, Tag.id == article_tags.c.tag_id)
        .join(Article, Article.id == article_tags.c.article_id).group_by(Tag.name),
        "organization": select(Entity.name, func.count(func.distinct(Mention.article_id)))
        .join(Mention, Mention.entity_id == Entity.id)
        .join(Article, Article.id == Mention.article_id)
        .where(Entity.kind == "organization").group_by(Entity.id, Entity.name),
    }
    counts: dict[str, Counter[str]] = {name: Counter() for name in queries}
    with archive.unit_of_work() as session:
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            for name, query in queries.items():
                for label, number in session.execute(query.where(Article.id.in_(chunk))):
                    counts[name][label] += number
    return counts


# -- what the user filled in last time -------------------------------------------------------
@dataclass
class Remembered:
    """The last report's settings, layout kind and dialog choices."""

    settings: ReportSettings
    kind: Kind = "party"
    open_when_done: bool = True


def remembered_path() -> Path:
    return paths.config_dir() / "report-settings.json"


def load_remembered(path: Path | None = None) -> Remembered:
    """The remembered report; a missing or unreadable file gives fresh defaults. The date is
    always today's: a report is dated the day it is made."""
    try:
        data: dict[str, Any] = json.loads((path or remembered_path()).read_text("utf-8"))
        data["date"] = datetime.date.today().isoformat()
        settings = ReportSettings.from_dict(data)
        if settings.template is not None and not Path(settings.template).is_file():
            settings.template = None  # moved or deleted since; the built-in page setup it is
        kind = data.get("kind") if data.get("kind") in KINDS else settings.layout
        return Remembered(settings, kind, bool(data.get("open_when_done", True)))
    except (OSError, ValueError, TypeError, AttributeError):
        return Remembered(ReportSettings())


def remember(remembered: Remembered, path: Path | None = None) -> Path:
    """Save for next time; the file is also a valid `tulieu export --settings FILE`."""
    target = path or remembered_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    data = remembered.settings.to_dict() | {
        "kind": remembered.kind, "open_when_done": remembered.open_when_done}
    target.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return target


def shipped_templates() -> list[Path]:
    """The templates in resources/templates; the letterhead one is built on first use when the
    build step did not make it (a checkout, or a read-only install without it)."""
    folder = paths.resources_dir() / "templates"
    found = sorted(folder.glob("*.docx")) if folder.is_dir() else []
    if not found:
        cached = paths.config_dir() / "templates" / "mau-tieu-de.docx"
        if not cached.is_file():
            build_letterhead(cached)
        found = [cached]
    return found
