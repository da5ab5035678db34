"""Captions with their credits, credit lines, and repeated copies."""

from __future__ import annotations

import pytest

from briefing.read.captions import is_credit_line, read_caption, same_caption


@pytest.mark.parametrize("line, text, credit", [
    ("A worker empties a bin near the market on Monday. Tribune photo: Ravi Kumar",
     "A worker empties a bin near the market on Monday.", "Tribune photo: Ravi Kumar"),
    ("A patrol boat on the Tapajós river. Photograph: Nacho Doce/Reuters", "A patrol boat on the Tapajós river.",
     "Photograph: Nacho Doce/Reuters"),
    ("Nurses prepare a ward at the new hospital. (Delmer Martinez/AP)", "Nurses prepare a ward at the new hospital.",
     "Delmer Martinez/AP"),
    ("Police stand outside Congress in Lima [File: Sebastian Castaneda/Reuters]", "Police stand outside Congress in Lima",
     "File: Sebastian Castaneda/Reuters"),
    ("Image caption, Relatives waited at the mine entrance", "Relatives waited at the mine entrance", ""),
    ("— AP PHOTO While there were signs of dissent, officials waited.", "While there were signs of dissent, officials waited.",
     "AP PHOTO"),
    ("A jet sits on the tarmac after the emergency landing. (Photo: News1)",
     "A jet sits on the tarmac after the emergency landing.", "Photo: News1"),
    ("Commuters wait for a train in Bengaluru. File | Photo Credit: The Hindu", "Commuters wait for a train in Bengaluru.",
     "File | Photo Credit: The Hindu"),
    ("Water surrounds houses on Friday evening. (ABC Wide Bay: Aisha Nakamura)", "Water surrounds houses on Friday evening.",
     "ABC Wide Bay: Aisha Nakamura"),
    ("Des immeubles à Lisbonne, le 2 juin 2025. JOANA SILVA / AFP", "Des immeubles à Lisbonne, le 2 juin 2025.",
     "JOANA SILVA / AFP"),
    ("A car assembly line in Lower Saxony © Bloomberg", "A car assembly line in Lower Saxony", "© Bloomberg"),
    ("Trucks park along the expressway in Karachi on Sunday. — Photo by author",
     "Trucks park along the expressway in Karachi on Sunday.", "Photo by author"),
    ("Commuters wait for a bus outside the station on Monday. | Kyodo", "Commuters wait for a bus outside the station on Monday.",
     "Kyodo"),
    ("Robots will ferry used trays to washing areas. ST PHOTO: LIM YAOHUI", "Robots will ferry used trays to washing areas.",
     "ST PHOTO: LIM YAOHUI"),
    ("I magazzini del Porto Vecchio, abbandonati da decenni (foto Ansa)", "I magazzini del Porto Vecchio, abbandonati da decenni",
     "foto Ansa"),
    ("Passengers board a train at Gangnam Station on Thursday. (Yonhap)", "Passengers board a train at Gangnam Station on Thursday.",
     "Yonhap"),
    ("The pier was damaged during high winds on Tuesday night (File image)", "The pier was damaged during high winds on Tuesday night",
     "File image"),
    ("Cattle seized by agents in a corral last week.Credit...Beatriz Carneiro for The New York Times",
     "Cattle seized by agents in a corral last week.", "Credit...Beatriz Carneiro for The New York Times"),
    ("A stake sticks out of bare ice in August 2025. Marta Keller, CC BY-ND", "A stake sticks out of bare ice in August 2025.",
     "Marta Keller, CC BY-ND"),
    ("Residents fill cans from a municipal tanker on Thursday. (HT PHOTO)",
     "Residents fill cans from a municipal tanker on Thursday.", "HT PHOTO"),
    ("The rookie is mobbed by teammates after his double in the ninth inning. Jamie Kowalczyk/Getty Images",
     "The rookie is mobbed by teammates after his double in the ninth inning.", "Jamie Kowalczyk/Getty Images"),
    ("Phương tiện lưu thông trên đường Vành đai 3 trên cao. Ảnh: Giang Huy", "Phương tiện lưu thông trên đường Vành đai 3 trên cao.",
     "Ảnh: Giang Huy"),
    ("Nocny autobus linii 245 na przystanku (Fot. Tomasz Rzepecki)",
     "Nocny autobus linii 245 na przystanku", "Fot. Tomasz Rzepecki"),
    ("The plant sits on the shore of Green Bay in Wisconsin. Carla Benning / Inside Climate News",
     "The plant sits on the shore of Green Bay in Wisconsin.", "Carla Benning / Inside Climate News"),
    # an agency the reader does not know, its photographer and "File Photo", between slashes
    ("A haul truck moves through an open pit in the Hamersley Range, May 3, 2022. Coral Sea Wire/Ana Ribeiro/File "
     "Photo",
     "A haul truck moves through an open pit in the Hamersley Range, May 3, 2022.",
     "Coral Sea Wire/Ana Ribeiro/File Photo"),
    ("Nemocnica v Rožňave. (Zdroj: TASR)", "Nemocnica v Rožňave.", "Zdroj: TASR"),
    ("Banner image: A Sumatran elephant in Riau province. Image by Fajar Nugroho/Mongabay Indonesia.",
     "A Sumatran elephant in Riau province.", "Image by Fajar Nugroho/Mongabay Indonesia"),
    ("Buses wait at the depot on Calle Mayor during the morning strike, in a file image (Laia Ferrer)",
     "Buses wait at the depot on Calle Mayor during the morning strike, in a file image", "Laia Ferrer"),
    ("Il parcheggio davanti alla stazione (Archivio L'Eco Sarda)", "Il parcheggio davanti alla stazione", "Archivio L'Eco Sarda"),
    ("Ferries queue at the river crossing in Chandpur on Tuesday, June 3, 2025, waiting for the tide | Harbour Tribune",
     "Ferries queue at the river crossing in Chandpur on Tuesday, June 3, 2025, waiting for the tide", "Harbour Tribune"),
    # a copied page glues the credit to the caption's full stop
    ("A crew checked the gears inside the clock tower last week.Dana Reyes/Globe Staff",
     "A crew checked the gears inside the clock tower last week.", "Dana Reyes/Globe Staff"),
    ("Members of the club with the restored wheel in February.Peter Lind for The Harbour Globe",
     "Members of the club with the restored wheel in February.", "Peter Lind for The Harbour Globe"),
    ("Des élèves du cours du soir, à Zahlé, le 8 mai 2025. Photo R. H.-K.", "Des élèves du cours du soir, à Zahlé, le 8 mai 2025.",
     "Photo R. H.-K."),
    # a label and a colon before what the photo shows
    ("Photo: Boats from both fleets tie up at the wharf at dusk. (Dana Reyes for The Harbour Review)",
     "Boats from both fleets tie up at the wharf at dusk.", "Dana Reyes for The Harbour Review"),
    ("PHOTO: Residents hold up placards during Saturday's consultation in Jericho Pen.",
     "Residents hold up placards during Saturday's consultation in Jericho Pen.", ""),
    # a caption's label and the caption in brackets
    ("[Photo caption: Fishermen clear weed from their boats last week. (Picture by Dana Reyes)]",
     "Fishermen clear weed from their boats last week.", "Picture by Dana Reyes"),
    ("[Caption: Fishermen clear weed from their boats last week at the bay.]",
     "Fishermen clear weed from their boats last week at the bay.", ""),
])
def test_captions_and_their_credits(line, text, credit):
    caption = read_caption(line, 9)
    assert (caption.text, caption.credit, caption.line) == (text, credit, 9)


