"""`tulieu backup`, `tulieu restore BACKUP`, `tulieu check`: keeping the local archive safe.

Exit codes: 0 when all is well, 1 when something is wrong (said in plain Vietnamese).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import paths
from desktop.services import backup
from desktop.settings import load_settings
from desktop.store.archive import Archive, ArchiveWriteFailed, ReadOnlyArchive

# Errors any command may meet while writing; said plainly instead of as a traceback.
WRITE_ERRORS = (ArchiveWriteFailed, ReadOnlyArchive)


def register(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("backup", help="sao lưu kho trên máy này vào thư mục backups")
    rst = sub.add_parser("restore", help="khôi phục kho từ một bản sao lưu (kho cũ được giữ lại)")
    rst.add_argument("backup", help="tệp sao lưu, hoặc tên của nó trong thư mục backups")
    sub.add_parser("check", help="kiểm tra tính toàn vẹn của kho và các bản sao lưu")


def run_backup(archive: Archive, args: argparse.Namespace) -> int:
    settings = load_settings()
    try:
        made = backup.backup_now(archive, paths.data_dir(args.data_dir), settings.backups_to_keep)
    except backup.SharedArchiveBackup as exc:
        print(exc, file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"Không sao lưu được: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Đã sao lưu vào {made} (giữ {settings.backups_to_keep} bản mới nhất).")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    data = paths.data_dir(args.data_dir)
    chosen = Path(args.backup)
    if not chosen.exists() and (paths.backups_dir(data) / chosen.name).exists():
        chosen = paths.backups_dir(data) / chosen.name
    try:
        aside = backup.restore(data, chosen)
    except (backup.BackupProblem, backup.ArchiveInUse) as exc:
        print(f"{exc}\nKho hiện tại không bị thay đổi.", file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            f"Không khôi phục được: {exc.strerror or exc}\nKho hiện tại không bị thay đổi.",
            file=sys.stderr,
        )
        return 1
    print(f"Đã khôi phục kho từ {chosen}.")
    if aside is not None:
        print(f"Kho trước đó được giữ tại {aside}.")
    return 0


def run_check(args: argparse.Namespace) -> int:
    data = paths.data_dir(args.data_dir)
    archive = paths.archive_path(data)
    ok = True
    if archive.exists():
        result = backup.check_archive(archive)
        ok = result.ok
        print(f"Kho tư liệu {archive}: {'tốt' if result.ok else 'CÓ LỖI'}")
        for problem in result.problems:
            print(f"  - {problem}")
    else:
        print(f"Chưa có kho tư liệu tại {archive}.")
        ok = False
    found = backup.list_backups(data)
    print(f"Bản sao lưu ({len(found)}):" if found else "Chưa có bản sao lưu nào.")
    for info in found:
        result = backup.check_backup(info.path)
        ok = ok and result.ok
        count = "?" if info.article_count is None else str(info.article_count)
        state = "tốt" if result.ok else "CÓ LỖI: " + "; ".join(result.problems[:3])
        print(
            f"  {info.created:%d/%m/%Y %H:%M}  {info.size / 1e6:8.1f} MB  "
            f"{count:>7} bài  {info.path.name}: {state}"
        )
    print("Mọi thứ đều tốt." if ok else "Có vấn đề: xem các dòng ở trên.")
    return 0 if ok else 1


COMMANDS = {"backup": run_backup}
STANDALONE = {"restore": run_restore, "check": run_check}
