"""The site's name for outlets the list does not know: shown in the page header, named again in its footer."""

from __future__ import annotations

from briefing.read.article import make_article
from briefing.read.load import read_source
from briefing.read.readerdata import load_reader_rules
from briefing.read.sitename import logo_name, readable_site_name, site_name, wordmark_name

RULES, _ = load_reader_rules()
COMMON = frozenset({"the", "of", "news", "sport", "world", "home", "menu", "search"})


def test_a_masthead_the_copyright_line_names_again_is_the_site():
    header = ["Skip to content", "Menu", "The Tasman Courier", "Local News", "Sport"]
    footer = ["Share this story", "© 2025 The Tasman Courier. All rights reserved."]
    assert site_name(header, footer, COMMON) == "The Tasman Courier"


def test_a_name_in_capitals_is_printed_as_the_footer_writes_it():
    header = ["View this email in your browser", "THE MILLBROOK GAZETTE", "Evening Edition"]
    footer = ["You're receiving this because you subscribed to The Millbrook Gazette Evening Edition.",
              "The Millbrook Gazette, 18 Quay Road, Millbrook"]
    assert site_name(header, footer, COMMON) == "The Millbrook Gazette"


def test_a_name_only_ever_in_capitals_is_title_cased():
    assert site_name(["KORALI TIMES OF THE COAST"], ["© 2024 KORALI TIMES OF THE COAST"], COMMON) == \
        "Korali Times of the Coast"


def test_one_word_needs_a_copyright_line_that_it_ends():
    assert site_name(["Brightwire", "Politics"], ["© 2025 Brightwire Ltd."], COMMON) == "Brightwire"
    # "Politics" heads the page, and the publisher's company begins with it: not the site's name.
    assert site_name(["Politics"], ["© 2025 Politics Media Group"], COMMON) == ""
    # A one-word menu item in a footer sentence proves nothing.
    assert site_name(["Opinion"], ["Send your letters to the Opinion desk before noon on Friday."], COMMON) == ""


def test_a_masthead_its_acronym_opens_is_the_name_spelled_out_when_the_footer_names_the_acronym():
    header = ["GCR Gulf Construction Review", "The business of building the Gulf", "Search GCR..."]
    footer = ["GCR Daily Newsletter: projects and people, every weekday. [Your work email] [Subscribe]",
              "About GCR | Advertise | Contact | Terms | Privacy",
              "© 2024 Meridian Trade Media FZ-LLC. Gulf Construction Review is a registered trademark."]
    assert site_name(header, footer, COMMON) == "Gulf Construction Review"
    # a first word in capitals that is no acronym of the rest splits nothing
    assert site_name(["NEW Harbour Daily"], ["About NEW | Contact", "NEW offers for readers"], COMMON) == ""


def test_menu_items_repeated_in_the_footer_are_not_a_site():
    header = ["Skip to main content", "Climate Desk", "World", "Business"]
    footer = ["Climate Desk | Business | Contact Us | Privacy Policy", "Climate Desk"]
    assert site_name(header, footer, COMMON) == ""


def test_a_publishers_company_is_not_taken_for_the_site():
    # The header shows the paper, the footer only its company: nothing names the paper twice.
    header = ["The Harbour Times", "Subscribe"]
    footer = ["Copyright © 2025 Coastline Media Holdings Limited. All rights reserved."]
    assert site_name(header, footer, COMMON) == ""


def test_a_header_line_that_is_a_sentence_or_has_digits_is_no_name():
    header = ["Breaking: storms close the port.", "Weekend 7 Edition"]
    footer = ["© 2025 Weekend 7 Edition", "Breaking: storms close the port."]
    assert site_name(header, footer, COMMON) == ""


