"""The app keeps to itself: an import, a search and every report run with the network cut off,
and the reports point at nothing remote except the articles' own links (which Word opens only
when clicked)."""

from __future__ import annotations

import re
import socket
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from desktop.reports.settings import ReportSettings
from desktop.services import search
from desktop.services.export import export_docx
from desktop.services.importing import import_files
from desktop.services.reports import KINDS, SUFFIX, make_report
from tests.fuzz.seeds import seed_files

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
# The one module that may open a connection: "Nhập từ đường link", when the user asks.
NETWORK_MODULES = {"services/download.py"}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way Python opens a connection or resolves a name, refused and recorded."""
    attempts: list[str] = []

    def refuse(name: str):
        def refused(*args: object, **kwargs: object):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"test: {name} is not allowed")
        return refused

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def write_seed_files(folder: Path) -> list[Path]:
    """One file of each importable format, built from the seed articles."""
    folder.mkdir()
    written = []
    for kind, files in seed_files().items():
        for n, data in enumerate(files):
            path = folder / f"bai-{n}{kind}"
            path.write_bytes(data)
            written.append(path)
    return written


def external_targets(docx: Path) -> list[tuple[str, str]]:
    """(type, target) of every relationship in the package that points outside it."""
    found = []
    with zipfile.ZipFile(docx) as package:
        for name in package.namelist():
            if not name.endswith(".rels"):
                continue
            for rel in etree.fromstring(package.read(name)):
                if rel.get("TargetMode") == "External":
                    found.append((rel.get("Type"), rel.get("Target")))
    return found


def test_import_search_and_reports_work_offline(no_network, sqlite_archive, tmp_path):
    files = write_seed_files(tmp_path / "in")
    summary = import_files(sqlite_archive, files)
    stored = summary.article_ids
    assert len(stored) >= len(seed_files()) - 1  # a near-duplicate may be folded into another

    result = search.search(sqlite_archive, "hội nghị")
    assert result.error is None and result.ids

    reports = [export_docx(sqlite_archive, None, tmp_path / "out" / "danh-sach.docx")]
    settings = ReportSettings(parent_body="Đảng ủy Bộ Tư pháp", issuing_body="Văn phòng",
                              subject="về tin, bài", entity_index=True)
    for kind in KINDS:
        target = tmp_path / "out" / f"bao-cao-{kind}{SUFFIX.get(kind, '.docx')}"
        reports.append(make_report(sqlite_archive, None, settings, target, kind))
    assert all(path.stat().st_size > 0 for path in reports)
    assert no_network == []

    external = [link for path in reports if path.suffix == ".docx"
                for link in external_targets(path)]
    assert external  # the web pages' links are there, so the check below is not vacuous
    for kind, target in external:
        assert kind == HYPERLINK and target.startswith(("http://", "https://")), (kind, target)


def test_no_module_opens_connections_of_its_own() -> None:
    """No update check, telemetry or remote resource: only the link import talks to the web."""
    network = re.compile(
        r"^\s*(import|from)\s+(urllib\.request|http\.client|requests|httpx|aiohttp)\b"
        r"|QNetworkAccessManager|QWebEngine",
        re.MULTILINE,
    )
    users = {
        path.relative_to(DESKTOP).as_posix()
        for path in DESKTOP.rglob("*.py")
        if network.search(path.read_text("utf-8"))
    }
    assert users == NETWORK_MODULES
