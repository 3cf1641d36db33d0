"""Dates, numbers and summaries as an office writes them."""

from __future__ import annotations

import datetime

import pytest

from desktop.core.dates import PartialDate
from desktop.reports.formatting import (
    date_line,
    date_words,
    first_sentences,
    format_number,
    month_label,
    table_date,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ((2024, 3, 5), "ngày 05 tháng 3 năm 2024"),
        ((2026, 1, 9), "ngày 09 tháng 01 năm 2026"),
        ((2025, 2, 28), "ngày 28 tháng 02 năm 2025"),
        ((2025, 12, 15), "ngày 15 tháng 12 năm 2025"),
        ((2024, 10, 10), "ngày 10 tháng 10 năm 2024"),
        ((2024, 9, 1), "ngày 01 tháng 9 năm 2024"),
    ],
)
def test_date_words_zero_rules(day, expected):
    assert date_words(datetime.date(*day)) == expected


def test_date_line_with_and_without_place():
    assert date_line("Hà Nội", datetime.date(2024, 3, 5)) == "Hà Nội, ngày 05 tháng 3 năm 2024"
    assert date_line(" ", datetime.date(2026, 1, 9)) == "Ngày 09 tháng 01 năm 2026"


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1234567, None, "1.234.567"),
        (3.5, None, "3,5"),
        (999, None, "999"),
        (1000, None, "1.000"),
        (0, None, "0"),
        (-1234.25, None, "-1.234,25"),
        (1234567.891, 2, "1.234.567,89"),
        (33.333333, 1, "33,3"),
        (2.675, 2, "2,68"),
        (100, 1, "100,0"),
        (1e20, None, "100.000.000.000.000.000.000"),
    ],
)
def test_numbers_use_dot_thousands_and_comma_decimals(value, decimals, expected):
    assert format_number(value, decimals) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (PartialDate(2024, 3, 5), "05/03/2024"),
        (PartialDate(2023, 3, 31, 20, 40), "31/03/2023"),
        (PartialDate(None, 5, 24), "24/05"),
        (PartialDate(2023, 10), "10/2023"),
        (PartialDate(2023), "2023"),
        (None, ""),
    ],
)
def test_table_dates_show_what_is_known(value, expected):
    assert table_date(value) == expected


def test_month_labels():
    assert month_label(PartialDate(2024, 3, 5)) == "Tháng 3/2024"
    assert month_label(PartialDate(2023)) == "Năm 2023"
    assert month_label(None) == "Chưa rõ ngày đăng"


def test_first_sentences_respects_abbreviations_and_counts():
    text = ("Sáng 12/10, hội nghị diễn ra tại TP. Hồ Chí Minh. Tham dự có GS.TS Tạ Ngọc Tấn. "
            "Câu thứ ba không lấy.")
    assert first_sentences(text) == ("Sáng 12/10, hội nghị diễn ra tại TP. Hồ Chí Minh. "
                                      "Tham dự có GS.TS Tạ Ngọc Tấn.")
    assert first_sentences(text, count=1) == "Sáng 12/10, hội nghị diễn ra tại TP. Hồ Chí Minh."


def test_first_sentences_cuts_a_very_long_sentence():
    text = "Một " * 200 + "hết."
    summary = first_sentences(text, limit=100)
    assert len(summary) <= 102 and summary.endswith(" …")


def test_first_sentences_stops_at_one_when_two_are_too_long():
    text = "Câu đầu ngắn. " + "Câu hai rất dài " * 40 + "."
    assert first_sentences(text, limit=200) == "Câu đầu ngắn."
