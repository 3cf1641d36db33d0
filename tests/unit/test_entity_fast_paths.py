"""The extractor's shortcuts against the plain behaviour they stand for."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.core import entity_base
from desktop.core.entity_base import NamedToken, token_tuples, tokenize

ODD_TEXTS = [
    "",
    "  \r\n  ",
    "Ông Lê Văn A\r\nvà Bà B.\r\n",
    unicodedata.normalize("NFD", "Thủ tướng Phạm Minh Chính hoà hợp Uỷ ban"),
    "Bộ trưởng – Nguyễn Văn A — B ‐ C ‑ D -E",
    "mã ABC_123 _x_ a_b_C d1e2 2024abc BCĐ35 A03 TP.HCM 35-NQ/TW 439/QĐ-TTg ²x",
    "x\u00a0y\u00a0\u00a0Z Nghị\u00a0quyết\u00a0số\u00a035-NQ/TW",
    "Ελληνικά ΑΣ Σ Москва МОСКВА Đảng ủy",
    "emoji 😀 Việt 🇻🇳 Nam 👍🏽 đ̀",
    "İstanbul ıi ſ µ K Å ß STRASSE ǅemal ﬁ Ⓐⓑ \u0345x",
    "tab\tsep\x0bvt\x0cff\x85nel\u2028ls end",
    "Chữ hoà, khoẻ, thuỷ, Hoà Bình, HOÀ, THUỶ, uý",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_token_tuples_hold_the_named_fields_at_their_positions(text: str) -> None:
    named = tokenize(text)
    rows = token_tuples(text)
    assert len(rows) == len(named) and all(type(row) is tuple for row in rows)
    for field in NamedToken._fields:
        position = getattr(entity_base, field.upper())
        assert [row[position] for row in rows] == [getattr(t, field) for t in named]
