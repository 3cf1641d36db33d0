"""The .docx importer: order, tables, headings, properties, legacy fonts, hostile files."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import docx as python_docx
import pytest

from desktop.importers import docx
from desktop.importers.base import ImportProblem
from tests.importers.builders import para, raw_docx, run, zip_bytes


def _saved(document: python_docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _article() -> bytes:
    document = python_docx.Document()
    props = document.core_properties
    props.title = "Hội nghị tổng kết công tác tư pháp"
    props.author = "Thu Nga"
    props.created = datetime(2024, 4, 10, 9, 4, tzinfo=UTC)
    document.add_heading("Hội nghị tổng kết công tác tư pháp", 1)
    document.add_paragraph("Sáng 10/4, Bộ Tư pháp tổ chức hội nghị tại Hà Nội.")
    table = document.add_table(rows=2, cols=3)
    for col, value in enumerate(("STT", "Đơn vị", "Kết quả")):
        table.cell(0, col).text = value
    for col, value in enumerate(("1", "Cục Bổ trợ tư pháp", "Hoàn thành")):
        table.cell(1, col).text = value
    document.add_paragraph("Hội nghị kết thúc lúc 11 giờ.")
    return _saved(document)


def test_paragraphs_headings_and_tables_come_out_in_order() -> None:
    lines = [line for line in docx.read(_article()).text.split("\n") if line]
    assert lines == [
        "Hội nghị tổng kết công tác tư pháp",
        "Sáng 10/4, Bộ Tư pháp tổ chức hội nghị tại Hà Nội.",
        "STT | Đơn vị | Kết quả",
        "1 | Cục Bổ trợ tư pháp | Hoàn thành",
        "Hội nghị kết thúc lúc 11 giờ.",
    ]


def test_core_properties_become_hints_in_vietnamese_time() -> None:
    extracted = docx.read(_article())
    assert extracted.kind == "docx"
    assert extracted.hints.title == "Hội nghị tổng kết công tác tư pháp"
    assert extracted.hints.authors == ("Thu Nga",)
    # The file's creation date is not the publication date.
    assert extracted.hints.published is None


def test_placeholder_author_and_file_name_title_are_dropped() -> None:
    document = python_docx.Document()
    document.core_properties.author = "Windows User"
    document.core_properties.title = "Microsoft Word - bai viet.doc"
    document.add_heading("Tiêu đề thật của bài", 1)
    document.add_paragraph("Nội dung.")
    hints = docx.read(_saved(document)).hints
    assert hints.authors == ()
    assert hints.title == "Tiêu đề thật của bài"


def test_deleted_text_field_codes_and_line_breaks() -> None:
    body = para(
        run("Ban Chỉ đạo 35"),
        '<w:del w:id="1" w:author="x"><w:r><w:delText>đã xóa</w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="x"><w:r><w:t xml:space="preserve"> họp</w:t></w:r></w:ins>',
        '<w:r><w:instrText> HYPERLINK "http://x" </w:instrText></w:r>',
        '<w:r><w:br/><w:t>dòng hai</w:t></w:r>',
    )
    assert docx.read(raw_docx(body)).text == "Ban Chỉ đạo 35 họp\ndòng hai"


def test_nested_table_and_content_control_text_is_kept() -> None:
    inner = "<w:tbl><w:tr><w:tc>" + para(run("trong")) + "</w:tc></w:tr></w:tbl>"
    body = (
        "<w:sdt><w:sdtContent>" + para(run("Mở đầu")) + "</w:sdtContent></w:sdt>"
        "<w:tbl><w:tr><w:tc>" + para(run("ngoài")) + inner + "</w:tc>"
        "<w:tc>" + para(run("")) + "</w:tc></w:tr></w:tbl>"
    )
    assert docx.read(raw_docx(body)).text == "Mở đầu\nngoài trong"


@pytest.fixture
def encodings():
    return pytest.importorskip("desktop.core.encodings")


def test_vntime_run_is_converted_from_tcvn3(encodings) -> None:
    document = python_docx.Document()
    paragraph = document.add_paragraph("Sáng nay, ")
    paragraph.add_run("Bé T\u00ad ph¸p tæ chøc héi nghÞ").font.name = ".VnTime"
    paragraph.add_run(" tại Hà Nội.")
    extracted = docx.read(_saved(document))
    assert extracted.text == "Sáng nay, Bộ Tư pháp tổ chức hội nghị tại Hà Nội."
    assert extracted.encoding == "tcvn3"


def test_legacy_font_from_paragraph_style_and_split_runs(encodings) -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/>'
        '<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Body2"><w:basedOn w:val="Body"/></w:style>'
    )
    # Word splits words across runs; the word must still convert as one.
    body = para(run("ViÖ"), run("t Nam"), style="Body2") + para(run("Hà Nội", font="Arial"))
    assert docx.read(raw_docx(body, styles)).text == "Việt Nam\nHà Nội"


def test_vni_and_caps_fonts(encodings) -> None:
    vni = encodings.convert_legacy("Vieät Nam", "vni")
    assert vni == "Việt Nam"  # the sample below is right VNI text
    body = para(run("Vieät Nam", font="VNI-Times")) + para(run("ViÖt Nam", font=".VnTimeH"))
    assert docx.read(raw_docx(body)).text == "Việt Nam\nVIỆT NAM"


def test_unicode_document_reports_no_legacy_encoding() -> None:
    assert docx.read(_article()).encoding is None


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "rỗng"),
        (b"Day la van ban thuong, khong phai docx", "không phải tệp docx"),
        (b"PK\x03\x04" + b"\x00" * 30, "không phải tệp docx"),
        (zip_bytes({"readme.txt": "x"}), "word/document.xml"),
    ],
    ids=["zero-byte", "not-a-zip", "broken-zip", "zip-without-document"],
)
def test_files_that_are_not_docx(data: bytes, words: str) -> None:
    with pytest.raises(ImportProblem, match=words):
        docx.read(data)


def test_truncated_docx() -> None:
    data = _article()
    with pytest.raises(ImportProblem, match="docx"):
        docx.read(data[: len(data) // 2])


def test_entity_expansion_is_refused_without_expanding() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        f'<w:document xmlns:w="{"http://schemas.openxmlformats.org/wordprocessingml/2006/main"}">'
        "<w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = raw_docx("", extra={"word/document.xml": bomb})
    with pytest.raises(ImportProblem, match="DTD"):
        docx.read(data)


def test_malformed_xml() -> None:
    data = raw_docx("", extra={"word/document.xml": "<w:document><w:body><w:p>"})
    with pytest.raises(ImportProblem, match="XML"):
        docx.read(data)


def test_docx_without_text() -> None:
    with pytest.raises(ImportProblem, match="không có chữ"):
        docx.read(raw_docx(para(run(" "))))
