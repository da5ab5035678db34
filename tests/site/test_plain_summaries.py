"""Feed summaries, meta descriptions and JSON-LD descriptions are the text a reader sees, not Markdown or HTML."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET

from conftest import build_site, write_tree

from briefing.read.markup import BodyRenderer, first_paragraph_text

ATOM = "{http://www.w3.org/2005/Atom}"
MARKDOWN = ("---\ntitle: Oil deal\ndate: 2020-03-04\n---\n## Background\n\n"
            "The **deal** with [Caracas](https://example.org/c \"t\") covers `oil & gas`, AT&amp;T&#39;s "
            "&lt;tags&gt; and *more*  \nthan ~~one~~ thing. Second sentence here.\n\nNext paragraph.\n")
SEEN = "The deal with Caracas covers oil & gas, AT&T's <tags> and more than one thing."


def test_the_first_paragraph_text_is_what_the_html_shows():
    body = BodyRenderer().markdown_html(MARKDOWN.split("---\n", 2)[2])
    assert first_paragraph_text(body) == SEEN + " Second sentence here."
    assert first_paragraph_text("<h2>No paragraph</h2>") == ""


def test_feed_meta_and_json_ld_describe_a_markdown_article_in_plain_text(tmp_path):
    src = write_tree(tmp_path / "src", {"deal.md": MARKDOWN})
    site = build_site(src, tmp_path / "dist", "--site-url", "https://example.org/b/")
    [entry] = ET.parse(site / "feed.xml").getroot().iter(f"{ATOM}entry")
    assert entry.find(f"{ATOM}summary").text == SEEN
    page = next((site / "articles").glob("*.html")).read_text(encoding="utf-8")
    [description] = re.findall(r'<meta property="og:description" content="([^"]*)">', page)
    assert html.unescape(description) == SEEN
    [ld] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert json.loads(ld)["description"] == SEEN
    for source_mark in ("**", "](", "`", "&amp;T", "&#39;", "~~"):
        assert source_mark not in entry.find(f"{ATOM}summary").text and source_mark not in json.loads(ld)["description"]


QUOTED = ("---\ntitle: Talks\ndate: 2020-03-04\n---\n## Background\n\n- a list item\n- another\n\n"
          "The envoy arrived on Monday.\n\n"
          "“We will **not** sign [this deal](https://example.org/d),” said Juan Guaidó on Tuesday.\n")


def test_quotes_of_a_markdown_article_cite_the_anchor_and_show_the_text_a_reader_sees(tmp_path):
    src = write_tree(tmp_path / "src", {"talks.md": QUOTED})
    site = build_site(src, tmp_path / "dist")
    [record] = json.loads((site / "articles.json").read_text(encoding="utf-8"))
    [quote] = record["quotes"]
    assert quote["text"] == "We will not sign this deal"
    page = next((site / "articles").glob("*.html")).read_text(encoding="utf-8")
    anchor = re.search(rf'<p id="p{quote["paragraph"]}">(.*?)</p>', page, re.S).group(1)
    assert "said Juan Guaidó" in anchor
