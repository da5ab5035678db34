"""Headlines in page layouts where the last line above the byline is not the headline: breadcrumbs, notices,
summary lines, bylines that name no one, headlines printed under the date, a site's slogan."""

from __future__ import annotations

import pytest

from briefing.read.bylines import read_byline, read_name_line
from briefing.read.rawtext import read_raw_text
from briefing.read.readerdata import load_reader_rules

RULES, _ = load_reader_rules()
STORY = ("The regional council voted on Tuesday to close the old harbour road to lorries from next spring, "
         "after a year of complaints from residents about noise and cracked walls.\n\n"
         "Shopkeepers on the quay said they feared losing deliveries and asked for a delay of six months.\n")


def read(header: str):
    return read_raw_text(header + "\n\n" + STORY, 1, RULES)


def test_the_headline_is_the_first_line_under_the_breadcrumb_not_the_summary_lines_under_it():
    found = read("THE COASTAL WIRE\nWorld\nBusiness\nMarkets\n\nBusiness > Transport > Ports\n\n"
                 "Harbour road closes to lorries as council loses patience with hauliers\n\n"
                 "Council votes 9-2 for a ban from April\nHauliers say they were never consulted\n"
                 "Shops on the quay fear for deliveries\n\nBy Agnes Hallworth and Piet Jansen\nMarch 4, 2025 10:12 AM GMT")
    assert found.headline == "Harbour road closes to lorries as council loses patience with hauliers"
    assert found.authors == ("Agnes Hallworth", "Piet Jansen")


@pytest.mark.parametrize("crumb", ["You are here: Home / Local / Harbour", "Local / Coast / Harbour",
                                   "World › Europe › Netherlands", "LOCAL / HARBOUR"])
def test_a_breadcrumb_of_any_shape_is_set_aside_and_the_headline_is_under_it(crumb):
    found = read(f"The Coastal Courier\nNews from the estuary since 1901\n\n{crumb}\n\n"
                 "Harbour road closes to lorries after years of complaints\n\n"
                 "The ban starts in April and hauliers will have to use the ring road\n\n"
                 "By Agnes Hallworth\n4 March 2025")
    assert found.headline == "Harbour road closes to lorries after years of complaints"
    assert found.dek == "The ban starts in April and hauliers will have to use the ring road"
    assert crumb in {r.text for r in found.removed}


def test_a_menu_row_between_bars_is_no_breadcrumb():
    found = read("The Coastal Courier\nSUBSCRIBE / Support local journalism\n"
                 "WHATSAPP? / Follow the Courier on WhatsApp\n\n"
                 "Harbour road closes to lorries after years of complaints\n"
                 "The ban starts in April and hauliers will have to use the ring road\n"
                 "By Agnes Hallworth\n4 March 2025")
    assert found.headline == "Harbour road closes to lorries after years of complaints"


def test_a_notice_that_the_article_is_old_is_no_headline():
    found = read("The Coastal Courier\n\nWorld › Europe › Netherlands\n\nThis article is more than 2 weeks old\n\n"
                 "‘The road shakes our houses’: a harbour town says enough\n\n"
                 "Residents of the quay have complained for a year about lorries that rattle their windows at night, "
                 "and now the council has listened to them and closed the road to heavy traffic from April\n\n"
                 "Agnes Hallworth in Vlissingen\nTuesday 4 March 2025 06.00 GMT")
    assert found.headline == "‘The road shakes our houses’: a harbour town says enough"
    assert ("This article is more than 2 weeks old" in
            {r.text for r in found.removed if r.reason == "furniture: archive notice"})


@pytest.mark.parametrize("byline", ["By Our Harbour Correspondent", "By a Staff Reporter", "From Our Correspondent",
                                    "By Editorial Desk"])
def test_a_byline_that_names_no_one_is_no_headline(byline):
    found = read("The Coastal Courier\n\nNews » Coast » Harbour\n\n"
                 "Harbour road closes to lorries after years of complaints\n\n"
                 "The ban starts in April and hauliers will have to use the ring road\n\n"
                 f"{byline}\n04.03.2025 | 16:05")
    assert found.headline == "Harbour road closes to lorries after years of complaints"
    assert found.authors == ()
    assert read_byline(byline, RULES.outlets) is not None


