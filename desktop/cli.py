"""The archive from the command line: the same services the window uses."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import (
    cli_archive,
    cli_articles,
    cli_capture,
    cli_db,
    cli_entities,
    cli_export,
    cli_search,
)
from desktop.app import open_default_archive, outlet_table
from desktop.services import articles, importing
from desktop.store.archive import Archive


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tulieu", description="Tư liệu: kho lưu trữ tin, bài báo chí."
    )
    parser.add_argument(
        "--data-dir", help="thư mục chứa kho (mặc định: thư mục dữ liệu người dùng)"
    )
    parser.add_argument(
        "--db-url", help="kho dùng chung trên máy chủ: postgresql://người_dùng@máy/csdl "
        "(hoặc biến môi trường TULIEU_DB_URL)"
    )
    sub = parser.add_subparsers(dest="command")

    # What "Open with Tư liệu" runs (packaging/linux's .desktop, the Windows installer).
    opener = sub.add_parser("open", help="mở cửa sổ và nhập các tệp đã chọn")
    opener.add_argument("paths", nargs="*", type=Path)

    imp = sub.add_parser("import", help="nhập tệp hoặc thư mục bài viết")
    imp.add_argument("paths", nargs="*", type=Path)
    imp.add_argument(
        "--json", action="store_true", help="in kết quả từng tệp, mỗi dòng một đối tượng JSON"
    )
    cli_capture.add_url_options(imp)

    lst = sub.add_parser("list", help="liệt kê bài viết")
    lst.add_argument("--json", action="store_true", help="in siêu dữ liệu dạng JSON")

    cli_export.register(sub)
    cli_articles.register(sub)
    cli_db.register(sub)
    cli_search.register(sub)
    cli_capture.register(sub)
    cli_archive.register(sub)
    cli_entities.register(sub)
    return parser


def run_command(args: argparse.Namespace) -> int:
    if args.command in STANDALONE:
        return STANDALONE[args.command](args)
    archive = open_default_archive(args.data_dir, args.db_url)
    cli_entities.use_data_dir(args.data_dir)
    try:
        return COMMANDS[args.command](archive, args)
    except cli_archive.WRITE_ERRORS as exc:  # a full disk, a read-only archive: say so plainly
        print(exc, file=sys.stderr)
        return 1
    finally:
        archive.close()


def _import(archive: Archive, args: argparse.Namespace) -> int:
    def show(done: int, total: int, name: str) -> None:
        if name:
            print(f"[{done + 1}/{total}] {name}", file=sys.stderr)

    if not args.paths and not args.url:
        print("Cần ít nhất một tệp, thư mục hoặc --url đường dẫn", file=sys.stderr)
        return 2
    outlets = outlet_table(args.data_dir)
    summary = importing.import_files(archive, args.paths, progress=show, outlets=outlets)
    summary.outcomes += cli_capture.import_urls(archive, args, show, outlets).outcomes
    if args.json:
        for outcome in summary.outcomes:
            fields = ("path", "status", "message", "article_id")
            print(json.dumps({f: getattr(outcome, f) for f in fields}, ensure_ascii=False))
    else:
        _print_summary(summary)
    return 0 if all(o.status in importing.HANDLED for o in summary.outcomes) else 1


def _print_summary(summary: importing.ImportSummary) -> None:
    labels = {
        importing.IMPORTED: "đã nhập",
        importing.DUPLICATE: "trùng",
        importing.NEAR_DUPLICATE: "gần trùng",
        importing.UNREAD: "chưa đọc được",
        importing.FAILED: "lỗi",
    }
    for outcome in summary.outcomes:
        line = f"{labels.get(outcome.status, outcome.status)}: {outcome.path}"
        print(f"{line} — {outcome.message}" if outcome.message else line)
    near = summary.count(importing.NEAR_DUPLICATE)
    unread = summary.count(importing.UNREAD)
    print(
        f"Đã nhập {summary.count(importing.IMPORTED)}, trùng {summary.count(importing.DUPLICATE)}, "
        f"lỗi {summary.count(importing.FAILED)}."
        + (f" Chưa nhận ra bảng mã (đã giữ tệp gốc): {unread}." if unread else "")
        + (f" Gần trùng (đã nhập, có liên kết): {near}." if near else "")
    )


def _list(archive: Archive, args: argparse.Namespace) -> int:
    records = articles.get_articles(archive, articles.list_ids(archive))
    if args.json:
        listed = [cli_articles.as_json(r) for r in records]
        json.dump(listed, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in records:
        when = r.published.display() if r.published else "—"
        print(f"{r.id:>6}  {when:<16}  {r.outlet or '—':<20}  {r.title}")
    return 0


# Commands that open archives themselves (or none).
STANDALONE = {"db": cli_db.run, **cli_archive.STANDALONE}
COMMANDS = {
    "import": _import,
    "list": _list,
    "export": cli_export.run,
    "show": cli_articles.show,
    "edit": cli_articles.edit,
    **cli_search.COMMANDS,
    **cli_capture.COMMANDS,
    **cli_archive.COMMANDS,
    **cli_entities.COMMANDS,
}
