"""Reading and editing articles through the services, on a real archive file."""

from datetime import datetime

import pytest
from sqlalchemy import select

from desktop.core.dates import parse_typed
from desktop.services import articles
from desktop.services.editing import ArticleChanges, EditConflict, save_article
from desktop.services.importing import import_files
from desktop.store.archive import open_archive
from desktop.store.models import Article
from desktop.store.sorting import column_order


def _changes(record, **overrides) -> ArticleChanges:
    values = dict(
        title=record.title, published=record.published, event_date=record.event_date,
        outlet=record.outlet, authors=record.authors, url=record.url,
        category=record.category, unit=record.unit, notes=record.notes,
    )
    values.update(overrides)
    return ArticleChanges(**values)


@pytest.fixture
def seeded(archive, seed_files):
    import_files(archive, seed_files)
    return archive


def test_an_edit_survives_closing_the_archive(seeded):
    first = articles.get_article(seeded, articles.list_ids(seeded)[0])
    saved = save_article(
        seeded, first.id,
        _changes(first, outlet="Báo Nhân Dân", published=parse_typed("13/10/2023 08:15"),
                 authors=("Thu Nga", " Minh Anh ")),
        first.version,
    )
    assert saved.version == first.version + 1
    url = seeded.engine.url.render_as_string(hide_password=False)
    seeded.close()
    reopened = open_archive(url)
    try:
        again = articles.get_article(reopened, first.id)
        assert again.outlet == "Báo Nhân Dân"
        assert again.published.iso() == "2023-10-13T08:15"
        assert again.authors == ("Thu Nga", "Minh Anh")
    finally:
        reopened.close()


def test_an_edit_of_an_old_version_is_refused_not_applied(seeded):
    record = articles.get_article(seeded, articles.list_ids(seeded)[0])
    save_article(seeded, record.id, _changes(record, outlet="Tổ Quốc"), record.version)
    with pytest.raises(EditConflict):
        save_article(seeded, record.id, _changes(record, outlet="Khác"), record.version)
    assert articles.get_article(seeded, record.id).outlet == "Tổ Quốc"


def test_list_sorts_titles_in_vietnamese_order(seeded):
    ids = articles.list_ids(seeded, "title", descending=False)
    titles = [r.title for r in articles.fetch_rows(seeded, ids)]
    assert titles[0].startswith("Ban Chỉ đạo 35")
    assert titles[1].startswith("Bế mạc")
    assert titles[2].startswith("Bộ Tư pháp")
    assert titles[3:] == sorted(titles[3:])  # both start with "Hội nghị"


def test_list_sorts_by_publication_date_newest_first(seeded):
    rows = articles.fetch_rows(seeded, articles.list_ids(seeded, "published", descending=True))
    dated = [r.published.iso() for r in rows if r.published]
    assert dated == sorted(dated, reverse=True)
    assert rows[-1].published is None


def test_fetch_rows_keeps_the_order_asked_and_skips_missing(seeded):
    ids = articles.list_ids(seeded)
    rows = articles.fetch_rows(seeded, [ids[2], 9999, ids[0]])
    assert [r.id for r in rows] == [ids[2], ids[0]]


def test_text_sorts_made_in_memory_agree_with_the_sql_collation(sqlite_archive):
    names = ["Ý Yên", "Đà Nẵng", "An Giang", "Bình Dương", "Ân Thi", "Dĩ An", "Đặng", "Dương",
             "an giang", "An Giang", "", "Ủy ban", "Uỷ ban", "10 năm", "Ñandú"]
    now = datetime(2024, 1, 1)
    with sqlite_archive.unit_of_work() as session:
        for number, name in enumerate(names):
            session.add(Article(title=name, outlet=name or None, authors=[name] if name else [],
                                content_hash=f"h{number}", imported_at=now, updated_at=now))
    for sort in ("title", "outlet", "authors"):
        for descending in (False, True):
            column = column_order(sort)
            with sqlite_archive.unit_of_work() as session:
                in_sql = list(session.scalars(select(Article.id).order_by(
                    column.desc() if descending else column.asc(), Article.id.desc())))
            assert articles.list_ids(sqlite_archive, sort, descending) == in_sql, (sort, descending)
    first = articles.list_ids(sqlite_archive, "title", descending=False)[0]
    record = articles.get_article(sqlite_archive, first)
    save_article(sqlite_archive, record.id, _changes(record, title="Zô"), record.version)
    assert articles.list_ids(sqlite_archive, "title", descending=False)[-1] == first
