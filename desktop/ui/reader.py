"""The reading pane: an article's title, key facts and text, with its entities highlighted.

Body paragraphs are inserted block by block, so every character of the document maps back to
an offset in the stored body (mentions are stored as body offsets). Select words and press
P, O, L or D (or use the context menu) to tag them; right-click a highlight to accept,
reject, retype or remove it (desktop/ui/entity_reader_menu.py).
"""

from __future__ import annotations

from bisect import bisect_right
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from desktop.core.records import ArticleRecord
from desktop.services import entities
from desktop.services.entities import MentionInfo
from desktop.store.archive import Archive
from desktop.ui.entity_style import COLOURS, KEYS, kind_label, mention_format

PARAGRAPH_SEPARATOR = "\u2028"  # Qt's line break inside a block: one character, like "\n"


class ReadingPane(QTextBrowser):
    mentions_changed = Signal(int)  # article id, after a tag was added, changed or removed
    entity_page_requested = Signal(int)  # entity id

    def __init__(self, parent: QWidget | None = None, archive: Archive | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.setAcceptDrops(False)
        self.document().setDocumentMargin(14)
        self.archive = archive
        self.writable = archive is not None and not archive.read_only
        self.record: ArticleRecord | None = None
        self.mentions: list[MentionInfo] = []
        self.tag_dialog = None  # the last tagging dialog, for tests and the next action
        # (document position, body offset, length) of each body paragraph, in order.
        self._paragraphs: list[tuple[int, int, int]] = []
        self._spans: list[tuple[int, int, MentionInfo]] = []
        from desktop.ui.entity_reader_menu import MentionActions  # the menu needs the pane

        self.actions_ = MentionActions(self)
        self.show_record(None)

    def set_archive(self, archive: Archive, writable: bool = True) -> None:
        """Where mentions are read from and written to (without one, none are shown)."""
        self.archive, self.writable = archive, writable and not archive.read_only

    # -- showing -----------------------------------------------------------------------
    def show_record(self, record: ArticleRecord | None) -> None:
        self.record = record
        self.mentions = []
        if record is not None and self.archive is not None:
            try:
                self.mentions = entities.mentions(self.archive, record.id)
            except LookupError:
                self.mentions = []
        self._render()

    def refresh_mentions(self) -> None:
        """Read the article's mentions again and redraw, keeping the scroll position."""
        scroll = self.verticalScrollBar().value()
        self.show_record(self.record)
        self.verticalScrollBar().setValue(scroll)

    def _render(self) -> None:
        record = self.record
        self._paragraphs, self._spans = [], []
        if record is None:
            self.setHtml(
                "<p style='color:#777'>" + escape(self.tr("Chọn một bài để đọc.")) + "</p>"
            )
            return
        self.setHtml(self._header_html(record))
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        block = QTextBlockFormat()
        block.setAlignment(Qt.AlignmentFlag.AlignJustify)
        block.setTopMargin(4)
        block.setBottomMargin(10)
        block.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        plain = QTextCharFormat()
        plain.setFontPointSize(max(self.font().pointSizeF(), 10.0) + 1)
        offset = 0
        for part in record.body.split("\n\n"):
            text = part.strip()
            if text:
                start = offset + len(part) - len(part.lstrip())
                cursor.insertBlock(block, plain)
                self._paragraphs.append((cursor.position(), start, len(text)))
                cursor.insertText(text.replace("\n", PARAGRAPH_SEPARATOR), plain)
            offset += len(part) + 2
        if record.captions:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.insertHtml(self._captions_html(record))
        self._highlight()

    def _header_html(self, record: ArticleRecord) -> str:
        facts = [
            record.published.display() if record.published else "",
            record.outlet or "",
            ", ".join(record.authors),
        ]
        parts = [f"<h2>{escape(record.title)}</h2>"]
        line = " · ".join(escape(f) for f in facts if f)
        if line:
            parts.append(f"<p style='color:#555'>{line}</p>")
        if record.url:
            url = escape(record.url, quote=True)
            parts.append(f"<p><a href='{url}'>{escape(record.url)}</a></p>")
        if self.mentions:
            parts.append(self._legend_html())
        return "\n".join(parts)

    def _legend_html(self) -> str:
        """One line saying what the colours mean, shown only when there is something tagged."""
        keys = [
            f"<span style='background:{COLOURS[k][0]}'>&nbsp;{escape(kind_label(k))}&nbsp;</span>"
            for k in COLOURS
        ]
        note = escape(self.tr("nền nhạt, gạch đứt: gợi ý chưa xác nhận"))
        return f"<p style='color:#777'>{' '.join(keys)} · {note}</p>"

    def _captions_html(self, record: ArticleRecord) -> str:
        heading = escape(self.tr("Chú thích ảnh"))  # outside the f-string, where lupdate sees it
        parts = [f"<h4 style='color:#555'>{heading}</h4>"]
        parts.extend(f"<p style='color:#555'><i>{escape(c)}</i></p>" for c in record.captions)
        return "".join(parts)

    def _highlight(self) -> None:
        # Longest first, so a name inside an organization's title is painted on top.
        for mention in sorted(self.mentions, key=lambda m: m.start - m.end):
            fmt = mention_format(mention.kind, mention.confirmed)
            fmt.setToolTip(self.describe(mention))
            for start, end in self._doc_pieces(mention.start, mention.end):
                cursor = QTextCursor(self.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)
                self._spans.append((start, end, mention))

    def describe(self, mention: MentionInfo) -> str:
        """What hovering a highlight says: the entity, the title recorded, whether checked."""
        lines = [f"{kind_label(mention.kind)}: {mention.name}"]
        if mention.title:
            lines.append(self.tr("Chức danh: {0}").format(mention.title))
        if not mention.confirmed:
            lines.append(self.tr("(gợi ý, chưa xác nhận)"))
        return "\n".join(lines)

    # -- body offsets <-> document positions ------------------------------------------
    def _doc_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        pieces = []
        for doc, body, length in self._paragraphs:
            a, b = max(start, body), min(end, body + length)
            if a < b:
                pieces.append((doc + a - body, doc + b - body))
        return pieces

    def body_offset(self, position: int) -> int | None:
        """The body offset shown at a document position (None outside the body text)."""
        i = bisect_right([p[0] for p in self._paragraphs], position) - 1
        if i < 0:
            return None
        doc, body, length = self._paragraphs[i]
        return body + min(position - doc, length)

    def doc_position(self, offset: int) -> int | None:
        for doc, body, length in self._paragraphs:
            if body <= offset <= body + length:
                return doc + offset - body
        return None

    def selected_body_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.body_offset(cursor.selectionStart())
        end = self.body_offset(cursor.selectionEnd())
        if start is None or end is None or end <= start:
            return None
        return start, end

    def select_body_range(self, start: int, end: int) -> None:
        """Select body[start:end] in the view (as a mouse drag would)."""
        a, b = self.doc_position(start), self.doc_position(end)
        if a is None or b is None:
            raise ValueError("not in the body")
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def mention_at(self, position: int) -> MentionInfo | None:
        """The innermost mention under a document position."""
        inside = [m for a, b, m in self._spans if a <= position < b]
        return min(inside, key=lambda m: m.end - m.start) if inside else None

    # -- events ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        kind = KEYS.get(event.text().upper()) if event.text() else None
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if kind and plain and self.writable and self.selected_body_range():
            self.actions_.ask_tag(kind)
            event.accept()
            return
        super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            mention = self.mention_at(self.cursorForPosition(event.pos()).position())
            if mention is not None:
                QToolTip.showText(event.globalPos(), self.describe(mention), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        position = self.cursorForPosition(event.pos()).position()
        self.actions_.fill_menu(menu, self.mention_at(position))
        self.context_menu = menu  # kept so tests can reach the menu shown last
        menu.exec(event.globalPos())

