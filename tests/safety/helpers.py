"""Generated articles and the CLI as a separate process, shared by the safety tests."""

from __future__ import annotations

import os
import random
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Words drawn at random make the text as hard to compress as real prose (reports are zipped).
WORDS = (
    "tỉnh ủy huyện xã phường đồng chí đảng viên chi bộ nghị quyết kế hoạch triển khai "
    "kinh tế xã hội an ninh quốc phòng giáo dục y tế nông nghiệp công nghiệp dịch vụ "
    "đầu tư hạ tầng giao thông thủy lợi môi trường cải cách hành chính chuyển đổi số "
    "người dân doanh nghiệp cán bộ công chức viên chức thanh niên phụ nữ cựu chiến binh"
).split()


def write_articles(folder: Path, count: int, paragraphs: int = 3, start: int = 0) -> list[Path]:
    """`count` small, distinct Vietnamese .txt articles (each a different content hash)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(start, start + count):
        pick = random.Random(n)
        body = "\n\n".join(
            f"Đoạn {p} của bài {n}: Ủy ban nhân dân tỉnh đã tổ chức hội nghị tổng kết công tác "
            f"năm {2000 + n % 25}, đánh giá kết quả thực hiện nhiệm vụ số {n * 7 + p}; "
            + " ".join(pick.choices(WORDS, k=30)) + "."
            for p in range(paragraphs)
        )
        path = folder / f"bai-{n:05d}.txt"
        path.write_text(f"Hội nghị tổng kết số {n}\n\nNgày 12/3/2024\n\n{body}\n", "utf-8")
        written.append(path)
    return written


def cli_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args]


def tulieu(data_dir: Path, *args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user would; the environment (settings folder) is the test's."""
    return subprocess.run(
        cli_command(data_dir, *args), capture_output=True, text=True, timeout=300,
        cwd=ROOT, env=os.environ.copy(), **kwargs,
    )


def count_rows(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path, timeout=30)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def whole_articles_problems(path: Path) -> list[str]:
    """Articles missing their text or their source file: what a torn import would leave."""
    with closing(sqlite3.connect(path, timeout=30)) as conn:
        no_text = conn.execute(
            "SELECT count(*) FROM articles a"
            " WHERE NOT EXISTS (SELECT 1 FROM article_texts t WHERE t.article_id = a.id)"
        ).fetchone()[0]
        no_source = conn.execute(
            "SELECT count(*) FROM articles a"
            " WHERE NOT EXISTS (SELECT 1 FROM source_files s WHERE s.article_id = a.id)"
        ).fetchone()[0]
        orphans = conn.execute(
            "SELECT count(*) FROM source_files s"
            " WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)"
        ).fetchone()[0]
    problems = []
    if no_text:
        problems.append(f"{no_text} articles without text")
    if no_source:
        problems.append(f"{no_source} articles without source file")
    if orphans:
        problems.append(f"{orphans} source files without article")
    return problems


def integrity(path: Path) -> list[str]:
    with closing(sqlite3.connect(path, timeout=30)) as conn:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]


def import_counts(stdout: str) -> tuple[int, int, int]:
    """(imported, duplicates, failed) from the import summary line `Đã nhập N, trùng N, … lỗi N.`"""
    imported = re.search(r"Đã nhập (\d+), trùng (\d+),", stdout)
    failed = re.search(r"lỗi (\d+)\.\s*$", stdout)
    assert imported and failed, stdout[-500:]
    return int(imported[1]), int(imported[2]), int(failed[1])
