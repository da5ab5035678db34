"""Tell a discovered name's kind: a person, an organisation, a country or another place."""

from __future__ import annotations

import functools
import re

from briefing.extract.lexicon import Lexicon, fold_word, is_country_agency, is_legal_form, is_organisation_word

GOVERNING = frozenset({"council", "assembly", "government", "municipality", "police", "parliament", "court", "senate",
                       "authority", "administration", "office", "department", "ministry", "commission", "committee",
                       "board", "secretariat", "tribunal", "cabinet"})
"""The words of a body that governs what its name's other words name ("Navajo Nation Council", "Beaufort West
Municipality"): the name without them is the place's or the people's, not the body's."""


@functools.lru_cache(maxsize=1 << 14)
def guess_kind(words: tuple[str, ...], lex: Lexicon, *, titled: bool = False, after_preposition: bool = False,
               after_locative: bool = False, described: bool = False) -> str:
    """Return the kind a name shows by itself, or "" when it shows none (remembered: every article's names are
    told twice, and the same names recur).

    A place is in the shipped list or starts with a place word ("San", "Port"); an organisation has an organisation word ("Forces", "Group")
    or is an acronym, or the text calls it one (described: "the manufacturer …"); a person has a
    title or a given name and a family name.
    """
    folded = fold_word(" ".join(words))
    if folded in lex.countries:
        return "country"
    head = next((words[:i] for i, word in enumerate(words) if word.islower()), ())
    if any(is_organisation_word(word, lex) for word in head) or is_country_agency(words, lex):
        return "organisation"  # what it is for may be a place: "International Fund for Saving the Aral Sea"
    if city_council(words):
        return "organisation"
    if any(len(word) >= _COMMON_NOUN and word.islower() and fold_word(word) not in lex.connectors for word in words):
        return "organisation"  # a name in sentence case has common nouns, no person's ("Srpska lista")
    if len(words) >= 3 and any(word in _JOINING_WORDS for word in words[1:-1]) and folded not in lex.places:
        # "Mères en Colère des Quartiers Nord": "en" joins nouns, no person's names ("Wallis and Futuna" is a place)
        return "organisation"
    if folded in lex.places or (len(words) >= 2 and fold_word(words[-1]) in lex.place_suffixes) or (
            len(words) >= 2 and fold_word(words[-1]).rpartition("-")[2] in _JOINED_PLACE_SUFFIXES) or (
            len(words) >= 3 and fold_word(words[-1]) in _POINTS and fold_word(words[-2]) in lex.place_suffixes) or any(
            word in TOWN_PARTICLES or _COMPASS_POINTS.match(word) for word in words[1:]) or (
            len(words) == 2 and fold_word(words[0]) in ROADS | NUMBERED_AREAS and words[1][:1].isdigit()) or (
            len(words) >= 3 and fold_word(words[0]) in WATER_OF_HEADS and words[1] == "of") or (
            len(words) >= 3 and words[-2] in ("do", "da") and fold_word(words[-1]) in _PORTUGUESE_POINTS):
        return "place"
    if any(is_organisation_word(word, lex) and not inner_legal_form(words, index, lex)
           and not personal_name_word(words, index) for index, word in enumerate(words)) or (
            _begins_with_acronym(words) and not titled and not _family_name_first(words, lex)):
        return "organisation"
    if titled:
        return "person"
    if described or all_acronyms(words) or (len(words) >= 2 and fold_word(words[0]) in _BODY_FIRST_WORDS):
        # "Royal Dutch Shell", "Royal Monetary Authority", "Save Lamu": a crown's body or charter, or a campaign, no
        # one's name
        return "organisation"
    if len(words) >= 2 and (fold_word(words[0].rstrip(".")) in lex.place_words or fold_word(words[0]) in DIRECTIONS or (
            fold_word(words[0]) in NEW_OR_OLD and fold_word(" ".join(words[1:])) in lex.all_places)):
        return "place"  # "Port Sudan", "New Amsterdam"
    if len(words) >= 2 and (fold_word(words[0]) in _PLURAL_ARTICLES or words[0] in _ARTICLES_ALONE):
        # "Les Lauriers-Roses", "Los Zetas", "A Illa de Arousa": no one's
        return "place" if after_locative or after_preposition else ""
    if len(words) >= 2:  # most often after "in", "near": a place the shipped list lacks ("in Kota Bharu")
        return "place" if after_locative else "person"
    if len(words) == 1 and _LAND_OF.search(words[0]):
        return "place"
    return "place" if after_preposition else ""


_GIVEN_TOO = frozenset({"raad"})
"""Organisations' words that are given names too: Dutch "Raad", a council ("Raad van State"), is Arabic "Raad" before
a capitalised word ("Raad Hamid al-Tamimi")."""
_FAMILY_TOO = frozenset({"camara"})
"""Organisations' words that are family names too: Portuguese "Câmara", a chamber, opens its body's name ("Câmara
Municipal de Lisboa"); after given names it is a West African family name ("Mamadou Aliou Camara")."""


