"""The search box's query language, parsed into a small AST that both index backends compile.

    bo tu phap            every word must match (typed without marks: matches any marks);
                          results holding them as a phrase rank first (Query.boost)
    "Bộ Tư pháp"          an exact phrase          tư*          a prefix
    -đang                 exclude                  a OR b       either (binds tighter than AND)
    tieude:/title:  nguon:/outlet:  tacgia:/author:  the:/tag:  nguoi:/person:  tochuc:/org:
    vanban:/doc:  diadiem:/place:  noidung:/body:      field filters (marks optional on names)
    tu:/from:  den:/to:  nam:/year:  quy:/quarter:    dates of publication

A term typed with marks searches the exact copy of the text (NFC, one tone placement,
casefolded), so `Đảng` does not find `đang`; a term without marks searches the folded copy,
so `dang` finds `Đảng` (DOMAIN §2). The tokenising and folding here are the only ones used by
the index, the query and the highlighter (ARCHITECTURE rule 8).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop.core.dates import DateError, parse_typed
from desktop.core.text import fold, has_marks, unify_tones

# A token: letters and digits, plus combining marks so decomposed text splits like NFC text.
TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")

FIELDS = ("title", "body", "outlet", "author", "tag", "person", "org", "place", "doc")
_TEXT_FIELDS = {
    "tieude": "title", "title": "title", "noidung": "body", "body": "body",
    "nguon": "outlet", "outlet": "outlet", "bao": "outlet",
    "tacgia": "author", "author": "author", "the": "tag", "tag": "tag",
    "nguoi": "person", "person": "person", "tochuc": "org", "org": "org",
    "diadiem": "place", "place": "place", "vanban": "doc", "doc": "doc",
}
_DATE_FIELDS = {
    "tu": "from", "from": "from", "den": "to", "to": "to",
    "nam": "year", "year": "year", "quy": "quarter", "quarter": "quarter",
}
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_FIELD_NAME = re.compile(r"([^\W\d_]+):")


class QueryError(ValueError):
    """A query that cannot be understood; the message says where and what, in Vietnamese."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (vị trí {position + 1})")
        self.position = position
        self.reason = message


def exact_form(text: str) -> str:
    """The exact copy: NFC, old-style tone placement, casefolded (`Uỷ` → `ủy`)."""
    nfc = unicodedata.normalize("NFC", text)
    return unicodedata.normalize("NFC", unify_tones(nfc).casefold())


class _Words(dict[str, str]):
    """One word conversion, remembered per word. Read through `map(words.__getitem__, ...)`,
    a word seen before costs a lookup in C, no Python call (30% less than an lru_cache)."""

    def __init__(self, convert: Callable[[str], str]) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, word: str) -> str:
        if len(self) >= 100_000:  # numbers and names keep coming; syllables come back
            self.clear()
        converted = self[word] = self._convert(word)
        return converted


exact_word = _Words(exact_form).__getitem__
fold_word = _Words(fold).__getitem__


def index_form(text: str, folded: bool) -> str:
    """Text as the index stores it (folded or exact copy), word by word.

    Both forms act within a word, and Vietnamese has few distinct syllables, so converting
    each distinct word once makes indexing several times faster than folding the whole text.
    """
    return " ".join(map(fold_word if folded else exact_word, text.split()))


def term_tokens(text: str, marked: bool) -> tuple[str, ...]:
    """The index tokens of what the user typed, in the copy the term searches."""
    return tuple(TOKEN.findall(index_form(text, folded=not marked)))


@dataclass(frozen=True)
class Term:
    """One thing to find: a word (one token), a phrase (several), the last maybe a prefix."""

    text: str
    tokens: tuple[str, ...]
    marked: bool
    prefix: bool = False
    field: str | None = None  # one of FIELDS; None means anywhere
    position: int = 0

    @property
    def is_phrase(self) -> bool:
        return len(self.tokens) > 1


@dataclass(frozen=True)
class Clause:
    """Terms joined by OR; a negated clause excludes what it matches."""

    terms: tuple[Term, ...]
    negated: bool = False


