"""Saved searches ("smart folders"): a name and the query text, kept per user as JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str


def load(path: Path) -> list[SavedSearch]:
    """The saved searches; an unreadable file gives none rather than stopping the app."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [SavedSearch(str(d["name"]), str(d["query"])) for d in data]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def save(path: Path, searches: list[SavedSearch]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = [{"name": s.name, "query": s.query} for s in searches]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def add(path: Path, name: str, query: str) -> list[SavedSearch]:
    """Save (or replace, by name) one search; returns the new list."""
    searches = [s for s in load(path) if s.name != name] + [SavedSearch(name, query)]
    save(path, searches)
    return searches


def remove(path: Path, name: str) -> list[SavedSearch]:
    searches = [s for s in load(path) if s.name != name]
    save(path, searches)
    return searches
