"""Entity services on real archives (SQLite file and PostgreSQL): suggestions, tagging, merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from desktop.services import articles, entities, importing, reextract, search
from desktop.services.articles import Scope
from desktop.services.entities_duplicates import abbreviates
from desktop.store.archive import Archive
from desktop.store.models import Entity, Mention
from desktop.store.search import index_articles

BODY = (
    "Sáng 12/10, Bộ Văn hóa, Thể thao và Du lịch tổ chức hội nghị tại Hà Nội.\n\n"
    "Thứ trưởng Tạ Quang Đông phát biểu. Bộ VHTTDL đề nghị các đơn vị quán triệt "
    "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị.\n\n"
    "Đồng chí Tạ Quang Đông nhấn mạnh vai trò của báo chí."
)


def _import_text(archive: Archive, tmp_path: Path, text: str, name: str = "a.txt") -> int:
    path = tmp_path / name
    path.write_text(f"Hội nghị quán triệt nghị quyết {name}\n\n{text}\n", encoding="utf-8")
    summary = importing.import_files(archive, [path])
    return summary.article_ids[0]


@pytest.fixture
def seeded(archive: Archive, seed_files: list[Path]) -> list[int]:
    return importing.import_files(archive, seed_files).article_ids


def test_import_stores_suggestions_on_the_body(archive, seeded):
    assert len(seeded) == 5
    for article_id in seeded:
        body = articles.get_article(archive, article_id).body
        found = entities.mentions(archive, article_id)
        assert len(found) >= 10, article_id
        for m in found:
            assert body[m.start:m.end] == m.surface
            assert not m.confirmed
    people = {e.name for e in entities.list_entities(archive, "person")}
    assert {"Vũ Trọng Hà", "Đặng Hoàng Oanh", "Nguyễn Kim Tinh"} <= people


def test_titles_are_recorded_and_shown_over_time(archive, seeded):
    ha = next(e for e in entities.list_entities(archive, "person", "vu trong ha"))
    assert ha.article_count >= 2
    page = entities.entity_page(archive, ha.id)
    assert any("Chánh Văn phòng Ban Chỉ đạo 35" in t.title for t in page.titles)
    assert [a.id for a in page.articles] == sorted(
        (a.id for a in page.articles),
        key=lambda i: articles.get_article(archive, i).published.iso()
        if articles.get_article(archive, i).published else "",
    )
    ids = articles.list_ids(archive, scope=Scope(entity_id=ha.id))
    assert sorted(ids) == sorted(a.id for a in page.articles)


def test_accept_and_reject_survive_extracting_again(archive, tmp_path):
    article_id = _import_text(archive, tmp_path, BODY)
    found = entities.mentions(archive, article_id)
    dong = [m for m in found if m.name == "Tạ Quang Đông"]
    place = next(m for m in found if m.surface == "Hà Nội")
    assert len(dong) == 2 and dong[0].title == "Thứ trưởng"
    assert entities.accept_entity(archive, article_id, dong[0].entity_id) == 2
    assert entities.reject(archive, [place.id]) == 1
    after = entities.mentions(archive, article_id)
    assert all(m.confirmed for m in after if m.name == "Tạ Quang Đông")
    assert not any(m.surface == "Hà Nội" for m in after)
    # Re-extraction rewrites the body and asks for suggestions again: the rejected one stays
    # away and confirmed tags are kept.
    with archive.unit_of_work() as session:
        article = articles.load_article(session, article_id)
        entities.resuggest(session, article)
    again = entities.mentions(archive, article_id)
    assert not any(m.surface == "Hà Nội" for m in again)
    assert sum(1 for m in again if m.name == "Tạ Quang Đông" and m.confirmed) == 2
    assert reextract.reextract(archive, [article_id]).failed == {}


def test_reject_entity_removes_all_and_orphans(archive, tmp_path):
    article_id = _import_text(archive, tmp_path, BODY)
    dong = next(m for m in entities.mentions(archive, article_id) if m.name == "Tạ Quang Đông")
    assert entities.reject_entity(archive, article_id, dong.entity_id) == 2
    assert not any(e.name == "Tạ Quang Đông" for e in entities.list_entities(archive))


def test_tag_text_links_or_creates_and_keeps_aliases(archive, tmp_path):
    article_id = _import_text(archive, tmp_path, BODY)
    body = articles.get_article(archive, article_id).body
    start = body.index("báo chí")
    made = entities.tag_text(archive, article_id, start - 1, start + len("báo chí") + 1,
                             "organization", entity_name="Báo chí cách mạng")
    assert (made.start, made.end, made.surface) == (start, start + 7, "báo chí")
    assert made.confirmed and made.name == "Báo chí cách mạng"
    info = next(e for e in entities.list_entities(archive, "organization", "bao chi"))
    assert info.aliases == ("báo chí",)
    again = entities.tag_text(archive, article_id, start, start + 7, "organization",
                              entity_id=made.entity_id)
    assert again.entity_id == made.entity_id
    spans = [(m.start, m.end) for m in entities.mentions(archive, article_id)]
    assert spans.count((start, start + 7)) == 1
    with pytest.raises(ValueError):
        entities.tag_text(archive, article_id, start, start + 7, "person",
                          entity_id=made.entity_id)


def test_retype_and_remove(archive, tmp_path):
    article_id = _import_text(archive, tmp_path, BODY)
    place = next(m for m in entities.mentions(archive, article_id) if m.surface == "Hà Nội")
    moved = entities.retype(archive, place.id, "organization")
    assert (moved.kind, moved.name, moved.confirmed) == ("organization", "Hà Nội", True)
    assert not entities.list_entities(archive, "place", "Hà Nội")
    entities.remove(archive, [moved.id])
    assert not any(m.id == moved.id for m in entities.mentions(archive, article_id))


def test_tag_everywhere_in_the_article_and_the_archive(archive, tmp_path):
    first = _import_text(archive, tmp_path, BODY)
    second = _import_text(archive, tmp_path, "Các cơ quan báo chí và báo chí địa phương.", "b.txt")
    body = articles.get_article(archive, first).body
    start = body.index("báo chí")
    made = entities.tag_text(archive, first, start, start + 7, "organization")
    # The only occurrence in the first article is tagged already: nothing new there.
    assert entities.tag_everywhere(archive, made.entity_id, "báo chí", "article", first) == []
    new = entities.tag_everywhere(archive, made.entity_id, "báo chí", "archive")
    assert sorted((m.article_id, m.surface) for m in new) == [(second, "báo chí")] * 2
    second_body = articles.get_article(archive, second).body
    assert all(second_body[m.start:m.end] == "báo chí" for m in new)
    assert entities.tag_everywhere(archive, made.entity_id, "báo chí", "archive") == []


def test_merge_moves_mentions_keeps_aliases_and_undoes(archive, tmp_path):
    article_id = _import_text(archive, tmp_path, BODY)
    body = articles.get_article(archive, article_id).body
    at = body.index("Bộ VHTTDL")
    # The extractor already reads the short form as the ministry; tagged by hand it is apart.
    entities.tag_text(archive, article_id, at, at + len("Bộ VHTTDL"), "organization")
    orgs = {e.name: e for e in entities.list_entities(archive, "organization")}
    long, short = orgs["Bộ Văn hóa, Thể thao và Du lịch"], orgs["Bộ VHTTDL"]
    dup = [d for d in entities.suggest_duplicates(archive) if {d.a.id, d.b.id} == {long.id,
                                                                                  short.id}]
    assert dup and dup[0].reason == "Tên viết tắt và tên đầy đủ"
    before = sorted((m.id, m.entity_id) for m in entities.mentions(archive, article_id))
    record = entities.merge(archive, long.id, short.id)
    merged = next(e for e in entities.list_entities(archive, "organization") if e.id == long.id)
    assert short.name in merged.aliases
    assert all(m.entity_id != short.id for m in entities.mentions(archive, article_id))
    assert merged.article_count == 1
    entities.undo_merge(archive, record)
    assert sorted((m.id, m.entity_id) for m in entities.mentions(archive, article_id)) == before
    restored = {e.id: e for e in entities.list_entities(archive, "organization")}
    assert restored[short.id].name == short.name and restored[long.id].aliases == ()
    with pytest.raises(ValueError):
        entities.merge(archive, long.id, long.id)


def test_split_moves_chosen_mentions_to_a_new_entity(archive, tmp_path):
    article_id = _import_text(archive, tmp_path, BODY)
    dong = [m for m in entities.mentions(archive, article_id) if m.name == "Tạ Quang Đông"]
    new = entities.split(archive, dong[0].entity_id, [dong[1].id], "Tạ Quang Đông (2)")
    assert new.kind == "person" and new.article_count == 1
    names = {m.id: m.name for m in entities.mentions(archive, article_id)}
    assert (names[dong[0].id], names[dong[1].id]) == ("Tạ Quang Đông", "Tạ Quang Đông (2)")


def test_duplicate_rules(archive, tmp_path):
    article_id = _import_text(
        archive, tmp_path, "Bộ Tư pháp họp. Đảng ủy Bộ triển khai. Tỉnh Hoà Bình và Hòa Bình, "
        "Ha Noi và Hà Nội.")
    body = articles.get_article(archive, article_id).body

    def tag(surface: str, kind: str) -> entities.MentionInfo:
        at = body.index(surface)
        return entities.tag_text(archive, article_id, at, at + len(surface), kind)

    tag("Đảng ủy Bộ", "organization")
    # Tone placement alone never makes two entities.
    assert tag("Hoà Bình", "place").entity_id == tag("Hòa Bình", "place").entity_id
    tag("Ha Noi", "place")
    tag("Hà Nội", "place")
    reasons = {frozenset((d.a.name, d.b.name)): d.reason
               for d in entities.suggest_duplicates(archive)}
    assert reasons[frozenset(("Hà Nội", "Ha Noi"))] == "Cùng tên, khác cách bỏ dấu"
    assert not any("Hoà Bình" in pair or "Hòa Bình" in pair for pair in reasons)
    assert not any("Đảng ủy Bộ" in pair for pair in reasons)
    entities.tag_text(archive, article_id, 0, len("Bộ Tư pháp"), "organization")
    other = _import_text(archive, tmp_path, "Hôm qua, Đảng ủy Bộ Tư pháp ra nghị quyết.", "d.txt")
    at = articles.get_article(archive, other).body.index("Đảng ủy Bộ Tư pháp")
    entities.tag_text(archive, other, at, at + len("Đảng ủy Bộ Tư pháp"), "organization")
    reasons = {frozenset((d.a.name, d.b.name)): d.reason
               for d in entities.suggest_duplicates(archive)}
    assert reasons[frozenset(("Đảng ủy Bộ Tư pháp", "Đảng ủy Bộ"))] == "Trong bài về Bộ Tư pháp"


def test_abbreviations():
    assert abbreviates("Bộ VHTTDL", "Bộ Văn hóa, Thể thao và Du lịch")
    assert abbreviates("UBND tỉnh Hòa Bình", "Ủy ban nhân dân tỉnh Hòa Bình")
    assert abbreviates("Ban Chỉ đạo 35 TW", "Ban Chỉ đạo 35 Trung ương")
    assert not abbreviates("Bộ VHTT", "Bộ Văn hóa, Thể thao và Du lịch")
    assert not abbreviates("Bộ Tư pháp", "Bộ Tư pháp")


def test_orphan_entities_are_removed_with_their_last_mention(archive, tmp_path):
    article_id = _import_text(archive, tmp_path, BODY)
    with archive.unit_of_work() as session:
        before = session.scalar(select(func.count(Entity.id)))
    ids = [m.id for m in entities.mentions(archive, article_id)]
    entities.reject(archive, ids)
    with archive.unit_of_work() as session:
        assert session.scalar(select(func.count(Mention.id))) == 0
        assert session.scalar(select(func.count(Entity.id))) == 0 < before


def test_suggestions_stored_again_reach_the_search_index(archive, tmp_path):
    article_id = _import_text(archive, tmp_path, BODY)
    with archive.unit_of_work() as session:
        session.execute(delete(Mention))
        index_articles(session, [article_id])
    assert search.search(archive, "nguoi:dong").ids == []
    with archive.unit_of_work() as session:
        entities.resuggest(session, articles.load_article(session, article_id))
    assert search.search(archive, "nguoi:dong").ids == [article_id]
