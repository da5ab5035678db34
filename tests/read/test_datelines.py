"""Datelines of every form, split from the first paragraph with their agency and day."""

from __future__ import annotations

import pytest

from briefing.dates import PartialDate
from briefing.read.datelines import split_dateline
from briefing.read.readerdata import load_reader_rules


@pytest.mark.parametrize("paragraph, place, wire, days", [
    ("MIAMI (AP) — The storm hit.", "MIAMI", "AP", ()),
    ("CARACAS, Venezuela (AP) — The storm hit.", "CARACAS, Venezuela", "AP", ()),
    ("WASHINGTON, June 2 (Reuters) - The storm hit.", "WASHINGTON", "Reuters", ((6, 2),)),
    ("Jan. 28 (UPI) -- The storm hit.", "", "UPI", ((1, 28),)),
    ("Caracas, 3 ago (EFE).- The storm hit.", "Caracas", "EFE", ((8, 3),)),
    ("SANTIAGO, 3 Ago. (EUROPA PRESS) - The storm hit.", "SANTIAGO", "EUROPA PRESS", ((8, 3),)),
    ("CARACAS — The storm hit.", "CARACAS", "", ()),
    ("CARACAS - The storm hit.", "CARACAS", "", ()),
    ("Port-au-Prince (AFP) – The storm hit.", "Port-au-Prince", "AFP", ()),
    ("Quito, Ecuador — The storm hit.", "Quito, Ecuador", "", ()),
    ("La Habana, 3 ago (Prensa Latina) The storm hit.", "La Habana", "Prensa Latina", ((8, 3),)),
    ("YANGON, Feb. 26, 2021 (Reuters) - The storm hit.", "YANGON", "Reuters", ((2, 26),)),
    ("NEW YORK, Feb 26 2021 — The storm hit.", "NEW YORK", "", ((2, 26),)),
    ("Caracas, 3 de agosto de 2021 (EFE).- The storm hit.", "Caracas", "EFE", ((8, 3),)),
    ("PARIS, 28 février (AFP) - The storm hit.", "PARIS", "AFP", ((2, 28),)),
    ("MOSCOW, November 28. /TASS/. The storm hit.", "MOSCOW", "TASS", ((11, 28),)),
    ("NEW YORK, Nov. 28, 2025 /PRNewswire/ -- The storm hit.", "NEW YORK", "PRNewswire", ((11, 28),)),
    ("SAN FRANCISCO--(BUSINESS WIRE)--The storm hit.", "SAN FRANCISCO", "BUSINESS WIRE", ()),
    ("PUNE: The storm hit.", "PUNE", "", ()),
    ("ARLINGTON, Va. (Feb. 3, 2025) – The storm hit.", "ARLINGTON, Va.", "", ((2, 3),)),
    ("NEW DELHI: The storm hit.", "NEW DELHI", "", ()),
    ("BRASÍLIA The storm hit.", "BRASÍLIA", "", ()),
    ("SÃO PAULO The storm hit.", "SÃO PAULO", "", ()),
    ("(ANSA) - TREVISO, 05 GIU - The storm hit.", "TREVISO", "ANSA", ((6, 5),)),
    ("(AFP) – PARIS - The storm hit.", "PARIS", "AFP", ()),
    ("BAHÍA BLANCA.– The storm hit.", "BAHÍA BLANCA", "", ()),
    ("Dubai: The storm hit.", "Dubai", "", ()),
    ("MECHELEN | The storm hit.", "MECHELEN", "", ()),
    ("Hamburg. The storm hit.", "Hamburg", "", ()),
    ("Chandigarh, November 4: The storm hit.", "Chandigarh", "", ((11, 4),)),
    ("BRUSSELS/TBILISI — The storm hit.", "BRUSSELS/TBILISI", "", ()),
    ("DOHA/KATHMANDU, Nov 14 (APN) - The storm hit.", "DOHA/KATHMANDU", "APN", ((11, 14),)),
    ("LONDON/NEW YORK (Reuters) - The storm hit.", "LONDON/NEW YORK", "Reuters", ()),
    ("KAMPONG LUONG, Pursat province — The storm hit.", "KAMPONG LUONG, Pursat province", "", ()),
    ("ZENICA, Bosnia and Herzegovina, March 4 - The storm hit.", "ZENICA, Bosnia and Herzegovina", "", ((3, 4),)),
    ("KOLWEZI, Democratic Republic of Congo (GLW) — The storm hit.", "KOLWEZI, Democratic Republic of Congo", "GLW", ()),
    ("GOMA, Democratic Republic of the Congo — The storm hit.", "GOMA, Democratic Republic of the Congo", "", ()),
])
def test_every_dateline_form(paragraph, place, wire, days):
    found = split_dateline(paragraph)
    assert (found.place, found.wire, found.days, found.rest) == (place, wire, days, "The storm hit.")


