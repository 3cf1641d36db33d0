"""Tệp → Nhập từ đường dẫn…: each address downloaded in the background, each outcome listed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services import articles
from tests.capture.site import TITLE

PAGE = "/thoi-su/khoi-cong-tuyen-duong.html"


def _type_lines(qtbot, field, lines: list[str]) -> None:
    # Addresses are ASCII, which QTest can type; Enter between lines as a user presses it.
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.keyClicks(field, line)


def test_a_good_address_and_a_404_give_one_article_and_one_reason(qtbot, open_window, site):
    window = open_window()
    file_actions = window.menus["file"].actions()
    assert window.capture.url_action in file_actions
    assert file_actions[-1] is window.quit_action  # Thoát stays last
    assert window.capture.paste_action in window.menus["edit"].actions()
    window.capture.url_action.trigger()
    dialog = window.capture.url_dialog
    assert dialog.isVisible() and not dialog.start_button.isEnabled()
    _type_lines(qtbot, dialog.text, [f"{site}{PAGE}", f"{site}/bai-da-go.html"])
    assert dialog.start_button.isEnabled()

    with qtbot.waitSignal(window.import_finished, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    summary = finished.args[0]
    assert (summary.count("imported"), summary.count("failed")) == (1, 1)
    assert articles.count(window.archive) == 1
    assert window.editor.record.title == TITLE

    shown = window.summary_dialog
    assert shown.isVisible()
    model = shown.table.model()
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    failed = [row for row in rows if row[1] == "Lỗi"]
    assert failed == [[f"{site}/bai-da-go.html", "Lỗi", failed[0][2]]]
    assert "404" in failed[0][2] and "Không tìm thấy trang" in failed[0][2]
    assert [row[1] for row in rows if row[0] == f"{site}{PAGE}"] == ["Đã nhập"]


def test_text_that_is_not_an_address_cannot_be_started(qtbot, open_window):
    window = open_window()
    window.capture.url_action.trigger()
    dialog = window.capture.url_dialog
    _type_lines(qtbot, dialog.text, ["https://a.vn/1", "khong phai duong dan"])
    assert not dialog.start_button.isEnabled()
    assert "http" in dialog.problem.text()
