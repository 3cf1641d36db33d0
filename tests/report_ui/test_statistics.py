"""The statistics view: counts that follow the window's list, PNG out, charts into a report."""

from __future__ import annotations

from docx import Document
from PySide6.QtCharts import QAbstractBarSeries
from PySide6.QtGui import QDesktopServices, QImage

from desktop.services import search, tags
from desktop.store.archive import open_local_archive
from desktop.ui import report_preview
from tests.report_ui.helpers import add_mentions


def bar_values(panel) -> list[tuple[str, int]]:
    """What the chart draws: its category labels and bar heights."""
    [series] = panel.chart.series()
    assert isinstance(series, QAbstractBarSeries)
    [bars] = series.barSets()
    axis = next(a for a in panel.chart.axes() if hasattr(a, "categories"))
    return list(zip(axis.categories(), [int(bars.at(i)) for i in range(bars.count())],
                    strict=True))


def test_charts_count_follow_the_search_and_go_into_the_report(
        qtbot, open_window, archive_path, seeded, config_dir, tmp_path, monkeypatch):
    archive = open_local_archive(archive_path)
    try:
        tags.tag_articles(archive, seeded[:3], "Hội nghị")
        tags.tag_articles(archive, seeded[:1], "Tập huấn")
        add_mentions(archive, [("organization", "Bộ Tư pháp", seeded[0]),
                               ("organization", "Bộ Tư pháp", seeded[1]),
                               ("organization", "Bộ Công Thương", seeded[4]),
                               ("person", "Tạ Quang Đông", seeded[0])])
    finally:
        archive.close()
    window = open_window()
    window.statistics_action.trigger()  # the menu item
    view = window.statistics_view
    qtbot.addWidget(view)
    assert view.isVisible()
    panels = view.panels
    assert bar_values(panels["tag"]) == [("Tập huấn", 1), ("Hội nghị", 3)]  # largest on top
    assert bar_values(panels["organization"]) == [("Bộ Công Thương", 1), ("Bộ Tư pháp", 2)]
    assert bar_values(panels["outlet"]) == [("Tổ Quốc", 1), ("Chưa rõ nguồn", 4)]
    months = dict(bar_values(panels["month"]))
    assert months["3/23"] == months["10/23"] == months["4/24"] == 1
    assert sum(months.values()) == 3 and len(months) == 14  # empty months shown as 0
    assert "5 bài" in view.scope_label.text()

    window.searching.run(search.parse("nam:2023"))  # the view follows the window's list
    qtbot.waitUntil(lambda: "2 bài" in view.scope_label.text(), timeout=5000)
    assert bar_values(panels["month"])[0] == ("3/2023", 1)
    assert sum(n for _label, n in bar_values(panels["month"])) == 2

    png = panels["month"].save_png(tmp_path / "thang.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 2 * panels["month"].view.width()
    panels["month"].add_to_report()
    panels["outlet"].add_to_report()
    panels["month"].add_to_report()  # again: replaces, not duplicates
    assert [c.title for c in window.report_charts] == [
        "Số tin, bài theo cơ quan báo chí (tìm: nam:2023)",
        "Số tin, bài theo tháng (tìm: nam:2023)"]
    assert "2 biểu đồ" in view.message.text()

    monkeypatch.setattr(report_preview, "find_office", lambda: None)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    window.choose_export()
    dialog = window.report_dialog
    qtbot.addWidget(dialog)
    assert dialog.content.charts.count() == 2
    target = tmp_path / "co-bieu-do.docx"
    with qtbot.waitSignal(dialog.written, timeout=60_000):
        dialog.write_to(target)
    document = Document(str(target))
    assert len(document.inline_shapes) == 2
    captions = [p.text for p in document.paragraphs if p.text.startswith("Hình ")]
    assert captions[0] == "Hình 1. Số tin, bài theo cơ quan báo chí (tìm: nam:2023)"
    dialog.reject()
    view.close()
