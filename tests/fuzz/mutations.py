"""Mutations of a file, described as plain data so that hypothesis and a seeded random
generator (the reliability report) produce the same kinds of damage.

A mutation is a tuple: ("flip", position, bit), ("truncate", position), ("insert", position,
bytes), ("delete", position, length), ("overwrite", position, bytes), and, for zips,
("member", index, mutation) which damages one member's content and zips it again (so the
damage gets past the CRC and into the XML/text parser), ("duplicate", index) which adds a second
member of the same name, and ("huge", index) which declares an enormous uncompressed size.
Positions are taken modulo the length, so any integer is a valid position.
"""

from __future__ import annotations

import io
import random
import struct
import warnings
import zipfile

from hypothesis import strategies as st

Mutation = tuple
# Values that make parsers take their edge paths: lengths and counts at type limits, markup.
INTERESTING = (
    b"\x00", b"\xff\xff\xff\xff", b"\x7f\xff\xff\xff", b"\x00\x00\x00\x80", b"<", b"</", b"&",
    b"<!DOCTYPE x [<!ENTITY a SYSTEM 'http://127.0.0.1/'>]>", b"&a;", b"\\u-99999?", b"{\\*",
    b"stream", b"endobj", b" 99999999 0 R", b"/Length 999999999", b"\r\n--", b"=\r\n", b"\xc3",
    b"\xef\xbb\xbf", b"\xff\xfe", b"%PDF-", b"PK\x03\x04", b"{\\rtf1", b"<html>",
)
_CENTRAL = b"PK\x01\x02"


def apply(data: bytes, mutations: list[Mutation]) -> bytes:
    for mutation in mutations:
        data = _apply_one(data, mutation)
    return data


def _apply_one(data: bytes, mutation: Mutation) -> bytes:
    kind, *args = mutation
    if kind in ("member", "duplicate", "huge"):
        return _zip_mutation(data, kind, args)
    if not data:
        return bytes(args[1]) if kind in ("insert", "overwrite") else data
    at = args[0] % len(data)
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ (1 << (args[1] % 8))]) + data[at + 1:]
    if kind == "truncate":
        return data[:at]
    if kind == "insert":
        return data[:at] + args[1] + data[at:]
    if kind == "delete":
        return data[:at] + data[at + args[1]:]
    if kind == "overwrite":
        return data[:at] + args[1] + data[at + len(args[1]):]
    raise ValueError(f"unknown mutation {kind}")


def _zip_mutation(data: bytes, kind: str, args: list) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [(info, archive.read(info)) for info in archive.infolist()]
    except Exception:  # noqa: BLE001 - already broken by an earlier mutation: leave it so
        return data
    if not members:
        return data
    index = args[0] % len(members)
    if kind == "huge":
        return _declare_huge(data, index)
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # the duplicate name is the point
        for n, (info, content) in enumerate(members):
            if n == index and kind == "member":
                content = _apply_one(content, args[1])
            archive.writestr(info.filename, content)
            if n == index and kind == "duplicate":
                archive.writestr(info.filename, content[: len(content) // 2])
    return out.getvalue()


def _declare_huge(data: bytes, index: int) -> bytes:
    """Set the uncompressed size of the index-th central directory entry to 4 GB - 2."""
    at = -1
    for _ in range(index + 1):
        at = data.find(_CENTRAL, at + 1)
        if at < 0:
            return data
    field = at + 24  # central header: signature, versions, flags, method, time, date, crc, csize
    return data[:field] + struct.pack("<I", 0xFFFFFFFE) + data[field + 4:]


# --- hypothesis strategies ---------------------------------------------------------------

_position = st.integers(min_value=0, max_value=1 << 20)
_chunk = st.one_of(st.sampled_from(INTERESTING), st.binary(min_size=1, max_size=16))
_byte_mutation = st.one_of(
    st.tuples(st.just("flip"), _position, st.integers(0, 7)),
    st.tuples(st.just("truncate"), _position),
    st.tuples(st.just("insert"), _position, _chunk),
    st.tuples(st.just("delete"), _position, st.integers(1, 64)),
    st.tuples(st.just("overwrite"), _position, _chunk),
)
_zip_mutation_st = st.one_of(
    st.tuples(st.just("member"), st.integers(0, 16), _byte_mutation),
    st.tuples(st.just("duplicate"), st.integers(0, 16)),
    st.tuples(st.just("huge"), st.integers(0, 16)),
)


def mutations(zipped: bool) -> st.SearchStrategy[list[Mutation]]:
    """One to four mutations; zip-based formats get the member-level ones too."""
    one = st.one_of(_zip_mutation_st, _byte_mutation) if zipped else _byte_mutation
    return st.lists(one, min_size=1, max_size=4)


# --- the same, from a seeded random generator (no hypothesis engine) ----------------------

def random_mutations(pick: random.Random, zipped: bool) -> list[Mutation]:
    return [_random_one(pick, zipped) for _ in range(pick.randint(1, 4))]


def _random_one(pick: random.Random, zipped: bool) -> Mutation:
    if zipped and pick.random() < 0.5:
        kind = pick.choice(("member", "member", "duplicate", "huge"))
        index = pick.randint(0, 16)
        return (kind, index, _random_bytes_mutation(pick)) if kind == "member" else (kind, index)
    return _random_bytes_mutation(pick)


def _random_bytes_mutation(pick: random.Random) -> Mutation:
    position = pick.randint(0, 1 << 20)
    chunk = pick.choice(INTERESTING) if pick.random() < 0.5 else pick.randbytes(pick.randint(1, 16))
    kind = pick.choice(("flip", "flip", "truncate", "insert", "delete", "overwrite"))
    return {
        "flip": ("flip", position, pick.randint(0, 7)),
        "truncate": ("truncate", position),
        "insert": ("insert", position, chunk),
        "delete": ("delete", position, pick.randint(1, 64)),
        "overwrite": ("overwrite", position, chunk),
    }[kind]
