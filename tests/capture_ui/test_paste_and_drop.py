"""Paste and drop into the real window: the preview, the user's correction, what is stored."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication

from desktop.services import articles
from desktop.ui.sidebar import ARTICLE_IDS_MIME
from tests.capture.site import CANONICAL, TITLE
from tests.capture.test_clipboard import FRAGMENT, PLAIN, SOURCE
from tests.gui.conftest import drop_mime
from tests.gui.test_main_window import _type_into

PAGE = "/thoi-su/khoi-cong-tuyen-duong.html"


def _paste(qtbot, window) -> None:
    """Ctrl+V with the article table focused, as after clicking in the list."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_pasted_html_with_its_source_url_is_previewed_corrected_and_saved(qtbot, open_window):
    window = open_window()
    mime = QMimeData()
    # What Firefox puts on the clipboard for a selection: the HTML and the page's address.
    mime.setHtml(f'<meta charset="utf-8"><!--StartFragment-->{FRAGMENT}<!--EndFragment-->')
    mime.setData("text/x-moz-url-priv", SOURCE.encode("utf-16-le"))
    mime.setText(TITLE)
    QGuiApplication.clipboard().setMimeData(mime)

    _paste(qtbot, window)
    dialog = window.capture.preview_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title.text() == TITLE
    assert dialog.url.text() == SOURCE
    assert dialog.outlet.text() == "VnExpress"  # known from the address's domain
    assert "tuyến đường ven biển dài 38 km" in dialog.text.toPlainText()
    assert articles.count(window.archive) == 0  # nothing stored before Save

    _type_into(qtbot, dialog.outlet, "Báo Điện tử VnExpress")
    with qtbot.waitSignal(window.capture.saved, timeout=20_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    outcome = saved.args[0]
    assert outcome.status == "imported", outcome.message
    record = articles.get_article(window.archive, outcome.article_id)
    assert (record.title, record.url) == (TITLE, SOURCE)
    assert record.outlet == "Báo Điện tử VnExpress"
    assert window.editor.record.id == outcome.article_id  # the new article is selected
    assert window.model.rowCount() == 1


def test_pasted_plain_text_goes_the_text_way_and_a_second_paste_is_a_duplicate(
    qtbot, open_window
):
    window = open_window()
    QGuiApplication.clipboard().setText(PLAIN)
    _paste(qtbot, window)
    dialog = window.capture.preview_dialog
    assert dialog.title.text() == TITLE
    assert dialog.published.text() == "12/03/2024 09:30"
    assert dialog.url.text() == ""
    with qtbot.waitSignal(window.capture.saved, timeout=20_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    first = saved.args[0]
    assert first.status == "imported"
    assert articles.get_article(window.archive, first.article_id).published.iso() == (
        "2024-03-12T09:30"
    )

    _paste(qtbot, window)
    again = window.capture.preview_dialog
    assert again is not dialog
    with qtbot.waitSignal(window.capture.saved, timeout=20_000) as saved:
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].status == "duplicate"
    assert saved.args[0].article_id == first.article_id
    assert "đã có trong kho" in window.statusBar().currentMessage()
    assert articles.count(window.archive) == 1


def test_an_invalid_date_in_the_preview_blocks_saving(qtbot, open_window):
    window = open_window()
    QGuiApplication.clipboard().setText(PLAIN)
    _paste(qtbot, window)
    dialog = window.capture.preview_dialog
    _type_into(qtbot, dialog.published, "31/02/2024")
    assert not dialog.save_button.isEnabled()
    assert dialog.problem.isVisible()
    _type_into(qtbot, dialog.published, "")
    assert dialog.save_button.isEnabled()
    assert dialog.edits().clear_published


def test_ctrl_v_in_the_search_box_pastes_text_not_an_article(qtbot, open_window):
    window = open_window()
    QGuiApplication.clipboard().setText("giám đốc sở")
    field = window.searching.bar.field
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "giám đốc sở"
    assert window.capture.preview_dialog is None


def test_a_link_dropped_from_a_browser_is_downloaded_and_imported(qtbot, open_window, site):
    window = open_window()
    mime = QMimeData()
    mime.setUrls([QUrl(site + PAGE)])
    with qtbot.waitSignal(window.import_finished, timeout=30_000) as finished:
        assert drop_mime(window, mime), "the window refused the link"
    summary = finished.args[0]
    assert summary.count("imported") == 1, [o.message for o in summary.outcomes]
    record = articles.get_article(window.archive, summary.article_ids[0])
    assert record.title == TITLE and record.url == CANONICAL


def test_a_dropped_text_selection_opens_the_preview(qtbot, open_window):
    window = open_window()
    mime = QMimeData()
    mime.setText(PLAIN)
    assert drop_mime(window, mime)
    assert window.capture.preview_dialog.title.text() == TITLE


def test_rows_dragged_from_the_table_are_not_taken_as_text(qtbot, open_window):
    window = open_window()
    mime = QMimeData()
    mime.setData(ARTICLE_IDS_MIME, b"1")
    mime.setText("1")
    assert not drop_mime(window, mime)
    assert window.capture.preview_dialog is None
