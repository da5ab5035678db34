"""Reading a saved web page: its metadata with provenance, its body without furniture, and bad pages refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.errors import BuildError
from briefing.read.html_page import MAX_BYTES, read_page
from briefing.read.load import ArticleFile
from briefing.read.markup import BodyRenderer
from briefing.read.page_article import make_page_article
from briefing.read.readerdata import load_reader_rules

PAGES = Path(__file__).resolve().parent / "pages"
GOLD = {entry["file"]: entry for entry in json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))}

RULES, _ = load_reader_rules()


def page_file(name: str, *, sidecar: bytes | None = None) -> ArticleFile:
    """Return a fixture page as the loader gives it, with its _files folder listed."""
    folder = PAGES / (name.rsplit(".", 1)[0] + "_files")
    saved = tuple(f"{folder.name}/{f.name}" for f in sorted(folder.iterdir())) if folder.is_dir() else ()
    return ArticleFile(f"seeds/{name}", name, (PAGES / name).read_bytes(), sidecar=sidecar, saved=saved)


def made(name: str, **kwargs: object):
    """Return (article, body HTML, paragraphs) of a fixture page."""
    return make_page_article(page_file(name, **kwargs), BodyRenderer(), RULES)


@pytest.mark.parametrize("name", sorted(GOLD))
class TestGoldPages:
    def test_fields(self, name):
        gold = GOLD[name]
        article, _, _ = made(name)
        assert article.title == gold["title"]
        assert (article.date.iso() if article.date else None) == gold["date"]
        assert list(article.authors) == gold["authors"]
        assert (article.publication or None) == gold["publication"]
        assert (article.dek or None) == gold["dek"]
        assert (article.source_url or None) == gold["url"]

    def test_provenance(self, name):
        article, _, _ = made(name)
        found = {p.field: (p.origin, p.detail) for p in article.provenance}
        for field, detail in GOLD[name]["provenance"].items():
            assert found[field] == ("saved page", detail), field

    def test_paragraphs_and_images(self, name):
        gold = GOLD[name]
        article, body, paragraphs = made(name)
        assert len(paragraphs) == gold["paragraphs"] == article.paragraph_count
        assert body.count('<p id="p') == len(paragraphs)
        assert [[f.file, f.caption] for f in article.figures] == gold["figures"]
        assert list(article.remote_images) == gold["remote_images"]

    def test_no_script_handler_frame_or_remote_image_in_body(self, name):
        _, body, _ = made(name)
        lowered = body.lower()
        for needle in ("<script", "<iframe", "<img", "onclick", "onload", "onmouseover", "onerror",
                       "javascript:", "<style", "<form", "<input", "<button"):
            assert needle not in lowered, needle


def test_furniture_left_out_and_every_paragraph_kept():
    _, body, paragraphs = made("harbour.html")
    for furniture in ("cookies", "Advertisement", "Related stories", "Ferry timetable", "harbourfan",
                      "waste of taxpayers", "All rights reserved", "Business", "Updated 16 June"):
        assert furniture not in body, furniture
    assert paragraphs[0].startswith("Four electric cranes will be lifted")
    assert paragraphs[-1].startswith("Read more about the port's history")
    assert '<h2 id="h-a-long-wait-for-the-dockers">A long wait for the dockers</h2>' in body
    assert "<li>Four cranes, each able to lift 65 tonnes</li>" in body
    assert "<blockquote>" in body
    assert '<a href="https://www.northsea-courier.example/news/2011/port-closes"' in body
    assert '<a rel="noopener noreferrer nofollow">our archive</a>' in body  # the javascript: link loses its href only


def test_furniture_left_out_of_open_graph_page():
    _, body, paragraphs = made("orchard.htm")
    for furniture in ("Share this", "newsletter", "Sponsored", "Most read", "Log in", "Valley Gazette ©"):
        assert furniture not in body, furniture
    assert paragraphs[2].startswith("“I have never seen it this bad")  # windows-1252 quotes decoded
    assert paragraphs[4].startswith("Café owners")


def test_relative_links_point_at_the_original_site_or_lose_their_address():
    assert '<a href="https://valleygazette.example/2012/04/18/frost-hits-orchards/" rel="noopener noreferrer nofollow">' \
           'similar frost in 2012</a>' in made("orchard.htm")[1]
    assert '<a rel="noopener noreferrer nofollow">the plan</a>' in made("library.html")[1]  # no address known


def test_published_date_wins_over_modified_date():
    # Both pages state a modified date days later, in a visible <time> and in metadata.
    assert made("harbour.html")[0].date.iso() == "2021-06-14"
    assert made("orchard.htm")[0].date.iso() == "2019-05-02"


def test_utc_timestamp_just_after_midnight_takes_the_urls_day():
    page = (PAGES / "orchard.htm").read_bytes().replace(b"2019-05-02T05:30:00Z", b"2019-05-03T00:30:00Z")
    reading = read_page(page, "late.html", "late.html", RULES)
    assert reading.meta.date.value.iso() == "2019-05-02"
    assert reading.meta.date.detail.startswith("from the day in the page's URL")


def test_a_saved_from_comment_or_file_date_is_never_the_date():
    page = (PAGES / "library.html").read_bytes().replace(b'<time datetime="2017-11-23">23 November 2017</time>', b"")
    page = b"<!-- saved from url=(0030)https://example.org/ on 2024-06-01 -->\n" + page
    assert read_page(page, "undated.html", "undated.html", RULES).meta.date is None
    article, _, _ = make_page_article(ArticleFile("undated.html", "undated.html", page), BodyRenderer(), RULES)
    assert article.date is None
    assert any("undated" in w.message for w in article.warnings)


def test_site_and_desk_names_are_not_authors():
    page = (PAGES / "orchard.htm").read_bytes().replace(b"Pieter Haanstra", b"Valley Gazette Staff")
    assert read_page(page, "staff.htm", "staff.htm", RULES).meta.authors is None


@pytest.mark.parametrize("name", ["section_front.html", "login_wall.html"])
def test_a_page_without_an_article_is_an_error_naming_the_file(name):
    with pytest.raises(BuildError) as caught:
        made(name)
    assert str(caught.value) == (f"seeds/{name}: no article found in this saved page (a section front, a login "
                                 "wall or a cookie notice?): open the article itself in the browser, then save it again")


def test_a_page_over_the_size_limit_is_refused():
    data = (PAGES / "library.html").read_bytes()
    huge = data + b" " * (MAX_BYTES + 1 - len(data))
    with pytest.raises(BuildError, match=r"^big.html: the saved page is 20.0 MB; at most 20 MB is read"):
        read_page(huge, "big.html", "big.html", RULES)


def test_bytes_that_break_the_declared_encoding_are_an_error_with_the_line():
    data = (PAGES / "harbour.html").read_bytes().replace(b"Four electric", b"Four \xff\xfe electric")
    with pytest.raises(BuildError) as caught:
        read_page(data, "broken.html", "broken.html", RULES)
    problem = caught.value.problems[0]
    assert problem.message.startswith("not valid utf-8: byte 0xff")
    assert problem.line == data[:data.index(b"\xff")].count(b"\n") + 1


def test_an_unknown_declared_encoding_is_an_error():
    data = (PAGES / "harbour.html").read_bytes().replace(b"charset=UTF-8", b"charset=klingon-8")
    with pytest.raises(BuildError, match="declares an unknown character encoding 'klingon-8'"):
        read_page(data, "odd.html", "odd.html", RULES)


class TestSidecar:
    def test_overrides_win_and_say_so(self):
        article, _, _ = made("harbour.html", sidecar=b"title: Cranes for Eastport\ndate: 2021-06-15\n"
                                                      b"tags: [ports]\n")
        assert (article.title, article.date.iso(), article.tags) == ("Cranes for Eastport", "2021-06-15", ("ports",))
        found = {p.field: (p.origin, p.detail) for p in article.provenance}
        assert found["title"] == ("front matter", "line 1") and found["date"] == ("front matter", "line 2")
        assert found["authors"][0] == "saved page"

    def test_unknown_key_is_an_error_naming_the_sidecar_and_line(self):
        with pytest.raises(BuildError) as caught:
            made("harbour.html", sidecar=b"title: Fine\nauthor: Somebody\n")
        assert str(caught.value).startswith("seeds/harbour.html.yaml:2: 'author': unknown key (known keys: title,")

    def test_yaml_syntax_error_points_at_its_line(self):
        with pytest.raises(BuildError) as caught:
            made("harbour.html", sidecar=b"title: Fine\ndate: [2021\n")
        problem = caught.value.problems[0]
        assert problem.path == "seeds/harbour.html.yaml" and problem.message.startswith("YAML syntax error")

    def test_aliases_are_refused_as_in_front_matter(self):
        with pytest.raises(BuildError, match=r"aliases \(\*name\) are not allowed"):
            made("harbour.html", sidecar=b"notes: &a [x]\ntags: *a\n")


def test_a_page_without_any_headline_gets_an_editorial_title_and_a_warning():
    page = (PAGES / "library.html").read_bytes()
    for tag in (b"<title>Town library to open on Sundays</title>", b"<h1>Town library to open on Sundays</h1>"):
        page = page.replace(tag, b"")
    article, _, _ = make_page_article(ArticleFile("seeds/x.html", "x.html", page), BodyRenderer(), RULES)
    assert article.title == "The town library will open on Sunday afternoons from January, the council…"
    assert article.title_is_editorial
    assert [w.message for w in article.warnings][0] == ("no headline found in the page (write `title:` in its "
                                                        "sidecar x.html.yaml)")
