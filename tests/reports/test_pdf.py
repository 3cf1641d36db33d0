"""Each layout opened by LibreOffice: it has pages and the national heading survives."""

from __future__ import annotations

import pytest

from desktop.reports.official import write_official
from tests.reports.builders import (
    needs_soffice,
    party_settings,
    pdf_pages,
    pdf_text,
    state_settings,
    to_pdf,
)

LAYOUTS = {
    "party": (party_settings, "ĐẢNG CỘNG SẢN VIỆT NAM"),
    "state": (state_settings, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    "bulletin": (lambda: party_settings(layout="bulletin"), "ĐIỂM TIN"),
}


@needs_soffice
@pytest.mark.parametrize("layout", LAYOUTS)
def test_layout_converts_to_pdf(articles, tmp_path, layout):
    make, heading = LAYOUTS[layout]
    docx = write_official(articles, make(), tmp_path / f"{layout}.docx")
    pdf = to_pdf(docx, tmp_path)
    pages = pdf_pages(pdf)
    text = pdf_text(pdf)
    assert heading in text
    assert "PHỤ LỤC" in text and "Tổng cộng" in text
    if layout == "bulletin":
        assert 2 <= pages <= 6
    else:  # five articles in full text plus the appendix
        assert 8 <= pages <= 20
        assert "Nơi nhận:" in text and "Nguyễn Kim Tinh" in text
        # The page number is printed from page 2 on, not on page 1.
        assert pdf_text(pdf, 2).split("\n", 1)[0].strip() == "2"
        assert pdf_text(pdf, 1).split("\n", 1)[0].strip() != "1"
