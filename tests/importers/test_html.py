"""Web pages and single-file archives: charset, main text only, page metadata."""

from __future__ import annotations

import socket
from email.encoders import encode_base64, encode_quopri
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from desktop.core.dates import PartialDate
from desktop.importers import html, mht
from desktop.importers.base import ImportProblem

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
TOQUOC = (PAGES / "toquoc-utf8.html").read_bytes()
QUANGNAM = (PAGES / "quangnam-cp1258.html").read_bytes()

NOT_ARTICLE = [
    "Trang chủ", "Du lịch", "Chính trị", "Tin liên quan", "Luật Thủ đô", "Bình luận",
    "mong luật sớm", "Đọc nhiều", "Giá vàng", "Cơ quan chủ quản", "Bản quyền", "Chia sẻ",
    "Đường dây nóng", "Viết bình luận",
]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction must never reach out: any socket use fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the HTML importer tried to use the network")

    import trafilatura  # noqa: F401 - loaded before the patch: its import builds types

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_news_page_keeps_title_lead_and_body_only() -> None:
    extracted = html.read(TOQUOC)
    lines = extracted.text.split("\n")
    assert lines[0] == "Bộ Tư pháp tổng kết 10 năm thi hành Luật Ban hành văn bản"
    assert lines[1].startswith("(Tổ Quốc) - Sáng 10/4, tại Hà Nội")
    assert lines[2].startswith("Phát biểu khai mạc hội nghị")
    assert lines[-1].startswith("Kết luận hội nghị")
    for boilerplate in NOT_ARTICLE:
        assert boilerplate not in extracted.text, boilerplate
    assert extracted.kind == "html" and extracted.encoding == "utf-8"


def test_news_page_metadata() -> None:
    hints = html.read(TOQUOC).hints
    assert hints.title == "Bộ Tư pháp tổng kết 10 năm thi hành Luật Ban hành văn bản"
    assert hints.published == PartialDate(2024, 4, 10, 16, 4)
    assert hints.authors == ("Thu Nga",)
    assert hints.outlet == "Báo điện tử Tổ Quốc"
    assert hints.url == "https://toquoc.vn/bo-tu-phap-tong-ket-10-nam-20240410160400000.htm"


def test_windows_1258_page_is_decoded_and_normalized() -> None:
    extracted = html.read(QUANGNAM)
    assert extracted.encoding == "cp1258"
    lines = extracted.text.split("\n")
    assert lines[0] == "Đại hội Đảng bộ tỉnh Quảng Nam lần thứ XXII thành công tốt đẹp"
    assert "Phan Việt Cường, Ủy viên Ban Chấp hành Trung ương Đảng" in extracted.text
    assert "\u0301" not in extracted.text and "\u0323" not in extracted.text  # NFC
    for boilerplate in ("Các tin khác", "Ý kiến bạn đọc", "Họ tên", "Trần Cao Vân", "Liên hệ"):
        assert boilerplate not in extracted.text, boilerplate


def test_old_page_metadata_from_plain_meta_tags_and_title() -> None:
    hints = html.read(QUANGNAM).hints
    assert hints.title == "Đại hội Đảng bộ tỉnh Quảng Nam lần thứ XXII thành công tốt đẹp"
    assert hints.published == PartialDate(2020, 10, 16)
    assert hints.authors == ("Phan Vinh",)
    assert hints.outlet == "Báo Quảng Nam"
    assert hints.url is None


def test_undeclared_legacy_charset_is_guessed() -> None:
    pytest.importorskip("desktop.core.encodings")
    data = QUANGNAM.replace(b"; charset=windows-1258", b"")
    extracted = html.read(data)
    assert extracted.encoding == "cp1258"
    assert "Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XXII" in extracted.text


def test_wrong_charset_label_falls_back_to_the_bytes() -> None:
    # A saved page re-encoded as UTF-8 under its old label, and the reverse.
    data = TOQUOC.replace(b'<meta charset="utf-8">', b'<meta charset="windows-1258">')
    assert data != TOQUOC
    extracted = html.read(data)
    assert extracted.encoding == "utf-8"
    assert "Nguyễn Thanh Tịnh" in extracted.text
    data = QUANGNAM.replace(b"charset=windows-1258", b"charset=utf-8")
    assert "Phan Việt Cường" in html.read(data).text


def test_bom_wins_over_the_meta_tag() -> None:
    page = TOQUOC.decode("utf-8").replace('charset="utf-8"', 'charset="iso-8859-1"')
    extracted = html.read(b"\xff\xfe" + page.encode("utf-16-le"))
    assert extracted.encoding == "utf-16"
    assert extracted.text.startswith("Bộ Tư pháp tổng kết")


def test_empty_page() -> None:
    with pytest.raises(ImportProblem, match="rỗng"):
        html.read(b"  \n")


def _mht(page: bytes, charset: str, transfer: str) -> bytes:
    message = MIMEMultipart("related", type="text/html")
    message["Snapshot-Content-Location"] = "https://baoquangnam.vn/dai-hoi.html"
    part = MIMENonMultipart("text", "html", charset=charset)
    part.set_payload(page)
    (encode_quopri if transfer == "quoted-printable" else encode_base64)(part)
    part["Content-Location"] = "https://baoquangnam.vn/dai-hoi.html"
    message.attach(part)
    message.attach(MIMEText("not an image", "plain"))
    return message.as_bytes()


@pytest.mark.parametrize("transfer", ["quoted-printable", "base64"])
def test_mht_page_uses_the_part_charset(transfer: str) -> None:
    page = QUANGNAM.replace(b"; charset=windows-1258", b"")  # only the MIME header says it
    extracted = mht.read(_mht(page, "windows-1258", transfer))
    assert extracted.kind == "mht" and extracted.encoding == "cp1258"
    assert extracted.text.startswith("Đại hội Đảng bộ tỉnh Quảng Nam")
    assert "Ý kiến bạn đọc" not in extracted.text
    assert extracted.hints.url == "https://baoquangnam.vn/dai-hoi.html"


def test_mht_without_html_part() -> None:
    message = MIMEMultipart("related")
    message.attach(MIMEText("chỉ có chữ", "plain", "utf-8"))
    with pytest.raises(ImportProblem, match="không có trang HTML"):
        mht.read(message.as_bytes())
