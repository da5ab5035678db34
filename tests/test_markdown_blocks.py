"""Plain paragraphs made without Python-Markdown's inline patterns give exactly its own HTML."""

from __future__ import annotations

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.read.markdown_blocks import PlainParagraphs, is_plain
from briefing.read.markdown_options import extension_arguments

NAMES, CONFIGS = extension_arguments(())
reference = markdown.Markdown(extensions=NAMES, extension_configs=CONFIGS, output_format="html")
fast = markdown.Markdown(extensions=[*NAMES, PlainParagraphs()], extension_configs=CONFIGS, output_format="html")

PLAIN = ["The talks resumed on Monday in Oslo, officials said.", "Short one.",
         "Another plain sentence about the 2019 crisis, with “curly” quotes and a colon: yes.",
         "plain again but on\ntwo lines of ordinary prose"]
MARKED = ["- a list item\n- another", "1. first\n2. second", "> a quote", "## A heading", "    indented code",
          "```\nfenced", "```", "<div>", "</div>", "A [link](https://example.org/x) in prose", "**bold** start",
          "[ref]: https://example.org/r", "Uses [ref] somewhere", "| a | b |\n|---|---|\n| 1 | 2 |",
          "Line ending with two spaces  \nand more", "AT&T and R&D rose", "e-mail desk@example.org now",
          "www.example.org is bare", "~~struck~~ text", "  - nested", "    continued item text",
          "Lazy\n- list after text", "+ plus item", "Setext\n---", "Setext\n===", "> quote\nlazy line", "***",
          "text *with* emphasis", "snake_case_name", "a\\*b", "`code`", "![img](x.png)", "<https://x.org>",
          "see https://example.org/a now", "FTP.example.org too"]


@settings(max_examples=500, derandomize=True, deadline=None, database=None)
@given(st.lists(st.sampled_from(PLAIN + MARKED), max_size=12),
       st.lists(st.sampled_from(["\n\n", "\n\n\n", "\n \n", "\n"]), min_size=12, max_size=12))
def test_plain_paragraphs_come_out_as_python_markdown_makes_them(blocks, separators):
    source = "".join(block + separator for block, separator in zip(blocks, separators))
    assert fast.reset().convert(source) == reference.reset().convert(source)


def test_plain_means_nothing_that_could_be_markdown():
    assert all(is_plain(block) for block in PLAIN)
    assert not any(is_plain(block) for block in MARKED)


def test_with_an_added_extension_plain_paragraphs_are_parsed_too():
    from briefing.markup import BodyRenderer
    html = BodyRenderer((("abbr", ()),)).markdown_html("The UN met in Oslo.\n\n*[UN]: United Nations\n")
    assert '<abbr title="United Nations">UN</abbr>' in html
