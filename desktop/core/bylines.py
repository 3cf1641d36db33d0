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
_SEPARATORS = re.compile(r"\s*[-–—,;/]\s*|\s+(?:và|&)\s+")
# Heads of organization names; the next word must be a proper name (capitalized) or a
# number, so `Hội nghị kết thúc` is not `Hội …`.
_ORG_HEAD = re.compile(
    r"(?:Ban|Bộ|Cục|Tổng cục|Vụ|Văn phòng|Đảng ủy|Đảng uỷ|Đảng bộ|Tỉnh ủy|Tỉnh uỷ|Thành ủy"
    r"|Thành uỷ|Huyện ủy|Huyện uỷ|Sở|Phòng|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Hội|Học viện"
    r"|Viện|Trung tâm|Báo|Tạp chí|Đài|Công an|Bộ Chỉ huy|Bộ Tư lệnh|Quân khu|Nhóm"
    r"|Liên đoàn|Mặt trận|Cổng thông tin|Chi bộ|Trường (?:Đại|Cao|Trung|Chính|Sĩ|THPT|THCS))"
    r"\s+(?:[A-ZĐÂĂÊÔƠƯ\d]|(?:nhân dân|tỉnh|thành phố|huyện|quận|xã|phường)\b)"
)


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


def parse_byline(line: str) -> tuple[str, ...] | None:
    """The authors a byline names, or None when the line is not a byline."""
    text = line.strip()
    if not text or len(text.split()) > _MAX_WORDS or text.endswith((":", "?", "!", ",")):
        return None
    text = text.rstrip(".").strip()
    label = _LABEL.match(fold(text))
    if label:
        # The label is ASCII once folded and folding keeps the length of these words.
        text = text[label.end() :].strip()
    text = _SOURCE.sub("", text)
    text = _strip_notes(text)
    if not text or re.search(r"[.!?…]\s", text) or '"' in text or "“" in text:
        return None
    if _ORG_HEAD.match(text):
        return (text,)
    parts = [p for p in _SEPARATORS.split(text) if p]
    if not parts or fold(text) in _NOT_NAMES or not all(_is_name(p) for p in parts):
        return None
    return tuple(parts)
