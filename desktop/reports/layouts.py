"""The measurements of each layout (DOMAIN.md §4), in one place so tests can check them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LayoutSpec:
    """Page, letterhead, body and closing measurements of one layout (mm and points)."""

    name: str
    margins: tuple[float, float, float, float]  # top, bottom, left, right in mm
    columns: tuple[float, float]  # letterhead / closing table columns in mm (sum = text width)
    closing_columns: tuple[float, float]
    body_header_size: float  # parent and issuing body
    national: str  # ĐẢNG CỘNG SẢN VIỆT NAM / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    national_size: float
    motto: str  # `Độc lập - Tự do - Hạnh phúc` under the State name
    motto_size: float
    number_prefix: str  # `Số ` (Party, no colon) or `Số: ` (State)
    number_size: float
    date_size: float
    title_size: float
    subject_size: float
    body_size: float
    first_indent_mm: float
    line: float  # exact points (Party) or a multiple (State)
    line_exact: bool
    numeral_sep: str  # `I- ` (Party) or `I. ` (State)
    recipients_size: float
    recipients_bold: bool
    recipients_italic: bool
    recipients_underline: bool
    entry_size: float
    entry_end: str  # `,` after each Party entry, `;` after each State entry
    signing_size: float
    position_bold: bool
    table_size: float = 12


PARTY = LayoutSpec(
    name="party",
    margins=(20, 20, 30, 15),
    columns=(75, 90),
    closing_columns=(80, 85),
    body_header_size=14,
    national="ĐẢNG CỘNG SẢN VIỆT NAM",
    national_size=15,
    motto="",
    motto_size=0,
    number_prefix="Số ",
    number_size=14,
    date_size=14,
    title_size=16,
    subject_size=14,
    body_size=14,
    first_indent_mm=10,
    line=18,
    line_exact=True,
    numeral_sep="- ",
    recipients_size=14,
    recipients_bold=False,
    recipients_italic=False,
    recipients_underline=True,
    entry_size=12,
    entry_end=",",
    signing_size=14,
    position_bold=False,
)

STATE = LayoutSpec(
    name="state",
    margins=(20, 20, 30, 15),
    columns=(65, 100),
    closing_columns=(80, 85),
    body_header_size=13,
    national="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    national_size=12,
    motto="Độc lập - Tự do - Hạnh phúc",
    motto_size=13,
    number_prefix="Số: ",
    number_size=13,
    date_size=14,
    title_size=14,
    subject_size=14,
    body_size=14,
    first_indent_mm=12.7,
    line=1.2,
    line_exact=False,
    numeral_sep=". ",
    recipients_size=12,
    recipients_bold=True,
    recipients_italic=True,
    recipients_underline=False,
    entry_size=11,
    entry_end=";",
    signing_size=14,
    position_bold=True,
)

# A bulletin is an internal paper: the Party page and a lighter body.
BULLETIN = PARTY

SPECS = {"party": PARTY, "state": STATE, "bulletin": BULLETIN}

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX")


def roman(number: int) -> str:
    """Roman numerals for section headings (I … XX is plenty for a report)."""
    return ROMAN[number - 1] if 1 <= number <= len(ROMAN) else str(number)
