"""Fixtures for the report tests."""

from __future__ import annotations

import pytest

from desktop.core.records import ArticleRecord
from tests.reports.builders import seed_articles


@pytest.fixture
def articles() -> list[ArticleRecord]:
    return seed_articles()
