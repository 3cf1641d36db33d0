"""Dates with precision, as Vietnamese articles give them: day-first, often partial.

A `PartialDate` keeps exactly what the text said. Its ISO form (`2023-10-12`,
`2023-03-31T20:40`, `--05-24` when the year is unknown, `2023-10`, `2023`) is what the store
keeps, so sorting the column as text sorts the dates.
"""

from __future__ import annotations

import re
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
