"""Articles, settings and PDF helpers for the report tests, built from the seed articles."""

from __future__ import annotations

import datetime
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.core.dates import PartialDate
from desktop.core.records import ArticleRecord
from desktop.reports.settings import ReportSettings

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"
OUTLETS = ("Báo Nhân Dân", "Tổ Quốc", None, "Báo Pháp luật Việt Nam", "Tổ Quốc")
DATES = (PartialDate(2023, 10, 12), PartialDate(2024, 4, 10, 16, 4), PartialDate(2023, 3, 31),
         None, PartialDate(None, 5, 24))
UNITS = ("Vụ Tuyên truyền", "Cục Báo chí", None, "Cục Báo chí", "Vụ Tuyên truyền")


def seed_articles() -> list[ArticleRecord]:
    """The five seeds: title = first line, body = the other lines as paragraphs."""
    articles = []
    for index, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        title, _, rest = path.read_text(encoding="utf-8").partition("\n")
        body = "\n\n".join(line.strip() for line in rest.split("\n") if line.strip())
        articles.append(ArticleRecord(
            id=index + 1, title=title.strip(), published=DATES[index], event_date=None,
            outlet=OUTLETS[index], authors=("Thu Nga",) if index % 2 else (),
            url=f"https://example.vn/tin-bai/{index}.html", category=None, unit=UNITS[index],
            notes="Bài đăng lại" if index == 1 else None, body=body,
            captions=("Toàn cảnh Hội nghị",) if index == 0 else (), tags=("Hội nghị",),
        ))
    return articles


def party_settings(**changes) -> ReportSettings:
    values = dict(
        layout="party", parent_body="Đảng ủy Bộ Tư pháp", issuing_body="Ban Chỉ đạo 35",
        number_symbol="12-BC/BCĐ35", place="Hà Nội", date=datetime.date(2024, 3, 5),
        subject="về kết quả công tác bảo vệ nền tảng tư tưởng của Đảng quý I năm 2024",
        opening="Thực hiện Kế hoạch số 55-KH/ĐU ngày 13/3/2023 của Đảng ủy Bộ, Ban Chỉ đạo 35 "
                "báo cáo như sau:",
        sections=[("Tình hình chung", "Các cơ quan báo chí đã đăng nhiều tin, bài."),
                  ("Kết quả", "Đã thu thập các tin, bài dưới đây.")],
        recipients=["Ban Chỉ đạo 35 Trung ương", "Thường trực Đảng ủy Bộ,"],
        signing_prefix="T/M", signing_authority="Ban Chỉ đạo", position="Trưởng ban",
        signer="Nguyễn Kim Tinh", grouping="month", article_text="full",
    )
    values.update(changes)
    return ReportSettings(**values)


def state_settings(**changes) -> ReportSettings:
    values = dict(
        layout="state", parent_body="Bộ Tư pháp", issuing_body="Cục Phổ biến, giáo dục pháp luật",
        number_symbol="12/BC-PBGDPL", signing_prefix="KT.", signing_authority="Cục trưởng",
        position="Phó Cục trưởng", recipients=["Bộ trưởng (để b/c)", "Lưu: VT, PBGDPL"],
    )
    values.update(changes)
    return party_settings(**values)


def to_pdf(docx: Path, workdir: Path) -> Path:
    """Convert with LibreOffice in a private profile, so parallel runs do not collide."""
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{workdir}/lo-profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(workdir), str(docx)],
        check=True, capture_output=True, timeout=240,
    )
    return workdir / (docx.stem + ".pdf")


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True,
                          timeout=60).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", *pages, str(pdf), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout


needs_soffice = pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdfinfo") and shutil.which("pdftotext")),
    reason="LibreOffice or poppler-utils is not installed",
)
