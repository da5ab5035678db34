"""The metadata of saved pages in the shapes news sites write it: one rule per test."""

from __future__ import annotations

import json

import pytest

from briefing.read.readerdata import load_reader_rules
from briefing.read.html_page import read_page

BODY = """<article><h1>{h1}</h1>{byline}
<p>The water company will replace the old pipes under the market square this summer, closing the square
to cars for six weeks while the work is done, the town's engineer told a public meeting on Thursday.</p>
<p>Shop owners asked for the work to be moved to the winter, when fewer visitors come, but the engineer said
the ground had to be dry and that the pipes were already leaking more than a million litres a month.</p>
</article>"""

RULES, _ = load_reader_rules()


def page(head: str = "", *, h1: str = "Pipes to be replaced under the square", byline: str = "",
         ld: object = None) -> bytes:
    """Return a saved page with the given head, JSON-LD and byline around two paragraphs of my own."""
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}{script}</head><body>"
            f"{BODY.format(h1=h1, byline=byline)}</body></html>").encode()


def meta(data: bytes):
    """Return what the reader finds in a page's metadata."""
    return read_page(data, "page.html", "page.html", RULES).meta


def test_article_nested_as_a_webpages_main_entity():
    found = meta(page(ld={"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Nested",
                                                              "datePublished": "2022-03-04T10:00:00+02:00"}}))
    assert (found.title.value, found.date.value.iso()) == ("Nested", "2022-03-04")


def test_authors_as_plain_strings_and_organisations_left_out():
    found = meta(page(ld={"@type": "NewsArticle", "author": ["Jo Brandt", {"@type": "NewsMediaOrganization",
                                                                             "name": "Town Post"}]}))
    assert found.authors.value == ("Jo Brandt",)


def test_a_truncated_json_ld_headline_gives_way_to_the_full_og_title():
    full = "Pipes to be replaced under the square, closing it to cars for six weeks this summer"
    found = meta(page(f'<meta property="og:title" content="{full}">',
                      ld={"@type": "NewsArticle", "headline": "Pipes to be replaced under the square, closing…"}))
    assert (found.title.value, found.title.detail) == (full, "from the page's meta og:title")


def test_an_unparsable_date_gives_way_to_the_next_statement():
    found = meta(page('<meta property="article:published_time" content="Thursday morning">'
                      '<meta name="parsely-pub-date" content="2022-03-04T08:00:00Z">'))
    assert (found.date.value.iso(), found.date.detail) == ("2022-03-04", "from the page's meta parsely-pub-date")


def test_a_time_element_marked_date_published():
    found = meta(page(byline='<time itemprop="datePublished" datetime="2021-09-30T12:00:00-05:00">Sept. 30</time>'
                             '<time itemprop="dateModified" datetime="2021-10-02">Oct. 2</time>'))
    assert (found.date.value.iso(), found.date.detail) == ("2021-09-30", "from the page's itemprop datePublished")


def test_a_modified_date_alone_is_no_date():
    found = meta(page('<meta property="article:modified_time" content="2022-05-01T09:00:00Z">'
                      '<meta property="og:updated_time" content="2022-05-01T09:00:00Z">'))
    assert found.date is None


def test_a_publisher_given_as_an_address_is_not_the_publication():
    found = meta(page('<meta property="article:publisher" content="https://www.facebook.com/townpost">'
                      '<meta property="og:site_name" content="Town Post">'
                      '<meta name="publisher" content="https://townpost.example">'))
    assert found.publication.value == "Town Post"


