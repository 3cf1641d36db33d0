"""Turn what file metadata says (ISO dates, author fields, titles) into FormatHints values."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from desktop.core.dates import DateError, PartialDate
from desktop.core.text import fold, normalize

# Stored times are Vietnamese wall-clock times: a UTC stamp from a file means 7 hours later.
VIETNAM = timezone(timedelta(hours=7))

_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?")
# Office fills the author field with the computer's account; such names are not bylines.
_PLACEHOLDER_AUTHORS = frozenset(
    {
        "admin", "administrator", "user", "windows user", "microsoft", "microsoft office user",
        "pc", "hp", "dell", "asus", "owner", "author", "unknown", "default", "may tinh", "ad",
        "python-docx", "libreoffice", "tac gia", "chua xac dinh",
    }
)


def date_from_iso(value: str | None) -> PartialDate | None:
    """A PartialDate from an ISO 8601 stamp; aware times are shown in Vietnamese time.

    `2024-04-10T09:04:00Z` -> 10/04/2024 16:04; a bare `2024-04-10` keeps day precision.
    Anything unreadable gives None (metadata is a hint, never a reason to fail an import).
    """
    if not value:
        return None
    match = _ISO_DATE.match(value)
    if not match:
        return None
    year, month, day = (int(g) for g in match.group(1, 2, 3))
    try:
        if match.group(4) is None:
            return PartialDate(year, month, day)
        stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace(" ", "T"))
    except (DateError, ValueError):
        return _naive_time(match)
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(VIETNAM)
    if stamp.year < 1900:  # an unset Office date (1601, 1899) means "no date"
        return None
    return PartialDate(stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute)


def _naive_time(match: re.Match[str]) -> PartialDate | None:
    """Fallback for stamps `fromisoformat` refuses: take the wall-clock digits as written."""
    try:
        return PartialDate(*(int(g) for g in match.group(1, 2, 3, 4, 5)))
    except DateError:
        return None


def clean_author(name: str | None) -> str | None:
    """A byline from an author field, or None for empty or placeholder names."""
    if not name:
        return None
    name = normalize(name).strip(" ,;-")
    if not name or fold(name) in _PLACEHOLDER_AUTHORS or len(name) > 80:
        return None
    return name


def authors(*names: str | None) -> tuple[str, ...]:
    """Distinct usable author names, in order."""
    seen: list[str] = []
    for name in names:
        cleaned = clean_author(name)
        if cleaned and cleaned not in seen:
            seen.append(cleaned)
    return tuple(seen)


def clean_title(title: str | None) -> str | None:
    """A title from metadata, or None when it is empty or only a file name Office put there."""
    if not title:
        return None
    title = " ".join(normalize(title).split())
    if not title or title.lower().startswith("microsoft word - "):
        return None
    if re.fullmatch(r"[\w\-. ]+\.(docx?|odt|rtf|pdf|html?)", title, re.IGNORECASE):
        return None
    return title
