"""Tell page furniture from article text: by the data lists, and by shape (length, sentence, common words).

The shape test follows jusText's idea: article text is made of sentences dense in common words
("the", "of", "que", "de"); navigation, labels and widgets are short and sparse in them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SENTENCE_END = re.compile(r"[.!?…:;\"”’»)]$|(?<=[.!?”])\s[A-Z]{2,5}$")
"""A sentence's end, or one with an outlet's sign-off after it ("… next week.” DM")."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_WORD_CHARS = re.compile(r"\w+")
MIN_STOPWORD_DENSITY = 0.2
"""Below this share of common words a line is not running text (jusText uses 0.30 for whole paragraphs)."""
RELATED_MARKER_WORDS = 5
FURNITURE_MAX_CHARS = 1500
"""The longest line the furniture patterns are tried on: a cookie banner's or an appeal's length, at most."""
_SENTENCE_END_CHARS = 12
CALL_TO_ACTION = "furniture: donation button"
LONG_LINE_WORDS = 18
"""A line this long is text even without a full stop (a paragraph cut short by a scraper)."""


@dataclass(frozen=True, slots=True)
class FurnitureData:
    """The furniture lists: whole lines by reason, patterns by reason, related-block openers, stop words."""

    lines: dict[str, str] = field(default_factory=dict)
    """Folded whole lines and their reasons (never changed once built)."""
    patterns: tuple[tuple[re.Pattern[str], str], ...] = ()
    related_markers: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    related_prefixes: tuple[str, ...] = ()
    """The markers of two words or more, each with a space after: "More from" opens "More from Europe"."""
    call_to_action: re.Pattern[str] | None = None
    """A button to join, subscribe or pay, as a whole line ("Subscribe now", "Hazte socio/a")."""
    anchored: re.Pattern[str] | None = None
    """The patterns that match only at a line's start, in one: a line it does not match is furniture by none of
    them, found in one try instead of two hundred (see _anchored_screen)."""
    unanchored: tuple[tuple[re.Pattern[str], str], ...] = ()
    """The other patterns, which a line the screen turns away may still match."""

    def reason(self, text: str) -> str:
        """Return why a line is furniture by the data ("" when the data does not list it)."""
        key = _line_key(text)
        found = self.lines.get(key)
        if found:
            return found
        stripped = text.strip()
        if self.is_call_to_action(stripped):
            return CALL_TO_ACTION
        if len(stripped) > FURNITURE_MAX_CHARS:
            return ""  # a paragraph this long is no widget, and a pattern found inside it would not make it one
        screened = self.anchored is None or self.anchored.match(stripped) is not None
        return next((reason for pattern, reason in (self.patterns if screened else self.unanchored)
                     if pattern.search(stripped)), "")

    def is_call_to_action(self, text: str) -> bool:
        """Return True for a line that is a button to join, subscribe or pay."""
        return self.call_to_action is not None and self.call_to_action.match(text.strip()) is not None

    def opens_related(self, text: str) -> bool:
        """Return True for a line that introduces a list of links ("Related", "You might also like")."""
        key = fold_line(text)
        words = key.split()
        # "More from Europe", "Related: Politics", "Related briefings": a marker followed by a word or two, a marker
        # of one word by one, or by the outlet's name and a word for what it lists ("RELATED CWI COVERAGE").
        return key in self.related_markers or (len(words) <= RELATED_MARKER_WORDS and key.startswith(
            self.related_prefixes)) or (len(words) == 2 and words[0] in self.related_markers) or (
            len(words) == 3 and words[0] in self.related_markers and words[2] in _LISTED)


_LISTED = frozenset({"coverage", "stories", "articles", "reading", "news", "content", "links", "reports", "briefings"})
"""What a list of links under a marker, the outlet's name and one of these words, holds ("Related CWI coverage")."""


def _line_key(text: str) -> str:
    """Return how a whole line is looked up: folded, or as written when it is all punctuation ("###"), which
    folding would make the same as any other ("|")."""
    return fold_line(text) or text.strip()


