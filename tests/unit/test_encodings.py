"""Tests for desktop.core.encodings: detection, legacy tables, the syllable validator."""

from __future__ import annotations

import random
import re
import time
import unicodedata
from pathlib import Path

import pytest

from desktop.core import legacy_tables as tables
from desktop.core.encodings import (
    ENCODINGS,
    Decoded,
    UndecodableError,
    convert_legacy,
    decode,
    decode_as,
    encoding_for_font,
    is_caps_font,
    is_vietnamese_syllable,
)
from desktop.core.text import normalize

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def _seed_texts() -> list[str]:
    return [normalize(path.read_text("utf-8")) for path in sorted(SEEDS.glob("*.txt"))]


def _seed_sentences() -> list[str]:
    """Sentences of the seeds that carry Vietnamese marks (plain ASCII lines are UTF-8)."""
    sentences: list[str] = []
    for text in _seed_texts():
        for line in text.split("\n"):
            for sentence in re.split(r"(?<=[.!?])\s+", line):
                sentence = sentence.strip()
                if len(sentence) >= 20 and not sentence.isascii():
                    sentences.append(sentence)
    return sentences


SENTENCES = _seed_sentences()


# --- known byte strings, written by hand from the code charts ---------------------------------
# TCVN3 bytes as a Windows code page shows them, the way these strings are known from the
# thousands of documents that reached people without the .VnTime font.
TCVN3_KNOWN = [
    (b"Vi\xd6t Nam", "Việt Nam"),
    (b"\xa7\xb6ng", "Đảng"),
    (b"Ngh\xde quy\xd5t", "Nghị quyết"),
    (b"H\xb5 N\xe9i", "Hà Nội"),
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam".encode("cp1252"), "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc".encode("cp1252"), "Độc lập - Tự do - Hạnh phúc"),
    ("Uû ban nh©n d©n".encode("cp1252"), "Uỷ ban nhân dân"),
    ("Bé tr\xadëng Bé Tµi chÝnh".encode("cp1252"), "Bộ trưởng Bộ Tài chính"),
    ("Quèc héi n\xadíc".encode("cp1252"), "Quốc hội nước"),
    (b"\xa1n \xa2n \xa3m \xa4ng \xa5i \xa6ng", "Ăn Ân Êm Ông Ơi Ưng"),
    ("Kú häp thø, kû luËt, ph¸t triÓn".encode("cp1252"), "Kỳ họp thứ, kỷ luật, phát triển"),
    ("ch¼ng s½n sµng, m·i, v\xabi".encode("cp1252"), "chẳng sẵn sàng, mãi, vôi"),
]
VNI_KNOWN = [
    (b"Vie\xe4t Nam", "Việt Nam"),
    (b"\xd1a\xfbng", "Đảng"),
    (b"Ngh\xf2 quye\xe1t", "Nghị quyết"),
    (b"Ha\xf8 No\xe4i", "Hà Nội"),
    (
        "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".encode("cp1252"),
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
    ),
    ("Ñoäc laäp - Töï do - Haïnh phuùc".encode("cp1252"), "Độc lập - Tự do - Hạnh phúc"),
    ("Tröôøng nöôùc Uûy ban".encode("cp1252"), "Trường nước Ủy ban"),
    ("VIEÄT NAM ÑAÛNG BAÙO CAÙO".encode("cp1252"), "VIỆT NAM ĐẢNG BÁO CÁO"),
    ("khuyeán khích ñoåi môùi, ñaëc bieät".encode("cp1252"), "khuyến khích đổi mới, đặc biệt"),
    ("thuûy, ngaén, tæ leä, hoaëc, hyõ".encode("cp1252"), "thủy, ngắn, tỉ lệ, hoặc, hỹ"),
    (
        "Kyø hoïp thöù, kyû luaät, chaúng saün saøng".encode("cp1252"),
        "Kỳ họp thứ, kỷ luật, chẳng sẵn sàng",
    ),
    ("Ìt Íp Æp Óp Òp Îp Ôp Öp".encode("cp1252"), "Ìt Íp Ỉp Ĩp Ịp Ỵp Ơp Ưp"),
]
VIQR_KNOWN = [
    (b"Vie^.t Nam", "Việt Nam"),
    (b"DDa?ng", "Đảng"),
    (b"Nghi. quye^'t", "Nghị quyết"),
    (b"Ha` No^.i", "Hà Nội"),
    (b"Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    (b"tru+o+`ng, a(n, dda^`u", "trường, ăn, đầu"),
]


@pytest.mark.parametrize(("data", "expected"), TCVN3_KNOWN)
def test_tcvn3_known_bytes(data: bytes, expected: str) -> None:
    assert decode_as(data, "tcvn3").text == expected


@pytest.mark.parametrize(("data", "expected"), VNI_KNOWN)
def test_vni_known_bytes(data: bytes, expected: str) -> None:
    assert decode_as(data, "vni").text == expected


@pytest.mark.parametrize(("data", "expected"), VIQR_KNOWN)
def test_viqr_known_bytes(data: bytes, expected: str) -> None:
    assert decode_as(data, "viqr").text == expected


def test_cp1258_known_bytes_are_nfc() -> None:
    # ê (0xEA) followed by the combining dot below (0xF2); Đ is 0xD0; ơ 0xF5, ư 0xFD
    decoded = decode_as(b"Vi\xea\xf2t Nam \xd0a\xd2ng tr\xfd\xf5\xccng", "cp1258")
    assert decoded.text == "Việt Nam Đảng trường"
    assert unicodedata.is_normalized("NFC", decoded.text)


def test_tcvn3_table_matches_tcvn_5712_code_points() -> None:
    # Spot checks against the TCVN 5712 chart (GNU libiconv tcvn.h): byte -> code point.
    chart = {
        0xA7: 0x0110, 0xAE: 0x0111, 0xB5: 0x00E0, 0xB8: 0x00E1, 0xBE: 0x1EAF, 0xC6: 0x1EB7,
        0xCA: 0x1EA5, 0xD0: 0x00E9, 0xD6: 0x1EC7, 0xDC: 0x0129, 0xDE: 0x1ECB, 0xE9: 0x1ED9,
        0xEE: 0x1EE3, 0xF1: 0x1EE7, 0xF9: 0x1EF1, 0xFE: 0x1EF5, 0x16: 0x00DD, 0xFF: 0x1ED0,
    }  # fmt: skip
    for byte, code_point in chart.items():
        assert decode_as(bytes([byte, 0x20, 0x61]), "tcvn3").text[0] == chr(code_point)


def test_tcvn3_holds_every_lowercase_letter_once() -> None:
    letters = [ch for ch in tables.TCVN3_LETTERS.values() if ch.islower()]
    assert len(letters) == len(set(letters)) == 67
    capitals = [ch for ch in tables.TCVN3_LETTERS.values() if ch.isupper()]
    assert sorted(capitals) == sorted("ĂÂÊÔƠƯĐ")


def test_vni_covers_all_134_letters() -> None:
    vietnamese = {ch for text in _seed_texts() for ch in text if ord(ch) > 0x7F and ch.isalpha()}
    produced = set(tables.VNI_SEQUENCES.values())
    assert vietnamese <= produced
    assert len({ch for ch in produced if ch.isalpha()}) == 134


# --- the guesser on many samples ------------------------------------------------------------
def _tcvn3_expected(text: str) -> str:
    """What a TCVN3 file can hold: a toned capital in a mixed-case word comes back lowercase."""
    return text.lower()


ENCODERS = {
    "cp1258": tables.encode_cp1258,
    "tcvn3": tables.encode_tcvn3,
    "vni": tables.encode_vni,
    "viqr": lambda text: tables.encode_viqr(text).encode("utf-8"),
}


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
def test_guesser_picks_encoding_of_seed_sentences(encoding: str) -> None:
    assert len(SENTENCES) >= 80
    wrong: list[tuple[str, Decoded]] = []
    for sentence in SENTENCES:
        decoded = decode(ENCODERS[encoding](sentence))
        same = (
            decoded.text.lower() == sentence.lower()
            if encoding == "tcvn3"
            else decoded.text == sentence
        )
        if decoded.encoding != encoding or not same:
            wrong.append((sentence, decoded))
    assert not wrong, wrong[:3]


def test_guesser_on_whole_articles() -> None:
    for text in _seed_texts():
        for encoding, encode in ENCODERS.items():
            decoded = decode(encode(text))
            assert decoded.encoding == encoding
            assert decoded.confidence > 0.95
            if encoding == "tcvn3":
                assert decoded.text.lower() == text.lower()
            else:
                assert decoded.text == text


def test_tcvn3_capitals_are_rebuilt_in_all_caps_words() -> None:
    data = tables.encode_tcvn3("ĐẢNG CỘNG SẢN VIỆT NAM\nHÀ NỘI, ngày 5 tháng 3\nTP. Hồ Chí Minh")
    assert decode_as(data, "tcvn3").text == (
        "ĐẢNG CỘNG SẢN VIỆT NAM\nHÀ NỘI, ngày 5 tháng 3\nTP. Hồ Chí Minh"
    )


def test_viqr_without_escapes_reads_sentence_ends() -> None:
    text = (
        b"Ha` No^.i la` thu? ddo^ cu?a Vie^.t Nam.\nDDa^y la` ca^u ho?i: ai dde^'n?\n"
        b"Chu'ng to^i ddi.\nHo^.i nghi. ho.p ta.i Ha` No^.i\nKe^'t thu'c ho^.i nghi.\n"
    )
    decoded = decode(text)
    assert decoded.encoding == "viqr"
    assert decoded.text == (
        "Hà Nội là thủ đô của Việt Nam.\nĐây là câu hỏi: ai đến?\n"
        "Chúng tôi đi.\nHội nghị họp tại Hà Nội\nKết thúc hội nghị"
    )


def test_viqr_escapes() -> None:
    assert decode_as(b"a\\. b\\? d\\d \\\\", "viqr").text == "a. b? dd \\"


# --- Unicode forms --------------------------------------------------------------------------
SAMPLE = "Bộ Tư pháp tập huấn nghiệp vụ\nNgày 12/10, Đảng ủy Bộ tổ chức Hội nghị."


def test_utf8_with_and_without_bom() -> None:
    decoded = decode(SAMPLE.encode("utf-8"))
    assert decoded == Decoded(SAMPLE, "utf-8") and decoded.confidence == 1.0
    assert decode(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8")).text == SAMPLE


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    decoded = decode(bom + SAMPLE.encode(codec))
    assert (decoded.text, decoded.encoding) == (SAMPLE, "utf-16")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str) -> None:
    decoded = decode(SAMPLE.encode(codec))
    assert (decoded.text, decoded.encoding) == (SAMPLE, "utf-16")
    assert decode_as(SAMPLE.encode(codec), "utf-16").text == SAMPLE


def test_decoded_text_is_normalized() -> None:
    nfd = unicodedata.normalize("NFD", "Việt\u00a0Nam  \r\n\r\n\r\nHà Nội")
    assert decode(nfd.encode("utf-8")).text == "Việt Nam\n\nHà Nội"


def test_plain_english_is_utf8() -> None:
    text = b"The quick brown fox jumps over the lazy dog. Isn't it? Yes, e.g. twice."
    decoded = decode(text)
    assert decoded.encoding == "utf-8"
    assert decoded.text == text.decode()
    assert decoded.confidence < 0.8


def test_western_text_falls_back_to_cp1252() -> None:
    text = "Le café est très apprécié à Paris, où l'on boit du thé glacé."
    decoded = decode(text.encode("cp1252"))
    assert (decoded.encoding, decoded.text) == ("cp1252", text)


def test_legacy_text_saved_as_utf8_is_converted() -> None:
    # A .VnTime document pasted into a Unicode editor: the TCVN3 bytes as cp1252 characters.
    mojibake = "Céng hoµ x· héi chñ nghÜa ViÖt Nam"
    decoded = decode(mojibake.encode("utf-8"))
    assert (decoded.encoding, decoded.text) == ("tcvn3", "Cộng hoà xã hội chủ nghĩa Việt Nam")
    assert decode_as(mojibake.encode("utf-8"), "tcvn3").text == decoded.text
    vni = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"
    assert decode(vni.encode("utf-8")).encoding == "vni"


# --- refusals -------------------------------------------------------------------------------
def test_empty_bytes() -> None:
    with pytest.raises(UndecodableError, match="Tệp rỗng"):
        decode(b"")
    with pytest.raises(UndecodableError, match="Tệp rỗng"):
        decode_as(b"", "utf-8")


def test_whitespace_only_is_empty() -> None:
    with pytest.raises(UndecodableError, match="Tệp rỗng"):
        decode(b" \r\n\t \n")


def test_short_unicode_question_stays_utf8() -> None:
    decoded = decode("Hà Nội?".encode())
    assert decoded == Decoded("Hà Nội?", "utf-8") and decoded.confidence == 1.0


def test_windows_quotes_in_tcvn3_bytes() -> None:
    assert decode_as(b"\x93Vi\xd6t Nam\x94 \x96 \xa7\xb6ng", "tcvn3").text == "“Việt Nam” – Đảng"


def test_random_binary() -> None:
    rng = random.Random(1258)
    data = bytes(rng.randrange(256) for _ in range(4096))
    with pytest.raises(UndecodableError, match="nhị phân"):
        decode(data)


def test_random_high_bytes_without_controls_are_refused() -> None:
    rng = random.Random(5712)
    for _ in range(20):
        data = bytes(rng.randrange(0x80, 0x100) for _ in range(300))
        with pytest.raises(UndecodableError) as caught:
            decode(data)
        assert str(caught.value).startswith("Không nhận ra")


def test_png_header_is_binary() -> None:
    with pytest.raises(UndecodableError, match="nhị phân"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64)))


