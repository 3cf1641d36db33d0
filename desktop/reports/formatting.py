"""How an office writes dates, numbers and summaries in a report (DOMAIN.md §4)."""

from __future__ import annotations

import datetime
import re
from decimal import ROUND_HALF_UP, Decimal

from desktop.core.dates import PartialDate


def date_words(day: datetime.date) -> str:
    """`ngày 05 tháng 3 năm 2024`, `ngày 09 tháng 01 năm 2026`, `ngày 15 tháng 12 năm 2025`.

    Days below 10 and the months January and February take a leading zero; other months do
    not (the rule of the Party and State guides, so a date cannot be altered by hand).
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def date_line(place: str, day: datetime.date) -> str:
    """The place-and-date line: `Hà Nội, ngày 05 tháng 3 năm 2024`."""
    place = place.strip()
    return f"{place}, {date_words(day)}" if place else date_words(day).capitalize()


def format_number(value: int | float | Decimal, decimals: int | None = None) -> str:
    """`1234567` -> `1.234.567`, `3.5` -> `3,5`, `-1234.25` -> `-1.234,25`.

    With `decimals` the value is rounded half-up to that many places; otherwise a float is
    shown with as many places as it needs (never in exponent form).
    """
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    text = f"{abs(number):f}"
    whole, _, fraction = text.partition(".")
    if decimals is None:
        fraction = fraction.rstrip("0")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sign + ".".join(groups)
    return f"{out},{fraction}" if fraction else out


def table_date(value: PartialDate | None) -> str:
    """A publication date for a table cell: `05/03/2024`, or only what is known (`05/03`,
    `03/2024`, `2024`); empty when there is no date. The time of day is left out."""
    if value is None:
        return ""
    if value.year is None:
        return f"{value.day:02d}/{value.month:02d}"
    if value.day is not None:
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    if value.month is not None:
        return f"{value.month:02d}/{value.year:04d}"
    return f"{value.year:04d}"


def month_label(value: PartialDate | None) -> str:
    """The heading of a month group: `Tháng 3/2024`, `Năm 2023`, `Tháng 5 (chưa rõ năm)`."""
    if value is None:
        return "Chưa rõ ngày đăng"
    if value.year is None:
        return f"Tháng {value.month} (chưa rõ năm)"
    if value.month is None:
        return f"Năm {value.year}"
    return f"Tháng {value.month}/{value.year}"


def month_key(value: PartialDate | None) -> tuple[int, int]:
    """Sorts month groups by time; unknown years and dates go last."""
    if value is None:
        return (99_999, 99)
    if value.year is None:
        return (99_998, value.month or 0)
    return (value.year, value.month or 0)


# A sentence ends at . ! ? or … (maybe followed by a closing quote) before a space.
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]?\s+")
# `TP. Hồ Chí Minh`, `Q. 1`, `ThS. Lê`: a short abbreviation before the dot is not an end.
_ABBREVIATION = re.compile(r"(?:^|[\s.])(?:[A-ZĐ]{1,3}|ThS|Th)\.$")


def first_sentences(text: str, count: int = 2, limit: int = 400) -> str:
    """The first `count` sentences of `text`, for a bulletin summary.

    Stops after one sentence when two would pass `limit` characters, and cuts a sentence
    that alone is longer than `limit` at a word boundary with `…`.
    """
    text = " ".join(text.split())
    ends: list[int] = []
    for match in _SENTENCE_END.finditer(text):
        following = text[match.end() : match.end() + 1]
        if not (following.isupper() or following.isdigit() or following in "\"“'("):
            continue
        if text[match.start()] == "." and _ABBREVIATION.search(text[: match.start() + 1]):
            continue
        ends.append(match.start() + len(match.group().rstrip()))
        if len(ends) == count:
            break
    chosen = text
    for end in reversed(ends):
        if end <= limit or end == ends[0]:
            chosen = text[:end]
            break
    if len(chosen) > limit:
        cut = chosen[:limit].rsplit(" ", 1)[0]
        chosen = cut.rstrip(",;:") + " …"
    return chosen
