"""What goes into the search index for one article."""

from __future__ import annotations

from sqlalchemy import bindparam, text

from desktop.services import articles, importing
from desktop.store.search import index_articles, load_documents


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