ARTICLE = """Skip to main content
The Kestrel Valley Post
News
Sport
Opinion
Council approves the new river crossing after two years of debate
By Ana Lindgren
March 4, 2025

The county council voted on Tuesday to build a second bridge over the Kestrel River, ending a debate that has divided the valley since 2023.

Supporters said the crossing would cut the morning drive into town by twenty minutes for thousands of commuters.

Opponents warned that the cost could rise well above the estimate, as it did for the last bridge the county built.

Work is expected to begin next spring.

Share this article
The Kestrel Valley Post
12 Mill Lane, Kestrel Falls
© 2025 The Kestrel Valley Post
"""


def test_the_reader_records_the_site_name_and_where_it_came_from():
    cleaned = make_article(read_source(ARTICLE.encode(), "post.txt", "post.txt"), RULES)
    assert cleaned.article.title == "Council approves the new river crossing after two years of debate"
    assert cleaned.article.publication == "The Kestrel Valley Post"
    assert any(p.field == "publication" and "site name, line 2" in p.detail for p in cleaned.article.provenance)
    assert not any("Kestrel Valley Post" in paragraph for paragraph in cleaned.paragraphs)


def test_a_company_kind_after_the_holder_still_names_the_site():
    assert site_name(["Skip to main content", "ESPN", "NFL"], ["Copyright: © 2024 ESPN Enterprises, Inc."], COMMON) == "ESPN"
    assert site_name(["EL TIEMPO", "Suscríbete"], ["© 2024 EL TIEMPO Casa Editorial. Prohibida su reproducción"],
                     COMMON) == "El Tiempo"
    assert site_name(["Nordkurier"], ["© 2025 Nordkurier Mediengruppe"], COMMON) == "Nordkurier"


def test_a_name_may_hold_digits_but_not_a_number():
    assert site_name(["News24", "Subscribe"], ["© 2024 News24. All rights reserved."], COMMON) == "News24"


def test_a_logos_text_names_the_site():
    assert logo_name(["Skip to main content", "The Verge", "The Verge logo.", "Tech"], COMMON) == "The Verge"
    assert logo_name(["Vox homepage", "Politics"], COMMON) == "Vox"
    assert logo_name(["Logo de El Diario Vasco"], COMMON) == "El Diario Vasco"
    # A line about a logo in a sentence, or a logo with no name, names nothing.
    assert logo_name(["The company unveiled its new logo.", "Logo", "Home page"], COMMON) == ""


def test_the_reader_takes_the_logos_name_when_the_footer_names_no_site():
    page = ("The Harbour Review logo\nNews\nBridge tolls will rise in July\nBy Ana Lindgren\nMarch 11, 2025\n\n"
            "The harbour board voted on Tuesday to raise tolls by 50 cents.\n\nThe money pays for new bearings.\n")
    article = make_article(read_source(page.encode(), "tolls.txt", "tolls.txt"), RULES).article
    assert article.publication == "The Harbour Review"


def test_a_full_stop_ends_the_copyright_holder():
    footer = ["© 2025 HotNews.ro. Toate drepturile rezervate."]
    assert site_name(["HotNews.ro", "Actualitate"], footer, COMMON) == "HotNews.ro"
    assert logo_name(["Grist home", "Donate"], COMMON) == "Grist"


def test_a_sentence_names_a_site_only_as_a_proper_noun():
    footer = ["Get more local news delivered straight to your inbox. Sign up for free newsletters."]
    assert site_name(["Local News", "Wallingford"], footer, COMMON) == ""


def test_a_name_the_footer_names_twice_with_its_company_or_an_about_link_is_the_site():
    header = ["Skip to main content", "Brightwire", "Riverton, OR", "Log in"]
    footer = ["About Brightwire", "Careers", "Advertise on Brightwire", "© 2025 Brightwire Media. All Rights Reserved."]
    assert site_name(header, footer, COMMON) == "Brightwire"
    # A newsletter named after the site and the copyright line of its company ("© Diari X")
    assert site_name(["VEU", "Portada"], ["Subscriu-te al butlletí Veu Girona", "© Diari VEU"], COMMON) == "Veu"


