"""Dates with precision: PartialDate, typed dates, and dates found in running text."""

from __future__ import annotations

import pytest

from desktop.core.dates import DateError, PartialDate, find_dates, infer_year, parse_typed


def isos(text: str) -> list[str]:
    return [found.date.iso() for found in find_dates(text)]


# --- PartialDate and parse_typed (existing behaviour) ----------------------------------------


@pytest.mark.parametrize(
    ("typed", "iso", "precision"),
    [
        ("31/3/2023 20:40", "2023-03-31T20:40", "minute"),
        ("24/5", "--05-24", "day_no_year"),
        ("3/2023", "2023-03", "month"),
        ("2023", "2023", "year"),
        ("12/10/2023", "2023-10-12", "day"),
    ],
)
def test_parse_typed_keeps_precision(typed: str, iso: str, precision: str) -> None:
    parsed = parse_typed(typed)
    assert parsed is not None
    assert (parsed.iso(), parsed.precision) == (iso, precision)
    assert PartialDate.from_iso(iso) == parsed


def test_parse_typed_rejects_impossible_dates() -> None:
    assert parse_typed("  ") is None
    for bad in ("31/2/2023", "12/13/2023", "abc", "3"):
        with pytest.raises(DateError):
            parse_typed(bad)


def test_display_is_day_first() -> None:
    assert PartialDate(2023, 3, 31, 20, 40).display() == "31/03/2023 20:40"
    assert PartialDate(None, 5, 24).display() == "24/05"


# --- find_dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/10/2023", ["2023-10-12"]),
        ("Ngày đăng: 10/04/2024 - 16:04", ["2024-04-10T16:04"]),
        ("Thời sự 31/03/2023 20:40", ["2023-03-31T20:40"]),
        ("Thứ Hai, 15/01/2024 08:30 (GMT+7)", ["2024-01-15T08:30"]),
        ("15/01/2024 | 08:30", ["2024-01-15T08:30"]),
        ("Cập nhật: 08:30, 15/01/2024", ["2024-01-15T08:30"]),
        ("Cập nhật lúc 14h30 ngày 15/01/2024", ["2024-01-15T14:30"]),
        ("15.01.2024", ["2024-01-15"]),
        ("15-01-2024", ["2024-01-15"]),
        ("Hà Nội, ngày 05 tháng 3 năm 2024", ["2024-03-05"]),
        ("trong tháng 3/2024, toàn tỉnh", ["2024-03"]),
        ("Sáng ngày 24/11/2020, Ban Chỉ đạo", ["2020-11-24"]),
        ("(ngày 23 và sáng 24/5), hội nghị", ["--05-24"]),
        ("Chiều 31/3, tại trụ sở", ["--03-31"]),
    ],
)
def test_find_dates_shapes(text: str, expected: list[str]) -> None:
    assert isos(text) == expected


def test_yearless_date_drops_a_time_it_cannot_hold() -> None:
    [found] = find_dates("Ngày 24/5 lúc 14h30, đoàn đến")
    assert found.date == PartialDate(None, 5, 24)
    assert "Ngày 24/5 lúc 14h30"[found.start : found.end] == "24/5"


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết số 35-NQ/TW về bảo vệ nền tảng",
        "Nghị định 30/2020/NĐ-CP về công tác văn thư",
        "Quyết định 439/QĐ-TTg và Công văn 708/BTTTT-KHTC",
        "Thông tư 5/2024/TT-BTC",
        "Đường dây nóng 0901.22.33.66",
        "Sau 1,5 ngày làm việc, tỷ lệ 2.5 lần",
        "nhiệm kỳ 2020 – 2025",
        "tỷ số 5-10 và phòng 12/A",
        "ngày 31/02/2023 không có thật",
    ],
)
def test_find_dates_ignores_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_anniversary_ranges_are_flagged() -> None:
    text = "Kỷ niệm 17 năm (11/4/2007 - 11/4/2024) và 49 năm (30/04/1975 - 30/4/2024)"
    found = find_dates(text)
    assert [f.date.iso() for f in found] == ["2007-04-11", "2024-04-11", "1975-04-30", "2024-04-30"]
    assert all(f.in_range for f in found)


def test_range_with_words_is_flagged_but_a_lone_date_is_not() -> None:
    found = find_dates("từ ngày 10/3/2024 đến ngày 15/3/2024. Ngày 20/3/2024, đoàn trở về")
    assert [f.in_range for f in found] == [True, True, False]


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch số 55-KH/ĐU ngày 13/3/2023 của Đảng ủy Bộ",
        "Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị",
        "Quyết định 439/QĐ-TTg ban hành ngày 12/3/2024",
        "theo Nghị quyết 35 ngày 22/10/2018",
    ],
)
def test_dates_of_cited_documents_are_flagged(text: str) -> None:
    [found] = find_dates(text)
    assert found.of_document


def test_date_after_plan_word_without_number_is_not_a_document_date() -> None:
    [found] = find_dates("Theo kế hoạch, ngày 12/10/2023 đoàn sẽ đến")
    assert not found.of_document


# --- infer_year -------------------------------------------------------------------------------


def test_infer_year_from_publication_date() -> None:
    published = PartialDate(2023, 10, 12)
    assert infer_year(PartialDate(None, 10, 12), published) == PartialDate(2023, 10, 12)


def test_infer_year_crosses_new_year() -> None:
    published = PartialDate(2024, 1, 5, 9, 0)
    assert infer_year(PartialDate(None, 12, 28), published) == PartialDate(2023, 12, 28)


def test_infer_year_refuses_far_or_vague_references() -> None:
    far = PartialDate(None, 6, 1)
    assert infer_year(far, PartialDate(2023, 12, 20)) == far
    assert infer_year(far, PartialDate(2023, 6)) == far  # month precision: no day to compare
    dated = PartialDate(2020, 6, 1)
    assert infer_year(dated, PartialDate(2023, 6, 1)) == dated


def test_infer_year_skips_leap_day_in_common_years() -> None:
    assert infer_year(PartialDate(None, 2, 29), PartialDate(2024, 3, 1)) == PartialDate(2024, 2, 29)
    leap = PartialDate(None, 2, 29)
    assert infer_year(leap, PartialDate(2023, 3, 1)) == leap
