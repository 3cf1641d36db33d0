"""Dates with precision, as Vietnamese articles give them: day-first, often partial.

A `PartialDate` keeps exactly what the text said. Its ISO form (`2023-10-12`,
`2023-03-31T20:40`, `--05-24` when the year is unknown, `2023-10`, `2023`) is what the store
keeps, so sorting the column as text sorts the dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

PRECISIONS = ("minute", "day", "day_no_year", "month", "year")


class DateError(ValueError):
    """A date the user typed that is not a real date."""


@dataclass(frozen=True)
class PartialDate:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None

    def __post_init__(self) -> None:
        if self.year is None and (self.month is None or self.day is None):
            raise DateError("Thiếu năm thì cần đủ ngày và tháng")
        if self.day is not None and self.month is None:
            raise DateError("Có ngày thì cần có tháng")
        if (self.hour is None) != (self.minute is None) or (
            self.hour is not None and self.day is None
        ):
            raise DateError("Giờ cần đi kèm ngày, tháng và phút")
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateError(f"Tháng {self.month} không có thật")
        if self.day is not None:
            # 2000 is a leap year, so 29/02 with an unknown year stays valid.
            try:
                date(self.year or 2000, self.month or 1, self.day)
            except ValueError as exc:
                raise DateError(f"Ngày {self.day}/{self.month} không có thật") from exc
        if self.hour is not None and not (0 <= self.hour < 24 and 0 <= (self.minute or 0) < 60):
            raise DateError(f"Giờ {self.hour}:{self.minute} không có thật")

    @property
    def precision(self) -> str:
        if self.year is None:
            return "day_no_year"
        if self.hour is not None:
            return "minute"
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        """ISO 8601 form, truncated to what is known (`--MM-DD` for an unknown year)."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        if self.hour is not None:
            out += f"T{self.hour:02d}:{self.minute:02d}"
        return out

    def display(self) -> str:
        """Day-first form for people: `31/03/2023 20:40`, `24/05`, `10/2023`, `2023`."""
        if self.year is None:
            return f"{self.day:02d}/{self.month:02d}"
        if self.day is not None:
            out = f"{self.day:02d}/{self.month:02d}/{self.year:04d}"
            if self.hour is not None:
                out += f" {self.hour:02d}:{self.minute:02d}"
            return out
        if self.month is not None:
            return f"{self.month:02d}/{self.year:04d}"
        return f"{self.year:04d}"

    @classmethod
    def from_iso(cls, value: str) -> PartialDate:
        match = _ISO.fullmatch(value.strip())
        if not match:
            raise DateError(f"Không đọc được ngày '{value}'")
        return cls(*(int(g) if g else None for g in match.groups()))


_ISO = re.compile(r"(?:(\d{4})|-)(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?")
_TYPED = re.compile(
    r"(?:(\d{1,2})[/.-])?(\d{1,2})(?:[/.-](\d{4}))?(?:[ ,]+(\d{1,2})[:hg](\d{2}))?"
)
_YEAR_ONLY = re.compile(r"\d{4}")


def parse_typed(text: str) -> PartialDate | None:
    """Parse what a user typed, day first: `31/3/2023 20:40`, `24/5`, `3/2023`, `2023`.

    Returns None for an empty field; raises DateError for anything else that is not a date.
    """
    text = text.strip()
    if not text:
        return None
    if _YEAR_ONLY.fullmatch(text):
        return PartialDate(int(text))
    match = _TYPED.fullmatch(text)
    if not match:
        raise DateError(f"'{text}' không phải ngày dạng ngày/tháng/năm")
    day, month, year, hour, minute = (int(g) if g else None for g in match.groups())
    if day is None:  # "3/2023" is month/year; a lone "3" is not a date
        if year is None:
            raise DateError(f"'{text}' không phải ngày dạng ngày/tháng/năm")
        return PartialDate(year, month)
    return PartialDate(year, month, day, hour, minute)


# --- Dates in running text -------------------------------------------------------------------

