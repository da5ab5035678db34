"""Bylines, bare names, the agency in a byline, and end-of-story credits."""

from __future__ import annotations

import pytest

from briefing.read.bylines import (
    byline_detail,
    credited_reporters,
    is_credit,
    read_byline,
    read_name_line,
    read_outlet_line,
)
from briefing.read.readerdata import load_reader_rules

OUTLETS = load_reader_rules()[0].outlets


@pytest.mark.parametrize("text, authors, wire", [
    ("By A. Person and Bea Second", ("A. Person", "Bea Second"), ""),
    ("di Giulia Ferraresi", ("Giulia Ferraresi",), ""),
    ("By Ann Lee, Bo Diaz and Cy Park", ("Ann Lee", "Bo Diaz", "Cy Park"), ""),
    ("By The Associated Press and FREIDA FRISARO", ("Freida Frisaro",), "The Associated Press"),
    ("- KAREN DEYOUNG AND GREG JAFFE", ("Karen Deyoung", "Greg Jaffe"), ""),
    ("Tom Alvarez in São Paulo", ("Tom Alvarez",), ""),
    ("By Martina Kovač in Brussels", ("Martina Kovač",), ""),
    ("By Ann Lee in Kyiv and Bo Diaz in Brussels", ("Ann Lee", "Bo Diaz"), ""),
    ("Olivia Brandt in Tashkent and Nukus", ("Olivia Brandt",), ""),
    ("Eleanor Whitcombe in Lockport, Louisiana", ("Eleanor Whitcombe",), ""),
    ("By Ann Lee in Kyiv and Bo Diaz", ("Ann Lee", "Bo Diaz"), ""),
    ("Por Mariana Quispe", ("Mariana Quispe",), ""),
    ("By Marta Rodrigues  with AFP", ("Marta Rodrigues",), "Agence France-Presse"),
    ("By JANE DOE Staff Writer", ("Jane Doe",), ""),
    ("By Dana Okafor-Reyes Globe Staff and Peter Lind Globe Correspondent,Updated March 14, 2025, 5:47 p.m.",
     ("Dana Okafor-Reyes", "Peter Lind"), ""),
    ("OLJ / Par Rania HADDAD-KHOURY, le 12 mai 2025 à 00h00", ("Rania Haddad-Khoury",), ""),
    ("Penulis Nur Fitriani Susanto", ("Nur Fitriani Susanto",), ""),
    ("Av Elin Åkerlund och Karim Haddad", ("Elin Åkerlund", "Karim Haddad"), ""),
    ("Door Joost van Dijk", ("Joost van Dijk",), ""),
    ("Autorka: Karolina Wierzbicka", ("Karolina Wierzbicka",), ""),
    ("de Ioana Bădescu, Radu Mărgineanu", ("Ioana Bădescu", "Radu Mărgineanu"), ""),
    ("by Nadia Rahmawati on 5 March 2025", ("Nadia Rahmawati",), ""),
    ("Rizka Putri (The Harbour Post)", ("Rizka Putri",), ""),
    ("Nasrin Jahan | Staff Correspondent", ("Nasrin Jahan",), ""),
    ("Tomás Ferreira | West Africa Correspondent", ("Tomás Ferreira",), ""),
    ("Briefing by Marta Solís, Associate Editor", ("Marta Solís",), ""),
    ("NEWSPAPER SECTION: Business    |    WRITERS: Chanya Boonmee in Chiang Mai and Teerapat Sukjai",
     ("Chanya Boonmee", "Teerapat Sukjai"), ""),
    ("Section: World | Writer: Ana Ruiz | Published: 3 March 2026", ("Ana Ruiz",), ""),
    ("Eirik Solbakken/NTB", ("Eirik Solbakken",), "Norsk Telegrambyrå"),
    ("By: Rhea Balonzo - Correspondent / @InqMindanao", ("Rhea Balonzo",), ""),
    ("Jane Doe and John Roe (AFP)", ("Jane Doe", "John Roe"), "Agence France-Presse"),
    ("Words: Kenneth Loh, Senior Correspondent", ("Kenneth Loh",), ""),
])
def test_bylines_name_people_and_agencies(text, authors, wire):
    byline = read_byline(" ".join(text.split()), OUTLETS)
    assert (byline.authors, byline.wire) == (authors, wire)


def test_a_byline_fused_with_a_date_keeps_the_date_apart():
    assert read_byline("By Danielle Haynes | Jan. 28, 2019 at 5:20 PM", OUTLETS).rest == "Jan. 28, 2019 at 5:20 PM"
    assert read_byline("By Rodrigo Paz - May 6, 2020", OUTLETS).rest == "May 6, 2020"
    assert read_byline("By Peter Lane | Fox News", OUTLETS).outlet == "Fox News"


@pytest.mark.parametrize("text", ["By the way, the talks failed.", "Protests erupt in Caracas", "di fronte al comune",
                                  "The Washington PostDemocracy Dies in Darkness", "- 2019"])
