"""The end of a story: what follows its last paragraph of news is set aside with its reason, and a
correction, which the outlet printed as part of the article, stays."""

from __future__ import annotations

import pytest

from briefing.read.endnotes import ARTICLE_NOTE, AUTHOR_NOTE, closing_note, sign_off
from briefing.read.marks import Line, Mark
from briefing.read.rawtext import read_raw_text
from briefing.read.readerdata import load_reader_rules

RULES, _ = load_reader_rules()


def _label(text: str) -> Mark:
    return Mark(Line(1, text, text, 1), "short")


def _story(*closing: str) -> str:
    return "\n\n".join((
        "Harbour dredging halted after fish deaths\nBy Ana Lindgren\nMarch 11, 2025",
        "The port authority stopped dredging the inner harbour on Tuesday after hundreds of dead fish surfaced.",
        "Tests of the water are due on Friday, the authority said.",
        "Dredging will not resume before the results are known.", *closing))


@pytest.mark.parametrize("text, above, reason", [
    ("Local Democracy Reporting is Public Interest Journalism funded through the Press Fund.", "", ARTICLE_NOTE),
    ("This series is supported in part by a grant from the Coastal Trust.", "", ARTICLE_NOTE),
    ("For more reporting on Malawi, please visit:", "", "furniture: links to more"),
    ("Acme Shipping is a leading operator of feeder vessels in the Baltic.", "Acme Shipping in brief",
     "furniture: description of the sender"),
    ("Northwind Energy develops wind farms in four countries.", "About Northwind Energy",
     "furniture: description of the sender"),
    ("Celeste is a freelance science writer based in Portland.", "Celeste Morrow", AUTHOR_NOTE),
    ("Jornalista da secção Local, escreve sobre mobilidade e habitação.", "Marta Vasconcelos Pires", AUTHOR_NOTE),
    ("Get the week's biggest science stories, delivered Friday.", "Sign up for our newsletter",
     "furniture: newsletter sign-up"),
    ("The Daily Ledger does not append comment threads to wire stories. Rather, we focus on local ones.", "",
     "furniture: appeal to the reader"),
    ("Simak berita pilihan kami langsung di ponselmu. Pilih saluran WhatsApp Channel. Pastikan kamu sudah install.", "",
     "furniture: appeal to the reader"),
    ("Primește în fiecare dimineață cele mai importante știri ale zilei.", "Abonează-te la newsletterul HotNews.ro",
     "furniture: newsletter sign-up"),
    ("Rebràs cada divendres les notícies més destacades.", "Subscriu-te al butlletí Ara Girona",
     "furniture: newsletter sign-up"),
    ("Mongabay is a nonprofit environmental news platform reporting from more than 80 countries.", "",
     "furniture: the outlet describing itself"),
    ("This story was reported by Mongabay's Indonesia team and first published on our Indonesian site.", "", ARTICLE_NOTE),
    ("Elin Sandberg är reporter på Stockholmsredaktionen och bevakar vård och omsorg.", "", AUTHOR_NOTE),
    ("Giulia Ferri è giornalista della redazione di Bologna.", "", AUTHOR_NOTE),
    ("Dana Kowalczyk can be reached at dana.kowalczyk@example.com.", "", AUTHOR_NOTE),
    ("Source: CNA/ds(jo)", "", "source credit"),
    ("Quelle: F.A.Z.", "", "source credit"),
    ("Jeden Morgen die wichtigsten Nachrichten aus der Stadt, kompakt zusammengefasst.",
     "Hamburg heute – der Newsletter für Hamburg", "furniture: newsletter sign-up"),
    ("¿Te ha gustado este artículo? El periodismo independiente solo es posible con el apoyo de quienes lo leen.", "",
     "furniture: appeal to the reader"),
])
def test_what_closes_a_story_and_is_not_news(text, above, reason):
    assert closing_note(text, _label(above) if above else None, above) == reason


@pytest.mark.parametrize("text, above", [
    # News that happens to talk of funding, links, a company or a person.
    ("The dredging is funded by the port's own reserves and is expected to cost $4.8 million.", ""),
    ("The project was funded through a federal grant, the authority said.", ""),
    ("Acme Shipping said it would appeal the fine.", "About the fine"),
    ("Morrow said the samples would be tested again.", "Celeste Morrow"),
    ("Correction: An earlier version of this story misstated the number of dead fish. It was about 300.", ""),
    ("This story has been updated to clarify when the tests are due.", ""),
    ("Officials said more details would follow:", ""),
    ("The port is a major employer in the region, the mayor said.", ""),
    ("Reuters said the report was written by two analysts.", ""),
])
def test_news_and_corrections_close_a_story(text, above):
    assert closing_note(text, _label(above) if above else None, above) == ""


