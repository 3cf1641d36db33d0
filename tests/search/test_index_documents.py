"""What goes into the search index for one article."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import bindparam, text

from desktop.core.index_fields import index_forms, text_fields
from desktop.services import articles, importing, search
from desktop.store.models import Article, ArticleText
from desktop.store.search import index_articles, load_documents
from desktop.store.search_sync import index_new


def test_the_lead_paragraph_is_indexed_once(archive, seed_files):
    summary = importing.import_files(archive, seed_files[:1], workers=0)
    article_id = summary.article_ids[0]
    record = articles.get_article(archive, article_id)
    assert record.lead and record.lead in record.body
    with archive.unit_of_work() as session:
        (document,) = load_documents(session, [article_id])
    indexed = "\n".join(document.fields["body"])
    assert indexed.count(record.lead) == 1


def test_an_import_indexes_its_articles_as_reindexing_would(archive, seed_files):
    # A worker process converts the text (workers=1); the writer adds the entities' names.
    summary = importing.import_files(archive, seed_files, workers=1)
    ids = summary.article_ids
    assert len(ids) == len(seed_files)
    imported = index_rows(archive, ids)
    with archive.unit_of_work() as session:
        index_articles(session, ids)
    assert index_rows(archive, ids) == imported
    with archive.unit_of_work() as session:
        documents = load_documents(session, ids)
    assert any(d.fields["person"] and d.fields["org"] for d in documents)


def test_new_articles_are_indexed_at_commit_as_they_are_then(archive):
    """An import hands its new articles to the index when the transaction commits: one whose
    savepoint rolled back leaves no entry, one changed again after it is indexed as changed."""
    with archive.unit_of_work() as session:
        with pytest.raises(RuntimeError), session.begin_nested():
            dropped = _new_article(session, "Bài bị hủy")
            raise RuntimeError("the file failed after it was counted")
        kept = _new_article(session, "Tiêu đề lúc nhập")
        changed = _new_article(session, "Tiêu đề cũ")
        session.get(Article, changed).title = "Tiêu đề đã sửa"
    assert _found(archive, "tieude:hủy") == []
    assert _found(archive, "tieude:nhập") == [kept]
    assert _found(archive, "tieude:sửa") == [changed]
    assert _found(archive, "tieude:cũ") == []
    assert dropped not in (kept, changed) or archive.engine.dialect.name == "sqlite"


def _found(archive, typed: str) -> list[int]:
    result = search.search(archive, typed)
    assert result.error is None
    return result.ids


def _new_article(session, title: str) -> int:
    now = datetime.now()
    article = Article(
        title=title, content_hash=title, imported_at=now, updated_at=now, authors=[],
        text=ArticleText(body="Nội dung", raw_text="Nội dung", captions=[]),
    )
    session.add(article)
    session.flush()
    own = text_fields(title, None, [], None, None, "Nội dung", [])
    index_new(session, article.id, own, index_forms(own))
    return article.id


def index_rows(archive, ids) -> list[tuple]:
    with archive.unit_of_work() as session:
        if session.get_bind().dialect.name == "sqlite":
            query = "SELECT rowid, * FROM search_fts WHERE rowid IN :ids ORDER BY rowid"
        else:
            query = ("SELECT article_id, exact::text, folded::text FROM search_docs "
                     "WHERE article_id IN :ids ORDER BY article_id")
        statement = text(query).bindparams(bindparam("ids", expanding=True))
        rows = [tuple(row) for row in session.execute(statement, {"ids": ids})]
    assert len(rows) == len(ids)
    return rows
