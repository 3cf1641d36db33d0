"""The metadata extractor: the five seeds against their gold annotations, then one rule at
a time on small realistic articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.bylines import parse_byline
from desktop.core.datelines import read_date_line
from desktop.core.dates import PartialDate
from desktop.core.metadata import FormatHints, Metadata, extract
from desktop.core.outlets import load_outlets, outlet_for_host, outlet_from_dateline
from desktop.core.text import normalize

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
GOLD = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))["articles"]

LEAD = (
    "Sáng 15/01/2024, tại Hà Nội, Ban Tuyên giáo Trung ương tổ chức Hội nghị báo cáo viên "
    "tháng 1 năm 2024 với sự tham dự của đại biểu các ban, bộ, ngành, đoàn thể Trung ương."
)
PARAGRAPH = (
    "Phát biểu tại Hội nghị, đồng chí Trưởng ban nhấn mạnh yêu cầu nâng cao chất lượng "
    "công tác tuyên truyền, bám sát thực tiễn, kịp thời định hướng dư luận xã hội trước "
    "những vấn đề mới nảy sinh, góp phần tạo đồng thuận trong cán bộ, đảng viên và nhân dân."
)


def seed(name: str) -> Metadata:
    return extract(normalize((SEEDS / name).read_text(encoding="utf-8")))


def article(*lines: str, hints: FormatHints | None = None) -> Metadata:
    return extract(normalize("\n\n".join(lines)), hints)


# --- the seeds --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(GOLD))
def test_seed_matches_gold(name: str) -> None:
    gold = GOLD[name]["metadata"]
    meta = seed(name)
    assert meta.title == gold["title"]
    if gold["published"] is None:
        assert meta.published is None
    else:
        assert meta.published is not None
        assert meta.published.iso() == gold["published"]
        assert meta.published.precision == gold["published_precision"]
    assert (meta.event_date.iso() if meta.event_date else None) == gold["event_date"]
    assert meta.outlet == gold["outlet"]
    assert meta.category == gold["category"]
    assert list(meta.authors) == gold["authors"]


def test_seed_yearless_event_date_has_its_precision() -> None:
    meta = seed("002_dde4276bce861df2.txt")
    assert meta.event_date is not None and meta.event_date.precision == "day_no_year"


@pytest.mark.parametrize("name", sorted(GOLD))
def test_seed_body_is_free_of_page_furniture(name: str) -> None:
    meta = seed(name)
    paragraphs = meta.body.split("\n\n")
    assert meta.lead == paragraphs[0]
    assert meta.title not in paragraphs
    assert not set(paragraphs) & set(meta.captions)
    for junk in ("Đường dây nóng", "Liên hệ quảng cáo", "NỔI BẬT", "Bình luận", "- Ảnh 1."):
        assert junk not in meta.body
    assert not any(p.isascii() and p.islower() for p in paragraphs)  # alt-text residue
    assert all(p not in meta.authors for p in paragraphs)


def test_seed_captions_are_kept_apart() -> None:
    assert seed("003_6a53403fca0c16cd.txt").captions == ("Toàn cảnh Hội nghị",)
    captions = seed("001_117de0215a2627fd.txt").captions
    assert captions[0].startswith("Bí thư Ban cán sự đảng, Bộ trưởng")
    assert len(seed("000_00fabf4e066a3fd8.txt").captions) == 4
    assert seed("002_dde4276bce861df2.txt").captions[0] == "Quang cảnh hội nghị bồi dưỡng."


def test_seed_keeps_subheading_and_last_paragraph_in_body() -> None:
    assert "Để công tác bảo vệ nền tảng của Đảng ngày càng tốt hơn" in seed(
        "002_dde4276bce861df2.txt"
    ).body.split("\n\n")
    body = seed("004_33befbcc48f5f73f.txt").body
    assert body.endswith("trong sạch, vững mạnh.")


def test_seed_outlet_from_newsroom_email_without_dateline() -> None:
    text = (SEEDS / "003_6a53403fca0c16cd.txt").read_text(encoding="utf-8")
    meta = extract(normalize(text.replace("(Tổ Quốc) - ", "")))
    assert meta.outlet == "Tổ Quốc"


# --- title and boilerplate --------------------------------------------------------------------


def test_title_skips_hotline_header_and_menu() -> None:
    meta = article(
        "• Hotline: 0912 345 678",
        "Đăng nhập",
        "Trang chủ > Chính trị",
        "Tiêu đề bài báo về hội nghị",
        "12/10/2023",
        LEAD,
    )
    assert meta.title == "Tiêu đề bài báo về hội nghị"
    assert meta.category == "Chính trị"


def test_sentence_with_contact_number_stays_in_body() -> None:
    line = "Mọi ý kiến đóng góp xin gửi về số điện thoại 0912.345.678 của Ban tổ chức."
    assert line in article("Tiêu đề", LEAD, line, "Thu Nga").body


def test_share_and_keyword_lines_are_dropped() -> None:
    meta = article("Tiêu đề", "Chia sẻ Facebook Zalo", LEAD, "In bài | Email", "Từ khóa: a, b")
    assert meta.body == LEAD


def test_alt_residue_only_in_vietnamese_text() -> None:
    meta = article("Tiêu đề", LEAD, "hoi nghi bao cao vien", PARAGRAPH)
    assert "hoi nghi bao cao vien" not in meta.body
    english = extract(
        "Conference opens\n\nThe meeting began on Monday with many delegates.\n\n"
        "more details follow"
    )
    assert "more details follow" in english.body


def test_related_list_after_footer_is_cut() -> None:
    meta = article(
        "Tiêu đề",
        LEAD,
        PARAGRAPH,
        "Minh Anh",
        "Tin liên quan",
        "Hội nghị báo cáo viên tháng 12",
        "Triển khai Nghị quyết 35 ở cơ sở",
    )
    assert meta.authors == ("Minh Anh",)
    assert "Triển khai" not in meta.body


def test_inline_related_box_keeps_the_rest_of_the_article() -> None:
    meta = article("Tiêu đề", LEAD, "Tin liên quan", "Bài cũ", PARAGRAPH, "Minh Anh")
    assert PARAGRAPH in meta.body and "Tin liên quan" not in meta.body


def test_title_repeat_and_image_alt_are_dropped() -> None:
    meta = article("Tiêu đề bài", LEAD, "Tiêu đề bài", "Tiêu đề bài - Ảnh 1.", PARAGRAPH)
    assert meta.body == f"{LEAD}\n\n{PARAGRAPH}"
    assert meta.captions == ()


# --- captions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Toàn cảnh Hội nghị",
        "Quang cảnh hội nghị bồi dưỡng.",
        "Các đại biểu tham dự Hội nghị tại điểm cầu tỉnh Nghệ An",
        "Đồng chí Nguyễn Văn A, Phó Bí thư Tỉnh ủy phát biểu tại Hội nghị",
        "Bộ trưởng Nguyễn Văn B trao Bằng khen cho các tập thể.",
        "Thiếu tướng Trần Văn C kiểm tra công tác sẵn sàng chiến đấu",
        "Lực lượng chức năng kiểm tra hiện trường. (Ảnh: TTXVN)",
        "Ảnh minh họa",
    ],
)
def test_caption_lines_go_to_captions(caption: str) -> None:
    meta = article("Tiêu đề", LEAD, caption, PARAGRAPH)
    assert meta.captions == (caption,)
    assert caption not in meta.body


@pytest.mark.parametrize(
    "line",
    [
        "Những kết quả nổi bật trong năm 2023",  # a subheading
        "Đồng chí Nguyễn Văn A cho rằng cần đổi mới. Việc này phải làm ngay.",
        "Đồng chí Nguyễn Văn A: Cần đổi mới phương thức tuyên truyền",
        "Các đại biểu đã thảo luận; nhiều ý kiến tâm huyết được nêu ra.",
        PARAGRAPH,
    ],
)
def test_text_lines_are_not_captions(line: str) -> None:
    meta = article("Tiêu đề", LEAD, line, "Thu Nga")
    assert meta.captions == ()
    assert line in meta.body.split("\n\n")


def test_line_after_image_alt_is_a_caption() -> None:
    meta = article("Tiêu đề", LEAD, "bo truong", "Bộ trưởng Trần Tuấn Anh", PARAGRAPH)
    assert meta.captions == ("Bộ trưởng Trần Tuấn Anh",)


def test_alt_line_with_its_own_text_keeps_it_as_caption() -> None:
    meta = article("Tiêu đề", LEAD, "Lễ ra quân năm 2024 - Ảnh 2.", PARAGRAPH)
    assert meta.captions == ("Lễ ra quân năm 2024",)


# --- publication dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso", "category"),
    [
        ("Thứ Hai, 15/01/2024 08:30 (GMT+7)", "2024-01-15T08:30", None),
        ("15/01/2024 | 08:30", "2024-01-15T08:30", None),
        ("Ngày đăng: 10/04/2024 - 16:04", "2024-04-10T16:04", None),
        ("Thời sự 31/03/2023 20:40", "2023-03-31T20:40", "Thời sự"),
        ("Quốc phòng - An ninh | 15/01/2024", "2024-01-15", "Quốc phòng - An ninh"),
        ("Đăng lúc 08:30, 15/01/2024", "2024-01-15T08:30", None),
        ("Hà Nội, ngày 05 tháng 3 năm 2024", "2024-03-05", None),
    ],
)
def test_date_line_shapes(line: str, iso: str, category: str | None) -> None:
    meta = article("Tiêu đề", line, LEAD)
    assert meta.published is not None and meta.published.iso() == iso
    assert meta.category == category
    assert meta.authors == ()
    assert line not in meta.body


def test_date_line_above_title() -> None:
    meta = article("Thời sự", "Thứ Hai, 15/01/2024, 08:30 (GMT+7)", "Tiêu đề bài", LEAD)
    assert meta.title == "Tiêu đề bài"
    assert meta.category == "Thời sự"
    assert meta.published == PartialDate(2024, 1, 15, 8, 30)


def test_publication_date_beats_update_time() -> None:
    meta = article("Tiêu đề", "Cập nhật: 16/01/2024 09:00", "Ngày đăng: 15/01/2024 08:30", LEAD)
    assert meta.published == PartialDate(2024, 1, 15, 8, 30)
    only_update = article("Tiêu đề", "Cập nhật: 16/01/2024 09:00", LEAD)
    assert only_update.published == PartialDate(2024, 1, 16, 9, 0)


def test_date_line_with_author() -> None:
    meta = article("Tiêu đề", "Thu Nga | 12/10/2023 08:30", LEAD, PARAGRAPH)
    assert meta.authors == ("Thu Nga",)
    assert meta.published == PartialDate(2023, 10, 12, 8, 30)
    assert meta.category is None


def test_no_publication_date_from_history_or_documents() -> None:
    meta = article(
        "Kỷ niệm 17 năm thành lập",
        "(11/4/2007 - 11/4/2024)",
        "Kế hoạch số 55-KH/ĐU ngày 13/3/2023",
        "Nhân kỷ niệm 17 năm ngày thành lập (11/4/2007 - 11/4/2024), Đảng bộ tổ chức gặp mặt "
        "các thế hệ cán bộ qua các thời kỳ, ôn lại truyền thống vẻ vang.",
    )
    assert meta.published is None
    assert meta.event_date is None


def test_dates_in_the_body_are_not_publication_dates() -> None:
    meta = article("Tiêu đề", LEAD, "Ngày 22/10/2018, Bộ Chính trị ban hành Nghị quyết 35.")
    assert meta.published is None


# --- event dates ------------------------------------------------------------------------------


def test_event_date_year_from_publication() -> None:
    meta = article(
        "Tiêu đề",
        "12/10/2023",
        "Ngày 12/10, Ban cán sự đảng tổ chức hội nghị "
        "tập huấn nghiệp vụ cho cán bộ, đảng viên trong toàn Bộ.",
    )
    assert meta.event_date == PartialDate(2023, 10, 12)


def test_event_date_stays_yearless_without_a_safe_reference() -> None:
    lead = "Chiều 20/6, đoàn công tác của tỉnh đã đến thăm và làm việc với lãnh đạo huyện."
    assert article("Tiêu đề", lead).event_date == PartialDate(None, 6, 20)
    far = article("Tiêu đề", "15/01/2024", lead)
    assert far.event_date == PartialDate(None, 6, 20)


def test_event_date_skips_document_dates_and_ranges() -> None:
    lead = (
        "Thực hiện Kế hoạch số 55-KH/ĐU ngày 13/3/2023 của Đảng ủy, nhân dịp kỷ niệm "
        "(30/04/1975 - 30/4/2024), chiều 25/4, Đảng ủy Bộ tổ chức hội nghị chuyên đề."
    )
    meta = article("Tiêu đề", "Ngày đăng: 26/04/2024 - 10:00", lead)
    assert meta.event_date == PartialDate(2024, 4, 25)


def test_event_date_is_to_the_day() -> None:
    lead = "Lúc 8h30 ngày 15/01/2024, tại Hà Nội, Ban Tuyên giáo Trung ương tổ chức hội nghị."
    assert article("Tiêu đề", lead).event_date == PartialDate(2024, 1, 15)


# --- bylines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Thu Nga", ("Thu Nga",)),
        ("PV", ("PV",)),
        ("Xuân Trường- Đức Lam", ("Xuân Trường", "Đức Lam")),
        ("Nguyễn Văn A - Trần Thị B", ("Nguyễn Văn A", "Trần Thị B")),
        ("Hoàng Hà, Minh Phương và Thu Trang", ("Hoàng Hà", "Minh Phương", "Thu Trang")),
        ("Theo TTXVN", ("TTXVN",)),
        ("Nguồn: Báo Nhân Dân", ("Báo Nhân Dân",)),
        ("Minh Anh (tổng hợp)", ("Minh Anh",)),
        ("Hồng Điệp (TTXVN)", ("Hồng Điệp",)),
        ("Bài và ảnh: Thu Nga", ("Thu Nga",)),
        ("Ban Chỉ đạo 35 Bộ Công Thương", ("Ban Chỉ đạo 35 Bộ Công Thương",)),
        ("Ủy ban nhân dân tỉnh Nghệ An", ("Ủy ban nhân dân tỉnh Nghệ An",)),
        ("THU NGA", ("THU NGA",)),
    ],
)
def test_byline_shapes(line: str, authors: tuple[str, ...]) -> None:
    assert parse_byline(line) == authors
    meta = article("Tiêu đề", LEAD, PARAGRAPH, line, "Bình luận")
    assert meta.authors == authors
    assert line not in meta.body


@pytest.mark.parametrize(
    "line",
    [
        "Hội nghị kết thúc",
        "Để công tác bảo vệ nền tảng của Đảng ngày càng tốt hơn",
        "Hết",
        "Đồng chí đề nghị các cấp ủy tiếp tục quán triệt. Thực hiện tốt nhiệm vụ.",
        PARAGRAPH,
    ],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None
    assert article("Tiêu đề", LEAD, line).authors == ()


def test_byline_under_the_title() -> None:
    meta = article("Tiêu đề", "12/10/2023", "Minh Anh", LEAD, PARAGRAPH)
    assert meta.authors == ("Minh Anh",)
    assert meta.lead == LEAD


# --- outlets ----------------------------------------------------------------------------------


def test_dateline_names_the_outlet() -> None:
    table = load_outlets()
    assert outlet_from_dateline("(Tổ Quốc) - Chiều 31/3, tại trụ sở", table) == "Tổ Quốc"
    assert outlet_from_dateline("(Chinhphu.vn) - Sáng nay", table) == "Báo Chính phủ"
    assert outlet_from_dateline("(TTXVN/Vietnam+) - Ngày 5/3", table) == "VietnamPlus"
    assert outlet_from_dateline("QĐND - Sáng 12/10", table) == "Quân đội nhân dân"
    assert outlet_from_dateline("(Baonghean.vn) - Sáng 12/10", table) == "Baonghean.vn"
    assert outlet_from_dateline("Hà Nội - Sáng 12/10", table) is None
    assert outlet_from_dateline("(ảnh minh họa 2) - xem", table) is None


def test_outlet_for_host_tries_parent_domains() -> None:
    table = load_outlets()
    assert outlet_for_host("https://m.vnexpress.net/thoi-su/abc.html", table) == "VnExpress"
    assert outlet_for_host("toasoan@toquoc.gov.vn", table) == "Tổ Quốc"
    assert outlet_for_host("www.qdnd.vn", table) == "Quân đội nhân dân"
    assert outlet_for_host("example.com", table) is None


def test_domain_mentioned_in_body_is_not_the_outlet() -> None:
    line = "Theo số liệu đăng trên vnexpress.net, số người tham gia đã tăng gấp đôi năm trước."
    assert article("Tiêu đề", LEAD, line).outlet is None


def test_load_outlets_user_file_extends_and_overrides(tmp_path: Path) -> None:
    user = tmp_path / "outlets.json"
    user.write_text('{"WWW.Baonghean.vn": "Báo Nghệ An", "tuoitre.vn": "Báo Tuổi Trẻ"}', "utf-8")
    table = load_outlets(user)
    assert table["baonghean.vn"] == "Báo Nghệ An"
    assert table["tuoitre.vn"] == "Báo Tuổi Trẻ"
    assert table["nhandan.vn"] == "Nhân Dân"
    bad = tmp_path / "bad.json"
    bad.write_text('["nhandan.vn"]', "utf-8")
    with pytest.raises(ValueError):
        load_outlets(bad)


def test_bundled_table_covers_major_outlets() -> None:
    table = load_outlets()
    assert len(table) >= 40
    for domain, name in {
        "nhandan.vn": "Nhân Dân",
        "qdnd.vn": "Quân đội nhân dân",
        "tuoitre.vn": "Tuổi Trẻ",
        "dangcongsan.vn": "Đảng Cộng sản Việt Nam",
        "tapchicongsan.org.vn": "Tạp chí Cộng sản",
    }.items():
        assert table[domain] == name


def test_extract_uses_the_given_table() -> None:
    text = normalize(f"• Hotline 0912345678 - bandoc@example.org\n\nTiêu đề\n\n{LEAD}")
    assert extract(text).outlet is None
    assert extract(text, outlets={"example.org": "Báo Ví Dụ"}).outlet == "Báo Ví Dụ"


# --- hints ------------------------------------------------------------------------------------


def test_hints_win_over_guesses() -> None:
    hints = FormatHints(
        title="Tiêu đề từ thẻ meta",
        published=PartialDate(2024, 1, 16, 7, 0),
        authors=("Lan Hương",),
        url="https://nhandan.vn/bai-viet.html",
    )
    meta = article(
        "Tiêu đề từ thẻ meta", "15/01/2024", "(Tổ Quốc) - " + LEAD, "Thu Nga", hints=hints
    )
    assert meta.title == "Tiêu đề từ thẻ meta"
    assert meta.published == PartialDate(2024, 1, 16, 7, 0)
    assert meta.authors == ("Lan Hương",)
    assert meta.outlet == "Nhân Dân"
    assert "Thu Nga" not in meta.body  # the byline line is still not body text


def test_hint_outlet_is_spelled_as_in_the_table() -> None:
    meta = article("Tiêu đề", LEAD, hints=FormatHints(outlet="Báo Tổ quốc"))
    assert meta.outlet == "Tổ Quốc"
    other = article("Tiêu đề", LEAD, hints=FormatHints(outlet="Báo Điện tử X"))
    assert other.outlet == "Báo Điện tử X"


def test_hint_title_longer_than_the_line() -> None:
    meta = article("Tiêu đề bài", LEAD, hints=FormatHints(title="Tiêu đề bài - Báo Tổ Quốc"))
    assert meta.title == "Tiêu đề bài - Báo Tổ Quốc"
    assert meta.body == LEAD


def test_read_date_line_rejects_sentences() -> None:
    assert read_date_line("Ngày 12/10/2023, Ban cán sự đảng tổ chức hội nghị tập huấn") is None
    assert read_date_line("(11/4/2007 - 11/4/2024)") is None
    line = read_date_line("Cập nhật lúc 09:00 16/01/2024")
    assert line is not None and line.is_update


# --- more shapes seen on other sites ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Thu Nga - Ban Tuyên giáo Tỉnh ủy", ("Thu Nga", "Ban Tuyên giáo Tỉnh ủy")),
        ("(Theo TTXVN)", ("TTXVN",)),
        ("Bộ Văn hóa, Thể thao và Du lịch", ("Bộ Văn hóa, Thể thao và Du lịch",)),
        ("Văn phòng Đảng - Đoàn thể", ("Văn phòng Đảng - Đoàn thể",)),
    ],
)
def test_bylines_with_organizations(line: str, authors: tuple[str, ...]) -> None:
    assert parse_byline(line) == authors


def test_sentence_opening_with_an_organization_is_not_a_byline() -> None:
    assert parse_byline("Bộ Chính trị ban hành Nghị quyết 35") is None
    assert parse_byline("Ban Chỉ đạo đã tổ chức hội nghị") is None


def test_labelled_credit_lines_both_count() -> None:
    meta = article("Tiêu đề", LEAD, PARAGRAPH, "Bài: Minh Anh", "Ảnh: Thu Nga")
    assert meta.authors == ("Minh Anh", "Thu Nga")
    assert meta.body == f"{LEAD}\n\n{PARAGRAPH}"


def test_unlabelled_line_above_a_credit_stays_text() -> None:
    meta = article("Tiêu đề", LEAD, "Hoàng Hà", "Ảnh: Thu Nga")
    assert meta.authors == ("Thu Nga",)
    assert "Hoàng Hà" in meta.body


def test_masthead_line_names_the_outlet_and_is_not_the_title() -> None:
    meta = article("Báo Nhân Dân", "Tiêu đề bài", "15/01/2024", LEAD)
    assert meta.title == "Tiêu đề bài"
    assert meta.outlet == "Nhân Dân"


def test_date_printed_under_the_text() -> None:
    meta = article("Tiêu đề", LEAD, PARAGRAPH, "Thu Nga", "12/10/2023 08:30")
    assert meta.published == PartialDate(2023, 10, 12, 8, 30)
    assert meta.authors == ("Thu Nga",)
    assert meta.body == f"{LEAD}\n\n{PARAGRAPH}"


def test_date_line_with_view_counter() -> None:
    meta = article("Tiêu đề", "Ngày đăng: 10/04/2024 - 16:04 | Lượt xem: 1.234", LEAD)
    assert meta.published == PartialDate(2024, 4, 10, 16, 4)


def test_document_date_with_issuer_between() -> None:
    lead = (
        "Nghị quyết số 35-NQ/TW của Bộ Chính trị, ngày 22/10/2018 được quán triệt tại "
        "hội nghị ngày 5/3/2024 của Đảng ủy Khối."
    )
    assert article("Tiêu đề", lead).event_date == PartialDate(2024, 3, 5)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Thủ tướng chỉ đạo quyết liệt công tác phòng chống thiên tai", False),
        ("Ông Nguyễn Văn A phát biểu tại buổi làm việc", True),
        ("Ông Nguyễn Văn A cho biết thêm về kế hoạch", False),
        ("Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy", True),
        ("Lãnh đạo tỉnh dự án khởi công công trình", False),
    ],
)
def test_caption_openings(line: str, caption: bool) -> None:
    meta = article("Tiêu đề", LEAD, line, PARAGRAPH, "Thu Nga")
    assert (meta.captions == (line,)) is caption
    assert (line in meta.body) is not caption


def test_empty_and_one_line_texts() -> None:
    empty = extract("")
    assert (empty.title, empty.body, empty.lead, empty.published) == ("", "", None, None)
    single = extract("Chỉ có tiêu đề")
    assert single.title == "Chỉ có tiêu đề" and single.body == "" and single.authors == ()


@pytest.mark.parametrize(
    ("line", "iso", "category", "authors"),
    [
        ("15/01/2024 08:30:12", "2024-01-15T08:30", None, ()),
        ("15/1/2024 01:30 PM", "2024-01-15T13:30", None, ()),
        ("15/1/2024 12:05 AM", "2024-01-15T00:05", None, ()),
        ("Chính trị | 15/01/2024 08:30 | Thu Nga", "2024-01-15T08:30", "Chính trị", ("Thu Nga",)),
        ("Thứ Hai, 15-01-2024, 08:30", "2024-01-15T08:30", None, ()),
        ("15:30 15/01/2024", "2024-01-15T15:30", None, ()),
    ],
)
def test_more_date_line_shapes(
    line: str, iso: str, category: str | None, authors: tuple[str, ...]
) -> None:
    found = read_date_line(line)
    assert found is not None
    assert (found.date.iso(), found.category, found.authors) == (iso, category, authors)


def test_caption_with_trailing_photo_credit() -> None:
    line = "Đại biểu bấm nút khởi công dự án. Ảnh: Giang Huy"
    meta = article("Tiêu đề", LEAD, line, PARAGRAPH, "Võ Hải")
    assert meta.captions == (line,)
    assert meta.authors == ("Võ Hải",)


def test_dated_title_is_still_the_title() -> None:
    meta = article("Bản tin 12/10/2023", "Ngày đăng: 12/10/2023 - 18:00", LEAD)
    assert meta.title == "Bản tin 12/10/2023"
    assert meta.published == PartialDate(2023, 10, 12, 18, 0)


def test_subheading_like_an_address_is_text_but_imprint_is_not() -> None:
    heading = "Địa chỉ đỏ giáo dục truyền thống cách mạng"
    meta = article("Tiêu đề", LEAD, heading, PARAGRAPH, "Thu Nga", "Tòa soạn: 12 Lý Thái Tổ")
    assert heading in meta.body.split("\n\n")
    assert "Tòa soạn" not in meta.body
    assert meta.authors == ("Thu Nga",)


def test_text_title_repeat_dropped_when_hint_title_differs() -> None:
    hints = FormatHints(title="Tiêu đề khác hẳn")
    meta = article("Tiêu đề trong bài", LEAD, "Tiêu đề trong bài", PARAGRAPH, hints=hints)
    assert meta.title == "Tiêu đề khác hẳn"
    assert "Tiêu đề trong bài" not in meta.body


def test_prose_first_line_stays_when_the_file_gave_the_title() -> None:
    meta = article(LEAD, PARAGRAPH, hints=FormatHints(title="Tiêu đề từ tệp"))
    assert meta.title == "Tiêu đề từ tệp"
    assert meta.body == f"{LEAD}\n\n{PARAGRAPH}"
