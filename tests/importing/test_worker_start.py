"""What an import worker loads before its first file: only what the files need."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from docx import Document

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"

_PROBE = """
import sys
from pathlib import Path
from desktop.services import pipeline
pipeline.start_worker(None, pipeline.gazetteer_dirs())
[item] = pipeline.prepare_path(Path(sys.argv[1]))
assert item.prepared is not None, item.problem
heavy = sorted(name for name in ("lxml", "docx", "email.policy", "pypdf") if name in sys.modules)
print(" ".join(heavy) or "none")
"""


def test_a_text_import_worker_loads_no_reader_of_other_formats(tmp_path: Path) -> None:
    # Each worker process starts with nothing loaded; lxml, python-docx and the e-mail parser
    # cost it ~20 ms, which a folder of .txt files never needs.
    text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    path = tmp_path / "bài viết.txt"
    path.write_text(text, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    probe = [sys.executable, "-c", _PROBE, str(path)]
    out = subprocess.run(probe, cwd=root, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["none"]
    docx = tmp_path / "bài viết.docx"
    document = Document()
    for paragraph in text.split("\n"):
        document.add_paragraph(paragraph)
    document.save(str(docx))
    out = subprocess.run(
        [*probe[:-1], str(docx)], cwd=root, capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["lxml"]  # the probe does see what a reader imports
