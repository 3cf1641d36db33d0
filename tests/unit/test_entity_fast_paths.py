"""The extractor's shortcuts against the plain behaviour they stand for."""

from __future__ import annotations

import copy
import re
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core import entities, entity_base, entity_docs, entity_people
from desktop.core.entity_base import NamedToken, read_tokens, token_tuples, tokenize
from desktop.core.entity_orgs import Context
from desktop.core.gazetteer import Gazetteer, PhraseIndex, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()

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


SPLIT_TEXTS = [
    " a  b ,c , d ,, e,\nf\n g \nh\t i  ",
    "A, B; C. D: E AB, Ab. aB; Ư, ƯỚC. x,y a;b ,a ... a,,",
    "ǅ, ǅa; ² x², ½. ß, İ, ǰ. ǈ:",
    "e\u0301 \u0958 ab, cd",  # equal length after NFC, the space one place earlier
    "a \u0345 b, \u0345c",  # U+0345 folds to ι
    "Hà\u00a0Nội, Việt Nam. Hoà, THUỶ; khoẻ: uý",
    "\r\n Lê,\r\nVăn, ",
    "x\ny z\n",
]
_PLAIN_TOKEN = re.compile(r"(\s*)(?:([^\W\d_]+)|(\d+)|(\w+)|([^\w\s]))")


def _plain_tokens(text: str) -> list[entity_base.Token]:
    unified = entity_base.unify_tones(text)
    if len(unified) != len(text):
        unified = text
    tokens = []
    for match in _PLAIN_TOKEN.finditer(unified):
        gap, letters, digits, code, mark = match.groups()
        start, end = match.start() + len(gap), match.end()
        word = text[start:end]
        if letters:
            row = (letters.casefold(), "w", word.istitle(), word.isupper() and len(word) > 1)
        elif mark:
            row = (entity_base._DASHES.get(mark, mark), "p", False, False)
        elif digits:
            row = (digits.casefold(), "n", False, False)
        else:
            row = (code.casefold(), "c", False, word.upper() == word)
        key, kind, cap, caps = row
        tokens.append((word, key, start, end, kind, cap, caps, "\n" in gap, gap != ""))
    return tokens


@pytest.mark.parametrize("text", [*ODD_TEXTS, *SPLIT_TEXTS])
def test_words_split_at_spaces_are_the_tokens_of_the_pattern(text: str) -> None:
    assert token_tuples(text) == _plain_tokens(text)


def test_a_character_folding_to_a_letter_comma_or_space_is_one_to_the_pattern() -> None:
    """What token_tuples assumes of `unified.casefold()` when it is as long as `unified`."""
    letter = re.compile(r"[^\W\d_]")
    odd = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        fold = char.casefold()
        if len(fold) == 1 and (
            (fold.isalpha() and not letter.fullmatch(char)) or (fold in ",.;: " and char != fold)
        ):
            odd.append(char)
    assert odd == ["\u0345"]


DOCUMENT_TEXTS = [
    "Nghị quyết số 35-NQ/TW, ngày 22/10/2018 và Nghị định 30/2020/NĐ-CP",
    "12345 - NQxyz / TW 35 - NQ / TW; 35–NQ/TW-BCĐ; 123456-NQ/TW; x35-NQ/TW; 1.35-NQ/TW",
    "5/35-NQ/TW",
    "439/QĐ-TTg/1/2/3/4 12/2020/QĐ-UBND/5/2021/NQ-HĐND 7/ 708/BTTTT-KHTC/",
    "/1/QĐ-X 99999/QĐ-A 12 -  NQ/TW ١٢/QĐ-TTg 2/QĐ-TTg" + " " * 20 + "/",
    "a/b/c 1/2 //3/QĐ-A 4//QĐ-B 05-CT/TW" + "x" * 14 + "/ 6-NQ/T\u00a0/W",
    "",
]


@pytest.mark.parametrize("text", DOCUMENT_TEXTS)
@pytest.mark.parametrize("pattern", [entity_docs._PARTY, entity_docs._STATE])
def test_coded_numbers_searched_before_slashes_are_all_there_are(
    text: str, pattern: re.Pattern[str]
) -> None:
    spans = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in entity_docs._before_slashes(pattern, text)] == spans


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định 12 và QUYẾT ĐỊNH số 5", "Luật ſố 5, Nghị quyết 3 \u212a", "Kế hoạch  7 ı",
        "Bıên bản 5, BİÊN BẢN 6", "\u212aế hoạch 7, \u212aẾT LUẬN số 2, Giấy mời 1",
    ],
)
def test_type_words_found_from_token_keys_are_those_the_pattern_finds(
    gaz: Gazetteer, text: str
) -> None:
    pattern = entity_docs._bare_pattern(gaz.doc_word_list)
    expected = [m.span() for m in pattern.finditer(text)]
    tokens = token_tuples(text, text)
    candidates = [i for i, t in enumerate(tokens) if t[entity_base.KEY] in gaz.doc_word_starts]
    found = entity_docs._bare_matches(pattern, text, tokens, candidates, gaz.doc_word_list)
    assert [m.span() for m in found] == expected


