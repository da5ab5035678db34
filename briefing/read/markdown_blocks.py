"""Stand in for the paragraphs of a Markdown text that are plain prose, so Python-Markdown reads less.

Most paragraphs of a news article are sentences without any Markdown; Python-Markdown's time grows
with the text it scans. Each plain paragraph is replaced by a short stand-in word before conversion
and put back after it: the blocks stay where they were, so lists, quotes and code around them are
read as before, and the HTML is the same (`<p>` + the text + `</p>`). A paragraph is plain only when
nothing in it could mean Markdown to the default extensions; a stand-in that does not come back as
a paragraph of its own (inside fenced code, say) makes the caller convert the original text.
"""

from __future__ import annotations

import re

_BLANK_LINES = re.compile(r"(\n(?:[ \t]*\n)+)")
# Anything Python-Markdown or the default extensions could read as markup: escapes, code, emphasis,
# links and images, HTML and entities, strikethrough, tables; headings, quotes, lists, setext
# underlines, indented code and line breaks by how a line starts or ends; bare links and e-mails.
_NOT_PLAIN = re.compile(r"[\\`*_\[\]!<>&~|@\t\x00-\x08\x0b-\x1f]|^[ #>=+-]|^\d+[.)]|[ ]$|://|www\.|ftp\.",
                        re.M | re.I)
_STAND_IN = "zqbriefingplain"
_PUT_BACK = re.compile(f"<p>{_STAND_IN}([0-9]+)zq</p>")
SHORTEST = 40
"""Shorter paragraphs are left in place: a stand-in would save less than it costs."""


def stand_in_plain(source: str) -> tuple[str, tuple[str, ...]] | None:
    """Return source with each plain paragraph replaced by a stand-in word, and those paragraphs in
    order; None when there is nothing to stand in for."""
    if _STAND_IN in source:
        return None
    parts = _BLANK_LINES.split(source)
    plain: list[str] = []
    for index in range(0, len(parts), 2):
        block = parts[index].strip("\n")
        if len(block) >= SHORTEST and not _NOT_PLAIN.search(block):
            parts[index] = f"{_STAND_IN}{len(plain)}zq"
            plain.append(block)
    return ("".join(parts), tuple(plain)) if plain else None


def put_back_plain(html: str, plain: tuple[str, ...]) -> str | None:
    """Return the HTML with each stand-in paragraph holding its text again; None when a stand-in
    did not come back as a paragraph of its own (convert the original text instead)."""
    restored, count = _PUT_BACK.subn(lambda match: f"<p>{plain[int(match.group(1))]}</p>", html)
    return restored if count == len(plain) and _STAND_IN not in restored else None