def city_council(words: tuple[str, ...]) -> bool:
    """Tell whether a name is a city's council, as South Africa's and Australia's papers write it ("the City of
    Johannesburg said", "the City of Cape Town"): an organisation, not the city."""
    return len(words) >= 3 and words[0] == "City" and words[1] == "of" and words[2][:1].isupper()


def personal_name_word(words: tuple[str, ...], index: int) -> bool:
    """Tell whether a name's word at index is an organisation's word that is a person's name there: a given name before
    a capitalised word (see _GIVEN_TOO), or a family name last after one (see _FAMILY_TOO; "Raad" too, "Abbas Raad",
    but not after a Dutch adjective's "-e": "Hoge Raad" is a court)."""
    folded = fold_word(words[index])
    return (index + 1 < len(words) and words[index + 1][:1].isupper() and folded in _GIVEN_TOO) or (
        index == len(words) - 1 and index > 0 and words[index - 1][:1].isupper() and (folded in _FAMILY_TOO or (
            folded in _GIVEN_TOO and not words[index - 1].endswith("e"))))


def inner_legal_form(words: tuple[str, ...], index: int, lex: Lexicon) -> bool:
    """Tell whether a legal form's word that is a name's small word too sits before a name, in lower case or
    capitalised: a particle of a person's name ("Mohamed Lamine ag Ekhia", "Ag Ekhia", Tuareg's "son of"), not a
    company's form ("Siemens AG"; "Perum BULOG" opens on one)."""
    word = words[index]
    folded = fold_word(word)
    return (index < len(words) - 1 and not word.isupper() and folded in lex.legal_forms and folded in lex.connectors
            and not any(fold_word(after.rstrip(".,")) in lex.legal_forms for after in words[index + 1:]))


NEW_OR_OLD = frozenset({"new", "old", "north", "south", "east", "west", "great", "greater", "little", "nova", "novo",
                        "nueva", "nuevo", "nouvelle", "neu", "klein", "groot"})
"""Words that make another place of a place's name ("New Amsterdam", "Little Rome", "Klein Bonaire")."""


def _begins_with_acronym(words: tuple[str, ...]) -> bool:
    """Tell whether a name of several words begins with an acronym, as companies' do ("DP World", "BP Amoco"), not
    people's initials ("H.R. McMaster"); a title before it says it is a family name ("Mayor ITO Kenji")."""
    return len(words) >= 2 and 2 <= len(words[0]) <= 4 and words[0].isalpha() and words[0].isupper() and not words[1].isupper()


