"""Single-file web archives (.mht/.mhtml): the page's text/html part, read as a web page."""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from desktop.importers import html
from desktop.importers.base import Extracted, ImportProblem


def read(data: bytes) -> Extracted:
    """Find the HTML part (quoted-printable or base64, any charset) and extract it."""
    if not data.strip():
        raise ImportProblem("Tệp rỗng")
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    part = _html_part(message)
    if part is None:
        raise ImportProblem("Tệp .mht không có trang HTML bên trong (hoặc không phải tệp MHT)")
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, LookupError) as exc:
        raise ImportProblem("Tệp .mht bị hỏng: không giải mã được trang HTML") from exc
    if not isinstance(payload, bytes) or not payload.strip():
        raise ImportProblem("Trang HTML trong tệp .mht rỗng")
    location = part.get("Content-Location") or message.get("Snapshot-Content-Location")
    url = str(location).strip() if location and str(location).startswith("http") else None
    return html.read_page(payload, charset=part.get_content_charset(), url=url, kind="mht")


def _html_part(message: Message) -> Message | None:
    """The page itself: the multipart's `start` part if named, else the first text/html."""
    start = message.get_param("start") if message.is_multipart() else None
    first = None
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        if start and part.get("Content-ID", "").strip() == str(start).strip():
            return part
        first = first or part
    return first
