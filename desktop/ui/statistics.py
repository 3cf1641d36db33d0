"""The statistics view: articles per month, outlet, tag and organization as bar charts that
follow the list the window shows (its scope and search). Each chart can be copied, saved as
PNG, or added to the next report."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.text import sort_key
from desktop.services import reports
from desktop.services.reports import ChartImage

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

TOP = 12  # bars per chart beyond months; the rest would be unreadable
COLOR = QColor("#2f6b9a")


def month_label(key: str) -> str:
    year, month = key.split("-")
    return f"{int(month)}/{year}"


def nice_step(top: int) -> int:
    """1, 2, 5, 10, 20, 50 … so that about five ticks cover `top`."""
    step = 1
    while top / step > 6:
        for factor in (2, 5 / 2, 2):
            step = round(step * factor)
            if top / step <= 6:
                break
    return step


def every_month(counts: Counter[str]) -> list[tuple[str, int]]:
    """Months from the first to the last, empty ones included so the time axis is honest
    (up to five years; past that, only months that have articles)."""
    keys = sorted(counts)
    if not keys:
        return []
    first, last = (tuple(map(int, k.split("-"))) for k in (keys[0], keys[-1]))
    span = (last[0] - first[0]) * 12 + last[1] - first[1]
    if span > 60:
        return [(month_label(k), counts[k]) for k in keys]
    out = []
    for offset in range(span + 1):
        year, month = divmod(first[0] * 12 + first[1] - 1 + offset, 12)
        key = f"{year:04d}-{month + 1:02d}"
        # Past a year the labels are `3/23`, short enough to sit under narrow bars.
        label = month_label(key) if span < 12 else f"{month + 1}/{year % 100:02d}"
        out.append((label, counts.get(key, 0)))
    return out


class ChartPanel(QWidget):
    """One chart with its buttons."""

    def __init__(self, title: str, horizontal: bool, view: StatisticsView) -> None:
        super().__init__(view)
        self.title, self.horizontal, self.owner = title, horizontal, view
        self.counts: list[tuple[str, int]] = []
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(420, 280)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for label, slot in ((self.tr("Chép ảnh"), self.copy),
                            (self.tr("Lưu ảnh…"), self.choose_file),
                            (self.tr("Thêm vào báo cáo"), self.add_to_report)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addLayout(buttons)

    def show_counts(self, counts: list[tuple[str, int]]) -> None:
        self.counts = counts
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(self.title)
        bars.setColor(COLOR)
        bars.setLabelColor(QColor("#222"))
        for _label, number in counts:
            bars.append(number)
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([label for label, _number in counts] or [""])
        if not self.horizontal and len(counts) > 12:
            # Slanted labels land beside their bars in QtCharts; smaller ones fit instead.
            font = names.labelsFont()
            font.setPointSizeF(font.pointSizeF() * 0.8)
            names.setLabelsFont(font)
            names.setTruncateLabels(False)
        values = QValueAxis()
        values.setLabelFormat("%d")
        top = max((n for _label, n in counts), default=0)
        step = nice_step(top)
        # Whole-number ticks, and room above the longest bar for its number.
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(step)
        values.setRange(0, step * (math.floor(top * 1.1 / step) + 1))
        name_side, value_side = ((Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
                                 if self.horizontal else
                                 (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
        chart.addAxis(names, name_side)
        chart.addAxis(values, value_side)
        series.attachAxis(names)
        series.attachAxis(values)

    def image(self) -> QImage:
        """The chart at twice the screen resolution, on white, for print."""
        size = self.view.size()
        image = QImage(size * 2, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(2)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The target in logical units: left to itself render() fills the device pixels and
        # the chart comes out twice as large and cropped.
        self.view.render(painter, QRectF(QPointF(0, 0), QSizeF(size)), self.view.rect())
        painter.end()
        return image

    def png(self) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image().save(buffer, "PNG")
        return bytes(data.data())

    def copy(self) -> None:
        QGuiApplication.clipboard().setImage(self.image())
        self.owner.say(self.tr("Đã chép biểu đồ «{0}».").format(self.title))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu biểu đồ"), "bieu-do.png",
                                              self.tr("Ảnh PNG (*.png)"))
        if name:
            self.save_png(Path(name).with_suffix(".png"))

    def save_png(self, path: Path) -> Path:
        if not self.image().save(str(path), "PNG"):
            self.owner.say(self.tr("Không lưu được {0}").format(path))
        else:
            self.owner.say(self.tr("Đã lưu {0}").format(path))
        return path

    def add_to_report(self) -> None:
        charts = self.owner.main.report_charts
        caption = self.owner.caption(self.title)
        charts[:] = [c for c in charts if c.title != caption]  # the same chart again: newest
        charts.append(ChartImage(caption, self.png()))
        self.owner.say(self.tr("Đã thêm vào báo cáo ({0} biểu đồ); chọn trong Xuất báo cáo.")
                       .format(len(charts)))


class StatisticsView(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.main = window  # not `window`: QWidget.window() would be hidden
        self.setWindowTitle(self.tr("Thống kê tin, bài"))
        self.resize(1180, 820)
        self.scope_label = QLabel()
        self.message = QLabel()
        self.message.setStyleSheet("color: #2f6b3a;")
        refresh = QPushButton(self.tr("Làm mới"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        for widget in (self.scope_label, self.message):
            top.addWidget(widget, 1)
        top.addWidget(refresh)
        self.panels = {
            "month": ChartPanel(self.tr("Số tin, bài theo tháng"), False, self),
            "outlet": ChartPanel(self.tr("Số tin, bài theo cơ quan báo chí"), True, self),
            "tag": ChartPanel(self.tr("Số tin, bài theo nhãn"), True, self),
            "organization": ChartPanel(self.tr("Số tin, bài nhắc đến tổ chức"), True, self),
        }
        grid = QGridLayout()
        for index, panel in enumerate(self.panels.values()):
            grid.addWidget(panel, index // 2, index % 2)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addLayout(grid, 1)
        # The window's list reloads after a search, a scope change or an import: follow it,
        # once the burst of reloads has settled.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.refresh)
        window.model.modelReset.connect(self.timer.start)
        self.refresh()

    def shown_ids(self) -> list[int]:
        model = self.main.model
        return [model.article_id(row) for row in range(model.rowCount())]

    def caption(self, title: str) -> str:
        query = self.main.model.query
        if query is None or not query.text:
            return title
        return self.tr("{0} (tìm: {1})").format(title, query.text)

    def refresh(self) -> None:
        ids = self.shown_ids()
        query = self.main.model.query
        where = (self.tr("Kết quả tìm «{0}»").format(query.text)
                 if query is not None and query.text else self.tr("Danh sách đang hiển thị"))
        self.scope_label.setText(self.tr("{0}: {1} bài").format(where, len(ids)))
        counts = reports.article_counts(self.main.archive, ids)
        self.panels["month"].show_counts(every_month(counts["month"]))
        for name in ("outlet", "tag", "organization"):
            self.panels[name].show_counts(top_counts(counts[name]))

    def say(self, text: str) -> None:
        self.message.setText(text)


def top_counts(counts: Counter[str]) -> list[tuple[str, int]]:
    """The largest first, reversed so a horizontal chart shows the largest at the top."""
    largest = sorted(counts.items(), key=lambda item: (-item[1], sort_key(item[0])))[:TOP]
    return list(reversed(largest))


def open_statistics(window: MainWindow) -> StatisticsView:
    view = window.statistics_view or StatisticsView(window)
    view.refresh()
    view.show()
    view.raise_()
    return view
