"""The shortcuts metadata extraction takes for speed give what the full tests give.

`paragraph_head` lets a long paragraph skip folding and the label tests; these tests check
that the lines it clears are ones the full tests reject, and that `extract` finds the same
metadata with the shortcut turned off. Captions are looked for only in lines short enough.
"""

from __future__ import annotations

import random
from dataclasses import astuple
from pathlib import Path

import pytest

from desktop.core import boilerplate as bp
from desktop.core.metadata import FormatHints, extract
from desktop.core.text import fold, normalize

SEEDS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.txt"))
SENTENCE = (
    "Hội nghị toàn quốc về công tác xây dựng Đảng được tổ chức tại Hà Nội với sự tham dự "
    "của các đại biểu đến từ nhiều tỉnh, thành phố trong cả nước"
)
# Labels and what they are tested with; each opens, closes or fills a long line below.
PIECES = [
    "Bình luận", "Bình luận (12)", "Chia sẻ", "chia sẻ facebook twitter zalo", "Tags:",
    "Từ khóa:", "Theo dõi chúng tôi trên Google News", "Hotline:", "Địa chỉ:",
    "Tổng biên tập:", "© Bản quyền thuộc", "Các bài viết cùng chuyên mục", "Đường dây nóng",
    "Liên hệ quảng cáo", "E-mail:", "• Tin liên quan", "0912 345 678", "+84 912 345 678",
    "toasoan@toquoc.gov.vn", "https://toquoc.gov.vn/a", "www.toquoc.gov.vn", "(", ")", ":",
    "|", "-", ".", " ", "\u00a0", "\u0301", "ẞ", "Σ", "한",
]


# Label lines longer than a paragraph's start: the shortcut must not clear them.
LONG_LABELS = [
    "Chia sẻ Facebook Twitter Zalo In bài viết Lưu bài viết Sao chép liên kết Lên đầu trang",
    f"Tags: {SENTENCE}",
    f"Từ khóa: {SENTENCE}",
    f"Theo dõi Báo Tổ Quốc trên Google News để cập nhật {SENTENCE}",
    f"Địa chỉ: {SENTENCE}",
    f"Tổng biên tập: {SENTENCE}",
    f"© Bản quyền thuộc Báo Tổ Quốc. {SENTENCE}",
    f"Chịu trách nhiệm nội dung: {SENTENCE}",
    "Hotline" + " " * 90 + "0912 345 678",
    "Đường dây nóng: 0912 345 678 - 0987 654 321 - 0243 123 4567 - 0243 765 4321 - 0912 111 222",
    "Email: toasoan@toquoc.gov.vn | https://toquoc.gov.vn/lien-he/toa-soan-bao-dien-tu-to-quoc",
    "Bình luận (" + "1" * 90 + ")",
    "-" * 90,
]


def test_long_label_lines_are_labels() -> None:
    for line in LONG_LABELS:
        assert len(line) > 80
        assert bp.is_share_line(line) or bp.is_header_line(line) or bp.is_footer_marker(line)


def seed_lines() -> list[str]:
    return [
        line.strip()
        for path in SEEDS
        for line in normalize(path.read_text(encoding="utf-8")).split("\n")
        if line.strip()
    ]


def tricky_lines() -> list[str]:
    rng = random.Random(5)
    lines = []
    for _ in range(3000):
        parts = [rng.choice(PIECES + [SENTENCE]) for _ in range(rng.randint(1, 6))]
        line = rng.choice(["", " ", "  " * 40]).join(parts)
        lines.append(line.strip())
    return [line for line in lines if line]


@pytest.mark.parametrize(
    "lines", [seed_lines(), tricky_lines(), LONG_LABELS], ids=["seeds", "tricky", "labels"]
)
def test_a_cleared_paragraph_is_no_label_line(lines: list[str]) -> None:
    cleared = 0
    for line in lines:
        head = bp.paragraph_head(line)
        if head is None:
            continue
        cleared += 1
        assert fold(line).startswith(head)
        assert not bp.is_share_line(line)
        assert not bp.is_header_line(line)
        assert not bp.is_footer_marker(line)
    assert cleared or lines is LONG_LABELS  # the shortcut is taken, or this shows nothing


def variants() -> list[tuple[str, FormatHints | None]]:
    rng = random.Random(9)
    found: list[tuple[str, FormatHints | None]] = []
    for path in SEEDS:
        lines = normalize(path.read_text(encoding="utf-8")).split("\n")
        for _ in range(6):
            varied = [line for line in lines if rng.random() > 0.2]
            rng.shuffle(varied)
            # A paragraph that comes back as the title (or the title as a paragraph).
            varied.insert(0, rng.choice(lines) + rng.choice(["", ".", " ."]))
            varied.extend(rng.sample(tricky_lines(), 3))
            title = rng.choice(varied) if rng.random() < 0.5 else None
            found.append(("\n".join(varied), FormatHints(title=title) if title else None))
    return found


def test_extract_finds_the_same_without_the_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = variants()
    fast = [astuple(extract(text, hints)) for text, hints in cases]
    # Every line folded whole, none cleared from its start.
    monkeypatch.setattr(
        bp, "fold_paragraphs", lambda lines: ([fold(line) for line in lines], [None] * len(lines))
    )
    assert [astuple(extract(text, hints)) for text, hints in cases] == fast


@pytest.mark.parametrize("words", [bp.CAPTION_MAX_WORDS, bp.CAPTION_MAX_WORDS + 1])
def test_captions_up_to_the_longest(words: int) -> None:
    # `extract` asks `is_caption` only about lines short enough for a caption.
    caption = "Ảnh: " + " ".join(["Thu"] * (words - 1))
    assert len(caption.split()) == words
    text = f"Tiêu đề bài viết\n{SENTENCE}.\n{caption}\n{SENTENCE}."
    expected = (caption,) if bp.is_caption(caption) else ()
    assert extract(text).captions == expected
    assert bool(expected) == (words <= bp.CAPTION_MAX_WORDS)
