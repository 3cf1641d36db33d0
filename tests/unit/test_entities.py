"""Per-pattern tests of the rule-based entity extractor, on sentences written for the purpose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.dates import PartialDate
from desktop.core.entities import Found, Gazetteer, extract_entities, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def kinds(text: str, gaz: Gazetteer, kind: str) -> list[Found]:
    return [f for f in extract_entities(text, gaz) if f.kind == kind]


def people(text: str, gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for f in kinds(text, gaz, "person"):
        out.setdefault(f.name, f.titles)
    return out


def names(text: str, gaz: Gazetteer, kind: str) -> list[str]:
    return [f.name for f in kinds(text, gaz, kind)]


# --- people and titles -------------------------------------------------------------------


def test_comrade_with_appositive_titles(gaz: Gazetteer) -> None:
    text = "Dự có đồng chí Lê Văn Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Nam."
    assert people(text, gaz) == {
        "Lê Văn Hùng": ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Quảng Nam")
    }


def test_title_before_name(gaz: Gazetteer) -> None:
    text = "Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên chủ trì cuộc họp."
    assert people(text, gaz) == {"Đỗ Xuân Tuyên": ("Thứ trưởng Bộ Y tế",)}


def test_chain_of_titles_before_name(gaz: Gazetteer) -> None:
    text = "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Trần Thanh Mẫn phát biểu."
    assert people(text, gaz) == {
        "Trần Thanh Mẫn": ("Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội")
    }


@pytest.mark.parametrize(
    "rank", ["Thiếu úy", "Trung úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá", "Đại tá",
             "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng"],
)
def test_military_and_police_ranks(gaz: Gazetteer, rank: str) -> None:
    text = f"{rank} Phạm Văn Sơn - Phó Giám đốc Công an tỉnh Nghệ An cho biết."
    assert people(text, gaz) == {"Phạm Văn Sơn": (rank, "Phó Giám đốc Công an tỉnh Nghệ An")}


@pytest.mark.parametrize(
    ("written", "title"),
    [("GS.TS", "GS.TS"), ("PGS.TS.", "PGS.TS"), ("PGS,TS", "PGS,TS"), ("TS.", "TS"),
     ("ThS", "ThS"), ("NGND", "NGND"), ("NSƯT", "NSƯT")],
)
def test_academic_titles_and_honours(gaz: Gazetteer, written: str, title: str) -> None:
    text = f"Theo {written} Hoàng Minh Châu, vấn đề cần được nghiên cứu thêm."
    assert people(text, gaz) == {"Hoàng Minh Châu": (title,)}


def test_former_title_keeps_its_word_and_sets_the_flag(gaz: Gazetteer) -> None:
    text = "Ông Vũ Đức Đam, nguyên Phó Thủ tướng Chính phủ, đã tới dự."
    [person] = kinds(text, gaz, "person")
    assert person.titles == ("nguyên Phó Thủ tướng Chính phủ",)
    assert person.former
    current = kinds("Ông Vũ Đức Đam, Phó Thủ tướng Chính phủ, đã tới dự.", gaz, "person")
    assert not current[0].former


def test_title_after_dash(gaz: Gazetteer) -> None:
    assert people("Trung tá Lương Quốc Bảo - Trưởng phòng 5 trình bày.", gaz) == {
        "Lương Quốc Bảo": ("Trung tá", "Trưởng phòng 5")
    }


def test_title_that_leads_into_next_name_is_not_taken_by_previous(gaz: Gazetteer) -> None:
    text = "Có ông Trần Văn Nam, Chủ tịch HĐND tỉnh, Giám đốc Sở Y tế Ngô Thị Lan tham dự."
    result = people(text, gaz)
    assert result["Trần Văn Nam"] == ("Chủ tịch HĐND tỉnh",)
    assert result["Ngô Thị Lan"] == ("Giám đốc Sở Y tế",)


def test_comma_apposition_that_is_an_organization_is_not_a_title(gaz: Gazetteer) -> None:
    text = "đồng chí Lý Thị Hoa, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Tài chính, trình bày."
    assert people(text, gaz) == {"Lý Thị Hoa": ("Vụ trưởng Vụ Tổ chức cán bộ",)}


def test_offsets_point_at_the_name(gaz: Gazetteer) -> None:
    text = "Sáng nay, Bộ trưởng Nguyễn Chí Dũng làm việc."
    [person] = kinds(text, gaz, "person")
    assert text[person.start : person.end] == person.surface == "Nguyễn Chí Dũng"


def test_name_without_title_needs_a_surname(gaz: Gazetteer) -> None:
    assert names("Trong buổi làm việc, Phan Văn Giang nhấn mạnh.", gaz, "person") == [
        "Phan Văn Giang"
    ]
    assert names("Trong buổi làm việc, Kim Tuyến nhấn mạnh.", gaz, "person") == []


def test_tone_placement_variants_give_one_name(gaz: Gazetteer) -> None:
    found = names("Ông Lê Thuỵ Anh và ông Lê Thụy Anh là một.", gaz, "person")
    assert found == ["Lê Thụy Anh", "Lê Thụy Anh"]


def test_byline_is_not_a_person(gaz: Gazetteer) -> None:
    text = "Bộ trưởng Lê Minh Hoan dự hội nghị.\n\nTrần Thu Hà"
    assert names(text, gaz, "person") == ["Lê Minh Hoan"]


# --- places --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "place", ["Hà Nội", "Hà Lan", "Bồ Đào Nha", "Lâm Đồng", "Cao Bằng", "Hoàng Mai",
              "Phan Thiết", "Điện Biên Phủ", "Hà Tĩnh", "Đài Loan"],
)
def test_places_that_start_with_a_surname_are_not_people(gaz: Gazetteer, place: str) -> None:
    text = f"Đoàn công tác đã đến {place} vào tuần trước."
    assert names(text, gaz, "person") == []
    assert names(text, gaz, "place") == [place]


def test_place_inside_a_name_stays_a_name(gaz: Gazetteer) -> None:
    text = "Ông Nguyễn Hà Nam và Phạm Hòa Bình đã đến."
    assert names(text, gaz, "person") == ["Nguyễn Hà Nam", "Phạm Hòa Bình"]
    assert names(text, gaz, "place") == []


def test_city_name_needs_its_prefix_to_be_a_place(gaz: Gazetteer) -> None:
    text = "Tại TP. Hồ Chí Minh, người dân học tập tư tưởng Hồ Chí Minh."
    assert names(text, gaz, "place") == ["Thành phố Hồ Chí Minh"]
    assert names(text, gaz, "person") == ["Hồ Chí Minh"]


def test_after_admin_noun_an_unknown_run_is_a_place_not_a_person(gaz: Gazetteer) -> None:
    text = "Người dân xã Lê Lợi, huyện Gia Lâm đón đoàn."
    assert names(text, gaz, "place") == ["Lê Lợi", "Gia Lâm"]
    assert names(text, gaz, "person") == []


def test_street_named_after_a_person_is_not_a_person(gaz: Gazetteer) -> None:
    assert names("Trụ sở ở số 12 đường Lê Duẩn.", gaz, "person") == []


# --- organizations -------------------------------------------------------------------------


def test_long_and_short_forms_are_one_organization(gaz: Gazetteer) -> None:
    text = (
        "Tại Bộ Văn hóa, Thể thao và Du lịch (VHTTDL), Đảng ủy Bộ VHTTDL tổ chức hội nghị. "
        "Bộ VHTTDL cho biết."
    )
    found = kinds(text, gaz, "organization")
    ministry = [f for f in found if f.surface in ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ VHTTDL")]
    assert {f.name for f in ministry} == {"Bộ Văn hóa, Thể thao và Du lịch"}
    assert len(ministry) == 3
    assert "Đảng ủy Bộ Văn hóa, Thể thao và Du lịch" in {f.name for f in found}


def test_tone_variants_are_one_organization(gaz: Gazetteer) -> None:
    a = names("Uỷ ban Kiểm tra Tỉnh ủy họp.", gaz, "organization")
    b = names("Ủy ban Kiểm tra Tỉnh uỷ họp.", gaz, "organization")
    assert a == b
    assert "Ủy ban Kiểm tra Tỉnh ủy" in a


def test_organization_stops_at_verb_and_comma(gaz: Gazetteer) -> None:
    found = kinds("Bộ Tư pháp tổ chức hội nghị, Bộ Nội vụ, Bộ Công an cùng dự.", gaz,
                  "organization")
    assert [f.surface for f in found] == ["Bộ Tư pháp", "Bộ Nội vụ", "Bộ Công an"]


def test_nested_organizations_are_both_found(gaz: Gazetteer) -> None:
    found = names("Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương họp.", gaz, "organization")
    assert found == [
        "Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương",
        "Đảng ủy Khối các cơ quan Trung ương",
    ]


def test_code_short_form_joins_long_form(gaz: Gazetteer) -> None:
    text = "Cục An ninh chính trị nội bộ A03 phối hợp. Đại diện Cục A03 phát biểu."
    assert set(names(text, gaz, "organization")) == {"Cục An ninh chính trị nội bộ A03"}


def test_abbreviations_expand_in_canonical_name(gaz: Gazetteer) -> None:
    found = kinds("UBND tỉnh Bắc Ninh ban hành kế hoạch.", gaz, "organization")
    assert [(f.surface, f.name) for f in found] == [
        ("UBND tỉnh Bắc Ninh", "Ủy ban nhân dân tỉnh Bắc Ninh")
    ]


def test_bare_ministry_reference_resolves_to_the_article_ministry(gaz: Gazetteer) -> None:
    text = "Bộ Y tế họp. Văn phòng Bộ và Thanh tra Bộ báo cáo."
    assert names(text, gaz, "organization") == [
        "Bộ Y tế", "Văn phòng Bộ Y tế", "Thanh tra Bộ Y tế"
    ]


def test_a_count_of_committees_is_not_an_organization(gaz: Gazetteer) -> None:
    assert names("Hội nghị kết nối tới 61 Đảng bộ trực thuộc.", gaz, "organization") == []


def test_meeting_and_reporter_words_are_not_organizations(gaz: Gazetteer) -> None:
    text = "Hội nghị nghe Báo cáo viên trình bày về Bộ phận một cửa."
    assert names(text, gaz, "organization") == []


# --- documents ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nghị quyết số 35-NQ/TW của Bộ Chính trị", "Nghị quyết 35-NQ/TW"),
        ("thực hiện Kế hoạch số 55-KH/ĐU", "Kế hoạch 55-KH/ĐU"),
        ("theo Báo cáo số 12-BC/BCĐ35", "Báo cáo 12-BC/BCĐ35"),
        ("Quy chế số 05-QC/BTCTU-BDVTU", "Quy chế 05-QC/BTCTU-BDVTU"),
        ("Nghị quyết số 35- NQ/TW", "Nghị quyết 35-NQ/TW"),
        ("Nghị định số 30/2020/NĐ-CP về công tác văn thư", "Nghị định 30/2020/NĐ-CP"),
        ("Quyết định 439/QĐ-TTg của Thủ tướng", "Quyết định 439/QĐ-TTg"),
        ("Công văn số 708/BTTTT-KHTC", "Công văn 708/BTTTT-KHTC"),
        ("Thông tư 01/2011/TT-BNV", "Thông tư 01/2011/TT-BNV"),
        ("Luật số 24/2018/QH14", "Luật 24/2018/QH14"),
        ("Quy định số 85 của Ban Bí thư", "Quy định 85"),
        ("Chỉ thị 05-CT/TW", "Chỉ thị 05-CT/TW"),
    ],
)
def test_document_references(gaz: Gazetteer, text: str, name: str) -> None:
    assert names(text, gaz, "document") == [name]


def test_party_qd_takes_the_written_word(gaz: Gazetteer) -> None:
    text = "Quy định số 105-QĐ/TW được ban hành. Theo 105-QĐ/TW, cấp ủy phân cấp."
    assert names(text, gaz, "document") == ["Quy định 105-QĐ/TW", "Quy định 105-QĐ/TW"]


def test_bare_number_joins_the_coded_document(gaz: Gazetteer) -> None:
    text = "Bộ Chính trị ban hành Nghị quyết số 35-NQ/TW. Nghị quyết 35 quán triệt quan điểm."
    found = kinds(text, gaz, "document")
    assert [(f.surface, f.name) for f in found] == [
        ("Nghị quyết số 35-NQ/TW", "Nghị quyết 35-NQ/TW"),
        ("Nghị quyết 35", "Nghị quyết 35-NQ/TW"),
    ]


def test_issue_date_after_the_number(gaz: Gazetteer) -> None:
    text = "Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị"
    [doc] = kinds(text, gaz, "document")
    assert doc.issued == PartialDate(2018, 10, 22)
    spelled = kinds("Kế hoạch số 55-KH/ĐU ngày 13 tháng 3 năm 2023", gaz, "document")
    assert spelled[0].issued == PartialDate(2023, 3, 13)


def test_dates_are_never_documents(gaz: Gazetteer) -> None:
    text = "Kỷ niệm 17 năm (11/4/2007 - 11/4/2024), ngày 30/04/1975, quý I/2024."
    assert names(text, gaz, "document") == []


def test_number_that_counts_is_no_document(gaz: Gazetteer) -> None:
    assert names("Kế hoạch 5 năm và Chương trình 2 nội dung.", gaz, "document") == []
    assert names("các nghị quyết, chỉ thị, kết luận có liên quan", gaz, "document") == []


def test_document_code_is_not_an_organization(gaz: Gazetteer) -> None:
    assert names("theo Hướng dẫn số 36-HD/VPTW", gaz, "organization") == []


# --- gazetteer ----------------------------------------------------------------------------


def test_provinces_before_and_after_the_2025_merger(gaz: Gazetteer) -> None:
    provinces = gaz.raw["provinces.json"]
    after = provinces["from_2025_07_01"]
    assert len(after) == 34
    assert all(p["valid_from"] == "2025-07-01" for p in after)
    merged = {old for p in after for old in p.get("merged_from", [p["name"]])}
    assert len(merged) == 63
    ninh_binh = next(p for p in after if p["name"] == "Ninh Bình")
    assert set(ninh_binh["merged_from"]) == {"Ninh Bình", "Hà Nam", "Nam Định"}


def test_user_folder_extends_the_gazetteer(tmp_path: Path) -> None:
    (tmp_path / "surnames.txt").write_text("Kpă\n", encoding="utf-8")
    (tmp_path / "places.json").write_text(
        json.dumps({"major_places": ["Hòn Khoai"]}, ensure_ascii=False), encoding="utf-8"
    )
    extended = load_gazetteer(tmp_path)
    text = "Ông Kpă Thuyên đến Hòn Khoai."
    assert names(text, extended, "person") == ["Kpă Thuyên"]
    assert names(text, extended, "place") == ["Hòn Khoai"]
    plain = load_gazetteer()
    assert names(text, plain, "place") == []


# --- found while probing realistic sentences --------------------------------------------


def test_foreign_leader_after_a_country(gaz: Gazetteer) -> None:
    text = "Tổng Bí thư gặp Tổng thống Mỹ Joe Biden. Tổng thống Pháp Emmanuel Macron phát biểu."
    assert people(text, gaz) == {
        "Joe Biden": ("Tổng thống Mỹ",),
        "Emmanuel Macron": ("Tổng thống Pháp",),
    }
    assert names(text, gaz, "place") == ["Mỹ", "Pháp"]


def test_one_syllable_country_inside_a_name_is_not_a_place(gaz: Gazetteer) -> None:
    text = "Anh Nguyễn Đức Anh và chị Lê Thị Pháp gặp Đức Lam."
    assert names(text, gaz, "place") == []


def test_religious_title_takes_the_dharma_name(gaz: Gazetteer) -> None:
    text = "Hòa thượng Thích Thiện Nhơn, Chủ tịch Hội đồng Trị sự, phát biểu."
    assert people(text, gaz) == {"Thích Thiện Nhơn": ("Hòa thượng", "Chủ tịch Hội đồng Trị sự")}


@pytest.mark.parametrize(
    "line",
    ["HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2023", "Hội Nghị Tổng Kết Công Tác Tuyên Giáo Năm 2023"],
)
def test_headlines_in_capitals_or_title_case_give_no_organizations(
    gaz: Gazetteer, line: str
) -> None:
    assert names(line + "\nNội dung.", gaz, "organization") == []


def test_head_word_inside_a_compound_does_not_cut_the_name(gaz: Gazetteer) -> None:
    assert names("Cục Báo chí phối hợp với Viện Hàn lâm.", gaz, "organization") == [
        "Cục Báo chí", "Viện Hàn lâm"
    ]


def test_place_in_an_organization_uses_its_canonical_name(gaz: Gazetteer) -> None:
    found = kinds("Chủ tịch UBND TP.HCM Phan Văn Mãi phát biểu.", gaz, "organization")
    assert [f.name for f in found] == ["Ủy ban nhân dân Thành phố Hồ Chí Minh"]
    assert people("Chủ tịch UBND TP.HCM Phan Văn Mãi phát biểu.", gaz) == {
        "Phan Văn Mãi": ("Chủ tịch UBND TP.HCM",)
    }


def test_no_organization_inside_a_place(gaz: Gazetteer) -> None:
    assert names("Đoàn công tác thăm Tây Ban Nha.", gaz, "organization") == []


def test_country_in_a_known_organization_name_is_not_a_place(gaz: Gazetteer) -> None:
    text = "Mặt trận Tổ quốc Việt Nam phối hợp. Nhân dân Việt Nam đồng lòng."
    assert names(text, gaz, "organization") == ["Mặt trận Tổ quốc Việt Nam"]
    assert len(names(text, gaz, "place")) == 1


def test_standing_deputy_is_a_title_not_an_organization(gaz: Gazetteer) -> None:
    text = "Thứ trưởng Thường trực Bộ Ngoại giao Nguyễn Minh Vũ phát biểu."
    assert people(text, gaz) == {"Nguyễn Minh Vũ": ("Thứ trưởng Thường trực Bộ Ngoại giao",)}
    assert names(text, gaz, "organization") == ["Bộ Ngoại giao"]


def test_issue_date_with_dashes_and_state_number(gaz: Gazetteer) -> None:
    [doc] = kinds("Theo Quyết định số 123/QĐ-UBND ngày 5-3-2024 của UBND tỉnh.", gaz, "document")
    assert (doc.name, doc.issued) == ("Quyết định 123/QĐ-UBND", PartialDate(2024, 3, 5))


def test_merged_party_board_with_province_committee(gaz: Gazetteer) -> None:
    found = names("Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị.", gaz,
                  "organization")
    assert found == ["Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Hóa", "Tỉnh ủy Thanh Hóa"]


def test_tokens_sit_on_their_text_with_kinds_and_keys() -> None:
    from desktop.core.entity_base import tokenize

    text = "  Ủy ban\tBCĐ35 – số 35-NQ/TW,\n²x _a  Hoà  \n "
    tokens = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [(t.text, t.kind) for t in tokens[:4]] == [
        ("Ủy", "w"), ("ban", "w"), ("BCĐ", "w"), ("35", "n"),
    ]
    assert [t.key for t in tokens if t.kind == "p"][0] == "-"
    assert tokens[0].cap and not tokens[0].caps and tokens[2].caps
    assert [t.nl for t in tokens].count(True) == 1
    assert tokenize("Hoà")[0].key == tokenize("hòa")[0].key