@dataclass(frozen=True)
class DateRange:
    """Publication dates as ISO text bounds: start inclusive, end exclusive."""

    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Query:
    text: str
    clauses: tuple[Clause, ...] = ()
    dates: DateRange | None = None
    # Several plain words also as one phrase: ranks articles holding the phrase first.
    boost: Term | None = None

    @property
    def is_empty(self) -> bool:
        return not self.clauses and self.dates is None

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.negated)

    @property
    def negative(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.negated)

    def highlight_terms(self) -> tuple[Term, ...]:
        return tuple(t for c in self.positive for t in c.terms)


def parse(text: str) -> Query:
    """Parse a search-box query; raises QueryError for anything malformed."""
    return _Parser(unicodedata.normalize("NFC", text)).parse()


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.start: str | None = None
        self.end: str | None = None
        self.has_dates = False

    def parse(self) -> Query:
        clauses: list[Clause] = []
        pending_or = last_was_clause = False
        while self._skip_spaces():
            at = self.pos
            if self._at_or():
                if not last_was_clause or pending_or or clauses[-1].negated:
                    raise QueryError("'OR' cần một từ cần tìm ở mỗi bên", at)
                self.pos += 2
                pending_or = True
                continue
            item = self._item()
            if item is None:
                if pending_or:
                    raise QueryError("Sau 'OR' phải là từ cần tìm", at)
                last_was_clause = False
                continue
            if pending_or:
                if item.negated:
                    raise QueryError("Không dùng '-' trong nhóm OR", at)
                clauses[-1] = Clause(clauses[-1].terms + item.terms)
                pending_or = False
            else:
                clauses.append(item)
            last_was_clause = True
        if pending_or:
            raise QueryError("'OR' ở cuối câu tìm: thiếu từ phía sau", len(self.text))
        dates = DateRange(self.start, self.end) if self.has_dates else None
        return Query(self.text, tuple(clauses), dates, _boost(clauses))

    def _skip_spaces(self) -> bool:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1
        return self.pos < len(self.text)

    def _at_or(self) -> bool:
        end = self.pos + 2
        return self.text[self.pos : end] == "OR" and (
            end == len(self.text) or self.text[end].isspace()
        )

    def _item(self) -> Clause | None:
        """One clause, or None when the item was a date filter (or bare punctuation)."""
        at = self.pos
        negated = self.text[at] == "-"
        if negated:
            self.pos += 1
            if self.pos == len(self.text) or self.text[self.pos].isspace():
                raise QueryError("Dấu '-' phải đi liền trước từ cần loại trừ", at)
        field = None
        name = _FIELD_NAME.match(self.text, self.pos)
        if name:
            key = fold(name.group(1))
            if key in _DATE_FIELDS:
                if negated:
                    raise QueryError("Không loại trừ được bộ lọc ngày", at)
                self.pos = name.end()
                self._date(_DATE_FIELDS[key], self._value(at, name.group(1)), at)
                return None
            if key not in _TEXT_FIELDS:
                known = ", ".join(sorted(set(_TEXT_FIELDS) | set(_DATE_FIELDS)))
                raise QueryError(f"Không có trường '{name.group(1)}'. Các trường: {known}", at)
            field = _TEXT_FIELDS[key]
            self.pos = name.end()
            if self.pos == len(self.text) or self.text[self.pos].isspace():
                raise QueryError(f"Trường '{name.group(1)}:' thiếu giá trị", at)
        term = self._term(field, at)
        if term is None:
            if negated or field:
                raise QueryError("Không có chữ hay số nào để tìm", at)
            return None
        return Clause((term,), negated)

    def _value(self, at: int, name: str) -> str:
        start = self.pos
        while self.pos < len(self.text) and not self.text[self.pos].isspace():
            self.pos += 1
        if start == self.pos:
            raise QueryError(f"Trường '{name}:' thiếu giá trị", at)
        return self.text[start : self.pos]

    def _term(self, field: str | None, at: int) -> Term | None:
        start = self.pos
        if self.text[start] == '"':
            close = self.text.find('"', start + 1)
            if close < 0:
                raise QueryError("Thiếu dấu \" đóng cụm từ", start)
            raw = self.text[start + 1 : close]
            self.pos = close + 1
            prefix = self.text.startswith("*", self.pos)
            self.pos += prefix
            if self.pos < len(self.text) and not self.text[self.pos].isspace():
                raise QueryError("Cần dấu cách sau dấu \" đóng cụm từ", self.pos)
            if not TOKEN.search(raw):
                raise QueryError("Cụm từ trong ngoặc kép không có chữ", start)
        else:
            while self.pos < len(self.text) and not self.text[self.pos].isspace():
                if self.text[self.pos] == '"':
                    raise QueryError("Dấu \" phải đứng đầu cụm từ", self.pos)
                self.pos += 1
            raw = self.text[start : self.pos]
            prefix = raw.endswith("*")
            raw = raw.rstrip("*") if prefix else raw
            if "*" in raw:
                raise QueryError("Dấu * chỉ dùng ở cuối từ (tìm theo đầu từ)", start)
            if not TOKEN.search(raw):
                if prefix:
                    raise QueryError("Dấu * cần có chữ đứng trước", start)
                return None
        marked = has_marks(raw)
        return Term(raw, term_tokens(raw, marked), marked, prefix, field, at)

    def _date(self, kind: str, value: str, at: int) -> None:
        try:
            start, end = _date_bounds(kind, value)
        except (DateError, ValueError) as exc:
            raise QueryError(f"Ngày '{value}' không hợp lệ: {exc}", at) from None
        self.has_dates = True
        if start is not None and (self.start is None or start > self.start):
            self.start = start
        if end is not None and (self.end is None or end < self.end):
            self.end = end
        if self.start is not None and self.end is not None and self.start >= self.end:
            raise QueryError("Khoảng thời gian rỗng: ngày bắt đầu sau ngày kết thúc", at)


