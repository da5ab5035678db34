"""Turn article bodies into safe HTML: plain text is escaped, Markdown is sanitised with nh3.

Markdown is converted by Python-Markdown with the extensions of read/markdown_options.py (tables,
fenced code, strikethrough, autolinks, sane lists, plus any the site adds); raw HTML and whatever
an extension writes go to nh3 afterwards, which drops scripts with their content.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import Counter
from collections.abc import Callable
from html import escape, unescape

import markdown
import nh3

from briefing.read.furniture import ends_sentence
from briefing.read.markdown_blocks import PlainParagraphs
from briefing.read.markdown_options import ExtensionSetting, extension_arguments, extension_objects
from briefing.read.markdown_patterns import PatternPicker
from briefing.read.markdown_whitespace import QuickWhitespace
from briefing.slugs import slugify

_ALLOWED_TAGS = {"p", "a", "em", "strong", "b", "i", "blockquote", "ul", "ol", "li", "h2", "h3", "h4",
                 "h5", "h6", "code", "pre", "br", "hr", "table", "thead", "tbody", "tr", "th", "td",
                 "sup", "sub", "abbr", "del", "ins", "img", "figure", "figcaption", "cite", "q", "small"}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title", "width", "height"},
                       "abbr": {"title"}, "th": {"scope"}, "td": set(),
                       **{f"h{n}": {"id"} for n in range(2, 7)}}
# Heading ids start with "h-" so content can never take an id of the page around it (main, p1, y-2019).
_SAFE_ID = re.compile(r"^h-[a-z0-9-]+$")
_NOT_IN_URL = re.compile(r"[\x00-\x20\x7f]+")
_SAFE_SCHEME = re.compile(r"^(?:https?:|mailto:|[^:]*(?:[/?#]|$))", re.I)
_CONTAINER = re.compile(r"[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))")
_NESTING_STARTS = (" ", "\t", ">", "-", "*", "+", *"0123456789")
"""How every line that _CONTAINER matches or that is indented starts."""
# Any attributes an extension gives a heading (toc's ids, attr_list's) give way to the stable id.
_HEADING = re.compile(r"<h([2-6])(?:\s[^>]*)?>(.*?)</h\1>", re.S)
_TAG = re.compile(r"<[^>]*>")
_FIRST_P = re.compile(r"<p(?:\s[^>]*)?>(.*?)</p>", re.S)
_NUMBERED_P = re.compile(r'<p id="p\d+">(.*?)</p>', re.S)
_BREAK = re.compile(r"<br>")
MAX_NESTING = 64
"""Deeper lists or quotes are refused: no reader follows them, and HTML parsers cap nesting."""


class BodyRenderer:
    """Renders article bodies; Python-Markdown converters are made once and reset between bodies."""

    def __init__(self, extensions: tuple[ExtensionSetting, ...] = ()) -> None:
        names, configs = extension_arguments(extensions)
        if extensions:
            # Added extensions may act on any text (abbreviations, typography) and bring patterns of
            # their own: then one converter parses every paragraph in full.
            converter = markdown.Markdown(extensions=extension_objects(names, configs), extension_configs=configs,
                                          output_format="html")
            self._converter: Callable[[str], markdown.Markdown] = lambda _: converter.reset()
        else:
            self._converter = PatternPicker(lambda: markdown.Markdown(
                extensions=[*extension_objects(names, configs), PlainParagraphs(), QuickWhitespace()],
                extension_configs=configs, output_format="html")).converter

    def text_html(self, paragraphs: tuple[str, ...]) -> str:
        """Return escaped paragraphs, each with a stable #pN anchor; a subheading between them (see is_subheading) is
        a heading, anchored as the paragraph it stands for."""
        return "\n".join(_text_block(text, number, heading=1 < number < len(paragraphs) and is_subheading(text))
                         for number, text in enumerate(paragraphs, start=1))

    def markdown_html(self, source: str) -> str:
        """Return sanitised HTML for a Markdown body; top-level paragraphs get #pN anchors."""
        return self.html_body(self._convert(source))

    def html_body(self, html: str) -> str:
        """Return sanitised HTML for an HTML body (Markdown's, a saved page's); paragraphs get #pN anchors."""
        before, *paragraphs = sanitise(_with_heading_ids(html)).split("<p>")
        # Split at each <p> and joined again numbered: a regex's substitution called a function for each.
        return before + "".join(f'<p id="p{number}">{rest}' for number, rest in enumerate(paragraphs, start=1))

    def _convert(self, source: str) -> str:
        return self._converter(source).convert(source)


