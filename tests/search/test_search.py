"""Search over the seed articles, run unchanged on SQLite and on PostgreSQL (same ids)."""

import pytest
from sqlalchemy import text

from desktop.core.dates import parse_typed
from desktop.services import articles, editing, search, tags, trash
from desktop.services.importing import import_files
from desktop.store import search as index

EXTRA = "Thời tiết Hà Nội\n\nCông nhân đang sửa đường ở Hà Nội vào buổi sáng thứ hai.\n"


def import_seeds(archive, seed_files, tmp_path) -> dict[str, int]:
    """Import the seeds and one article about the weather; ids by file name: `000`, `ext`."""
    extra = tmp_path / "extra.txt"
    extra.write_text(EXTRA, encoding="utf-8")
    summary = import_files(archive, [*seed_files, extra])
    return {o.path.rsplit("/", 1)[-1][:3]: o.article_id for o in summary.outcomes}


@pytest.fixture
def seeded(archive, seed_files, tmp_path):
    ids = import_seeds(archive, seed_files, tmp_path)
    # The entity names suggested on import are indexed too; these tests are about the text
    # and set their own entities.
    with archive.unit_of_work() as session:
        session.execute(text("DELETE FROM mentions"))
        session.execute(text("DELETE FROM entities"))
        index.index_articles(session, list(ids.values()))
    return archive, ids


def found(archive, typed, **kw):
    result = search.search(archive, typed, **kw)
    assert result.error is None, result.error
    return result.ids


def names(ids, result):
    by_id = {v: k for k, v in ids.items()}
    return {by_id[i] for i in result}


SEEDS = {"000", "001", "002", "003", "004"}


@pytest.mark.parametrize(("typed", "expected"), [
    ("bo tu phap", SEEDS),
    ('"bo tu phap"', {"000"}),
    ('"Bộ Tư pháp"', {"000"}),
    ('"bộ tư phap"', set()),  # typed with marks: the exact copy, where `phap` is not a word
    ("dang", SEEDS | {"ext"}),
    ("Đảng", SEEDS),
    ("đang", {"001", "004", "ext"}),
    ('"uỷ ban"', {"003", "004"}),
    ('"ủy ban"', {"003", "004"}),
    ('"uy ban"', {"003", "004"}),
    ('"bo tu ph"*', {"000"}),
    ("\"thoi ti\"* sua*", {"ext"}),
    ('dang -"bo tu phap"', {"001", "002", "003", "004", "ext"}),
    ("-dang", set()),
    ("-Đảng", {"ext"}),
    ('"bo tu phap" OR "bo cong thuong"', {"000", "001"}),
    ('"bo tu phap" OR "bo cong thuong" -tieude:"ban chi dao"', {"000"}),
    ('tieude:"hoi nghi"', {"002", "003", "004"}),
    ("tieude:dang", {"000", "001", "002"}),
    ('nguon:"to quoc"', {"003"}),
    ('nguồn:"Tổ Quốc"', {"003"}),
    ("outlet:quoc", {"003"}),
    ('tacgia:"thu nga"', {"000"}),
    ("author:nga", {"000"}),
    ("nam:2023", {"000", "003"}),
    ("nam:2023 dang", {"000", "003"}),
    ("quy:II/2024", {"004"}),
    ("quy:I/2024", set()),
    ("tu:01/04/2023 den:2024-04-10", {"000", "004"}),
    ("den:31/03/2023", {"003"}),
    ("", SEEDS | {"ext"}),
])
def test_queries_find_the_same_articles_on_both_backends(seeded, typed, expected):
    archive, ids = seeded
    assert names(ids, found(archive, typed)) == expected
    if expected:
        assert search.count(archive, search.parse(typed)) == len(expected)


def test_a_phrase_ranks_first_among_the_articles_holding_the_words(seeded):
    archive, ids = seeded
    assert found(archive, "bo tu phap")[0] == ids["000"]
    assert found(archive, "bo cong thuong")[0] == ids["001"]


def test_other_sorts_order_by_column(seeded):
    archive, ids = seeded
    by_date = found(archive, "dang", sort="published", descending=False)
    dated = [i for i in by_date if i in (ids["000"], ids["003"], ids["004"])]
    assert dated == [ids["003"], ids["000"], ids["004"]]
    assert found(archive, "dang", sort="title") == articles.list_ids(archive, "title")
    assert len(found(archive, "dang", limit=2)) == 2


def test_a_malformed_query_is_a_result_with_an_error(seeded):
    archive, _ = seeded
    result = search.search(archive, 'tieude:"bo tu')
    assert result.ids == [] and "Thiếu dấu" in str(result.error)


def test_trashed_articles_are_not_found_and_come_back_when_restored(seeded):
    archive, ids = seeded
    trash.move_to_trash(archive, [ids["000"]])
    assert found(archive, '"bo tu phap"') == []
    assert ids["000"] not in found(archive, "dang")
    assert ids["000"] not in found(archive, "dang -Đảng") + found(archive, "-đang")
    trash.restore(archive, [ids["000"]])
    assert found(archive, '"bo tu phap"') == [ids["000"]]


