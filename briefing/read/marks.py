"""The raw-text reader's working records: a line of the file and what the first pass made of it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.read.bylines import Byline
from briefing.read.pubdates import Stamp
from briefing.records import Caption


SHOWN_KINDS = ("text", "short")
"""The kinds of line that may be shown as the story's paragraphs."""
NAVIGATION = "furniture: navigation"
"""The reason of a line of the site's menu or breadcrumb."""
RELATIVE_STAMP = "furniture: relative time stamp"
"""The reason of a line that dates the article only relative to now ("3 hrs ago"): it ends the header."""
BULLET = re.compile(r"^[*•·▪●◦‣–-]\s+\S")
"""A bullet point's line ("- Loads are weighed at the gate.", "• Thousands rally …")."""
FIGURE_LINE = re.compile(r":\s+(?:[A-Z]{2,4}\s+)?\S*\d\S*(?:\s+\S+){0,2}$")
"""A line of a box of key figures, a label and its figure, a currency's code maybe before it ("JTF allocation, Estonia
2021-27: c.€350m", "Dried kapenta, Mpulungu wholesale: ZMW 180/kg (+38% y/y)"): over another ("Final closure:
31.12.2026"), no headline over its date, and under its heading no byline ("PRICE WATCH")."""
_READING_TIME_LINE = re.compile(r"^(?:(?:estimated\s+)?(?:reading|read)\s+time\s*:?\s*\d{1,3}\s*-?\s*min(?:ute)?s?|"
                                r"\d{1,3}\s*-?\s*min(?:ute)?s?\s+read)\.?$", re.I)


def states_reading_time(mark: Mark) -> bool:
    """Tell whether a line only says how long the article takes to read ("Reading time: 5 min"), as the byline's
    row does: a line of the header."""
    return _READING_TIME_LINE.match(mark.line.text) is not None


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: its file line number, its text with spaces normalised, as written, its block."""

    number: int
    text: str
    raw: str
    block: int
    """Lines in the same block have no blank line between them."""


@dataclass(frozen=True, slots=True)
class Mark:
    """What a line is on its own: its kind, the reason it would be set aside, and what it holds."""

    line: Line
    kind: str
    """junk, hint, related, source, furniture, masthead, caption, stamp, byline, credit, text or short."""
    reason: str = ""
    value: object = None
    caption: Caption | None = None
    stamp: Stamp | None = None
    byline: Byline | None = None