def _case_mixes() -> list[str]:
    """Lines of 3 to 12 words with every share of capitalised ones, between other lines."""
    lines = []
    for size in range(3, 13):
        for capitalised in range(size + 1):
            words = ["Hà", "NỘI", "A"][: capitalised % 3 + 1] * size
            line = " ".join(words[:capitalised] + ["nội"] * (size - capitalised))
            lines.append(line + (", 35 _X1 - ABC." if size % 2 else ""))
    return [
        "\n".join(lines), "\n\n".join(reversed(lines)), "Một Hai\nBa Bốn Năm Sáu Bảy",
        "\n\nMột Hai Ba Bốn Năm\n \n\tSáu Bảy Tám Chín Mười\r\n\n",
    ]


@pytest.mark.parametrize(
    "text", [*ODD_TEXTS, *SPLIT_TEXTS, *DOCUMENT_TEXTS, *_case_mixes(), "\n".join(_case_mixes())]
)
def test_lists_noted_while_reading_are_those_of_the_tokens_fields(text: str) -> None:
    wanted = {"a", "b", "hà", "nội", ",", ".", "-", "35", "a03", "_x1", "đảng", "ι", "ελληνικά"}
    anycase = {"a", "nội", "ι"}
    tokens, keys, capitals, picked, picked_keys, breaks = read_tokens(text, wanted, anycase)
    assert tokens == token_tuples(text)
    assert keys == [t[entity_base.KEY] for t in tokens]
    assert capitals == [i for i, t in enumerate(tokens) if t[entity_base.CAP]]
    assert picked == [
        i for i, t in enumerate(tokens)
        if t[entity_base.KEY] in wanted
        and (t[entity_base.KEY] in anycase or not t[entity_base.TEXT].islower())
    ]
    assert picked_keys == [keys[i] for i in picked]
    assert breaks == [i for i, t in enumerate(tokens) if t[entity_base.NL] and i]


def _plain_headline_tokens(tokens: list[entity_base.Token]) -> set[int]:
    out: set[int] = set()
    line_start = 0
    line_ends = [i for i, t in enumerate(tokens) if t[entity_base.NL] and i]
    for end in (*line_ends, len(tokens)):
        words = [t for t in tokens[line_start:end] if t[entity_base.KIND] == "w"]
        capitalised = sum(1 for t in words if t[entity_base.CAP] or t[entity_base.CAPS])
        if len(words) >= 5 and capitalised >= 0.9 * len(words):
            out.update(range(line_start, end))
        line_start = end
    return out


@pytest.mark.parametrize("text", [*_case_mixes(), *ODD_TEXTS])
def test_headline_lines_ruled_out_early_are_no_headlines(text: str) -> None:
    tokens, _, _, _, _, breaks = read_tokens(text, (), ())
    assert entities._headline_tokens(tokens, breaks) == _plain_headline_tokens(tokens)


def _plain_name_pieces(ctx: Context, covered: list[bool]) -> list[tuple[int, int]]:
    tokens, pieces = ctx.tokens, []
    k, n = 0, len(tokens)
    while k < n:
        if not tokens[k][entity_base.CAP] or covered[k]:
            k += 1
            continue
        end = k + 1
        while end < n and tokens[end][entity_base.CAP] and not covered[end]:
            if tokens[end][entity_base.NL] or not tokens[end][entity_base.SP]:
                break
            end += 1
        start = k
        if tokens[k][entity_base.KEY] in entity_base.HONORIFICS and end - k > 2:
            start = k + 1 if ctx.gaz.is_surname(tokens[k + 1]) else k
        pieces.append((start, end))
        k = end
    return pieces


@pytest.mark.parametrize("step", [1, 2, 3, 7])
def test_name_pieces_opened_at_capitals_only_are_the_plain_scan(gaz: Gazetteer, step: int) -> None:
    text = "\n".join(_case_mixes()) + " Ông Lê Văn A, Bà B.Trần C\nD E-F G"
    tokens, keys, capitals, _, _, _ = read_tokens(text, (), ())
    ctx = Context(text, tokens, keys, gaz, [], [], capitals)
    covered = [i % step == 1 for i in range(len(tokens))]
    pieces = [(p.start, p.end) for p in entity_people._name_pieces(ctx, covered)]
    assert pieces == _plain_name_pieces(ctx, covered)


