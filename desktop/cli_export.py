"""`tulieu export`: the plain list, official reports, CSV and JSON from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.core.query import QueryError
from desktop.reports.settings import ReportSettings, SettingsError
from desktop.services import export, reports
from desktop.store.archive import Archive

LAYOUTS = ("list", *reports.KINDS)
HELP = """\
bố cục (--layout):
  list      danh sách tin, bài kèm toàn văn (mặc định, như các bản trước)
  party     báo cáo thể thức văn bản của Đảng (Hướng dẫn 36-HD/VPTW)
  state     báo cáo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP)
  bulletin  điểm tin: mỗi bài một mục, tóm tắt và đường link
  csv       bảng siêu dữ liệu UTF-8 có BOM, mở được bằng Excel
  json      siêu dữ liệu dạng JSON (kèm toàn văn khi thiết lập article_text là full)

--settings FILE: tệp JSON của thiết lập báo cáo (cơ quan, số ký hiệu, nơi nhận, người ký,
cách nhóm, thứ tự…); tệp hộp thoại Xuất báo cáo lưu lại cũng dùng được ở đây. Thiếu tệp thì
dùng thiết lập đã nhớ của người dùng (nếu có).
"""


def register(sub) -> None:
    exp = sub.add_parser(
        "export", help="xuất bài viết: danh sách Word, báo cáo Đảng/Nhà nước, điểm tin, CSV, JSON",
        description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    which = exp.add_mutually_exclusive_group(required=True)
    which.add_argument("--ids", help="mã bài, cách nhau bởi dấu phẩy: 1,2,3")
    which.add_argument("--query", help="các bài khớp câu tìm (như ô tìm kiếm)")
    which.add_argument("--all", action="store_true", help="tất cả bài viết")
    exp.add_argument("--layout", choices=LAYOUTS, default="list",
                     help="bố cục (mặc định: list)")
    exp.add_argument("--settings", type=Path, help="tệp thiết lập báo cáo (JSON)")
    exp.add_argument("output", type=Path)


def _settings(args: argparse.Namespace) -> ReportSettings:
    if args.settings is None:
        return reports.load_remembered().settings
    try:
        return ReportSettings.load(args.settings)
    except OSError as exc:
        raise SettingsError(f"Không đọc được {args.settings}: {exc.strerror or exc}") from exc


def _write(archive: Archive, args: argparse.Namespace, ids: tuple[int, ...] | None) -> Path:
    if args.layout != "list":
        choice = reports.ArticleChoice(ids=ids, query=args.query or "")
        return reports.make_report(archive, choice, _settings(args), args.output, args.layout)
    if args.query is not None:  # the matches in the search's order, as the window lists them
        found = reports.choose_ids(archive, reports.ArticleChoice(query=args.query))
        return export.export_docx(archive, found, args.output)
    return export.export_docx(archive, ids, args.output)


def run(archive: Archive, args: argparse.Namespace) -> int:
    ids = None
    if args.ids is not None:
        try:
            ids = tuple(int(part) for part in args.ids.split(",") if part.strip())
        except ValueError:
            print("--ids cần các số cách nhau bởi dấu phẩy, ví dụ 1,2,3", file=sys.stderr)
            return 2
    try:
        path = _write(archive, args, ids)
    except (export.NothingToExport, SettingsError) as exc:
        print(exc, file=sys.stderr)
        return 1
    except QueryError as exc:
        print(f"Câu tìm không hợp lệ: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"Không ghi được tệp {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Đã xuất ra {path}")
    return 0
