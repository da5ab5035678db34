"""Turn article bodies into safe HTML: plain text is escaped, Markdown is sanitised with nh3."""

from __future__ import annotations

import re
from html import escape

import markdown
import nh3

from briefing.slugs import slugify

_ALLOWED_TAGS = {"p", "a", "em", "strong", "b", "i", "blockquote", "ul", "ol", "li", "h2", "h3", "h4",
                 "h5", "h6", "code", "pre", "br", "hr", "table", "thead", "tbody", "tr", "th", "td",
                 "sup", "sub", "abbr", "del", "ins", "img", "figure", "figcaption", "cite", "q", "small"}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title", "width", "height"},
                       "abbr": {"title"}, "th": {"scope"}, "td": set(),
                       **{f"h{n}": {"id"} for n in range(2, 7)}}
# Heading ids start with "h-" so content can never take an id of the page around it (main, p1, y-2019).
_SAFE_ID = re.compile(r"^h-[a-z0-9-]+$")
_OPEN_P = re.compile(r"<p>")
_NOT_IN_URL = re.compile(r"[\x00-\x20\x7f]+")
_SAFE_SCHEME = re.compile(r"^(?:https?:|mailto:|[^:]*(?:[/?#]|$))", re.I)
_CONTAINER = re.compile(r"[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))")
MAX_NESTING = 64
"""Deeper lists or quotes make Python-Markdown slow, then overflow its recursion (thousands of levels)."""


class BodyRenderer:
    """Renders article bodies; holds one reusable Markdown converter per build (not shared)."""

    def __init__(self) -> None:
        self._markdown = markdown.Markdown(
            extensions=["tables", "fenced_code", "sane_lists", "toc"],
            extension_configs={"toc": {"slugify": _heading_id}},
            output_format="html")

    def text_html(self, paragraphs: tuple[str, ...]) -> str:
        """Return escaped paragraphs, each with a stable #pN anchor."""
        return "\n".join(f'<p id="p{n}">{escape(p, quote=False)}</p>'
                         for n, p in enumerate(paragraphs, start=1))

    def markdown_html(self, source: str) -> str:
        """Return sanitised HTML for a Markdown body; top-level paragraphs get #pN anchors."""
        self._markdown.reset()
        html = sanitise(self._markdown.convert(source))
        counter = iter(range(1, html.count("<p>") + 1))
        return _OPEN_P.sub(lambda _: f'<p id="p{next(counter)}">', html)


def sanitise(html: str) -> str:
    """Keep only harmless tags, attributes and http(s)/mailto/relative links."""
    return nh3.clean(html, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES,
                     url_schemes={"http", "https", "mailto"}, attribute_filter=_filter_attribute,
                     link_rel="noopener noreferrer nofollow", strip_comments=True)


def nesting_depth(text: str) -> tuple[int, int]:
    """Return the deepest list/quote nesting of a Markdown text and the 1-based line where it is."""
    deepest, where = 0, 0
    for number, line in enumerate(text.split("\n"), start=1):
        depth, position = 0, 0
        while match := _CONTAINER.match(line, position):
            depth, position = depth + 1, match.end()
        indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))
        if depth + indent // 4 > deepest:
            deepest, where = depth + indent // 4, number
    return deepest, where


def _filter_attribute(element: str, attribute: str, value: str) -> str | None:
    if attribute == "id":
        # Python-Markdown's toc numbers repeated headings "h-x_1"; keep them, in the id alphabet.
        value = value.replace("_", "-")
        return value if _SAFE_ID.match(value) else None
    if attribute == "href" and value.startswith("#"):
        return value.replace("_", "-")
    if attribute in ("href", "src") and not _SAFE_SCHEME.match(_NOT_IN_URL.sub("", value)):
        # "java\tscript:" with blanks inside: browsers drop tabs and newlines from URLs.
        return None
    return value


def _heading_id(value: str, separator: str) -> str:
    return "h-" + (slugify(value) or "section")