def test_an_edit_is_searchable_at_once(seeded):
    archive, ids = seeded
    record = articles.get_article(archive, ids["002"])
    changes = editing.changes_of(record)
    changes = type(changes)(**{**changes.__dict__, "outlet": "Báo Nhân Dân",
                               "published": parse_typed("15/05/2024")})
    editing.save_article(archive, record.id, changes, record.version)
    assert found(archive, 'nguon:"nhan dan"') == [ids["002"]]
    assert found(archive, "quy:II/2024", sort="published") == [ids["002"], ids["004"]]


def test_tags_are_searchable_and_counted(seeded):
    archive, ids = seeded
    tags.tag_articles(archive, [ids["000"], ids["003"]], "Hội nghị/Tập huấn")
    assert set(found(archive, 'the:"tap huan"')) == {ids["000"], ids["003"]}
    assert found(archive, "tag:huấn dang -tieude:chuyen") == [ids["000"]]
    facets = search.facets(archive, search.parse("dang"))
    assert facets.tags == [("Hội nghị/Tập huấn", 2)]
    tags.rename_tag(archive, "Hội nghị/Tập huấn", "Bồi dưỡng")
    assert found(archive, 'the:"tap huan"') == []
    assert set(found(archive, "the:boi")) == {ids["000"], ids["003"]}
    tags.delete_tag(archive, "Bồi dưỡng")
    assert found(archive, "the:boi") == []


def test_entities_are_searched_by_kind(seeded):
    archive, ids = seeded
    with archive.unit_of_work() as session:
        session.execute(text(
            "INSERT INTO entities (id, kind, name, key) VALUES "
            "(1, 'person', 'Vũ Trọng Hà', 'vu trong ha'), "
            "(2, 'organization', 'Bộ Công Thương', 'bo cong thuong')"
        ))
        session.execute(text(
            "INSERT INTO mentions (article_id, entity_id, start, \"end\", surface, confirmed) "
            "VALUES (:a, 1, 0, 1, 'x', false), (:b, 1, 0, 1, 'x', false), "
            "(:b, 2, 0, 1, 'x', false)"
        ), {"a": ids["000"], "b": ids["001"]})
        index.index_articles(session, [ids["000"], ids["001"]])
    assert set(found(archive, 'nguoi:"vu trong ha"')) == {ids["000"], ids["001"]}
    assert found(archive, "tochuc:thuong") == [ids["001"]]
    assert found(archive, "person:thuong") == []
    facets = search.facets(archive, search.parse("tieude:bo"))
    assert facets.entities == {"person": [("Vũ Trọng Hà", 2)],
                               "organization": [("Bộ Công Thương", 1)]}


def test_facets_follow_the_query(seeded):
    archive, ids = seeded
    everything = search.facets(archive, search.parse("dang"))
    assert everything.total == 6
    assert everything.outlets == [("Tổ Quốc", 1)]
    assert everything.months == [("2024-04", 1), ("2023-10", 1), ("2023-03", 1)]
    narrow = search.facets(archive, search.parse("nam:2023 -nguon:quoc"))
    assert narrow.total == 1 and narrow.outlets == [] and narrow.months == [("2023-10", 1)]


def test_facet_ties_are_listed_in_vietnamese_order(seeded):
    archive, ids = seeded
    for key, outlet in (("000", "Bình Dương"), ("001", "Ánh Sáng")):
        record = articles.get_article(archive, ids[key])
        changes = editing.changes_of(record)
        changes = type(changes)(**{**changes.__dict__, "outlet": outlet})
        editing.save_article(archive, record.id, changes, record.version)
    # Code-point order would put `Bình` before `Ánh`.
    assert search.facets(archive, search.parse("dang")).outlets == [
        ("Ánh Sáng", 1), ("Bình Dương", 1), ("Tổ Quốc", 1)
    ]


def test_snippets_only_for_the_rows_asked_with_matches_marked(seeded):
    archive, ids = seeded
    query = search.parse("bo tu phap")
    shown = search.snippets(archive, query, [ids["000"], ids["ext"]])
    assert set(shown) == {ids["000"], ids["ext"]}
    assert "«Bộ Tư pháp»" in shown[ids["000"]]
    assert "«" not in shown[ids["ext"]] and "đang sửa đường" in shown[ids["ext"]]
    html = search.snippets(archive, query, [ids["000"]], as_html=True)[ids["000"]]
    assert "<b>Bộ Tư pháp</b>" in html


def test_reindex_rebuilds_an_emptied_index(seeded):
    archive, ids = seeded
    with archive.unit_of_work() as session:
        index.remove_from_index(session, list(ids.values()))
    assert found(archive, "dang") == []
    steps = []
    assert search.reindex(archive, lambda d, t, _: steps.append((d, t))) == 6
    assert steps[-1] == (6, 6)
    assert len(found(archive, "dang")) == 6
