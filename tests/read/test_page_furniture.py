"""What trafilatura keeps of a saved page's furniture is set aside by the reader's rules, with its reason
and its line in the page; the date and byline the article's header prints are read when the metadata
has none; a site's name is given as readers cite it."""

from __future__ import annotations

import pytest

from briefing.read.html_page import read_page
from briefing.read.load import ArticleFile
from briefing.read.markup import BodyRenderer
from briefing.read.page_article import make_page_article
from briefing.read.page_names import people_in
from briefing.read.readerdata import load_reader_rules
from briefing.read.sitename import readable_site_name

RULES, _ = load_reader_rules()
STORY = [
    "The harbour authority voted on Monday to spend four million euros on new cranes for the eastern quay, "
    "ending a decade in which the quay stood empty and the town's dockers drove two hours to work elsewhere.",
    "The order was approved after a long debate in which two members of the board voted against the plan, "
    "saying the money would be better spent on dredging the channel that larger ships now avoid.",
    "“We have waited for this day for a long time,” said Lena Vos, who chairs the dockers' union, adding that "
    "half of her members would be able to work in the town again once the cranes are running next year.",
    "The first ships are expected to call at the renewed quay in the autumn, the authority said in a statement "
    "that did not name the shipping lines it has been talking to about the new service.",
]


def page(article: str, *, head: str = "", before: str = "") -> bytes:
    """Return a saved page holding article inside <main><article>, after a site header."""
    return (f"<!doctype html><html><head><title>Cranes return | The Harbour Post</title>{head}</head><body>"
            f"<header class='site'>{before}<nav><a href='/'>Home</a></nav></header>"
            f"<main><article>{article}</article></main><footer>© 2024 The Harbour Post</footer></body></html>").encode()


def story(*, between: str = "", after: str = "") -> str:
    paragraphs = [f"<p>{text}</p>" for text in STORY]
    return "".join(paragraphs[:2]) + between + "".join(paragraphs[2:]) + after


def made(data: bytes):
    return make_page_article(ArticleFile("cranes.html", "cranes.html", data), BodyRenderer(), RULES)


def reasons(article) -> dict[str, str]:
    return {r.text: r.reason for r in article.removed}


def test_a_box_labelled_as_related_links_is_set_aside_with_its_line():
    article, _, paragraphs = made(page("<h1>Cranes return</h1>" + story(
        between="<section class='catcher'><span>Lire aussi |</span> <a href='/x'>Dredging plan shelved again</a>"
                "</section>")))
    assert paragraphs == tuple(STORY)
    removed = {r.text: r for r in article.removed}["Dredging plan shelved again"]
    assert removed.reason == "furniture: related links" and removed.line == 1


def test_the_lines_of_a_paywall_box_go_with_its_label():
    box = ("<div class='paywall'><p>Continue reading with Harbour+</p><p>More background, more analysis.</p>"
           "<ul><li>All articles on the site and in the app</li><li>Cancel at any time</li></ul></div>")
    article, _, paragraphs = made(page(story(between=box)))
    assert paragraphs == tuple(STORY)
    assert reasons(article)["More background, more analysis."] == "furniture: paywall"


def test_a_pull_quote_a_date_stamp_and_a_caption_beside_a_photo_are_not_story():
    quote = "<blockquote><p>“We have waited for this day for a long time”</p>Lena Vos</blockquote>"
    photo = "<div class='pic'><a href='#'><img src='https://img.example/c.jpg'></a><p>The empty eastern quay</p></div>"
    article, _, paragraphs = made(page("<p>Updated 4 March 2024, 08:15</p>" + story(between=quote + photo)))
    assert paragraphs == tuple(STORY)
    found = reasons(article)
    assert found["The empty eastern quay"].startswith("photo caption")
    assert found["Updated 4 March 2024, 08:15"] == "date stamp"
    assert "pull quote" in next(reason for text, reason in found.items() if text.startswith("“We have waited"))


def test_a_standfirst_printed_apart_is_the_dek_but_a_lede_the_description_repeats_stays():
    dek = "The quay has stood empty for ten years."
    head = f"<meta name='description' content='{dek}'>"
    standfirst = f"<div class='intro'><p>{dek} Now four cranes are coming back.</p></div>"
    article, _, paragraphs = made(page(standfirst + "<div class='body'>" + story() + "</div>", head=head))
    assert paragraphs == tuple(STORY) and reasons(article)[f"{dek} Now four cranes are coming back."] == "repeats the dek"
    lede = STORY[0]
    article, _, paragraphs = made(page(story(), head=f"<meta name='description' content=\"{lede[:60]}\">"))
    assert paragraphs == tuple(STORY)


def test_the_notes_closing_the_story_are_set_aside():
    note = ("<p>Lena Vos contributed reporting.</p><p>Sign up for our newsletter</p><p>Want the harbour news "
            "first? Subscribe to our newsletter and support our journalism.</p>")
    article, _, paragraphs = made(page(story(after=note)))
    assert paragraphs == tuple(STORY)
    assert reasons(article)["Lena Vos contributed reporting."] == "end-of-story credit"


