"""Choosing the reader: extension, content sniffing, size limit."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx
import pytest

from desktop.core.text import normalize
from desktop.importers import registry
from desktop.importers.base import ImportProblem
from tests.importers.builders import odt_bytes, para, raw_docx, run, zip_bytes

PAGE = (Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "toquoc-utf8.html")


def _docx_bytes(text: str) -> bytes:
    document = python_docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_extension_picks_the_reader() -> None:
    assert registry.read_bytes("bai.docx", _docx_bytes("Bài viết")).kind == "docx"
    assert registry.read_bytes("bai.htm", PAGE.read_bytes()).kind == "html"
    assert registry.read_bytes("bai.txt", "Bài viết".encode()).kind == "txt"


def test_content_wins_over_a_wrong_extension() -> None:
    assert registry.read_bytes("bai.doc", _docx_bytes("Bài viết")).kind == "docx"
    assert registry.read_bytes("bai.doc", PAGE.read_bytes()).kind == "html"
    assert registry.sniff(_docx_bytes("x")) == ".docx"
    assert registry.sniff(zip_bytes({"a.txt": "x"})) == ".zip"
    assert registry.sniff(b"%PDF-1.7\n") == ".pdf"
    assert registry.sniff(b"{\\rtf1\\ansi}") == ".rtf"
    assert registry.sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 8) == ".doc"
    assert registry.sniff("Bài viết thường".encode()) is None


def test_a_web_page_named_txt_stays_text() -> None:
    assert registry.read_bytes("bai.txt", PAGE.read_bytes()).kind == "txt"


def test_unknown_extension_and_zip() -> None:
    with pytest.raises(ImportProblem, match="Chưa hỗ trợ"):
        registry.read_bytes("anh.jpg", b"\xff\xd8\xff\xe0 not text")
    with pytest.raises(ImportProblem, match="nhập riêng"):
        registry.read_bytes("bai.zip", zip_bytes({"a.txt": "x"}))
    assert registry.is_supported(Path("a.ZIP")) and registry.is_archive(Path("a.zip"))
    assert registry.is_supported(Path("a.Docx")) and not registry.is_supported(Path("a.jpg"))


def test_size_limit_is_named_in_the_message(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(registry, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "bai.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(ImportProblem, match=f"giới hạn là {registry.MAX_FILE_MB} MB"):
        registry.read_path(big)
    with pytest.raises(ImportProblem, match="quá lớn"):
        registry.read_bytes("bai.txt", b"a" * 2000)


def test_read_path_returns_the_original_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bai.html"
    path.write_bytes(PAGE.read_bytes())
    data, extracted = registry.read_path(path)
    assert data == PAGE.read_bytes() and extracted.hints.outlet == "Báo điện tử Tổ Quốc"


# Decomposed marks, a zero-width space between a letter and its mark, odd spaces, CR LF.
_AWKWARD = ("Ho\u0323i nghi\u0323 Ban Chi\u0309 \u0111a\u0323o\u00a0\u00a035 Quả\u200b\u0301ng Nam",
            "Ngày 12/3\u2003tại  Hội trường", "Thu\u1ea7n")


@pytest.mark.parametrize("name", ["bai.txt", "bai.docx", "bai.odt", "bai.html", "bai.rtf"])
def test_every_reader_gives_normalised_text(name: str) -> None:
    # The import hashes a reader's text as it is (core.text.content_hash).
    lines = list(_AWKWARD)
    data = {
        "bai.txt": "\r\n".join(lines).encode("utf-8"),
        "bai.docx": raw_docx("".join(para(run(line)) for line in lines)),
        "bai.odt": odt_bytes("".join(f"<text:p>{line}</text:p>" for line in lines)),
        "bai.html": ("<html><head><title>Tin</title></head><body><article>"
                     + "".join(f"<p>{line} {line} {line}.</p>" for line in lines)
                     + "</article></body></html>").encode("utf-8"),
        "bai.rtf": ("{\\rtf1\\ansi " + "\\par ".join(
            "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in line) for line in lines
        ) + "}").encode("ascii"),
    }[name]
    text = registry.read_bytes(name, data).text
    assert "Ban Chỉ đạo" in text  # the reader did read the lines
    assert text == normalize(text)