def test_a_section_the_footer_repeats_as_tags_is_not_the_site():
    # Tags and links name the section; no copyright line nor "About" link does.
    assert site_name(["Asia Pacific", "World"], ["Asia Pacific", "More from Asia Pacific", "Asia Pacific newsletter"],
                     COMMON) == ""
    # A tag and the company's copyright line: the bare tag proves nothing, and the company line alone
    # does not end with the name.
    assert site_name(["Politics"], ["Politics", "© 2025 Politics Media Group"], COMMON) == ""


def test_a_name_in_sentence_case_is_the_site_when_the_copyright_line_holds_it():
    assert site_name(["Перейти до вмісту", "Волинська правда", "Новини"],
                     ["Усі новини", "© 2000–2024, Волинська правда. Використання матеріалів сайту …"], COMMON) == \
        "Волинська правда"
    # A menu item in sentence case is named by no copyright line.
    assert site_name(["Czas wolny"], ["Czas wolny", "Najczęściej czytane w dziale Czas wolny tego tygodnia"], COMMON) == ""


def test_a_name_heading_the_footers_links_about_the_site():
    assert site_name(["The Harbour Post", "Premium"], ["The Harbour Post", "About Us", "Contact Us",
                                                     "© 2016 - 2024 PT. Bina Media Pelabuhan"], COMMON) == "The Harbour Post"
    assert site_name(["Gazeta Dolna", "Wrocław"], ["Gazeta Dolna", "O nas", "Kontakt"], COMMON) == "Gazeta Dolna"


def test_a_copyright_line_may_name_the_paper_after_its_publishing_company():
    assert site_name(["El Faro", "Suscríbete"], ["Todos los derechos reservados © 2025 Empresa Editora El Faro S.A."],
                     COMMON) == "El Faro"


def test_a_copyright_line_may_name_the_paper_after_its_company():
    assert site_name(["Le Phare"], ["© Rossel & Cie SA – Le Phare 2025"], COMMON) == "Le Phare"
    assert site_name(["Andaman Post"], ["© 2025 Andaman Post Public Company Limited. All rights reserved."],
                     COMMON) == "Andaman Post"


def test_a_holder_before_the_year_and_a_full_stop_is_the_site():
    assert site_name(["Le Devoir"], ["© Le Devoir 2025. Tous droits réservés."], COMMON) == "Le Devoir"


def test_a_name_of_common_words_proves_itself_as_the_reporters_paper():
    common = COMMON | {"age"}
    footer = ["Chloe Pender is a transport reporter at The Age. She previously covered local government."]
    assert site_name(["Sign in", "The Age", "Victoria"], footer, common) == "The Age"
    assert site_name(["Sign in", "The Age", "Victoria"], ["The Age", "Contact & support"], common) == ""


def test_a_name_over_the_footers_who_we_are_link_in_greek():
    assert site_name(["ΤΑ ΝΕΑ", "Ροή Ειδήσεων"], ["ΤΑ ΝΕΑ", "Ποιοι είμαστε", "Επικοινωνία"], COMMON) == "ΤΑ ΝΕΑ"


def test_a_name_over_a_who_we_are_link_with_its_question_mark():
    assert site_name(["Harbourline"], ["Harbourline", "Qui sommes-nous ?", "Contact"], COMMON) == "Harbourline"


def test_a_trust_holds_the_paper_and_a_place_every_footer_line_names_with_more_is_no_site():
    assert site_name(["The Harbour Tribune"], ["Copyright © The Harbour Tribune Trust, 2024"], COMMON) == \
        "The Harbour Tribune"
    footer = ["Nikolas Ioannou is a reporter at the Cyprus Mail.", "© Copyright 2025 Cyprus Mail. All rights reserved."]
    assert site_name(["Cyprus", "Business"], footer, COMMON) == ""


