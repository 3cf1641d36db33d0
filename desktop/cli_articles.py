"""`tulieu show` and `tulieu edit`: one article's metadata, read or changed from a script."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace

from desktop.cli_entities import mention_json
from desktop.core.dates import DateError, parse_typed
from desktop.core.records import ArticleRecord
from desktop.services import articles, editing, entities
from desktop.services.articles import ArticleNotFound
from desktop.services.editing import FIELDS, EditConflict, changes_of
from desktop.store.archive import Archive

_DATES = ("published", "event_date")
_LISTS = ("authors", "tags")


def register(sub) -> None:
    show = sub.add_parser("show", help="xem mọi trường của một bài")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    edit = sub.add_parser("edit", help="sửa trường của một bài: --set outlet=\"Báo Nhân Dân\"")
    edit.add_argument("id", type=int)
    edit.add_argument("--set", dest="assignments", action="append", required=True,
                      metavar="TRƯỜNG=GIÁ TRỊ",
                      help=f"trường: {', '.join(FIELDS)}; ngày dạng 10/04/2024; "
                           "nhiều tác giả/nhãn cách nhau bởi ;")


def as_json(record: ArticleRecord, full: bool = False) -> dict:
    """An article's metadata for scripts; `full` adds the text, captions and user-set fields."""
    def date(value):
        return {"value": value.iso(), "precision": value.precision} if value else None

    out = {
        "id": record.id,
        "title": record.title,
        "published": date(record.published),
        "event_date": date(record.event_date),
        "outlet": record.outlet,
        "authors": list(record.authors),
        "url": record.url,
        "category": record.category,
        "unit": record.unit,
        "tags": list(record.tags),
        "notes": record.notes,
    }
    if full:
        out |= {
            "lead": record.lead,
            "captions": list(record.captions),
            "body": record.body,
            "encoding": record.encoding,
            "version": record.version,
            "sources": list(record.sources),
            "user_set": list(record.user_set),
        }
    return out


def show(archive: Archive, args: argparse.Namespace) -> int:
    try:
        record = articles.get_article(archive, args.id)
    except ArticleNotFound:
        print(f"Không có bài số {args.id}", file=sys.stderr)
        return 1
    if args.json:
        out = as_json(record, full=True)
        out["mentions"] = [mention_json(m) for m in entities.mentions(archive, record.id)]
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for key, value in as_json(record, full=True).items():
            if key != "body":
                print(f"{key}: {value if value not in (None, [], '') else '—'}")
        print()
        print(record.body)
    return 0


def edit(archive: Archive, args: argparse.Namespace) -> int:
    try:
        record = articles.get_article(archive, args.id)
        changes = replace(changes_of(record), **_parse(args.assignments))
        saved = editing.save_article(archive, record.id, changes, record.version)
    except ArticleNotFound:
        print(f"Không có bài số {args.id}", file=sys.stderr)
        return 1
    except (ValueError, DateError, EditConflict) as exc:
        print(exc, file=sys.stderr)
        return 2
    print(json.dumps(as_json(saved, full=False), ensure_ascii=False, indent=2))
    return 0


def _parse(assignments: list[str]) -> dict:
    values: dict = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or name not in FIELDS:
            raise ValueError(f"'{item}': cần dạng TRƯỜNG=GIÁ TRỊ, trường là một trong "
                             f"{', '.join(FIELDS)}")
        if name in _DATES:
            values[name] = parse_typed(value)
        elif name in _LISTS:
            values[name] = tuple(p.strip() for p in value.split(";") if p.strip())
        else:
            values[name] = value
    return values
