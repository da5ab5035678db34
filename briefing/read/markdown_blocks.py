"""A Python-Markdown extension that skips inline parsing for paragraphs of plain prose.

Most paragraphs of a news article are sentences without any Markdown, yet Python-Markdown tries each
of its inline patterns on each of them, which is most of its time. A paragraph in which nothing could
mean Markdown to the default extensions becomes its `<p>` with its text taken as it is; the HTML is
the same as Python-Markdown's own. Only for the default extensions: an added one may act on plain
text too (abbreviations, typography).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.util import AtomicString

# Anything Python-Markdown or the default extensions could read as markup: escapes, code, emphasis,
# links and images, HTML, entities and Python-Markdown's own placeholders, strikethrough, tables;
# headings, quotes, lists, setext underlines, indented code and line breaks by how a line starts or
# ends; bare links and e-mail addresses.
# Each is tested on its own, faster than in one regex (whose case-blind alternatives are slow): a
# character anywhere, how a line starts, a line ending in a space, a link's beginning in any case.
_MARKUP_CHARACTER = re.compile(r"[\\`*_\[\]!<>&~|@\t\x00-\x08\x0b-\x1f]")
_LINE_START = re.compile(r"^(?:[ #>=+-]|\d+[.)])", re.M)
_PRIORITY = 101
"""Before every other block processor (the highest, "empty", is 100): a plain block is one none of
them takes, save an empty one or one that starts with a blank line ("empty" takes those)."""


def is_plain(block: str) -> bool:
    """Return True when nothing in a paragraph could mean Markdown to the default extensions."""
    if _MARKUP_CHARACTER.search(block) or _LINE_START.search(block) or " \n" in block or block.endswith(" "):
        return False
    # No character but W, F, T and P lower-cases to w, f, t or p: lower() makes the test case-blind.
    lowered = block.lower()
    return not ("://" in block or "www." in lowered or "ftp." in lowered)


class PlainParagraphs(Extension):
    """Makes plain-prose paragraphs without running the inline patterns on them."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        """Register the plain paragraph processor with md's block parser."""
        md.parser.blockprocessors.register(_PlainParagraph(md.parser), "briefing_plain_paragraph", _PRIORITY)


class _PlainParagraph(BlockProcessor):
    def test(self, parent: etree.Element, block: str) -> bool:
        # In a tight list Python-Markdown adds the text to the item instead of making a paragraph.
        return (bool(block) and not block.startswith("\n") and not self.parser.state.isstate("list")
                and is_plain(block))

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        etree.SubElement(parent, "p").text = AtomicString(blocks.pop(0))
