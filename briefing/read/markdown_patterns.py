"""Leave out of a Markdown conversion the inline patterns and preprocessors the text gives no occasion to.

Python-Markdown tries every inline pattern on every piece of text, and trying them is a large share
of its time. A pattern cannot match a text that lacks the characters it starts with (no backtick,
no code span), so each text is converted by a converter without those patterns: one converter for
each set of patterns in use, made once per process and reset between texts (a briefing's articles
use few sets). The raw HTML and fenced code preprocessors, which run an HTML parser and a regex over
the whole text, and the tree processor that puts back escaped characters, are left out the same way
when the text has nothing they could act on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from markdown import Markdown

_TRIGGERS: dict[str, tuple[str, ...]] = {
    "backtick": ("`",),
    "escape": ("\\",),
    "link": ("[",), "image_link": ("![",),
    # A reference makes a link only if the text defines it ("[id]: url"); undefined, it is left as text.
    "reference": ("]:",), "short_reference": ("]:",), "image_reference": ("![",), "short_image_ref": ("![",),
    "autolink": ("<",), "automail": ("<",), "html": ("<",),
    "linebreak": (" \n",),
    "entity": ("&",),
    "em_strong": ("*", "_"), "em_strong2": ("_",), "not_strong": ("*", "_"),
    "delimiter": ("~",),  # pymdownx.tilde
    "magic-link": ("://", "www."), "magic-mail": ("@",),  # pymdownx.magiclink
}
"""For the default extensions' inline patterns, what a text must hold for each to be able to match
(lower case: texts are looked at lowered). Patterns not named here are always kept."""
_PROCESSOR_TRIGGERS: dict[str, tuple[str, ...]] = {
    # Without a "<" the parser reads the whole text as one run of data and gives it back unchanged;
    # without a "&" it meets no character reference either (it would end "&#123x" with a ";").
    "html_block": ("<", "&"),
    # A fence is three backticks or tildes at a line's start; Python-Markdown first deletes its own
    # placeholder marks (STX, ETX), which could join two runs into one.
    "fenced_code_block": ("```", "~~~", "\x02", "\x03"),
    # The tree processor that puts back backslash-escaped characters: only a backslash makes one
    # (the escape and code span patterns; Python-Markdown deletes such marks from the text itself).
    "unescape": ("\\",),
}
"""The same for the default preprocessors and tree processors: what a text must hold for each to be able
to change it."""
_MARKS = frozenset(mark for marks in (*_TRIGGERS.values(), *_PROCESSOR_TRIGGERS.values()) for mark in marks)
KEPT = 16
"""Converters kept at most; past that the least recently used one goes."""


class PatternPicker:
    """Hands out, for each text, a reset converter holding only the inline patterns it can use."""

    def __init__(self, make: Callable[[], Markdown]) -> None:
        """make: returns a new converter with every pattern (the default extensions)."""
        self._make = make
        self._converters: dict[frozenset[str], Markdown] = {}

    def converter(self, text: str) -> Markdown:
        """Return a reset converter for text, without the patterns and processors text cannot use."""
        lowered = text.lower()
        unused = _left_out(frozenset(mark for mark in _MARKS if mark in lowered))
        converter = self._converters.pop(unused, None) or self._without(unused)
        self._converters[unused] = converter  # now the most recently used
        if len(self._converters) > KEPT:
            del self._converters[next(iter(self._converters))]
        return converter.reset()

    def _without(self, unused: frozenset[str]) -> Markdown:
        converter = self._make()
        for name in unused:
            for registry in (converter.inlinePatterns, converter.preprocessors, converter.treeprocessors):
                if name in registry:
                    registry.deregister(name)
        return converter


@functools.lru_cache(maxsize=1024)
def _left_out(present: frozenset[str]) -> frozenset[str]:
    """Return the inline patterns and processors a text holding only these marks cannot use.

    Remembered: the texts of a briefing hold few combinations of the marks, and testing each pattern's
    marks for every text cost more than telling which marks a text holds.
    """
    return frozenset(name for triggers in (_TRIGGERS, _PROCESSOR_TRIGGERS) for name, marks in triggers.items()
                     if present.isdisjoint(marks))
