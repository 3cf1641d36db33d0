"""When an edit meets a newer save: both versions side by side, the user picks per field."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import ArticleRecord
from desktop.services.editing import ArticleChanges, changes_of, cleaned, differences
from desktop.ui.fields import field_label, shown


class ConflictDialog(QDialog):
    """Shows the fields where the user's edit and the saved article differ."""

    def __init__(
        self, mine: ArticleChanges, saved: ArticleRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bài viết vừa được lưu ở nơi khác"))
        self._mine = cleaned(mine)
        self._saved = saved
        theirs = changes_of(saved)
        self.fields = list(differences(theirs, self._mine))
        intro = QLabel(self.tr(
            "Trong lúc bạn sửa, bài này đã được lưu ở nơi khác. Chọn giá trị giữ lại cho mỗi "
            "trường; không có gì bị ghi đè cho tới khi bạn bấm Lưu."
        ))
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Trường</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Bản của bạn</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Bản đã lưu</b>")), 0, 2)
        self._choices: dict[str, QRadioButton] = {}
        for row, name in enumerate(self.fields, start=1):
            grid.addWidget(QLabel(field_label(name)), row, 0)
            mine_button = QRadioButton(shown(getattr(self._mine, name)))
            theirs_button = QRadioButton(shown(getattr(theirs, name)))
            mine_button.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(mine_button)
            group.addButton(theirs_button)
            grid.addWidget(mine_button, row, 1)
            grid.addWidget(theirs_button, row, 2)
            self._choices[name] = mine_button
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def choose(self, field: str, mine: bool) -> None:
        self._choices[field].setChecked(mine)
        if not mine:
            self._choices[field].group().buttons()[1].setChecked(True)

    def merged(self) -> ArticleChanges:
        """The saved article with the fields where the user kept their own value."""
        kept = {name: getattr(self._mine, name) for name, button in self._choices.items()
                if button.isChecked()}
        return replace(changes_of(self._saved), **kept)