def test_decode_as_unknown_encoding() -> None:
    with pytest.raises(ValueError, match="unknown encoding"):
        decode_as(b"abc", "koi8-r")


def test_forced_decoding_replaces_bad_bytes() -> None:
    decoded = decode_as(b"Vi\xd6t \xff", "utf-8")
    assert decoded.text == "Vi\ufffdt \ufffd"
    assert decoded.encoding == "utf-8"


def test_decode_as_returns_chosen_encoding_and_confidence() -> None:
    data = tables.encode_vni("Nghị quyết của Bộ Chính trị")
    right, wrong = decode_as(data, "vni"), decode_as(data, "tcvn3")
    assert right == Decoded("Nghị quyết của Bộ Chính trị", "vni") and right.confidence == 1.0
    assert wrong.encoding == "tcvn3" and wrong.confidence < 0.7


def test_encodings_menu() -> None:
    assert {"utf-8", "utf-16", "cp1258", "tcvn3", "vni", "viqr"} <= set(ENCODINGS)
    assert all(isinstance(label, str) and label for label in ENCODINGS.values())


# --- fonts and .docx runs -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("font", "encoding"),
    [
        (".VnTime", "tcvn3"),
        (".VnTimeH", "tcvn3"),
        (".VnArial", "tcvn3"),
        ("VNI-Times", "vni"),
        ("VNI-Helve", "vni"),
        ("Times New Roman", None),
        ("Arial", None),
        ("VNtimes new roman", None),
    ],
)
def test_encoding_for_font(font: str, encoding: str | None) -> None:
    assert encoding_for_font(font) == encoding


