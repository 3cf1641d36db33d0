"""What goes into the search index for one article."""

from __future__ import annotations

from desktop.services import articles, importing
from desktop.store.search import load_documents


def test_the_lead_paragraph_is_indexed_once(archive, seed_files):
    summary = importing.import_files(archive, seed_files[:1], workers=0)
    article_id = summary.article_ids[0]
    record = articles.get_article(archive, article_id)
    assert record.lead and record.lead in record.body
    with archive.unit_of_work() as session:
        (document,) = load_documents(session, [article_id])
    indexed = "\n".join(document.fields["body"])
    assert indexed.count(record.lead) == 1