@pytest.mark.parametrize("title, expected", [
    ("Pipes to be replaced | Town Post", "Pipes to be replaced"),
    ("Pipes to be replaced - Town Post - 04.03.2022", "Pipes to be replaced"),
    ("Left - right: the square divides the council | Town Post", "Left - right: the square divides the council"),
])
def test_site_names_and_dates_come_off_the_end_of_titles(title, expected):
    found = meta(page(f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="Town Post">'))
    assert found.title.value == expected


@pytest.mark.parametrize("byline, authors", [
    ("<p class='byline'>By Jo Brandt and Sami Keller</p>", ("Jo Brandt", "Sami Keller")),
    ("<p class='byline'>By Jo Brandt, Town Post</p>", ("Jo Brandt",)),
    ("<div class='author'>Jo Brandt@jobrandt</div>", ("Jo Brandt",)),
])
def test_bylines_give_people_only(byline, authors):
    found = meta(page('<meta property="og:site_name" content="Town Post">', byline=byline))
    assert found.authors.value == authors


def test_the_sites_own_name_before_the_company_that_publishes_it():
    ld = {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Town Media Group plc"}}
    assert meta(page('<meta property="og:site_name" content="Town Post">', ld=ld)).publication.value == "Town Post"
    found = meta(page(ld=ld)).publication
    assert (found.value, found.detail) == ("Town Media Group plc", "from the page's JSON-LD publisher")


@pytest.mark.parametrize("stamp, url_day, expected", [
    ("2022-03-05T01:10:00Z", "2022/03/04", "2022-03-04"),   # evening in America, next day in UTC
    ("2022-03-04T20:10:00Z", "2022/03/05", "2022-03-05"),   # next morning in Asia, the evening before in UTC
    ("2022-03-04T20:10:00Z", "2022/03/07", "2022-03-04"),   # days apart: the URL is not about this stamp
    ("2022-03-04T23:10:00-05:00", "2022/03/05", "2022-03-04"),  # a local time is taken as written
])
def test_a_utc_stamp_one_day_off_the_urls_day_takes_the_urls_day(stamp, url_day, expected):
    found = meta(page(f'<meta property="article:published_time" content="{stamp}">'
                      f'<link rel="canonical" href="https://townpost.example/{url_day}/pipes/">'))
    assert found.date.value.iso() == expected


def test_a_timestamp_with_the_sites_offset_beats_one_in_utc_on_the_day_before():
    found = meta(page('<meta property="article:published_time" content="2025-04-16T06:00:00+08:00">',
                      ld={"@type": "NewsArticle", "headline": "Pipes to be replaced under the square",
                          "datePublished": "2025-04-15T22:00:00Z"}))
    assert (found.date.value.iso(), found.date.detail) == ("2025-04-16", "from the page's meta article:published_time")


def test_a_utc_timestamp_takes_the_day_another_timestamp_of_the_same_moment_gives_in_the_sites_zone():
    found = meta(page('<meta name="x-local-publish-time" content="2025-02-05T21:15:00-05:00">',
                      ld={"@type": "NewsArticle", "headline": "Pipes to be replaced under the square",
                          "datePublished": "2025-02-06T02:15:00.000Z"}))
    assert found.date.value.iso() == "2025-02-05" and "same moment" in found.date.detail
    other_moment = meta(page('<meta name="x-local-publish-time" content="2025-02-05T18:00:00-05:00">',
                             ld={"@type": "NewsArticle", "headline": "Pipes to be replaced under the square",
                                 "datePublished": "2025-02-06T02:15:00.000Z"}))
    assert other_moment.date.value.iso() == "2025-02-06"


def test_a_utc_timestamp_takes_the_day_a_short_line_of_the_header_prints():
    found = meta(page(byline="<div class='sc-by1111-4'><span>9 de enero de 2025, 9:30 p. m.</span></div>",
                      ld={"@type": "NewsArticle", "headline": "Pipes to be replaced under the square",
                          "datePublished": "2025-01-10T03:30:00.000Z"}))
    assert found.date.value.iso() == "2025-01-09" and "in UTC" in found.date.detail


def test_a_desk_the_meta_tags_name_is_no_author_and_the_printed_byline_is():
    found = meta(page('<meta name="author" content="Redazione Web">',
                      byline='<span class="autore_articolo">di <strong>Valeria Santoro</strong></span>'))
    assert found.authors.value == ("Valeria Santoro",)


def test_a_sites_acronym_after_its_name_is_left_out():
    found = meta(page('<meta property="og:site_name" content="Harbour Free Press HFP">'))
    assert found.publication.value == "Harbour Free Press"


def test_the_part_of_the_story_behind_the_paywall_is_read_though_hidden():
    hidden = ('<div class="paywall-locked" aria-hidden="true"><p>The square will reopen to cars in September, '
              'the engineer said, after the new pipes have been tested and the paving stones relaid by hand.</p></div>')
    declared = {"@type": "NewsArticle", "headline": "Pipes", "isAccessibleForFree": False,
                "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall-locked"}}
    data = page(ld=declared).replace(b"</article>", hidden.encode() + b"</article>")
    assert b"reopen to cars in September" in read_page(data, "p.html", "p.html", RULES).body.html.encode()
    undeclared = page().replace(b"</article>", hidden.encode() + b"</article>")
    assert b"reopen to cars in September" not in read_page(undeclared, "p.html", "p.html", RULES).body.html.encode()


def test_the_pages_own_json_ld_article_wins_over_a_related_one_listed_first():
    related = {"@type": "NewsArticle", "headline": "Concerts by the river all summer", "datePublished": "2024-05-13T09:00:00+02:00",
               "author": {"@type": "Person", "name": "Pablo Rivas"}}
    own = {"@type": "NewsArticle", "headline": "Pipes to be replaced under the square",
           "datePublished": "2024-05-15T04:00:00+02:00", "author": {"@type": "Person", "name": "Marta Oliva"}}
    found = meta(page(ld=[related, own]))
    assert (found.title.value, found.date.value.iso(), found.authors.value) == (
        "Pipes to be replaced under the square", "2024-05-15", ("Marta Oliva",))


def test_the_date_the_header_prints_beats_a_related_storys_date_inside_the_article():
    related = ('<div class="related"><a href="/x"><span class="related__title">New reservoir ready</span>'
               '<span class="related__date">19.03.2025</span></a></div>')
    data = page(byline='<div class="article__date">21 marca 2025, 10:45</div>').replace(
        b"</h1>", b"</h1>").replace(b"<p>Shop owners", related.encode() + b"<p>Shop owners")
    assert meta(data).date.value.iso() == "2025-03-21"


def test_a_header_time_element_gives_the_date_its_text_prints_without_a_year():
    found = meta(page(byline='<div class="byline"><span>Outi Kangasniemi</span> <time class="byline__time" '
                             'datetime="2025-01-29T14:05:00.000+02:00">29.1. 14:05</time></div>'))
    assert found.date.value.iso() == "2025-01-29"


def test_authors_a_json_ld_graph_gives_by_reference():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Pipes to be replaced under the square",
         "author": [{"@id": "https://example.org/a#person"}, {"@id": "https://example.org/b#person"}]},
        {"@type": "Person", "@id": "https://example.org/a#person", "name": "Sofia Lobo"},
        {"@type": "Person", "@id": "https://example.org/b#person", "name": "Tiago Mendes"}]}
    assert meta(page(ld=graph)).authors.value == ("Sofia Lobo", "Tiago Mendes")


def test_the_papers_name_after_the_byline_is_no_part_of_it():
    found = meta(page(byline='<div class="article-byline__authors"><span class="article-byline__author">Outi '
                             'Kangasniemi</span> <span class="article-byline__brand">HS</span></div>'))
    assert found.authors.value == ("Outi Kangasniemi",)
