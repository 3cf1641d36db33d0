"""OpenDocument, RTF, Word 97-2003 (through LibreOffice) and PDF."""

from __future__ import annotations

import io

import docx as python_docx
import pytest

from desktop.importers import doc, odt, pdf, rtf
from desktop.importers.base import ImportProblem
from tests.importers.builders import ODF, odt_bytes, zip_bytes


def test_odt_paragraphs_headings_lists_tables_and_meta() -> None:
    body = (
        '<text:h text:outline-level="1">Hội nghị tổng kết</text:h>'
        "<text:p>Sáng 10/4,<text:s/>tại <text:span>Hà Nội</text:span>."
        "<text:note><text:note-body><text:p>chú thích</text:p></text:note-body></text:note>"
        "</text:p>"
        "<text:list><text:list-item><text:p>Ý một</text:p></text:list-item></text:list>"
        "<table:table><table:table-row><table:table-cell><text:p>STT</text:p></table:table-cell>"
        "<table:table-cell><text:p>Đơn vị</text:p></table:table-cell></table:table-row>"
        "</table:table>"
    )
    meta = (
        "<dc:title>Hội nghị tổng kết</dc:title><meta:initial-creator>Thu Nga</meta:initial-creator>"
        "<meta:creation-date>2024-04-10T16:04:00.12</meta:creation-date>"
    )
    extracted = odt.read(odt_bytes(body, meta))
    assert extracted.text == "Hội nghị tổng kết\nSáng 10/4, tại Hà Nội.\nÝ một\nSTT | Đơn vị"
    assert extracted.hints.title == "Hội nghị tổng kết"
    assert extracted.hints.authors == ("Thu Nga",)
    # The file's creation date is not the publication date.
    assert extracted.hints.published is None


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "rỗng"),
        (b"not a zip", "không phải tệp odt"),
        (zip_bytes({"mimetype": "x"}), "content.xml"),
    ],
)
def test_bad_odt(data: bytes, words: str) -> None:
    with pytest.raises(ImportProblem, match=words):
        odt.read(data)


def test_odt_entity_expansion_is_refused() -> None:
    bomb = f'<!DOCTYPE x [<!ENTITY a "aaaa">]><office:document-content {ODF}/>'
    with pytest.raises(ImportProblem, match="DTD"):
        odt.read(zip_bytes({"content.xml": bomb}))


WORD_RTF = (
    rb"{\rtf1\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}"
    rb"{\info{\title H\u7897\'3fi ngh\u7883\'3f}{\author Thu Nga}"
    rb"{\creatim\yr2024\mo4\dy10\hr9\min4}}"
    rb"\pard\f0 Vi\u7879\'3ft Nam, B\u7897\'3f T\u432\'3f ph\'e1p\par"
    rb"{\*\generator Microsoft Word;}D\'f2ng hai\par}"
)


def test_rtf_unicode_escapes_and_codepage() -> None:
    extracted = rtf.read(WORD_RTF)
    assert extracted.text == "Việt Nam, Bộ Tư pháp\nDòng hai"
    assert extracted.hints.title == "Hội nghị"
    assert extracted.hints.authors == ("Thu Nga",)
    # The file's creation date is not the publication date.
    assert extracted.hints.published is None


def test_rtf_windows_1258_bytes_are_composed() -> None:
    # cp1258 writes tones as separate marks: h + o + combining acute (0xEC) + c.
    data = rb"{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0 Arial;}}\f0 \'d0i h\'f4\'ecc\par}"
    assert rtf.read(data).text == "Đi hốc"


def test_rtf_in_a_tcvn3_font() -> None:
    pytest.importorskip("desktop.core.encodings")
    data = rb"{\rtf1\ansi\deff0{\fonttbl{\f0\fnil .VnTime;}}\f0 B\'e9 T\'ad ph\'b8p\par}"
    extracted = rtf.read(data)
    assert extracted.text == "Bộ Tư pháp" and extracted.encoding == "tcvn3"


def test_not_rtf() -> None:
    with pytest.raises(ImportProblem, match="RTF"):
        rtf.read(b"plain text")


def _docx_bytes() -> bytes:
    document = python_docx.Document()
    document.add_paragraph("Hội nghị tổng kết công tác tư pháp năm 2024")
    document.add_paragraph("Sáng 10/4, Bộ Tư pháp tổ chức hội nghị tại Hà Nội.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


needs_office = pytest.mark.skipif(doc.find_soffice() is None, reason="LibreOffice not installed")


@pytest.fixture(scope="module")
def word97() -> bytes:
    if doc.find_soffice() is None:
        pytest.skip("LibreOffice not installed")
    return doc.convert(_docx_bytes(), "doc:MS Word 97", suffix=".docx")


@needs_office
def test_doc_is_read_through_libreoffice(word97: bytes) -> None:
    assert word97.startswith(b"\xd0\xcf\x11\xe0")
    extracted = doc.read(word97)
    assert extracted.kind == "doc"
    assert extracted.text == (
        "Hội nghị tổng kết công tác tư pháp năm 2024\n"
        "Sáng 10/4, Bộ Tư pháp tổ chức hội nghị tại Hà Nội."
    )


def test_doc_without_libreoffice_says_what_to_install(monkeypatch) -> None:
    monkeypatch.setattr(doc, "find_soffice", lambda: None)
    with pytest.raises(ImportProblem, match="libreoffice-writer"):
        doc.read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)


@needs_office
def test_broken_doc_is_reported() -> None:
    with pytest.raises(ImportProblem):
        doc.read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)


@pytest.fixture(scope="module")
def text_pdf() -> bytes:
    if doc.find_soffice() is None:
        pytest.skip("LibreOffice not installed")
    return doc.convert(_docx_bytes(), "pdf", suffix=".docx")


@needs_office
def test_pdf_text_layer_in_reading_order(text_pdf: bytes) -> None:
    extracted = pdf.read(text_pdf)
    assert extracted.kind == "pdf"
    lines = [line.strip() for line in extracted.text.split("\n") if line.strip()]
    assert lines == [
        "Hội nghị tổng kết công tác tư pháp năm 2024",
        "Sáng 10/4, Bộ Tư pháp tổ chức hội nghị tại Hà Nội.",
    ]


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)  # like a scan: a page with no text objects
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_scanned_pdf_without_text() -> None:
    with pytest.raises(ImportProblem, match="PDF chỉ có ảnh quét"):
        pdf.read(_blank_pdf())


def test_broken_pdf() -> None:
    with pytest.raises(ImportProblem, match="PDF bị hỏng"):
        pdf.read(b"%PDF-1.7\n garbage")
