"""Copy a whole archive into another (local ↔ shared), originals included, and verify it.

Rows keep their ids, so a copy that stopped half-way can be resumed: rows already in the
target are skipped. The target's search index is rebuilt afterwards from the copied rows.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, func, insert, select, text, update

from desktop.core.progress import Progress, check, no_progress
from desktop.store import search
from desktop.store.archive import Archive
from desktop.store.models import Article, Base, SourceFile

BATCH = 200


class CopyRefused(RuntimeError):
    """The target already holds articles and the user did not ask to resume into it."""


@dataclass
class CopyReport:
    copied: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def copy_archive(
    source: Archive,
    target: Archive,
    resume: bool = False,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> CopyReport:
    """Copy every table of `source` into `target` (both already migrated), then verify."""
    if not resume and _count(target, Base.metadata.tables["articles"]):
        raise CopyRefused(
            "Kho đích đã có bài viết. Chỉ chép tiếp vào đó khi đó là bản chép dở của chính kho "
            "nguồn (tuỳ chọn --resume)."
        )
    report = CopyReport()
    tables = Base.metadata.sorted_tables
    for number, table in enumerate(tables):
        progress(number, len(tables), table.name)
        check(cancel)
        copied, skipped = _copy_table(source, target, table, cancel)
        report.copied[table.name], report.skipped[table.name] = copied, skipped
    progress(len(tables), len(tables), "")
    _after_copy(target)
    # The search index lives outside the copied tables; build it from the rows just copied.
    with target.unit_of_work() as session:
        search.rebuild_index(session)
    report.problems = verify(source, target)
    return report


def verify(source: Archive, target: Archive) -> list[str]:
    """Differences that matter: row counts per table and the content hashes of articles and
    original files."""
    problems = []
    for table in Base.metadata.sorted_tables:
        a, b = _count(source, table), _count(target, table)
        if a != b:
            problems.append(f"Bảng {table.name}: nguồn có {a} dòng, đích có {b} dòng")
    for column in (Article.content_hash, SourceFile.sha256):
        if _values(source, column) != _values(target, column):
            problems.append(f"Nội dung {column.class_.__tablename__} khác nhau giữa hai kho")
    return problems


def _copy_table(source: Archive, target: Archive, table: Table, cancel) -> tuple[int, int]:
    keys = list(table.primary_key.columns)
    self_refs = [fk.parent for fk in table.foreign_keys if fk.column.table is table]
    copied = skipped = 0
    with target.engine.begin() as dst:
        present = {tuple(row) for row in dst.execute(select(*keys))}
        for rows in _batches(source, table, keys):
            check(cancel)
            fresh = [r for r in rows if tuple(r[k.name] for k in keys) not in present]
            skipped += len(rows) - len(fresh)
            if fresh:
                # Links inside the table (an entity's successor) are set once all rows exist.
                dst.execute(insert(table), [r | {c.name: None for c in self_refs} for r in fresh])
                copied += len(fresh)
        for column in self_refs:
            _restore_links(source, dst, table, column)
    return copied, skipped


def _batches(source: Archive, table: Table, keys) -> Iterator[list[dict]]:
    with source.engine.connect() as src:
        result = src.execution_options(stream_results=True).execute(
            select(table).order_by(*keys)
        )
        while rows := result.fetchmany(BATCH):
            yield [dict(row._mapping) for row in rows]


def _restore_links(source: Archive, dst: Connection, table: Table, column) -> None:
    (key,) = table.primary_key.columns
    with source.engine.connect() as src:
        for row_id, value in src.execute(select(key, column).where(column.is_not(None))):
            dst.execute(update(table).where(key == row_id).values({column.name: value}))


def _after_copy(target: Archive) -> None:
    """PostgreSQL hands out ids from sequences; move them past the ids just copied."""
    if target.engine.dialect.name != "postgresql":
        return
    with target.engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            keys = list(table.primary_key.columns)
            if len(keys) == 1 and keys[0].autoincrement in (True, "auto") and \
                    keys[0].type.python_type is int:
                conn.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{keys[0].name}'), "
                    f"COALESCE((SELECT MAX({keys[0].name}) FROM {table.name}), 0) + 1, false)"
                ))


def _count(archive: Archive, table: Table) -> int:
    with archive.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def _values(archive: Archive, column) -> list[str]:
    with archive.engine.connect() as conn:
        return sorted(conn.execute(select(column)).scalars())
