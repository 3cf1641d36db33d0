"""The Word export, read back with python-docx and, where installed, opened by LibreOffice."""

import shutil
import subprocess
import threading

import pytest
from docx import Document
from docx.shared import Mm

from desktop.core.progress import Cancelled
from desktop.services import articles
from desktop.services.export import NothingToExport, export_docx
from desktop.services.importing import import_files


@pytest.fixture
def three(archive, seed_files):
    import_files(archive, seed_files)
    return articles.list_ids(archive, "title", descending=False)[:3]


def test_export_writes_a_table_and_every_article(archive, three, tmp_path):
    target = export_docx(archive, three, tmp_path / "out" / "bao-cao.docx")
    document = Document(str(target))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert abs(section.left_margin - Mm(30)) < Mm(1)
    assert document.styles["Normal"].font.name == "Times New Roman"

    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells][:2] == ["STT", "Tên tin, bài"]
    assert len(table.rows) == 4
    records = articles.get_articles(archive, three)
    for row, record in zip(table.rows[1:], records, strict=True):
        assert row.cells[1].text == record.title
        assert row.cells[3].text == (record.published.display() if record.published else "")
    text = "\n".join(p.text for p in document.paragraphs)
    for record in records:
        assert record.body.split("\n\n")[0] in text
    assert table.rows[0]._tr.xpath("./w:trPr/w:tblHeader")


def test_export_of_nothing_is_refused(archive, tmp_path):
    with pytest.raises(NothingToExport):
        export_docx(archive, [12345], tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()


def test_cancelled_export_leaves_no_file(archive, three, tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        export_docx(archive, three, tmp_path / "x.docx", cancel=cancel)
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".docx"]


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdfinfo"),
                    reason="LibreOffice or poppler-utils is not installed")
def test_libreoffice_opens_the_export(archive, three, tmp_path):
    target = export_docx(archive, three, tmp_path / "bao-cao.docx")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(target)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = tmp_path / "bao-cao.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(next(line.split()[-1] for line in info.stdout.splitlines()
                     if line.startswith("Pages:")))
    assert pages >= 2
    extracted = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout
    assert "Tên tin, bài" in extracted
    assert articles.get_articles(archive, three)[0].title.split()[0] in extracted
