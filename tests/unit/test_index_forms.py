"""`index_forms`, which splits each field's words once for both forms (or takes them split),
gives `index_form`."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from desktop.core.index_fields import index_forms
from desktop.core.query import index_form

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
ODDITIES = [
    " ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\u200b", "\u0301", "“", "”", "Uỷ", "hoà",
    "QUỲNH", "İ", "ß", "Σ", "đ", "Đ", "x²", "",
]


def test_index_forms_are_index_form_both_ways() -> None:
    rng = random.Random(5)
    words = [w for path in sorted(SEEDS.glob("*.txt")) for w in path.read_text("utf-8").split()]
    for _ in range(200):
        values = []
        for _ in range(rng.randrange(0, 4)):
            text = "".join(rng.choice(words) + rng.choice(ODDITIES) for _ in range(30))
            values.append(unicodedata.normalize("NFD", text) if rng.random() < 0.2 else text)
        fields = {"title": values[:1], "body": values, "author": []}
        expected = {
            name: (index_form("\n".join(v), folded=False), index_form("\n".join(v), folded=True))
            for name, v in fields.items()
        }
        assert index_forms(fields) == expected
        # Words the caller split already give the same forms.
        assert index_forms(fields, {value: value.split() for value in values[1:2]}) == expected
