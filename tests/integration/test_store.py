"""The store on a real SQLite file: schema, migrations, pragmas, collation, backups."""

import sqlite3

from sqlalchemy import inspect, text

from desktop.store.archive import open_local_archive
from desktop.store.engine import make_engine, sqlite_url
from desktop.store.migrate import (
    backup_sqlite,
    current_revision,
    downgrade,
    head_revision,
    migrate,
    upgrade_to,
)

TABLES = {"articles", "article_texts", "source_files", "tags", "article_tags", "entities",
          "mentions"}


def test_opening_creates_the_schema_at_head(tmp_path):
    path = tmp_path / "new" / "tulieu.sqlite3"
    archive = open_local_archive(path)
    try:
        assert path.exists()
        assert TABLES <= set(inspect(archive.engine).get_table_names())
        assert current_revision(archive.engine) == head_revision()
    finally:
        archive.close()


def test_upgrade_and_downgrade_on_a_real_file(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "a.sqlite3"))
    migrate(engine)
    downgrade(engine, "base")
    assert current_revision(engine) is None
    assert not TABLES & set(inspect(engine).get_table_names())
    migrate(engine)
    assert TABLES <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_archive):
    with sqlite_archive.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_vietnamese_collation_orders_like_the_gui(sqlite_archive):
    names = ["Ý Yên", "Đà Nẵng", "An Giang", "Bình Dương", "Ân Thi", "Dĩ An"]
    with sqlite_archive.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT v FROM (" + " UNION ALL ".join(f"SELECT '{n}' AS v" for n in names)
                 + ") ORDER BY v COLLATE vi")
        ).scalars().all()
    assert rows == ["An Giang", "Ân Thi", "Bình Dương", "Dĩ An", "Đà Nẵng", "Ý Yên"]


def test_failed_migration_leaves_the_archive_untouched(tmp_path, monkeypatch):
    path = tmp_path / "a.sqlite3"
    engine = make_engine(sqlite_url(path))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE articles (id INTEGER PRIMARY KEY)")  # clashes with 0001
    try:
        migrate(engine)
    except Exception:
        pass
    else:
        raise AssertionError("the clashing migration should have failed")
    tables = set(inspect(engine).get_table_names())
    assert "alembic_version" not in tables and "source_files" not in tables
    engine.dispose()


def test_backup_is_a_consistent_copy(sqlite_archive, tmp_path):
    with sqlite_archive.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO tags (name) VALUES ('Nghị quyết 35')")
    source = tmp_path / "archive" / "tulieu.sqlite3"
    copy = backup_sqlite(source, tmp_path / "copy.sqlite3")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT name FROM tags").fetchall() == [("Nghị quyết 35",)]


def test_postgresql_archive_migrates_both_ways(postgres_url):
    engine = make_engine(postgres_url.replace("+psycopg", ""))
    migrate(engine)
    assert TABLES <= set(inspect(engine).get_table_names())
    downgrade(engine, "base")
    assert not TABLES & set(inspect(engine).get_table_names())
    engine.dispose()


def test_upgrading_an_archive_with_articles_keeps_them_and_backs_up(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(path))
    upgrade_to(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO articles (title, authors, content_hash, imported_at, updated_at, version)"
            " VALUES ('Hội nghị', '[\"Thu Nga\"]', 'h1', '2024-01-01', '2024-01-01', 1)"
        )
    engine.dispose()
    archive = open_local_archive(path, tmp_path / "backups")
    try:
        with archive.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT title, user_set, deleted_at FROM articles").one()
        assert tuple(row) == ("Hội nghị", "[]", None)
        backups = list((tmp_path / "backups").glob("before-upgrade-0001-*.sqlite3"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    finally:
        archive.close()
