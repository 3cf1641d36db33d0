"""The query language: what each form parses to, and clear errors for malformed queries."""

import random

import pytest

from desktop.core.highlight import highlight_spans, snippet
from desktop.core.query import DateRange, QueryError, index_form, parse


def only_terms(text):
    return [(t.tokens, t.marked, t.prefix, t.field, c.negated)
            for c in parse(text).clauses for t in c.terms]


def test_plain_words_are_all_required_and_searched_folded():
    assert only_terms("bo tu phap") == [
        (("bo",), False, False, None, False),
        (("tu",), False, False, None, False),
        (("phap",), False, False, None, False),
    ]


def test_several_plain_words_are_also_a_phrase_for_ranking():
    query = parse("Bộ Tư pháp")
    assert query.boost.tokens == ("bộ", "tư", "pháp") and query.boost.marked
    assert parse("bộ tu").boost.marked is False  # mixed: the folded copy finds both
    assert parse("dang").boost is None
    assert parse('"bo tu" phap*').boost is None


def test_marks_decide_the_copy_and_tone_placement_is_unified():
    assert only_terms("Đảng") == [(("đảng",), True, False, None, False)]
    assert only_terms("Uỷ")[0][0] == ("ủy",)
    assert only_terms("hoà")[0][0] == only_terms("hòa")[0][0] == ("hòa",)
    assert only_terms("dang")[0][1] is False


def test_phrase_prefix_exclusion_and_or():
    assert only_terms('"Bộ Tư pháp"') == [(("bộ", "tư", "pháp"), True, False, None, False)]
    assert only_terms('"bo tu"*') == [(("bo", "tu"), False, True, None, False)]
    assert only_terms("tư*") == [(("tư",), True, True, None, False)]
    assert only_terms("-đang") == [(("đang",), True, False, None, True)]
    query = parse("a b OR c d")
    assert [len(c.terms) for c in query.clauses] == [1, 2, 1]


def test_hyphenated_and_numbered_words_become_phrases():
    assert only_terms("55-KH/ĐU")[0][0] == ("55", "kh", "đu")
    assert only_terms("20:40")[0][0] == ("20", "40")


@pytest.mark.parametrize(("typed", "field"), [
    ("tieude:x", "title"), ("title:x", "title"), ("tiêuđề:x", "title"),
    ("nguon:x", "outlet"), ("nguồn:x", "outlet"), ("outlet:x", "outlet"),
    ("tacgia:x", "author"), ("tácgiả:x", "author"), ("author:x", "author"),
    ("the:x", "tag"), ("thẻ:x", "tag"), ("tag:x", "tag"),
    ("nguoi:x", "person"), ("người:x", "person"), ("person:x", "person"),
    ("tochuc:x", "org"), ("tổchức:x", "org"), ("org:x", "org"),
    ("vanban:x", "doc"), ("vănbản:x", "doc"), ("doc:x", "doc"),
    ("TieuDe:x", "title"),
])
def test_field_names_in_vietnamese_or_english_with_or_without_marks(typed, field):
    assert only_terms(typed)[0][3] == field


def test_field_values_can_be_phrases_and_be_excluded():
    assert only_terms('-nguon:"Nhân Dân"') == [(("nhân", "dân"), True, False, "outlet", True)]


@pytest.mark.parametrize(("typed", "dates"), [
    ("tu:2024-01-01", DateRange("2024-01-01", None)),
    ("from:2024-03", DateRange("2024-03", None)),
    ("den:31/03/2024", DateRange(None, "2024-04-01")),
    ("to:2024-12", DateRange(None, "2025-01")),
    ("nam:2023", DateRange("2023", "2024")),
    ("year:2023", DateRange("2023", "2024")),
    ("quy:I/2024", DateRange("2024-01", "2024-04")),
    ("quý:IV/2024", DateRange("2024-10", "2025-01")),
    ("quarter:2/2024", DateRange("2024-04", "2024-07")),
    ("nam:2024 quy:II/2024 den:15/05/2024", DateRange("2024-04", "2024-05-16")),
    ("đến:29/02/2024", DateRange(None, "2024-03-01")),
])
def test_date_filters_become_iso_bounds(typed, dates):
    query = parse(typed)
    assert query.dates == dates and not query.clauses


