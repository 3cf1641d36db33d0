"""Find an article's metadata in its saved text: title, dates, category, outlet, authors,
lead, captions, and the body without the page's boilerplate.

Pure Python: the importers call `extract` with text already normalised by
`desktop.core.text.normalize`, and with what the file format said (`FormatHints`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.core import boilerplate as bp
from desktop.core.bylines import has_label, parse_byline
from desktop.core.datelines import DateLine, is_section_name, read_date_line
from desktop.core.dates import PartialDate, find_dates, infer_year
from desktop.core.outlets import (
    default_outlets,
    outlet_by_name,
    outlet_for_host,
    outlet_from_addresses,
    outlet_from_dateline,
)
from desktop.core.text import fold, has_marks

_LONG_PARAGRAPH = 40  # words; related-article lists never have lines this long
_LEAD_MIN_WORDS = 13
_TOP_BYLINE_MAX_WORDS = 6
_MASTHEAD_MAX_WORDS = 6
_TITLE_MAX_WORDS = 40
# Word counts are kept up to this many: enough for every threshold above, and splitting a
# long paragraph no further than that is cheap.
_WORDS_CAP = max(_LONG_PARAGRAPH, _TITLE_MAX_WORDS, bp.CAPTION_MAX_WORDS) + 1
_TRAILING_DATE_LINES = 3  # some sites print the date under the text, near the byline
_BREADCRUMB = re.compile(r"\s+[>»›]\s+")


@dataclass(frozen=True)
class FormatHints:
    """Metadata a file format carried (HTML meta tags, .docx core properties)."""

    title: str | None = None
    published: PartialDate | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Metadata:
    """What `extract` found in one article."""

    title: str
    published: PartialDate | None  # publication date/time, with its precision
    event_date: PartialDate | None  # date of the event the lead tells
    category: str | None  # the site's section, e.g. `Thời sự`
    outlet: str | None
    authors: tuple[str, ...]
    lead: str | None  # the lead paragraph
    captions: tuple[str, ...]  # photo captions, kept apart from the body
    body: str  # the text without title, boilerplate, date line, byline and captions


# Kinds a line can be given; None means it is still body text.
_HEADER, _SHARE, _RESIDUE, _ALT = "header", "share", "residue", "alt"
_TITLE, _REPEAT, _DATE, _SECTION = "title", "repeat", "date", "section"
_CAPTION, _BYLINE, _FOOTER = "caption", "byline", "footer"


@dataclass
class _Page:
    """The article's lines and what each one turned out to be."""

    lines: list[str]
    kinds: list[str | None] = field(default_factory=list)
    # Each line folded once, for every test; a paragraph `bp.paragraph_head` cleared of the
    # label tests keeps only its folded start (`heads`) until a test needs it all.
    folded: list[str | None] = field(default_factory=list)
    heads: list[str | None] = field(default_factory=list)
    words: list[int] = field(default_factory=list)  # each line's word count, up to _WORDS_CAP
    title_at: int | None = None
    captions: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.kinds = [None] * len(self.lines)
        self.folded, self.heads = bp.fold_paragraphs(self.lines)
        self.words = [len(line.split(None, _WORDS_CAP)) for line in self.lines]

    def folded_line(self, i: int) -> str:
        """Line `i` folded, folding it now if it was put off."""
        folded = self.folded[i]
        if folded is None:
            folded = self.folded[i] = fold(self.lines[i])
        return folded

    def free(self, start: int = 0) -> list[int]:
        """Indexes of lines from `start` still counted as body text."""
        return [i for i in range(start, len(self.lines)) if self.kinds[i] is None]


def extract(
    text: str, hints: FormatHints | None = None, outlets: Mapping[str, str] | None = None
) -> Metadata:
    """Read an article's metadata from its text; what `hints` give wins over guesses.

    `outlets` maps domains to outlet names; the bundled table is used when it is None.
    """
    hints = hints or FormatHints()
    table = default_outlets() if outlets is None else outlets
    page = _Page([line.strip() for line in text.split("\n") if line.strip()])
    _mark_boilerplate(page, text)
    early_dates, category, masthead = _find_title(page, hints.title, table)
    title = hints.title.strip() if hints.title else _line(page, page.title_at)
    _mark_repeats(page, {title, _line(page, page.title_at)})
    _mark_footer(page)
    after = page.title_at + 1 if page.title_at is not None else 0
    lead_at = _find_lead(page, after)
    late_dates, late_category = _mark_header_block(page, after, lead_at)
    category = late_category or category
    dateline = (
        _choose_date_line(late_dates)
        or _choose_date_line(early_dates)
        or _choose_date_line(_mark_trailing_dates(page, lead_at))
    )
    authors = _mark_byline(page, after, lead_at)
    _mark_captions(page, after)
    body_at = page.free(after)
    lead = _pick_lead(page, body_at)
    published = hints.published or (dateline.date if dateline else None)
    if not authors and dateline:
        authors = dateline.authors
    return Metadata(
        title=title,
        published=published,
        event_date=_event_date(lead, published),
        category=dateline.category if dateline and dateline.category else category,
        outlet=_outlet(page, hints, lead, table) or masthead,
        authors=tuple(hints.authors) or authors,
        lead=lead,
        captions=tuple(page.captions),
        body="\n\n".join(page.lines[i] for i in body_at),
    )


