"""`tulieu search` and `tulieu reindex`: the search services from the command line."""

from __future__ import annotations

import argparse
import json
import sys

from desktop import cli_articles
from desktop.services import articles, search
from desktop.store.archive import Archive


def register(sub) -> None:
    find = sub.add_parser(
        "search", help="tìm bài viết (cú pháp: xem resources/help/search.md)",
        description='Ví dụ: tulieu search \'bo tu phap nam:2023 -"đang"\'',
    )
    find.add_argument("query", help="câu tìm: từ, \"cụm từ\", tiền tố*, -loại trừ, OR, trường:")
    find.add_argument("--json", action="store_true", help="in kết quả dạng JSON, kèm đoạn trích")
    find.add_argument("--sort", choices=search.SORTS, default="rank",
                      help="sắp xếp theo (mặc định: mức liên quan)")
    find.add_argument("--ascending", action="store_true", help="sắp xếp tăng dần")
    find.add_argument("--limit", type=int, help="chỉ lấy N bài đầu")
    sub.add_parser("reindex", help="dựng lại chỉ mục tìm kiếm")


def find(archive: Archive, args: argparse.Namespace) -> int:
    result = search.search(archive, args.query, args.sort, not args.ascending, args.limit)
    if result.error is not None:
        print(f"Câu tìm không hợp lệ: {result.error}", file=sys.stderr)
        return 2
    records = articles.get_articles(archive, result.ids)
    passages = search.snippets(archive, result.query, result.ids)
    if args.json:
        listed = [
            cli_articles.as_json(r) | {"snippet": passages.get(r.id, "")} for r in records
        ]
        json.dump(listed, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in records:
        when = r.published.display() if r.published else "—"
        print(f"{r.id:>6}  {when:<16}  {r.outlet or '—':<20}  {r.title}")
        print(f"        {passages.get(r.id, '')}")
    print(f"{len(records)} bài.")
    return 0


def reindex(archive: Archive, _args: argparse.Namespace) -> int:
    def show(done: int, total: int, _label: str) -> None:
        print(f"\r{done}/{total}", end="", file=sys.stderr)

    total = search.reindex(archive, show)
    print(file=sys.stderr)
    print(f"Đã lập chỉ mục {total} bài.")
    return 0


COMMANDS = {"search": find, "reindex": reindex}
