"""Downloading pages from a real HTTP server on loopback: what is stored, what is refused."""

from __future__ import annotations

import threading

import pytest

from desktop.services import articles
from desktop.services.download import (
    MB,
    DownloadError,
    fetch,
    import_url,
    import_urls,
    normalize_url,
    source_name,
)
from desktop.services.importing import DUPLICATE, FAILED, IMPORTED
from desktop.store.models import SourceFile
from tests.capture.site import CANONICAL, OLD_TITLE, OUTLET, TITLE

ARTICLE = "/thoi-su/khoi-cong-tuyen-duong.html"


def record(archive, article_id):
    return articles.get_articles(archive, [article_id])[0]


def test_a_news_page_is_stored_with_its_metadata_and_original(archive, site):
    outcome = import_url(archive, site + ARTICLE, timeout=5)
    assert outcome.status == IMPORTED, outcome.message
    assert outcome.path == site + ARTICLE
    article = record(archive, outcome.article_id)
    assert article.title == TITLE
    assert article.url == CANONICAL  # the page's own address beats where we fetched it
    assert article.outlet == OUTLET
    assert article.published.iso().startswith("2024-03-12")
    with archive.unit_of_work() as session:
        source = session.query(SourceFile).filter_by(article_id=outcome.article_id).one()
        assert source.name == "khoi-cong-tuyen-duong.html"
        assert source.kind == "html"
        assert b"og:site_name" in source.data


def test_menus_related_links_and_comments_are_left_out(sqlite_archive, site):
    outcome = import_url(sqlite_archive, site + ARTICLE, timeout=5)
    body = articles_body(sqlite_archive, outcome.article_id)
    assert "tuyến đường ven biển dài 38 km" in body
    for noise in ("Trang chủ", "Giá vàng", "Bình luận", "Cơ quan chủ quản"):
        assert noise not in body


def articles_body(archive, article_id):
    from desktop.store.models import ArticleText

    with archive.unit_of_work() as session:
        return session.get(ArticleText, article_id).body


def test_a_redirect_is_followed_and_the_final_address_recorded(sqlite_archive, site):
    # The old page has no canonical link: the address after the redirect is recorded.
    outcome = import_url(sqlite_archive, site + "/chuyen-cu", timeout=5)
    assert outcome.status == IMPORTED, outcome.message
    article = record(sqlite_archive, outcome.article_id)
    assert article.url == site + "/du-lich/hoi-an-1258.htm"
    assert article.title == OLD_TITLE


def test_windows_1258_pages_by_meta_tag_or_by_header_only(sqlite_archive, site):
    for path in ("/du-lich/hoi-an-1258.htm", "/du-lich/hoi-an-header.htm"):
        downloaded = fetch(site + path, timeout=5)
        assert not downloaded.data.isascii()
        outcome = import_url(sqlite_archive, site + path, timeout=5)
        assert outcome.status in (IMPORTED, DUPLICATE), outcome.message
        assert record(sqlite_archive, outcome.article_id).title == OLD_TITLE
        assert "Quảng Nam" in articles_body(sqlite_archive, outcome.article_id)


def test_plain_text_is_accepted(sqlite_archive, site):
    outcome = import_url(sqlite_archive, site + "/ban-tin.txt", timeout=5)
    assert outcome.status == IMPORTED, outcome.message
    article = record(sqlite_archive, outcome.article_id)
    assert article.title.startswith("Đà Nẵng tổ chức Lễ hội pháo hoa")
    assert article.url == site + "/ban-tin.txt"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/khong-co", "Không tìm thấy trang (lỗi 404)"),
        ("/tai-lieu.zip", "không phải một trang web (kiểu nội dung: application/zip)"),
        ("/lon", "Trang quá lớn (hơn 1 MB)"),
        ("/lon-khai-bao", "Trang quá lớn (hơn 1 MB)"),
        ("/vong", "chuyển hướng quá nhiều lần"),
    ],
)
def test_failures_say_why_in_vietnamese(site, path, message):
    with pytest.raises(DownloadError) as caught:
        fetch(site + path, timeout=5, max_bytes=1 * MB)
    assert message in str(caught.value)


def test_a_slow_page_times_out_within_the_deadline(site):
    watch = threading.Event()
    timer = threading.Timer(4, watch.set)
    timer.start()
    try:
        with pytest.raises(DownloadError, match=r"Quá thời gian chờ \(1 giây\)"):
            fetch(site + "/cham", timeout=1)
        assert not watch.is_set(), "the timeout took far longer than asked"
    finally:
        timer.cancel()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://127.0.0.1/bai.html", "http:// hoặc https://"),
        ("file:///etc/passwd", "http:// hoặc https://"),
        ("http://", "Địa chỉ không hợp lệ"),
    ],
)
def test_only_web_addresses_are_fetched(url, message):
    with pytest.raises(DownloadError, match=message):
        fetch(url, timeout=1)


def test_a_refused_connection_is_explained(site):
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(DownloadError, match="từ chối kết nối"):
        fetch(f"http://127.0.0.1:{port}/", timeout=1)


def test_a_batch_gives_one_outcome_per_address_and_never_stops(archive, site):
    seen: list[str] = []
    urls = [site + ARTICLE, site + "/khong-co", site + "/chuyen", site + "/tai-lieu.zip"]
    summary = import_urls(archive, urls, progress=lambda d, t, n: seen.append(n), timeout=5)
    assert [o.status for o in summary.outcomes] == [IMPORTED, FAILED, DUPLICATE, FAILED]
    assert [o.path for o in summary.outcomes] == urls
    assert "404" in summary.outcomes[1].message
    assert seen[:4] == urls
    assert not summary.cancelled


def test_a_cancelled_batch_stops_before_the_next_address(sqlite_archive, site):
    cancel = threading.Event()
    cancel.set()
    summary = import_urls(sqlite_archive, [site + ARTICLE], cancel=cancel, timeout=5)
    assert summary.cancelled and summary.outcomes == []


def test_addresses_as_typed_and_file_names_from_them():
    typed = normalize_url(" baoquangnam.vn/thoi-su/a.html ")
    assert typed == "https://baoquangnam.vn/thoi-su/a.html"
    assert normalize_url("<https://x.vn/a>") == "https://x.vn/a"
    from desktop.services.download import Downloaded

    page = Downloaded("https://x.vn/thoi-su/bài-viết%20mới", "text/html", None, b"")
    assert source_name(page) == "bài-viết-mới.html"
    assert source_name(Downloaded("https://x.vn/", "text/plain", None, b"")) == "x.vn.txt"
