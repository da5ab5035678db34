"""Quicker white space normalising gives the lines Python-Markdown's own preprocessor gives."""

from __future__ import annotations

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.preprocessors import NormalizeWhitespace

from briefing.read.markdown_whitespace import QuickNormalizeWhitespace, QuickWhitespace

converter = markdown.Markdown(extensions=[QuickWhitespace()])
own, quick = NormalizeWhitespace(converter), QuickNormalizeWhitespace(converter)


@settings(max_examples=2000, derandomize=True, deadline=None, database=None)
@given(st.lists(st.sampled_from([" ", "  ", "\t", "\n", "\r", "\r\n", "\x02", "\x03", "a", "b c"]), max_size=20)
       .map("".join))
def test_the_lines_are_python_markdowns_own(text):
    assert quick.run(text.split("\n")) == own.run(text.split("\n"))


def test_it_takes_the_place_of_python_markdowns_own():
    item = converter.preprocessors["normalize_whitespace"]
    assert isinstance(item, QuickNormalizeWhitespace)
    assert len(converter.preprocessors) == len(markdown.Markdown().preprocessors)
