"""`find_dates` tries its pattern only where a date can start; it finds what a search of the
whole text finds."""

from __future__ import annotations

import random

from desktop.core import dates

PIECES = [
    "ngày", "Ngày", "NGÀY", "tháng", "Tháng", "THÁNG", "năm", "lúc", " ", "  ", "\t", "\u00a0",
    "\n", "5", "05", "12", "3", "2024", "1999", "123", "/", ".", "-", ",", ":", "h", "g", "AM",
    "pm", "NĐ-CP", "x", "đoàn", "(", "٣", "ngàyngày", "thángg", " - ", "đến",
    # Whole dates and times, so that matches are common.
    "5/3", "12/10/2023", "15.01.2024", "15-01-2024", "08:30", "20h40", "ngày 5 tháng 3",
    "tháng 3/2024", "Ngày 05 tháng 3 năm 2024", "31/3/2023 20:40", "30/2020/NĐ-CP",
]


def plain(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in dates._DATE_IN_TEXT.finditer(text)]


def fast(text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in dates._date_matches(text)]


def test_date_matches_are_those_of_a_search() -> None:
    rng = random.Random(8)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14)))
        expected = plain(text)
        assert fast(text) == expected, text
        found += len(expected)
    assert found > 10000


def test_dates_after_spaces_and_words() -> None:
    for text in [
        "ngày   5 tháng 3 năm 2024", "Tháng\t3/2024", "xngày 5 tháng 3", "12/10 và 13/10/2023",
        "ngày 5 tháng 123", "ngày 5 tháng 3 năm 20245, 6/7", "٣/٤/٢٠٢٤",
    ]:
        assert fast(text) == plain(text) != [], text