def test_the_notes_after_a_story_are_set_aside_in_turn():
    found = read_raw_text(_story(
        "Celeste Morrow\nCeleste is a freelance science writer based in Portland, who covers the coast.",
        "Local Democracy Reporting is Public Interest Journalism funded through the Press Fund.",
        "For more reporting on the harbour, please visit:\nHarbour\nEnvironment"), 1, RULES)
    assert found.paragraphs[-1] == "Dredging will not resume before the results are known."
    reasons = {r.text: r.reason for r in found.removed}
    assert reasons["Local Democracy Reporting is Public Interest Journalism funded through the Press Fund."] == ARTICLE_NOTE
    assert reasons["Celeste is a freelance science writer based in Portland, who covers the coast."] == AUTHOR_NOTE


def test_a_correction_stays_the_last_paragraph():
    correction = "Correction: An earlier version of this story misstated the number of dead fish. It was about 300."
    assert read_raw_text(_story(correction), 1, RULES).paragraphs[-1] == correction


def test_every_paragraph_under_an_about_heading_describes_the_sender():
    found = read_raw_text(_story("About Nokia\nAt Nokia, we create technology that helps the world act together.\n"
                                 "As a technology leader, we are pioneering networks that sense and act."), 1, RULES)
    assert found.paragraphs[-1] == "Dredging will not resume before the results are known."


def test_a_release_ends_before_the_companys_description():
    found = read_raw_text(_story("Media contact:\nJo Berg\nCommunications Manager, Acme Shipping",
                                 "Acme Shipping in brief\nAcme Shipping is a leading operator of feeder vessels.",
                                 "About Northwind\nNorthwind develops wind farms in four countries."), 1, RULES)
    assert found.paragraphs[-1] == "Dredging will not resume before the results are known."


def test_a_funding_note_does_not_name_the_site():
    # The header shows "Local Democracy Reporting" over the story; the note below names it again, but
    # a note on who funds the reporting is no footer naming the site.
    page = "Coastal News\nLocal Democracy Reporting\n" + _story(
        "Local Democracy Reporting is Public Interest Journalism funded through the Press Fund.")
    assert read_raw_text(page, 1, RULES).publication is None


def test_a_menus_latest_news_is_not_the_site_though_the_footer_promotes_it():
    page = "Home\nLatest News\nIndia\nWorld\n" + _story(
        "Get Current Updates on India News along with Latest News and Top Headlines from India and around the world.")
    assert read_raw_text(page, 1, RULES).publication is None


def test_a_comment_sections_text_is_not_the_story():
    found = read_raw_text(_story(
        "Comments\nPlease note you must be a member to comment.\n"
        "Everybody has an opinion but not everyone has the knowledge to add to a discussion. That is what we want."),
        1, RULES)
    assert found.paragraphs[-1] == "Dredging will not resume before the results are known."


def test_the_rules_of_a_comment_section_are_not_the_story():
    found = read_raw_text(_story("The rules of replying:\nBe respectful. This is a space for friendly local discussions.\n"
                                 "Be transparent. Use your real name, and back up your claims."), 1, RULES)
    assert found.paragraphs[-1] == "Dredging will not resume before the results are known."


def test_a_reporters_box_under_a_name_that_signed_the_story():
    note = "Píše o zdravotníctve a regiónoch východného Slovenska."
    assert closing_note(note, _label("Zuzana Petríková"), "Zuzana Petríková", frozenset({"zuzana petríková"})) == AUTHOR_NOTE
    # A subheading of two capitalised words over the story's last paragraph is no reporter's box.
    assert closing_note("The council will vote in June.", _label("Looking Ahead"), "Looking Ahead",
                        frozenset({"zuzana petríková"})) == ""


def test_the_boxes_of_the_reporters_who_signed_it_end_the_story():
    page = _story("Ana Lindgren\nReporter, Coast\nShe writes about ports and shipping from Gothenburg.").replace(
        "By Ana Lindgren", "By Ana Lindgren and Jo Berg")
    assert read_raw_text(page, 1, RULES).paragraphs[-1] == "Dredging will not resume before the results are known."


