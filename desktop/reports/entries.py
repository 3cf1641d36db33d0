"""The body paragraphs of a report: opening, numbered sections and the collected articles."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.progress import Progress, check
from desktop.core.records import ArticleRecord
from desktop.reports.docx_parts import Body, make_run
from desktop.reports.formatting import format_number, table_date
from desktop.reports.grouping import group_articles
from desktop.reports.layouts import LayoutSpec, roman
from desktop.reports.settings import ReportSettings


@dataclass(frozen=True)
class Styles:
    """Style ids of the paragraph styles a report body uses."""

    body: str
    heading: str
    group: str
    article: str
    meta: str
    caption: str


def paragraphs_of(text: str) -> list[str]:
    """Non-empty paragraphs of stored text (paragraphs are separated by blank lines)."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def lead_of(article: ArticleRecord) -> str:
    if article.lead and article.lead.strip():
        return article.lead.strip()
    found = paragraphs_of(article.body)
    return found[0] if found else ""


def facts_line(article: ArticleRecord) -> str:
    """`Báo Nhân Dân, 05/03/2024; tác giả: Thu Nga` (only what is known)."""
    where = ", ".join(p for p in (article.outlet or "", table_date(article.published)) if p)
    authors = ", ".join(a for a in article.authors if a.strip())
    parts = [where] if where else []
    if authors:
        parts.append(f"tác giả: {authors}")
    return "; ".join(parts)


def opening_and_sections(body: Body, settings: ReportSettings, spec: LayoutSpec,
                         styles: Styles) -> int:
    """Write the opening and sections `I-`, `II-` …; return how many sections were written."""
    for paragraph in paragraphs_of(settings.opening):
        body.paragraph(styles.body, paragraph)
    number = 0
    for heading, text in settings.sections:
        number += 1
        label = f"{roman(number)}{spec.numeral_sep}{heading.strip().upper()}"
        body.paragraph(styles.heading, label)
        for paragraph in paragraphs_of(text):
            body.paragraph(styles.body, paragraph)
    return number


def articles_section(
    body: Body,
    articles: Sequence[ArticleRecord],
    settings: ReportSettings,
    spec: LayoutSpec,
    styles: Styles,
    numbered_after: int,
    progress: Progress,
    cancel: threading.Event | None,
) -> None:
    """The section that presents the collected articles, grouped as the user chose."""
    heading = settings.articles_heading.strip().upper()
    if numbered_after:
        heading = f"{roman(numbered_after + 1)}{spec.numeral_sep}{heading}"
    body.paragraph(styles.heading, heading)
    total = f"Tổng số tin, bài đã thu thập: {format_number(len(articles))}"
    if settings.appendix_list:
        total += " (danh sách chi tiết tại Phụ lục kèm theo)"
    body.paragraph(styles.body, total + ".")
    done = 0
    for group in group_articles(articles, settings.grouping):
        if group.label:
            count = format_number(len(group.articles))
            body.paragraph(styles.group, f"{group.label} ({count} tin, bài)")
        for article in group.articles:
            check(cancel)
            progress(done, len(articles), article.title)
            done += 1
            _article(body, done, article, settings, styles)


def _article(body: Body, number: int, article: ArticleRecord, settings: ReportSettings,
             styles: Styles) -> None:
    body.paragraph(styles.article, f"{number}. {article.title.strip()}")
    facts = facts_line(article)
    if facts or article.url:
        runs = [make_run(f"({facts})" if facts else "")]
        if article.url:
            runs.append(make_run("\n" if facts else ""))
            runs.append(body.hyperlink(article.url))
        body.paragraph(styles.meta, "", *runs)
    if settings.article_text == "full":
        for paragraph in paragraphs_of(article.body):
            body.paragraph(styles.body, paragraph)
    elif settings.article_text == "lead":
        lead = lead_of(article)
        if lead:
            body.paragraph(styles.body, lead)
    if settings.captions_and_notes:
        for caption in article.captions:
            if caption.strip():
                body.paragraph(styles.caption, f"Ảnh: {caption.strip()}")
        if article.notes and article.notes.strip():
            body.paragraph(styles.caption, f"Ghi chú: {article.notes.strip()}")
