"""Undo and redo of metadata edits (single saves, bulk edits, tagging) and of the trash.

Each command holds plain values; undoing sets the articles back through the services, which
refuse if someone changed an article since (the command is then dropped, with a message).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from desktop.services import editing, trash
from desktop.services.editing import ArticleChanges, EditConflict
from desktop.store.archive import Archive

Item = tuple[int, ArticleChanges, ArticleChanges]  # article id, values before, values after


class EditCommand(QUndoCommand):
    """An edit already applied when pushed: the first redo() does nothing."""

    def __init__(
        self,
        archive: Archive,
        text: str,
        items: Sequence[Item],
        changed: Callable[[set[int]], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._archive = archive
        self._items = list(items)
        self._changed = changed
        self._failed = failed
        self._applied = True

    def undo(self) -> None:
        self._set([(i, after, before) for i, before, after in self._items])

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._set(self._items)

    def _set(self, items: Sequence[Item]) -> None:
        try:
            editing.apply_many(self._archive, items)
        except EditConflict as exc:
            self.setObsolete(True)
            self._failed(str(exc))
        self._changed({i for i, _, _ in items})


class TrashCommand(QUndoCommand):
    """Moving articles to the trash (or back out of it)."""

    def __init__(
        self,
        archive: Archive,
        text: str,
        ids: Sequence[int],
        to_trash: bool,
        changed: Callable[[set[int]], None],
    ) -> None:
        super().__init__(text)
        self._archive = archive
        self._ids = list(ids)
        self._to_trash = to_trash
        self._changed = changed

    def redo(self) -> None:
        self._move(self._to_trash)

    def undo(self) -> None:
        self._move(not self._to_trash)

    def _move(self, to_trash: bool) -> None:
        if to_trash:
            trash.move_to_trash(self._archive, self._ids)
        else:
            trash.restore(self._archive, self._ids)
        self._changed(set(self._ids))
