"""Word 97-2003 (.doc): converted to .docx by LibreOffice, then read as .docx.

No maintained pure-Python reader gets the text of .doc files right (fields, tables, legacy
fonts), while LibreOffice does; it runs headless with a private, throw-away profile so it
never collides with a LibreOffice the user has open.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from desktop.importers import docx
from desktop.importers.base import Extracted, ImportProblem

TIMEOUT_SECONDS = 120  # first start with a new profile takes a few seconds; a hang never ends
MSG_NO_OFFICE = (
    "Không đọc được tệp .doc (Word 97-2003) vì máy chưa có LibreOffice: "
    "cài LibreOffice (gói libreoffice-writer), hoặc mở tệp bằng Word và lưu lại dạng .docx"
)
_WINDOWS_PLACES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)


def find_soffice() -> str | None:
    """The LibreOffice executable, from PATH or its usual Windows place."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((p for p in _WINDOWS_PLACES if os.name == "nt" and Path(p).exists()), None)


def convert(data: bytes, target: str, suffix: str = ".doc", timeout: float = TIMEOUT_SECONDS
            ) -> bytes:
    """Convert a document with LibreOffice and return the converted file's bytes."""
    soffice = find_soffice()
    if soffice is None:
        raise ImportProblem(MSG_NO_OFFICE)
    with tempfile.TemporaryDirectory(prefix="tulieu-soffice-") as tmp:
        folder = Path(tmp)
        source = folder / f"input{suffix}"
        source.write_bytes(data)
        out = folder / "out"
        command = [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless", "--norestore", "--nolockcheck",
            "--convert-to", target, "--outdir", str(out), str(source),
        ]
        _run(command, timeout)
        result = out / f"input.{target.split(':')[0]}"
        if not result.exists():
            raise ImportProblem("LibreOffice không đọc được tệp này (tệp hỏng hoặc có mật khẩu)")
        return result.read_bytes()


def _run(command: list[str], timeout: float) -> None:
    """Run LibreOffice; on timeout kill its whole process group (soffice starts children)."""
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=os.name != "nt",
        )
    except OSError as exc:
        raise ImportProblem(f"Không chạy được LibreOffice: {exc.strerror or exc}") from exc
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        if os.name != "nt":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.wait()
        raise ImportProblem(
            f"LibreOffice không chuyển đổi xong tệp trong {int(timeout)} giây"
        ) from exc


def read(data: bytes) -> Extracted:
    if not data.strip():
        raise ImportProblem("Tệp rỗng")
    return replace(docx.read(convert(data, "docx")), kind="doc")