@pytest.mark.parametrize("text", [*ODD_TEXTS, *DOCUMENT_TEXTS])
def test_tokens_within_spans_are_those_starting_inside_them(text: str) -> None:
    tokens = token_tuples(text)
    spans = [(0, 0), (0, 3), (2, 9), (5, len(text)), (len(text), len(text) + 2)]
    inside = {
        i for i, t in enumerate(tokens) if any(a <= t[entity_base.START] < b for a, b in spans)
    }
    assert entities._tokens_within(tokens, spans) == inside


SEEDS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.txt"))


def test_passes_given_the_opening_tokens_find_what_they_find_given_all(gaz: Gazetteer) -> None:
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in SEEDS) + (
        "\nnguyên Bộ trưởng Bộ Y tế Lê A, nguyên phó chủ tịch B, tỉnh Ninh Bình, xã Đông Hòa,"
        " thành phố Hồ Chí Minh, nghị quyết số 12, quyết định 5, Nghị Quyết 7, bộ trưởng,"
        " HỘI NGHỊ, ĐẢNG BỘ TỈNH, McDonald Việt Nam, ban chỉ đạo 35, Ban Chỉ đạo 35, tư pháp"
    )
    lower = gaz.lower_starts(*entities._OPENERS)
    tokens, keys, _, opening, _, _ = read_tokens(text, gaz.starts(*entities._OPENERS), lower)
    results = []
    for indices in (list(range(len(tokens))), opening):
        index_keys = [keys[i] for i in indices]
        ctx = Context(text, tokens, keys, gaz, indices, index_keys, [])
        type_words = entity_base.among(indices, index_keys, gaz.doc_word_starts)
        results.append((
            entity_docs.find_documents(text, text, gaz, tokens, type_words),
            entities.find_places(tokens, gaz, indices, index_keys),
            entities.find_orgs(ctx),
            entities.find_titles(ctx),
        ))
    assert results[1] == results[0]
    assert all(results[0])  # each pass finds something in the seed articles
    # Words in lower case are picked both for their keys and for their capitals.
    assert any(tokens[i][entity_base.TEXT].islower() for i in opening)
    assert any(not tokens[i][entity_base.TEXT].islower() for i in opening if keys[i] in lower)


def _plain_match(index: PhraseIndex[object], tokens: list[entity_base.Token], i: int) -> object:
    """PhraseIndex.match without its early exit for tokens in lower case."""
    node = index.first_keys.get(tokens[i][entity_base.KEY])
    upper_ok = tokens[i][entity_base.TEXT][0].isupper()
    best, j = None, i + 1
    while node is not None:
        slot = node.get("")
        if slot is not None and (upper_ok or not slot[0]):
            best = (j, slot[1])
        if j >= len(tokens) or tokens[j][entity_base.NL]:
            break
        node = node.get(tokens[j][entity_base.KEY])
        j += 1
    return best


def test_phrases_matched_with_the_lower_case_exit_are_the_plain_walk(gaz: Gazetteer) -> None:
    mixed = PhraseIndex([
        ("Bộ trưởng", 1), ("bộ trưởng bộ", 2), ("Bộ", 3), ("trưởng ban", 4), ("Ban", 5), ("35", 6)
    ])
    indexes = [mixed, *(v for v in vars(gaz).values() if isinstance(v, PhraseIndex))]
    text = "\n".join(path.read_text(encoding="utf-8") for path in SEEDS)
    text += " bộ trưởng bộ Bộ trưởng BỘ TRƯỞNG ban Ban trưởng ban 35 nguyên Bộ trưởng"
    tokens = token_tuples(text)
    found = 0
    for index in indexes:
        for i in range(len(tokens)):
            plain = _plain_match(index, tokens, i)
            assert index.match(tokens, i) == plain, (i, tokens[i])
            found += plain is not None and not tokens[i][entity_base.TEXT][0].isupper()
    assert found  # some phrases written in lower case match words in lower case


def test_titles_skipping_words_in_lower_case_find_what_the_plain_walk_finds(
    gaz: Gazetteer,
) -> None:
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in SEEDS)
    text += "\nnguyên Bộ trưởng Bộ Y tế Lê A, nguyên bộ trưởng, Thứ trưởng, THỨ TRƯỞNG B"
    tokens = token_tuples(text)
    keys = [t[entity_base.KEY] for t in tokens]
    plain = copy.copy(gaz.titles)
    plain.lower_starts = set(plain.first_keys)  # as if every title were written in lower case
    found = []
    for titles in (gaz.titles, plain):
        ctx = Context(text, tokens, keys, replace(gaz, titles=titles), list(range(len(tokens))),
                      keys, [])
        found.append(entity_people.find_titles(ctx))
    assert found[0] == found[1]
    assert any(item.former for item in found[0])
