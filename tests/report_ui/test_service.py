"""make_report: each layout, the choice of articles, order, entity index, charts, memory."""

from __future__ import annotations

import csv
import datetime
import json
import threading

import pytest
from docx import Document

from desktop.core.progress import Cancelled
from desktop.core.query import QueryError
from desktop.reports.settings import ReportSettings
from desktop.services import articles, saved_searches
from desktop.services.importing import import_files
from desktop.services.reports import (
    ArticleChoice,
    ChartImage,
    NothingToExport,
    Remembered,
    choose_ids,
    load_remembered,
    make_report,
    remember,
    shipped_templates,
)
from tests.report_ui.helpers import add_mentions, all_text, tiny_png


@pytest.fixture
def by_title(archive, seed_files) -> dict[str, int]:
    """Seed ids by the first words of their titles."""
    import_files(archive, seed_files)
    records = articles.get_articles(archive, articles.list_ids(archive))
    return {" ".join(r.title.split()[:3]): r.id for r in records}


def settings(**changes) -> ReportSettings:
    values = dict(parent_body="Đảng ủy Bộ Tư pháp", issuing_body="Ban Chỉ đạo 35",
                  number_symbol="12-BC/BCĐ35", date=datetime.date(2024, 3, 5),
                  subject="về kết quả thu thập tin, bài", signer="Nguyễn Kim Tinh",
                  position="Trưởng ban", signing_authority="Ban Chỉ đạo",
                  recipients=["Ban Chỉ đạo 35 Trung ương"], order="chosen")
    return ReportSettings(**(values | changes))


def titles_in_order(document) -> list[str]:
    """The article headings `1. Title` of an official report, in order."""
    return [p.text for p in document.paragraphs if p.style.name == "TL Article"]