@pytest.mark.parametrize("paragraph", ["Thanks. The storm hit.", "Tuesday, November 4: The storm hit.", "Brenner. The name alone still frightens drivers.",
                                       "Mr. Pompeo — said nothing.", "The United States — and its allies — agreed.",
                                       "NOTE: This story was updated.", "UPDATE: The storm hit.",
                                       "US President Joe Biden said so.", "NATO Secretary General Mark Rutte said so.",
                                       "CHINA Daily reported it.",
                                       "He said - again - that it was over.", "The vote was 52/48. It passed.",
                                       "Officials in Paris said the ratio was 3/4. Talks went on."])
def test_sentences_with_dashes_have_no_dateline(paragraph):
    assert split_dateline(paragraph) is None


def test_a_dateline_with_its_year_states_a_date():
    found = split_dateline("YANGON, Feb. 26, 2021 (Reuters) - The storm hit.")
    assert [m.candidates for m in found.dates] == [(PartialDate(2021, 2, 26),)]
    assert split_dateline("WASHINGTON, June 2 (Reuters) - The storm hit.").dates == ()


def test_a_paragraph_that_is_only_a_dateline():
    found = split_dateline("MAZABUKA, Zambia, Mar 12 2025 (IPS)")
    assert (found.place, found.wire, found.rest, [m.text for m in found.dates]) == ("MAZABUKA, Zambia", "IPS", "",
                                                                                   ["Mar 12 2025"])


def test_an_agencys_regional_desk_after_a_slash_is_the_agency():
    dateline = split_dateline("Rostock (dpa/mv) - Der Kreuzfahrthafen steuert auf eine Rekordsaison zu.")
    assert (dateline.place, dateline.wire, dateline.rest) == ("Rostock", "dpa", "Der Kreuzfahrthafen steuert auf eine Rekordsaison zu.")


def test_a_place_in_capitals_and_a_full_stop():
    dateline = split_dateline("STEYR. Das Stadtbad wird ab Mai saniert.")
    assert (dateline.place, dateline.rest) == ("STEYR", "Das Stadtbad wird ab Mai saniert.")
    assert split_dateline("UPDATE. The council met again on Monday.") is None  # a label, not a place


def test_a_place_and_chevrons():
    dateline = split_dateline("HILO >> The county will close the fields for six months.")
    assert (dateline.place, dateline.rest) == ("HILO", "The county will close the fields for six months.")


def test_a_place_with_a_capital_of_another_latin_alphabet():
    dateline = split_dateline("Świnoujście (PAP) – Od poniedziałku promy będą pływać rzadziej.")
    assert (dateline.place, dateline.wire, dateline.rest) == ("Świnoujście", "PAP", "Od poniedziałku promy będą pływać rzadziej.")
    assert split_dateline("Łódź (PAP) – Tramwaje wracają na Piotrkowską.").place == "Łódź"


def test_a_place_alone_in_parentheses_is_a_dateline_but_an_outlet_is_not():
    outlets = load_reader_rules()[0].outlets
    dateline = split_dateline("(Lilongwe) – Public schools are charging unlawful fees.", outlets)
    assert (dateline.place, dateline.rest) == ("Lilongwe", "Public schools are charging unlawful fees.")
    assert split_dateline("(Reuters) - The storm hit the coast.", outlets) is None
    assert split_dateline("(CNN) — The storm hit the coast.", outlets) is None
    # Without the outlets to tell them apart, a name in parentheses is left alone.
    assert split_dateline("(Lilongwe) – Public schools are charging unlawful fees.") is None


def test_a_sites_address_after_the_place_is_the_site_not_the_region():
    found = split_dateline("SEMARANG, KOMPAS.com - Banjir rob kembali merendam kawasan pelabuhan.")
    assert (found.place, found.site, found.rest) == ("SEMARANG", "KOMPAS.com", "Banjir rob kembali merendam kawasan pelabuhan.")
    assert split_dateline("Quito, Ecuador — The storm hit.").site == ""
