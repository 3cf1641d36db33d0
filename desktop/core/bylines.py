"""Read a byline: the short line at the end of an article that names who wrote it.

`Thu Nga`, `PV`, `Xuân Trường- Đức Lam`, `Nguyễn Văn A - Trần Thị B`, `Minh Anh (tổng hợp)`,
`Theo TTXVN`, `Bài và ảnh: Thu Nga`, or an organization such as `Ban Chỉ đạo 35 Bộ Công
Thương`. A sentence is never a byline.
"""

from __future__ import annotations

import re

from desktop.core.text import fold

_MAX_WORDS = 12
# Short closing words that look like a name but are not one.
_NOT_NAMES = {"het", "ket thuc", "tran trong", "xin cam on", "cam on"}
_MAX_NAME_WORDS = 5
# Labels before the names: `Bài và ảnh:`, `Tin, ảnh:`, `Nhóm PV:`, `Thực hiện:`.
_LABEL = re.compile(
    r"^(?:(?:bai|tin|anh|video|clip|do hoa|thuc hien|nhom (?:pv|phong vien))"
    r"(?:\s*(?:,|va|-|&)\s*(?:anh|video|clip))?\s*:\s*)",
)
_SOURCE = re.compile(r"^(?:theo|nguồn)\s*:?\s+", re.IGNORECASE)
_TRAILING_NOTE = re.compile(r"\s*\([^()]{1,40}\)\s*$")
# Between authors: hyphens and slashes split first (an organization may hold commas and
# `và`: `Bộ Văn hóa, Thể thao và Du lịch`), then commas and `và` between names.
_STRONG_SEPARATORS = re.compile(r"\s*[-–—;/]\s*")
_WEAK_SEPARATORS = re.compile(r"\s*,\s*|\s+(?:và|&)\s+")
# Heads of organization names. The next word must be capitalized, a number or a place
# word, so `Hội nghị kết thúc` is not the organization `Hội …`.
_ORG_HEAD = re.compile(
    r"(?:Ban|Bộ|Cục|Tổng cục|Vụ|Văn phòng|Đảng ủy|Đảng uỷ|Đảng bộ|Tỉnh ủy|Tỉnh uỷ|Thành ủy"
    r"|Thành uỷ|Huyện ủy|Huyện uỷ|Sở|Phòng|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Hội|Học viện"
    r"|Viện|Trung tâm|Báo|Tạp chí|Đài|Công an|Bộ Chỉ huy|Bộ Tư lệnh|Quân khu|Nhóm"
    r"|Liên đoàn|Mặt trận|Cổng thông tin|Chi bộ|Trường (?:Đại|Cao|Trung|Chính|Sĩ|THPT|THCS))"
    r"\s+(?P<next>\S+)"
)
_PLACE_WORDS = {"nhân", "tỉnh", "thành", "huyện", "quận", "xã", "phường", "thị"}
# Words of a sentence that an organization's name never holds (`Bộ Chính trị ban hành …`).
_SENTENCE_WORDS = re.compile(
    r"\b(?:đã|sẽ|đang|được|bị|là|có|tại|cho|với|về|này|khi|nhằm|ban hành|tổ chức hội)\b"
)


def _is_org(text: str) -> bool:
    """An organization's name: `Ban Chỉ đạo 35 Bộ Công Thương`, `UBND tỉnh Nghệ An`."""
    match = _ORG_HEAD.match(text)
    if not match or _SENTENCE_WORDS.search(text):
        return False
    first = match.group("next")
    return first[0].isupper() or first[0].isdigit() or first in _PLACE_WORDS


def _is_abbreviation(word: str) -> bool:
    """`PV`, `CTV`, `TTXVN`, `VOV.VN`: reporter and agency short forms."""
    letters = word.replace(".", "").replace("+", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _is_name(part: str) -> bool:
    """A person's or an agency's name: 1–5 words, each starting with a capital letter."""
    words = part.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS:
        return False
    if len(words) == 1 and _is_abbreviation(words[0]):
        return True
    return all(word[0].isupper() and word.replace(".", "").isalpha() for word in words)


def _strip_notes(text: str) -> str:
    """Drop `(tổng hợp)`, `(theo Reuters)`, `(TTXVN)` after the names."""
    while True:
        stripped = _TRAILING_NOTE.sub("", text)
        if stripped == text:
            return text.strip()
        text = stripped


def has_label(line: str) -> bool:
    """True for a labelled credit line such as `Bài: Minh Anh` or `Ảnh: Thu Nga`."""
    return bool(_LABEL.match(fold(line.strip())))


def _split_authors(text: str) -> list[str] | None:
    """Split `A - B`, `A, B và C`, `A - Ban X` into authors; None if a part is not a name."""
    authors: list[str] = []
    for chunk in _STRONG_SEPARATORS.split(text):
        chunk = _strip_notes(chunk)
        if not chunk:
            continue
        if _is_org(chunk):
            authors.append(chunk)
            continue
        names = [name for name in _WEAK_SEPARATORS.split(chunk) if name]
        if not names or not all(_is_name(name) for name in names):
            return None
        authors.extend(names)
    return authors or None


def parse_byline(line: str) -> tuple[str, ...] | None:
    """The authors a byline names, or None when the line is not a byline."""
    text = line.strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()  # `(Theo TTXVN)`
    # Split no further than the limit: a paragraph is ruled out without splitting it all.
    too_long = len(text.split(None, _MAX_WORDS)) > _MAX_WORDS
    if not text or too_long or text.endswith((":", "?", "!", ",")):
        return None
    text = text.rstrip(".").strip()
    label = _LABEL.match(fold(text))
    if label:
        # The label is ASCII once folded and folding keeps the length of these words.
        text = text[label.end() :].strip()
    text = _strip_notes(_SOURCE.sub("", text))
    if not text or fold(text) in _NOT_NAMES or re.search(r"[.!?…]\s|[\"“”]", text):
        return None
    authors = _split_authors(text)
    if authors:
        return tuple(authors)
    return (text,) if _is_org(text) else None
