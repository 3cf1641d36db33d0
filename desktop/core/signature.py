"""A compact fingerprint of an article's wording, to find the same story republished elsewhere.

The text is folded (core.text.fold, so accents and case do not matter), cut into word
5-shingles, and summarised by one-permutation MinHash: each shingle's hash falls into one of
64 bins and each bin keeps its smallest hash. Two texts agree in a bin with probability close
to the Jaccard similarity of their shingle sets, so the share of agreeing bins estimates how
much wording they share. One hash per shingle (not 64) keeps it cheap in pure Python.

For lookup, the 64 bins are grouped into 16 bands of 4; a band key is stored per band, and
articles sharing any band key are candidates (locality-sensitive hashing). With 4 rows per
band, pairs at similarity 0.7 share a band 99% of the time, pairs at 0.2 only 3%.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib

from desktop.core.text import fold

BINS = 64
ROWS = 4  # bins per band
BANDS = BINS // ROWS
SHINGLE = 5  # words per shingle
# Below this many shingles a text is a brief notice; short texts that share a few stock
# phrases would look alike, so they get no signature and are never called twins.
MIN_SHINGLES = 40
# The estimated share of wording that makes two articles twins. Republished stories with a
# new first paragraph or another byline score 0.8-0.95 in the tests; unrelated articles from
# the same office, sharing its stock phrases, stay below 0.1.
THRESHOLD = 0.5

_WORD = re.compile(r"\w+")
_EMPTY = (1 << 32) - 1
_SLOT_SHIFT = 32 - (BINS.bit_length() - 1)  # the top bits of a 32-bit hash pick the bin
_PACK = struct.Struct(f">{BINS}I")


def signature(text: str, chunks: list[str] | None = None) -> bytes | None:
    """64 four-byte bin minima (256 bytes), or None for a text too short to compare.

    `chunks` is `text.split()` when the caller has it already (splitting an article makes
    an object per word: 2% of an import's CPU)."""
    encoded = _words(text.split() if chunks is None else chunks)
    if len(encoded) - SHINGLE + 1 < MIN_SHINGLES:
        return None
    # crc32 of each shingle's bytes is the cheapest decent hash Python offers (C, no objects
    # per call); its top bits choose the bin, a multiplicative remix of it is what is kept.
    minima = [_EMPTY] * BINS
    shingles = zip(*(encoded[i:] for i in range(SHINGLE)))  # noqa: B905 - shorter ones end it
    for shingle in map(b" ".join, shingles):
        h = zlib.crc32(shingle)
        slot = h >> _SLOT_SHIFT
        h = (h * 0x9E3779B1) & _EMPTY
        if h < minima[slot]:
            minima[slot] = h
    return _PACK.pack(*_densify(minima))


class _FoldTable(dict[int, str]):
    """core.text.fold applied one character at a time and remembered: the same result as
    folding the whole text (folding never looks at neighbours), at a fraction of the cost."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold(chr(code))
        return folded


_FOLDED = _FoldTable()


class _ChunkWords(dict[str, bytes]):
    """The folded words of one whitespace-free chunk of text, UTF-8, joined by spaces, and
    remembered: chunks recur as words do, so a text costs str.split and a lookup per chunk
    instead of folding and matching every character. Whitespace folds to no word character,
    so no word spans two chunks: the words are those of the whole text folded."""

    def __missing__(self, chunk: str) -> bytes:
        if len(self) >= 100_000:  # numbers and names keep coming; words come back
            self.clear()
        words = self[chunk] = " ".join(_WORD.findall(chunk.translate(_FOLDED))).encode()
        return words


_chunk_words = _ChunkWords().__getitem__


def _words(chunks: list[str]) -> list[bytes]:
    """The words of the folded text (`\\w+` of core.text.fold) whose whitespace-free chunks
    are `chunks`, UTF-8."""
    return b" ".join(map(_chunk_words, chunks)).split()


def _densify(minima: list[int]) -> list[int]:
    """Fill empty bins from the next filled one (rotation), so every bin can be compared."""
    if all(m != _EMPTY for m in minima):
        return minima
    filled = [m for m in minima if m != _EMPTY]
    if not filled:
        return minima
    out = list(minima)
    for slot, value in enumerate(minima):
        step = 0
        while value == _EMPTY:
            step += 1
            value = minima[(slot + step) % BINS]
        # Offsetting by the distance keeps a borrowed value from matching a real one.
        out[slot] = value if step == 0 else (value + step * 0x9E3779B1) & _EMPTY
    return out


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets, 0.0 to 1.0."""
    return sum(x == y for x, y in zip(_PACK.unpack(a), _PACK.unpack(b), strict=True)) / BINS


def band_keys(sig: bytes) -> list[int]:
    """One key per band, a positive 63-bit integer that fits SQL BIGINT; the band's number
    is part of the key so equal values in different bands do not collide."""
    size = ROWS * 4
    keys = []
    for band in range(BANDS):
        chunk = bytes([band]) + sig[band * size:(band + 1) * size]
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big") >> 1)
    return keys