def test_caps_fonts() -> None:
    assert is_caps_font(".VnTimeH") and is_caps_font(".VnArialH")
    assert not is_caps_font(".VnTime") and not is_caps_font("VNI-Times")


def test_convert_legacy_docx_runs() -> None:
    assert convert_legacy("§¶ng bé ", "tcvn3") == "Đảng bộ "  # spaces kept for joining runs
    assert convert_legacy("\u201cViÖt Nam\u201d", "tcvn3") == "\u201cViệt Nam\u201d"
    assert convert_legacy("b¸o c¸o", "tcvn3", all_caps=True) == "BÁO CÁO"
    assert convert_legacy("Vieät Nam", "vni") == "Việt Nam"
    assert convert_legacy("\uf056\uf069\uf0d6\uf074", "tcvn3") == "Việt"  # symbol-font PUA
    with pytest.raises(ValueError):
        convert_legacy("abc", "utf-8")


# --- the syllable validator -----------------------------------------------------------------
@pytest.mark.parametrize(
    "word",
    [
        "Việt", "Nam", "Đảng", "nghị", "quyết", "người", "khuỷu", "giữa", "gì", "giếng",
        "nghiêng", "quỳnh", "huyện", "thuở", "hoà", "hòa", "ủy", "uỷ", "xoong", "được",
        "TRƯỜNG", "kỹ", "yêu", "oanh", "thoắt", "khuya", "ươn", "gỉ",
    ],
)  # fmt: skip
def test_valid_syllables(word: str) -> None:
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize(
    "word",
    [
        "", "ng", "tap", "truong", "ViÖt", "cé", "kan", "ghan", "ngo\u0301\u0300", "quu",
        "the quick", "Internet", "vn", "bát\u0303", "nhạn\u0301",
    ],
)  # fmt: skip
def test_invalid_syllables(word: str) -> None:
    assert not is_vietnamese_syllable(word)