def _family_name_first(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether a name of two words is a Japanese family name in capitals before the given name, as Japanese
    papers write names in English ("KATO Shingo", "ITO Kenji"): syllables of Japanese before a word that is no
    common one ("NATO Summit")."""
    return (len(words) == 2 and len(words[0]) >= 3 and _JAPANESE_FAMILY_NAME.fullmatch(words[0]) is not None
            and _JAPANESE_WORD.fullmatch(words[1].lower()) is not None and fold_word(words[1]) not in lex.common)


_JAPANESE_FAMILY_NAME = re.compile(r"[AIUEO]?N?(?:(?:[KGSZTDNHBPMRFJ]Y?|SH|CH|TS|[YW])[AIUEO]N?){1,5}")
"""A word in capitals made of Japanese syllables, each after the first opening on a consonant ("KATO", "ITO",
"SUZUKI"; not "NOAA", "UN", "TE", "RMU")."""
_JAPANESE_WORD = re.compile(r"(?:(?:[kgsztdnhbpmrfj]y?|sh|ch|ts|[yw])?[aiueo]n?)+")
"""A word in lower case made of Japanese syllables ("shingo", "haruo", "kaori"; not "prahova", "kakanj")."""
ROADS = frozenset({"route", "ruta", "highway", "interstate", "autopista", "rodovia", "carretera"})
"""Roads' words that a number follows as their name ("Ruta 5", "Highway 1")."""
NUMBERED_AREAS = frozenset({"ward", "district", "precinct", "zone", "sector", "area", "hangar", "terminal", "pier",
                            "berth"})
"""A city's areas, and a port's or an airport's buildings, that a number follows as their name ("Ward 3", "District 9",
"Area 18" of Lilongwe, "Hangar 12")."""
WATER_OF_HEADS = frozenset({"gulf", "bay", "sea", "strait", "straits", "bight", "cape"})
"""Waters' and capes' first words before "of" and a name, a known place's too: the "Gulf of Mexico" is not Mexico."""
_COMMON_NOUN = 5
"""Letters at least of a lower-case word that is no particle of a person's name ("lista"; not "uulu", "van")."""
_POINTS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
"""Points of the compass after a street's or a river's name: still a place ("Eglinton Avenue East")."""
_COMPASS_POINTS = re.compile(r"(?:North|South|East|West|Mid|Central)-(?:North|South|East|West|Central)(?:ern)?$")
"""Points of the compass joined, after a place's first word: a constituency's or a region's ("Cork South-Central")."""
DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                        "upper", "lower"})
"""Points of the compass and their like, folded: a region's first word ("East Austin", "South Gobi", "West Sussex"), no
person's name opens so."""
_LAND_OF = re.compile(r"[a-z]stan$")
""""Land of" in Persian and the languages that borrowed it: a country's or a region's name ("Karakalpakstan",
"Tatarstan", "Waziristan")."""
_JOINING_WORDS = frozenset({"and", "en", "et", "und", "og", "och", "para", "sobre", "aux", "au", "contra"})
"""Small words that join the nouns of a name in English, French, Dutch, German, Scandinavian or Spanish, and never the
names of a person (not "de", "van" or "y", which do)."""
_PLURAL_ARTICLES = frozenset({"les", "los", "las"})
"""French and Spanish articles in the plural, which open the names of estates, places and groups, never a person's."""
CAMPAIGN_VERBS = frozenset({"save", "stop", "protect", "defend", "free"})
"""Verbs a campaign's name may open with ("Save Lamu", "Stop Adani", "Save the Karoo Coalition")."""
_BODY_FIRST_WORDS = frozenset({"royal"}) | (CAMPAIGN_VERBS - {"free"})
"""A name's first word that makes it a body's, a company's or an institution's, never a person's ("Royal Dutch
Shell", "Royal Oman Police"): a crown's, or a campaign's verb ("Save Lamu"); not "Free", which opens a slogan for a
person too ("Free Anselmo")."""
_JOINED_PLACE_SUFFIXES = frozenset({"city", "town", "village", "park"})
"""A place's nouns that end a word a hyphen joins, a planned place's ("Rempang Eco-City", "Kigamboni New-Town")."""
_ARTICLES_ALONE = frozenset({"A"})
"""The Galician and Portuguese article that opens places' names ("A Coruña", "A Illa de Arousa"), as no English word
does in capitals inside a sentence ("O" of "O Barco" is an Irish name's particle too: "O Murchu")."""
_PORTUGUESE_POINTS = frozenset({"sul", "norte", "leste", "oeste"})
"""Points of the compass in Portuguese, which end places' names after "do" ("Eldorado do Sul", "Rio Grande do Norte"),
no one's (a Spanish "del Sur" ends a club's too: "Estrella del Sur")."""
TOWN_PARTICLES = frozenset({"am", "im", "na", "ob", "nad", "pod", "pri", "upon"})
"""Small words inside a town's name before its river or region: German ("Matrei am Brenner", "Frankfurt am Main"),
Slavic ("Črna na Koroškem", "Ljubno ob Savinji", "Ústí nad Labem") and English ("Newcastle upon Tyne")."""


