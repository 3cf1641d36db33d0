"""Shared helpers for the report tests: a tiny PNG, entity rows, reading a report's text."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable

from docx.document import Document as DocxDocument
from sqlalchemy import delete, select

from desktop.store.archive import Archive
from desktop.store.models import Entity, Mention


def tiny_png(width: int = 40, height: int = 20) -> bytes:
    """A valid grey PNG of the given size, made without Qt."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def add_mentions(archive: Archive, mentions: Iterable[tuple[str, str, int]]) -> None:
    """(kind, name, article id) rows, as the importer's entity step would store them.

    The suggestions made on import are dropped first, so a test knows every entity there is.
    """
    with archive.unit_of_work() as session:
        session.execute(delete(Mention))
        session.execute(delete(Entity))
        known: dict[tuple[str, str], Entity] = {}
        for kind, name, article_id in mentions:
            entity = known.get((kind, name))
            if entity is None:
                entity = session.scalar(select(Entity).where(Entity.kind == kind,
                                                             Entity.key == name.casefold()))
            if entity is None:
                entity = Entity(kind=kind, name=name, key=name.casefold())
                session.add(entity)
                session.flush()
            known[(kind, name)] = entity
            session.add(Mention(article_id=article_id, entity_id=entity.id, start=0,
                                end=len(name), surface=name))


def all_text(document: DocxDocument) -> str:
    """Body paragraphs and every table cell, in one string."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)
