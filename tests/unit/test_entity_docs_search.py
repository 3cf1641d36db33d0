"""The document finder tries its type-word pattern only at tokens that can open a type word: it
must find exactly what trying it everywhere finds."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from desktop.core import entity_docs
from desktop.core.entity_base import KEY, token_tuples
from desktop.core.text import unify_tones
from desktop.services.word_lists import gazetteer

SEEDS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "seeds").glob("*.txt"))


def tried_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The finder given what extract_entities gives it, with the tokens' keys read from `text`."""
    gaz = gazetteer()
    tokens = token_tuples(text, text)
    candidates = [i for i, t in enumerate(tokens) if t[KEY] in gaz.doc_word_starts]
    return list(entity_docs._bare_matches(pattern, text, tokens, candidates, gaz.doc_word_list))


def test_type_word_matches_equal_a_search_at_every_position():
    words = gazetteer().doc_word_list
    pattern = entity_docs._bare_pattern(words)
    rng = random.Random(11)
    spellings = [
        *words, *(w.upper() for w in words), *(w.lower() for w in words),
        *(w.replace(" ", "  ") for w in words), *(w.replace(" ", "\u00a0") for w in words),
        "công tác", "kế", "văn",
    ]
    around = ["", " ", "  ", "\u00a0", " số ", " Số: ", " số", "\n", ", ", "-", "/", ".", "x"]
    numbers = ["", "12", "35", "2024", "9/", "7-", "3.5", "12345", "ſ", "ı", "İ"]
    texts = [unify_tones(path.read_text(encoding="utf-8")) for path in SEEDS]
    for _ in range(20000):
        texts.append("".join(
            rng.choice(around) + rng.choice(spellings) + rng.choice(around) + rng.choice(numbers)
            for _ in range(rng.randint(0, 4))
        ))
    found = 0
    for text in texts:
        everywhere = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        tried = [(m.span(), m.groups()) for m in tried_matches(pattern, text)]
        assert tried == everywhere, repr(text)
        found += bool(everywhere)
    assert found > 3000  # the random texts do hold references


def test_letters_paired_with_a_type_words_letter_share_its_key_or_are_odd():
    """A token's key is its casefold: where the pattern's case rules pair a letter with one of
    another fold, the finder must try the pattern everywhere."""
    letters = set("".join(gazetteer().doc_word_list).replace(" ", "") + "số")
    any_letter = re.compile(f"[{re.escape(''.join(letters))}]", re.IGNORECASE)
    for char in map(chr, range(sys.maxunicode + 1)):
        if any_letter.fullmatch(char) and char not in entity_docs._ODD_CASE:
            for letter in letters:
                if re.fullmatch(re.escape(letter), char, re.IGNORECASE):
                    assert char.casefold() == letter.casefold(), (char, letter)


def test_numbers_open_where_the_look_behind_form_would_open_them():
    # The plain statement of the rule, which re cannot skip ahead with.
    plain = r"(?<![\w/.-])(\d{1,5})"
    rng = random.Random(13)
    alphabet = "0123456789-–/ .,ĐđNQTWQĐCPabc\u00a0_x"
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    for _ in range(20000):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
    for fast in (entity_docs._PARTY, entity_docs._STATE):
        slow = re.compile(plain + fast.pattern[len(entity_docs._NUMBER):])
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
                (m.span(), m.groups()) for m in slow.finditer(text)
            ], repr(text)