def is_acronym(words: tuple[str, ...]) -> bool:
    """Tell whether a name is one word in capitals, as an acronym is ("RSF", "U.N.")."""
    if len(words) != 1:
        return False
    second = words[0][1:2]
    if second.isalpha() and second.islower():
        return False  # "Burhan": most names are capitalised, and this is quicker than looking at every letter
    letters = [c for c in words[0] if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def all_acronyms(words: tuple[str, ...]) -> bool:
    """Tell whether a name is an acronym, or acronyms and numerals ("RSF", "HRPZ II")."""
    return all(is_acronym((word,)) for word in words)


def initials(words: tuple[str, ...]) -> str:
    """Return the first letters of the capitalised words of a name ("Writers Guild of America": "WGA"),
    and all of an acronym's ("UN Framework Convention on Climate Change": "UNFCCC")."""
    return "".join(word if is_acronym((word,)) else word[0] for word in words if word[0].isupper())


def without_legal_form(words: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """Return a company's name without its legal form ("Sinar Farma" of "Sinar Farma Sdn Bhd"), or the name."""
    end = len(words)
    while end > 1 and (is_legal_form(words[end - 1], lex)
                       or (words[end - 1] == "de" and end > 2  # "S.A.P.I. de C.V."
                           and is_legal_form(words[end - 2], lex))):
        end -= 1
    if end < len(words) and end > 3 and fold_word(" ".join(words[end - 2:end]).rstrip(",")) == "public company":
        end -= 2  # Thailand's form: "Siam Harvest Feedmill Public Company Limited"
    if end < len(words) and words[end - 1].endswith(","):  # "Aigües Metropolitanes de Catalunya" of "…, SA"
        return (*words[:end - 1], words[end - 1][:-1])
    return words[:end]


def company_forms(words: tuple[str, ...], lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    """Return the shorter names an organisation goes by: without its legal form ("Sinar Farma" of "Sinar
    Farma Sdn Bhd") and, a company's, without its trade's words too ("Abyssinia Green" of "Abyssinia Green
    Coffee PLC"), and without an organisation's word before a name of two words or more ("Cordillera
    del Sur" of "Minera Cordillera del Sur S.A.A.", with its legal form too: "Le Bihan SAS" of "Établissements Le
    Bihan SAS"), a group's word before any name (see _GROUP_HEADS) or a legal form before any name ("Oostzuivel" of
    "Coöperatie Oostzuivel U.A.")."""
    short = without_legal_form(words, lex)
    rest = short[1:]
    forms = (short,) if short != words else ()
    # not a place its name opens with ("Hong Kong" of "Hong Kong Exchanges and Clearing Limited")
    forms += tuple(short[:end] for end in range(len(short) - 1, 1, -1) if short != words and short[end - 1][:1].isupper()
                   and short[end - 1].lower() not in lex.connectors
                   and fold_word(" ".join(short[:end])) not in lex.all_places)
    if rest and rest[0][:1].isupper() and fold_word(" ".join(rest)) not in lex.all_places and (
            ((len(rest) >= 2 or fold_word(short[0]) in _GROUP_HEADS) and is_organisation_word(short[0], lex))
            or fold_word(short[0]) in lex.legal_forms):
        forms += (rest, words[1:]) if short != words else (rest,)  # "Le Bihan SAS" of "Établissements Le Bihan SAS"
    if len(short) > 2 and short[1] in ("–", "-", "—"):  # "Camões" and "Camões, I.P." of "Camões – Instituto …, I.P."
        forms += ((short[0],), (f"{short[0]},", *words[len(short):])) if short != words else ((short[0],),)
    return forms


_GROUP_HEADS = frozenset({"group", "groupe", "grupo", "gruppo", "grup"})
"""A business group's word, which goes before a name of one word too ("Salvamar" of "Grupo Salvamar", "Renault" of
"Groupe Renault")."""


def remit_forms(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return the shorter names a public body "of" a remit goes by: the remit before its head ("Health Ministry" of
    "Ministry of Health", "State Department" of "Department of State"), and a department's remit of two words or more
    alone ("Civil Protection" of "Department of Civil Protection and Emergency Management")."""
    if len(words) < 3 or words[0].lower() not in _REMIT_HEADS or words[1].lower() != "of":
        return ()
    remit = words[2:words.index("and")] if "and" in words else words[2:]
    if not remit or any(word[:1].islower() for word in remit):
        return ()
    forms = ((*remit, words[0]),)
    return forms + ((remit,) if len(remit) >= 2 and words[0].lower() in _DEPARTMENTS else ())


_REMIT_HEADS = frozenset({"ministry", "department", "directorate", "bureau", "office"})
_DEPARTMENTS = frozenset({"department", "directorate", "bureau", "office"})
"""Heads whose remit alone names them; a ministry's does not ("Foreign Affairs" may be a magazine)."""


def spellings(words: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """Return the acronyms that spell a name, without and with its small words ("AIS", "AOSIS" of
    "Alliance of Small Island States"), and without its legal form."""
    found = (initials(words), "".join(word[0] for word in words).upper())
    short = without_legal_form(words, lex)
    return found + spellings(short, lex) if short != words else found


def placeless_spellings(words: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """Return the acronyms that spell a name and the name without the place or the country it opens with ("EPA" of
    "U.S. Environmental Protection Agency", "DEQ" of "Louisiana Department of Environmental Quality"): what a story
    calls the body in another article than the one that names it in full."""
    placed = len(words) >= 3 and fold_word(words[0]) in lex.all_places
    return spellings(words, lex) + (spellings(words[1:], lex) if placed else ())


def spells(acronym: str, words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether an acronym ("AOSIS", "U.N.") spells a name, or has its shape (see _shaped_like)."""
    return acronym.replace(".", "").upper() in spellings(words, lex) or _shaped_like(acronym, words)


def _shaped_like(acronym: str, words: tuple[str, ...]) -> bool:
    """Tell whether an acronym in mixed case has a letter for each of a name's words, in small letters where the name's
    small words are, and the name's first letter: the acronym of the name in its own language ("AfD" of "Alternative
    for Germany", Alternative für Deutschland)."""
    return (3 <= len(acronym) == len(words) <= _SHAPED_WORDS and acronym[0] == words[0][:1] and not acronym.isupper()
            and all(letter.islower() == word.islower() for letter, word in zip(acronym, words)))


_SHAPED_WORDS = 4
"""The most words of a name an acronym may stand for by its shape alone: a longer name's acronym in its own language
is spelt by other words or their stems ("BTsBK" of "Baikalsk Pulp and Paper Mill")."""
