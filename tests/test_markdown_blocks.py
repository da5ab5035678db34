"""Plain paragraphs kept out of Python-Markdown's way give exactly the HTML of converting everything."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.markup import BodyRenderer
from briefing.read.markdown_blocks import SHORTEST, put_back_plain, stand_in_plain

PLAIN = "The talks resumed on Monday in Oslo, officials said, and would go on for a week."
WORDS = " with enough ordinary words to be stood in for"
BLOCKS = [PLAIN, "Another plain sentence about the 2019 crisis, with “curly” quotes and a colon: yes.",
          *(block + WORDS for block in (
              "- a list item\n- another", "1. first\n2. second", "> a quote", "## A heading", "    indented code",
              "```\nfenced\n", "<div>", "A [link](https://example.org/x) in prose", "**bold** start",
              "[ref]: https://example.org/r", "Uses [ref] somewhere", "| a | b |\n|---|---|\n| 1 | 2 |",
              "Line ending with two spaces  \nand more", "AT&T and R&D rose", "e-mail desk@example.org now",
              "www.example.org is bare", "~~struck~~ text", "  - nested?", "Lazy\n- list after text",
              "plain again but on\ntwo lines of ordinary prose", "+ plus item", "Setext\n---", "Setext\n===")),
          "```", "</div>"]

whole = BodyRenderer()
whole._stand_in = lambda source: None  # the reference: everything through Python-Markdown
fast = BodyRenderer()


@settings(max_examples=400, derandomize=True, deadline=None, database=None)
@given(st.lists(st.sampled_from(BLOCKS), max_size=12), st.lists(st.sampled_from(["\n\n", "\n\n\n", "\n \n"]),
                                                                   min_size=12, max_size=12))
def test_standing_in_for_plain_paragraphs_changes_nothing(blocks, separators):
    source = "".join(block + separator for block, separator in zip(blocks, separators))
    assert fast.markdown_html(source) == whole.markdown_html(source)


def test_only_plain_paragraphs_long_enough_are_stood_in_for():
    source = f"## Head\n\n{PLAIN}\n\nShort one.\n\nA [link](https://example.org) and text."
    stood_in, plain = stand_in_plain(source)
    assert plain == (PLAIN,) and len("Short one.") < SHORTEST
    assert PLAIN not in stood_in and "Short one." in stood_in and "[link]" in stood_in


def test_a_stand_in_that_does_not_come_back_as_a_paragraph_means_converting_the_original():
    stood_in, plain = stand_in_plain(f"```\ncode\n\n{PLAIN}\n\n```\n")
    assert put_back_plain(whole.markdown_html(stood_in), plain) is None
    assert f"<pre><code>code\n\n{PLAIN}\n\n</code></pre>" in fast.markdown_html(f"```\ncode\n\n{PLAIN}\n\n```\n")


def test_a_text_that_holds_the_stand_in_word_itself_is_converted_whole():
    assert stand_in_plain(f"zqbriefingplain0zq\n\n{PLAIN}") is None
