"""Files for import tests: zips of articles and distinct articles built from the seeds."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from sqlalchemy import func, select

from desktop.store.archive import Archive
from tests.importers.builders import para, raw_docx, run


def count(archive: Archive, model: type) -> int:
    with archive.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(model))


def docx_of(text: str) -> bytes:
    """A .docx whose paragraphs are the text's lines."""
    body = "".join(para(run(line)) for line in text.split("\n") if line.strip())
    return raw_docx(body)


def encrypted_member_zip(members: dict[str, bytes], locked: str) -> bytes:
    """A zip where `locked` carries the "encrypted" flag, as a password-protected member does.

    zipfile cannot write encrypted members, so the flag bit is set in both headers afterwards.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    raw = bytearray(buffer.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as archive:
        info = archive.getinfo(locked)
    raw[info.header_offset + 6] |= 0x1  # local header: flag bits at offset 6
    central = raw.find(b"PK\x01\x02" + bytes(raw[info.header_offset + 4:info.header_offset + 6]))
    while raw[central + 46:central + 46 + len(locked)] != locked.encode():
        central = raw.find(b"PK\x01\x02", central + 4)
    raw[central + 8] |= 0x1  # central directory: flag bits at offset 8
    return bytes(raw)


def sentences(seed_files: list[Path]) -> list[str]:
    """Every sentence of the seeds' bodies, to assemble unrelated articles from."""
    found = []
    for seed in seed_files:
        for line in seed.read_text(encoding="utf-8").split("\n")[2:]:
            found.extend(s.strip() + "." for s in line.split(". ") if len(s.split()) >= 6)
    return found


def article_text(pool: list[str], number: int, size: int = 14) -> str:
    """An article of `size` sentences drawn at random (seeded) from `pool`: unrelated to the
    others the same function makes, so neither a duplicate nor a near-duplicate of them."""
    rng = random.Random(number)
    chosen = []
    for sentence in rng.sample(pool, size):
        # Sentences drawn from one small pool overlap; shuffling their words does not.
        words = sentence.rstrip(".").split()
        rng.shuffle(words)
        chosen.append(" ".join(words).capitalize() + ".")
    paragraphs = [" ".join(chosen[i:i + 3]) for i in range(0, size, 3)]
    return f"Tin số {number}: {chosen[0][:60]}\n\n" + "\n\n".join(paragraphs)


def distinct_articles(folder: Path, seed_files: list[Path], n: int) -> list[Path]:
    """`n` unrelated .txt articles named bai-000.txt, bai-001.txt, ..."""
    folder.mkdir(parents=True, exist_ok=True)
    pool = sentences(seed_files)
    paths = []
    for i in range(n):
        path = folder / f"bai-{i:03d}.txt"
        path.write_text(article_text(pool, i), encoding="utf-8")
        paths.append(path)
    return paths
