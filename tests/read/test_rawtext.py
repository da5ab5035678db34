"""The raw-text reader end to end on one body: roles for every line, header, body, furniture, captions."""

from __future__ import annotations

import pytest

from briefing.dates import PartialDate
from briefing.read.article import make_article
from briefing.read.load import read_source
from briefing.read.rawtext import read_raw_text
from briefing.read.readerdata import load_reader_rules

RULES, _ = load_reader_rules()
PAGE = """The Washington PostDemocracy Dies in Darkness
The Americas
Honduras opens a hospital built with foreign aid
Officials say the 200-bed hospital will serve half a million people in the north
By Ana Ruiz and Ben Cole
June 2, 2021 at 11:08 a.m. EDT
Placeholder while article actions load

Nurses prepare a ward at the new hospital.
Nurses prepare a ward at the new hospital. (Delmer Martinez/AP)

SAN PEDRO SULA, Honduras — The largest public hospital built in Honduras in decades opened on Wednesday.

Story continues below advertisement

Taiwan paid for about half of the project.

You might also like
Storm floods the north coast
"""


def test_every_part_of_a_page_is_found():
    found = read_raw_text(PAGE, 10, RULES)
    assert (found.headline, found.headline_line) == ("Honduras opens a hospital built with foreign aid", 12)
    assert found.dek.startswith("Officials say the 200-bed hospital")
    assert (found.authors, found.authors_detail) == (("Ana Ruiz", "Ben Cole"), "byline, line 14")
    assert found.publication == ("The Washington Post", "masthead, line 10")
    assert found.stated_date[0].iso() == "2021-06-02" and found.stated_date[1] == 15
    assert found.dateline == "SAN PEDRO SULA, Honduras"
    assert found.paragraphs == ("The largest public hospital built in Honduras in decades opened on Wednesday.",
                                "Taiwan paid for about half of the project.")
    assert [(c.text, c.credit) for c in found.captions] == [("Nurses prepare a ward at the new hospital.",
                                                            "Delmer Martinez/AP")]


def test_every_line_is_shown_or_set_aside_with_a_reason():
    found = read_raw_text(PAGE, 10, RULES)
    numbered = {n for n, line in enumerate(PAGE.split("\n"), start=10) if line.strip()}
    assert {line for line, _, _ in found.roles} == numbered
    reasons = {r.text: r.reason for r in found.removed}
    assert reasons["The Americas"] == "furniture: navigation"
    assert reasons["Story continues below advertisement"] == "furniture: advertising"
    assert reasons["Storm floods the north coast"] == "furniture: related links"
    assert reasons["Nurses prepare a ward at the new hospital. (Delmer Martinez/AP)"] == "duplicate photo caption"
    assert reasons["June 2, 2021 at 11:08 a.m. EDT"] == "date stamp"


def test_no_headline_when_the_text_starts_with_its_first_paragraph():
    found = read_raw_text("WASHINGTON — The talks resumed on Monday.\n\nBoth sides said so.\n", 1, RULES)
    assert found.headline == "" and found.dateline == "WASHINGTON"
    assert found.paragraphs == ("The talks resumed on Monday.", "Both sides said so.")


def test_a_headline_over_a_dek_of_as_many_words():
    found = read_raw_text("US\nCDC director backs booster shots for older Americans\n"
                          "Rochelle Walensky overrules advisers on booster for frontline workers\n"
                          "24 September 2021\nBy Priya Natarajan\n\nThe director endorsed booster shots on Friday.\n",
                          1, RULES)
    assert (found.headline, found.dek) == ("CDC director backs booster shots for older Americans",
                                           "Rochelle Walensky overrules advisers on booster for frontline workers")


def test_a_long_standfirst_stays_in_the_header():
    # Some papers print a standfirst of thirty-odd words between the headline and the byline.
    dek = ("Le chantier de rénovation du pont devait s’achever fin mars, mais le gestionnaire annonce six mois de "
           "retard et, dans le bas de la commune, les commerces disent perdre la moitié de leur clientèle.")
    found = read_raw_text(f"Bruxelles\nLe pont de l’avenue restera fermé jusqu’en septembre, les commerçants au bord de "
                          f"l’asphyxie\n\n{dek}\n\nArticle réservé aux abonnés\nCamille Dewaele\nJournaliste au service "
                          f"Bruxelles\n\nPublié le 14/02/2025 à 18:27\n\nCe devait être l’affaire de cinq mois. Ce sera "
                          f"finalement près d’un an.\n\nLes poutres ne seront pas livrées avant juin.\n", 1, RULES)
    assert found.headline.startswith("Le pont de l’avenue restera fermé")
    assert (found.dek, found.authors) == (dek, ("Camille Dewaele",))
    assert found.paragraphs[0] == "Ce devait être l’affaire de cinq mois. Ce sera finalement près d’un an."


def test_a_name_a_dash_joins_to_the_date_signs_the_story():
    found = read_raw_text("Тепломагістраль прорвало в Житомирі\nОлена Гнатюк — Вівторок, 3 грудня 2024, 08:47\n\n"
                          "Понад 200 будинків залишилися без опалення після пориву.\n\nРемонт триватиме дві доби.\n", 1, RULES)
    assert found.authors == ("Олена Гнатюк",) and found.stated_date[0] == PartialDate(2024, 12, 3)
    found = read_raw_text("Harbour dredging halted\nNew York — March 3, 2025\n\nThe port authority stopped dredging the "
                          "harbour on Tuesday.\n\nTests are due on Friday.\n", 1, RULES)
    assert found.authors == () and found.stated_date[0] == PartialDate(2025, 3, 3)


def test_the_speaker_under_a_pull_quote_is_no_line_of_the_story():
    found = read_raw_text("Rockfall closes the E16\nEirik Solbakken/NTB\n\nA rockfall closed the E16 on Tuesday afternoon, "
                          "the roads authority said.\n\n– We will not open before we are sure it is safe, said Ingrid Haugsrud "
                          "of the roads authority on Tuesday.\n\n– We will not open before we are sure it is safe.\n\n"
                          "Ingrid Haugsrud, Statens vegvesen\n\nDetour\n\nTraffic is sent over the mountain pass.\n", 1, RULES)
    assert found.authors == ("Eirik Solbakken",) and "Ingrid Haugsrud, Statens vegvesen" not in found.paragraphs
    assert "Detour" in found.paragraphs  # a sub-heading further down stays


def test_teasers_under_a_list_heading_are_not_the_story():
    found = read_raw_text("Bridge closed to lorries\nBy Ana Lindgren\nMarch 11, 2025\n"
                          "The council closed the old bridge to lorries on Tuesday after cracks were found in two arches.\n"
                          "Engineers will inspect the arches again next month, the council said.\n"
                          "Recommended for you\nTraders ask for more parking spaces in the town centre\n"
                          "They say the closure of several streets has cut their Saturday sales by a third.\n"
                          "The river festival closes its best season with 40,000 more visitors\n"
                          "The boats were full almost every weekend of September and October, the organisers said.\n", 1, RULES)
    assert found.paragraphs[-1] == "Engineers will inspect the arches again next month, the council said."


def test_a_paragraph_after_headlines_listed_without_summaries_is_the_story_s_though_a_subheading_follows():
    found = read_raw_text("Bridge closed to lorries\nBy Ana Lindgren\nMarch 11, 2025\n\n"
                          "The council closed the old bridge to lorries on Tuesday after cracks were found in two arches.\n\n"
                          "Related coverage\nTraders ask for more parking spaces in the town centre\n"
                          "Ferry fares rise in April for the first time in six years\n\n"
                          "\"We have waited in this queue since five o'clock and we will wait here tomorrow too,\" said a "
                          "haulier from Tønsberg, Ola Brekke.\n\nENGINEERS RETURN NEXT MONTH\n\n"
                          "The council said the arches would be inspected again in April.\n", 1, RULES)
    assert found.paragraphs[1].startswith("\"We have waited in this queue")
    assert "Ferry fares rise in April for the first time in six years" not in found.paragraphs


def test_links_listed_with_a_mark_end_where_a_line_without_it_follows():
    found = read_raw_text("Bridge closed to lorries\nBy Ana Lindgren\nMarch 11, 2025\n\n"
                          "The council closed the old bridge to lorries on Tuesday after cracks were found in two arches.\n\n"
                          "SEE ALSO\n> Traders ask for more parking in the town centre\n> Ferry fares rise in April\n"
                          "> Two years after the floods: what changed on the quay?\n\nWhat The Engineers Found\n\n"
                          "Dr Maja Holm, the council's bridge engineer, said the cracks had widened since the winter.\n\n"
                          "The bridge will stay closed until the autumn.\n", 1, RULES)
    assert found.paragraphs[-3:] == ("What The Engineers Found",
                                     "Dr Maja Holm, the council's bridge engineer, said the cracks had widened since the winter.",
                                     "The bridge will stay closed until the autumn.")
    assert "> Ferry fares rise in April" not in found.paragraphs


def test_a_box_of_key_figures_in_the_story_is_no_next_story_with_its_date():
    found = read_raw_text("Bridge closed to lorries\nBy Ana Lindgren\nMarch 11, 2025\n\n"
                          "The council closed the old bridge to lorries on Tuesday after cracks were found in two arches.\n\n"
                          "Engineers will inspect the arches again next month, the council said.\n\n"
                          "Repairs could take a year, the council's engineer told residents at a meeting on Monday.\n\n"
                          "KEY FIGURES\nLorries crossing the bridge each day: about 1,200 (council count)\n"
                          "Repair budget for the arches, 2025-26: €4.5m\nReopening: 30.06.2026\n\n"
                          "Traders on the quay said they feared losing their Saturday customers.\n", 1, RULES)
    assert found.paragraphs[-1] == "Traders on the quay said they feared losing their Saturday customers."


def test_a_photo_credit_under_its_caption_ends_nothing():
    found = read_raw_text("Church to become a sports hall\nBy Ana Lindgren\nMarch 11, 2025\n"
                          "The church has stood empty since 2021.\n© Tom Palmaers\n"
                          "MECHELEN | The council approved a plan on Monday to turn the church into a sports hall.\n"
                          "Work could start next year, the alderman said.\n", 1, RULES)
    assert found.dateline == "MECHELEN" and found.paragraphs[-1] == "Work could start next year, the alderman said."
    assert found.captions and found.captions[0].credit == "© Tom Palmaers"


def test_a_credit_line_under_a_caption_that_ends_on_its_credit_goes_on_with_that_credit():
    found = read_raw_text("Canal reaches the last villages\nBy Ana Lindgren\nMarch 11, 2025\n\n"
                          "The canal reached the last villages on Monday, officials said.\n\n"
                          "A farmer clears a feeder channel near the intake. Photo: Courier\nAbdul Basit / Courier\n\n"
                          "Music on the bank\n\nThe water arrived two weeks later than promised, farmers said.\n", 1, RULES)
    assert "Abdul Basit / Courier" not in found.paragraphs
    assert found.captions[0].credit.endswith("Abdul Basit / Courier")


def test_the_date_under_the_tags_after_the_story_is_the_articles():
    found = read_raw_text("Gas crunch leaves knitwear units at half capacity\nNasrin Jahan | Staff Correspondent\n\n"
                          "Knitwear factories are producing at half their capacity, owners said on Thursday.\n\n"
                          "The ministry promised more gas from next week.\n\nRelated topic:\ngas crisis\nknitwear\n\n"
                          "Published: 12:00 AM, March 14, 2025 / Last modified: 01:18 AM, March 14, 2025\n\n"
                          "Related News\nSteel mills cut output as gas supply dwindles\n", 1, RULES)
    assert found.authors == ("Nasrin Jahan",) and found.stated_date[0] == PartialDate(2025, 3, 14)


def test_a_signature_and_date_under_links_listed_after_the_story_are_the_articles():
    found = read_raw_text("Ferry fares to the islands double from June\n\n"
                          "The ferry company will double its fares to the outer islands from June, "
                          "it said on Monday.\n\n"
                          "Island councils said they would ask the ministry to step in.\n\nRelated\n"
                          "Council votes to buy a second landing craft — 14 March 2024\n\n"
                          "Mereani Tuilagi, Suva\n9 April 2024\n\n© 2024 Island Wire\n", 1, RULES)
    assert found.stated_date[0] == PartialDate(2024, 4, 9)
    assert len(found.paragraphs) == 2


def test_a_box_of_figures_the_story_opens_with_is_the_story_s_and_its_heading_no_byline():
    found = read_raw_text("Lake fish prices climb after the closed season\n\nPosted 5 March 2024, 10:05 CAT\n\n"
                          "PRICE WATCH\nDried dagaa, Kigoma wholesale: TZS 9,500/kg (+31% y/y)\n"
                          "Ndagala, Bujumbura retail: BIF 28,000/kg (+45% y/y)\n\n"
                          "Traders on the lake say dried fish is moving by night from the western shore.\n\n"
                          "Officials in Kigoma said patrols would be doubled.\n", 1, RULES)
    assert found.authors == ()
    assert found.paragraphs[0].startswith("PRICE WATCH")
    assert found.paragraphs[-1] == "Officials in Kigoma said patrols would be doubled."


