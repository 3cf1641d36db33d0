"""Read the short line near the title that says when an article was published.

Shapes seen in saved Vietnamese news pages: `12/10/2023`, `Ngày đăng: 10/04/2024 - 16:04`,
`Thời sự 31/03/2023 20:40` (a category first), `Thứ Hai, 15/01/2024 08:30 (GMT+7)`,
`15/01/2024 | 08:30`, `Cập nhật: 08:30, 15/01/2024`, `Thu Nga | 12/10/2023`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.bylines import parse_byline
from desktop.core.dates import PartialDate, find_dates
from desktop.core.text import fold

_MAX_WORDS = 14
_WEEKDAY = re.compile(
    r"\b(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])\b", re.IGNORECASE
)
_COUNTERS = re.compile(r"(?:lượt\s+(?:xem|đọc|thích)|views?)\s*:?\s*[\d.,]+", re.IGNORECASE)
_ZONE = re.compile(r"\(?\s*(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?", re.IGNORECASE)
_UPDATE = re.compile(r"(?:cập nhật|updated?)\b[^\d]*$", re.IGNORECASE)
_LABEL = re.compile(
    r"\b(?:ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|ngày\s+xuất\s+bản|xuất\s+bản|thời\s+gian(?:\s+đăng)?"
    r"|cập\s+nhật(?:\s+lúc|\s+ngày)?|ngày|đăng|lúc|published|updated|posted|update)\b",
    re.IGNORECASE,
)
_PUNCT = " \t,|:;-–—/()•·"
_FIELD_SEPARATORS = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")
# `Hà Nội, ngày 05 tháng 3 năm 2024`: the place where it was written, not a section or author.
_PLACE_DATE = re.compile(r"^[^,\d]{2,30},\s*ngày\s+\d", re.IGNORECASE)
# Section names news sites print next to the date; anything else short still counts, but
# a known one is never mistaken for an author's name.
_SECTIONS = frozenset(
    "thoi su|chinh tri|xa hoi|kinh te|the gioi|quoc te|phap luat|van hoa|giao duc|suc khoe"
    "|the thao|quoc phong|an ninh|quoc phong - an ninh|doi song|khoa hoc|cong nghe|du lich"
    "|giai tri|ban doc|kinh doanh|xay dung dang|tin tuc|tin tong hop|tin hoat dong|dia phuong"
    "|phong su|ly luan|nghien cuu|tieu diem|su kien|y kien|dien dan|chuyen de|tai chinh"
    "|chung khoan|bat dong san|so hoa|thoi su - chinh tri".split("|")
)


@dataclass(frozen=True)
class DateLine:
    """What a date line says: the date, and the section or author printed beside it."""

    date: PartialDate
    category: str | None = None
    authors: tuple[str, ...] = ()
    is_update: bool = False  # `Cập nhật: …` is when it changed, not when it came out


def is_section_name(text: str) -> bool:
    """True for a known section name such as `Thời sự` or `Quốc phòng - An ninh`."""
    return fold(text.strip()) in _SECTIONS


def read_date_line(line: str) -> DateLine | None:
    """The publication date a short line gives, or None when the line is anything else."""
    text = line.strip()
    # Split no further than the limit: a paragraph is ruled out without splitting it all.
    if not text or len(text.split(None, _MAX_WORDS)) > _MAX_WORDS:
        return None
    found = [f for f in find_dates(text) if not f.of_document]
    if not found or any(f.in_range for f in found) or found[0].date.year is None:
        return None
    first = found[0]
    is_update = bool(_UPDATE.search(text[: first.start]))
    rest = text
    for item in reversed(found):
        rest = rest[: item.start] + " " + rest[item.end :]
    rest = _LABEL.sub(" ", _WEEKDAY.sub(" ", _ZONE.sub(" ", _COUNTERS.sub(" ", rest))))
    rest = " ".join(rest.split()).strip(_PUNCT)
    if not rest or _PLACE_DATE.match(text):
        return DateLine(first.date, is_update=is_update)
    if rest.endswith((".", "…")):
        return None  # a sentence that opens with a date, not a date line
    if is_section_name(rest):
        return DateLine(first.date, category=rest, is_update=is_update)
    category: str | None = None
    authors: tuple[str, ...] = ()
    # What is left may be several fields: `Chính trị | … | Thu Nga`.
    for part in _FIELD_SEPARATORS.split(rest):
        part = part.strip(_PUNCT)
        if not part:
            continue
        if is_section_name(part) and category is None:
            category = part
        elif (names := parse_byline(part)) and not authors:
            authors = names
        elif category is None and _looks_like_section(part):
            category = part
        else:
            return None
    return DateLine(first.date, category=category, authors=authors, is_update=is_update)


def _looks_like_section(text: str) -> bool:
    """A short capitalized label without digits, such as a section name not in the list."""
    return len(text.split()) <= 4 and text[0].isupper() and not any(c.isdigit() for c in text)
