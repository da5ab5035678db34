"""Read a page saved from the browser: check its size and encoding, parse it (never fetching, never
running a script) and find its article and metadata."""

from __future__ import annotations

import codecs
import copy
import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.metadata import extract_author

from briefing.errors import fail
from briefing.read.clean import CleanRules
from briefing.read.page_body import PageBody, extract_body
from briefing.read.page_meta import PageMeta, read_page_meta

MAX_BYTES = 20 * 1024 * 1024
"""Larger files are refused: a saved news article is well under 2 MB without its images."""
MIN_WORDS = 50
"""An article has at least this many words in paragraphs; fewer is a login wall, a section front or an error page."""
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


@dataclass(frozen=True, slots=True)
class PageReading:
    """What a saved page gives: its metadata (each value with where it came from) and its article body."""

    meta: PageMeta
    body: PageBody


def read_page(data: bytes, shown: str, name: str, rules: CleanRules, saved: frozenset[str] = frozenset()) -> PageReading:
    """Read a saved page's bytes; raise BuildError naming the file when it is too large, badly
    encoded or holds no article. rules: the reader's (its furniture); saved: the files of its `_files` folder."""
    if len(data) > MAX_BYTES:
        raise fail(shown, f"the saved page is {len(data) / 1024 / 1024:.1f} MB; at most "
                          f"{MAX_BYTES // 1024 // 1024} MB is read (save the article's page again, as "
                          "'Web page, HTML only', or remove the file)")
    tree = _parse(decode_page(data, shown), shown)
    meta = read_page_meta(tree, lambda: extract_author(tree), lambda: _original_date(tree))
    body = extract_body(tree, name, saved, meta, rules)
    if body is None or _paragraph_words(body.html) < MIN_WORDS:
        raise fail(shown, "no article found in this saved page (a section front, a login wall or a "
                          "cookie notice?): open the article itself in the browser, then save it again")
    return PageReading(meta, body)


def decode_page(data: bytes, shown: str) -> str:
    """Decode a page by its byte order mark or declared charset (UTF-8 when it declares none)."""
    encoding, data = _encoding(data, shown)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise fail(shown, f"not valid {encoding}: byte 0x{data[error.start]:02x} (the page is damaged or "
                          "mislabelled; save it again from the browser)", line) from None


def _encoding(data: bytes, shown: str) -> tuple[str, bytes]:
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return name, data[len(bom):]
    declared = _CHARSET.search(data[:4096])
    name = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    try:
        name = codecs.lookup(name).name
    except LookupError:
        raise fail(shown, f"the page declares an unknown character encoding {name!r} (save it again "
                          "from the browser, as UTF-8)") from None
    # Browsers read pages labelled latin-1 as windows-1252 (the WHATWG encoding standard).
    return ("cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name), data


def _parse(text: str, shown: str) -> HtmlElement:
    try:
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", text.replace("\x00", "")))
    except (lxml.etree.ParserError, ValueError) as error:
        raise fail(shown, f"cannot parse the page as HTML ({error}); save it again from the browser") from None


def _original_date(tree: HtmlElement) -> str | None:
    """Ask htmldate for the page's original date in its markup only (never its text, never today)."""
    without_comments = copy.deepcopy(tree)
    for comment in without_comments.xpath("//comment()"):  # "saved from" notes are not the article's
        comment.drop_tree()
    return find_date(without_comments, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")


def _paragraph_words(html: str) -> int:
    body = lxml.html.fragment_fromstring(html, create_parent="div") if html.strip() else None
    return sum(len(p.text_content().split()) for p in body.iter("p")) if body is not None else 0
