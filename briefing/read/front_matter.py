"""Split an article's front matter from its body with python-frontmatter and a strict YAML handler.

The library alone would strip the body's white space, read an unclosed `---` block as body text and
drop a front matter that is not a mapping; these are checked here, and the body is kept byte for byte.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import frontmatter

from briefing.read.frontmatter_yaml import FrontMatterError, parse_front_matter


class Metadata(dict):
    """Front matter values, with the 1-based file line of each key (for messages and provenance)."""

    def __init__(self, values: dict[str, object], key_lines: dict[str, int]) -> None:
        super().__init__(values)
        self.key_lines = key_lines


class StrictYAMLHandler(frontmatter.YAMLHandler):
    """python-frontmatter's YAML handler, reading strictly: no tags, aliases or duplicate keys, every
    scalar a string; the block must be closed by a `---` line and hold a mapping."""

    FM_BOUNDARY = re.compile(r"^---[ \t]*$", re.MULTILINE)

    def split(self, text: str) -> tuple[str, str]:
        """Return the front matter (its line breaks kept, so YAML lines are file lines - 1) and the
        body exactly as written; raise FrontMatterError when the block is never closed."""
        try:
            block, content = super().split(text)
        except ValueError:
            raise FrontMatterError("front matter opened with `---` is never closed "
                                   "(add a line `---` after the last key)", 0, None) from None
        return block, content[1:]  # the closing fence's own line break is not the body's

    def load(self, fm: str, **kwargs: object) -> Metadata:
        """Return the block's mapping; raise FrontMatterError with a 0-based file line."""
        values, key_lines = parse_front_matter(fm)
        return Metadata(values, {key: line + 1 for key, line in key_lines.items()})


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """What a file's front matter says, and where its body starts."""

    metadata: Metadata
    body: str
    body_line: int
    """The 1-based file line on which the body starts."""


def split_front_matter(text: str) -> FrontMatter | None:
    """Return the front matter and body of a decoded text, or None when its first line is not `---`.

    Raise FrontMatterError; its line is 0-based in the file.
    """
    handler = StrictYAMLHandler()
    if not handler.detect(text):
        return None
    block, body = handler.split(text)
    return FrontMatter(handler.load(block), body, block.count("\n") + 2)
