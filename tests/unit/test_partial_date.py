import pytest

from desktop.core.dates import DateError, PartialDate, parse_typed


@pytest.mark.parametrize(
    ("typed", "iso", "precision", "shown"),
    [
        ("31/3/2023 20:40", "2023-03-31T20:40", "minute", "31/03/2023 20:40"),
        ("12/10/2023", "2023-10-12", "day", "12/10/2023"),
        ("24/5", "--05-24", "day_no_year", "24/05"),
        ("3/2023", "2023-03", "month", "03/2023"),
        ("2023", "2023", "year", "2023"),
        (" 05.01.2024 ", "2024-01-05", "day", "05/01/2024"),
    ],
)
def test_typed_dates_round_trip(typed, iso, precision, shown):
    value = parse_typed(typed)
    assert value.iso() == iso
    assert value.precision == precision
    assert value.display() == shown
    assert PartialDate.from_iso(iso) == value


def test_empty_field_means_no_date():
    assert parse_typed("   ") is None


@pytest.mark.parametrize(
    "typed", ["31/2/2023", "32/1/2024", "12/13/2023", "hôm qua", "7", "1/1/2023 25:00"]
)
def test_impossible_dates_are_refused(typed):
    with pytest.raises(DateError):
        parse_typed(typed)


def test_leap_day_without_year_is_allowed():
    assert parse_typed("29/2").iso() == "--02-29"


def test_iso_strings_sort_as_dates():
    values = ["2023-10-12", "2023-03-31T20:40", "2024-04-10T16:04", "2023"]
    assert sorted(values) == ["2023", "2023-03-31T20:40", "2023-10-12", "2024-04-10T16:04"]
