"""Fetch a news page from its address and import it as a saved page, its URL recorded.

Only the standard library (urllib): one page at a time needs no connection pools, and the
desktop bundle stays small. Every failure becomes a `DownloadError` whose message says in
Vietnamese what went wrong and what the user can do; a batch never stops on one bad link.
Nothing here runs unless the user asks for a download.
"""

from __future__ import annotations

import codecs
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from email.message import Message
from http.client import HTTPException, HTTPResponse
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from desktop.core.progress import Progress, no_progress
from desktop.importers.base import Extracted, ImportProblem
from desktop.importers.registry import read_bytes, sniff
from desktop.services.importing import FAILED, FileOutcome, ImportSummary, store_extracted
from desktop.store.archive import Archive

MB = 1024 * 1024
USER_AGENT = "Mozilla/5.0 (compatible; TuLieu/0.1; +kho tu lieu bao chi)"
MAX_REDIRECTS = 5
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_CHUNK = 64 * 1024
_SINGLE_BYTE_OK = re.compile(rb"""<meta[^>]*?charset\s*=|^\s*<\?xml[^>]*encoding""", re.I)
_UNSAFE_NAME = re.compile(r"[^\w.-]+")


class DownloadError(Exception):
    """A page that could not be fetched; the message is shown to the user as the reason."""


@dataclass(frozen=True)
class Downloaded:
    url_final: str  # after redirects
    content_type: str  # e.g. "text/html", lower case, without parameters
    charset: str | None  # from the Content-Type header, if the server sent one
    data: bytes


def normalize_url(text: str) -> str:
    """The address as typed or pasted, with `https://` added to a bare `domain/path`."""
    url = text.strip().strip("<>\"'")
    if "://" not in url and re.match(r"^[\w-]+(\.[\w-]+)+(:\d+)?(/|$)", url):
        url = "https://" + url
    return url


def fetch(
    url: str,
    timeout: float = 15.0,
    max_bytes: int = 10 * MB,
    user_agent: str = USER_AGENT,
    cancel: threading.Event | None = None,
) -> Downloaded:
    """Download one web page: http(s) only, bounded redirects, size and total time limits."""
    url = normalize_url(url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise DownloadError("Chỉ tải được địa chỉ bắt đầu bằng http:// hoặc https://")
    if not parts.hostname:
        raise DownloadError(f"Địa chỉ không hợp lệ: {url}")
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": user_agent,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
            "Accept-Language": "vi,en;q=0.5",
            "Accept-Encoding": "gzip, deflate",
        },
    )
    try:
        with _opener().open(request, timeout=timeout) as response:
            return _read_response(response, url, deadline, timeout, max_bytes, cancel)
    except DownloadError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the error page's open connection
        raise DownloadError(_http_message(exc.code)) from exc
    except (urllib.error.URLError, OSError, HTTPException, ValueError) as exc:
        raise DownloadError(_network_message(exc, parts.hostname, timeout)) from exc


