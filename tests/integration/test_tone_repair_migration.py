"""Revision 0008 puts back the tone marks an earlier unify_tones misplaced in stored names,
keys and the search index."""

from __future__ import annotations

from sqlalchemy import text

from desktop.services.importing import IMPORTED, import_bytes
from desktop.services.search import search
from desktop.store.archive import open_local_archive
from desktop.store.migrate import current_revision, downgrade, head_revision

BODY = (
    "Sáng 5/3, Ủy ban nhân dân quận Ba Đình tổ chức hội nghị triển khai Luật số 12 về quy hoạch."
    " Ông Nguyễn Văn Thuận, Chủ tịch UBND quận, phát biểu chỉ đạo hoặc giao nhiệm vụ cho các"
    " phòng ban. Hội nghị quá đông, quả là một dịp tốt để cán bộ trao đổi kinh nghiệm.\n"
)


def test_misplaced_marks_in_names_keys_and_index_are_put_back(tmp_path):
    path, backups = tmp_path / "a" / "tulieu.sqlite3", tmp_path / "b"
    archive = open_local_archive(path, backups)
    assert import_bytes(archive, "bai.txt", ("Hội nghị\n\n" + BODY).encode()).status == IMPORTED
    # What the earlier version stored: names and keys with the marks moved, an alias, a
    # rejected suggestion, and an index written with the same forms (left empty here).
    with archive.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO entities (kind, name, key) VALUES ('person', 'Trần Thụân', 'trần thụân'),"
            " ('organization', 'UBND qụân 1', 'ubnd qụân 1')"
        ))
        conn.execute(text(
            "INSERT INTO entity_aliases (entity_id, name, key) SELECT id, 'Thụân', 'thụân'"
            " FROM entities WHERE name = 'Trần Thụân'"
        ))
        conn.execute(text(
            "INSERT INTO rejected_suggestions (article_id, kind, key) SELECT id, 'document',"
            " 'lụât 12' FROM articles"
        ))
        conn.execute(text("DELETE FROM search_fts"))
    downgrade(archive.engine, "0007")
    archive.close()

    archive = open_local_archive(path, backups)
    try:
        assert current_revision(archive.engine) == head_revision()
        with archive.engine.connect() as conn:
            entities = set(conn.execute(text("SELECT name, key FROM entities")).all())
            aliases = set(conn.execute(text("SELECT name, key FROM entity_aliases")).all())
            rejected = conn.execute(text("SELECT key FROM rejected_suggestions")).scalar_one()
        assert {("Trần Thuận", "trần thuận"), ("UBND quận 1", "ubnd quận 1")} <= entities
        assert ("Nguyễn Văn Thuận", "nguyễn văn thuận") in entities  # found on import
        assert aliases == {("Thuận", "thuận")}
        assert rejected == "luật 12"
        for query in ("quận", "Thuận", "hoặc", "quá"):
            assert search(archive, query).ids, query
    finally:
        archive.close()
