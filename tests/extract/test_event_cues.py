"""A date pattern is searched for only where its cues are found: wherever it matches, they are."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.events import _CUES, _PATTERNS

PIECES = ["January", "JANUARY", "Sept.", "Sept", "Jan.", "May", "Mar", "Mark", "in", "In", "early", "of", "the",
          "Monday", "today", "on", "last", "next", "this", "year", "month", "days", "DAYS", "daſ", "ago", "AGO",
          "Chicago", "two", "a", "12", "3rd", "2019", "between", "and", ",", ".", " ", "  ", "\n", "x", "’s"]
texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=2000, derandomize=True, deadline=None, database=None)
@given(texts)
def test_a_pattern_matches_only_where_its_cues_are_found(text):
    found = {cue for cue in _CUES if cue(text)}
    for pattern, _, cues, narrow in _PATTERNS:
        if pattern.search(text):
            assert cues <= found and (narrow is None or narrow(text)), (pattern.pattern, text)
