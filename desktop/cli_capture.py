"""`tulieu import --url` and `tulieu watch`: capturing articles from links and watched folders."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

from desktop import paths
from desktop.app import outlet_table
from desktop.core.progress import Progress
from desktop.services import download, watch
from desktop.services.importing import DUPLICATE, FAILED, IMPORTED, ImportSummary
from desktop.store.archive import Archive


def add_url_options(parser: argparse.ArgumentParser) -> None:
    """Options of `tulieu import` for pages fetched from their address."""
    parser.add_argument(
        "--url", nargs="+", action="extend", default=[], metavar="URL",
        help="tải và nhập bài từ đường dẫn trang web (có thể nhiều đường dẫn)",
    )
    parser.add_argument(
        "--timeout", type=float, default=15.0, metavar="GIÂY",
        help="thời gian chờ tối đa cho mỗi trang (mặc định 15 giây)",
    )


def import_urls(
    archive: Archive,
    args: argparse.Namespace,
    progress: Progress,
    outlets: Mapping[str, str] | None,
) -> ImportSummary:
    """The `--url` part of `tulieu import`; an empty summary when no address was given."""
    if not args.url:
        return ImportSummary()
    return download.import_urls(
        archive, args.url, progress=progress, outlets=outlets, timeout=args.timeout
    )


def register(sub: argparse._SubParsersAction) -> None:
    """`tulieu watch`: the import subcommand's `--url` is added by `add_url_options`."""
    watch_cmd = sub.add_parser(
        "watch", help="theo dõi thư mục, tự nhập tệp bài viết mới (Ctrl+C để dừng)"
    )
    watch_cmd.add_argument("folders", nargs="+", type=Path, metavar="THƯ_MỤC")
    watch_cmd.add_argument(
        "--after", choices=("leave", "move", "delete"), default="leave",
        help="với tệp đã nhập: để nguyên (leave), chuyển vào thư mục da-nhap (move), xóa (delete)",
    )
    watch_cmd.add_argument(
        "--done-folder", type=Path, help="thư mục nhận tệp đã nhập khi --after move"
    )
    watch_cmd.add_argument(
        "--interval", type=float, default=5.0, metavar="GIÂY",
        help="bao lâu xem lại thư mục một lần (mặc định 5 giây)",
    )


def run_watch(archive: Archive, args: argparse.Namespace) -> int:
    """Watch until Ctrl+C or SIGTERM; each handled file is printed as it is imported."""
    missing = [str(f) for f in args.folders if not f.is_dir()]
    if missing:
        print(f"Không có thư mục: {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.interval <= 0:
        print("--interval cần một số giây lớn hơn 0", file=sys.stderr)
        return 2
    data = paths.data_dir(args.data_dir)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    print(
        f"Đang theo dõi {', '.join(str(f) for f in args.folders)} "
        f"(mỗi {args.interval:g} giây; Ctrl+C để dừng). Nhật ký: {watch.log_path(data)}",
        flush=True,
    )
    watch.run_watch(
        archive, args.folders, watch.state_path(data), watch.log_path(data), stop,
        after=args.after, done_folder=args.done_folder, interval=args.interval,
        outlets=outlet_table(args.data_dir), on_summary=_print_outcomes,
    )
    print("Đã dừng theo dõi.", flush=True)
    return 0


def _print_outcomes(summary: ImportSummary) -> None:
    labels = {IMPORTED: "đã nhập", DUPLICATE: "trùng", FAILED: "lỗi"}
    for outcome in summary.outcomes:
        line = f"{labels[outcome.status]}: {outcome.path}"
        print(f"{line} — {outcome.message}" if outcome.message else line, flush=True)


COMMANDS = {"watch": run_watch}
