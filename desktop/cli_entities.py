"""`tulieu entities`: the archive's people, organizations, places and documents."""

from __future__ import annotations

import argparse
import json
import sys

from desktop import paths
from desktop.core.entities import KINDS
from desktop.services import entities
from desktop.services.entities import MentionInfo
from desktop.store.archive import Archive

_LABELS = {"person": "người", "organization": "tổ chức", "place": "địa danh",
           "document": "văn bản"}


def use_data_dir(data_dir: str | None) -> None:
    """Word lists the user added under the data folder extend the extractor's (on import)."""
    entities.use_gazetteer_dirs(paths.data_dir(data_dir) / "gazetteers")


def register(sub) -> None:
    cmd = sub.add_parser("entities", help="liệt kê người, tổ chức, địa danh, văn bản")
    cmd.add_argument("--type", dest="kind", choices=KINDS, help="chỉ một loại")
    cmd.add_argument("--search", help="chỉ những tên (hoặc tên khác) chứa chữ này")
    cmd.add_argument("--json", action="store_true", help="in dạng JSON")


def mention_json(mention: MentionInfo) -> dict:
    """One mention for scripts: offsets index the article's `body`."""
    return {
        "id": mention.id,
        "entity_id": mention.entity_id,
        "entity": mention.name,
        "type": mention.kind,
        "start": mention.start,
        "end": mention.end,
        "surface": mention.surface,
        "title": mention.title,
        "status": "confirmed" if mention.confirmed else "suggested",
    }


def run(archive: Archive, args: argparse.Namespace) -> int:
    listed = entities.list_entities(archive, args.kind, args.search)
    if args.json:
        json.dump(
            [{"id": e.id, "type": e.kind, "name": e.name, "aliases": list(e.aliases),
              "article_count": e.article_count} for e in listed],
            sys.stdout, ensure_ascii=False, indent=2,
        )
        print()
        return 0
    for e in listed:
        aliases = f"  (tên khác: {'; '.join(e.aliases)})" if e.aliases else ""
        print(f"{e.id:>6}  {_LABELS[e.kind]:<9} {e.article_count:>5} bài  {e.name}{aliases}")
    return 0


COMMANDS = {"entities": run}