def test_a_footer_link_about_the_site_alone_names_it():
    assert site_name(["Harbour Herald", "Latest news"], ["Harbour Herald", "About Harbour Herald", "Contact us"],
                     COMMON) == "Harbour Herald"
    assert site_name(["Latest news"], ["About Latest news coverage"], COMMON) == ""


def test_a_publishers_ediciones_after_the_name_ends_the_holder():
    assert site_name(["El Faro Diario", "Suscríbete"], ["© El Faro Diario Ediciones, S.L. Todos los derechos reservados."],
                     COMMON) == "El Faro Diario"


def _publication(text: str) -> str:
    return make_article(read_source(text.encode(), "a.txt", "a.txt"), RULES).article.publication


_STORY = ("The harbour ferry will stop its night crossings for six weeks while the slipway is repaired, the operator said on Tuesday.",
          "Passengers will be able to use the second crossing, which stays open around the clock, the city said.",
          "The repairs will cost about 4.7 million, half of it paid by the state, and end in late June.")


def test_a_one_word_outlet_in_a_menu_loses_to_the_site_the_footer_names():
    # "Nation" is an outlet the list knows; here it is a section of another paper's menu.
    text = "\n".join(["Harbour Tribune", "Bangladesh", "Nation", "Politics", "Business", "Sport", "",
                      "Night ferries suspended for six weeks on the harbour route", "Rafiq Hasan, Bhola",
                      "Publish : 18 Jun 2025, 03:14 PM", "", *_STORY, "",
                      "Copyright © 2025 Harbour Tribune | All Rights Reserved"])
    assert _publication(text) == "Harbour Tribune"


def test_a_one_word_outlet_inside_a_companys_copyright_is_not_the_paper():
    text = "\n".join(["Night ferries suspended for six weeks on the harbour route", "By Rafiq Hasan",
                      "June 18, 2025", "", *_STORY, "", "© 2025 Nation Media Group. All Rights Reserved."])
    assert _publication(text) != "Nation"


def test_a_name_heading_the_footers_legal_links_is_the_site():
    assert site_name(["Levante-Sur", "Suscríbete"], ["Levante-Sur", "Aviso legal", "Política de privacidad"],
                     COMMON) == "Levante-Sur"


def test_the_site_is_cited_without_its_domain_ending():
    text = "\n".join(["L'Eco Sarda.it", "Cronaca", "Politica", "", "Night ferries suspended on the harbour route",
                      "By Rafiq Hasan", "June 18, 2025", "", *_STORY, "", "L'Eco Sarda.it", "Chi siamo", "Contatti"])
    assert _publication(text) == "L'Eco Sarda"


def test_a_name_at_the_top_that_another_line_names_again_is_the_last_resort():
    text = "\n".join(["Fjordposten", "Nyheter", "Sport", "", "Night ferries suspended on the harbour route",
                      "By Rafiq Hasan", "June 18, 2025", "", *_STORY, "",
                      "Fjordposten arbeider etter Vær Varsom-plakatens regler for god presseskikk."])
    assert _publication(text) == "Fjordposten"


def test_a_menu_word_at_the_top_named_again_is_no_site():
    text = "\n".join(["News", "Sport", "Opinion", "", "Night ferries suspended on the harbour route",
                      "By Rafiq Hasan", "June 18, 2025", "", *_STORY, "", "More News from the harbour"])
    assert _publication(text) == ""


def test_a_city_in_the_menu_is_a_section_however_often_stories_name_it(tmp_path):
    text = ("Harbour Daily\nAssine\nBrasil\nSão Paulo\nInternacional\n\nBrasil\n"
            "Campinas opens a school for restorers of old houses\nPor Ana Lima\n04/09/2025 | 18h12\n\n"
            + "The school opened on Thursday in the old railway station, with forty students in its first class. " * 3
            + "\n\nIts second class starts in February, the city said on Thursday in a statement to reporters.\n\n"
            "Mais lidas\nBuses of Greater São Paulo will cost six per cent more from October, the regulator said\n"
            "Copyright © 1995 - 2025 Grupo Harbour\n")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    article = make_article(read_source(path.read_bytes(), "a.txt", "a.txt"), load_reader_rules()[0]).article
    assert article.publication != "São Paulo"


