"""unify_tones: its quick path on NFC text gives what decomposing and recomposing gives."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

from desktop.core.text import _SURE, unify_tones

SEEDS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.txt"))
# An arrow is outside the blocks the quick path trusts, so a text carrying one is decomposed;
# after a line break it cannot change how the text's last word ends.
_FORCE_SLOW = "\n\u2190"


def slow(text: str) -> str:
    return unify_tones(text + _FORCE_SLOW)[: -len(_FORCE_SLOW)]


def test_the_blocks_the_quick_path_trusts_hold_no_combining_start():
    for low, high in _SURE:
        for code in range(low, high + 1):
            char = chr(code)
            first = unicodedata.normalize("NFD", char)[0]
            assert not unicodedata.combining(first)
            assert bool(re.match(r"\w", char)) == bool(re.match(r"\w", first)), hex(code)


def test_both_placements_end_the_same():
    assert unify_tones("hoà thuỷ quý") == unify_tones("hòa thủy qúy") == "hòa thủy quý"
    assert unify_tones("Hoặc HOÀ") == slow("Hoặc HOÀ")


def test_words_spelled_alike_in_both_styles_are_never_changed():
    # A tone on â, ă, ê stays there, and after q the u is no vowel: names must come out as
    # they were written (an earlier version made `Thuận` of `Thụân`, `quận` of `qụân`).
    words = "Nguyễn Văn Thuận quận Luật hoặc huệ khuếch QUÝ quá quả quạ Quỳnh thuở khuya hoàn"
    assert unify_tones(words) == slow(words) == words


def test_tones_an_earlier_version_misplaced_are_put_back():
    stored = "Nguyễn Văn Thụân, qụân Ba Đình, Lụât số 12, họăc, hụê, qúa, qủa"
    expected = "Nguyễn Văn Thuận, quận Ba Đình, Luật số 12, hoặc, huệ, quá, quả"
    assert unify_tones(stored) == slow(stored) == expected


def test_quick_path_equals_decomposing_on_articles_and_random_text():
    rng = random.Random(7)
    letters = "oOuUaAeEyYàáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴăằắẳẵặâầấẩẫậêềếểễệ"
    alphabet = letters + "ọụÒÙhnqQtđĐ0123456789 .,-\n\t–“”…\u00a0"
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    for _ in range(20000):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
    for text in texts:
        assert unify_tones(text) == slow(text), repr(text)


def test_text_that_is_not_nfc_is_decomposed_as_before():
    text = "hoa\u0300 thuy\u0309"  # combining marks: not NFC
    assert unify_tones(text) == "hòa thủy"