def _text_block(text: str, number: int, *, heading: bool) -> str:
    tag = "h2" if heading else "p"
    return f'<{tag} id="p{number}">{escape(text, quote=False)}</{tag}>'


SUBHEADING_MAX_WORDS = 10


def is_subheading(text: str) -> bool:
    """Tell whether a line of plain text between paragraphs reads as a subheading: a few words, capitalised, with no
    sentence's end ("The hearing", "Rights and water risks", "COUNTING THE COST")."""
    return len(text.split()) <= SUBHEADING_MAX_WORDS and text[:1].isupper() and not ends_sentence(text)


def body_renderer(extensions: tuple[ExtensionSetting, ...] = ()) -> BodyRenderer:
    """Return this process's renderer for a set of extensions (making a converter costs milliseconds);
    one per thread, as Python-Markdown converters hold the state of the text they convert."""
    return _thread_renderer(threading.get_ident(), extensions)


@functools.lru_cache(maxsize=8)
def _thread_renderer(thread: int, extensions: tuple[ExtensionSetting, ...]) -> BodyRenderer:
    return BodyRenderer(extensions)


def _with_heading_ids(html: str) -> str:
    """Give every heading an id from its text ("h-reaction"); repeats get "-1", "-2".

    A numbered id is never one a heading already has, nor one a later heading's text gives it
    ("X", "X", "X 1" are h-x, h-x-2, h-x-1: unique whatever the order).
    """
    if "<h" not in html:
        return html  # no heading: most articles have none, and a search and a substitution find nothing
    bases = [_heading_id(unescape(_TAG.sub("", match.group(2)))) for match in _HEADING.finditer(html)]
    waiting = Counter(bases)  # the natural ids of the headings not numbered yet
    numbers: dict[str, int] = {}
    taken: set[str] = set()
    anchors = []
    for base in bases:
        waiting[base] -= 1
        anchor = base
        if base in taken:
            number = numbers.get(base, 0)
            while anchor in taken or waiting[anchor] > 0:
                number += 1
                anchor = f"{base}-{number}"
            numbers[base] = number
        taken.add(anchor)
        anchors.append(anchor)
    ids = iter(anchors)
    return _HEADING.sub(lambda m: f'<h{m.group(1)} id="{next(ids)}">{m.group(2)}</h{m.group(1)}>', html)


def first_paragraph_text(html: str) -> str:
    """Return the text a reader sees in the first paragraph of sanitised body HTML ("" when none)."""
    match = _FIRST_P.search(html)
    return _plain_text(match.group(1)) if match else ""


def paragraph_texts(html: str) -> tuple[str, ...]:
    """Return the text a reader sees in each numbered paragraph (#p1, #p2, ...) of body HTML, in order."""
    return tuple(_plain_text(match.group(1)) for match in _NUMBERED_P.finditer(html))


def _plain_text(html: str) -> str:
    return " ".join(unescape(_TAG.sub("", _BREAK.sub(" ", html))).split())


def sanitise(html: str) -> str:
    """Keep only harmless tags, attributes and http(s)/mailto/relative links."""
    return _sanitiser().clean(html)


@functools.cache
def _sanitiser() -> nh3.Cleaner:
    """Return the process's sanitiser, made once: nh3.clean() builds one from its options on every call,
    a fifth of its time on an article's body."""
    return nh3.Cleaner(tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES, url_schemes={"http", "https", "mailto"},
                       attribute_filter=_filter_attribute, link_rel="noopener noreferrer nofollow",
                       strip_comments=True)


def nesting_depth(text: str) -> tuple[int, int]:
    """Return the deepest list/quote nesting of a Markdown text and the 1-based line where it is."""
    deepest, where = 0, 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.startswith(_NESTING_STARTS):
            continue  # most lines are prose: neither indented nor a list item or a quote
        depth, position = 0, 0
        while match := _CONTAINER.match(line, position):
            depth, position = depth + 1, match.end()
        indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))
        if depth + indent // 4 > deepest:
            deepest, where = depth + indent // 4, number
    return deepest, where


def _filter_attribute(element: str, attribute: str, value: str) -> str | None:
    if attribute == "id":
        return value if _SAFE_ID.match(value) else None
    if attribute in ("href", "src") and not _SAFE_SCHEME.match(_NOT_IN_URL.sub("", value)):
        # "java\tscript:" with blanks inside: browsers drop tabs and newlines from URLs.
        return None
    return value


def _heading_id(text: str) -> str:
    return "h-" + (slugify(text) or "section")
