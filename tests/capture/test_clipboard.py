"""Clipboard and drops: previews read like files, saving keeps the clipboard as the source."""

from __future__ import annotations

import pytest

from desktop.core.dates import PartialDate
from desktop.importers.base import ImportProblem
from desktop.services import articles, editing
from desktop.services.capture import (
    PreviewEdits,
    from_dropped_text,
    preview_html,
    preview_text,
    save_preview,
)
from desktop.services.importing import DUPLICATE, IMPORTED
from desktop.store.models import SourceFile
from tests.capture.site import BODY, CANONICAL, OUTLET, TITLE, news_page

SOURCE = "https://vnexpress.net/khoi-cong-duong-ven-bien-4721001.html"
# What Windows puts on the clipboard ("HTML Format") when a reader selects the article.
FRAGMENT = f"<h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in BODY)
CF_HTML = (
    "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000009999\r\n"
    "StartFragment:0000000141\r\nEndFragment:0000009963\r\n"
    f"SourceURL:{SOURCE}\r\n"
    f"<html><body>\r\n<!--StartFragment-->{FRAGMENT}<!--EndFragment-->\r\n</body></html>"
)
PLAIN = (
    f"{TITLE}\n\n12/03/2024 09:30\n\n" + "\n\n".join(BODY) + "\n\nHOÀNG LIÊN\n"
)


def stored(archive, article_id):
    record = articles.get_articles(archive, [article_id])[0]
    with archive.unit_of_work() as session:
        source = session.query(SourceFile).filter_by(article_id=article_id).one()
        return record, source.name, source.data


def test_browser_clipboard_html_uses_the_fragment_and_its_source_url():
    preview = preview_html(CF_HTML, None)
    assert preview.title == TITLE
    assert preview.url == SOURCE
    assert preview.outlet == "VnExpress"  # known from the address's domain
    assert "tuyến đường ven biển dài 38 km" in preview.body
    assert TITLE not in preview.body
    assert preview.source == CF_HTML.encode("utf-8")
    assert preview.source_name.startswith("clipboard-") and preview.source_name.endswith(".html")


def test_a_given_source_url_wins_and_a_whole_page_keeps_its_meta_tags():
    preview = preview_html(news_page(), "https://example.org/khac")
    assert preview.title == TITLE
    assert preview.url == CANONICAL  # the page names its own address
    assert preview.outlet == OUTLET
    assert preview.published == PartialDate(2024, 3, 12, 9, 30)
    assert preview.authors == ("Hoàng Liên",)
    assert "Giá vàng" not in preview.body

    fragment_only = preview_html(f"<!--StartFragment-->{FRAGMENT}<!--EndFragment-->",
                                 "https://example.org/bai")
    assert fragment_only.url == "https://example.org/bai"


def test_plain_text_is_read_like_a_txt_file():
    preview = preview_text(PLAIN)
    assert preview.title == TITLE
    assert preview.published == PartialDate(2024, 3, 12, 9, 30)
    assert preview.url is None
    assert preview.body.startswith("Sáng 12/3, UBND tỉnh Quảng Nam")
    assert preview.source_name.endswith(".txt")


def test_empty_clipboard_is_a_problem_to_show():
    with pytest.raises(ImportProblem):
        preview_text("   \n ")
    with pytest.raises(ImportProblem):
        preview_html("<!--StartFragment--><p> </p><!--EndFragment-->", None)


def test_save_preview_keeps_the_clipboard_and_the_article(archive):
    outcome = save_preview(archive, preview_html(CF_HTML, None))
    assert outcome.status == IMPORTED, outcome.message
    record, name, data = stored(archive, outcome.article_id)
    assert record.title == TITLE and record.url == SOURCE and record.outlet == "VnExpress"
    assert name.startswith("clipboard-") and data == CF_HTML.encode("utf-8")
    assert record.version == 1  # nothing corrected: no edit recorded

    again = save_preview(archive, preview_html(CF_HTML, None))
    assert again.status == DUPLICATE and again.article_id == outcome.article_id


def test_the_users_corrections_are_saved_as_their_edit(archive):
    preview = preview_text(PLAIN)
    edits = PreviewEdits(
        title="Khởi công đường ven biển Hội An – Núi Thành",
        outlet="Báo Quảng Nam",
        url="https://baoquangnam.vn/bai-1",
        authors=("Hoàng Liên",),
        clear_published=True,
    )
    outcome = save_preview(archive, preview, edits)
    record, _, data = stored(archive, outcome.article_id)
    assert record.title == edits.title
    assert (record.outlet, record.url, record.authors) == (edits.outlet, edits.url, edits.authors)
    assert record.published is None
    assert data == PLAIN.encode("utf-8")
    history = editing.history(archive, outcome.article_id)
    assert history and "title" in history[-1]["changes"]


def test_an_edited_text_is_what_gets_stored(sqlite_archive):
    preview = preview_text(PLAIN)
    text = f"{TITLE}\n\n{BODY[0]}"
    outcome = save_preview(sqlite_archive, preview, PreviewEdits(text=text))
    from desktop.store.models import ArticleText

    with sqlite_archive.unit_of_work() as session:
        assert session.get(ArticleText, outcome.article_id).body == BODY[0]


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        ("https://baoquangnam.vn/a.html", ("https://baoquangnam.vn/a.html",)),
        (" https://a.vn/1 \n\nhttp://b.vn/2\nhttps://a.vn/1\n",
         ("https://a.vn/1", "http://b.vn/2")),
        ("# text/uri-list comment\r\nhttps://a.vn/1\r\n", ("https://a.vn/1",)),
        ("vnexpress.net/thoi-su/bai-123.html", ("https://vnexpress.net/thoi-su/bai-123.html",)),
    ],
)
def test_dropped_addresses(text, urls):
    dropped = from_dropped_text(text)
    assert dropped.urls == urls and dropped.text is None


@pytest.mark.parametrize(
    "text",
    [PLAIN, "Xem thêm tại https://a.vn/1", "https://a.vn/1\nBài viết hay", "ftp://a.vn/x"],
)
def test_dropped_article_text(text):
    dropped = from_dropped_text(text)
    assert dropped.urls == () and dropped.text == text


def test_nothing_dropped():
    assert from_dropped_text("  \n") == from_dropped_text("")
    assert from_dropped_text("").urls == () and from_dropped_text("").text is None
