"""Big result sets on SQLite (store.search_tiers): with the size limits lowered, every query
takes that path, and must find, sort and count exactly what the exact path does."""

import pytest
from sqlalchemy import text

from desktop.services import articles, editing, search, tags, trash
from desktop.store import facet_table, search_tiers
from desktop.store import search as index
from tests.search.test_search import import_seeds

QUERIES = [
    "bo tu phap", '"Bộ Tư pháp"', "dang", "Đảng", "đang", '"uy ban"', '"bo tu ph"*',
    'dang -"bo tu phap"', '"bo tu phap" OR "bo cong thuong"', 'tieude:"hoi nghi"',
    'nguon:"to quoc"', "nam:2023 dang", "tu:01/04/2023 den:2024-04-10 dang", "hoi nghi",
]


@pytest.fixture
def seeded(sqlite_archive, seed_files, tmp_path):
    ids = import_seeds(sqlite_archive, seed_files, tmp_path)
    tags.tag_articles(sqlite_archive, [ids["000"], ids["003"]], "Hội nghị")
    return sqlite_archive, ids


def exact_and_big(monkeypatch, action):
    """`action()` on the exact path, then on the big-result path."""
    exact = action()
    monkeypatch.setattr(search_tiers, "RANK_ALL", -1)
    big = action()
    monkeypatch.setattr(search_tiers, "RANK_ALL", 10_000)
    return exact, big


@pytest.mark.parametrize("typed", QUERIES)
def test_the_same_articles_dates_and_facets_as_the_exact_path(seeded, monkeypatch, typed):
    archive, _ = seeded
    query = search.parse(typed)
    exact, big = exact_and_big(monkeypatch, lambda: search.search_ids(archive, query))
    assert sorted(big) == sorted(exact) and len(set(big)) == len(big)
    exact, big = exact_and_big(
        monkeypatch, lambda: search.search_ids(archive, query, sort="published"))
    assert big == exact
    exact, big = exact_and_big(monkeypatch, lambda: search.facets(archive, query))
    assert big == exact


def test_titles_holding_the_words_come_first_then_the_newest(seeded, monkeypatch):
    archive, ids = seeded
    monkeypatch.setattr(search_tiers, "RANK_ALL", -1)
    in_title = {ids["000"], ids["001"], ids["002"]}  # `Đảng` in the title
    for limit in (2_000, -1):  # the titled ones ranked, then newest first
        monkeypatch.setattr(search_tiers, "RANK_TITLE", limit)
        order = search.search_ids(archive, search.parse("dang"))
        assert set(order[:3]) == in_title
        newest = [i for i in articles.list_ids(archive) if i not in in_title]
        assert order[3:] == newest
    assert search.search_ids(archive, search.parse("dang"), limit=2) == order[:2]
    assert search.search_ids(archive, search.parse("dang"), descending=False) == order[::-1]


def test_kept_results_follow_every_change(seeded, monkeypatch):
    archive, ids = seeded
    monkeypatch.setattr(search_tiers, "RANK_ALL", -1)
    dang = search.parse("dang")
    before = search.search_ids(archive, dang)
    assert ids["003"] in before[3:]
    trash.move_to_trash(archive, [ids["004"]])
    assert ids["004"] not in search.search_ids(archive, dang)
    assert search.facets(archive, dang).total == len(before) - 1
    record = articles.get_article(archive, ids["003"])
    changes = editing.changes_of(record)
    changes = type(changes)(**{**changes.__dict__, "title": "Đảng ủy " + record.title})
    editing.save_article(archive, record.id, changes, record.version)
    assert ids["003"] in search.search_ids(archive, dang)[:4]
    tags.rename_tag(archive, "Hội nghị", "Tập huấn")
    assert search.facets(archive, dang).tags == [("Tập huấn", 2)]
    with archive.unit_of_work() as session:  # written past the ORM, as the benchmark does
        session.execute(text("DELETE FROM article_tags WHERE article_id = :a"),
                        {"a": ids["000"]})
        index.index_articles(session, [ids["000"]])
    assert search.facets(archive, dang).tags == [("Tập huấn", 1)]


def test_warming_builds_the_facet_table_once_per_change(seeded, monkeypatch):
    archive, ids = seeded
    built = []
    load = facet_table.load
    monkeypatch.setattr(facet_table, "load", lambda conn: built.append(1) or load(conn))
    monkeypatch.setattr(search_tiers, "RANK_ALL", -1)
    search.warm(archive)
    assert len(built) == 1
    search.facets(archive, search.parse("dang"))
    assert len(built) == 1  # the warmed table was used
    trash.move_to_trash(archive, [ids["ext"]])
    assert search.facets(archive, search.parse("dang")).total == 5
    assert len(built) == 2
