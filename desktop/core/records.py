"""Plain records that cross layers: services return them, the UI and report writers read them.

They hold no database state, so the GUI never keeps a live ORM object (ARCHITECTURE rule 2).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.dates import PartialDate


@dataclass(frozen=True)
class ArticleRow:
    """What the article table shows for one row."""

    id: int
    title: str
    published: PartialDate | None
    outlet: str | None
    authors: tuple[str, ...]


@dataclass(frozen=True)
class ArticleRecord:
    """One article with everything a reader, an editor or a report needs."""

    id: int
    title: str
    published: PartialDate | None
    event_date: PartialDate | None
    outlet: str | None
    authors: tuple[str, ...]
    url: str | None
    category: str | None
    unit: str | None
    notes: str | None
    body: str
    lead: str | None = None
    captions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    encoding: str | None = None
    version: int = 1
    sources: tuple[str, ...] = field(default=())
    user_set: tuple[str, ...] = ()  # fields set by hand, which re-extraction leaves alone