def test_stop_codas_take_only_acute_or_dot() -> None:
    assert is_vietnamese_syllable("các") and is_vietnamese_syllable("lịch")
    assert not is_vietnamese_syllable("càc") and not is_vietnamese_syllable("lĩch")


def test_large_file_is_guessed_from_a_sample_and_decoded_whole() -> None:
    text = "\n\n".join(_seed_texts() * 8)
    assert len(text) > 150_000
    decoded = decode(tables.encode_vni(text))
    assert (decoded.encoding, decoded.text) == ("vni", text)
    assert decode(tables.encode_viqr(text).encode("utf-8")).text == text


def test_forced_viqr_accepts_utf8_quotes() -> None:
    assert decode_as("“Vie^.t Nam”".encode(), "viqr").text == "“Việt Nam”"


# --- speed ----------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8", "cp1258", "tcvn3", "vni", "viqr"])
def test_ten_kilobyte_article_is_fast(encoding: str) -> None:
    text = "\n".join(_seed_texts())[:10_000]
    data = text.encode("utf-8") if encoding == "utf-8" else ENCODERS[encoding](text)
    decode(data)  # warm the syllable cache as a running importer would have
    started = time.perf_counter()
    for _ in range(5):
        assert decode(data).encoding == encoding
    assert (time.perf_counter() - started) / 5 < 0.05