def test_a_newsletter_s_contents_and_box_of_figures_over_its_story_are_no_part_of_it():
    found = read_raw_text(
        "COCOA WEEKLY\nMarket notes for traders and growers\n\nIssue No. 52 | Monday 03/06/2024\n\n"
        "Home > Briefs > West Africa\n\nIN THIS ISSUE\n1. Ghana: cooperative wins export licence\n\n"
        "2. Prices: a quiet week\n\n3. Events\n\nPRICES (close 31/05/2024)\nICE cocoa (Jul): 9,120 US$/t (-1.2%)\n"
        "London cocoa (Jul): 7,480 GBP/t (+0.4%)\n\n----------\n\nWEST AFRICA | TRADE\n\n"
        "Ghana cooperative wins licence to export its own beans\n\nTomás Ferreira | West Africa Correspondent\n"
        "Published 03/06/2024 07:00 GMT\n\n"
        "ACCRA - A farmers' cooperative in Ghana's Western Region has won a licence to sell its beans abroad.\n\n"
        "The cooperative said the first shipment would leave Takoradi in August.\n", 1, RULES)
    assert found.headline == "Ghana cooperative wins licence to export its own beans"
    assert found.authors == ("Tomás Ferreira",)
    assert found.paragraphs[0].startswith("A farmers' cooperative in Ghana's Western Region")
    assert found.paragraphs[-1] == "The cooperative said the first shipment would leave Takoradi in August."
    assert len(found.paragraphs) == 2


def test_repeated_headline_copies_collapse():
    found = read_raw_text("Talks resume in Mexico City\n\nTalks resume in Mexico City\n\nThe talks resumed.\n", 1, RULES)
    assert found.headline_line == 1
    assert [(r.line, r.reason) for r in found.removed] == [(3, "repeated headline")]


def test_several_candidates_without_a_byline_are_reported():
    text = "Breaking story one is here\n\nSecond teaser line goes here\n\nThird candidate line is here\n\nThe talks resumed.\n"
    found = read_raw_text(text, 1, RULES)
    assert found.headline == "Breaking story one is here"
    assert found.notices and "could be the headline" in found.notices[0][1]


def test_hard_wrapped_paragraphs_join_and_full_lines_stay_apart():
    text = "The talks resumed on Monday.\nThe minister said the plan\nwould cost more than expected.\nCritics disagreed.\n"
    assert read_raw_text(text, 1, RULES).paragraphs == (
        "The talks resumed on Monday.", "The minister said the plan\nwould cost more than expected.", "Critics disagreed.")


def test_a_header_line_of_parts_gives_the_byline_and_the_date():
    text = ("Panama reopens its canal to large ships\n\n"
            "Jane Doe · Reporter · Updated Mon, June 3, 2024 at 4:12 PM EDT · 3 min read\n\n"
            "The canal authority said the water level had recovered after the rains.\n")
    found = read_raw_text(text, 1, RULES)
    assert (found.headline, found.authors) == ("Panama reopens its canal to large ships", ("Jane Doe",))
    assert found.stated_date[0].iso() == "2024-06-03"
    assert found.notices and "only an update date" in found.notices[0][1]


def test_the_page_title_with_the_site_name_is_a_copy_of_the_headline():
    text = ("Chile raises minimum wage for second time this year | Andes Daily\nAndes Daily\nBusiness\n"
            "Chile raises minimum wage for second time this year\n\n"
            "Chile's Congress approved a rise in the minimum wage on Tuesday.\n")
    found = read_raw_text(text, 1, RULES)
    assert (found.headline, found.headline_line, found.authors) == (
        "Chile raises minimum wage for second time this year", 4, ())
    assert [(r.line, r.reason) for r in found.removed][0] == (1, "repeated headline")


def test_dates_of_other_items_and_file_photos_are_not_the_article_date():
    text = ("Latest\nPeru frees two prisoners\nJan 3, 2019\nColombia opens border\nJan 2, 2019\n"
            "Venezuela talks resume in Oslo\n\n"
            "FILE - Delegates arrive at the talks in Oslo, Norway, Friday, Feb. 8, 2019.\n\n"
            "Delegates from both sides met again on Monday in the Norwegian capital.\n")
    found = read_raw_text(text, 1, RULES)
    assert found.headline == "Venezuela talks resume in Oslo"
    assert found.stated_date is None and found.caption_date is None


REPRINTED = ("Port strike enters second week as talks stall\n\nMarch 10, 2024\n\n"
             "Dock workers at the two largest ports stayed off the job on Monday, leaving containers on the quays.\n\n"
             "The union said it would not return to the table until the operator withdrew its offer.\n\n"
             "A version of this article appears in print on March 11, 2024, Section A, Page 6 of the New York "
             "edition with the headline: Port Strike Enters Second Week.\n\n"
             "This story was originally published by Harbour Weekly on March 4, 2024.\n")


def test_a_reprint_note_dates_the_first_publication_and_a_print_note_is_no_date():
    found = read_raw_text(REPRINTED, 1, RULES)
    assert found.stated_date is not None
    date, line, detail = found.stated_date
    assert (date.iso(), line) == ("2024-03-04", 11) and detail.startswith("reprint note")
    assert found.paragraphs[-1].startswith("The union said")
    reasons = {r.line: r.reason for r in found.removed}
    assert reasons[9] == "furniture: print edition note" and reasons[11] == "furniture: reprint note"


@pytest.mark.parametrize("note", ["This article appears in the 2 March 2025 issue of Monsoon Review.",
                                  "This story will appear in the March 2, 2025 print edition of the Harbour Weekly.",
                                  "This article appeared in the Africa section of the print edition under the "
                                  "headline “Still no ships”."])
def test_a_print_edition_note_with_the_issue_s_full_date_is_furniture(note: str):
    found = read_raw_text(REPRINTED.replace("A version of this article appears in print on March 11, 2024, Section A, "
                                            "Page 6 of the New York edition with the headline: Port Strike Enters "
                                            "Second Week.", note), 1, RULES)
    assert {r.line: r.reason for r in found.removed}[9] == "furniture: print edition note"


def test_a_note_that_the_story_appeared_in_a_dated_print_edition_dates_no_first_publication():
    # A weekly dates its issue days after the story was posted: the posting date stands.
    text = REPRINTED.replace("March 10, 2024", "Issue dated March 18, 2024 | Posted Sunday, 10 March 2024, 9:30 AM")
    text = text.replace("This story was originally published by Harbour Weekly on March 4, 2024.",
                        "This article appeared in the print edition of The Harbour Weekly dated March 18, 2024 under "
                        "the headline: Still no ships.")
    found = read_raw_text(text, 1, RULES)
    date, line, _ = found.stated_date
    assert (date.iso(), line) == ("2024-03-10", 3)
    assert {r.line: r.reason for r in found.removed}[11] == "furniture: print edition note"


def test_the_page_date_stands_when_a_reprint_note_states_none():
    text = REPRINTED.replace(" on March 4, 2024.", ".")
    date, line, _ = read_raw_text(text, 1, RULES).stated_date
    assert (date.iso(), line) == ("2024-03-10", 3)


def test_a_row_of_buttons_below_the_byline_is_furniture_and_a_subhead_is_not():
    text = ("Metro line to get six more trains\n\nBy Nikhil Rao\n\nTelegram\nREAD LATER\nSEE ALL\n\n"
            "The metro company said on Thursday that six more trains would be added by March.\n\n"
            "New timetable\n\nRevised timetables will be put up at all stations once the trains enter service.\n")
    found = read_raw_text(text, 1, RULES)
    assert found.paragraphs[0].startswith("The metro company") and "New timetable" in found.paragraphs
    assert {r.line: r.reason for r in found.removed}[5] == "furniture: a row of buttons or links"


def test_text_boxed_in_among_menus_is_furniture_but_a_paragraph_beside_an_ad_is_not():
    text = ("Glaciers lost a record share of their ice\nPublished: October 2, 2025\nAuthor\nMarta Keller\n"
            "Disclosure statement\nMarta Keller receives funding from the national science fund and a research council.\n"
            "Partners\nView all partners\nRepublish this article\n\n"
            "Every September my colleagues and I walk up onto a glacier to read a row of stakes in the ice.\n\n"
            "Advertisement\nThe second cause was a run of heatwaves in late June and August this year.\n\n"
            "Glaciers will keep shrinking for decades whatever we do now, the data suggest.\n\n"
            "Climate change\nGlaciers\nAlps\nWant to write?\nWrite an article and join a growing community of academics.\n"
            "Register now\n")
    found = read_raw_text(text, 1, RULES)
    assert found.paragraphs == ("Every September my colleagues and I walk up onto a glacier to read a row of stakes in the ice.",
                                "The second cause was a run of heatwaves in late June and August this year.",
                                "Glaciers will keep shrinking for decades whatever we do now, the data suggest.")
    assert found.authors == ("Marta Keller",)


def test_a_relative_time_ends_the_header_and_the_name_beside_it_is_the_byline():
    text = ("Port authority shelves the ferry terminal\nInternal minutes show the project was paused. The council was "
            "never told.\nRosa Delacroix\n3 hrs ago\n\n"
            "Two months ago the port authority's board voted in a closed session to stop work on the terminal.\n\n"
            "Thanks for reading The Harbour Ledger! Subscribe for free to receive new posts.\n\n"
            "The minutes run to four pages, and the line that matters is short.\n")
    found = read_raw_text(text, 1, RULES)
    assert (found.authors, found.dek) == (("Rosa Delacroix",), "Internal minutes show the project was paused. "
                                                             "The council was never told.")
    assert found.paragraphs[0].startswith("Two months ago") and len(found.paragraphs) == 2
    assert found.stated_date is None


def test_an_outlet_and_its_agency_are_a_byline_not_the_headline():
    text = ("Le Monde\nAu Portugal, le gouvernement dévoile un plan pour loger les jeunes\n"
            "Le programme prévoit la construction de logements à loyer plafonné dans tout le pays.\nLe Monde avec AFP\n"
            "Publié le 04 juin 2025 à 17h45, modifié le 05 juin 2025 à 09h12\nTemps de lecture 2 min.\n\n"
            "Le gouvernement portugais a présenté mercredi un plan de deux milliards d'euros pour les jeunes.\n\n"
            "Lire aussi | La crise du logement pousse les diplômés à partir\n\n"
            "L'Etat se portera également garant d'une partie des prêts contractés par les jeunes acheteurs.\n")
    found = read_raw_text(text, 1, RULES)
    assert found.headline == "Au Portugal, le gouvernement dévoile un plan pour loger les jeunes"
    assert found.stated_date[0].iso() == "2025-06-04" and found.wire == "Agence France-Presse"
    assert len(found.paragraphs) == 2


def test_a_dateline_on_a_line_of_its_own_and_the_outlets_own_promotion():
    text = ("Türkiye and Azerbaijan agree to expand gas pipeline\nMerve Aydoğan |04.11.2025 - Update : 04.11.2025\n\n"
            "ANKARA\n\nTürkiye and Azerbaijan on Tuesday signed a protocol to expand the capacity of the pipeline.\n\n"
            "The pipeline supplies most of the gas used for heating in the exclave.\n\n"
            "Anadolu Agency website contains only a portion of the news stories offered to subscribers. Please contact "
            "us for subscription options.\n")
    found = read_raw_text(text, 1, RULES)
    assert (found.dateline, found.stated_date[0].iso()) == ("ANKARA", "2025-11-04")
    assert found.paragraphs[-1] == "The pipeline supplies most of the gas used for heating in the exclave."
    assert {r.line: r.reason for r in found.removed}[10] == "furniture: the outlet's own promotion"


def test_a_paragraph_that_says_sign_up_and_an_outlets_name_in_lower_case_is_the_storys():
    # "Time" is an outlet; "took the time to sign up" neither names nor sells it.
    text = ("Towns weigh flood sirens after deadly night\nBy Dana Ruiz\nJuly 7, 2025\n\n"
            "County officials said on Monday that they would look again at a siren network turned down years ago.\n\n"
            "In Kerrville, the city relies on an opt-in text alert system. That system “only reaches the people who "
            "took the time to sign up for it,” according to Curtis Vandermeer, the city manager.\n\n"
            "Commissioners will take up the question at their next meeting.\n")
    found = read_raw_text(text, 1, RULES)
    assert any(p.startswith("In Kerrville, the city relies") for p in found.paragraphs), found.removed


def test_reporters_placed_without_by_and_a_desk_under_the_byline():
    found = read_raw_text("German carmakers cut production plans\nKatrin Bauer in Frankfurt and Leo Marchetti in Milan\n"
                          "June 17 2025\n\nGermany's three largest carmakers have told suppliers to plan for lower output.\n",
                          1, RULES)
    assert found.authors == ("Katrin Bauer", "Leo Marchetti")
    found = read_raw_text("Residents told to leave as river rises\nBy Tom Whitfield and Aisha Nakamura\nABC Wide Bay\n"
                          "Posted Sat 13 Dec 2025 at 5:12am\n\nAuthorities have told about 400 residents to leave.\n", 1, RULES)
    assert found.authors == ("Tom Whitfield", "Aisha Nakamura")


IPS = ("Inter Press Service\nZambia's farmers count the cost of drought\nBy Chanda Mwale\n\n"
       "MAZABUKA, Zambia, Mar 12 2025 (IPS)\n\n"
       "For three generations the family has grown maize on the floodplain of the river.\n\n"
       "Updated figures from the ministry show the harvest fell by half this year.\n\n"
       "Note from the author:\nHi, this is Chanda. If you value this reporting, please support it.\n\n"
       "Published in Dawn, November 4th, 2024\n")