@pytest.mark.parametrize("kind, national", [
    ("party", "ĐẢNG CỘNG SẢN VIỆT NAM"), ("state", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
])
def test_official_layouts_hold_the_header_and_the_chosen_articles(archive, by_title, tmp_path,
                                                                  kind, national):
    ids = [by_title["Hội nghị chuyên"], by_title["Bộ Tư pháp"]]
    target = make_report(archive, ids, settings(), tmp_path / f"{kind}.docx", kind)
    document = Document(str(target))
    header = " ".join(c.text for c in document.tables[0].rows[0].cells)
    assert national in header and "BAN CHỈ ĐẠO 35" in header
    headings = titles_in_order(document)
    assert [h.split(" ", 1)[0] for h in headings] == ["1.", "2."]
    assert headings[0].startswith("1. Hội nghị chuyên đề Công tác bảo vệ")  # chosen order kept
    assert headings[1].startswith("2. Bộ Tư pháp tập huấn")


def test_bulletin_csv_and_json(archive, by_title, tmp_path):
    ids = sorted(by_title.values())
    bulletin = Document(str(make_report(archive, ids, settings(), tmp_path / "b.docx",
                                        "bulletin")))
    text = all_text(bulletin)
    assert "ĐIỂM TIN" in text and "Bế mạc hội nghị bồi dưỡng" in text

    table = tmp_path / "bai.csv"
    make_report(archive, ids, settings(), table, "csv")
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads Vietnamese only with the BOM
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["STT", "Mã", "Tên tin, bài"] and len(rows) == 6

    data = json.loads(make_report(archive, ids[:2], settings(article_text="full"),
                                  tmp_path / "bai.json", "json").read_text("utf-8"))
    assert data["count"] == 2 and [a["id"] for a in data["articles"]] == ids[:2]
    assert data["articles"][0]["body"]


def test_order_sorts_before_grouping(archive, by_title, tmp_path):
    ids = list(by_title.values())
    target = make_report(archive, ids, settings(order="oldest"), tmp_path / "o.docx", "party")
    headings = titles_in_order(Document(str(target)))
    # 31/03/2023, 12/10/2023, 10/04/2024, then the two without a date.
    assert headings[0].startswith("1. Hội nghị chuyên đề")
    assert headings[1].startswith("2. Bộ Tư pháp")
    assert headings[2].startswith("3. Hội nghị thông tin")
    assert len(headings) == 5


def test_query_saved_search_and_date_range_choose_the_articles(archive, by_title, tmp_path):
    trained = {by_title["Bộ Tư pháp"], by_title["Ban Chỉ đạo"]}
    assert set(choose_ids(archive, ArticleChoice(query='"tập huấn"'))) == trained

    saved = tmp_path / "saved.json"
    saved_searches.add(saved, "Tập huấn", '"tập huấn"')
    assert set(choose_ids(archive, ArticleChoice(saved_search="Tập huấn"), saved)) == trained
    with pytest.raises(LookupError):
        choose_ids(archive, ArticleChoice(saved_search="Không có"), saved)

    year_2023 = ArticleChoice(date_from=datetime.date(2023, 1, 1),
                              date_to=datetime.date(2023, 12, 31))
    assert set(choose_ids(archive, year_2023)) == {by_title["Bộ Tư pháp"],
                                                  by_title["Hội nghị chuyên"]}
    # The end day is included, the day before the start is not.
    one_day = ArticleChoice(date_from=datetime.date(2023, 10, 12),
                            date_to=datetime.date(2023, 10, 12))
    assert choose_ids(archive, one_day) == [by_title["Bộ Tư pháp"]]
    both = ArticleChoice(query='"tập huấn"', date_from=datetime.date(2023, 1, 1))
    assert choose_ids(archive, both) == [by_title["Bộ Tư pháp"]]
    narrowed = ArticleChoice(ids=tuple(by_title.values()), date_to=datetime.date(2023, 6, 30))
    assert choose_ids(archive, narrowed) == [by_title["Hội nghị chuyên"]]

    with pytest.raises(QueryError):
        choose_ids(archive, ArticleChoice(query='"chưa đóng'))
    with pytest.raises(NothingToExport):
        make_report(archive, ArticleChoice(query="khongcotunay"), settings(),
                    tmp_path / "x.docx", "party")
    assert not (tmp_path / "x.docx").exists()


def test_entity_index_lists_who_is_mentioned_where(archive, by_title, tmp_path):
    first, second = by_title["Hội nghị chuyên"], by_title["Bộ Tư pháp"]
    add_mentions(archive, [("person", "Nguyễn Văn Hùng", first),
                           ("person", "Nguyễn Văn Hùng", second),
                           ("organization", "Bộ Tư pháp", second),
                           ("place", "Hà Nội", first),
                           ("document", "Kế hoạch số 55-KH/ĐU", by_title["Bế mạc hội"])])
    target = make_report(archive, [first, second], settings(entity_index=True),
                         tmp_path / "i.docx", "party")
    document = Document(str(target))
    index = next(t for t in document.tables if t.rows[0].cells[-1].text == "Tin, bài số")
    rows = [[c.text for c in row.cells] for row in index.rows]
    assert ["1", "Nguyễn Văn Hùng", "2", "1, 2"] in rows
    assert ["1", "Bộ Tư pháp", "1", "2"] in rows
    labels = [r[0] for r in rows if len(set(r)) == 1]
    # Places are not indexed; the document is mentioned only by an article left out.
    assert labels == ["Người", "Tổ chức"]
    assert len(rows) == 5  # header, two kind rows, two entities
    assert "Chỉ mục người, tổ chức, văn bản" in all_text(document)

    plain = make_report(archive, [first, second], settings(), tmp_path / "p.docx", "party")
    assert "Chỉ mục người" not in all_text(Document(str(plain)))


def test_charts_are_placed_with_captions(sqlite_archive, seed_files, tmp_path):
    import_files(sqlite_archive, seed_files)
    charts = [ChartImage("Số tin, bài theo tháng", tiny_png(400, 200)),
              ChartImage("Số tin, bài theo nguồn", tiny_png(200, 400))]
    target = make_report(sqlite_archive, None, settings(), tmp_path / "c.docx", "state",
                         charts=charts)
    document = Document(str(target))
    shapes = document.inline_shapes
    assert len(shapes) == 2
    assert shapes[0].width > shapes[1].width  # the tall chart is scaled to fit the page height
    text = all_text(document)
    assert "Hình 1. Số tin, bài theo tháng" in text and "Hình 2. Số tin, bài theo nguồn" in text


def test_cancel_leaves_no_file(sqlite_archive, seed_files, tmp_path):
    import_files(sqlite_archive, seed_files)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        make_report(sqlite_archive, None, settings(), tmp_path / "c.docx", "party",
                    cancel=cancel)
    assert list(tmp_path.glob("*.docx")) == []


def test_settings_are_remembered_and_work_for_the_cli(tmp_path):
    path = tmp_path / "cfg" / "report-settings.json"
    assert load_remembered(path).kind == "party"  # nothing remembered yet: defaults
    chosen = settings(layout="state", sections=[("Tình hình chung", "Ổn định.")],
                      grouping="outlet", order="newest", entity_index=True,
                      date=datetime.date(2020, 1, 2))
    remember(Remembered(chosen, "bulletin", open_when_done=False), path)
    back = load_remembered(path)
    assert back.kind == "bulletin" and back.open_when_done is False
    assert back.settings.date == datetime.date.today()  # a new report is dated today
    assert back.settings.to_dict() | {"date": ""} == chosen.to_dict() | {"date": ""}
    assert ReportSettings.load(path).signer == "Nguyễn Kim Tinh"  # `--settings FILE` reads it
    path.write_text("{không phải json", encoding="utf-8")
    assert load_remembered(path).settings == ReportSettings(date=back.settings.date)


def test_shipped_template_gives_its_footer_to_the_report(sqlite_archive, seed_files, tmp_path,
                                                         monkeypatch):
    monkeypatch.setenv("TULIEU_RESOURCES", str(tmp_path / "no-resources"))
    monkeypatch.setenv("TULIEU_CONFIG_DIR", str(tmp_path / "config"))
    [template] = shipped_templates()
    assert template.is_relative_to(tmp_path / "config") and template.is_file()
    import_files(sqlite_archive, seed_files)
    target = make_report(sqlite_archive, None, settings(template=template),
                         tmp_path / "t.docx", "party")
    document = Document(str(target))
    footer = document.sections[0].footer.paragraphs
    assert "Tài liệu lưu hành nội bộ" in [p.text for p in footer]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in all_text(document)
