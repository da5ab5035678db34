"""Leave out of a Markdown conversion the inline patterns the text gives no occasion to.

Python-Markdown tries every inline pattern on every piece of text, and trying them is a large share
of its time. A pattern cannot match a text that lacks the characters it starts with (no backtick,
no code span), so each text is converted by a converter without those patterns: one converter for
each set of patterns in use, made once per process and reset between texts (a briefing's articles
use few sets).
"""

from __future__ import annotations

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
KEPT = 16
"""Converters kept at most; past that the least recently used one goes."""


class PatternPicker:
    """Hands out, for each text, a reset converter holding only the inline patterns it can use."""

    def __init__(self, make: Callable[[], Markdown]) -> None:
        """make: returns a new converter with every pattern (the default extensions)."""
        self._make = make
        self._converters: dict[frozenset[str], Markdown] = {}

    def converter(self, text: str) -> Markdown:
        """Return a reset converter for text, without the patterns text cannot use."""
        lowered = text.lower()
        unused = frozenset(name for name, marks in _TRIGGERS.items() if not any(m in lowered for m in marks))
        converter = self._converters.pop(unused, None) or self._without(unused)
        self._converters[unused] = converter  # now the most recently used
        if len(self._converters) > KEPT:
            del self._converters[next(iter(self._converters))]
        return converter.reset()

    def _without(self, unused: frozenset[str]) -> Markdown:
        converter = self._make()
        for name in unused:
            if name in converter.inlinePatterns:
                converter.inlinePatterns.deregister(name)
        return converter
