"""Saved web pages (.html/.htm): the article text without menus, sidebars and comments.

The main-content extraction is trafilatura's (a maintained, benchmarked boilerplate remover);
this module decides the page's charset, removes what Vietnamese sites call comments, puts back
the title and the lead (`sapo`) that sites keep outside the article body, and reads metadata.
Nothing here touches the network: trafilatura only ever gets a parsed tree.
"""

from __future__ import annotations

import codecs
import copy
import re

from lxml import etree
from lxml import html as lxml_html

from desktop.core.text import fold, normalize
from desktop.importers.base import Extracted, ImportProblem
from desktop.importers.pagemeta import page_hints

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# The HTML spec looks for the charset in the first 1024 bytes; saved pages put long scripts
# before it, so look further.
_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([\w:.-]+)""", re.IGNORECASE)
_XML_DECL_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Control characters are never content; lxml keeps them in the tree, where trafilatura's own
# writes then fail (found by fuzzing: a vertical tab in a paragraph).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# WHATWG: these labels mean windows-1252 in every browser.
_AS_CP1252 = {"iso8859-1", "ascii", "latin-1", "iso-8859-1", "us-ascii", "latin1"}
# Comment boxes and forms under Vietnamese names trafilatura's English rules do not know.
_COMMENTS = re.compile(r"binh-?luan|comment|y-?kien|ykienbandoc|fb-comments", re.IGNORECASE)
_FORM_TAGS = ("form", "textarea", "input", "button", "select", "noscript")
_LEAD = re.compile(r"sapo|chapeau|\blead\b|summary|description|tom-?tat|excerpt", re.IGNORECASE)
_OUTSIDE_ARTICLE = {"aside", "nav", "footer", "header"}
_MIN_LEAD = 40


def read(data: bytes) -> Extracted:
    return read_page(data)


def read_page(
    data: bytes, charset: str | None = None, url: str | None = None, kind: str = "html"
) -> Extracted:
    """Extract an HTML page; `charset` and `url` come from an enclosing MIME part, if any."""
    if not data.strip():
        raise ImportProblem("Tệp rỗng")
    text, encoding = decode_page(data, charset)
    tree = _parse(text)
    content = copy.deepcopy(tree)  # trafilatura prunes the tree it is given
    _drop_comments(content)
    document = _extract(content)
    body = document.text if document is not None and document.text else _all_text(content)
    fallback = {
        "title": getattr(document, "title", None),
        "author": getattr(document, "author", None),
        "site": getattr(document, "sitename", None),
    }
    hints = page_hints(tree, fallback, url)
    lines = [line for line in normalize(body).split("\n") if line.strip()]
    lead = _lead(tree)
    folded_body = fold(" ".join(lines))
    if lead and fold(lead) not in folded_body:
        lines.insert(0, lead)
    if hints.title and (not lines or fold(lines[0]) != fold(hints.title)):
        lines.insert(0, hints.title)
    result = normalize("\n".join(lines))
    if not result:
        raise ImportProblem("Trang web không có nội dung chữ")
    return Extracted(text=result, kind=kind, encoding=encoding, hints=hints)


def decode_page(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """The page as text and the encoding used: BOM, then the declared charset, then a guess."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode("utf-16" if name == "utf-16" else "utf-8-sig", "replace"), name
    head = data[:8192]
    declared = charset or _first_group(_CHARSET, head) or _first_group(_XML_DECL, head)
    codec = _codec(declared)
    if codec and not codec.startswith("utf") and not data.isascii():
        # Valid multi-byte UTF-8 is almost never a single-byte code page by chance, while
        # pages re-saved as UTF-8 under their old label are common: trust the bytes.
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if codec:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass  # a wrong label is common on old sites; fall through to a guess
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from desktop.core.encodings import UndecodableError, decode  # the guesser, only if needed

    try:
        decoded = decode(data)
    except UndecodableError as exc:
        raise ImportProblem(str(exc)) from exc
    return decoded.text, decoded.encoding


def _first_group(pattern: re.Pattern[bytes], data: bytes) -> str | None:
    match = pattern.search(data)
    return match.group(1).decode("ascii", "ignore") if match else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except (LookupError, ValueError):  # ValueError: a NUL inside a damaged label
        return None
    if name in _AS_CP1252 or label.strip().lower() in _AS_CP1252:
        return "cp1252"
    return "utf-16" if name.startswith("utf-16") else name


def _parse(text: str) -> lxml_html.HtmlElement:
    parser = lxml_html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, default_doctype=False
    )
    try:
        # lxml refuses str input that still declares a byte encoding.
        return lxml_html.document_fromstring(
            _CONTROL.sub("", _XML_DECL_TEXT.sub("", text)), parser=parser
        )
    except (etree.ParserError, ValueError) as exc:
        raise ImportProblem("Trang web bị hỏng, không đọc được nội dung") from exc


def _drop_comments(tree: lxml_html.HtmlElement) -> None:
    doomed = [el for tag in _FORM_TAGS for el in tree.iter(tag)]
    doomed += [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and el.tag not in ("html", "body")
        and _COMMENTS.search(f"{el.get('class', '')} {el.get('id', '')}")
    ]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _extract(tree: lxml_html.HtmlElement):  # noqa: ANN202 - trafilatura's Document type
    import trafilatura  # heavy; loaded on the first page imported, not at start-up

    return trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        fast=False,
    )


def _all_text(tree: lxml_html.HtmlElement) -> str:
    """Last resort when no main content stands out: every text line of the body."""
    import trafilatura

    return trafilatura.html2txt(tree) or ""


def _lead(tree: lxml_html.HtmlElement) -> str | None:
    """The `sapo`: sites put it beside, not inside, the article body the extractor keeps."""
    for element in tree.iter("h2", "p", "div", "span", "strong"):
        if not _LEAD.search(f"{element.get('class', '')} {element.get('id', '')}"):
            continue
        if any(parent.tag in _OUTSIDE_ARTICLE for parent in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if len(text) >= _MIN_LEAD:
            return text
    return None