def _line(page: _Page, index: int | None) -> str:
    return page.lines[index] if index is not None else ""


def _mark_boilerplate(page: _Page, text: str) -> None:
    """Mark share lines, header/imprint lines and (in Vietnamese text) alt-text residue."""
    # Folding the whole text cost a third of `extract`; it is only needed once a line looks
    # like residue, and most articles have none.
    vietnamese: bool | None = None
    for i, line in enumerate(page.lines):
        folded = page.folded[i]  # None: a paragraph cleared of both tests
        if folded is not None and bp.is_share_line(line, folded):
            page.kinds[i] = _SHARE
        elif folded is not None and bp.is_header_line(line, folded):
            page.kinds[i] = _HEADER
        elif bp.is_alt_residue(line):
            if vietnamese is None:
                vietnamese = has_marks(text)
            if vietnamese:
                page.kinds[i] = _RESIDUE


def _section_of(line: str) -> str | None:
    """The section a breadcrumb (`Trang chủ > Thời sự`) or a lone section name gives."""
    if is_section_name(line):
        return line
    parts = _BREADCRUMB.split(line)
    if len(parts) > 1 and len(line.split()) <= 10:
        return parts[-1].strip()
    return None


def _find_title(
    page: _Page, hint: str | None, table: Mapping[str, str]
) -> tuple[list[DateLine], str | None, str | None]:
    """Mark the title line: the first one that is not boilerplate, a date, a section or the
    outlet's masthead.

    Returns the date lines, the section and the outlet seen above it.
    """
    dates: list[DateLine] = []
    category = masthead = None
    for i in page.free():
        line = page.lines[i]
        found = read_date_line(line)
        # `Bản tin 12/10/2023` in the title's place is a title, not a section and a date.
        if found and (found.category is None or is_section_name(found.category)):
            page.kinds[i] = _DATE
            dates.append(found)
            continue
        section = _section_of(line)
        if section:
            page.kinds[i], category = _SECTION, section
            continue
        if page.words[i] <= _MASTHEAD_MAX_WORDS and (name := outlet_by_name(line, table)):
            page.kinds[i], masthead = _HEADER, name
            continue
        if hint and not _same_title(line, hint) and not _looks_like_title(page, i):
            break  # the text opens with prose, and the title is the one the file gave
        page.kinds[i], page.title_at = _TITLE, i
        break
    return dates, category, masthead


def _looks_like_title(page: _Page, i: int) -> bool:
    """A heading rather than prose: not too long and without a closing full stop."""
    return page.words[i] <= _TITLE_MAX_WORDS and not page.lines[i].endswith((".", "…", ":"))


def _same_title(line: str, title: str) -> bool:
    a, b = fold(line).strip(" .:"), fold(title).strip(" .:")
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def _mark_repeats(page: _Page, titles: set[str]) -> None:
    """Drop the title where it comes back (often as a photo caption) and image alt lines."""
    wanted = {fold(title).strip(" .") for title in titles} - {""}
    for i in page.free():
        line = page.lines[i]
        stem = bp.image_alt_stem(line)
        if stem is not None:
            page.kinds[i] = _ALT
            if stem and fold(stem).strip(" .") not in wanted:
                page.captions.append(stem)
        elif _is_repeat(page, i, wanted):
            page.kinds[i] = _REPEAT


def _is_repeat(page: _Page, i: int, wanted: set[str]) -> bool:
    """Line `i`, folded and without dots around it, is one of `wanted`."""
    head = page.heads[i]
    # A paragraph's folded start opens with neither a space nor a dot, so a repeat of a
    # title starts with it (up to the dots and spaces it may end with).
    if head is not None and not any(title.startswith(head.rstrip(" .")) for title in wanted):
        return False
    return page.folded_line(i).strip(" .") in wanted


def _mark_footer(page: _Page) -> None:
    """Cut the page at its first footer heading; only the heading itself when real
    paragraphs follow (an inline `Tin liên quan` box)."""
    start = page.title_at + 1 if page.title_at is not None else 0
    for i in page.free(start):
        folded = page.folded[i]  # None: a paragraph cleared of the footer test
        if folded is None or not bp.is_footer_marker(page.lines[i], folded):
            continue
        rest = range(i + 1, len(page.lines))
        if any(page.words[j] >= _LONG_PARAGRAPH for j in rest):
            page.kinds[i] = _FOOTER
            continue
        for j in range(i, len(page.lines)):
            page.kinds[j] = page.kinds[j] or _FOOTER
        return


