"""What every importer returns, and the error it raises for a file it cannot read."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.metadata import FormatHints


class ImportProblem(Exception):
    """A file that cannot be imported; the message is shown to the user as the reason."""


@dataclass(frozen=True)
class Extracted:
    text: str                  # normalised article text (core.text.normalize)
    kind: str                  # short format name: "txt", "docx", "html", ...
    encoding: str | None = None
    hints: FormatHints = field(default_factory=FormatHints)
    # Set when the bytes are text in an encoding nobody recognised: the file is still kept,
    # with no text, so the user can read it again with an encoding they choose.
    unread: str | None = None
