"""A template .docx lends its styles, headers and page setup; its text is dropped."""

from __future__ import annotations

import pytest
from docx import Document
from docx.shared import Mm, Pt

from desktop.reports.official import write_official
from desktop.reports.settings import SettingsError
from tests.reports.builders import party_settings


@pytest.fixture
def template(tmp_path):
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = Mm(35)
    section.header.paragraphs[0].text = "MẬT - Lưu hành nội bộ"
    style = document.styles.add_style("TL Body", 1)
    style.font.size = Pt(15)
    document.add_paragraph("Nội dung mẫu phải bị xóa")
    path = tmp_path / "mau.docx"
    document.save(str(path))
    return path


def test_template_styles_header_and_margins_are_kept(articles, tmp_path, template):
    settings = party_settings(template=template)
    document = Document(str(write_official(articles, settings, tmp_path / "bc.docx")))
    texts = [p.text for p in document.paragraphs]
    assert "Nội dung mẫu phải bị xóa" not in texts
    assert "BÁO CÁO" in texts
    assert round(document.sections[0].left_margin.mm) == 35
    assert document.sections[0].header.paragraphs[0].text == "MẬT - Lưu hành nội bộ"
    assert document.styles["TL Body"].font.size == Pt(15)
    body = [p for p in document.paragraphs if p.style.name == "TL Body"]
    assert body and body[0].text.startswith("Thực hiện Kế hoạch")


def test_missing_template_is_refused_before_writing(articles, tmp_path):
    with pytest.raises(SettingsError):
        write_official(articles, party_settings(template=tmp_path / "khong-co.docx"),
                       tmp_path / "bc.docx")
    assert not (tmp_path / "bc.docx").exists()