@pytest.mark.parametrize("line", ["The court ruled that the vote was valid.", "Prices rose 5% (year on year).",
                                  "The ministry released a statement on the crash (photo evidence was withheld).",
                                  "The minister named two aides (Foreign Office: Jane Doe and John Roe) on Monday.",
                                  "Analysts said the deal was worth $2 billion, according to the OECD / IMF.",
                                  "He cited the report [sic] twice.",
                                  "The route runs north of the border. Israel/Gaza talks resume on Monday.",
                                  "The fund lost 4% over the year (PHOTO finish for the managers).",
                                  "The council backed the plan with the votes of the opposition (Partido Popular).",
                                  "Harbour ferries cut night crossings for six weeks | Harbour Tribune"])
def test_body_sentences_are_not_captions(line):
    assert read_caption(line, 1) is None


def test_credit_lines_and_copies():
    assert is_credit_line("Jonnathan Oyarzun/Getty Images, Gaby Oraa/Bloomberg/Getty Images")
    assert is_credit_line("Daniel Ortiz for NPR")
    assert read_caption("Photo: Lotte Brink for Lowlands Courier", 1) is None  # a credit line, whose label is no caption
    assert not is_credit_line("Border volunteers honoured for 40 years of service")  # a headline, not "Name for Outlet"
    assert is_credit_line("Permission granted by Cascade Valley Electric")
    assert is_credit_line("Courtesy of the Harbour Museum")
    assert is_credit_line("Kuva: Jarkko Heikkinen / Yle")
    assert is_credit_line("Foto Rui Matos") and is_credit_line("Снимка: Анелия Стоянова")
    assert is_credit_line("Image Credit: Antonio Rodrigues/Harbour News")
    assert not is_credit_line("Foto Pessoas vão votar")  # "Foto" over words that are no name
    assert is_credit_line("Star file photo") and is_credit_line("Staff photo")
    assert is_credit_line("fot. Piotr Zieliński") and is_credit_line("Copyright: Jens Hellmann")
    assert not is_credit_line("Copyright: Harbour Media Group")
    assert is_credit_line("© Tom Palmaers") and is_credit_line("© Tagesspiegel/Lena Kordes")
    assert is_credit_line("Foto N – Tomáš Hrivňák")
    assert not is_credit_line("© Aftenposten AS")  # a company's copyright line
    assert is_credit_line("Jamie Lee, EPA", ("EPA",))
    assert not is_credit_line("Kathmandu, Nepal", ("EPA",))  # an agency is a whole word
    assert not is_credit_line("The minister said the plan would work.")
    assert same_caption("Ministers gather in Brussels on Thursday.",
                        "Ministers gather in Brussels on Thursday. Copyright Virginia Mayo/AP Photo")
    assert not same_caption("Ministers gather.", "Farmers protest.")


def test_a_paragraph_longer_than_any_caption_is_none_whatever_it_ends_with():
    paragraph = "The ferry was late again on Monday, passengers said, and the operator blamed the weather. " * 12
    assert read_caption(paragraph + "(Photo: Dana Whitfield)", 1) is None
    assert read_caption("Passengers wait at the quay. (Photo: Dana Whitfield)", 1) is not None
