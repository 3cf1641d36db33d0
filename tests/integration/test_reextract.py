"""Re-running extraction on stored originals keeps the user's own values."""

from desktop.core.legacy_tables import encode_tcvn3
from desktop.services import articles, editing
from desktop.services.editing import changes_of
from desktop.services.importing import import_files
from desktop.services.reextract import reextract


def test_reextract_restores_extracted_fields_but_not_user_set_ones(archive, seed_files):
    import_files(archive, seed_files[3:4])
    record = articles.get_article(archive, articles.list_ids(archive)[0])
    assert record.outlet == "Tổ Quốc"
    # The user fixes the title; separately, the stored category got lost somehow.
    saved = editing.save_article(archive, record.id, editing.ArticleChanges(
        **{**changes_of(record).__dict__, "title": "Tiêu đề do tôi sửa"}), record.version)
    with archive.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE articles SET category = NULL WHERE id = {record.id}")
    summary = reextract(archive, [record.id])
    again = articles.get_article(archive, record.id)
    assert summary.changed == [record.id]
    assert again.title == "Tiêu đề do tôi sửa"
    assert again.category == "Thời sự"
    assert again.version > saved.version


def test_reextract_in_another_encoding(archive, tmp_path):
    text = "Hội nghị tổng kết công tác năm\n\nSáng 12/1, Đảng ủy tổ chức hội nghị tổng kết."
    path = tmp_path / "cu.txt"
    path.write_bytes(encode_tcvn3(text))
    import_files(archive, [path])
    article_id = articles.list_ids(archive)[0]
    assert articles.get_article(archive, article_id).encoding == "tcvn3"
    reextract(archive, [article_id], encoding="cp1252")  # a wrong choice reads as garbage
    assert articles.get_article(archive, article_id).title != "Hội nghị tổng kết công tác năm"
    summary = reextract(archive, [article_id], encoding="tcvn3")  # and back
    assert summary.failed == {}
    record = articles.get_article(archive, article_id)
    assert record.title == "Hội nghị tổng kết công tác năm"
    assert record.encoding == "tcvn3"


def test_reextract_reports_articles_without_an_original(archive):
    assert reextract(archive, [424242]).failed
