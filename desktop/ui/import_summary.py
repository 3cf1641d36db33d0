"""The summary shown after an import: what came in, what was a duplicate, what failed and why.

The list can be copied (tab-separated, pastes into a spreadsheet) or saved as .csv / .txt, so
the user can hand the failures to whoever has the originals.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.importing import (
    DUPLICATE,
    FAILED,
    IMPORTED,
    NEAR_DUPLICATE,
    UNREAD,
    FileOutcome,
    ImportSummary,
)

_ROOT = QModelIndex()
# Failures first: they are what the user has to act on.
_ORDER = {FAILED: 0, UNREAD: 1, NEAR_DUPLICATE: 2, DUPLICATE: 3, IMPORTED: 4}


def summary_line(summary: ImportSummary) -> str:
    """One sentence for the status bar and the dialog's heading (one translation context
    wherever it is shown; full QCoreApplication.translate calls, so lupdate finds them)."""
    text = QCoreApplication.translate(
        "ImportSummaryDialog", "Đã nhập {0} bài, {1} bài trùng, {2} tệp lỗi."
    ).format(
        summary.count(IMPORTED) + summary.count(NEAR_DUPLICATE),
        summary.count(DUPLICATE),
        summary.count(FAILED),
    )
    if summary.count(NEAR_DUPLICATE):
        text += " " + QCoreApplication.translate(
            "ImportSummaryDialog", "{0} bài gần trùng với bài đã có (đã nhập, có liên kết)."
        ).format(summary.count(NEAR_DUPLICATE))
    if summary.count(UNREAD):
        text += " " + QCoreApplication.translate(
            "ImportSummaryDialog", "{0} tệp chưa nhận ra bảng mã (đã giữ tệp gốc)."
        ).format(summary.count(UNREAD))
    if summary.cancelled:
        text += " " + QCoreApplication.translate(
            "ImportSummaryDialog", "Đã dừng theo yêu cầu; các tệp còn lại chưa được nhập."
        )
    return text


def status_labels() -> dict[str, str]:
    """Each outcome as the user reads it: one wording for this summary and the import log."""
    return {
        IMPORTED: QCoreApplication.translate("ImportSummaryDialog", "Đã nhập"),
        DUPLICATE: QCoreApplication.translate("ImportSummaryDialog", "Trùng"),
        NEAR_DUPLICATE: QCoreApplication.translate("ImportSummaryDialog", "Gần trùng"),
        UNREAD: QCoreApplication.translate("ImportSummaryDialog", "Chưa đọc được"),
        FAILED: QCoreApplication.translate("ImportSummaryDialog", "Lỗi"),
    }


def summary_rows(
    header: list[str], labels: dict[str, str], outcomes: list[FileOutcome]
) -> list[list[str]]:
    """The header, then one row per file: path, outcome, reason, article number."""
    rows = [header]
    for o in outcomes:
        number = str(o.article_id) if o.article_id is not None else ""
        rows.append([o.path, labels.get(o.status, o.status), o.message, number])
    return rows


def as_tsv(rows: list[list[str]]) -> str:
    # Tabs and line breaks inside a reason would shift the columns of a pasted table.
    def clean(cell: str) -> str:
        return " ".join(cell.replace("\t", " ").splitlines())

    return "".join("\t".join(clean(c) for c in row) + "\n" for row in rows)


def as_csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


class _OutcomeModel(QAbstractTableModel):
    """The outcomes as a table, read lazily: only the visible rows are ever asked for."""

    def __init__(
        self, outcomes: list[FileOutcome], labels: dict[str, str], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._outcomes = outcomes
        self._labels = labels
        self._headers = [self.tr("Tệp"), self.tr("Kết quả"), self.tr("Lý do")]

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._outcomes)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        outcome = self._outcomes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                # A web address is shown whole: its last part alone does not say which site.
                return outcome.path if "://" in outcome.path else Path(outcome.path).name
            if column == 1:
                return self._labels.get(outcome.status, outcome.status)
            return outcome.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return outcome.path if index.column() == 0 else outcome.message or None
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class ImportSummaryDialog(QDialog):
    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kết quả nhập"))
        self.resize(760, 420)
        self.labels = status_labels()
        self.outcomes = sorted(summary.outcomes, key=lambda o: _ORDER.get(o.status, 0))
        self.heading = QLabel(summary_line(summary))
        self.heading.setWordWrap(True)
        self.table = self._build_table()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Sao chép"))
        self.copy_button.setToolTip(self.tr("Chép danh sách để dán vào bảng tính"))
        self.save_button = QPushButton(self.tr("Lưu…"))
        self.save_button.setToolTip(self.tr("Lưu danh sách thành tệp .csv hoặc .txt"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.save_button.clicked.connect(self.choose_save_path)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(_OutcomeModel(self.outcomes, self.labels, self))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        # Uniform row heights and fixed column widths: nothing is measured per row, so a
        # summary of thousands of files opens without freezing the window.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.resizeSection(0, 280)
        header.resizeSection(1, 90)
        header.setStretchLastSection(True)
        return table

    def rows(self) -> list[list[str]]:
        header = [self.tr("Tệp"), self.tr("Kết quả"), self.tr("Lý do"), self.tr("Mã bài")]
        return summary_rows(header, self.labels, self.outcomes)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(as_tsv(self.rows()))

    def choose_save_path(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Lưu kết quả nhập"), "ket-qua-nhap.csv",
            self.tr("Bảng CSV (*.csv);;Văn bản (*.txt)"),
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".txt" if "*.txt" in chosen else ".csv")
        try:
            self.save_to(path)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Không lưu được"), f"{path}: {exc.strerror or exc}"
            )

    def save_to(self, path: Path) -> None:
        """CSV with a BOM so Excel reads the Vietnamese right; anything else tab-separated."""
        if path.suffix.lower() == ".csv":
            path.write_text(as_csv(self.rows()), encoding="utf-8-sig", newline="")
        else:
            path.write_text(as_tsv(self.rows()), encoding="utf-8")
