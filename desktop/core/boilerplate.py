"""Recognise the lines of a saved article that are not its text: page headers, share and
footer lines, image alt-text residue, and photo captions.

Every test works on one line (already stripped) and matches on the folded form, so
`NỔI BẬT TRANG CHỦ`, `Nổi bật trang chủ` and `noi bat trang chu` are treated alike. A caller
that tests many lines folds each once and passes `folded` (`fold(line.strip())`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.text import fold, unify_tones

# Header labels of a news site: hotline, advertising, log-in, navigation (the whole line).
_HEADER_LABELS = (
    r"duong day nong|hotline|lien he quang cao|quang cao|dang nhap|dang ky|trang chu"
    r"|tim kiem|menu|english|rss|fanpage|lien he|e-?mail|dien thoai|tel|fax|video|podcast"
    r"|emagazine|multimedia|infographics?"
)
_HEADER = re.compile(rf"(?:{_HEADER_LABELS})\s*:?")
# The site's imprint, wherever a saved page put it: copyright, licence, editor, address.
_IMPRINT_MARKS = r"©|ban quyen thuoc|copyright|giay phep so|cam sao chep"
_IMPRINT_LABELS = (
    r"(?:pho )?tong bien tap|toa soan|dia chi|co quan chu quan|hotline|e-?mail"
    r"|chiu trach nhiem (?:xuat ban|noi dung)"
)
_IMPRINT = re.compile(rf"(?:{_IMPRINT_MARKS}|(?:{_IMPRINT_LABELS})\s*:)")
# `\+84|84` rather than `\+?84`: alternatives that open with a literal let `re` skip to the
# next `+`, `8` or `0` (3x faster over a paragraph); the matches are the same.
_PHONE = re.compile(r"(?:\+84|84|0)\d{1,3}(?:[ .-]?\d{2,4}){2,4}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_BULLET = "•·►▪●■-*|"
_LABEL_TRIM = " -–|,;:•·/()"  # what may sit around a header label once numbers are gone

# Footer markers after which a page only lists other articles or comments.
_FOOTER_WORDS = (
    r"binh luan(?: \(\d+\))?|gui binh luan|y kien ban doc|y kien cua ban|noi bat trang chu"
    r"|(?:cac )?(?:tin|bai)(?: viet| bai)? (?:lien quan|khac|cung chuyen muc|moi nhat|noi bat)"
    r"|tin tuc lien quan|cung chuyen muc|doc nhieu(?: nhat)?|xem nhieu(?: nhat)?|doc them"
    r"|xem them|co the ban quan tam|ban co the quan tam|tin moi|noi bat"
)
_FOOTER_MARKER = re.compile(rf"(?:{_FOOTER_WORDS})\s*:?")
# Share, print and keyword lines, which can sit anywhere around the text.
_SHARE_WORDS = (
    r"chia se(?: bai viet)?|share|facebook|twitter|zalo|email|e-mail|in bai(?: viet)?|in"
    r"|print|gui bai(?: viet)?|luu bai(?: viet)?|luu|copy link|sao chep(?: lien ket)?"
    r"|co chu|a-|a\+|nghe doc bai|nghe bai viet|doc bai|ban in|like|tweet|quay lai"
    r"|(?:len|tro lai|ve) dau trang|top"
)
_SHARE = re.compile(rf"(?:(?:{_SHARE_WORDS})[\s|:•·,/]*)+")
_KEYWORD_LABELS = r"tags?|tu khoa|the|keywords?"
_KEYWORDS = re.compile(rf"(?:{_KEYWORD_LABELS})\s*:.*|theo doi .* google news.*")
# How every label above can open a folded line. A line whose folded start matches none of
# them is no share, keyword, imprint, header or footer line, however it goes on; the longest
# opening (`cac bai viet cung chuyen muc`) is 28 characters, so a start of _OPENING_CHARS
# settles it (and a paragraph's first _OPENING_CHARS characters fold to no fewer, unless
# they hold marks of their own, which fails the test safely).
_OPENING = re.compile(
    "|".join(
        f"(?:{labels})"
        for labels in (
            _SHARE_WORDS, _KEYWORD_LABELS, "theo doi ", _IMPRINT_MARKS, _IMPRINT_LABELS,
            _HEADER_LABELS, _FOOTER_WORDS,
        )
    )
)
_OPENING_CHARS = 40
_PARAGRAPH_CHARS = 80  # lines longer than this are worth not folding whole

# Alt text left by an image: plain ASCII lower-case words (`bo truong tran tuan anh`) or a
# file name.
_ALT_RESIDUE = re.compile(r"[a-z0-9][a-z0-9 _-]*|[\w-]+\.(?:jpe?g|png|gif|webp)")
_IMAGE_ALT = re.compile(r"^(?P<stem>.*?)\s*[-–]\s*Ảnh\s*\d+\s*\.?$", re.IGNORECASE)

# How captions begin: the scene, or the people in it. A strong opening (a title, `Đồng
# chí`, `Các đại biểu`) marks a caption when a name or a photo verb follows; a weak one
# (`Ông`, `Bà`, `Học viên`) only with a photo verb.
_SCENE_START = re.compile(r"(?:toan canh|quang canh|khong khi|hinh anh|mot goc)\b")
_STRONG_START = re.compile(
    r"(?:cac |dong )?(?:dai bieu|dong chi|d/c|lanh dao|doan cong tac)\b"
    r"|(?:nguyen )?(?:pho )?(?:tong bi thu|chu tich(?: nuoc| quoc hoi)?|thu tuong|bi thu"
    r"|bo truong|thu truong|giam doc|tong giam doc|truong ban|cuc truong|vu truong|chu nhiem"
    r"|chanh van phong|dai su|tong cuc truong)\b"
    r"|(?:dai|thuong|trung|thieu) (?:tuong|ta|uy)\b"
)
_WEAK_START = re.compile(
    r"(?:cac |tap the )?(?:ong|ba|gs|pgs|ts|ths|nha bao|phong vien|hoc vien|thanh vien"
    r"|ban to chuc|dai dien|can bo|chien si|nguoi dan|luc luong)\b"
)
# What people in a photo do, matched with marks so `dự` is not `du` and `tặng` not `tăng`.
_PHOTO_VERBS = re.compile(
    r"\b(?:phát biểu|dự(?! (?:án|thảo|báo|kiến|toán|trữ|bị|phòng|định))|trao|tặng|thăm"
    r"|chủ trì|kết luận|khai mạc|bế mạc|báo cáo|trình bày|thảo luận|chụp ảnh|dâng hương"
    r"|dâng hoa|thắp hương|làm việc|tham quan|kiểm tra|chúc mừng|hội đàm|ký kết|cắt băng"
    r"|bấm nút|gắn biển|giới thiệu|phát động|biểu quyết|quán triệt|chia sẻ|điều hành"
    r"|tuyên dương|khen thưởng|diễn tập|ra quân|tiếp xúc)\b"
)
# Photo credits, matched on the marked text: folded `anh:` could be the name Anh.
_PHOTO_CREDIT = re.compile(
    r"\(\s*ảnh(?:\s+minh\s+họa)?\s*[:)]|(?:^|[.\-–]\s*)ảnh(?:\s+minh\s+họa)?\s*:"
    r"|ảnh\s+minh\s+họa|nguồn\s+ảnh\s*:"
)
CAPTION_MAX_WORDS = 35  # a caption never has more words


def is_header_line(line: str, folded: str | None = None) -> bool:
    """A line of the site's header or imprint: hotline, advertising, log-in, phone, e-mail,
    bare link, copyright.

    A line with a phone number or an address counts only when nothing but a label is left
    around it, so a sentence that gives a contact number stays text.
    """
    line = line.strip()
    text = line.lstrip(_BULLET).strip()
    if not text:
        return True
    # Trimming only shortens the line, so the same length means the same text.
    folded = folded if folded is not None and len(text) == len(line) else fold(text)
    if _IMPRINT.match(folded) and len(text.split()) <= 40:
        return True
    rest = _PHONE.sub(" ", text)
    # What an address needs, looked for first: the patterns are slow on long paragraphs.
    if "@" in rest:
        rest = _EMAIL.sub(" ", rest)
    if "://" in rest or "www." in rest:
        rest = _URL.sub(" ", rest)
    rest = rest.strip(_LABEL_TRIM).strip()
    return not rest or bool(_HEADER.fullmatch(folded if rest == text else fold(rest)))


def paragraph_head(line: str) -> str | None:
    """The folded start of a long line that no share, keyword, imprint, header or footer test
    can take; None for any other line, which must be tested in full.

    Folding every paragraph whole cost more than all the tests together. A paragraph is
    cleared from its first characters and cheap tests: it opens with a letter or digit (no
    bullet or label punctuation to strip), does not end in label punctuation, holds no phone
    number, e-mail address or link, and its folded start opens no label.
    """
    if not _may_be_cleared(line):
        return None
    # Folding keeps the order of characters, so this is the start of the folded line.
    head = fold(line[:_OPENING_CHARS])
    return head if _is_clear_start(head) else None


def fold_paragraphs(lines: Sequence[str]) -> tuple[list[str | None], list[str | None]]:
    """Each line folded, and each `paragraph_head`: a line that has a head is left unfolded
    (None) for the caller to fold only if a test needs it all.

    The same as `[fold(line) if paragraph_head(line) is None else None for line in lines]`
    and `[paragraph_head(line) for line in lines]`, with one call of `fold` for all the lines
    and starts (`fold_lines`) instead of one each.
    """
    clear = [_may_be_cleared(line) for line in lines]
    starts = fold_lines(
        [line[:_OPENING_CHARS] if c else line for line, c in zip(lines, clear, strict=True)]
    )
    folded: list[str | None] = list(starts)
    heads: list[str | None] = [None] * len(lines)
    for i, line in enumerate(lines):
        if not clear[i]:
            continue
        if _is_clear_start(starts[i]):
            heads[i], folded[i] = starts[i], None
        else:
            folded[i] = fold(line)
    return folded, heads


def fold_lines(lines: Sequence[str]) -> list[str]:
    """`[fold(line) for line in lines]` for lines without a line break, in one call.

    `fold` changes text one character at a time, so the lines folded together are the folded
    lines; each call has a cost of its own (ten `str.replace` passes, a normalisation), as
    much as folding a short line.
    """
    return fold("\n".join(lines)).split("\n") if lines else []


def _may_be_cleared(line: str) -> bool:
    """The cheap tests of `paragraph_head`, the ones before folding."""
    if len(line) <= _PARAGRAPH_CHARS or not line[0].isalnum():
        return False
    if line[-1] in _LABEL_TRIM or line[-1].isspace():
        return False
    return not ("@" in line or "://" in line or "www." in line or has_phone(line))


def _is_clear_start(head: str) -> bool:
    """A folded start (`fold(line[:_OPENING_CHARS])`) long enough and opening no label."""
    return len(head) >= _OPENING_CHARS and not _OPENING.match(head)


def has_phone(text: str) -> bool:
    """`bool(_PHONE.search(text))`, trying the pattern only where a number can start, which
    `str.find` reaches at C speed: scanning a paragraph with the pattern cost a sixth of
    `extract`, and most paragraphs hold no `0` or `84` at all. (A number that opens with
    `+84` also matches from its `84`.)"""
    for start in ("0", "84"):
        at = text.find(start)
        while at >= 0:
            if _PHONE.match(text, at):
                return True
            at = text.find(start, at + 1)
    return False


def is_footer_marker(line: str, folded: str | None = None) -> bool:
    """A footer heading (`Bình luận`, `NỔI BẬT TRANG CHỦ`, `Tin liên quan`)."""
    return bool(_FOOTER_MARKER.fullmatch(fold(line.strip()) if folded is None else folded))


def is_share_line(line: str, folded: str | None = None) -> bool:
    """A share / print / font-size / keyword line."""
    folded = fold(line.strip()) if folded is None else folded
    return bool(folded) and bool(_SHARE.fullmatch(folded) or _KEYWORDS.fullmatch(folded))


def is_alt_residue(line: str) -> bool:
    """Image alt text without diacritics (`bo truong tran tuan anh`) or an image file name.

    Only meaningful in a Vietnamese article, where real text carries marks.
    """
    text = line.strip()
    # Alt words are ASCII and a file name has no space: that rules out a paragraph at C speed.
    if " " in text and not text.isascii():
        return False
    return (
        bool(_ALT_RESIDUE.fullmatch(text))
        and any(ch.isalpha() for ch in text)
        and len(text.split()) <= 12
    )


def image_alt_stem(line: str) -> str | None:
    """For an alt line `Hội nghị … - Ảnh 1.`, the text before `- Ảnh 1.`; else None."""
    text = line.strip()
    # Cheap tests first, as the pattern is slow on long paragraphs: the line must end in a
    # number (then maybe a full stop) and hold `ảnh`.
    last = text[-2:-1] if text.endswith(".") else text[-1:]
    if not (last.isdecimal() or last.isspace()):
        return None  # settled without copying the paragraph, as the next test does
    end = text[:-1] if text.endswith(".") else text
    if not end.rstrip()[-1:].isdecimal() or "ảnh" not in line.lower():
        return None
    match = _IMAGE_ALT.match(text)
    return match.group("stem").strip() if match else None


def _is_single_sentence(text: str) -> bool:
    body = text.rstrip(".… ")
    return not re.search(r"[.!?…]\s+\S|[;:]", body)


def is_caption(line: str, after_image: bool = False, folded: str | None = None) -> bool:
    """A photo caption: short, one sentence at most, describing a scene or a person.

    `after_image` says the line follows an image marker (alt residue or `- Ảnh 1.`), where a
    short descriptive line is a caption whatever its first words. `folded` is as for
    `is_header_line`.
    """
    text = line.strip()
    # Split no further than the limit: a paragraph is ruled out without splitting it all.
    words = text.split(None, CAPTION_MAX_WORDS)
    if not words or len(words) > CAPTION_MAX_WORDS:
        return False
    marked = unify_tones(text).casefold()
    if _PHOTO_CREDIT.search(marked):
        return True
    if not _is_single_sentence(text) or text.endswith(("?", "!", ":")):
        return False
    if after_image:
        return True
    folded = folded if folded is not None and len(text) == len(line) else fold(text)
    if _SCENE_START.match(folded):
        return True
    has_verb = bool(_PHOTO_VERBS.search(marked))
    strong = _STRONG_START.match(folded)
    if strong:
        # `Đồng chí Nguyễn Văn A, …` or `Bộ trưởng Trần Tuấn Anh`: a name follows the opening.
        after = text[strong.end() :].split()
        named = bool(after) and after[0][0].isupper()
        return has_verb or (named and not text.endswith("."))
    return bool(_WEAK_START.match(folded)) and has_verb
