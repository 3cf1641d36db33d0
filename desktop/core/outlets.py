"""Which news outlet published an article: domain tables, datelines, newsroom addresses.

The table maps a domain (`toquoc.gov.vn`) to the outlet's name (`Tổ Quốc`). A bundled table
ships in `resources/outlets.json`; the user's own file can extend or override it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from desktop.core.text import fold

DEFAULT_OUTLETS_PATH = Path(__file__).resolve().parents[2] / "resources" / "outlets.json"

# Short forms newsrooms put in their own datelines (`QĐND -`, `(ĐCSVN) -`), keyed folded.
_ABBREVIATIONS = {
    "dcsvn": "Đảng Cộng sản Việt Nam",
    "qdnd": "Quân đội nhân dân",
    "ndo": "Nhân Dân",
    "cand": "Công an nhân dân",
    "tccs": "Tạp chí Cộng sản",
    "ttxvn": "TTXVN",
    "vietnam+": "VietnamPlus",
    "nldo": "Người Lao Động",
    "plo": "Pháp Luật TP.HCM",
    "hnmo": "Hà Nội Mới",
    "sggp": "Sài Gòn Giải Phóng",
    "gd&td": "Giáo dục và Thời đại",
    "tpo": "Tiền Phong",
    "vov": "VOV",
    "vtv": "VTV",
}

_HOST = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")
_HOSTS_IN_TEXT = re.compile(r"(?<![\w.-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?![\w-])")
_PAREN_DATELINE = re.compile(r"^\(([^()]{2,40})\)\s*[-–—]")
_BARE_DATELINE = re.compile(r"^([^\s()]{2,16})\s*[-–—]\s")


def load_outlets(*paths: str | Path) -> dict[str, str]:
    """Read the bundled domain → outlet table, then each file in `paths`, later ones winning.

    Each file is a UTF-8 JSON object of `"domain": "Outlet name"`; domains are compared in
    lower case without a leading `www.`. Raises ValueError for a file of another shape.
    """
    table: dict[str, str] = {}
    for path in (DEFAULT_OUTLETS_PATH, *paths):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in data.items()
        ):
            raise ValueError(f'{path}: cần một đối tượng JSON dạng "tên miền": "tên báo"')
        table.update({_clean_host(k): v.strip() for k, v in data.items() if k.strip()})
    return table


@lru_cache(maxsize=1)
def default_outlets() -> Mapping[str, str]:
    """The bundled table, read once on first use (never at import time)."""
    return load_outlets()


def _clean_host(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def outlet_for_host(address: str, outlets: Mapping[str, str]) -> str | None:
    """The outlet behind a domain, URL or e-mail address, trying parent domains too
    (`m.toquoc.gov.vn` → `toquoc.gov.vn`)."""
    address = address.strip()
    if "@" in address:
        address = address.rsplit("@", 1)[1]
    elif "//" in address:
        address = urlsplit(address).hostname or ""
    else:
        address = address.split("/", 1)[0]
    host = _clean_host(address)
    if not _HOST.match(host):
        return None
    labels = host.split(".")
    for i in range(len(labels) - 1):
        name = outlets.get(".".join(labels[i:]))
        if name:
            return name
    return None


def outlet_from_addresses(lines: Iterable[str], outlets: Mapping[str, str]) -> str | None:
    """The first known outlet whose domain appears in `lines` (newsroom e-mail, site URL)."""
    for line in lines:
        for host in _HOSTS_IN_TEXT.findall(line.lower()):
            name = outlet_for_host(host, outlets)
            if name:
                return name
    return None


def _bare_name(name: str) -> str:
    folded = fold(name).strip()
    return folded[4:] if folded.startswith("bao ") else folded


@lru_cache(maxsize=8)
def _names_by_bare_name(names: tuple[str, ...]) -> dict[str, str]:
    """The first of `names` for each bare form: folding the whole table on every call cost
    more than all the rest of finding a masthead."""
    found: dict[str, str] = {}
    for name in names:
        found.setdefault(_bare_name(name), name)
    return found


def outlet_by_name(name: str, outlets: Mapping[str, str]) -> str | None:
    """The table's spelling of an outlet named `name`, a known short form, or None."""
    wanted = _bare_name(name)
    known = _names_by_bare_name(tuple(outlets.values())).get(wanted)
    if known is not None:
        return known
    if wanted in _ABBREVIATIONS:
        return _ABBREVIATIONS[wanted]
    return outlet_for_host(name, outlets) if "." in name else None


def outlet_from_dateline(lead: str, outlets: Mapping[str, str]) -> str | None:
    """The outlet a lead's dateline names: `(Tổ Quốc) - Chiều 31/3, …`, `QĐND - …`.

    A parenthesised dateline is trusted even when the outlet is unknown, if it looks like a
    name; a bare one only when it is a known short form.
    """
    match = _PAREN_DATELINE.match(lead)
    if match:
        text = match.group(1).strip()
        # `TTXVN/Vietnam+`: the wire, then the outlet that ran it.
        for part in reversed(text.split("/")):
            known = outlet_by_name(part, outlets)
            if known:
                return known
        return text if _looks_like_name(text) else None
    match = _BARE_DATELINE.match(lead)
    if match:
        return outlet_by_name(match.group(1), outlets)
    return None


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and text[0].isupper() and not any(ch.isdigit() for ch in text)
