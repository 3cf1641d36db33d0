"""The reading pane: an article's title, key facts and text, laid out for reading."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.core.records import ArticleRecord


class ReadingPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.setAcceptDrops(False)
        self.show_record(None)

    def show_record(self, record: ArticleRecord | None) -> None:
        if record is None:
            self.setHtml(
                "<p style='color:#777'>" + escape(self.tr("Chọn một bài để đọc.")) + "</p>"
            )
            return
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
        for block in record.body.split("\n\n"):
            if block.strip():
                text = escape(block.strip()).replace("\n", "<br>")
                parts.append(f"<p style='text-align:justify'>{text}</p>")
        if record.captions:
            parts.append(f"<h4 style='color:#555'>{escape(self.tr('Chú thích ảnh'))}</h4>")
            parts.extend(f"<p style='color:#555'><i>{escape(c)}</i></p>" for c in record.captions)
        self.setHtml("\n".join(parts))