def test_the_headers_printed_date_and_byline_stand_in_for_missing_metadata():
    header = ("<p class='byline'>Posted by <span class='author vcard'><a href='/a'>Dana Whitfield</a></span></p>"
              "<footer class='news-date'><span class='day'>3 de marzo de 2024</span> - 21:04 h</footer>")
    article, _, _ = made(page(header + story()))
    assert article.date.iso() == "2024-03-03" and article.authors == ("Dana Whitfield",)
    assert any(p.field == "date" and "the date the page shows" in p.detail for p in article.provenance)


@pytest.mark.parametrize("where", ["masthead", "update", "related"])
def test_a_masthead_date_an_update_alone_or_a_related_storys_date_dates_nothing(where):
    dated = {"masthead": ("", "<span class='date'>Tuesday, March 5, 2024</span>", ""),
             "update": ("<p class='date'>Updated March 5, 2024</p>", "", ""),
             "related": ("", "", "<ul><li><a href='/r'>Ferry fares rise</a> <span class='date'>March 1, 2024</span>"
                                 "</li></ul>")}[where]
    article, _, _ = made(page(dated[0] + story(after=dated[2]), before=dated[1]))
    assert article.date is None


@pytest.mark.parametrize("name, cited", [("Le Monde.fr", "Le Monde"), ("DER SPIEGEL", "Der Spiegel"),
                                         ("BBC NEWS", "BBC News"), ("NHK WORLD-JAPAN", "NHK World-Japan"),
                                         ("DW.COM", "DW.COM"), ("elDiario.es", "elDiario.es"), ("NPR", "NPR")])
def test_a_sites_name_as_readers_cite_it(name, cited):
    assert readable_site_name(name) == cited


def test_reading_the_page_meta_alone_needs_no_body_rules_but_its_own():
    meta = read_page(page(story()), "cranes.html", "cranes.html", RULES).meta
    assert meta.title is not None


@pytest.mark.parametrize("byline, people", [
    ("Por Martina Echeverri y Julián Pereyra", ("Martina Echeverri", "Julián Pereyra")),
    ("Par Anne Dupont et Luc Martin", ("Anne Dupont", "Luc Martin")),
    ("Von Anna Weber und Jan Roth", ("Anna Weber", "Jan Roth")),
    ("TAN WEI LING", ("Tan Wei Ling",)),
    ("By Jane Doe, Political Correspondent, Nairobi", ("Jane Doe",)),
])
def test_the_people_a_pages_byline_names(byline, people):
    assert people_in(byline, ("the harbour post",)) == people


def test_a_pull_quote_joining_two_quoted_sentences_is_set_aside():
    quote = ("<blockquote><p>We have waited for this day. Half of my members can work here again.</p>"
             "<footer>LENA VOS, union chair</footer></blockquote>")
    said = ("<p>“We have waited for this day,” said Lena Vos, who chairs the dockers' union. “Half of my members "
            "can work here again.” She said the union would meet the authority next week to discuss the shifts.</p>")
    article, _, paragraphs = made(page(story(between=said + quote)))
    assert len(paragraphs) == len(STORY) + 1
    assert any("pull quote" in reason for reason in reasons(article).values())


def test_newsletter_boxes_sponsors_and_appeals_are_not_story():
    box = ("<aside class='newsletter'><p>skip past newsletter promotion</p><p>Sign up to Harbour Weekly</p>"
           "<p>Free weekly newsletter</p><p>The week’s harbour stories, sent to your inbox every Friday morning</p>"
           "<p>Privacy Notice: We only use your email address to send you this newsletter.</p></aside>")
    after = ("<p>This week’s issue is supported by Tidewater Books, the bookshop on Chandler Row.</p>"
             "<p>Support The Harbour Post's journalism. Your contribution keeps local news free.</p><p>Contribute now</p>")
    article, _, paragraphs = made(page(story(between=box, after=after)))
    assert paragraphs == tuple(STORY)


def test_a_masthead_date_on_a_page_that_marks_no_article_dates_nothing():
    data = ("<html><head><title>Cranes return</title></head><body><div class='top'><span class='date'>Monday, "
            "March 11, 2024</span></div><h1>Cranes return</h1><p class='dateline'>Published - March 08, 2024 09:12 pm "
            "IST</p>" + story() + "</body></html>").encode()
    article, _, _ = made(data)
    assert article.date.iso() == "2024-03-08"


def test_a_byline_printed_above_the_story_in_its_text_names_the_authors():
    article, _, paragraphs = made(page("<p>di Giulia Fontanesi</p>" + story()))
    assert paragraphs == tuple(STORY) and article.authors == ("Giulia Fontanesi",)
    assert any(p.field == "authors" and "byline above the story" in p.detail for p in article.provenance)


def test_a_polls_question_is_not_story():
    poll = ("<div class='poll'><span>Poll</span><p>Should the quay get a fifth crane?</p><ul><li><button>Yes</button>"
            "</li><li><button>No</button></li></ul></div>")
    article, _, paragraphs = made(page(story(between=poll)))
    assert paragraphs == tuple(STORY) and reasons(article)["Should the quay get a fifth crane?"] == "furniture: poll"