def _boost(clauses: list[Clause]) -> Term | None:
    words = [
        c.terms[0] for c in clauses
        if not c.negated and len(c.terms) == 1 and c.terms[0].field is None
        and not c.terms[0].prefix and not c.terms[0].is_phrase
    ]
    if len(words) < 2:
        return None
    marked = all(w.marked for w in words)
    text = " ".join(w.text for w in words)
    return Term(text, term_tokens(text, marked), marked, position=words[0].position)


def _date_bounds(kind: str, value: str) -> tuple[str | None, str | None]:
    if kind == "quarter":
        match = re.fullmatch(r"(?i)([IV]+|[1-4])[/.-](\d{4})", value)
        if not match or match.group(1).lower() not in _QUARTERS:
            raise ValueError("quý viết dạng I/2024 … IV/2024 hoặc 1/2024")
        quarter, year = _QUARTERS[match.group(1).lower()], int(match.group(2))
        first = (quarter - 1) * 3 + 1
        after = f"{year + 1:04d}-01" if quarter == 4 else f"{year:04d}-{first + 3:02d}"
        return f"{year:04d}-{first:02d}", after
    if kind == "year":
        if not re.fullmatch(r"\d{4}", value):
            raise ValueError("năm viết bằng bốn chữ số")
        return value, f"{int(value) + 1:04d}"
    start, after = _period(value)
    return (start, None) if kind == "from" else (None, after)


def _period(value: str) -> tuple[str, str]:
    """The first ISO key of a typed date and the first key after its whole period."""
    iso = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if iso:
        year, month, day = (int(g) if g else None for g in iso.groups())
    else:
        typed = parse_typed(value)
        if typed is None or typed.year is None:
            raise ValueError("cần có năm, ví dụ 31/03/2024 hoặc 2024-03-31")
        year, month, day = typed.year, typed.month, typed.day
    if day is not None:
        current = date(year, month or 1, day)
        following = date.fromordinal(current.toordinal() + 1)
        return current.isoformat(), following.isoformat()
    if month is not None:
        if not 1 <= month <= 12:
            raise ValueError(f"tháng {month} không có thật")
        after = f"{year + 1:04d}-01" if month == 12 else f"{year:04d}-{month + 1:02d}"
        return f"{year:04d}-{month:02d}", after
    return f"{year:04d}", f"{year + 1:04d}"
