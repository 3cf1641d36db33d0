"""`tulieu db copy`: move a local archive into a shared one, or back."""

from __future__ import annotations

import argparse
import sys

from desktop.app import archive_location
from desktop.store.archive import open_archive
from desktop.store.copy import CopyRefused, copy_archive


def register(sub) -> None:
    db = sub.add_parser("db", help="thao tác với cả kho")
    actions = db.add_subparsers(dest="db_command", required=True)
    copy = actions.add_parser(
        "copy", help="chép toàn bộ kho (cả tệp gốc) sang kho khác rồi kiểm tra lại"
    )
    copy.add_argument("--from", dest="source", required=True,
                      help="kho nguồn: postgresql://…, tệp .sqlite3 hoặc thư mục dữ liệu")
    copy.add_argument("--to", dest="target", required=True, help="kho đích, cùng cách viết")
    copy.add_argument("--resume", action="store_true",
                      help="chép tiếp vào kho đích đã có một phần (lần chép trước bị ngắt)")


def run(args: argparse.Namespace) -> int:
    source = open_archive(archive_location(args.source))
    target = open_archive(archive_location(args.target))

    def show(done: int, total: int, name: str) -> None:
        if name:
            print(f"[{done + 1}/{total}] {name}", file=sys.stderr)

    try:
        report = copy_archive(source, target, resume=args.resume, progress=show)
    except CopyRefused as exc:
        print(exc, file=sys.stderr)
        return 2
    finally:
        source.close()
        target.close()
    for table, count in report.copied.items():
        skipped = report.skipped.get(table, 0)
        print(f"{table}: chép {count}" + (f", bỏ qua {skipped} đã có" if skipped else ""))
    if not report.ok:
        print("Kiểm tra sau khi chép thấy khác biệt:", file=sys.stderr)
        for problem in report.problems:
            print(f"- {problem}", file=sys.stderr)
        return 1
    print("Đã chép xong; số dòng và mã băm nội dung khớp giữa hai kho.")
    return 0