def test_the_byline_the_header_marks_beats_a_guess_and_a_photographers_credit():
    header = ("<figure><img src='https://img.example/q.jpg'><figcaption>The quay. <span class='image-author'>Olmo "
              "Calvo</span></figcaption></figure><p><span class='author'>Por Martina Echeverri</span> y "
              "<span class='author'>Julián Pereyra</span></p>")
    article, _, _ = made(page(header + story()))
    assert article.authors == ("Martina Echeverri", "Julián Pereyra")


@pytest.mark.parametrize("guess", ["Cardiff Published", "Photo Gallery", "Share Story"])
def test_a_label_is_no_persons_name(guess):
    assert people_in(guess, ()) == ()


@pytest.mark.parametrize("printed, day", [("Saturday 01 June 2024 00:30 BST", "2024-06-01"),
                                          ("Friday 31 May 2024 23:30", "2024-05-31"),
                                          ("Tuesday 04 June 2024", "2024-05-31")])
def test_a_utc_timestamp_takes_the_day_the_header_prints_when_one_day_apart(printed, day):
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cranes return", '
          '"datePublished": "2024-05-31T23:30:00.000Z"}</script>')
    article, _, _ = made(page(f"<p class='date'>{printed}</p>" + story(), head=ld))
    assert article.date.iso() == day


def test_what_the_page_prints_outside_its_marked_article_body_is_not_story():
    lead = "<p class='lead-text'>Four cranes return to the eastern quay after a decade.</p>"
    tips = "<div class='tips'><p>Do you know more? Contact our news desk around the clock.</p></div>"
    body = f"<div data-test-tag='article-body'>{story(after='<p>Source: Harbour Post/ab(cd)</p>')}</div>"
    article, _, paragraphs = made(page(lead + body + tips))
    assert paragraphs == tuple(STORY)
    found = reasons(article)
    assert found["Four cranes return to the eastern quay after a decade."] == "furniture: outside the page's article body"
    assert found["Source: Harbour Post/ab(cd)"] == "source credit"


def test_a_marked_body_holding_little_of_the_story_marks_nothing():
    body = f"<div class='story-body'><p>{STORY[0]}</p></div>" + "".join(f"<p>{text}</p>" for text in STORY[1:])
    _, _, paragraphs = made(page(body))
    assert paragraphs == tuple(STORY)


def test_embedded_posts_linked_teaser_cards_and_small_boxes_the_page_names_are_not_story():
    tweet = ("<div class='embed'><blockquote class='twitter-tweet'><p>The quay opens to ships again next spring, "
             "the harbour board confirms.</p>— Harbour Board (@harbour)</blockquote></div>")
    card = ("<a class='read-also__link' href='/dredging'><p class='read-also__text'>The dredging of the channel was "
            "postponed again this winter.</p></a>")
    facts = "<div class='_fact_b_5z2e'><p>The eastern quay opened in 1911 and closed in 2014.</p></div>"
    article, _, paragraphs = made(page(story(between=tweet + card + facts)))
    assert paragraphs == tuple(STORY)
    found = reasons(article)
    assert found["The dredging of the channel was postponed again this winter."] == "furniture: a linked teaser"
    assert found["The eastern quay opened in 1911 and closed in 2014."] == "furniture: a box in the story"


def test_a_container_of_the_story_is_no_box_whatever_its_class():
    article, _, paragraphs = made(page(f"<div class='story-box'>{story()}</div>"))
    assert paragraphs == tuple(STORY)


def test_a_lead_the_page_marks_among_the_paragraphs_is_the_dek():
    lead = "HARBOURTON - The cranes are coming back to the eastern quay after ten years."
    head = "<meta property='og:description' content='The cranes are coming back to the eastern quay after ten years.'>"
    article, _, paragraphs = made(page(f"<h1>Cranes return</h1><div class='body'><p class='article__intro'>{lead}</p>"
                                       + story() + "</div>", head=head))
    assert paragraphs == tuple(STORY)
    unmarked, _, paragraphs = made(page(f"<h1>Cranes return</h1><div class='body'><p>{lead}</p>" + story() + "</div>",
                                        head=head))
    assert paragraphs[0] == lead


def test_a_video_box_named_in_camel_case_is_set_aside():
    box = ("<div class='videoComponent'><div class='videoComponent__player'></div>"
           "<p class='videoComponent__description'>Dockers film the first crane arriving at the quay on Monday.</p></div>")
    article, _, paragraphs = made(page("<h1>Cranes return</h1>" + story(between=box)))
    assert paragraphs == tuple(STORY)


def test_with_files_from_is_a_credit_not_the_last_paragraph():
    article, _, paragraphs = made(page("<h1>Cranes return</h1>" + story(after="<p><em>— With files from Ana Ruiz</em></p>")))
    assert paragraphs == tuple(STORY)