def test_a_dateline_paragraph_dates_the_story_and_an_appeal_ends_it():
    found = read_raw_text(IPS, 1, RULES)
    assert (found.dateline, found.wire, found.stated_date[0].iso()) == ("MAZABUKA, Zambia", "Inter Press Service",
                                                                        "2025-03-12")
    assert found.paragraphs == ("For three generations the family has grown maize on the floodplain of the river.",
                                "Updated figures from the ministry show the harvest fell by half this year.")


def test_a_dateline_after_a_bar_on_the_date_line_and_relative_times_with_about():
    found = read_raw_text("Washington's Metro is heading for a fiscal cliff\nJun 5th 2025|WASHINGTON, DC\n"
                          "Updated about 9 hours ago\n\nThe capital's subway has won back riders, but not the money.\n",
                          1, RULES)
    assert (found.dateline, found.stated_date[0].iso()) == ("WASHINGTON, DC", "2025-06-05")
    assert {r.line: r.reason for r in found.removed}[3] == "furniture: relative time stamp"


def test_german_and_company_bylines_and_a_print_footer():
    found = read_raw_text("Hamburg baut den Hafen aus\nVon Anna Brückner und Jonas Weber, Hamburg\n"
                          "04.03.2025, 18.05 Uhr\n\nDer Senat hat am Dienstag einen Plan für den Hafen vorgestellt.\n",
                          1, RULES)
    assert (found.authors, found.stated_date[0].iso()) == (("Anna Brückner", "Jonas Weber"), "2025-03-04")
    found = read_raw_text("Fishers protest new licence fees\nBy Ouma Achieng\nNation Media Group\nSeptember 11, 2024\n\n"
                          "Fishers on the lake protested on Wednesday against new licence fees.\n\n"
                          "Published in Dawn, November 4th, 2024\n", 1, RULES)
    assert (found.authors, found.stated_date[0].iso()) == (("Ouma Achieng",), "2024-09-11")


def test_a_live_blogs_next_entry_ends_the_story_but_times_in_a_timeline_are_text():
    text = ("Port workers end strike after pay deal\nBy Noa Ben-Haim\n11 March 2025, 4:12 pm\n\n"
            "Dockworkers at the port will return to work tonight after the union signed a deal.\n\n"
            "\"There will not be another strike as long as the company keeps its word,\" Amar says.\n\n"
            "3:58 pm\nWeather service warns of a sandstorm\nThe service says temperatures will reach 38C tomorrow.\n"
            "By ToI Staff\n")
    assert read_raw_text(text, 1, RULES).paragraphs[-1].startswith("\"There will not be")
    timeline = ("How the night unfolded\nBy Ana Ruiz\nJune 2, 2021\n\nThe first calls came in just after two.\n\n"
                "2:15 pm\n\nThe gunman entered the building through a side door.\n\n3:40 pm\n\nPolice cleared the last floor.\n")
    assert read_raw_text(timeline, 1, RULES).paragraphs == (
        "The first calls came in just after two.", "2:15 pm", "The gunman entered the building through a side door.",
        "3:40 pm", "Police cleared the last floor.")


RELEASE = ("Vermont Department of Environmental Conservation\nHome\nAbout Us\nPress Releases\nFOR IMMEDIATE RELEASE\n"
           "Media Contact:\nLauren Pelkey, Public Information Officer\n802-555-0142 | lauren.pelkey@vermont.gov\n"
           "State Opens Applications for Lake Shoreland Restoration Grants\n"
           "MONTPELIER, Vt. (April 14, 2025) – The department today opened applications for its restoration grants.\n\n"
           "The former detox unit is now used for storage.\nCredit:\nMaddox Reyes for ProPublica\n\n"
           "“The grants will help towns restore shorelines,” said the commissioner, Julie Moore.\n\n"
           "“The grants will help towns restore shorelines.”\n\n"
           "Do you live on a lake in Vermont? We want to hear from you about your shoreline.\n\n"
           "Applications are due by June 30.\n\n###\n\n"
           "The Department of Environmental Conservation protects Vermont's air, water and land.\n")


def test_a_press_release_its_issuer_contact_and_end_mark():
    found = read_raw_text(RELEASE, 1, RULES)
    assert (found.headline, found.authors, found.dateline) == (
        "State Opens Applications for Lake Shoreland Restoration Grants", (), "MONTPELIER, Vt.")
    assert found.paragraphs == ("The department today opened applications for its restoration grants.",
                                "“The grants will help towns restore shorelines,” said the commissioner, Julie Moore.",
                                "Applications are due by June 30.")
    assert [c.credit for c in found.captions] == ["Maddox Reyes for ProPublica"]
    reasons = {r.line: r.reason for r in found.removed}
    assert (reasons[1], reasons[7], reasons[18], reasons[20]) == (
        "publication name", "furniture: media contact", "furniture: pull quote (repeats the story's own words)",
        "furniture: reader callout")


def test_italian_bylines_a_partnership_note_and_a_comment_prompt():
    found = read_raw_text("Trieste, il Porto Vecchio diventa un parco\ndal nostro inviato Marco Ferlini\n"
                          "23 aprile 2025 (modifica il 24 aprile 2025 | 08:15)\n\n"
                          "This article was produced for ProPublica’s Local Reporting Network in partnership with the Ledger.\n\n"
                          "Il consiglio comunale di Trieste ha approvato il progetto per il Porto Vecchio.\n\n"
                          "Your subscription plan lets you comment on stories. Before posting your first comment, set a name.\n\n"
                          "Il sindaco ha parlato di una giornata storica per la città.\n", 1, RULES)
    assert (found.authors, found.stated_date[0].iso()) == (("Marco Ferlini",), "2025-04-23")
    assert found.paragraphs == ("Il consiglio comunale di Trieste ha approvato il progetto per il Porto Vecchio.",)


def test_a_headline_and_a_dek_written_as_sentences_over_the_byline():
    found = read_raw_text("Brussels wants one rulebook for heat pump subsidies. Capitals aren’t buying it.\n"
                          "A leaked draft shows the Commission pushing to cap grants.\n"
                          "By Karolina Wiśniewska\nFebruary 19, 2024 4:00 am CET\nPress play to listen to this article\n"
                          "Voiced by artificial intelligence.\n\n"
                          "BRUSSELS — The Commission wants to stop countries from outbidding one another on subsidies.\n\n"
                          "Drivers gather at their base in eastern Bandung.\nAnggun Sari for Rest of World\n\n"
                          "Subscribe to our newsletter\nEmail address\nSign up\n\n"
                          "The numbers are still tiny next to the national schemes, officials said.\n", 1, RULES)
    assert (found.headline, found.dek, found.dateline) == (
        "Brussels wants one rulebook for heat pump subsidies. Capitals aren’t buying it.",
        "A leaked draft shows the Commission pushing to cap grants.", "BRUSSELS")
    assert found.paragraphs == ("The Commission wants to stop countries from outbidding one another on subsidies.",
                                "The numbers are still tiny next to the national schemes, officials said.")
    assert [(c.text, c.credit) for c in found.captions] == [("Drivers gather at their base in eastern Bandung.",
                                                             "Anggun Sari for Rest of World")]


def test_a_forwarded_newsletter_and_a_repost():
    found = read_raw_text("Thought you'd want to see this.\n- Dana\n---------- Forwarded message ---------\n"
                          "From: The Harbor Ledger <morning@harborledger.news>\nDate: Tue, Oct 8, 2024 at 6:03 AM\n"
                          "Subject: Night shifts at the port\nTo: <dana@example.com>\n\nTHE HARBOR LEDGER\nMorning Edition\n"
                          "Good morning, Bellhaven. Here's what you need to know today.\n\n"
                          "Port commission approves overnight cargo shifts despite noise complaints\nBy Priya Raman\n\n"
                          "Article text for anyone who hits the paywall:\n\n"
                          "The port commission voted 4-1 on Monday night to allow cargo handling around the clock.\n\n"
                          "You've read 2 of your 3 free articles this month.\n\n"
                          "Thanks for reading. Got a tip? Just hit reply.\n", 1, RULES)
    assert (found.headline, found.authors, found.stated_date[0].iso()) == (
        "Port commission approves overnight cargo shifts despite noise complaints", ("Priya Raman",), "2024-10-08")
    assert found.paragraphs == ("The port commission voted 4-1 on Monday night to allow cargo handling around the clock.",)


def test_summary_bullets_the_next_story_sponsors_and_an_unquoted_pull_quote():
    text = ("Iraq’s southern marshes shrink to lowest level in decades\nShort Url\nUpdated 22 August 2023\n\n"
            "• Water covers less than a third of the area it did five years ago\n• Herders have moved their animals north\n\n"
            "BAGHDAD: Iraq’s southern marshes have shrunk to their smallest extent in decades, a group said.\n\n"
            "“A marsh is the only place where my family has ever lived and worked,” Hassan said.\n\n"
            "A marsh is the only place where my family has ever lived and worked.\n\n"
            "SPONSORED\nCoastline Credit Union: Home equity rates as low as 6.99% APR. Learn more.\n\n"
            "The marshes were added to UNESCO’s World Heritage list in 2016.\n\n"
            "Topics: Iraq, drought, climate change\n\n"
            "Kuwait opens new desalination plant as summer demand peaks\nUpdated 22 August 2023\n\n"
            "KUWAIT CITY: Kuwait on Tuesday opened a desalination plant, officials said.\n")
    found = read_raw_text(text, 1, RULES)
    assert (found.dateline, found.authors) == ("BAGHDAD", ())
    assert found.paragraphs == (
        "Iraq’s southern marshes have shrunk to their smallest extent in decades, a group said.",
        "“A marsh is the only place where my family has ever lived and worked,” Hassan said.",
        "The marshes were added to UNESCO’s World Heritage list in 2016.")


MASTHEAD_DATE = """Thursday, March 13, 2025
Home
News
Business
Sport
Opinion
More News
Weather
Bridge tolls will rise in July, the harbour board decides
By Ana Lindgren
March 11, 2025

The harbour board voted on Tuesday to raise tolls on the two harbour bridges by 50 cents from July 1.

Board members said the extra money would pay for new bearings on the older of the two spans.
"""


def test_a_date_over_the_sites_menu_is_the_pages_not_the_articles():
    found = read_raw_text(MASTHEAD_DATE, 1, RULES)
    assert found.stated_date[0].iso() == "2025-03-11" and found.stated_date[1] == 11


def test_a_masthead_date_alone_leaves_the_article_undated():
    # No date by the story: the page's date says when it was looked at, not when the story ran.
    found = read_raw_text(MASTHEAD_DATE.replace("March 11, 2025\n", ""), 1, RULES)
    assert found.stated_date is None
    assert found.headline == "Bridge tolls will rise in July, the harbour board decides"


def test_a_related_links_word_inside_a_menu_opens_no_list():
    # "More News" among menu items is a menu item: the headline and byline below are not related links.
    found = read_raw_text(MASTHEAD_DATE, 1, RULES)
    assert found.headline == "Bridge tolls will rise in July, the harbour board decides"
    assert found.authors == ("Ana Lindgren",)


APPEALS = """Ferry timetable changes for the winter
By Ana Lindgren
March 11, 2025

The island ferry will run every two hours instead of hourly from November, the operator said on Monday.

"If you work early shifts, this will hurt, and we know it," said Rosa Kemp, the operator's chief executive, adding that the winter subsidy had been cut.

Your support keeps our newsroom reporting on the islands. Become a member today.

We care about the protection of your data. Read our Privacy Policy.
"""


def test_appeals_to_the_reader_after_the_story_are_set_aside_but_quotes_stay():
    found = read_raw_text(APPEALS, 1, RULES)
    assert found.paragraphs[-1].startswith('"If you work early shifts')
    assert [r.reason for r in found.removed if r.text.startswith(("Your support", "We care"))] == [
        "furniture: appeal to the reader"] * 2


def test_two_paragraphs_always_stay():
    two = APPEALS.replace('"If you work early shifts, this will hurt, and we know it," said Rosa Kemp, the operator\'s '
                          'chief executive, adding that the winter subsidy had been cut.\n\n', "")
    found = read_raw_text(two, 1, RULES)
    assert len(found.paragraphs) == 2 and found.paragraphs[-1].startswith("Your support")


TWO_REPORTERS = """Scores
Schedule
Standings
Rookie's double in the ninth caps a comeback over the Reds
Jun 21, 2024, 10:58 PM ET
Marisol Ocampo
ESPN Staff Writer
Trent Halvorsen
ESPN Staff Writer

MILWAUKEE -- The rookie lined a double into the gap in the ninth inning on Friday night.

The win was the team's fifth in a row.
"""

NAME_OVER_JOB = """Colombia
Medellín
Medellín declara alerta roja por incendios forestales
Laura Marcela Giraldo
Corresponsal de EL TIEMPO
27 de febrero 2024, 06:40 p. m.

La Alcaldía de Medellín declaró este martes la alerta roja por incendios en cinco corregimientos.

Los bomberos trabajan desde el lunes en la zona rural.
"""


def test_each_name_over_a_reporters_job_is_an_author():
    found = read_raw_text(TWO_REPORTERS, 1, RULES)
    assert found.authors == ("Marisol Ocampo", "Trent Halvorsen")


def test_a_reporters_job_under_the_name_is_no_headline():
    found = read_raw_text(NAME_OVER_JOB, 1, RULES)
    assert found.headline == "Medellín declara alerta roja por incendios forestales"
    assert found.authors == ("Laura Marcela Giraldo",)