def test_a_word_inside_a_copyright_holder_is_not_the_site():
    # "Schweiz" is a section; the company "Ringier Medien Schweiz AG" holds the copyright.
    footer = ["Das Wichtigste aus der Schweiz und der Welt", "© 2026 Ringier Medien Schweiz AG"]
    assert site_name(["Schweiz", "Ausland"], footer, COMMON) == ""


def test_a_photographer_shooting_for_the_paper_names_it(tmp_path):
    text = ("Skip to main content\nLog In\nThe Harbour Globe\nMetro\nBusiness\n\n"
            "Volunteers bring a silent mill clock back to life\n\nBy Dana Reyes Globe Staff,Updated March 14, 2025\n\n"
            + "For almost forty years the clock atop the mill has shown the same wrong time, and on Saturday it will move. " * 2
            + "\n\nMembers of the club with the restored wheel in February.Peter Lind for The Harbour Globe\n\n"
            + "The restoration is the work of six retirees who climbed the tower every Tuesday and Thursday since May. " * 2
            + "\n\nTerms of Service\n©2025 Harbour Media Partners, LLC\n")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    article = make_article(read_source(path.read_bytes(), "a.txt", "a.txt"), load_reader_rules()[0]).article
    assert (article.publication, article.authors) == ("The Harbour Globe", ("Dana Reyes",))


def test_a_channel_s_number_ends_a_site_name_and_a_year_does_not():
    footer = ["Euroview 24 © 2023 | About us | Contact | Terms of use | Privacy policy"]
    assert site_name(["Euroview 24", "LIVE TV   Radio   News"], footer, COMMON) == "Euroview 24"
    assert site_name(["Budget 2024"], ["Budget 2024 © 2024 | About us | Contact"], COMMON) == ""
    text = "\n".join(["Euroview 24", "LIVE TV   Radio   News   Europe", "", "Night ferries suspended on the harbour "
                      "route", "By Rafiq Hasan", "June 18, 2025", "", *_STORY, "", *footer])
    assert _publication(text) == "Euroview 24"


def test_a_wordmark_in_lower_case_names_the_site_the_copyright_line_holds():
    footer = ["About Euroview 24   Contact   Careers", "© 2016 Euroview 24. All rights reserved."]
    assert wordmark_name("euroview24", footer) == "Euroview 24"
    assert wordmark_name("politics", ["© 2025 Politics Media Group"]) == ""  # no holder of its own, no words run together
    text = "\n".join(["euroview24", "News   Europe   World   Business", "", "Night ferries suspended on the harbour "
                      "route", "By Rafiq Hasan", "June 18, 2025", "", *_STORY, "", *footer])
    assert _publication(text) == "Euroview 24"


def test_a_masthead_in_capitals_or_opened_by_its_acronym_is_cited_as_a_reader_cites_it():
    story = ["", "Night ferries suspended on the harbour route", "By Rafiq Hasan", "June 18, 2025", "", *_STORY, ""]
    text = "\n".join(["ALLIED HARBOUR PRESS", "Home | World | Europe | Business | Sport", *story,
                      "© 2018 Allied Harbour Press. All rights reserved."])
    assert _publication(text) == "Allied Harbour Press"
    text = "\n".join(["MBN Melanesian Broadcasting Network", "Listen Live | Watch | News | Pacific | Sport", *story,
                      "MBN Melanesian Broadcasting Network", "About MBN | Careers | Contact", "© 2022 MBN."])
    assert _publication(text) == "Melanesian Broadcasting Network"
    assert readable_site_name("CPA | Continental Press Agency") == "Continental Press Agency"
    assert readable_site_name("NEW Harbour Daily") == "NEW Harbour Daily"  # no acronym of the rest
