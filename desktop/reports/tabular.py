"""The articles' metadata as CSV (for Excel) and JSON (for other programs)."""

from __future__ import annotations

import csv
import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.core.dates import PartialDate
from desktop.core.progress import Progress, check, no_progress
from desktop.core.records import ArticleRecord
from desktop.reports.files import write_atomically
from desktop.reports.formatting import table_date

CSV_COLUMNS = (
    "STT", "Mã", "Tên tin, bài", "Tác giả", "Cơ quan báo chí / Nguồn", "Ngày đăng",
    "Đường link", "Chuyên mục", "Đơn vị", "Thẻ", "Ghi chú",
)
JSON_FORMAT = "tulieu-articles/1"


def csv_row(number: int, article: ArticleRecord) -> list[str]:
    return [
        str(number), str(article.id), article.title, "; ".join(article.authors),
        article.outlet or "", table_date(article.published), article.url or "",
        article.category or "", article.unit or "", "; ".join(article.tags), article.notes or "",
    ]


def write_csv(
    articles: Sequence[ArticleRecord],
    target: Path,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> Path:
    """UTF-8 with a BOM and CRLF rows: Excel then opens Vietnamese text correctly."""

    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(CSV_COLUMNS)
            for number, article in enumerate(articles, start=1):
                check(cancel)
                progress(number - 1, len(articles), article.title)
                writer.writerow(csv_row(number, article))
        progress(len(articles), len(articles), "")

    return write_atomically(target, write)


def _date(value: PartialDate | None) -> str | None:
    return value.iso() if value else None


def record_to_dict(article: ArticleRecord, include_text: bool = False) -> dict[str, Any]:
    """Metadata with ISO dates (partial dates keep their precision: `--05-24`, `2023-10`)."""
    data: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "published": _date(article.published),
        "published_display": table_date(article.published),
        "event_date": _date(article.event_date),
        "outlet": article.outlet,
        "authors": list(article.authors),
        "url": article.url,
        "category": article.category,
        "unit": article.unit,
        "tags": list(article.tags),
        "notes": article.notes,
        "version": article.version,
    }
    if include_text:
        data.update(body=article.body, lead=article.lead, captions=list(article.captions),
                    encoding=article.encoding, sources=list(article.sources))
    return data


def record_from_dict(data: dict[str, Any]) -> ArticleRecord:
    """Rebuild a record from `record_to_dict` output (text fields empty when left out)."""

    def date_of(key: str) -> PartialDate | None:
        return PartialDate.from_iso(data[key]) if data.get(key) else None

    return ArticleRecord(
        id=int(data["id"]), title=data["title"], published=date_of("published"),
        event_date=date_of("event_date"), outlet=data.get("outlet"),
        authors=tuple(data.get("authors", ())), url=data.get("url"),
        category=data.get("category"), unit=data.get("unit"), notes=data.get("notes"),
        body=data.get("body", ""), lead=data.get("lead"),
        captions=tuple(data.get("captions", ())), tags=tuple(data.get("tags", ())),
        encoding=data.get("encoding"), version=int(data.get("version", 1)),
        sources=tuple(data.get("sources", ())),
    )


def write_json(
    articles: Sequence[ArticleRecord],
    target: Path,
    include_text: bool = False,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> Path:
    """`{"format": "tulieu-articles/1", "articles": [...]}` in UTF-8, Vietnamese unescaped."""

    def write(path: Path) -> None:
        items = []
        for number, article in enumerate(articles):
            check(cancel)
            progress(number, len(articles), article.title)
            items.append(record_to_dict(article, include_text))
        document = {"format": JSON_FORMAT, "count": len(items), "articles": items}
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
        progress(len(articles), len(articles), "")

    return write_atomically(target, write)


def read_json(path: Path) -> list[ArticleRecord]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != JSON_FORMAT:
        raise ValueError(f"{path.name} không phải tệp xuất của Tư liệu")
    return [record_from_dict(item) for item in data["articles"]]
