"""Real, valid files of every importable format, built from the seed articles.

Fuzzing starts from these so that mutations land deep inside each parser (a valid zip, a valid
XML part, a PDF with a cross-reference table) instead of failing at the first byte.
"""

from __future__ import annotations

import io
import zlib
from email.encoders import encode_quopri
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from functools import cache
from pathlib import Path

import docx as python_docx

from tests.importers.builders import odt_bytes, para, raw_docx, run, zip_bytes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEEDS = FIXTURES / "seeds"
PAGES = FIXTURES / "pages"
FORMATS = (".txt", ".docx", ".html", ".mht", ".odt", ".rtf", ".pdf", ".zip")


def seed_texts() -> list[str]:
    return [path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def _paragraphs(text: str, most: int = 8) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()][:most]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_file(text: str) -> bytes:
    """A .docx as Word-like tools write it (python-docx: styles, settings, core properties)."""
    document = python_docx.Document()
    lines = _paragraphs(text)
    document.core_properties.title = lines[0]
    document.add_heading(lines[0], level=1)
    for line in lines[1:]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def small_docx(text: str) -> bytes:
    """A minimal .docx with a style table and a legacy-font run (the TCVN3/VNI path)."""
    lines = [_escape(line) for line in _paragraphs(text, 4)]
    body = para(run(lines[0]), style="Title") + "".join(para(run(line)) for line in lines[1:])
    body += para(run("B\u00e9 T\u00ad ph\u00b8p", font=".VnTime"))
    styles = '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
    return raw_docx(body, styles=styles)


def odt_file(text: str) -> bytes:
    lines = [_escape(line) for line in _paragraphs(text)]
    body = f'<text:h text:outline-level="1">{lines[0]}</text:h>'
    body += "".join(f"<text:p>{line}</text:p>" for line in lines[1:])
    return odt_bytes(body, meta=f"<dc:title>{lines[0]}</dc:title>")


def rtf_file(text: str) -> bytes:
    """RTF as Word writes Vietnamese: \\uN escapes with a '?' fallback, a title in \\info."""

    def escape(line: str) -> str:
        out = []
        for char in line:
            if ord(char) < 128:
                out.append("\\" + char if char in "\\{}" else char)
            else:
                code = ord(char) if ord(char) < 32768 else ord(char) - 65536
                out.append(f"\\u{code}\\'3f")
        return "".join(out)

    lines = _paragraphs(text)
    head = "{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}"
    head += f"{{\\info{{\\title {escape(lines[0])}}}{{\\author Thu Nga}}}}"
    body = "".join(f"\\pard\\f0 {escape(line)}\\par\n" for line in lines)
    return (head + body + "}").encode("ascii")


def pdf_file(lines: list[str]) -> bytes:
    """A one-page PDF with a compressed text layer and an Info title, byte offsets exact."""
    shown = [line.encode("latin-1", "replace").replace(b"\\", b"").replace(b"(", b"")
             .replace(b")", b"") for line in lines]
    stream = b"BT /F1 11 Tf 50 800 Td 14 TL " + b"".join(b"(" + s + b") ' " for s in shown)
    stream = zlib.compress(stream + b"ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + shown[0] + b") /Author (Thu Nga) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def mht_file(page: bytes) -> bytes:
    message = MIMEMultipart("related", type="text/html")
    message["Snapshot-Content-Location"] = "https://baoquangnam.vn/dai-hoi.html"
    part = MIMENonMultipart("text", "html", charset="utf-8")
    part.set_payload(page)
    encode_quopri(part)
    part["Content-Location"] = "https://baoquangnam.vn/dai-hoi.html"
    message.attach(part)
    return message.as_bytes()


def html_pages() -> list[bytes]:
    return [path.read_bytes() for path in sorted(PAGES.glob("*.html"))]


@cache
def seed_files() -> dict[str, tuple[bytes, ...]]:
    """For each extension, a few valid files; every one imports cleanly as it is."""
    texts = seed_texts()
    pages = html_pages()
    txt = [text.encode("utf-8") for text in texts[:3]]
    txt.append(texts[3].encode("cp1258", "replace"))
    txt.append(texts[4].encode("utf-16"))
    ascii_lines = ["Hoi nghi tong ket cong tac nam 2024", "Sang 10/4, tai Ha Noi."]
    files = {
        ".txt": txt,
        ".docx": [docx_file(texts[0]), small_docx(texts[1])],
        ".html": pages,
        ".mht": [mht_file(pages[-1])],
        ".odt": [odt_file(texts[2])],
        ".rtf": [rtf_file(texts[3])],
        ".pdf": [pdf_file(ascii_lines + _paragraphs(texts[4], 4))],
    }
    files[".zip"] = [zip_bytes({
        "bai-1.txt": txt[0],
        "thang-3/bai-2.docx": files[".docx"][1],
        "bai-3.html": pages[0],
        "long/bai.zip": zip_bytes({"bai-4.rtf": files[".rtf"][0]}),
        "anh.jpg": b"\xff\xd8\xff\xe0 not really a picture",
    })]
    return {kind: tuple(found) for kind, found in files.items()}
