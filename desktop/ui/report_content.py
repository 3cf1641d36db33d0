"""What goes into a report: which articles, grouping and order, text, appendix, charts, template."""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)

from desktop.reports.settings import ReportSettings
from desktop.services.reports import ArticleChoice, ChartImage


@dataclass
class ReportSource:
    """What the window offers the report: its selection, what it shows, saved searches."""

    selected: list[int] = field(default_factory=list)
    shown: list[int] = field(default_factory=list)
    query: str = ""  # the current search, "" when the list is not searched
    saved: list[str] = field(default_factory=list)
    charts: list[ChartImage] = field(default_factory=list)
    saved_path: Path | None = None


def _date(edit: QDateEdit) -> datetime.date:
    day = edit.date()
    return datetime.date(day.year(), day.month(), day.day())


class ContentOptions(QWidget):
    changed = Signal()

    def __init__(self, source: ReportSource, templates: list[Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        form = QFormLayout(self)
        self.which = QComboBox()
        shown = (self.tr("Kết quả tìm kiếm hiện tại ({0} bài)") if source.query
                 else self.tr("Danh sách đang hiển thị ({0} bài)"))
        for key, label, enabled in (
            ("selected", self.tr("Các bài đang chọn ({0} bài)").format(len(source.selected)),
             bool(source.selected)),
            ("shown", shown.format(len(source.shown)), bool(source.shown)),
            ("saved", self.tr("Một tìm kiếm đã lưu"), bool(source.saved)),
            ("all", self.tr("Tất cả bài trong kho"), True),
        ):
            self.which.addItem(label, key)
            self.which.model().item(self.which.count() - 1).setEnabled(enabled)
        self.which.setCurrentIndex(0 if source.selected else 1 if source.shown else 3)
        self.saved = QComboBox()
        self.saved.addItems(source.saved)
        self.dated = QCheckBox(self.tr("Chỉ bài đăng từ"))
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        today = QDate.currentDate()
        self.date_from.setDate(today.addMonths(-3))
        self.date_to.setDate(today)
        dates = QWidget()
        dates.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dated)
        for edit, word in ((self.date_from, None), (self.date_to, self.tr("đến"))):
            if word:
                row.addWidget(QLabel(word))
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            row.addWidget(edit)
        self.grouping = self._combo((("none", self.tr("Không nhóm")),
                                     ("month", self.tr("Theo tháng")),
                                     ("outlet", self.tr("Theo cơ quan báo chí")),
                                     ("tag", self.tr("Theo nhãn")),
                                     ("unit", self.tr("Theo đơn vị tổ chức"))))
        self.order = self._combo((("oldest", self.tr("Cũ trước")),
                                  ("newest", self.tr("Mới trước")),
                                  ("title", self.tr("Theo tên bài (A–Z)")),
                                  ("outlet", self.tr("Theo cơ quan báo chí")),
                                  ("chosen", self.tr("Như đã chọn / mức liên quan"))))
        self.text = self._combo((("full", self.tr("Toàn văn")), ("lead", self.tr("Sa-pô")),
                                 ("none", self.tr("Chỉ tên bài"))))
        self.statistics = self._combo((("outlet_month", self.tr("Theo nguồn và tháng")),
                                       ("unit", self.tr("Theo đơn vị")),
                                       ("none", self.tr("Không"))))
        self.appendix = self._check(self.tr("Phụ lục danh sách tin, bài"))
        self.landscape = self._check(self.tr("Phụ lục khổ ngang"))
        self.entity_index = self._check(self.tr("Chỉ mục người, tổ chức, văn bản"))
        self.captions = self._check(self.tr("Chú thích ảnh và ghi chú"))
        self.charts = QListWidget()
        self.charts.setFixedHeight(self.fontMetrics().height() * 5)
        for chart in source.charts:
            item = QListWidgetItem(chart.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.charts.addItem(item)
        if not source.charts:
            self.charts.addItem(self.tr("(Chưa có — thêm từ cửa sổ Thống kê)"))
            self.charts.setEnabled(False)
        self.template = QComboBox()
        self.template.addItem(self.tr("Không dùng mẫu"), None)
        for path in templates:
            self.template.addItem(path.name, str(path))
        self.template.addItem(self.tr("Chọn tệp mẫu…"), "browse")
        self.template.activated.connect(self._template_chosen)
        for label, widget in (
            (self.tr("Bài đưa vào"), self.which), (self.tr("Tìm kiếm đã lưu"), self.saved),
            ("", dates), (self.tr("Nhóm"), self.grouping), (self.tr("Thứ tự"), self.order),
            (self.tr("Nội dung mỗi bài"), self.text), (self.tr("Bảng thống kê"), self.statistics),
            ("", self.appendix), ("", self.landscape), ("", self.entity_index),
            ("", self.captions), (self.tr("Biểu đồ"), self.charts),
            (self.tr("Mẫu (.docx)"), self.template),
        ):
            form.addRow(label, widget)
        for signal in (self.which.currentIndexChanged, self.saved.currentIndexChanged,
                       self.dated.toggled, self.date_from.dateChanged, self.date_to.dateChanged,
                       self.charts.itemChanged):
            signal.connect(self.changed)
        self.which.currentIndexChanged.connect(self._enable)
        self.dated.toggled.connect(self._enable)
        self._enable()

    def _combo(self, items: tuple[tuple[str, str], ...]) -> QComboBox:
        combo = QComboBox()
        for key, label in items:
            combo.addItem(label, key)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _check(self, label: str) -> QCheckBox:
        box = QCheckBox(label)
        box.toggled.connect(self.changed)
        return box

    def _enable(self) -> None:
        self.saved.setEnabled(self.which.currentData() == "saved")
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(self.dated.isChecked())

    def _template_chosen(self) -> None:
        if self.template.currentData() == "browse":
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn mẫu báo cáo"), "",
                                                  self.tr("Tệp Word (*.docx)"))
            self.set_template(Path(name) if name else None)
        self.changed.emit()

    def set_template(self, path: Path | None) -> None:
        if path is None:
            self.template.setCurrentIndex(0)
            return
        found = self.template.findData(str(path))
        if found < 0:
            found = self.template.count() - 1
            self.template.insertItem(found, path.name, str(path))
        self.template.setCurrentIndex(found)

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(key)))

    def load(self, settings: ReportSettings) -> None:
        for combo, key in ((self.grouping, settings.grouping), (self.order, settings.order),
                           (self.text, settings.article_text),
                           (self.statistics, settings.statistics)):
            self._select(combo, key)
        self.appendix.setChecked(settings.appendix_list)
        self.landscape.setChecked(settings.appendix_landscape)
        self.entity_index.setChecked(settings.entity_index)
        self.captions.setChecked(settings.captions_and_notes)
        self.set_template(settings.template)

    def apply(self, settings: ReportSettings) -> ReportSettings:
        template = self.template.currentData()
        return dataclasses.replace(
            settings, grouping=self.grouping.currentData(), order=self.order.currentData(),
            article_text=self.text.currentData(), statistics=self.statistics.currentData(),
            appendix_list=self.appendix.isChecked(),
            appendix_landscape=self.landscape.isChecked(),
            entity_index=self.entity_index.isChecked(),
            captions_and_notes=self.captions.isChecked(),
            template=Path(template) if template and template != "browse" else None,
        )

    def choice(self) -> ArticleChoice:
        which = self.which.currentData()
        dates = {"date_from": _date(self.date_from), "date_to": _date(self.date_to)} \
            if self.dated.isChecked() else {}
        if which == "selected":
            return ArticleChoice(ids=tuple(self.source.selected), **dates)
        if which == "shown":
            return ArticleChoice(ids=tuple(self.source.shown), **dates)
        if which == "saved":
            return ArticleChoice(saved_search=self.saved.currentText(), **dates)
        return ArticleChoice(**dates)

    def chosen_charts(self) -> list[ChartImage]:
        if not self.source.charts:
            return []
        return [chart for row, chart in enumerate(self.source.charts)
                if self.charts.item(row).checkState() == Qt.CheckState.Checked]
