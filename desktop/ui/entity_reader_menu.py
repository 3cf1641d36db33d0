"""What the reading pane does with entities: tag a selection, and act on a highlight.

Every change goes through desktop.services.entities; afterwards the pane redraws itself and
says which article changed, so the window can refresh the entity browser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from desktop.services import entities
from desktop.services.entities import MentionInfo
from desktop.ui.entity_style import KEYS, kind_label, tag_label
from desktop.ui.entity_tag_dialog import EntityTagDialog

if TYPE_CHECKING:
    from desktop.ui.reader import ReadingPane

KINDS = tuple(KEYS.values())


class MentionActions(QObject):
    def __init__(self, pane: ReadingPane) -> None:
        super().__init__(pane)
        self.pane = pane

    # -- menus -------------------------------------------------------------------------
    def fill_menu(self, menu: QMenu, mention: MentionInfo | None) -> None:
        pane = self.pane
        if not pane.writable or pane.record is None:
            return
        if pane.selected_body_range():
            menu.addSeparator()
            for key, kind in KEYS.items():
                act = menu.addAction(tag_label(kind), lambda k=kind: self.ask_tag(k))
                act.setShortcut(key)
        if mention is None:
            return
        menu.addSeparator()
        header = menu.addAction(f"{kind_label(mention.kind)}: {mention.name}")
        header.setEnabled(False)
        if not mention.confirmed:
            menu.addAction(self.tr("Chấp nhận"), lambda: self._run(entities.accept,
                                                                   [mention.id]))
            menu.addAction(self.tr("Bỏ gợi ý này"), lambda: self._run(entities.reject,
                                                                      [mention.id]))
        menu.addAction(
            self.tr("Chấp nhận mọi chỗ của {0} trong bài").format(mention.name),
            lambda: self._run(entities.accept_entity, mention.article_id, mention.entity_id),
        )
        menu.addAction(
            self.tr("Bỏ mọi chỗ của {0} trong bài").format(mention.name),
            lambda: self._run(entities.reject_entity, mention.article_id, mention.entity_id),
        )
        retype = menu.addMenu(self.tr("Đổi loại thành"))
        for kind in KINDS:
            if kind != mention.kind:
                retype.addAction(kind_label(kind),
                                 lambda k=kind: self._run(entities.retype, mention.id, k))
        menu.addAction(self.tr("Gỡ thẻ"), lambda: self._run(entities.remove, [mention.id]))
        elsewhere = menu.addMenu(self.tr("Gắn thẻ mọi chỗ khác"))
        elsewhere.addAction(self.tr("Trong bài này"),
                            lambda: self.tag_elsewhere(mention, "article"))
        elsewhere.addAction(self.tr("Trong cả kho"),
                            lambda: self.tag_elsewhere(mention, "archive"))
        menu.addSeparator()
        menu.addAction(self.tr("Trang thực thể…"),
                       lambda: pane.entity_page_requested.emit(mention.entity_id))

    # -- tagging -----------------------------------------------------------------------
    def ask_tag(self, kind: str) -> EntityTagDialog | None:
        """Open the tagging dialog for the selection; the tag is made when it is accepted."""
        pane = self.pane
        span = pane.selected_body_range()
        if span is None or pane.record is None or pane.archive is None:
            return None
        start, end = span
        surface = pane.record.body[start:end].strip()
        known = entities.list_entities(pane.archive)
        dialog = EntityTagDialog(kind, surface, known, pane)
        pane.tag_dialog = dialog
        article_id = pane.record.id

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._tag(dialog, article_id, start, end)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def _tag(self, dialog: EntityTagDialog, article_id: int, start: int, end: int) -> None:
        archive = self.pane.archive
        chosen = dialog.entity()
        try:
            made = entities.tag_text(
                archive, article_id, start, end, dialog.chosen_kind(),
                entity_name=None if chosen else dialog.entity_name() or None,
                entity_id=chosen.id if chosen else None, title=dialog.title_text(),
            )
            if dialog.elsewhere_scope():
                entities.tag_everywhere(archive, made.entity_id, made.surface,
                                        dialog.elsewhere_scope(), article_id)
        except (ValueError, LookupError) as exc:
            self._warn(str(exc))
        self._changed()

    def tag_elsewhere(self, mention: MentionInfo, scope: str) -> int:
        made = entities.tag_everywhere(self.pane.archive, mention.entity_id, mention.surface,
                                       scope, mention.article_id)
        self._changed()
        window = self.pane.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Đã gắn thẻ thêm {0} chỗ.").format(len(made)), 5000)
        return len(made)

    def _run(self, operation, *args) -> None:
        try:
            operation(self.pane.archive, *args)
        except (ValueError, LookupError) as exc:
            self._warn(str(exc))
        self._changed()

    def _changed(self) -> None:
        pane = self.pane
        pane.refresh_mentions()
        if pane.record is not None:
            pane.mentions_changed.emit(pane.record.id)

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.pane, self.tr("Gắn thẻ"), message)
