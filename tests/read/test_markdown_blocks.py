"""The shortcuts around Python-Markdown (plain paragraphs, unused inline patterns left out) give its own HTML."""

from __future__ import annotations

import re

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.read.markdown_blocks import PlainParagraphs, is_plain
from briefing.read.markdown_options import extension_arguments
from briefing.read.markdown_patterns import KEPT, PatternPicker

NAMES, CONFIGS = extension_arguments(())
reference = markdown.Markdown(extensions=NAMES, extension_configs=CONFIGS, output_format="html")
fast = markdown.Markdown(extensions=[*NAMES, PlainParagraphs()], extension_configs=CONFIGS, output_format="html")
picker = PatternPicker(lambda: markdown.Markdown(extensions=NAMES, extension_configs=CONFIGS, output_format="html"))

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
          "see https://example.org/a now", "FTP.example.org too", "an _underscored_ word", "WWW.EXAMPLE.ORG upper",
          "&copy; 2020", "a <b>bold</b> tag", "1) paren item", "Text\n    indented continuation", "Table | like",
          "[text][ref] full ref", "[ref][] implicit", "![alt][ref] image ref", "![ref] short image ref",
          "  [Other]: <https://example.org/o> \"Title\"", "Names [other] too"]
BLANK = ["", "\n", "\n\n"]
"""Blocks the plain paragraph processor, tried first, must leave to Python-Markdown's "empty" one."""


@settings(max_examples=500, derandomize=True, deadline=None, database=None)
@given(st.lists(st.sampled_from(PLAIN + MARKED + BLANK), max_size=12),
       st.lists(st.sampled_from(["\n\n", "\n\n\n", "\n \n", "\n"]), min_size=12, max_size=12))
def test_plain_paragraphs_come_out_as_python_markdown_makes_them(blocks, separators):
    source = "".join(block + separator for block, separator in zip(blocks, separators))
    assert fast.reset().convert(source) == reference.reset().convert(source)


@settings(max_examples=500, derandomize=True, deadline=None, database=None)
@given(st.lists(st.sampled_from(PLAIN + MARKED), max_size=8), st.sampled_from(["\n\n", "\n"]))
def test_leaving_out_the_patterns_a_text_cannot_use_changes_nothing(blocks, separator):
    source = separator.join(blocks)
    assert picker.converter(source).convert(source) == reference.reset().convert(source)


def test_converters_are_kept_per_set_of_patterns_and_reset():
    made = []
    counting = PatternPicker(lambda: made.append(1) or markdown.Markdown(extensions=NAMES, extension_configs=CONFIGS))
    first = counting.converter("[a][x]\n\n[x]: /r\n")
    first.convert("[a][x]\n\n[x]: /r\n")
    again = counting.converter("[b][y] text\n\n[y]: /s\n")
    assert again is first and not again.references  # the same set of patterns: the same converter, reset
    assert "backtick" not in again.inlinePatterns and "link" in again.inlinePatterns
    undefined = counting.converter("[b][y] text").inlinePatterns  # no "[id]: url": no reference can link
    assert "reference" not in undefined and "short_reference" not in undefined and "link" in undefined
    assert counting.converter("`code`") is not first and len(made) == 3
    for number in range(KEPT):  # a different set each time (all with ~): at most KEPT are kept
        counting.converter("~" + "*" * (number % 2) + "`" * (number // 2 % 2) + "[" * (number // 4 % 2)
                           + "&" * (number // 8))
    assert counting.converter("[b][y] text\n\n[y]: /s\n") is not first


def test_plain_means_nothing_that_could_be_markdown():
    assert all(is_plain(block) for block in PLAIN)
    assert not any(is_plain(block) for block in MARKED)


ONE_REGEX = re.compile(r"[\\`*_\[\]!<>&~|@\t\x00-\x08\x0b-\x1f]|^[ #>=+-]|^\d+[.)]|[ ]$|://|www\.|ftp\.",
                       re.M | re.I)
"""What is_plain() tests, as one case-blind regex: the plain way, slower."""
BITS = ["w", "W", "ww", "www.", "WwW.", "ftp.", "FtP.", "f", "t", "p", ".", ":", "/", "://", " ", "\n", "1", "12.",
        "3)", "#", ">", "-", "=", "+", "*", "_", "&", "x", "é", "İ", "ı", "ſ", "K", "\t", "\x01", "—", "“"]


@settings(max_examples=2000, derandomize=True, deadline=None, database=None)
@given(st.lists(st.sampled_from(BITS), max_size=16).map("".join))
def test_is_plain_agrees_with_the_one_regex(block):
    assert is_plain(block) == (ONE_REGEX.search(block) is None)


def test_with_an_added_extension_plain_paragraphs_are_parsed_too():
    from briefing.read.markup import BodyRenderer
    html = BodyRenderer((("abbr", ()),)).markdown_html("The UN met in Oslo.\n\n*[UN]: United Nations\n")
    assert '<abbr title="United Nations">UN</abbr>' in html


def test_each_thread_has_its_own_renderer_and_each_process_reuses_it():
    import threading

    from briefing.read.markup import body_renderer
    assert body_renderer(()) is body_renderer(())
    other = []
    thread = threading.Thread(target=lambda: other.append(body_renderer(())))
    thread.start()
    thread.join()
    assert other[0] is not body_renderer(())


def test_the_raw_html_preprocessor_is_left_out_only_when_the_text_has_no_lt_or_amp():
    assert "html_block" not in picker.converter("Plain prose, no markup.").preprocessors
    for source in ("a <b>tag</b>", "a &#123x character reference the parser ends with a semicolon"):
        assert "html_block" in picker.converter(source).preprocessors
        assert picker.converter(source).convert(source) == reference.reset().convert(source)


def test_the_fenced_code_preprocessor_is_left_out_only_when_the_text_has_no_fence():
    assert "fenced_code_block" not in picker.converter("Plain prose, ~~struck~~ and ``odd`` code.").preprocessors
    for source in ("```\ncode\n```", "~~~\ncode\n~~~", "``\x02`\ncode\n```"):
        assert "fenced_code_block" in picker.converter(source).preprocessors
        assert picker.converter(source).convert(source) == reference.reset().convert(source)


def test_escaped_characters_are_put_back_only_when_the_text_has_a_backslash():
    assert "unescape" not in picker.converter("Plain prose, **bold** and `code`.").treeprocessors
    for source in ("a \\*b\\* c", "`a\\\\b` and \\`", "[a\\]b](https://example.org/\\_x)"):
        assert "unescape" in picker.converter(source).treeprocessors
        assert picker.converter(source).convert(source) == reference.reset().convert(source)
