"""`tulieu import --url` and `tulieu watch`: capturing articles from links and watched folders."""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from desktop.core.progress import Progress
from desktop.services import download
from desktop.services.importing import ImportSummary
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