class _Redirects(urllib.request.HTTPRedirectHandler):
    """urllib also follows redirects to ftp://; a page may only move to another web page."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise DownloadError("Trang chuyển hướng tới một địa chỉ không phải trang web")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    # build_opener keeps the system proxy settings, which office networks often need.
    return urllib.request.build_opener(_Redirects())


def _read_response(
    response: HTTPResponse,
    url: str,
    deadline: float,
    timeout: float,
    max_bytes: int,
    cancel: threading.Event | None,
) -> Downloaded:
    headers: Message = response.headers
    content_type = (headers.get_content_type() or "").lower()
    declared_type = headers.get("Content-Type") is not None
    if declared_type and content_type not in _PAGE_TYPES:
        raise DownloadError(_not_a_page(content_type))
    length = headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise DownloadError(_too_big(max_bytes))
    encoding = (headers.get("Content-Encoding") or "identity").strip().lower()
    body = _read_limited(response, deadline, timeout, max_bytes, encoding, cancel)
    if not declared_type:
        # No type at all: accept only what looks like a web page.
        if sniff(body) != ".html":
            raise DownloadError(_not_a_page("không rõ"))
        content_type = "text/html"
    if not body.strip():
        raise DownloadError("Trang trả về nội dung rỗng")
    return Downloaded(response.geturl() or url, content_type, headers.get_content_charset(), body)


def _read_limited(
    response: HTTPResponse,
    deadline: float,
    timeout: float,
    max_bytes: int,
    encoding: str,
    cancel: threading.Event | None,
) -> bytes:
    """The body, decompressed, refusing it once it passes `max_bytes` or the deadline."""
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflate = zlib.decompressobj(zlib.MAX_WBITS | 32)  # 32: gzip or zlib header
    elif encoding == "identity":
        inflate = None
    else:
        raise DownloadError(f"Trang dùng kiểu nén chưa hỗ trợ ({encoding})")
    parts: list[bytes] = []
    size = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise DownloadError(_timeout(timeout))
        if cancel is not None and cancel.is_set():
            raise DownloadError("Đã dừng tải theo yêu cầu")
        _tighten(response, remaining)
        chunk = response.read1(_CHUNK)
        if not chunk:
            break
        if inflate is not None:
            # max_length keeps a small "zip bomb" from filling memory before we count it.
            chunk = inflate.decompress(chunk, max_bytes + 1 - size)
        size += len(chunk)
        if size > max_bytes:
            raise DownloadError(_too_big(max_bytes))
        parts.append(chunk)
    return b"".join(parts)


def _tighten(response: HTTPResponse, remaining: float) -> None:
    """Let no single read wait past the total deadline (best effort: a private attribute)."""
    sock = getattr(getattr(getattr(response, "fp", None), "raw", None), "_sock", None)
    if isinstance(sock, socket.socket):
        sock.settimeout(max(0.05, remaining))


def _http_message(code: int) -> str:
    if code == 404:
        return "Không tìm thấy trang (lỗi 404): địa chỉ có thể sai hoặc bài đã bị gỡ"
    if code == 410:
        return "Bài đã bị gỡ khỏi trang (lỗi 410)"
    if code in (401, 403):
        return f"Trang không cho phép tải bài này (lỗi {code}); hãy lưu trang từ trình duyệt"
    if code == 429:
        return "Trang tạm chặn vì tải quá nhiều lần (lỗi 429); hãy thử lại sau"
    if 300 <= code < 400:
        return "Trang chuyển hướng quá nhiều lần hoặc vòng quanh, không tới được bài"
    if code >= 500:
        return f"Máy chủ của trang đang gặp lỗi (lỗi {code}); hãy thử lại sau"
    return f"Trang trả về lỗi {code}"


def _network_message(exc: BaseException, host: str, timeout: float) -> str:
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, DownloadError):  # raised inside a redirect handler
        return str(reason)
    if isinstance(reason, TimeoutError | socket.timeout):
        return _timeout(timeout)
    if isinstance(reason, socket.gaierror):
        return f"Không tìm thấy máy chủ “{host}”: kiểm tra lại địa chỉ hoặc kết nối mạng"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"Chứng chỉ bảo mật (TLS) của “{host}” không hợp lệ, không tải để an toàn"
    if isinstance(reason, ssl.SSLError):
        return f"Lỗi kết nối bảo mật (TLS) với “{host}”: {reason.reason or reason}"
    if isinstance(reason, ConnectionRefusedError):
        return f"Máy chủ “{host}” từ chối kết nối"
    if isinstance(reason, ConnectionError):
        return f"Kết nối tới “{host}” bị ngắt giữa chừng; hãy thử lại"
    if isinstance(reason, HTTPException):
        return f"Máy chủ “{host}” trả lời sai giao thức HTTP"
    if isinstance(reason, ValueError):
        return f"Địa chỉ không hợp lệ: {reason}"
    return f"Không tải được trang: {getattr(reason, 'strerror', None) or reason}"


def _timeout(timeout: float) -> str:
    return f"Quá thời gian chờ ({timeout:g} giây): trang không trả lời kịp; hãy thử lại sau"


def _too_big(max_bytes: int) -> str:
    return f"Trang quá lớn (hơn {max_bytes / MB:g} MB), không giống một bài báo"


def _not_a_page(content_type: str) -> str:
    return (
        f"Địa chỉ này không phải một trang web (kiểu nội dung: {content_type}); "
        "nếu là tệp bài viết, hãy tải về rồi nhập như tệp thường"
    )


def source_name(downloaded: Downloaded) -> str:
    """A file name for the kept original: the last part of the address, as .html or .txt."""
    parts = urlsplit(downloaded.url_final)
    stem = PurePosixPath(unquote(parts.path)).name or parts.hostname or "trang"
    stem = _UNSAFE_NAME.sub("-", stem).strip("-.")[:120] or "trang"
    suffix = ".txt" if downloaded.content_type == "text/plain" else ".html"
    lowered = stem.lower()
    if lowered.endswith((".html", ".htm", ".txt")):
        stem = stem.rsplit(".", 1)[0]
    return stem + suffix


def read_downloaded(downloaded: Downloaded) -> Extracted:
    """Extract the page like a saved one; the HTTP charset counts when the page names none."""
    name = source_name(downloaded)
    data, charset = _for_reader(downloaded)
    extracted = read_bytes(name, data)
    if charset:
        extracted = replace(extracted, encoding=charset)
    if not extracted.hints.url:  # the page's canonical address wins over where we landed
        extracted = replace(extracted, hints=replace(extracted.hints, url=downloaded.url_final))
    return extracted


def _for_reader(downloaded: Downloaded) -> tuple[bytes, str | None]:
    """The bytes to read, re-encoded as UTF-8 when only the header tells their charset."""
    data = downloaded.data
    label = downloaded.charset
    if not label or _SINGLE_BYTE_OK.search(data[:8192]):
        return data, None  # no header charset, or the page declares its own (the reader's job)
    try:
        codec = codecs.lookup(label).name
        data.decode("utf-8")
        return data, None  # valid UTF-8 under any label is UTF-8 (see importers.html)
    except LookupError:
        return data, None
    except UnicodeDecodeError:
        pass
    try:
        return b"\xef\xbb\xbf" + data.decode(codec).encode("utf-8"), codec
    except UnicodeDecodeError:
        return data, None  # a wrong label: let the reader guess


def import_url(
    archive: Archive,
    url: str,
    outlets: Mapping[str, str] | None = None,
    timeout: float = 15.0,
    cancel: threading.Event | None = None,
) -> FileOutcome:
    """Download one page and store it; the outcome is labelled with the address given."""
    label = url.strip()
    try:
        downloaded = fetch(url, timeout=timeout, cancel=cancel)
        extracted = read_downloaded(downloaded)
    except (DownloadError, ImportProblem) as problem:
        return FileOutcome(label, FAILED, str(problem))
    name = source_name(downloaded)
    return store_extracted(archive, name, downloaded.data, extracted, outlets, label=label)


def import_urls(
    archive: Archive,
    urls: Iterable[str],
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    outlets: Mapping[str, str] | None = None,
    timeout: float = 15.0,
) -> ImportSummary:
    """Import each page; one outcome per address, a failure never stops the batch."""
    wanted = [u.strip() for u in urls if u.strip()]
    summary = ImportSummary()
    for done, url in enumerate(wanted):
        progress(done, len(wanted), url)
        if cancel is not None and cancel.is_set():
            summary.cancelled = True
            break
        summary.outcomes.append(import_url(archive, url, outlets, timeout, cancel))
    progress(len(summary.outcomes), len(wanted), "")
    return summary
