"""Export selected articles to a Word file."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from desktop.core.progress import Progress, no_progress
from desktop.reports.article_list import write_report
from desktop.services.articles import get_articles, list_ids
from desktop.store.archive import Archive


class NothingToExport(ValueError):
    """None of the requested articles exist."""


def export_docx(
    archive: Archive,
    ids: Sequence[int] | None,
    target: Path,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> Path:
    """Write the articles `ids` (all of them, newest first, when None) to `target`."""
    chosen = list(ids) if ids is not None else list_ids(archive)
    articles = get_articles(archive, chosen)
    if not articles:
        raise NothingToExport("Không có bài viết nào để xuất")
    return write_report(articles, target, progress=progress, cancel=cancel)