def test_lines_that_are_not_bylines(text):
    assert read_byline(text, OUTLETS) is None


def test_bare_names_and_what_sits_under_a_byline():
    assert read_name_line("Carla Ruiz", OUTLETS).authors == ("Carla Ruiz",)
    assert read_name_line("Pieter Vandeweyer en Lien Maes", OUTLETS).authors == ("Pieter Vandeweyer", "Lien Maes")
    assert read_name_line("Heard on All Things Considered", OUTLETS) is None
    assert byline_detail("BBC News, Santiago", OUTLETS) == "outlet"
    assert byline_detail("Staff Writer", OUTLETS) == "role"
    assert byline_detail("Caracas, Venezuela", OUTLETS) == "place"


def test_end_credits_are_recognised_and_name_the_reporters():
    assert is_credit("Reporting by Laura Mendez and Carlos Ortega; Editing by Peter Graff")
    assert credited_reporters("Reporting by Laura Mendez and Carlos Ortega; Editing by Peter Graff") == (
        "Laura Mendez", "Carlos Ortega")
    assert is_credit("Associated Press writer Adriana Gomez Licon contributed to this report.")
    assert credited_reporters("Sherman reported from Mexico City.") == ()
    assert not is_credit("The minister reported the figures to Congress on Monday.")


def test_an_unknown_outlet_after_the_names_is_not_a_name():
    assert read_byline("By JANE DOE FOR MAILONLINE", OUTLETS).authors == ("Jane Doe",)
    assert read_name_line("Por Telemundo", OUTLETS) is None
    assert read_name_line("Region Palm Beach County", OUTLETS) is None


def test_the_date_after_a_bylines_names_is_its_rest():
    assert read_byline("by Nadia Rahmawati on 5 March 2025", OUTLETS).rest == "5 March 2025"
    assert read_byline("By Ana Ruiz on Jan. 5, 2025", OUTLETS).rest == "Jan. 5, 2025"
    assert read_byline("de acuerdo con el ministro", OUTLETS) is None


def test_an_unknown_outlet_after_a_name_and_a_comma_is_no_second_author():
    assert read_name_line("Dana Whitfield, Inside Climate News", OUTLETS).authors == ("Dana Whitfield",)
    assert byline_detail("Journalist", OUTLETS) == "role"


def test_a_job_after_a_name_and_a_comma_is_no_second_author():
    assert read_name_line("Claire Henderson, Local Democracy Reporter", OUTLETS).authors == ("Claire Henderson",)
    assert read_byline("By Tomás Ruiz, Senior Health Correspondent", OUTLETS).authors == ("Tomás Ruiz",)


def test_a_label_with_a_small_word_inside_is_no_name():
    assert read_name_line("Available In", OUTLETS) is None
    assert read_name_line("Terms of Use", OUTLETS) is None
    assert read_name_line("Grace Mwale", OUTLETS).authors == ("Grace Mwale",)


@pytest.mark.parametrize("line", ["Elin Åkerlund", "Łukasz Ślęzak", "Ülkü Demir", "Øystein Ødegård"])
def test_a_name_may_begin_with_any_alphabets_capital(line):
    assert read_name_line(line, OUTLETS).authors == (line,)


@pytest.mark.parametrize("line", ["Redazione ANSA", "Redacción Deportes", "Save Story", "Share Via", "Tim Redaksi",
                                  "Local Democracy Reporter", "ESPN Staff Writer", "Verified Patch Staff Badge",
                                  "Cyprus Mail", "Harbour Courier"])
def test_a_newsroom_or_a_button_is_no_name(line):
    assert read_name_line(line, OUTLETS) is None


@pytest.mark.parametrize("line", ["Latin America correspondent", "West Africa correspondent, Abuja",
                                  "Seattle Times staff reporter"])
def test_a_beat_and_a_job_in_lower_case_is_no_name(line):
    assert read_name_line(line, OUTLETS) is None


def test_a_name_keeps_its_job_after_a_comma_or_in_capitals():
    assert read_name_line("Jane Doe, staff writer", OUTLETS).authors == ("Jane Doe",)
    assert read_byline("By Jane Doe Staff Writer", OUTLETS).authors == ("Jane Doe",)


def test_a_stamp_glued_to_a_byline_after_a_comma_is_its_rest():
    byline = read_byline("By Dana Okafor-Reyes Globe Staff,Updated March 14, 2025, 5:47 p.m.", OUTLETS)
    assert (byline.authors, byline.rest) == (("Dana Okafor-Reyes",), "Updated March 14, 2025, 5:47 p.m.")


def test_a_staff_job_with_an_agency_is_a_byline_of_no_one():
    byline = read_outlet_line("Staff writer, with CNA", OUTLETS)
    assert (byline.authors, byline.wire) == ((), "Central News Agency")
    assert read_outlet_line("Staff writer, with friends", OUTLETS) is None
