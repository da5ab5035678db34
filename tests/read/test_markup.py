"""Markdown bodies: GitHub-flavoured Markdown to sanitised HTML with paragraph and heading anchors."""

from __future__ import annotations

import re

import pytest

from briefing.read.markup import BodyRenderer

render = BodyRenderer().markdown_html


def test_paragraphs_are_numbered_in_order():
    html = render("First *one*.\n\nSecond **two**.\n\n> Quoted third.\n")
    assert html.startswith('<p id="p1">First <em>one</em>.</p>\n<p id="p2">Second <strong>two</strong>.</p>')
    assert '<blockquote>\n<p id="p3">Quoted third.</p>\n</blockquote>' in html


def test_headings_get_ids_from_their_text_and_repeats_are_numbered():
    html = render("## Reaction & *analysis*\n\ntext\n\n## Reaction & analysis\n\n### Ünïcode Héading\n")
    assert '<h2 id="h-reaction-analysis">Reaction &amp; <em>analysis</em></h2>' in html
    assert '<h2 id="h-reaction-analysis-1">Reaction &amp; analysis</h2>' in html
    assert '<h3 id="h-unicode-heading">' in html


@pytest.mark.parametrize("titles", [("X", "X", "X 1"), ("X 1", "X", "X"), ("X", "X 1", "X"), ("X", "X-1", "X", "X 2")])
def test_numbered_heading_ids_never_take_an_id_another_heading_has(titles):
    html = render("".join(f"## {title}\n\ntext\n\n" for title in titles))
    ids = re.findall(r'<h2 id="([^"]+)">', html)
    assert len(ids) == len(titles) == len(set(ids))
    assert ids[0] == "h-" + titles[0].lower().replace(" ", "-")  # the first of a text keeps its plain id


def test_many_equal_headings_are_numbered_in_linear_time():
    html = render("".join("## Same\n\n" for _ in range(20000)))
    assert html.count('<h2 id="h-same-') == 19999 and '<h2 id="h-same-19999">' in html


def test_tables_strikethrough_code_and_links_of_github_flavoured_markdown():
    html = render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ and https://example.org/x\n\n```python\nx = 1\n```\n")
    assert "<table>" in html and "<td>1</td>" in html
    assert "<del>gone</del>" in html
    assert '<a href="https://example.org/x" rel="noopener noreferrer nofollow">https://example.org/x</a>' in html
    assert "<pre><code>x = 1\n</code></pre>" in html  # the info string's class is not kept


def test_raw_html_is_sanitised_but_its_text_is_kept():
    html = render("Some <span onclick=\"x()\">inline</span> text.\n\n<div>\nBlock text.\n</div>\n\n<script>alert(1)</script>\n")
    assert "inline" in html and "Block text." in html
    assert "onclick" not in html and "<script" not in html and "alert(1)" not in html


def test_a_subheading_between_plain_text_paragraphs_is_a_heading_with_its_paragraph_s_anchor() -> None:
    html = BodyRenderer().text_html(("The sale comes a week after a tense hearing.", "Rights and water risks",
                                     "Rights groups warn that the transfer could leave communities with nobody.",
                                     "COUNTING THE COST", "It said the cost was <high>.", "Outlook"))
    assert html.splitlines() == [
        '<p id="p1">The sale comes a week after a tense hearing.</p>',
        '<h2 id="p2">Rights and water risks</h2>',
        '<p id="p3">Rights groups warn that the transfer could leave communities with nobody.</p>',
        '<h2 id="p4">COUNTING THE COST</h2>',
        '<p id="p5">It said the cost was &lt;high&gt;.</p>',
        '<p id="p6">Outlook</p>',  # the last line is the story's, however short
    ]
