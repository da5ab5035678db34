"""Scrubbing a text with nothing to strip or flag skips the line by line pass: the same result."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.read.load import _scrub, _scrub_lines

PIECES = ["plain words", "\n", "\x00", "\x07", "\x7f", "\t", "\r", "\u200b", "\u202e", "\ufeff", "â€™", "Ã©", "Â\xa0",
          "Â", "Ã", "â", "€", "é", "’", " "]


@settings(max_examples=1000, derandomize=True, deadline=None, database=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_scrub_gives_what_the_line_by_line_pass_gives(text):
    assert _scrub(text, "a.md") == _scrub_lines(text, "a.md")


def test_a_clean_text_comes_back_as_it_is_with_no_warnings():
    text = "Officials met in Caracas.\n\nThey said “no”."
    assert _scrub(text, "a.md") == (text, [])
