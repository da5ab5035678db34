"""The raw-text reader's rules and result: what cleaning.yaml says, and what was found in one body.

Every line of the body ends up somewhere: a paragraph, a caption, a recognised field, or the list
of removed lines with the reason, so nothing is lost silently (briefing/read/rawtext.py reads it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.dates import PartialDate
from briefing.read.furniture import FurnitureData
from briefing.read.outlets import Outlets, outlets_from_data
from briefing.records import Caption, Removed


@dataclass(frozen=True, slots=True)
class CleanRules:
    """The cleaner's data: junk lines, hint patterns, publications and photo agencies."""

    junk_lines: frozenset[str]
    junk_patterns: tuple[re.Pattern[str], ...]
    publication_patterns: tuple[re.Pattern[str], ...]
    publication_aliases: tuple[tuple[str, str], ...]
    author_patterns: tuple[re.Pattern[str], ...]
    publications: frozenset[str]
    photo_credits: tuple[str, ...]
    outlets: Outlets = outlets_from_data([])
    """Publications and agencies (outlets.yaml, with the project's own additions)."""
    furniture: FurnitureData = FurnitureData()
    """Furniture lines and patterns (furniture.yaml) and the common words of English and Spanish."""


@dataclass(frozen=True, slots=True)
class CleanText:
    """What the reader found in one body; line numbers are the file's own."""

    headline: str = ""
    headline_line: int = 0
    dek: str = ""
    authors: tuple[str, ...] = ()
    authors_detail: str = ""
    """Where the authors were found ("byline, line 5")."""
    wire: str = ""
    """The news agency credited in the dateline or byline ("The Associated Press")."""
    publication: tuple[str, str] | None = None
    """The publication and where it was found."""
    dateline: str = ""
    header_date: str = ""
    stated_date: tuple[PartialDate, int, str] | None = None
    """The date the text states, its line and how it was found."""
    caption_date: tuple[PartialDate, int] | None = None
    undated_caption: tuple[str, int] | None = None
    author_hint: tuple[str, int] | None = None
    paragraphs: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    removed: tuple[Removed, ...] = ()
    notices: tuple[tuple[int, str], ...] = ()
    """Doubts about the reading, by line: warnings for the build."""
    date_doubts: tuple[tuple[int, str], ...] = ()
    """Dates the text gives that could be read two ways, nothing in it settling which, by line: warnings for the
    build unless the file's name settles them."""
    undecided_dates: tuple[PartialDate, ...] = ()
    """Every reading of those dates."""
    roles: tuple[tuple[int, str, str], ...] = ()
    """Every line of the body as (line, text, what the reader made of it), for `briefing inspect`."""


def rules_from_data(data: dict) -> CleanRules:
    """Compile the cleaning rules from their YAML data."""
    def compiled(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in data.get(key, ()))
    return CleanRules(
        junk_lines=frozenset(s.strip().casefold() for s in data.get("junk_lines", ())),
        junk_patterns=compiled("junk_patterns"),
        publication_patterns=compiled("publication_patterns"),
        publication_aliases=tuple((k, v) for k, v in data.get("publication_aliases", {}).items()),
        author_patterns=compiled("author_patterns"),
        publications=frozenset(s.casefold() for s in data.get("publications", ())),
        photo_credits=tuple(data.get("photo_credits", ())),
    )
