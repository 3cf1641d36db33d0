"""Editing beyond a single save: history, user-set fields, undo, bulk edits, tags, trash."""

import pytest

from desktop.core.dates import parse_typed
from desktop.services import articles, editing, tags, trash
from desktop.services.editing import EditConflict, apply_many, changes_of, save_article
from desktop.services.importing import import_files


@pytest.fixture
def seeded(archive, seed_files):
    import_files(archive, seed_files)
    return archive


def _first(archive):
    return articles.get_article(archive, articles.list_ids(archive, "title", False)[0])


def test_a_save_records_history_and_user_set_fields(seeded):
    record = _first(seeded)
    changes = changes_of(record)
    saved = save_article(
        seeded, record.id,
        editing.ArticleChanges(**{**changes.__dict__, "outlet": "Nhân Dân",
                                  "tags": ("Hội nghị/Tập huấn",)}),
        record.version,
    )
    assert saved.tags == ("Hội nghị/Tập huấn",)
    lines = editing.history(seeded, record.id)
    assert len(lines) == 1
    assert lines[0]["version"] == saved.version
    assert lines[0]["changes"]["outlet"] == [record.outlet, "Nhân Dân"]
    assert lines[0]["changed_by"]
    again = save_article(seeded, record.id, changes_of(saved), saved.version)
    assert again.version == saved.version  # nothing changed, nothing written


def test_saving_twice_from_the_same_version_conflicts_with_the_newer_values(seeded):
    record = _first(seeded)
    base = changes_of(record)
    save_article(seeded, record.id, editing.ArticleChanges(**{**base.__dict__, "unit": "A"}),
                 record.version)
    with pytest.raises(EditConflict) as caught:
        save_article(seeded, record.id, editing.ArticleChanges(**{**base.__dict__, "unit": "B"}),
                     record.version)
    assert caught.value.current.unit == "A"


def test_undo_and_redo_through_apply_many(seeded):
    ids = articles.list_ids(seeded)[:3]
    before = {r.id: changes_of(r) for r in articles.get_articles(seeded, ids)}
    after = {i: editing.ArticleChanges(**{**c.__dict__, "category": "Thời sự",
                                          "published": parse_typed("01/02/2024")})
             for i, c in before.items()}
    apply_many(seeded, [(i, before[i], after[i]) for i in ids])  # the bulk edit
    assert {r.category for r in articles.get_articles(seeded, ids)} == {"Thời sự"}
    apply_many(seeded, [(i, after[i], before[i]) for i in ids])  # undo
    assert [changes_of(r) for r in articles.get_articles(seeded, ids)] == [before[i] for i in ids]
    apply_many(seeded, [(i, before[i], after[i]) for i in ids])  # redo
    assert {r.published.iso() for r in articles.get_articles(seeded, ids)} == {"2024-02-01"}


def test_undo_refuses_when_someone_changed_the_article_since(seeded):
    record = _first(seeded)
    before = changes_of(record)
    after = editing.ArticleChanges(**{**before.__dict__, "outlet": "A"})
    apply_many(seeded, [(record.id, before, after)])
    other = articles.get_article(seeded, record.id)
    save_article(seeded, record.id,
                 editing.ArticleChanges(**{**after.__dict__, "outlet": "B"}), other.version)
    with pytest.raises(EditConflict):
        apply_many(seeded, [(record.id, after, before)])
    assert articles.get_article(seeded, record.id).outlet == "B"


def test_nested_tags_count_rename_and_delete(seeded):
    ids = articles.list_ids(seeded)
    tags.tag_articles(seeded, ids[:3], "Hội nghị/Tập huấn")
    tags.tag_articles(seeded, ids[2:], "Hội nghị")
    tags.create_tag(seeded, "Đoàn thể", "#AA3300")
    listed = {t.name: t for t in tags.list_tags(seeded)}
    assert listed["Hội nghị/Tập huấn"].count == 3
    assert listed["Hội nghị"].count == 3
    assert listed["Đoàn thể"].color == "#aa3300" and listed["Đoàn thể"].count == 0
    assert [t.name for t in tags.list_tags(seeded)] == ["Đoàn thể", "Hội nghị",
                                                         "Hội nghị/Tập huấn"]
    tags.rename_tag(seeded, "Hội nghị", "Sự kiện")
    assert {t.name for t in tags.list_tags(seeded)} == {"Đoàn thể", "Sự kiện",
                                                        "Sự kiện/Tập huấn"}
    assert "Sự kiện/Tập huấn" in articles.get_article(seeded, ids[0]).tags
    with pytest.raises(tags.TagError):
        tags.rename_tag(seeded, "Đoàn thể", "Sự kiện")
    tags.delete_tag(seeded, "Sự kiện")
    assert [t.name for t in tags.list_tags(seeded)] == ["Đoàn thể"]
    assert len(articles.list_ids(seeded)) == 5


def test_tagging_bumps_the_version_so_a_stale_editor_cannot_drop_the_tag(seeded):
    record = _first(seeded)
    tags.tag_articles(seeded, [record.id], "Quan trọng")
    stale = editing.ArticleChanges(**{**changes_of(record).__dict__, "outlet": "X"})
    with pytest.raises(EditConflict):
        save_article(seeded, record.id, stale, record.version)


def test_bad_tag_names_and_colours_are_refused(seeded):
    with pytest.raises(tags.TagError):
        tags.create_tag(seeded, "Hội nghị//Tập huấn")
    with pytest.raises(tags.TagError):
        tags.create_tag(seeded, "Tốt", "đỏ")


def test_trash_hides_restores_and_empties(seeded):
    ids = articles.list_ids(seeded)
    assert trash.move_to_trash(seeded, ids[:2]) == 2
    assert articles.count(seeded) == 3 and set(trash.trashed_ids(seeded)) == set(ids[:2])
    assert trash.restore(seeded, ids[:1]) == 1
    assert articles.count(seeded) == 4
    assert trash.empty_trash(seeded) == 1
    assert trash.count_trashed(seeded) == 0
    assert len(articles.list_ids(seeded)) == 4


def test_scopes_list_a_tag_with_its_children_and_the_trash(seeded):
    ids = articles.list_ids(seeded)
    tags.tag_articles(seeded, ids[:2], "Hội nghị/Tập huấn")
    tags.tag_articles(seeded, ids[4:], "Hội nghị")
    scope = articles.Scope(tag="Hội nghị")
    assert set(articles.list_ids(seeded, scope=scope)) == {ids[0], ids[1], ids[4]}
    assert articles.count(seeded, articles.Scope(tag="Hội nghị/Tập huấn")) == 2
    trash.move_to_trash(seeded, [ids[0]])
    assert set(articles.list_ids(seeded, scope=scope)) == {ids[1], ids[4]}
    assert articles.list_ids(seeded, scope=articles.Scope(trash=True)) == [ids[0]]


def test_known_values_feed_the_completers(seeded):
    ids = articles.list_ids(seeded)
    first = articles.get_article(seeded, ids[0])
    save_article(seeded, first.id, editing.ArticleChanges(
        **{**changes_of(first).__dict__, "outlet": "Nhân Dân", "authors": ("Đức Lam", "An")}),
        first.version)
    assert "Nhân Dân" in articles.known_values(seeded, "outlet")
    authors = articles.known_values(seeded, "authors")
    assert authors.index("An") < authors.index("Đức Lam") < authors.index("Thu Nga")