def furniture_from_data(data: dict, stopwords: frozenset[str]) -> FurnitureData:
    """Compile furniture data (the project's, then the user's additions) into FurnitureData."""
    lines = {_line_key(line): f"furniture: {reason}"
             for reason, items in (data.get("lines") or {}).items() for line in items or ()}
    patterns = tuple((re.compile(p, re.I), f"furniture: {reason}")
                     for reason, items in (data.get("patterns") or {}).items() for p in items or ())
    markers = frozenset(fold_line(m) for m in data.get("related_markers") or ())
    prefixes = tuple(sorted(marker + " " for marker in markers if len(marker.split()) >= 2))
    calls = data.get("calls_to_action") or ()
    call_to_action = re.compile(rf"^(?:{'|'.join(calls)})\s*[!.]?$", re.I) if calls else None
    anchored = tuple(pattern for pattern, _ in patterns if _anchored_whole(pattern.pattern))
    unanchored = tuple((pattern, reason) for pattern, reason in patterns if pattern not in anchored)
    return FurnitureData(lines, patterns, markers, stopwords, prefixes, call_to_action, _anchored_screen(anchored),
                         unanchored)


def _anchored_screen(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """Return one pattern that matches a line's start wherever one of patterns does, or None when there are none or
    they cannot be joined (a user's pattern may number its groups, which joining would renumber)."""
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{pattern.pattern[1:]})" for pattern in patterns), re.I)
    except re.error:
        return None


def _anchored_whole(pattern: str) -> bool:
    """Tell whether a pattern opens with "^" that holds for all of it (no "|" outside brackets and parentheses) and
    refers to no group by number, so that it may be joined to others without its "^"."""
    if not pattern.startswith("^") or _NUMBERED_GROUP.search(pattern):
        return False
    depth, index = 0, 1
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = _class_end(pattern, index)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return False
        index += 1
    return True


_NUMBERED_GROUP = re.compile(r"\\[1-9]|\(\?\(\d")
"""A backreference or a condition on a group by its number."""


def _class_end(pattern: str, start: int) -> int:
    """Return where the character class opening at start ends ("]" may come first in it, or escaped)."""
    index = start + 1 + (pattern[start + 1:start + 2] == "^")
    index += pattern[index:index + 1] == "]"
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index


def fold_line(text: str) -> str:
    """Return a line lower-cased without surrounding punctuation and extra spaces, for list lookups."""
    return " ".join(text.casefold().strip(" \t.:;,!|•·-—–>»›*#").split())


def stopword_density(text: str, stopwords: frozenset[str]) -> float:
    """Return the share of a line's words that are common words of its language."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return sum(w in stopwords for w in words) / len(words) if words else 0.0


def is_running_text(text: str, stopwords: frozenset[str]) -> bool:
    """Return True when a line reads as article text: a sentence, or long, and dense in common words."""
    words, density = len(text.split()), stopword_density(text, stopwords)
    if text.rstrip().endswith(":") and words < 5:  # "Share this:", "Like this:": a label over a widget
        return False
    # A short sentence counts when it has a lower-case word: "Critics disagreed." but not "Washington, D.C."
    if ends_sentence(text) and words >= 2 and (density > 0 or words >= 5 or any(w.islower() for w in _WORD.findall(text))):
        return True
    return words >= 40 or (words >= LONG_LINE_WORDS and density >= MIN_STOPWORD_DENSITY)


def plain_words(text: str) -> str:
    """Return text's words in lower case, one space apart: how a pull quote and the paragraph it repeats compare."""
    return " " + " ".join(_WORD_CHARS.findall(text.lower())) + " "


def ends_sentence(text: str) -> bool:
    """Return True when a line ends like a sentence (full stop, question, quote, bracket)."""
    return bool(_SENTENCE_END.search(text.rstrip()[-_SENTENCE_END_CHARS:]))  # the end is all it looks at


def is_label(text: str, stopwords: frozenset[str]) -> bool:
    """Return True for a short line without sentence shape: a section label, a menu, a widget."""
    words = _WORD.findall(text)
    if not words:
        return True
    if len(words) <= 3 and not ends_sentence(text):
        return True
    capitalised = all(w[0].isupper() or w.casefold() in stopwords for w in words)
    return len(words) <= 4 and capitalised and stopword_density(text, stopwords) == 0 and not ends_sentence(text)


def has_no_words(text: str) -> bool:
    """Return True for a line with no word in it (rules, bullets, stray symbols)."""
    return not _WORD.search(text)
