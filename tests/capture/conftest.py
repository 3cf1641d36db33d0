"""Fixtures for the capture tests: a local web site and no proxy between us and it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.capture.site import serve

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                   "ALL_PROXY")


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Base address of the test site on 127.0.0.1; a proxy from the environment is bypassed."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    with serve() as base:
        yield base