def _find_lead(page: _Page, start: int) -> int | None:
    """Index of the first real paragraph after the title (long enough to be prose)."""
    for i in page.free(start):
        if page.words[i] >= _LEAD_MIN_WORDS:
            return i
    return None


def _mark_header_block(
    page: _Page, start: int, lead_at: int | None
) -> tuple[list[DateLine], str | None]:
    """Mark date and section lines between the title and the lead."""
    dates: list[DateLine] = []
    category = None
    end = lead_at if lead_at is not None else len(page.lines)
    for i in page.free(start):
        if i >= end:
            break
        found = read_date_line(page.lines[i])
        if found:
            page.kinds[i] = _DATE
            dates.append(found)
        elif (section := _section_of(page.lines[i])) is not None:
            page.kinds[i], category = _SECTION, section
    return dates, category


def _choose_date_line(dates: list[DateLine]) -> DateLine | None:
    """The publication date line: the first that is not an update time, else the first."""
    for found in dates:
        if not found.is_update:
            return found
    return dates[0] if dates else None


def _mark_trailing_dates(page: _Page, lead_at: int | None) -> list[DateLine]:
    """Mark date lines among the last few text lines, for pages that print the date there."""
    dates: list[DateLine] = []
    tail = [i for i in page.free() if lead_at is None or i > lead_at][-_TRAILING_DATE_LINES:]
    for i in tail:
        found = read_date_line(page.lines[i])
        if found:
            page.kinds[i] = _DATE
            dates.append(found)
    return dates


def _mark_byline(page: _Page, start: int, lead_at: int | None) -> tuple[str, ...]:
    """Mark the byline: the last text line if it names authors (with the labelled credit
    lines just above it, `Bài: …` over `Ảnh: …`), else a short name line between the title
    and the lead."""
    free = [i for i in page.free(start) if i != lead_at]
    authors: tuple[str, ...] = ()
    while free and (found := parse_byline(page.lines[free[-1]])):
        if authors and not has_label(page.lines[free[-1]]):
            break
        page.kinds[free[-1]] = _BYLINE
        authors = found + authors
        if not has_label(page.lines[free.pop()]):
            break
    if authors:
        return authors
    for i in page.free(start):
        if lead_at is None or i >= lead_at:
            break
        line = page.lines[i]
        if page.words[i] <= _TOP_BYLINE_MAX_WORDS and (found := parse_byline(line)):
            page.kinds[i] = _BYLINE
            return found
    return ()


def _mark_captions(page: _Page, start: int) -> None:
    """Mark photo captions; a line right after an image marker is judged more freely."""
    previous: str | None = None
    for i in range(start, len(page.lines)):
        kind = page.kinds[i]
        after_image = previous in (_RESIDUE, _ALT)
        # The word count settles most lines: `is_caption` would split each paragraph again.
        if (
            kind is None
            and page.words[i] <= bp.CAPTION_MAX_WORDS
            and bp.is_caption(page.lines[i], after_image, page.folded[i])
        ):
            page.kinds[i] = kind = _CAPTION
            page.captions.append(page.lines[i])
        previous = kind


def _pick_lead(page: _Page, body_at: list[int]) -> str | None:
    """The lead: the first body paragraph that reads as prose."""
    for i in body_at:
        line = page.lines[i]
        if page.words[i] >= _LEAD_MIN_WORDS or line.endswith((".", "…")):
            return line
    return page.lines[body_at[0]] if body_at else None


def _event_date(lead: str | None, published: PartialDate | None) -> PartialDate | None:
    """The date of the event the lead tells, to the day, with a year only when safe."""
    if not lead:
        return None
    for found in find_dates(lead):
        if found.in_range or found.of_document or found.date.day is None:
            continue
        day = PartialDate(found.date.year, found.date.month, found.date.day)
        return infer_year(day, published) if published else day
    return None


def _outlet(
    page: _Page, hints: FormatHints, lead: str | None, table: Mapping[str, str]
) -> str | None:
    """The outlet: from the format's hints, then the lead's dateline, then a newsroom
    address in the page's header or footer."""
    if hints.outlet:
        return outlet_by_name(hints.outlet, table) or hints.outlet.strip()
    if hints.url and (name := outlet_for_host(hints.url, table)):
        return name
    if lead and (name := outlet_from_dateline(lead, table)):
        return name
    around = [
        line
        for i, line in enumerate(page.lines)
        if page.kinds[i] in (_HEADER, _SHARE, _FOOTER)
        or (page.title_at is not None and i < page.title_at)
    ]
    return outlet_from_addresses(around, table)
