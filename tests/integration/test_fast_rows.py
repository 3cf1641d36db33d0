"""store.fast_rows writes the rows a Core insert writes, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, insert, select

from desktop.store.archive import Archive
from desktop.store.fast_rows import first_id, insert_row, insert_rows, select_rows
from desktop.store.models import Article, ArticleBand, ArticleText, SourceFile

ARTICLES, TEXTS, SOURCES, BANDS = (
    Article.__table__, ArticleText.__table__, SourceFile.__table__, ArticleBand.__table__
)
WHEN = datetime(2026, 3, 5, 8, 30)  # no microseconds: SQLite's text form must still match
LATER = datetime(2026, 3, 5, 8, 30, 15, 250)


def _article(digest: str, **more) -> dict:
    # Columns left out (version, user_set, deleted_at ...) take their defaults.
    return {
        "title": "Hội nghị Ban Chỉ đạo 35", "published": "2026-03-04", "outlet": None,
        "authors": ["Nguyễn Văn Thuận"], "content_hash": digest, "imported_at": WHEN,
        "updated_at": LATER, "signature": b"\x00\xff" * 8, "encoding": "utf-8", **more,
    }


def _stored(archive: Archive, table, article_id: int) -> tuple:
    """The row as the database holds it, read without SQLAlchemy's result processing."""
    key = "id" if table is ARTICLES else "article_id"
    with archive.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT * FROM {table.name} WHERE {key} = {int(article_id)}"
        ).fetchall()
    return tuple(tuple(v for name, v in zip(table.columns.keys(), row, strict=True)
                       if name not in ("id", "article_id", "content_hash")) for row in rows)


def test_fast_rows_are_stored_as_core_stores_them(archive: Archive) -> None:
    ids = []
    for number, fast in enumerate((True, False)):
        with archive.unit_of_work() as session:
            conn = session.connection()
            row = _article(f"h{number}")
            text = {"body": "Thân bài", "raw_text": "Tiêu đề\nThân bài", "lead": None,
                    "captions": ["Ảnh: Hội nghị"]}
            source = {"name": "bài viết.txt", "kind": "txt", "size": 3, "sha256": "ab",
                      "data": b"\x00\x01\x02", "imported_at": LATER}
            bands = [{"key": 2**62 + number, "article_id": None}, {"key": 7, "article_id": None}]
            if fast:
                article_id = insert_row(conn, ARTICLES, row)
                insert_rows(conn, TEXTS, [{**text, "article_id": article_id}])
                insert_rows(conn, SOURCES, [{**source, "article_id": article_id}])
                insert_rows(conn, BANDS, [{**b, "article_id": article_id} for b in bands])
            else:
                article_id = conn.execute(insert(ARTICLES).returning(ARTICLES.c.id), row).scalar()
                conn.execute(insert(TEXTS), {**text, "article_id": article_id})
                conn.execute(insert(SOURCES), {**source, "article_id": article_id})
                conn.execute(insert(BANDS), [{**b, "article_id": article_id} for b in bands])
            ids.append(article_id)
    fast_id, core_id = ids
    for table in (ARTICLES, TEXTS, SOURCES):
        assert _stored(archive, table, fast_id) == _stored(archive, table, core_id), table.name
    # Band keys differ on purpose (the first one); the second is the same.
    assert _stored(archive, BANDS, fast_id)[1:] == _stored(archive, BANDS, core_id)[1:]
    with archive.unit_of_work() as session:
        fast = session.get(Article, fast_id)
        assert (fast.version, fast.user_set, fast.imported_at) == (1, [], WHEN)
        assert fast.authors == ["Nguyễn Văn Thuận"] and fast.text.lead is None
        conn = session.connection()
        assert first_id(conn, ARTICLES, "content_hash", "h0") == fast_id
        assert first_id(conn, ARTICLES, "content_hash", "nowhere") is None
        assert session.scalar(select(SourceFile.data).where(SourceFile.article_id == fast_id)) \
            == b"\x00\x01\x02"


def test_a_json_column_given_none_holds_what_core_writes(sqlite_archive: Archive) -> None:
    # Core writes Python None into a JSON column as JSON `null`, not SQL NULL.
    with sqlite_archive.unit_of_work() as session:
        conn = session.connection()
        fast_id = insert_row(conn, ARTICLES, _article("a", authors=None))
        core_id = conn.execute(
            insert(ARTICLES).returning(ARTICLES.c.id), _article("b", authors=None)
        ).scalar()
    assert _stored(sqlite_archive, ARTICLES, fast_id) == _stored(sqlite_archive, ARTICLES, core_id)


def test_select_rows_gives_the_rows_core_gives(archive: Archive) -> None:
    statement = select(ARTICLES.c.id, ARTICLES.c.title).where(
        ARTICLES.c.content_hash.in_(bindparam("hashes", expanding=True))
    ).order_by(ARTICLES.c.id)
    with archive.unit_of_work() as session:
        conn = session.connection()
        for digest in ("a", "b", "c"):
            insert_row(conn, ARTICLES, _article(digest, title=f"Bài {digest}"))
        found = []
        for hashes in (["a", "c"], ["b"], ["x", "a", "b", "c"], ["a", "c"], []):
            core = [tuple(row) for row in conn.execute(statement, {"hashes": hashes})]
            fast = [tuple(row) for row in select_rows(conn, statement, "hashes", hashes)]
            assert fast == core
            found.append(len(fast))
        assert found == [2, 1, 3, 2, 0]