JOB_UNDER_BYLINE = """Home / Regions / Education
Harbour school's leaking roof to be replaced after two winters of buckets
By Hana Tait
Community Reporter·Harbour Herald·
4 mins to read
22 Apr, 2025 05:00 AM

Pupils at a harbour primary school who have spent two winters dodging buckets will get a new roof, the ministry said.

The work starts in the school holidays and should end before the winter term.
"""


def test_a_reporters_job_under_the_byline_is_no_headline():
    found = read_raw_text(JOB_UNDER_BYLINE, 1, RULES)
    assert found.headline == "Harbour school's leaking roof to be replaced after two winters of buckets"
    assert found.authors == ("Hana Tait",)


CLOSING_NOTES = """Water cuts enter a fifth day in the township
By Ana Lindgren
March 11, 2025

Thousands of households have had no running water since Saturday, when two pumps failed.

The city said repairs would take until the weekend.

Ana Lindgren is a senior reporter based in Pretoria.

Newsletter Morning Brief
Every weekday, the stories that matter before 7 a.m.
"""


def test_a_reporters_note_and_a_newsletter_pitch_after_the_story_are_set_aside():
    found = read_raw_text(CLOSING_NOTES, 1, RULES)
    assert found.paragraphs[-1] == "The city said repairs would take until the weekend."
    reasons = {r.text: r.reason for r in found.removed}
    assert reasons["Ana Lindgren is a senior reporter based in Pretoria."] == "author note"
    assert reasons["Every weekday, the stories that matter before 7 a.m."] == "furniture: newsletter sign-up"


