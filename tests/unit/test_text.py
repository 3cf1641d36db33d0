import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.text import (
    content_hash,
    fold,
    has_marks,
    normalize,
    sort_key,
    unify_tones,
)


def test_normalize_makes_nfc_and_plain_spaces():
    decomposed = unicodedata.normalize("NFD", "Bộ Tư pháp")
    text = normalize(f"\ufeff{decomposed}\u00a0tập\u00a0huấn\r\n\u00a0\r\n\r\n\r\nThu Nga  \n")
    assert text == "Bộ Tư pháp tập huấn\n\nThu Nga"
    assert unicodedata.is_normalized("NFC", text)


def test_fold_drops_every_mark_and_d_stroke():
    assert fold("Bộ Tư pháp") == "bo tu phap"
    assert fold("Đảng ủy") == "dang uy"
    assert fold("ĐẢNG") == fold("đảng") == "dang"


def test_fold_is_its_definition_on_every_character():
    # The index and the query both fold; the fast path must drop exactly the combining marks.
    def by_definition(text: str) -> str:
        decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()

    every = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF)
    assert fold(every) == by_definition(every)
    marked = "Aộ" + "\u034f\u0301x\u20d0\u1dc0 Ưởng\u0345"
    assert fold(marked) == by_definition(marked)


def test_has_marks_tells_a_marked_query():
    assert has_marks("Đảng")
    assert has_marks("đang")
    assert not has_marks("dang")
    assert not has_marks("Nghi quyet 35")


def test_tone_placement_variants_unify():
    assert unify_tones("hoà") == unify_tones("hòa")
    assert unify_tones("Uỷ ban") == unify_tones("Ủy ban")
    assert unify_tones("thuý") == unify_tones("thúy")
    # A mark inside a word that is not oa/oe/uy stays where it is.
    assert unify_tones("Nguyễn") == "Nguyễn"


def test_content_hash_ignores_spacing_and_normal_form():
    a = content_hash(normalize("Hà Nội\u00a0ngày\r\n"))
    b = content_hash(normalize(unicodedata.normalize("NFD", "Hà Nội ngày")))
    assert a == b
    assert a != content_hash("Hà Nam ngày")


def test_sort_key_follows_vietnamese_alphabet_and_tones():
    words = ["Ý", "Đào", "Bình", "Anh", "Ân", "ăn", "Dũng", "Du", "Ê-đê", "ba", "1 a", "Zeta"]
    ordered = sorted(words, key=sort_key)
    assert ordered == ["1 a", "Anh", "ăn", "Ân", "ba", "Bình", "Du", "Dũng", "Đào", "Ê-đê",
                       "Ý", "Zeta"]


def test_sort_key_orders_tones_then_case():
    tones = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(reversed(tones), key=sort_key) == tones
    assert sorted(["Ba", "ba"], key=sort_key) == ["ba", "Ba"]


_ODD = "aeoAđ \u00a0\u2003\t\r\n\u200b\u200d\ufeff\u0301\u0323\u0302\u0306,."


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ODD), max_size=30))
def test_normalize_leaves_normalised_text_as_it_is(text: str) -> None:
    # The import hashes a reader's text without normalising it again (core.text.content_hash).
    once = normalize(text)
    assert normalize(once) == once