@pytest.mark.parametrize(("typed", "position", "says"), [
    ('"Bộ Tư pháp', 0, "Thiếu dấu \""),
    ("dang OR", 7, "OR"),
    ("OR dang", 0, "OR"),
    ("a OR OR b", 5, "OR"),
    ("a OR -b", 5, "'-'"),
    ("a - b", 2, "'-'"),
    ("foo:bar", 0, "Không có trường 'foo'"),
    ("tieude:", 0, "thiếu giá trị"),
    ("nguon: x", 0, "thiếu giá trị"),
    ("nam:20", 0, "bốn chữ số"),
    ("quy:V/2024", 0, "quý"),
    ("den:31/02/2024", 0, "không hợp lệ"),
    ("tu:2024 den:2023", 8, "Khoảng thời gian rỗng"),
    ("-nam:2023", 0, "ngày"),
    ("a*b", 0, "*"),
    ("*", 0, "*"),
    ('""', 0, "không có chữ"),
    ('tieude:"..."', 7, "không có chữ"),
    ('ab"cd"', 2, '"'),
    ('"ab"cd', 4, "dấu cách"),
    ("a OR nam:2023", 5, "OR"),
])
def test_malformed_queries_say_where_and_what(typed, position, says):
    with pytest.raises(QueryError) as caught:
        parse(typed)
    assert caught.value.position == position
    assert says in str(caught.value)
    assert f"vị trí {position + 1}" in str(caught.value)


def test_random_strings_parse_or_raise_query_error_only():
    alphabet = list('ab đĐảêơư"*-:OR()/ \t,.12') + ["tieude:", "nam:", "quy:", " OR ", "tu:"]
    rng = random.Random(20240410)
    for _ in range(5000):
        typed = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        try:
            query = parse(typed)
        except QueryError as exc:
            assert exc.reason and 0 <= exc.position <= len(typed)
        else:
            assert all(t.tokens for c in query.clauses for t in c.terms)


def test_bare_punctuation_is_ignored():
    assert only_terms("Bộ Văn hóa , Thể thao") == only_terms("Bộ Văn hóa Thể thao")
    assert parse("  ").is_empty


def test_index_form_folds_and_normalises_word_by_word():
    assert index_form("Bộ Tư pháp, Uỷ ban", folded=True) == "bo tu phap, uy ban"
    assert index_form("Bộ Tư pháp, Uỷ ban", folded=False) == "bộ tư pháp, ủy ban"


def test_spans_point_into_the_original_text():
    text = "Ngày 12/10, Đảng ủy Bộ Tư pháp họp; đang chờ Uỷ ban."
    spans = highlight_spans(text, parse("bo tu phap"))
    assert [text[s:e] for s, e in spans] == ["Bộ Tư pháp"]
    assert [text[s:e] for s, e in highlight_spans(text, parse("Đảng"))] == ["Đảng"]
    assert [text[s:e] for s, e in highlight_spans(text, parse("dang"))] == ["Đảng", "đang"]
    assert [text[s:e] for s, e in highlight_spans(text, parse("ủy"))] == ["ủy", "Uỷ"]
    assert [text[s:e] for s, e in highlight_spans(text, parse("ph*"))] == ["pháp"]
    assert highlight_spans(text, parse("tieude:dang")) == []
    assert highlight_spans(text, parse("-dang")) == []


def test_spans_survive_characters_that_fold_to_other_lengths():
    # `ﬁ` folds to two letters and a decomposed `ả` is two code points: offsets still map.
    text = "ﬁnal: Đa\u0309ng ủy"
    assert [text[s:e] for s, e in highlight_spans(text, parse("final dang"))] == [
        "ﬁnal", "Đa\u0309ng"]


def test_snippet_marks_matches_and_html_escapes():
    text = "Mở đầu. " + "x " * 200 + "Bộ Tư pháp <tổ chức> hội nghị. " + "y " * 200
    plain = snippet(text, parse("bo tu phap"), width=80)
    assert "«Bộ Tư pháp»" in plain and plain.startswith("… ") and plain.endswith(" …")
    html = snippet(text, parse("bo tu phap"), width=80, as_html=True)
    assert "<b>Bộ Tư pháp</b> &lt;tổ chức&gt;" in html
    assert snippet("Không khớp gì", parse("zzz")) == "Không khớp gì"


def test_the_help_names_every_field_the_parser_knows():
    from pathlib import Path

    from desktop.core import query

    help_text = (Path(__file__).parents[2] / "resources" / "help" / "search.md").read_text(
        encoding="utf-8")
    names = set(query._TEXT_FIELDS) | set(query._DATE_FIELDS)
    missing = {n for n in names if f"`{n}:" not in help_text and f"{n}:" not in help_text}
    assert not missing
