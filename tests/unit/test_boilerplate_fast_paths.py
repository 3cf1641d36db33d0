"""The shortcuts of `boilerplate` give what the plain computations give."""

from __future__ import annotations

import random

from desktop.core import boilerplate as bp
from desktop.core.text import fold

# Pieces of phone numbers and of what sits around them in running text.
PHONE_PIECES = [
    "0", "8", "4", "84", "+84", "+", "9", "12", "345", "6789", " ", ".", "-", "--", "  ",
    "Hotline", "năm 2024", "số", "(", ")", "\u00a0", "٣", "0912 345 678", "84.243.123.45",
]
# Characters `fold` treats in each of its ways: ASCII, Vietnamese marks, đ, lone and other
# combining marks, case folding that lengthens, other line breaks, other scripts.
FOLD_PIECES = [
    "Hà Nội", "ĐẢNG", "đ", "Thuỷ", "a\u0301", "\u0301", "\u0308x", "ẞ", "ß", "ﬁ", "Σ", "ς",
    "İ", "한국", "\r", "\u2028", "\x85", "\t", " ", "", "ABC", "x", "Ω", "\u0345", "ǅ", "ṩ",
]


def random_text(rng: random.Random, pieces: list[str], most: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))


def test_has_phone_is_a_search_for_a_phone_number() -> None:
    rng = random.Random(3)
    found = 0
    for _ in range(20000):
        text = random_text(rng, PHONE_PIECES, 12)
        assert bp.has_phone(text) == bool(bp._PHONE.search(text)), text
        found += bp.has_phone(text)
    assert 1000 < found < 19000  # both answers were tested often


def test_numbers_that_open_with_84_or_plus_84() -> None:
    for text in ["Gọi 84912345678", "Gọi +84912345678", "Gọi +84912 345 678", "+8491234567"]:
        assert "0" not in text
        assert bp.has_phone(text) and bp._PHONE.search(text)


def test_fold_lines_folds_each_line() -> None:
    rng = random.Random(4)
    for _ in range(2000):
        lines = [random_text(rng, FOLD_PIECES, 8) for _ in range(rng.randint(0, 6))]
        assert bp.fold_lines(lines) == [fold(line) for line in lines], lines


def test_fold_paragraphs_is_each_line_tested_alone() -> None:
    rng = random.Random(6)
    sentence = "Hội nghị toàn quốc về công tác xây dựng Đảng được tổ chức tại Hà Nội hôm nay"
    pieces = [
        sentence, "Chia sẻ", "Bình luận", "0912 345 678", "x@y.vn", "“", "(", ")", ":", " ",
        "a\u0301" * 3, "ẞ", "ĐẢNG", "Tags:", "Tin liên quan",
    ]
    lines = [random_text(rng, pieces, 5).strip() for _ in range(3000)]
    lines = [line for line in lines if line]
    folded, heads = bp.fold_paragraphs(lines)
    assert heads == [bp.paragraph_head(line) for line in lines]
    assert folded == [fold(line) if bp.paragraph_head(line) is None else None for line in lines]
    assert any(heads) and not all(heads)


# Alt lines, alt residue and what comes close to them.
ALT_PIECES = [
    "bo truong", "anh-1.jpg", ".png", "Ảnh", "ảnh", " - ", "–", "1", "12", ".", " ", "  ", "\t",
    "Hội nghị", "x", "_", "-", "ẢNH", "Ảnh 2.", "\u00a0", "٣", "a\u0301", " - Ảnh 3 .", "ảnh 4\t.",
]


def plain_alt_residue(line: str) -> bool:
    text = line.strip()
    return (
        bool(bp._ALT_RESIDUE.fullmatch(text))
        and any(ch.isalpha() for ch in text)
        and len(text.split()) <= 12
    )


def plain_alt_stem(line: str) -> str | None:
    match = bp._IMAGE_ALT.match(line.strip())
    return match.group("stem").strip() if match else None


def test_alt_tests_are_their_patterns() -> None:
    rng = random.Random(7)
    stems = residues = 0
    for _ in range(20000):
        line = random_text(rng, ALT_PIECES, 8)
        assert bp.is_alt_residue(line) == plain_alt_residue(line), line
        assert bp.image_alt_stem(line) == plain_alt_stem(line), line
        stems += bp.image_alt_stem(line) is not None
        residues += bp.is_alt_residue(line)
    assert stems > 100 and residues > 100