@pytest.mark.parametrize("line, authors", [
    ("By Ifeoma Adeyemi-Cole (Lagos) and Musa Danladi (Abuja)", ("Ifeoma Adeyemi-Cole", "Musa Danladi")),
    ("Harriet Blake in Qalai Kabud, Nurobod district", ("Harriet Blake",)),
])
def test_bylines_that_place_their_reporters(line, authors):
    assert read_byline(line, RULES.outlets).authors == authors


def test_a_bare_name_of_four_words_is_a_byline_with_its_job_after_a_comma():
    assert read_name_line("Daniel Koh Wei Ming, Asia Regulatory Editor", RULES.outlets).authors == (
        "Daniel Koh Wei Ming",)
    assert read_name_line("Daniel Koh Wei Ming", RULES.outlets) is None


def test_an_agency_in_parentheses_after_a_signed_name_is_the_wire():
    found = read_byline("By Jane Doe (Reuters)", RULES.outlets)
    assert (found.authors, found.wire) == (("Jane Doe",), "Reuters")


@pytest.mark.parametrize("masthead", ["THE HARBOUR OBSERVER\nTuesday, March 4, 2025",
                                      "HARBOUR GAZETTE\nVlissingen | Tuesday, March 4, 2025"])
def test_a_headline_printed_under_the_date_line(masthead):
    found = read(f"{masthead}\n\nCouncil Closes Harbour Road To Lorries After Year Of Complaints\n\n"
                 "Caption: Lorries queue on the quay on Monday. Observer photo by Jan de Wit")
    assert found.headline == "Council Closes Harbour Road To Lorries After Year Of Complaints"


def test_the_slogan_under_the_site_name_is_no_headline_when_the_headline_comes_under_the_date():
    found = read("THE HARBOUR OBSERVER\nThe estuary's English-language weekly — since 1987\n\n"
                 "News\nCoast\nOpinion\n\nLOCAL / HARBOUR\n\n04.03.2025 | 10:40 Views: 1 204\n\n"
                 "Council closes harbour road to lorries after a year of complaints")
    assert found.headline == "Council closes harbour road to lorries after a year of complaints"


def test_the_outlet_and_place_between_the_byline_and_the_date_are_no_headline():
    found = read("HARBOUR NEWS\nHome News World Business Climate\n\n"
                 "Inside the town that closed its harbour road\n\nBy Daniela Acosta\nHarbour News, Ciudad del Este\n"
                 "Published 4 March 2025")
    assert found.headline == "Inside the town that closed its harbour road"
    assert found.authors == ("Daniela Acosta",)


def test_a_name_over_a_date_under_the_headline_is_the_byline_not_a_list_of_stories():
    found = read("The Harbour Sentinel\nTrending: Road ban | Ferry strike | Spring tides\n\n"
                 "Harbour road closes to lorries as the council loses patience with hauliers\n\n"
                 "Last Updated: 4 March 2025, 07:35 PM CET\n\nAgnes Hallworth\n\nVlissingen, 4 March 2025")
    assert found.headline == "Harbour road closes to lorries as the council loses patience with hauliers"
    assert found.authors == ("Agnes Hallworth",)
    assert found.stated_date is not None
    assert "Trending: Road ban | Ferry strike | Spring tides" in {r.text for r in found.removed}


def test_a_video_story_s_headline_labelled_as_a_link_to_one_is_its_headline():
    found = read("Politics\n\nWATCH: Council defends harbour road ban, says lorries will get a ring road\n\n"
                 "By Editorial Desk\nMarch 5, 2025\n\n[Video] The mayor speaks to reporters at the town hall. Duration 4:02")
    assert found.headline == "WATCH: Council defends harbour road ban, says lorries will get a ring road"
    assert found.stated_date is not None


def test_a_date_over_a_row_of_share_buttons_is_the_article_s_date_not_the_page_s_clock():
    found = read("THE HARBOUR HERALD\nThe estuary in English\nLog in\nSubscribe\nHome\nBusiness\nOpinion\n\n"
                 "BUSINESS > Transport\n\nHarbour road closes to lorries after years of complaints\n\n"
                 "The council says the ban will protect the old walls of the quay. On the ring road, the hauliers "
                 "are not so sure\n\n"
                 "Agnes Hallworth | Portsmouth\nTuesday, April 8, 2025 - 17:30 CEST\n"
                 "Share: Link | Facebook | X | LinkedIn | Email\n12 comments")
    assert found.headline == "Harbour road closes to lorries after years of complaints"
    assert found.authors == ("Agnes Hallworth",)
    assert [p.split()[0] for p in found.paragraphs] == ["The", "Shopkeepers"]


