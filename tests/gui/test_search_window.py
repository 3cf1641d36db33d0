"""Searching in the window: the box, snippets, filters, saved searches, hits in the text."""

from PySide6.QtCore import Qt

from desktop import paths
from tests.gui.test_editing_window import _imported


def _search(qtbot, window, text: str) -> int:
    with qtbot.waitSignal(window.search_finished, timeout=10_000) as blocker:
        window.searching.bar.set_text(text)
    return blocker.args[0]


def _titles(window) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


def test_search_without_marks_finds_marked_words(qtbot, open_window, seed_files):
    window = _imported(qtbot, open_window, seed_files)
    assert _search(qtbot, window, "bo tu phap") >= 1
    assert any("Bộ Tư pháp" in t for t in _titles(window))
    assert not window.table.isColumnHidden(window.model.SNIPPET)
    snippet = window.model.index(0, window.model.SNIPPET).data()
    assert "<b>" in snippet
    assert _search(qtbot, window, "") == 5
    assert window.table.isColumnHidden(window.model.SNIPPET)


def test_a_malformed_query_says_why_and_keeps_the_list(qtbot, open_window, seed_files):
    window = _imported(qtbot, open_window, seed_files)
    window.searching.bar.set_text('"nghị quyết')
    assert window.searching.bar.problem.isVisible()
    assert window.searching.bar.problem.text().startswith("Câu tìm kiếm chưa đúng")
    assert window.model.rowCount() == 5


def test_filters_follow_the_search_and_narrow_it(qtbot, open_window, seed_files):
    window = _imported(qtbot, open_window, seed_files)
    _search(qtbot, window, "hoi nghi")
    tree = window.searching.filters.tree
    outlets = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(0).startswith("Cơ quan báo chí")]
    assert outlets, "no outlet facet"
    item = outlets[0].child(0)
    assert item.text(0).startswith("Tổ Quốc (")
    with qtbot.waitSignal(window.search_finished, timeout=10_000):
        window.searching.filters.tree.itemClicked.emit(item, 0)
    assert 'nguon:"Tổ Quốc"' in window.searching.bar.text()
    assert _titles(window) == ["Hội nghị chuyên đề Công tác bảo vệ chính trị nội bộ"]


def test_saved_search_appears_in_the_sidebar_with_its_count(qtbot, open_window, seed_files,
                                                            monkeypatch, tmp_path):
    monkeypatch.setenv("TULIEU_CONFIG_DIR", str(tmp_path / "config"))
    window = _imported(qtbot, open_window, seed_files)
    _search(qtbot, window, "tap huan")
    found = window.model.rowCount()
    monkeypatch.setattr("desktop.ui.search_actions.QInputDialog.getText",
                        lambda *a, **k: ("Tập huấn", True))
    window.searching.bar.save_button.click()
    assert paths.saved_searches_path().exists()
    saved = window.sidebar.saved_item.child(0)
    assert saved.text(0) == f"Tập huấn ({found})"
    _search(qtbot, window, "")
    with qtbot.waitSignal(window.search_finished, timeout=10_000):
        window.sidebar.itemClicked.emit(saved, 0)
    assert window.model.rowCount() == found


def test_hits_are_marked_in_the_text_and_f3_walks_them(qtbot, open_window, seed_files):
    window = _imported(qtbot, open_window, seed_files)
    _search(qtbot, window, "Đảng")
    window.table.selectRow(0)
    hits = window.searching.hits
    assert len(hits.spans) >= 2
    assert len(window.reader.extraSelections()) == len(hits.spans)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_F3)
    first = window.reader.textCursor().position()
    qtbot.keyClick(window.table, Qt.Key.Key_F3)
    assert window.reader.textCursor().position() > first
    text = window.reader.toPlainText()
    start, end = hits.spans[0]
    assert text[start:end] == "Đảng"