_TIME_AFTER = (
    r"(?:\s*(?:[,|\-–]|lúc)?\s*(?P<hour>\d{1,2})\s*[:hg]\s*(?P<minute>\d{2})(?::\d{2})?(?!\d)"
    r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?)(?!\w))?)?"
)
_DATE_IN_TEXT = re.compile(
    # `ngày 05 tháng 3 năm 2024`, `ngày 24 tháng 11`
    r"ngày\s+(?P<wday>\d{1,2})\s+tháng\s+(?P<wmonth>\d{1,2})(?:\s*(?:năm|,)\s*(?P<wyear>\d{4}))?"
    # `tháng 3/2024`, `tháng 3 năm 2024`: month precision
    r"|tháng\s+(?P<mmonth>\d{1,2})\s*(?:/|năm)\s*(?P<myear>\d{4})(?![\d/])"
    # `31/03/2023`, `24/5`, `15.01.2024`, `15-01-2024`; never part of `30/2020/NĐ-CP`
    r"|(?<![\w/.,-])(?P<day>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<month>\d{1,2})"
    r"(?:(?P=sep)(?P<year>\d{4}))?(?![\d]|[/.-]\d|/\w)" + _TIME_AFTER,
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d(?<!\d\d)")  # the first digit of a number
_TIME_BEFORE = re.compile(
    r"(?<!\d)(\d{1,2})\s*[:hg]\s*(\d{2})\s*(?:[,|\-–]\s*)?(?:ngày\s*)?$", re.IGNORECASE
)
_RANGE_GAP = re.compile(r"\s*(?:[-–—~]|->|đến|tới)\s*(?:ngày\s+)?", re.IGNORECASE)
_DOC_TYPES = (
    "nghị quyết|quyết định|chỉ thị|kết luận|kế hoạch|hướng dẫn|thông báo|công văn|thông tư"
    "|nghị định|quy định|báo cáo|tờ trình|chương trình|luật|pháp lệnh|công điện|văn bản"
)
# A document number right before the date (`55-KH/ĐU ngày`, `439/QĐ-TTg, ngày`,
# `Nghị quyết 35 ngày`): that date is the document's, not the article's.
_DOC_BEFORE = re.compile(
    r"(?:\d+\s*-\s*[A-ZĐ][\wĐđ]*/[\wĐđ./-]+|\d+(?:/\d{4})?/[A-ZĐ][\wĐđ.-]*"
    rf"|(?i:{_DOC_TYPES})\s+(?:số\s+)?\d[\w/.-]*)"
    r"(?:\s*,?\s*(?i:của|do)\s+[^,;.]{1,60}?)?"
    r"\s*,?\s*(?i:ban hành|ký)?\s*(?i:ngày)?\s*$"
)
_MIN_YEAR, _MAX_YEAR = 1900, 2100


@dataclass(frozen=True)
class FoundDate:
    """A date found in running text, with where it was and how it was used."""

    date: PartialDate
    start: int
    end: int
    in_range: bool = False  # one end of `11/4/2007 - 11/4/2024`: history, not news
    of_document: bool = False  # the date of a cited document (`55-KH/ĐU ngày 13/3/2023`)


def _to_int(value: str | None) -> int | None:
    return int(value) if value else None


def _date_from_match(match: re.Match[str]) -> PartialDate | None:
    """Build the date a match names, or None when it is not a real date."""
    groups = match.groupdict()
    if groups["wday"]:
        parts = (_to_int(groups["wyear"]), int(groups["wmonth"]), int(groups["wday"]), None, None)
    elif groups["mmonth"]:
        parts = (int(groups["myear"]), int(groups["mmonth"]), None, None, None)
    else:
        year = _to_int(groups["year"])
        if year is None and groups["sep"] != "/":
            return None  # `2.5` or `5-10` alone are numbers, not dates
        hour, minute = _to_int(groups["hour"]), _to_int(groups["minute"])
        if hour is not None and groups["ampm"]:
            # 12-hour clock: 12:05 AM is 00:05, 01:30 PM is 13:30.
            hour = hour % 12 + (12 if groups["ampm"][0] in "Pp" else 0)
        if year is None:
            hour = minute = None  # a time needs a full date to mean anything
        parts = (year, int(groups["month"]), int(groups["day"]), hour, minute)
    if parts[0] is not None and not _MIN_YEAR <= parts[0] <= _MAX_YEAR:
        return None
    try:
        return PartialDate(*parts)
    except DateError:
        if parts[3] is not None:  # a bad time (`25:99`) should not cost the date itself
            return _date_or_none(*parts[:3])
        return None


def _date_or_none(year: int | None, month: int, day: int | None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except DateError:
        return None


def _with_time_before(text: str, found: PartialDate, start: int) -> tuple[PartialDate, int]:
    """Attach a time written before the date (`08:30, 15/01/2024`), if there is one."""
    if found.hour is not None or found.year is None or found.day is None:
        return found, start
    window_start = max(0, start - 16)
    match = _TIME_BEFORE.search(text[window_start:start])
    if not match:
        return found, start
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return found, start
    timed = PartialDate(found.year, found.month, found.day, hour, minute)
    return timed, window_start + match.start()


def find_dates(text: str) -> list[FoundDate]:
    """Every day-first date in `text`, in order, flagged when it is a range end or a
    document's date.

    Recognises `31/03/2023 20:40`, `24/5`, `15.01.2024`, `08:30 15/01/2024`, `ngày 5 tháng 3
    năm 2024` and `tháng 3/2024`. Document numbers (`35-NQ/TW`, `30/2020/NĐ-CP`) are not dates.
    """
    raw: list[tuple[PartialDate, int, int]] = []
    for match in _date_matches(text):
        found = _date_from_match(match)
        if found is None:
            continue
        found, start = _with_time_before(text, found, match.start())
        end = match.end() if found.hour is not None else _end_without_time(match)
        raw.append((found, start, end))
    in_range = [False] * len(raw)
    for i in range(len(raw) - 1):
        if _RANGE_GAP.fullmatch(text[raw[i][2] : raw[i + 1][1]]):
            in_range[i] = in_range[i + 1] = True
    return [
        FoundDate(d, s, e, in_range[i], bool(_DOC_BEFORE.search(text[max(0, s - 90) : s])))
        for i, (d, s, e) in enumerate(raw)
    ]


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """`_DATE_IN_TEXT.finditer(text)`, trying the pattern only where a match can start.

    Searching the text with it cost more than all the rest of `extract`: no set of first
    characters lets `re` skip ahead through a pattern that ignores case, so it is tried at
    every character. A match starts at a digit, or at `ngày` / `tháng` followed by spaces and
    a digit; a pattern that opens with a digit finds those digits at C speed.
    """
    end = 0  # matches do not overlap: the search goes on where the last one ended
    for digits in _DIGITS.finditer(text):
        at = digits.start()
        if at < end:
            continue
        spaces = at
        while spaces > 0 and text[spaces - 1].isspace():
            spaces -= 1
        starts = (spaces - 5, spaces - 4, at) if spaces < at else (at,)  # `tháng`, `ngày`
        for start in starts:
            if start >= end and (match := _DATE_IN_TEXT.match(text, start)):
                end = match.end()
                yield match
                break


def _end_without_time(match: re.Match[str]) -> int:
    """Where the date itself ends, leaving out a time that was dropped (yearless dates)."""
    for group in ("year", "month"):
        if match.groupdict().get(group):
            return match.end(group)
    return match.end()


def infer_year(found: PartialDate, reference: PartialDate, max_days: int = 120) -> PartialDate:
    """Give a yearless date the year that puts it nearest `reference` (a publication date).

    `12/10` read in an article published 12/10/2023 is 2023-10-12; `28/12` in one published
    05/01/2024 is 2023-12-28. When no year puts it within `max_days` of the reference, or the
    reference has no day, the date is returned unchanged: a guess there would be unsafe.
    """
    if found.year is not None or reference.year is None or reference.day is None:
        return found
    assert reference.month is not None and found.month is not None and found.day is not None
    ref = date(reference.year, reference.month, reference.day)
    best: date | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = date(year, found.month, found.day)
        except ValueError:  # 29/02 in a year without it
            continue
        if best is None or abs((candidate - ref).days) < abs((best - ref).days):
            best = candidate
    if best is None or abs((best - ref).days) > max_days:
        return found
    return PartialDate(best.year, best.month, best.day)