NEWSLETTER = ("HARBOUR FREIGHT BRIEFING\nPort and shipping intelligence for the North Sea trade\n\n"
              "Latest | Ports | Carriers | Regulation | Data\n\nMy account | Log out\nSearch briefings...\n\n"
              "Issue 88 | Tuesday 4 March 2025\nPREMIUM - Subscriber edition. Please do not forward outside your "
              "organisation.\n\nRegulation > Ports\n\n"
              "Council closes the harbour road to lorries from April\n\n"
              "The council wants the old walls of the quay spared. Hauliers say the ring road adds an hour to every "
              "run.\n\nAgnes Hallworth, Ports Editor\n04 Mar 2025 · 06:00 UTC · 6 min read\n\n"
              "Share: LinkedIn | X | Email | Download PDF\n\nKEY POINTS\n- Lorries banned from the quay road from 1 "
              "April\n- Hauliers must use the ring road\n- The council will review the ban in a year")
MORE = "".join(f"\nAt the meeting on the quay, speaker {number} told the council what the ban would cost them, and the "
               "council answered that the walls could not take another winter of lorries.\n" for number in range(2))


def test_a_standfirst_and_a_byline_over_a_date_are_the_header_not_a_story_and_the_next_one():
    found = read_raw_text(NEWSLETTER + "\n\n" + STORY + MORE, 1, RULES)
    assert found.headline == "Council closes the harbour road to lorries from April"
    assert found.dek.startswith("The council wants the old walls of the quay spared.")
    assert found.authors == ("Agnes Hallworth",)
    assert [p.split()[0] for p in found.paragraphs] == ["The", "Shopkeepers", "At", "At"]
    notice = "PREMIUM - Subscriber edition. Please do not forward outside your organisation."
    assert {"Search briefings...", notice} <= {r.text for r in found.removed}


def test_the_source_of_a_box_of_figures_inside_the_story_is_not_its_publication():
    found = read_raw_text("THE HARBOUR LEDGER\n\nCouncil closes the harbour road to lorries\n\nBy Agnes Hallworth\n"
                          "4 March 2025\n\n" + STORY + "\nBY THE NUMBERS\n94 - lorries a day on the quay\n"
                          "Source: Port Authority, Harbour Data Desk\n\nThe ban starts in April, the council said in "
                          "a statement on its website.\n\nThis article is part of our Harbour Watch series.\n\n"
                          "© 2025 The Harbour Ledger. All rights reserved. No part of this page may be reproduced.",
                          1, RULES)
    assert found.publication is not None and found.publication[0] == "The Harbour Ledger"
    assert "This article is part of our Harbour Watch series." in {r.text for r in found.removed}


CONSENT = ("THE HARBOUR LEDGER\nIndependent since 1921\n\nSubscribe from £1 a month | Log in\n\n"
           "News   Ports   Business   Weather   Puzzles   Obituaries\n\nYour privacy\n"
           "We and our 180 partners store and access information on your device to show you relevant advertising "
           "and to measure how you use our site. You can change your choices at any time in Privacy Settings\n"
           "[Accept all]   [Reject non-essential]\n\n"
           "You have 3 free articles left this month. Subscribers read without limits.\n\nLOCAL | TRANSPORT\n\n"
           "Harbour road closes to lorries after years of complaints\n\n"
           "Hauliers say the ring road adds an hour to every run; the council says the quay walls cannot take "
           "another winter\n\nAgnes Hallworth\nTransport correspondent\n\n"
           "Additional reporting by Tomas Reid in Leith\n\nTue 4 Mar 2025 09.20 GMT\n"
           "Last modified on Tue 4 Mar 2025 11.02 GMT")


def test_a_consent_notice_naming_no_cookies_and_a_count_of_free_articles_left_are_no_story():
    # Read as running text, the two notices pushed the header's date out of reach and the reporting credit above
    # it closed the "story" they began: the whole article was lost.
    found = read(CONSENT)
    assert found.headline == "Harbour road closes to lorries after years of complaints"
    assert [p.split()[0] for p in found.paragraphs] == ["The", "Shopkeepers"]
    removed = {r.text for r in found.removed}
    assert "You have 3 free articles left this month. Subscribers read without limits." in removed
    assert "Your privacy" in removed and any(text.startswith("We and our 180 partners") for text in removed)
