"""A subject part loses the words before its speech verb ("the WHO said", "X was quoted as saying") only when its
last word is one of them: the same text as removing them with the regex always."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.quotes import _TRAILING, _without_trailing

PIECES = ["the WHO", "has", "also", "a", "an", "was", "were", "is", "Also", "WHO", "aurait", "recently", "hass", " ",
          "  ", "\n", "\u00a0", "\u2003", ",", "X", "then", "that", "which", "and", "but"]
parts = st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join) | st.lists(st.sampled_from(PIECES)).map("".join)


@settings(max_examples=2000, derandomize=True, deadline=None, database=None)
@given(parts)
def test_the_trailing_words_are_those_the_regex_removes(part):
    assert _without_trailing(part) == _TRAILING.sub("", part)


def test_the_trailing_words_are_removed_and_a_name_is_kept():
    assert _without_trailing("the WHO has also ") == "the WHO"
    assert _without_trailing("the WHO") == "the WHO"
    assert _without_trailing("was") == "was"