def test_a_signed_line_with_bars_is_a_byline_not_a_caption():
    page = ("Wildfire near the canyon forces evacuation of 200 homes\n"
            "By Kellan Ashby, KSL.com | Updated - July 13, 2024 at 9:05 a.m. | Posted - July 12, 2024 at 4:37 p.m.\n\n"
            "HERRIMAN — A fast-moving wildfire forced the evacuation of about 200 homes on Friday.\n\n"
            "Crews held the line overnight.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.authors == ("Kellan Ashby",)
    assert found.stated_date[0].iso() == "2024-07-12"
    assert found.captions == ()


def test_a_date_stamp_fused_with_the_byline_after_it():
    page = ("Programa de cisternas chega a 40 mil famílias no sertão\n"
            "Publicado em 22/07/2024 - 16:22 Por Ana Beatriz Quirino - Repórter da Agência Brasil - Recife\n"
            "Atualizado em 23/07/2024 - 09:10\n\n"
            "O programa federal de cisternas alcançou nesta segunda-feira a marca de 40 mil famílias atendidas.\n\n"
            "Cada cisterna armazena 16 mil litros de água da chuva.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.authors == ("Ana Beatriz Quirino",)
    assert found.stated_date[0].iso() == "2024-07-22"  # the publication, not the update a day later


def test_a_caption_over_its_credit_past_an_image_label():
    page = ("Utility wins approval to pool home batteries\nBy Jo Berg\nMarch 12, 2025\n\n"
            "A home battery system mounted in a garage.\nImage attribution tooltip\n"
            "Permission granted by Cascade Valley Electric\nImage attribution tooltip\n\n"
            "Regulators on Wednesday approved a plan to pool home batteries into one power plant.\n\n"
            "The pilot runs for three years.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.paragraphs[0].startswith("Regulators on Wednesday")
    assert [c.text for c in found.captions] == ["A home battery system mounted in a garage."]


def test_names_over_their_parts_the_writers_are_the_authors():
    page = ("Staden pausar bygget av nytt badhus\n"
            "Elin Åkerlund\nText\nKarim Haddad\nText\nLotta Sjöberg\nFoto\n"
            "Publicerad 2025-02-11 06.00\nUppdaterad 2025-02-11 14.32\n\n"
            "Stockholms stad pausar bygget av det nya badhuset i Skärholmen.\n\n"
            "Ett nytt förslag ska presenteras före sommaren.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.authors == ("Elin Åkerlund", "Karim Haddad")  # not the photographer
    assert found.stated_date[0].iso() == "2025-02-11"


def test_an_agency_under_a_photo_is_its_credit_not_a_dateline():
    page = ("Waterschap verbiedt beregenen uit sloten\nzaterdag 14 juni 2025, 11:52\n\n"
            "Een sproeier op een maisakker bij Hengelo\nANP\n\n"
            "Boeren in Twente mogen vanaf maandag geen water meer uit sloten halen.\n\n"
            "Het verbod geldt voor het oosten van de regio.\n")
    assert read_raw_text(page, 1, RULES).dateline == ""


def test_the_site_a_dateline_names_is_the_publication_as_the_page_writes_it():
    page = ("Banjir rob rendam pelabuhan\nKompas.com - 18/03/2025, 14:20 WIB\n\n"
            "SEMARANG, KOMPAS.com - Banjir rob kembali merendam kawasan pelabuhan.\n\n"
            "Genangan air laut masih terlihat di jalan.\n")
    found = read_raw_text(page, 1, RULES)
    assert (found.dateline, found.publication[0]) == ("SEMARANG", "Kompas.com")
    assert found.stated_date[0].iso() == "2025-03-18"


def test_short_lines_above_the_dateline_are_a_summary_that_lost_its_bullets():
    page = ("Nokia and Nordvik deploy a private network at an Arctic mine\n12 March 2025\n\n"
            "Nokia private wireless network to connect autonomous drilling rigs, haul trucks and more than 1,200 "
            "workers at the Kaldvann mine in northern Norway\n"
            "Deployment to be completed in the third quarter of 2025\n\n"
            "Espoo, Finland – Nokia today announced that Nordvik Mining has selected it to deploy a network.\n\n"
            "The network will replace Wi-Fi and analogue radio.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.dateline == "Espoo, Finland"
    assert found.paragraphs[0].startswith("Nokia today announced")
    assert "furniture: a summary or a caption above the dateline" in {r.reason for r in found.removed}


def test_a_first_paragraph_without_a_dateline_stays_when_none_follows():
    page = ("Ferry timetable changes for the winter\nMarch 11, 2025\n\n"
            "The island ferry will run every two hours from November.\n\n"
            "The operator said the winter subsidy had been cut.\n")
    assert read_raw_text(page, 1, RULES).paragraphs[0] == "The island ferry will run every two hours from November."


SIGNED_BELOW = """VnExpress
Thời sự
Giao thông
Thứ sáu, 14/3/2025, 08:00 (GMT+7)
Hà Nội lắp gần 200 camera phạt nguội trên đường Vành đai 3
Từ tháng 4, gần 200 camera giám sát sẽ được lắp trên Vành đai 3 trên cao và đường bộ phía dưới để phát hiện xe chạy quá tốc độ, lấn làn, dừng đỗ sai quy định.

Theo kế hoạch vừa được thành phố phê duyệt, hệ thống camera sẽ được lắp trên đoạn Vành đai 3 dài khoảng 22 km.

Người vi phạm có thể tra cứu thông tin phạt nguội trên cổng thông tin điện tử.

Võ Hải

Chia sẻ
Top Comments
"""


def test_a_headline_and_its_summary_printed_under_the_date():
    found = read_raw_text(SIGNED_BELOW, 1, RULES)
    assert found.headline == "Hà Nội lắp gần 200 camera phạt nguội trên đường Vành đai 3"
    assert found.dek.startswith("Từ tháng 4")
    assert found.paragraphs[0].startswith("Theo kế hoạch")
    assert found.stated_date[0].iso() == "2025-03-14"


def test_a_bare_name_under_the_story_signs_it_when_the_header_names_no_one():
    found = read_raw_text(SIGNED_BELOW, 1, RULES)
    assert found.authors == ("Võ Hải",)
    assert found.authors_detail.startswith("signature under the story")
    # A byline above wins; a page's label under the story is no name.
    assert read_raw_text(SIGNED_BELOW.replace("Võ Hải\n", "Top Comments\n"), 1, RULES).authors == ()


def test_a_pull_quote_in_swedish_or_french_marks_repeats_the_story():
    page = ("Staden pausar bygget av nytt badhus\nPublicerad 2025-02-11 06.00\n\n"
            "– Barnen här har redan fått vänta i tre år. Om det dröjer är det en hel generation, säger ordföranden.\n\n"
            "”Barnen här har redan fått vänta i tre år.”\n\n"
            "Ett nytt förslag ska presenteras före sommaren.\n")
    found = read_raw_text(page, 1, RULES)
    assert len(found.paragraphs) == 2
    assert found.paragraphs[-1] == "Ett nytt förslag ska presenteras före sommaren."


@pytest.mark.parametrize("pulled", [
    "“They did not ban the jeepney. They banned the poor man's way of owning one.”",  # before the words it repeats
    "[Pull quote] “They did not ban the jeepney. They banned the poor man's way of owning one.”",
    "Pull quote: “They did not ban the jeepney, they banned the poor man's way of owning one.”",  # halves joined
])
def test_a_pull_quote_before_its_words_after_a_label_or_joining_halves_repeats_the_story(pulled: str) -> None:
    said = ("“They did not ban the jeepney,” Macaraeg says. “They banned the poor man's way of owning one.” He closes "
            "the binder.")
    body = ("Jeepneys fill the streets of Quezon City less each month.", said, "The drivers meet again on Friday.")
    before = pulled.startswith("“")
    lines = (body[0], pulled, *body[1:]) if before else (*body[:2], pulled, body[2])
    page = "The last trip of the king of the road\nPublished 16 August 2025\n\n" + "\n\n".join(lines) + "\n"
    found = read_raw_text(page, 1, RULES)
    assert found.paragraphs == body
    assert any("pull quote" in r.reason for r in found.removed)


def test_a_byline_spaces_set_apart_from_the_photographer_s_credit_is_no_end_of_the_story():
    page = ("LONGITUDE WEEKEND\nStories that take their time\n\n"
            "The trees are coming: how a corner of Jutland learned to live with a tax\n\n"
            "Denmark promised to put a price on the emissions of its cows and pigs and to plant forests across its "
            "farmland, and the flat country has changed.\n\n"
            "Words by Rosalind Achterberg   Photographs by Mikkel Sand\n\n13 September 2025 · 14 min read\n\n"
            "On a grey morning at the end of August, Jens Peder Kudsk walks to the edge of a field he no longer owns.\n\n"
            "Kudsk, 59, has farmed outside the village all his adult life.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.authors == ("Rosalind Achterberg",)
    assert found.headline.startswith("The trees are coming")
    assert len(found.paragraphs) == 2 and found.paragraphs[-1].startswith("Kudsk, 59")


def test_reporters_on_lines_of_their_own_joined_by_an_ampersand():
    page = ("A Wisconsin utility wants five more years of coal. Regulators aren't sold.\n"
            "Dana Whitfield, Inside Climate News\n&\nMarcus Oyelaran, Inside Climate News\nPublished\nMar 14, 2025\n\n"
            "When the utility announced in 2021 that it would shut its last coal plant, environmental groups cheered.\n\n"
            "Regulators will rule in June.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.authors == ("Dana Whitfield", "Marcus Oyelaran")
    assert found.headline == "A Wisconsin utility wants five more years of coal. Regulators aren't sold."


def test_two_journalists_and_a_photographer_over_their_jobs():
    page = ("Over 40.000 laks har rømt fra oppdrettsanlegg i Hardangerfjorden\n"
            "Ingrid Solheim\nJournalist\nØystein Tveit\nJournalist\nMarius Hatlebakk\nFotograf\n"
            "Publisert 16. september 2024 kl. 14.05\n\n"
            "Oppdrettsselskapet meldte søndag morgen fra til Fiskeridirektoratet.\n\nGjenfangsten er i gang.\n")
    assert read_raw_text(page, 1, RULES).authors == ("Ingrid Solheim", "Øystein Tveit")


def test_summary_points_between_headline_and_byline_that_lost_their_bullets():
    page = ("Electrified fences are killing Sumatran elephants in Riau, conservationists say\n"
            "Four endangered elephants have died after touching illegal electric fences around oil palm plots.\n"
            "Farmers say the fences are their only defense against crop raids.\n"
            "The deaths bring the toll over the past five years to at least 11.\n"
            "by Nadia Rahmawati on 5 March 2025\n\n"
            "PEKANBARU, Indonesia — Four Sumatran elephants have died from electrocution since November.\n\n"
            "Conservationists want the fences removed.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.headline == "Electrified fences are killing Sumatran elephants in Riau, conservationists say"
    assert (found.authors, found.stated_date[0].iso(), found.dateline) == (
        ("Nadia Rahmawati",), "2025-03-05", "PEKANBARU, Indonesia")
    assert "furniture: summary bullets" in {r.reason for r in found.removed}


def test_a_source_line_names_the_outlet_without_the_desks_initials():
    page = ("HDB blocks to get cool paint\n12 March 2025\n\nSINGAPORE: Blocks in Tampines will get cool paint.\n\n"
            "The trial runs for a year.\n\nSource: CNA/kw(mi)\n")
    assert read_raw_text(page, 1, RULES).publication[0] == "CNA"


def test_a_summary_box_where_the_story_starts_is_set_aside():
    page = ("Over 40.000 laks har rømt fra oppdrettsanlegg\nPublisert 16. september 2024 kl. 14.05\n\n"
            "Saken oppsummert\nRundt 42.000 laks rømte fra et oppdrettsanlegg i Kvinnherad.\n"
            "Fiskeridirektoratet har satt i gang gjenfangst.\n"
            "Oppsummeringen er laget med hjelp av kunstig intelligens og kvalitetssikret av NRKs journalister.\n\n"
            "Oppdrettsselskapet meldte søndag morgen fra til Fiskeridirektoratet.\n\nGjenfangsten er i gang.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.paragraphs == ("Oppdrettsselskapet meldte søndag morgen fra til Fiskeridirektoratet.",
                                "Gjenfangsten er i gang.")


def test_summary_lines_above_the_dateline_past_a_follow_us_line():
    page = ("DBKL to close Jalan TAR to cars every Sunday from June\nMonday, 12 May 2025 6:14 PM MYT\nBy Azlan Rahim\n\n"
            "DBKL says Jalan TAR will be closed to motor vehicles from 7am to 1pm every Sunday.\n"
            "Free shuttle buses will run from two LRT stations during the closure.\n\n"
            "Follow us on Instagram, subscribe to our Telegram channel and browser alerts for the latest news.\n\n"
            "KUALA LUMPUR, May 12 — Jalan Tuanku Abdul Rahman will be closed to cars every Sunday morning.\n\n"
            "The closure will be reviewed after three months.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.dateline == "KUALA LUMPUR"
    assert found.paragraphs[0].startswith("Jalan Tuanku Abdul Rahman")


def test_a_slogan_above_the_sites_menu_is_not_the_story():
    page = ("Inside Climate News\nPulitzer Prize-winning, nonpartisan reporting on the biggest crisis facing our planet.\n"
            "Donate\nNewsletters\nSearch\nTopics\n\n"
            "New Mexico Fined an Oil Driller $4.1 Million for Illegal Flaring. Two Years Later, It Hasn’t Paid.\n"
            "The state’s regulators say the case shows the limits of their powers. Neighbors say it shows worse.\n"
            "By Dana Whitfield\nMarch 27, 2025\n\n"
            "Two years after regulators hit an oil company with a penalty, the company has not paid.\n\n"
            "The division plans to ask lawmakers to revisit the issue.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.headline.startswith("New Mexico Fined an Oil Driller")
    assert found.paragraphs[0].startswith("Two years after regulators")


def test_a_photos_credit_with_a_copyright_sign_does_not_end_the_story():
    page = ("Maudytis draudžiama Kuršių mariose\n2025-07-22\n\nNVSC uždraudė maudytis trijose maudyklose.\n\n"
            "Nidos marių pusės paplūdimys\n© DELFI / Josvydas Elinskas\n\n"
            "Vandens mėginiai bus imami kas savaitę.\n\n"
            "Griežtai draudžiama DELFI paskelbtą informaciją panaudoti kitose interneto svetainėse be sutikimo.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.paragraphs[-1] == "Vandens mėginiai bus imami kas savaitę."


def test_a_labelled_credit_over_its_caption_is_neither_headline_nor_story():
    found = read_raw_text("Parents fear two years of exile for their children\n\n"
                          "Photo: Marie Lachance The Ledger\nParents waited outside the school on Monday afternoon.\n\n"
                          "Sarah Gagnon\nMarch 11, 2025\n\n"
                          "Some 430 pupils will move to a building four kilometres away after mould was found.\n\n"
                          "The school board said the move would last at least eighteen months.\n", 1, RULES)
    assert found.headline == "Parents fear two years of exile for their children"
    assert [(c.text, c.credit) for c in found.captions] == [
        ("Parents waited outside the school on Monday afternoon.", "Photo: Marie Lachance The Ledger")]
    assert found.paragraphs[0].startswith("Some 430 pupils")


def test_an_agency_and_a_name_after_a_bar_credit_the_caption_above():
    found = read_raw_text("Thirty-eight trees to make way for a cycle route\n\n"
                          "A resident stands by one of the marked lime trees.\n© City Photo Services | Lena Wittkamp\n\n"
                          "By Jana Petersen\n04.09.2025, 05:30 Uhr\n\n"
                          "Red dots have appeared on 38 trees along the canal.\n\nThe district wants to widen the path.\n",
                          1, RULES)
    assert found.headline == "Thirty-eight trees to make way for a cycle route"
    assert found.captions[0].credit == "© City Photo Services | Lena Wittkamp"


def test_a_photographer_and_an_agency_under_a_caption_below_the_byline_credit_the_photo():
    found = read_raw_text("Neighbours halt an eviction\n\nIrene Castaño\n24/04/2025 09:10\n\n"
                          "Neighbours gather outside the family's door on Thursday.\nAna Beltrán / Europa Press\n\n"
                          "Shortly after half past nine, the court officials turned the corner.\n\n"
                          "They left two hours later without the keys.\n", 1, RULES)
    assert found.authors == ("Irene Castaño",)
    assert found.paragraphs[0] == "Shortly after half past nine, the court officials turned the corner."
    assert found.captions[0].credit == "Ana Beltrán / Europa Press"


def test_a_widgets_sentence_printed_above_the_story_and_again_below_it_is_furniture():
    widget = "Log in, register or subscribe to save articles for later."
    found = read_raw_text(f"Traders threaten legal action over bike lanes\n\nBy Chloe Pender\n\nMay 22, 2025\n\n"
                          f"Save\n{widget}\nShare\n\n"
                          "Traders have hired lawyers to fight the council's plan.\n\n"
                          f"The council voted 7-4 on Wednesday night to go ahead.\n\nSave\n{widget}\n", 1, RULES)
    assert found.paragraphs == ("Traders have hired lawyers to fight the council's plan.",
                                "The council voted 7-4 on Wednesday night to go ahead.")


def test_the_picture_text_of_a_related_card_is_no_paragraph():
    found = read_raw_text("Traders threaten legal action over bike lanes\n\nBy Chloe Pender\n\nMay 22, 2025\n\n"
                          "Traders have hired lawyers to fight the council's plan.\n\nRelated Article\n\n"
                          "A rider in a painted bike lane on Chapel Street.\n\nCycling\n"
                          "Why painted bike lanes are failing the riders who need them most\n\n"
                          "The council voted 7-4 on Wednesday night to go ahead.\n", 1, RULES)
    assert found.paragraphs == ("Traders have hired lawyers to fight the council's plan.",
                                "The council voted 7-4 on Wednesday night to go ahead.")


def test_nothing_after_the_tags_heading_under_the_story_is_the_story():
    found = read_raw_text("Smart bins for the southern sectors\nBy Gurpreet Sandhu\nNovember 4, 2024\n\n"
                          "The corporation will install 250 smart bins across the southern sectors.\n\n"
                          "Residents asked who would maintain them.\n\nTags :\n#SmartBins\n#Waste\n\n"
                          "Mohali airport road to get three new underpasses, the authority said on Monday.\n", 1, RULES)
    assert found.paragraphs[-1] == "Residents asked who would maintain them."


def test_an_image_credit_over_its_caption_and_a_kicker_over_the_headline():
    found = read_raw_text("Sociedad\n\nReclamo en Villa Caraza\n\n"
                          "Tres semanas sin agua: vecinos de Lanús cortaron la avenida\n\n"
                          "Unas seiscientas familias del barrio aseguran que sólo reciben un hilo de agua por la noche.\n\n"
                          "Por Lucía Ferreyra\n\nImagen: Martín Acosta\nLos vecinos cortaron la avenida durante cinco horas.\n\n"
                          "Con bidones vacíos, cerca de doscientos vecinos cortaron la avenida el martes.\n\n"
                          "El municipio envió camiones cisterna.\n", 1, RULES)
    assert found.headline == "Tres semanas sin agua: vecinos de Lanús cortaron la avenida"
    assert found.captions[0].credit == "Imagen: Martín Acosta"
    assert found.paragraphs[0].startswith("Con bidones vacíos")


def test_an_appeal_over_a_button_in_the_middle_of_the_story_and_a_long_listed_headline():
    found = read_raw_text("Tres semanas sin agua\n\nPor Lucía Ferreyra\n23 de octubre de 2024\n\n"
                          "Los vecinos cortaron la avenida el martes.\n\nTe puede interesar\n\n"
                          "Calor y cortes: el consumo de agua en el conurbano creció 18 por ciento en la última semana\n\n"
                          "El municipio envió camiones cisterna.\n\n"
                          "Hacete socio. Con tu aporte sostenés un periodismo que no depende de nadie.\n\nSumate\n\n"
                          "Los vecinos volverán a cortar la avenida el jueves.\n", 1, RULES)
    assert found.paragraphs == ("Los vecinos cortaron la avenida el martes.", "El municipio envió camiones cisterna.",
                                "Los vecinos volverán a cortar la avenida el jueves.")


def test_summary_points_under_their_heading_above_the_byline_are_not_the_story():
    found = read_raw_text("Traders defy order to move to new market\n\nWhat you need to know:\n\n"
                          "Traders say the new market is too far from their customers.\n"
                          "County officials insist the move will decongest the centre.\n\n"
                          "By Victor Odhiambo\nApril 15, 2025\n\n"
                          "Hundreds of traders have vowed to stay put despite a county directive.\n\n"
                          "The county says the deadline stands.\n", 1, RULES)
    assert found.paragraphs[0] == "Hundreds of traders have vowed to stay put despite a county directive."


def test_an_outlets_name_inside_a_menu_is_a_section_not_the_masthead():
    found = read_raw_text("Skip to main content\nThe Harbour Tribune\nEpaper\n\nHome\nPunjab\nHaryana\nNation\nWorld\n"
                          "Opinions\nSports\n\nBins to be installed in southern sectors\nBy Gurpreet Sandhu\nNovember 4, 2024\n\n"
                          "The corporation will install 250 smart bins across the southern sectors.\n\n"
                          "Residents asked who would maintain them.\n\nThe Harbour Tribune\nAbout Us\n"
                          "Copyright © The Harbour Tribune Trust, 2024\n", 1, RULES)
    assert found.publication is not None and found.publication[0] == "The Harbour Tribune"


AFTER_THE_STORY = """Tram line to reach the harbour by 2027
Par Nolwenn Kerbrat
Publié le 14/03/2025 à 18:27

La ligne de tramway ira jusqu'au port d'ici à 2027, a annoncé la métropole jeudi soir.

Le chantier doit commencer au printemps prochain et durer deux ans, selon le calendrier présenté.

Les riverains seront consultés lors de trois réunions publiques en avril et en mai.

Partager cet article
Facebook
X

Nolwenn Kerbrat couvre l'actualité du pays de Brest depuis 2019.

Les commentaires sont réservés aux abonnés.
Jean-Yves L.
Il y a 2 heures
On attend de voir le tram arriver un jour de pluie, ce ne sera pas avant longtemps.
Répondre
"""


def test_a_button_to_share_the_article_under_its_paragraphs_ends_the_story():
    found = read_raw_text(AFTER_THE_STORY, 1, RULES)
    assert found.paragraphs[-1] == "Les riverains seront consultés lors de trois réunions publiques en avril et en mai."
    assert found.authors == ("Nolwenn Kerbrat",)


SHARED_EARLY = """Tram line to reach the harbour by 2027
By Nora Kerr
March 14, 2025

The tram line will reach the harbour by 2027, the city said on Thursday.

Share this article

Work starts next spring and will take two years, according to the timetable presented.
"""


def test_a_share_button_under_the_first_paragraph_does_not_end_the_story():
    found = read_raw_text(SHARED_EARLY, 1, RULES)
    assert found.paragraphs[-1] == "Work starts next spring and will take two years, according to the timetable presented."


def test_a_note_about_the_author_by_the_given_name_is_set_aside():
    text = AFTER_THE_STORY.replace("Par Nolwenn Kerbrat", "By Maddie Strand").replace(
        "Partager cet article", "").replace("Nolwenn Kerbrat couvre l'actualité du pays de Brest depuis 2019.",
                                            "Maddie joined the paper in 2022 and covers health and hospitals.")
    found = read_raw_text(text, 1, RULES)
    assert "Maddie joined the paper in 2022 and covers health and hospitals." not in found.paragraphs


NAME_OVER_THE_SITE = """Kenmore World
News
Sport
Opinion
Local News
Council approves a fourth fire station for the growing west side
Caitlin Hendrix
Kenmore World
Mar 4, 2025
Updated Mar 5, 2025
Facebook
Email

The city council on Monday approved plans for a $9.8 million fire station on the city's west side.

The station should open in 2027, the fire chief said.

© 2025 Kenmore World. All rights reserved.
"""


def test_a_reporters_name_over_the_sites_over_the_date_is_the_author():
    found = read_raw_text(NAME_OVER_THE_SITE, 1, RULES)
    assert found.authors == ("Caitlin Hendrix",)


@pytest.mark.parametrize("note", ["This story has been updated to include comments from the harbour board.",
                                  "The reporter covers the harbour and its unions for the Courier.", "Key facts"])
def test_a_note_about_the_article_under_its_paragraphs_ends_the_story(note):
    text = SHARED_EARLY.replace("Share this article\n\n", "") + (
        "\nDivers will check the seabed on Friday, the port said.\n\n" + note +
        "\n\nThe harbour opened in 1902 and handles two million tonnes a year.\n")
    found = read_raw_text(text, 1, RULES)
    assert found.paragraphs[-1] == "Divers will check the seabed on Friday, the port said."


def test_dates_alone_split_by_a_bar_and_a_photo_credit_over_the_signed_byline():
    """"Updated: … | Published: …" is a date stamp, not a caption and its credit; a name line between a
    photo's caption and the signed byline is the photographer's, and the caption is no headline."""
    page = ("Business\nLibrary levy passes by 212 votes after a recount\n"
            "Updated: Apr. 2, 2025, 9:10 p.m. | Published: Apr. 2, 2025, 4:05 p.m.\n"
            "Volunteers count ballots in the county clerk's office on Wednesday. The recount took six hours.\n"
            "Mara Ellison | The Valley Courier\nBy Owen Pratt | The Valley Courier\n"
            "The library levy passed by 212 votes, the county clerk said on Wednesday after a hand recount.\n\n"
            "The levy will fund longer opening hours at three branches from July.\n\n"
            "Privacy Policy updated 1/1/2025\n")
    found = read_raw_text(page, 1, RULES)
    assert found.headline == "Library levy passes by 212 votes after a recount"
    assert found.authors == ("Owen Pratt",)
    assert found.stated_date[0].iso() == "2025-04-02"
    assert found.paragraphs[0].startswith("The library levy passed")


def test_a_date_on_the_sites_legal_text_is_no_articles_date():
    page = ("Library levy passes after a recount\nBy Owen Pratt\n\n"
            "The library levy passed by 212 votes, the county clerk said on Wednesday after a hand recount.\n\n"
            "The levy will fund longer opening hours at three branches from July.\n\n"
            "User Agreement updated 1/1/2025\n")
    assert read_raw_text(page, 1, RULES).stated_date is None


def test_short_lines_above_the_paragraph_that_opens_with_the_dateline_are_a_caption_and_its_credit():
    page = ("Tarazona cierra su mercado de abastos por obras\nPor Lucía Gil\n13 de marzo de 2025\n\n"
            "Puestos vacíos en el mercado de abastos de Tarazona, ayer por la mañana.\nÁlvaro Sanz\n"
            "TARAZONA – El Ayuntamiento cerrará el mercado de abastos durante seis meses para renovar su cubierta.\n\n"
            "Los comerciantes se trasladarán a una carpa en la plaza de España.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.dateline == "TARAZONA"
    assert found.paragraphs[0].startswith("El Ayuntamiento cerrará")
    assert [(c.text, c.credit) for c in found.captions] == [
        ("Puestos vacíos en el mercado de abastos de Tarazona, ayer por la mañana.", "Álvaro Sanz")]


def test_the_rights_reserved_line_is_no_photo_credit_and_article_content_labels_are_furniture():
    page = ("Chiude il forno storico di Clusone\nMarta Rota\nMercoledì 12 Marzo 2025\n\n"
            "Il forno di via Roma chiuderà a fine mese dopo sessant’anni di attività, ha detto il titolare.\n\n"
            "Article content\n\n"
            "I dipendenti saranno assunti da un panificio di Rovetta, secondo il sindaco.\n\n"
            "© RIPRODUZIONE RISERVATA\n")
    found = read_raw_text(page, 1, RULES)
    assert found.paragraphs[-1].startswith("I dipendenti saranno assunti")
    assert "Article content" not in found.paragraphs and not found.captions


def test_a_site_its_companys_copyright_line_calls_a_division_is_the_publication():
    page = ("Sections\nLocal News\nCity council backs a new bus lane on Rideau Street\nBy Dana Moreau\n"
            "Published Mar 07, 2025\n\n"
            "City council voted on Wednesday to create a bus lane on Rideau Street, the transit committee chair said.\n\n"
            "Work on the lane will begin in May and end by October, city staff said.\n\n"
            "© 2025 Valley Courier, a division of Northern Press Network Inc. All rights reserved.\n")
    assert read_raw_text(page, 1, RULES).publication[0] == "Valley Courier"


def test_the_pages_clock_over_its_menu_is_not_the_articles_date_nor_its_header():
    body = ("Skip to content\nHarbour Newspapers\nTuesday, April 8, 2025\nHome\nNews\nMetro\nPolitics\nBusiness\n"
            "Sports\nAdvertisement\n\nFarmers stranded as a collapsed bridge cuts off river villages\n\nAda Okoro\n"
            "Kindly share this story:\n\nResidents cross the river on a canoe after the collapse. Photo: Ada Okoro\n\n"
            "Hundreds of farmers have been cut off from their main market for nearly three weeks after a wooden bridge "
            "linking seven settlements to the main road collapsed during a heavy downpour.\n\n"
            "The bridge gave way on the night of March 17, leaving residents to depend on two canoes to move themselves "
            "and their produce across the river.\n\n"
            "A teacher at the village school said forty pupils who cross the river every day had missed classes since then.\n\n"
            "“We have been maintaining that bridge ourselves since 2011, and this time the water took everything,” "
            "the village head said on Saturday.\n\n"
            "The council said an engineer had inspected the site and sent a report to the state government last week.\n\n"
            "Kindly share this story:\nPublished 6th April 2025\n")
    found = read_raw_text(body, 1, RULES)
    assert (found.headline, found.authors) == ("Farmers stranded as a collapsed bridge cuts off river villages", ("Ada Okoro",))
    assert found.stated_date[0] == PartialDate(2025, 4, 6)


def _story(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


_HEAD = "THE HARBOUR GAZETTE\nNews | Business | Sport\n\nPort authority approves a second container berth\n\nBy Ines Calado\nMay 4, 2026\n"
_PARAGRAPHS = ("The port authority on Monday approved a second container berth, its chairman said after a board meeting "
               "that ran late into the evening.",
               "Work will begin in the autumn and take three years, according to the authority's plan.",
               "Dock workers welcomed the decision but asked for new cranes to be ordered at the same time.",
               "The berth will be able to take ships of up to 14,000 containers, twice the size of today's.")


def test_an_adverts_text_under_its_label_in_a_block_of_their_own_is_furniture():
    body = _story(_HEAD, _PARAGRAPHS[0], "ADVERTISEMENT\nSpring sale at Harbour Mall — 40% off shoes. Shop now ›",
                  "[Advertisement]", *_PARAGRAPHS[1:])
    found = read_raw_text(body, 1, RULES)
    assert found.paragraphs == _PARAGRAPHS
    # Where blank lines do not part paragraphs, the line under a label may be the story going on.
    joined = read_raw_text(_HEAD + "\n" + "\n".join([_PARAGRAPHS[0], "ADVERTISEMENT", *_PARAGRAPHS[1:]]) + "\n", 1, RULES)
    assert joined.paragraphs == _PARAGRAPHS


def test_a_bracketed_photo_caption_buttons_and_a_donation_box_are_not_text():
    body = _story(_HEAD, "[Photo] Cranes at the north quay of the port on Sunday, May 3, 2026. HG/Staff", *_PARAGRAPHS[:2],
                  "// Support the Gazette's reporting. We are reader-funded. [Donate today]",
                  "[ Enter your email address ]   [ Sign Up ]", *_PARAGRAPHS[2:])
    found = read_raw_text(body, 1, RULES)
    assert found.paragraphs == _PARAGRAPHS
    assert [c.text for c in found.captions] == ["Cranes at the north quay of the port on Sunday, May 3, 2026. HG/Staff"]


def test_a_tags_line_ends_the_story():
    body = _story(_HEAD, *_PARAGRAPHS, "Topics: Ports | Shipping | Jobs",
                  "Enjoyed this article? Get the Gazette's shipping briefing every Monday.",
                  "The Harbour Gazette is published by Tidewater Media Ltd, Lisbon.")
    assert read_raw_text(body, 1, RULES).paragraphs == _PARAGRAPHS


def test_names_with_the_paper_in_parentheses_are_a_byline_and_a_job_after_a_comma_is_no_name():
    page = _HEAD.replace("By Ines Calado", "Ines Calado and Rui Tavares (The Harbour Gazette)")
    assert read_raw_text(_story(page, *_PARAGRAPHS), 1, RULES).authors == ("Ines Calado", "Rui Tavares")
    page = _HEAD.replace("By Ines Calado", "By Ines Calado, Maritime Affairs Editor")
    assert read_raw_text(_story(page, *_PARAGRAPHS), 1, RULES).authors == ("Ines Calado",)


def test_the_site_named_by_its_footer_or_its_company():
    head = _HEAD.replace("THE HARBOUR GAZETTE", "The Harbour Gazette")
    found = read_raw_text(_story(head, *_PARAGRAPHS, "The Harbour Gazette", "© 2026 Harbour Gazette Media LLC"), 1, RULES)
    assert (found.headline, found.publication[0]) == ("Port authority approves a second container berth",
                                                       "The Harbour Gazette")
    found = read_raw_text(_story(_HEAD, *_PARAGRAPHS, "Comments", "THE HARBOUR GAZETTE\nContact Us   Privacy",
                                 "© 2026 Tidewater Media Inc."), 1, RULES)
    assert found.publication[0] == "The Harbour Gazette"
    head = _HEAD.replace("THE HARBOUR GAZETTE", "HG | Harbour Gazette")
    found = read_raw_text(_story(head, *_PARAGRAPHS, "© 2026 Harbour Gazette. All rights reserved."), 1, RULES)
    assert found.publication[0] == "Harbour Gazette"


def test_bullet_points_under_the_headline_are_no_headline_and_a_whole_caption_in_brackets_is_one():
    head = _HEAD.replace("Port authority approves a second container berth\n",
                         "Port authority approves a second container berth\n\n* Work to begin in the autumn\n"
                         "* Berth to take ships of 14,000 containers\n")
    body = _story(head, "[Photo: Cranes at the north quay on Sunday. HG / Rui Tavares]", *_PARAGRAPHS)
    found = read_raw_text(body, 1, RULES)
    assert found.headline == "Port authority approves a second container berth"
    assert found.paragraphs == _PARAGRAPHS
    assert [c.text[:35] for c in found.captions] == ["Cranes at the north quay on Sunday."]


def test_an_advert_that_speaks_to_the_reader_under_its_label_is_furniture():
    body = _story(_HEAD, _PARAGRAPHS[0], "---- Advertisement ----\nNeed a plumber? Harbour Classifieds – services you can trust.\n----",
                  "ADVERTISEMENT\nGazette Premium: markets data and analysis. Start your free trial.", *_PARAGRAPHS[1:])
    assert read_raw_text(body, 1, RULES).paragraphs == _PARAGRAPHS


def test_a_bilingual_page_with_its_cities_menu_a_long_standfirst_and_a_two_language_byline():
    body = _story("EL FARO DEL SUR\nEdición en inglés | English edition\n"
                  "Valparaíso · Viña del Mar · Quilpué · Villa Alemana · Concón\nLunes 16 de febrero de 2026",
                  '"They let the pines grow right up to our fence": a hillside turns its anger on the plantation',
                  "The fire service's preliminary report places the origin of the 6 February fire inside the company's "
                  "estate and says a firebreak had not been cleared, while the company says it met every legal "
                  "requirement that applied to it.",
                  "Por / By Ana Rojas Vidal\n16.02.2026 - 07:45 hrs.", *_PARAGRAPHS, "EL FARO DEL SUR\n© 2026 Sur Media Ltda.")
    found = read_raw_text(body, 1, RULES)
    assert found.headline.startswith('"They let the pines grow') and found.authors == ("Ana Rojas Vidal",)
    assert found.paragraphs == _PARAGRAPHS


def test_a_job_and_the_site_over_the_date_and_a_short_site_name_repeated_are_no_headline():
    head = ("Harbour24.com\nHome | National | Politics\n\nPort authority approves a second container berth\n\n"
            "Senior Correspondent | Harbour24.com\nPublished: 08/03/2026 18:22\n")
    assert read_raw_text(_story(head, *_PARAGRAPHS), 1, RULES).headline == "Port authority approves a second container berth"
    head = ("HG News | News in English\nNews in English\n\nPort authority approves a second container berth\n\n"
            "HG News\n13.1.2026 17:42\n")
    assert read_raw_text(_story(head, *_PARAGRAPHS), 1, RULES).headline == "Port authority approves a second container berth"


def test_a_newsletter_boxs_title_and_a_sign_up_arrow_are_furniture():
    body = _story(_HEAD, *_PARAGRAPHS[:2], "┌──────────────┐\n THE HARBOUR MORNING BRIEF\n"
                  " Ports, ships and trade, in your inbox at 7am.\n [Your email address]   [Sign up]\n└──────────────┘",
                  "Sign up →", *_PARAGRAPHS[2:])
    found = read_raw_text(body, 1, RULES)
    assert found.paragraphs == _PARAGRAPHS


@pytest.mark.parametrize("parts", [
    (*_PARAGRAPHS[:2], "Sign up to Tideline\nOur weekly guide to the sea. Free, every Thursday.\nEnter your email address"
     "   Sign up\nPrivacy notice: newsletters may contain information about charities.", *_PARAGRAPHS[2:],
     "…we have a small favour to ask. The Harbour Gazette is reader-funded and free to read. Please consider supporting "
     "us.\nSupport The Harbour Gazette →"),
    (_PARAGRAPHS[0], "┌────────┐\n LA LETTRE DU MATIN\n Recevez l'essentiel chaque matin à 6 h.\n Votre adresse e-mail"
     "   [ Je m'inscris ]\n└────────┘", *_PARAGRAPHS[1:3], "after newsletter promotion", _PARAGRAPHS[3],
     "Partager : Facebook | WhatsApp | Twitter | Email", "Commentaires (14) – Connectez-vous pour réagir."),
])
def test_an_email_field_in_a_newsletter_box_ends_nothing_and_appeals_and_comment_counts_are_furniture(parts):
    assert read_raw_text(_story(_HEAD, *parts), 1, RULES).paragraphs == _PARAGRAPHS


def test_the_pages_own_date_settles_which_way_a_numeric_stamp_reads():
    head = ("Skip to main content\nTHE HARBOUR GAZETTE\nWednesday, 11 March 2026 | Weather 9°C\nNews\nBusiness\nSport\n"
            "World\n\nPort authority approves a second container berth\n\nBy Ines Calado\n11/03/2026 08:12 | Updated "
            "11/03/2026 10:47\n")
    found = read_raw_text(_story(head, *_PARAGRAPHS), 1, RULES)
    assert found.stated_date[0] == PartialDate(2026, 3, 11) and "page's own date on line 3" in found.stated_date[2]
    # Without it, 11/03/2026 could be 11 March or 3 November: no date rather than a wrong one.
    found = read_raw_text(_story(head.replace("Wednesday, 11 March 2026 | ", ""), *_PARAGRAPHS), 1, RULES)
    assert found.stated_date is None


@pytest.mark.parametrize("dateline, expected", [("Colombo, Mar 11: ", PartialDate(2025, 3, 12)),
                                               ("Colombo, Mar 12: ", PartialDate(2025, 3, 12)),
                                               ("Colombo, Feb 20: ", None)])
def test_a_numeric_stamp_reads_as_the_day_or_two_after_its_dateline(dateline, expected):
    head = ("THE HARBOUR GAZETTE\n\nPort authority approves a second container berth\n\nBy Ines Calado\n"
            "Published: 12/03/2025 | Updated: 12/03/2025, 12:45 AM\n")
    found = read_raw_text(_story(head, dateline + _PARAGRAPHS[0], *_PARAGRAPHS[1:]), 1, RULES)
    # 12/03/2025 is 12 March or 3 December: "Mar 11" in the dateline says which; a date weeks away settles nothing,
    # and then the dateline's own date is the article's
    assert found.stated_date[0] == (expected or PartialDate(2025, 2, 20))


def test_a_gallery_caption_a_read_also_list_a_channel_plug_an_exchange_rate_and_a_framed_advert_are_not_the_story():
    body = _story(_HEAD, "[Image 1 of 2] Cranes at the container terminal on Monday. HARBOUR GAZETTE/Ines Calado",
                  _PARAGRAPHS[0], "Subscribe to our Telegram channel so you do not miss the main news of the region",
                  _PARAGRAPHS[1], "ADVERTISEMENT\nCLASSIFIEDS - Land for sale near the port, all facilities. Call 081 "
                  "xxx xxxx\nADVERTISEMENT", *_PARAGRAPHS[2:], "($1 = 301.8500 Sri Lankan rupees)",
                  "Read also:\n- Dock workers strike for a day\n- Ten ships wait at anchor")
    found = read_raw_text(body, 1, RULES)
    assert found.paragraphs == _PARAGRAPHS
    assert [caption.text for caption in found.captions][:1] == ["Cranes at the container terminal on Monday."]


def test_a_section_trail_is_no_headline_and_a_wires_licensing_link_credits_a_caption():
    head = ("ORIENT WIRE\nWorld Business Markets Energy\n\nEnergy · Middle East · Iraq\n\n"
            "Port authority approves a second container berth\n\nBy Ines Calado\nMay 4, 2026\n")
    found = read_raw_text(_story(head, "Cranes at the container terminal in Umm Qasr, Iraq, May 3, 2026. Orient Wire/Ines "
                                 "Calado Purchase Licensing Rights, opens new tab", *_PARAGRAPHS), 1, RULES)
    assert found.headline == "Port authority approves a second container berth" and found.paragraphs == _PARAGRAPHS
    assert [(c.text, c.credit) for c in found.captions] == [
        ("Cranes at the container terminal in Umm Qasr, Iraq, May 3, 2026.", "Orient Wire/Ines Calado")]


def test_a_box_title_in_capitals_a_shop_advert_and_an_e_paper_plug_are_furniture():
    body = _story(_HEAD, _PARAGRAPHS[0], "┌──────────────┐\n  WORLD BRIEFING\n  The day’s biggest stories, explained.\n"
                  "  Delivered every weekday morning.\n  [ Enter your email ]   SIGN UP\n"
                  "  By signing up you agree to our Terms of Use and Privacy Policy.\n└──────────────┘", _PARAGRAPHS[1],
                  "———\nHARBOUR BRIEFING\nOur free morning newsletter on ports and trade. Sign up with your email ›\n———",
                  "ADVERTISEMENT\nKaukau Trading – Water tanks, generators and roofing iron now in stock. Call 7123 4567",
                  _PARAGRAPHS[2], "Read the whole Gazette on your phone: the e-paper is now available for 30,000 per "
                  "quarter. Subscribe today.", _PARAGRAPHS[3])
    assert read_raw_text(body, 1, RULES).paragraphs == _PARAGRAPHS


def test_adverts_priced_by_the_month_or_selling_space_a_read_also_link_and_an_inbox_plug_are_furniture():
    body = _story(_HEAD, _PARAGRAPHS[0], "- ADVERTISEMENT -\nHarbour Credit Plc - Loans for boat owners from 1.2% per month",
                  _PARAGRAPHS[1], ">> Read also: Dock workers strike for a day", "ADVERTISEMENT\nReach readers in every "
                  "port town — advertise in the Gazette's regional editions. Call our sales desk.", _PARAGRAPHS[2],
                  "-----\nGazette Morning: the harbour's top stories, in your inbox before 7 a.m. Sign up free →\n-----",
                  _PARAGRAPHS[3])
    assert read_raw_text(body, 1, RULES).paragraphs == _PARAGRAPHS


def test_a_row_of_navigation_labels_set_apart_by_spaces_is_no_byline_but_a_table_row_is_text():
    head = _HEAD.replace("News | Business | Sport\n", "News | Business | Sport\nSearch    Log in    Subscribe\n")
    found = read_raw_text(_story(head, *_PARAGRAPHS), 1, RULES)
    assert found.authors == ("Ines Calado",) and found.paragraphs == _PARAGRAPHS
    table = "Berth    Length    Depth"
    assert table in read_raw_text(_story(_HEAD, *_PARAGRAPHS[:2], table, *_PARAGRAPHS[2:]), 1, RULES).paragraphs


def test_channel_plugs_topics_and_spanish_adverts_are_furniture():
    body = _story(_HEAD, _PARAGRAPHS[0], "ADVERTISEMENT\nBanco del Puerto – Créditos para tu barco. Consultá con tu oficial.",
                  _PARAGRAPHS[1], "+++ Join the Harbour Gazette WhatsApp channel for breaking news alerts. Tap here. +++",
                  *_PARAGRAPHS[2:], "Explore more on these topics:  Ports · Shipping · Trade")
    assert read_raw_text(body, 1, RULES).paragraphs == _PARAGRAPHS


def test_a_desks_plural_byline_names_no_one_and_a_donation_plea_a_newsletter_blurb_an_offer_and_also_on_are_furniture():
    head = _HEAD.replace("By Ines Calado", "By Harbour Gazette Reporters")
    body = _story(head, _PARAGRAPHS[0], "Support nonprofit news. The Gazette is free to read because readers like you "
                  "chip in. DONATE TODAY →", _PARAGRAPHS[1], "The Harbour Daybreak newsletter brings you the day's top "
                  "shipping and political stories. Sign up here.", _PARAGRAPHS[2],
                  "--- Advertisement ---\nKaukau Tyres: Buy 4, get FREE wheel alignment. Visit any branch countrywide.\n---",
                  "ALSO ON THE GAZETTE › How a night sitting sealed the berth deal", _PARAGRAPHS[3],
                  "© 2026 The Harbour Gazette. All rights reserved.")
    assert read_raw_text(body, 1, RULES).paragraphs == _PARAGRAPHS
    assert make_article(read_source(body.encode(), "gazette.txt", "gazette.txt"), RULES).article.authors == ()


def test_a_masthead_link_and_motto_are_no_names_and_a_slashed_byline_and_a_signed_credit_give_the_authors():
    head = ("THE HARBOUR GAZETTE\nTruth Without Fear\nSaturday, March 14, 2026 | Today's Paper | E-Paper | Subscribe\n\n"
            "Port authority approves a second container berth\n\nBy Chou Hsin-yi / Staff reporter, in KEELUNG\n"
            "March 14, 2026\n")
    found = read_raw_text(_story(head, *_PARAGRAPHS), 1, RULES)
    assert found.authors == ("Chou Hsin-yi",) and found.headline == "Port authority approves a second container berth"
    found = read_raw_text(_story(_HEAD.replace("By Ines Calado\n", ""), *_PARAGRAPHS, "(By Ines Calado and Ben Cole)",
                                 "Enditem/IC/BC"), 1, RULES)
    assert found.paragraphs == _PARAGRAPHS and found.authors == ("Ines Calado", "Ben Cole")


def test_the_mastheads_date_beside_the_weather_settles_a_numeric_date_but_is_never_the_articles():
    head = ("THE HARBOUR GAZETTE\nNews | Business | Sport\n\nMonday, March 9, 2026     Keelung 31°C  Partly cloudy\n\n"
            "Port authority approves a second container berth\n\nBy Ines Calado\n09/03/2026 08:12\n")
    found = read_raw_text(_story(head, *_PARAGRAPHS), 1, RULES)
    assert found.stated_date[0].iso() == "2026-03-09" and found.stated_date[1] == 9
    assert "the page's own date on line 4" in found.stated_date[2]
    alone = head.replace("09/03/2026 08:12\n", "")
    assert read_raw_text(_story(alone, *_PARAGRAPHS), 1, RULES).stated_date is None


def test_the_mastheads_date_beside_the_sites_own_links_settles_a_numeric_date():
    head = ("THE HARBOUR GAZETTE\nSaturday, April 11, 2026  |  Today’s Paper  |  E-Paper  |  Archive  |  Log in\n\n"
            "Port authority approves a second container berth\n\nBy Ines Calado\n11/04/2026 08:12\n")
    found = read_raw_text(_story(head, *_PARAGRAPHS), 1, RULES)
    assert found.stated_date[0].iso() == "2026-04-11" and "the page's own date on line 2" in found.stated_date[2]


def test_a_country_that_is_the_worlds_top_producer_closing_a_story_is_news_not_a_reporters_note():
    last = ("Ivory Coast is the world’s top cocoa producer, and exporters have warned that the harvest could be "
            "delayed.")
    assert read_raw_text(_story(_HEAD, *_PARAGRAPHS, last), 1, RULES).paragraphs == (*_PARAGRAPHS, last)


def test_a_menu_under_the_mastheads_date_and_rates_then_date_headline_name_and_reading_time_make_the_header():
    head = ("HARBOUR MERIDIAN\nInformation Agency\nAZ | EN | RU\n"
            "Tuesday, 17 March 2026   USD 1.7000   EUR 1.8527   Keelung +14°C\n"
            "Latest news\nPolitics\nEconomy\nEnergy\nRegion\nSociety\n\nPolitics\n17 March 2026 [10:47] - Harbour Meridian\n\n"
            "Port authority approves a second container berth\n\nNigar Guliyeva\nReading time: 5 min\n\n"
            "Keelung, March 17, Harbour Meridian\n")
    found = read_raw_text(_story(head, *_PARAGRAPHS, "© 2006-2026 Harbour Meridian. All rights reserved."), 1, RULES)
    assert found.headline == "Port authority approves a second container berth" and found.authors == ("Nigar Guliyeva",)
    assert found.stated_date[0].iso() == "2026-03-17" and found.stated_date[1] == 13
    assert (found.dateline, found.paragraphs) == ("Keelung", _PARAGRAPHS)
    assert found.publication[0] == "Harbour Meridian"
    # Under the story, a list of topics is no menu: the list goes on as links.
    topics = _story(_HEAD, *_PARAGRAPHS, "Related Topics\nKeelung\nContainer Berth\nShipping\nPort Authority")
    assert read_raw_text(topics, 1, RULES).paragraphs == _PARAGRAPHS


def test_a_newsletter_box_drawn_in_characters_with_its_email_field_and_a_sign_up_line_are_furniture():
    body = _story(_HEAD, _PARAGRAPHS[0], "┌──────────────────┐\n  Gazette Harbour Bulletin\n  Ports, trade and people – "
                  "every Monday.\n  Email: [               ]  [Subscribe]\n└──────────────────┘", _PARAGRAPHS[1],
                  "Sign up here.\nThe Harbour Briefing newsletter brings you the top stories from the quays every "
                  "weekday morning.", *_PARAGRAPHS[2:])
    assert read_raw_text(body, 1, RULES).paragraphs == _PARAGRAPHS


def test_a_masthead_in_capitals_named_again_in_the_footer_is_written_as_the_footer_writes_it():
    found = read_raw_text("HARBOUR LEDGER\nThe region's business daily\n\nBusiness | Markets | World | Opinion\n\n"
                          "Court takes haze suit against feed maker\n\nBy Ana Ruiz\n11 Mar 2026\n\n"
                          "The court agreed on Tuesday to hear a class action over the smoke.\n\n"
                          "Lawyers said the case could change how companies answer for their suppliers.\n\n"
                          "Harbour Ledger Publishing Plc. All rights reserved. Contact us | Advertise\n", 1, RULES)
    assert found.publication is not None and found.publication[0] == "Harbour Ledger"


def test_a_logo_s_acronym_beside_the_name_it_stands_for_gives_the_name():
    found = read_raw_text("AWS | Asia Wire Service\nWorld   Asia Pacific   Business   Markets\n\n"
                          "Minister vows haze crackdown as army battles fire\n\nBy Ana Ruiz\nMarch 19, 2026\n\n"
                          "CHIANG MAI, Thailand, March 19 (AWS) - The minister vowed on Thursday to prosecute anyone "
                          "caught setting fires.\n\nSoldiers and helicopters battled a blaze on the mountain.\n\n"
                          "About AWS | Careers | Contact us\n(c) 2026 AWS. All rights reserved\n", 1, RULES)
    assert found.publication is not None and found.publication[0] == "Asia Wire Service"


@pytest.mark.parametrize("line", [
    "ALSO READ  Farmers' tractors bring Barcelona's Diagonal to a standstill",
    "The Current Weekly: one email, every Friday, on the stories shaping the Mekong region.",
    "Global Water Desk is published by GWD Media Ltd, a reader-funded, not-for-profit newsroom.",
    "Del artiklen / Share:   Facebook   LinkedIn   X   Mail   Kopiér link",
    "★ Get The Courier Weekly every Friday – the week in Denmark and Greenland, in English. Sign up free ›",
    "CEE Energy Outlook 2026: download the full report with data on 11 markets",
    "Our correspondents on the stories shaping the continent, every Friday.",
    "We will not share your details with third parties. Privacy notice.",
])
def test_more_plugs_and_a_site_s_note_on_itself_are_furniture(line):
    assert RULES.furniture.reason(line)


@pytest.mark.parametrize("line", [
    "Also read the report before you judge it, she said.",
    "The paper is published by a family trust, which also owns two radio stations.",
    "The market in Narsaq opens every Friday.",
    "Residents were asked to get their names on the list and sign up.",
    "Share prices fell: investors sold Facebook and LinkedIn stock.",
])
def test_prose_like_a_plug_is_no_furniture(line):
    assert not RULES.furniture.reason(line)


LONG_READ = """MERIDIAN
The Monthly Review of the North
Subscribe    Sign in
Long Reads  /  Arctic  /  Weekend Edition

The ferry that never came

On the far shore of the fjord, a retired pilot and a schoolteacher are waiting for a promise to be kept.

Words by Torild Havnaas  |  Photographs by Mikkel Strand
Saturday 12 July 2025
12 min read  ·  This article appears in the August issue of Meridian Magazine

Share this story   ⤴   Facebook   X   Bluesky   WhatsApp   Email   🔖 Save for later   🎧 Listen to this article

I. THE QUAY

The quay at Storvika was built for a ferry that stopped calling in 2019.

Every morning the pilot walks down to look at it anyway.

II. THE SCHOOL

The school has eleven pupils and a teacher who also drives the bus.

She says the road is worse every winter.

Torild Havnaas is a contributing writer at Meridian. She has reported from the Arctic for twelve years and is the author of a book on the Hurtigruten coast and its harbours. Mikkel Strand is a photographer based in Tromsø.

Enjoyed this? Get Meridian Weekly, our Saturday letter of the best long reads, free.
Email address [                ]   Sign up    No spam.

More Long Reads
The last lighthouse keeper of Røst
Meridian is supported by readers. Become a member from $5 a month.
"""


def test_a_long_read_keeps_its_numbered_headings_and_sets_its_buttons_and_the_notes_under_it_aside() -> None:
    found = read_raw_text(LONG_READ, 1, RULES)
    assert found.paragraphs == ("I. THE QUAY", "The quay at Storvika was built for a ferry that stopped calling in 2019.",
                                "Every morning the pilot walks down to look at it anyway.", "II. THE SCHOOL",
                                "The school has eleven pupils and a teacher who also drives the bus.",
                                "She says the road is worse every winter.")
    reasons = {r.text: r.reason for r in found.removed}
    assert reasons["12 min read · This article appears in the August issue of Meridian Magazine"].startswith("furniture")
    assert reasons["Share this story ⤴ Facebook X Bluesky WhatsApp Email 🔖 Save for later 🎧 Listen to this "
                   "article"] == "furniture: share or comment widget"
    assert next(text for text in reasons if text.startswith("Torild Havnaas is")) and not found.dateline


def test_an_account_s_links_before_the_day_s_date_are_no_byline():
    text = ("THE TRISHULI TIMES\nHome | News | Dhading | Opinion | Sports\n"
            "Login / Register          Saturday, 03/02/2024  |  Magh 20, 2080\n\n"
            "Families sink deeper into debt as wages fail to arrive\n\nSabitri Adhikari | Dhadingbesi\n\n"
            "The family borrowed money from the cooperative to send their son abroad, and the loan has grown.\n")
    assert read_raw_text(text, 1, RULES).authors == ("Sabitri Adhikari",)


def test_a_bullet_point_under_a_heading_in_its_block_is_a_paragraph_of_its_own():
    found = read_raw_text("Inquiry faults operators over porter's death\n\nBy Mercy Achieng\n\n9 April 2024\n\n"
                          "The inquiry presented its report in Moshi on Friday.\n\n"
                          "KEY FINDINGS\n- Loads are weighed at the gate and redistributed later\n"
                          "- Crew brokers keep part of the porters' pay\n\n"
                          "The company said it would contest the findings.\n", 1, RULES)
    assert found.paragraphs[1:4] == ("KEY FINDINGS", "- Loads are weighed at the gate and redistributed later",
                                     "- Crew brokers keep part of the porters' pay")


@pytest.mark.parametrize(("label", "dateline"), [
    ("Shahabad (Kurukshetra), February 9", "Shahabad (Kurukshetra)"),  # a place, its district and the day
    ("SUBSCRIBER BRIEFING", ""),  # a label of the story's kind, no place
])
def test_a_line_of_its_own_over_the_first_paragraph_is_its_dateline_when_it_names_a_place(label, dateline):
    found = read_raw_text("Cane growers block the highway over unpaid dues\n\nRavinder Sharma\n"
                          "Published: Tuesday 10 February 2026\n\nShare: WhatsApp | Facebook | X\n"
                          f"Listen to this article (5:48)\n\n{label}\n\n"
                          "Hundreds of sugarcane growers blocked the highway on Monday.\n\n"
                          "The union said two mills had not paid since November.\n", 1, RULES)
    assert (found.dateline, found.paragraphs[0]) == (dateline, "Hundreds of sugarcane growers blocked the highway on "
                                                                "Monday.")


def test_summary_points_under_their_heading_below_a_caption_or_short_are_no_part_of_the_story():
    found = read_raw_text("Court suspends lithium field approval\n\nBy Daniel Okafor\nMarch 20, 2026\n\n4 min read\n\n"
                          "Image: Police officers clear the highway near Colchani. Credit: Ernesto Quispe\n\n"
                          "KEY POINTS\n• Court halts the decision until it rules on the merits\n"
                          "• Shares close down 11.2% in London\n• Ministry says it will use “every legal remedy”\n\n"
                          "Serbia's Administrative Court has suspended a government decision on Thursday.\n\n"
                          "The ministry said it would appeal.\n", 1, RULES)
    assert found.paragraphs == ("Serbia's Administrative Court has suspended a government decision on Thursday.",
                                "The ministry said it would appeal.")


def test_a_byline_with_additional_reporting_is_its_author_s_and_an_advert_framed_by_its_end_is_set_aside():
    found = read_raw_text("WILDLAND FIRE BRIEF\n\nAthos firebreak plan splits foresters and monks\n\n"
                          "By Helen Marsh, Mediterranean correspondent, with additional reporting by Kostas Voulgaris\n"
                          "Wed 18/03/2026 · 09:00 CET\n\nThe ministry presented its plan to the monks on Monday.\n\n"
                          "--- ADVERTISEMENT ---\nFireLine Pro thermal cameras: detection at 15 km, 24/7.\n"
                          "--- END ADVERTISEMENT ---\n\nThe monks asked for time to study it.\n", 1, RULES)
    assert (found.headline, found.authors) == ("Athos firebreak plan splits foresters and monks", ("Helen Marsh",))
    assert found.paragraphs == ("The ministry presented its plan to the monks on Monday.",
                                "The monks asked for time to study it.")


@pytest.mark.parametrize("issue", ["Issue No. 26 (1184) · June 28 – July 4, 2025", "Edition 88 · 3–9 May 2026"])
def test_the_days_a_magazine_s_issue_covers_date_no_story(issue):
    found = read_raw_text(f"THE SIBERIAN OBSERVER\n\n{issue}\n\nThe lake, the mud and the ponds\n\n"
                          "Words by Nadezhda Volkova\nSaturday, June 28, 2025, 10:00 (Moscow time)\n\n"
                          "Every morning Dashi Bazarov walks his dog along the fence of the ponds.\n\n"
                          "The cleanup has been a slow chronicle of slipping dates.\n", 1, RULES)
    assert (found.headline, found.stated_date[0].iso()) == ("The lake, the mud and the ponds", "2025-06-28")


def test_nothing_under_a_print_edition_note_is_the_story_s():
    text = ("Ferry crews vote to strike over rosters\n\nMarch 10, 2024\n\n"
            "Crews on the island ferries voted on Monday to strike for two days next month.\n\n"
            "The union said the new rosters left some deckhands working nineteen days in a row.\n\n"
            "The operator said it would meet the union on Thursday.\n\n"
            "This article appears in the print edition of 11 March 2024 under the headline: Crews vote to strike.\n\n"
            "Share this long read    Facebook    X    WhatsApp    Email\n\n"
            "31 comments · Join the conversation (subscribers only)\n\n"
            "THE HARBOUR WEEKLY BRIEFING\n"
            "Our editors' pick of the week's best reporting, every Friday. Sign up free\n\n"
            "More long reads\nThe last net makers of the north shore\nWhy the causeway keeps sinking\n")
    found = read_raw_text(text, 1, RULES)
    assert found.paragraphs[-1] == "The operator said it would meet the union on Thursday."
    reasons = {r.text: r.reason for r in found.removed}
    assert reasons["Share this long read Facebook X WhatsApp Email"].startswith("furniture")
    assert reasons["Our editors' pick of the week's best reporting, every Friday. Sign up free"].startswith("furniture")


def test_a_numbered_section_heading_after_a_list_of_links_is_the_story_s_again():
    text = ("The river that feeds the valley\n\nJune 21, 2025\n\n"
            "The fishermen of the lake pull their nets at dawn, as their fathers did.\n\n"
            "I. THE LAKE\n\nThe dam was closed in 1964, and the water rose over the old villages.\n\n"
            "More long reads\nThe last boat builders of the upper river\nWhat a dam owes its neighbours\n\n"
            "II. THE COURT\n\nIn February the village went to court over the water it drinks.\n")
    found = read_raw_text(text, 1, RULES)
    assert "II. THE COURT" in found.paragraphs
    assert found.paragraphs[-1] == "In February the village went to court over the water it drinks."
    assert not any("boat builders" in paragraph for paragraph in found.paragraphs)


@pytest.mark.parametrize("pulled", [
    "PULL QUOTE\n“Nobody in this valley voted for a dam they never saw.”\n- Farmer, Upper Mazowe",
    "― Pull quote ―\n“Nobody in this valley voted for a dam they never saw.”\nTendai Moyo, farmer",
    "“Nobody in this valley voted for a dam they never saw” — Tendai Moyo, farmer",
])
def test_a_pull_quote_s_label_its_speaker_under_a_dash_or_after_it_are_set_aside(pulled: str) -> None:
    body = ("The dam's second phase was approved on Monday without a hearing in the valley.",
            "“Nobody in this valley voted for a dam they never saw,” said Tendai Moyo, who farms below the wall.",
            "The ministry said the hearings would come later.")
    page = ("Valley left out of dam decision\nPublished 3 March 2025\n\n" + "\n\n".join(body[:2]) + "\n\n" + pulled
            + "\n\n" + body[2] + "\n")
    found = read_raw_text(page, 1, RULES)
    assert found.paragraphs == body
    assert any("pull quote" in r.reason for r in found.removed)


def test_a_quotation_opened_by_a_dash_under_a_pull_quote_stays_in_the_story() -> None:
    page = ("Bridge shut for repairs\nPublicerad 2025-03-03 06.00\n\n"
            "– The bridge will stay shut until the cracks are fixed, says the engineer Lena Berg.\n\n"
            "PULL QUOTE\n“The bridge will stay shut until the cracks are fixed.”\n"
            "– We will not open it before then.\n\n"
            "The council meets on Friday.\n")
    found = read_raw_text(page, 1, RULES)
    assert "– We will not open it before then." in found.paragraphs


def test_a_pull_quote_in_brackets_with_its_speaker_after_a_dash_is_set_aside() -> None:
    body = ("Counting ended on Sunday with the ruling party below half of the seats for the first time.",
            "“This is the end of one party's rule, and nobody in the party should pretend otherwise,” said Thandi "
            "Mokoena, a political scientist.")
    page = ("Ruling party loses its majority\nPublished 2 June 2024\n\n" + "\n\n".join(body)
            + "\n\n[Pull quote: “This is the end of one party's rule.” — Thandi Mokoena, political scientist]\n\n"
            "MARKETS WATCH\n\nThe currency weakened as the counts came in.\n")
    found = read_raw_text(page, 1, RULES)
    assert found.paragraphs == (*body, "MARKETS WATCH", "The currency weakened as the counts came in.")
    assert any("pull quote" in r.reason for r in found.removed)
