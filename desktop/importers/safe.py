"""Careful reading of untrusted containers: XML without entities or DTDs, zips without bombs.

Every importer that parses XML or opens a zip goes through here, so one place decides what a
hostile file can make us do (nothing: no network, no entity expansion, bounded memory).
"""

from __future__ import annotations

import io
import lzma
import re
import zipfile
import zlib
from typing import TYPE_CHECKING

from desktop.importers.base import ImportProblem

if TYPE_CHECKING:
    from lxml import etree

# A member that inflates more than this many times is a zip bomb, not a document; real
# .docx/.odt XML compresses 5-20x, plain text rarely beyond 30x.
MAX_RATIO = 100
# No single member of an article file or of a zip of articles needs more than this.
MAX_MEMBER_BYTES = 50 * 1024 * 1024

# Office XML and ODF never carry a DTD; one in them can only be an entity-expansion attack.
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")

# What a damaged zip can raise while it is opened or decompressed: zlib and lzma errors are not
# OSErrors, an unknown version or method is NotImplementedError (all found by fuzzing).
ZIP_READ_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, ValueError,
    NotImplementedError, zlib.error, lzma.LZMAError,
)

MSG_NOT_ZIP = "Tệp {kind} bị hỏng hoặc không phải tệp {kind} thật (không mở được như tệp nén)"
MSG_BAD_XML = "Tệp {kind} bị hỏng: phần nội dung XML không đọc được"
MSG_HOSTILE_XML = "Tệp {kind} chứa khai báo DTD/thực thể XML bất thường, không đọc để an toàn"


def xml_parser(*, recover: bool = False) -> etree.XMLParser:
    """A parser that never expands entities, never touches the network, keeps limits on."""
    from lxml import etree  # imported when XML first comes: a folder of .txt needs no lxml

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
    )


def parse_xml(data: bytes, kind: str) -> etree._Element:
    """Parse one XML part of a `kind` file ("docx", "odt"), refusing DTDs outright."""
    first = _FIRST_ELEMENT.search(data)
    prolog = data[: first.start()] if first else data  # a DTD can only stand before the root
    if _DOCTYPE.search(prolog):
        raise ImportProblem(MSG_HOSTILE_XML.format(kind=kind))
    from lxml import etree

    try:
        root = etree.fromstring(data, parser=xml_parser())
    except etree.XMLSyntaxError as exc:
        raise ImportProblem(MSG_BAD_XML.format(kind=kind)) from exc
    if root is None:
        raise ImportProblem(MSG_BAD_XML.format(kind=kind))
    return root


def open_zip(data: bytes, kind: str) -> zipfile.ZipFile:
    """Open bytes as a zip, turning every way it can fail into a message for the user."""
    if not data:
        raise ImportProblem("Tệp rỗng")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except ZIP_READ_ERRORS as exc:
        raise ImportProblem(MSG_NOT_ZIP.format(kind=kind)) from exc


def check_member(info: zipfile.ZipInfo, limit: int = MAX_MEMBER_BYTES) -> str | None:
    """Why a member must not be read (too big, bomb-like, encrypted), or None when it is fine."""
    if info.flag_bits & 0x1:
        return "được đặt mật khẩu"
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return "có tỉ lệ nén bất thường (nghi là bom nén)"
    if info.file_size > limit:
        return f"quá lớn khi giải nén ({info.file_size // (1024 * 1024)} MB)"
    return None


def read_member(
    archive: zipfile.ZipFile, name: str, kind: str, limit: int = MAX_MEMBER_BYTES
) -> bytes:
    """Read one member after checking its declared sizes; reads at most `limit` bytes anyway.

    The declared size can lie, so the read itself is bounded too.
    """
    try:
        info = archive.getinfo(name)
    except KeyError as exc:
        raise ImportProblem(f"Tệp {kind} bị hỏng: thiếu phần {name}") from exc
    reason = check_member(info, limit)
    if reason:
        raise ImportProblem(f"Tệp {kind} không đọc được: phần {name} {reason}")
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except ZIP_READ_ERRORS as exc:
        raise ImportProblem(f"Tệp {kind} bị hỏng: không giải nén được phần {name}") from exc
    if len(data) > limit:
        raise ImportProblem(f"Tệp {kind} không đọc được: phần {name} quá lớn khi giải nén")
    return data


def optional_member(archive: zipfile.ZipFile, name: str, kind: str) -> bytes | None:
    """Like `read_member`, but None when the member is absent (styles, properties)."""
    if name not in archive.namelist():
        return None
    return read_member(archive, name, kind)