@pytest.mark.parametrize("text, names, mark", [
    ("“We are tired of next week.” DM", ("", "Daily Maverick"), "DM"),
    ("The talks resume on Monday. AFP", ("Agence France-Presse", ""), "AFP"),
    ("The talks resume on Monday. AP", ("The Associated Press", ""), "AP"),
    ("The talks resume on Monday. DM", ("", "Daily Mirror"), "DM"),
    # capitals that are not the outlet's are the story's, or a reader's guess would be
    ("The talks resume on Monday. DM", ("", "The Guardian"), ""),
    ("The talks were held at the UN", ("", "United Nations Weekly"), ""),
    ("Shares rose 4% on the NYSE", ("", "New York Sun"), ""),
])
def test_an_outlets_sign_off_ends_the_story(text, names, mark):
    assert sign_off(text, names) == mark


def test_the_sign_off_is_set_aside_from_the_last_paragraph():
    found = read_raw_text("\n\n".join((
        "Dredging halted after fish deaths", "By Ana Lindgren", "March 11, 2025",
        "CAPE TOWN (AFP) - The port authority stopped dredging the inner harbour on Tuesday after dead fish surfaced.",
        "Tests of the water are due on Friday, the authority said.",
        "Dredging will not resume before the results are known. AFP")), 1, RULES)
    assert found.paragraphs[-1] == "Dredging will not resume before the results are known."
    assert ("AFP", "furniture: the outlet's sign-off") in {(r.text, r.reason) for r in found.removed}


@pytest.mark.parametrize("button", ["Assine já", "Subscribe now", "Donate", "Suscríbete", "Jetzt abonnieren"])
def test_a_paragraph_over_a_button_sells_the_site(button):
    found = read_raw_text(_story(f"Readers make the paper\nOur reporting depends on those who read it, and it stays free "
                                 f"of any owner's interest.\n{button}"), 1, RULES)
    assert found.paragraphs[-1] == "Dredging will not resume before the results are known."
    assert ("Our reporting depends on those who read it, and it stays free of any owner's interest.",
            "furniture: the outlet's own promotion") in {(r.text, r.reason) for r in found.removed}


def test_a_correction_under_the_credit_that_ends_the_story_is_its_last_paragraph():
    correction = "Correction: An earlier version of this article misstated the number of dead fish. It was about 300."
    found = read_raw_text(_story(f"Lior Katz contributed to this report.\n{correction}\nClick the alert icon to follow "
                                 "topics:\nHarbour"), 1, RULES)
    assert found.paragraphs[-1] == correction
    assert "Lior Katz contributed to this report." not in found.paragraphs


@pytest.mark.parametrize("closing", [
    "How we reported this story\nOur reporter attended the meeting and interviewed eleven traders over two days.",
    "Katharina Lübbers ist Redakteurin im Berlin-Ressort und schreibt über Verkehr.",
    "Ana Lindgren\nAna Lindgren pracuje v redakcii od roku 2019 a venuje sa regiónom.",
    "Mehr aus dem Hafen lesen Sie in unserem Newsletter. Jeden Dienstag berichten wir über die Stadt.",
])
def test_notes_on_how_and_by_whom_a_story_was_made_close_it(closing):
    found = read_raw_text(_story(closing), 1, RULES)
    assert found.paragraphs[-1] == "Dredging will not resume before the results are known."


def test_a_paragraph_over_a_link_that_is_no_button_stays():
    found = read_raw_text(_story("The council meets again in April to decide on the next phase of the works.\n"
                                 "Harbour works"), 1, RULES)
    assert found.paragraphs[-1] == "The council meets again in April to decide on the next phase of the works."


def test_comment_rules_under_a_heading_of_their_own_close_the_story():
    found = read_raw_text(_story("COMMENTS", "Comments must be in English and written in complete sentences. "
                                             "They should not be abusive or personal."), 1, RULES)
    assert found.paragraphs[-1] == "Dredging will not resume before the results are known."


def test_a_paragraph_over_a_socio_a_button_sells_the_site():
    found = read_raw_text(_story("El periodismo local necesita lectores que lo sostengan.\nHazte socio/a"), 1, RULES)
    assert found.paragraphs[-1] == "Dredging will not resume before the results are known."
