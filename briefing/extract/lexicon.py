"""The words actor discovery reads names by, loaded once from the package's data files."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Iterable

from briefing.extract.actors import fold, strip_accents
from briefing.read.load import read_package_yaml


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Titles, organisation words, connectors, common words, dates and places, all folded.

    Compared and hashed by identity (one per process): discovery's remembered functions take it
    as an argument, and hashing thirteen sets for every word they look up was a twentieth of their time.
    """

    titles: frozenset[str]
    courtesy: frozenset[str]
    organisation_words: frozenset[str]
    connectors: frozenset[str]
    common: frozenset[str]
    calendar: frozenset[str]
    """Weekdays and months: capitalised, never names."""
    place_prepositions: frozenset[str]
    locatives: frozenset[str]
    """The place prepositions a person's name seldom follows ("in", "near", not "from" or "to")."""
    countries: frozenset[str]
    places: frozenset[str]
    demonyms: frozenset[str]
    """Words for the people of a place ("Venezuelan", "Sudanese"): adjectives, not names."""
    things: frozenset[str]
    """Last words of names that are things, not actors ("Jeddah Declaration", "Cold War")."""
    all_places: frozenset[str] = frozenset()
    """Countries and places together."""
    place_words: frozenset[str] = frozenset()
    """First words of places' names ("San", "Port", "Lake"): such a name is not a person's."""
    title_modifiers: frozenset[str] = frozenset()
    """Words that are part of a title only before one ("Senior General", "Special Envoy")."""
    given_titles: frozenset[str] = frozenset()
    """Titles that are also given names: before a particle written as a word ("Sultan Al Jaber"), a name."""
    organisation_descriptors: frozenset[str] = frozenset()
    """Nouns that, right before a name, say it is an organisation's ("the manufacturer Veltro Aeronautica")."""
    person_roles: frozenset[str] = frozenset()
    """Nouns heading a role in apposition that make the name a person's ("Ireô, a Kayapó chief")."""
    place_suffixes: frozenset[str] = frozenset()
    """Last words of places' names ("… Sea", "… Shoal", "… River")."""
    postnominals: frozenset[str] = frozenset()
    """Letters after a person's name that are not part of it ("KC", "MP", "OBE")."""
    title_phrases: frozenset[str] = frozenset()
    """Titles of two words neither of which is a title alone ("tan sri", "datuk seri"), folded."""
    same_places: dict[str, str] = field(default_factory=dict)
    """A country's other names, folded, each to the one it is shown by ("burma" -> "myanmar")."""
    legal_forms: frozenset[str] = frozenset()
    """A company's legal form ("Ltd", "Sdn Bhd"), left out of its acronym and its short name; organisation words too."""
    major_places: frozenset[str] = frozenset()
    """Countries and the places list's cities, without its regions: the places a longer name is cut at ("Khartoum
    Burhan") and that demonyms are made of."""
    leading_titles: frozenset[str] = frozenset()
    """Titles only where a name begins ("Haji Abdul Wahab"; not "Juma Haji")."""
    given_spellings: dict[str, str] = field(default_factory=dict)
    """A given name's romanised spellings, and a family name's forms, folded, each to the first of its list
    ("muhammad" -> "mohammad", "chattopadhyay" -> "chatterjee")."""
    honorific_suffixes: frozenset[str] = frozenset()
    """Honorifics joined after a name with a hyphen ("Matsumura-san", "Haradhan-da"): a person's, not the name's."""
    sikh_titles: frozenset[str] = frozenset()
    """Titles only where a Sikh name begins ("S. Tejinder Singh Grewal"; "S. Jaishankar" keeps its initial)."""
    sikh_names: frozenset[str] = frozenset()
    """The names that tell a Sikh name ("Singh", "Kaur")."""
    agency_remits: frozenset[str] = frozenset()
    """Fields of government that name a country's agency before its name ("Fisheries and Oceans Canada")."""
    spanish_titles: frozenset[str] = frozenset()
    """Titles only before a given name and two family names ("Don Refugio Orozco Ávila"; "Don Young" is a name)."""
    common_accented: frozenset[str] = frozenset()
    """The common words written with accents, in lower case and not folded ("según", "también")."""
    nouns_abroad: dict[str, frozenset[str]] = field(default_factory=dict)
    """An organisation's noun in English, folded, to the words other languages name such an organisation with
    ("union" -> "sindacato", "syndicat" …): "the union said" of the Sindacato Autonomo Sughero e Foreste."""
    common_abroad: frozenset[str] = frozenset()
    """The common words of other languages ("pero", "mais"): a name's first word in capitals inside a sentence."""
    hmong_clans: frozenset[str] = frozenset()
    """The Hmong clans' names as English writes them ("Vang", "Xiong", "Lor"): a given name before one may open with
    "Pa" ("Pa Nhia Vang"), which elsewhere is West Africa's title for an old man ("Pa Flomo Kollie")."""
    thing_acronyms: frozenset[str] = frozenset()
    """Acronyms of things ("GPS", "TEUs"), folded: no actor, unless the article brings one in after a name."""
    one_name_titles: frozenset[str] = frozenset()
    """Clerical titles that a person known by one name keeps in the name shown ("Father Serafeim")."""
    accented_only: frozenset[str] = frozenset()
    """The folded forms of common words that only have them with their accents ("segun" of "según"): written without
    them, a name ("Segun Alabi"), not the word."""
    slogan_verbs: frozenset[str] = frozenset()
    """Verbs a slogan opens with ("Keep TikTok", "Free Julian Assange"): no name's first word where a quotation
    opens."""
    region_abbreviations: frozenset[str] = frozenset()
    """Folded short forms of states and provinces after a town and a comma ("Alta." of "Medicine Hat, Alta.")."""


@functools.lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """Return fold(word), remembered: discovery folds the same few thousand words again and again."""
    return fold(word)


def is_common_word(word: str, lex: Lexicon) -> bool:
    """Tell whether a word is a common one, its accents too: "Somé" is a family name, not "some"."""
    folded = fold_word(word)
    if folded not in lex.common:
        return False
    lowered = word.lower()
    if lowered.isascii():
        return folded not in lex.accented_only
    return strip_accents(lowered) == lowered or lowered in lex.common_accented


def is_legal_form(word: str, lex: Lexicon) -> bool:
    """Tell whether a word is a company's legal form, its accents too: "Ása" and "Có" are names, not "ASA" and "Co"
    (but "A.Ş." and "Coöperatie" are forms)."""
    folded = fold_word(word.rstrip(".,"))
    return folded in lex.legal_forms and not _set_apart_by_accents(word, folded)


def _set_apart_by_accents(word: str, folded: str) -> bool:
    return word.isalpha() and word[1:].islower() and strip_accents(word) != word and folded != "cooperatie"


def is_organisation_word(word: str, lex: Lexicon) -> bool:
    """Tell whether a word makes a name an organisation's ("Forces", "Guild", "Bros."), or its part after a hyphen in
    lower case does, as in Afrikaans and Dutch compounds ("Landbou-unie"), or an institution's before its campus's
    place ("Texas A&M University-Corpus Christi")."""
    folded = fold_word(word.rstrip("."))
    if folded in lex.legal_forms and _set_apart_by_accents(word, folded):
        return False  # a name's accents set it apart from a legal form
    return folded in lex.organisation_words or ("-" in word and word.rsplit("-", 1)[1].islower()
                                                 and folded.rsplit("-", 1)[1] in lex.organisation_words) or (
        _GERMAN_BODY.search(folded) is not None and word[:1].isupper()) or folded.split("-", 1)[0] in _CAMPUS_HEADS


_CAMPUS_HEADS = frozenset({"university", "college", "institute", "hospital"})


_GERMAN_BODY = re.compile(r"\w{4}(?:amt|ministerium|verband|kammer|gesellschaft|verwaltung|behorde|institut|gericht|"
                          r"gewerkschaft|verein|stiftung|polizei|genossenschaft)$")
"""A German compound ending in an office's, a ministry's, an association's, a chamber's or a court's noun
("Schifffahrtsamt", "Bundesministerium", "Landesverband", "Handelskammer", "Verwaltungsgericht")."""


def is_country_agency(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether a name is a country's agency, named for its fields and the country ("Statistics Canada", "Fisheries
    and Oceans Canada", "Innovation, Science and Economic Development Canada"); not a place ("Northern Ireland")."""
    *remit, country = words
    return (bool(remit) and fold_word(country) in lex.countries and remit[0][:1].isupper() and remit[-1][:1].isupper()
            and fold_word(" ".join(words)) not in lex.all_places
            and all(word in ("and", "&") or is_field_of_government(word, lex) for word in remit))


def is_field_of_government(word: str, lex: Lexicon) -> bool:
    """Tell whether a word, each part of a hyphenated one, is a field of government ("Crown-Indigenous")."""
    return all(part in lex.agency_remits for part in fold_word(word.rstrip(",")).split("-"))


@functools.cache
def lexicon() -> Lexicon:
    """Return the shipped lexicon (names.yaml and places.yaml), read once per process."""
    words, places = read_package_yaml("names.yaml"), read_package_yaml("places.yaml")

    def folded(*lists: list[str]) -> frozenset[str]:
        return frozenset(fold(str(w)) for items in lists for w in items)
    same = {fold(str(name)): fold(str(names[0])) for names in places.get("same_places") or () for name in names}
    spellings = {fold(str(name)): fold(str(names[0]))
                 for names in (*(words.get("given_name_spellings") or ()), *(words.get("family_name_spellings") or ()))
                 for name in names}
    countries, cities = folded(places["countries"]) | frozenset(same), _either_apostrophe(folded(places["places"]))
    regions = _either_apostrophe(folded(places.get("regions") or ()))
    legal_forms = folded(words["legal_forms"])
    return Lexicon(folded(words["titles"]), folded(words["courtesy"]), folded(words["organisation_words"]) | legal_forms,
                   folded(words["connectors"]), folded(words["common"], words["common_abroad"]),
                   folded(words["weekdays"], words["months"]), folded(words["place_prepositions"]),
                   folded(words["locatives"]),
                   countries, cities | regions, folded(words["demonyms"]) | _demonyms(countries | cities, countries)
                   | _region_demonyms(regions) | _peoples(countries | cities | regions),
                   folded(words["things"]), countries | cities | regions, folded(words["place_words"]),
                   folded(words["title_modifiers"]), folded(words["given_titles"]),
                   folded(words["organisation_descriptors"]), folded(words["person_roles"]),
                   folded(words["place_suffixes"]), folded(words["postnominals"]),
                   folded(words["title_phrases"]), same, legal_forms, countries | cities,
                   folded(words.get("leading_titles") or ()), spellings,
                   folded(words.get("honorific_suffixes") or ()), folded(words.get("sikh_titles") or ()),
                   folded(words.get("sikh_names") or ()), folded(words.get("agency_remits") or ()),
                   folded(words.get("spanish_titles") or ()),
                   frozenset(w for w in map(str, (*words["common"], *words["common_abroad"])) if fold(w) != w.lower()),
                   {fold(str(noun)): folded(others) for noun, others in (words.get("nouns_abroad") or {}).items()},
                   common_abroad=folded(words["common_abroad"]), hmong_clans=folded(words.get("hmong_clans") or ()),
                   thing_acronyms=folded(words.get("thing_acronyms") or ()),
                   one_name_titles=folded(words.get("one_name_titles") or ()),
                   slogan_verbs=folded(words.get("slogan_verbs") or ()),
                   accented_only=_accented_only((*words["common"], *words["common_abroad"])),
                   region_abbreviations=folded(places.get("region_abbreviations") or ()))


def _accented_only(common: Iterable[object]) -> frozenset[str]:
    """Return the folded forms of the common words that no word written without accents has (see
    Lexicon.accented_only)."""
    written = {str(word).lower() for word in common}
    return frozenset(fold(word) for word in written if not word.isascii()) - written


def _either_apostrophe(names: frozenset[str]) -> frozenset[str]:
    """Return places' names as the list writes them and with a curly apostrophe for a straight one ("Cox’s Bazar")."""
    return names | frozenset(name.replace("'", "’") for name in names if "'" in name)


_DEMONYM_STEM = 4
"""The fewest letters of a country's last word that its people's name is made from ("Korea", "Rica", not "See")."""


def _demonyms(places: frozenset[str], countries: frozenset[str]) -> frozenset[str]:
    """Return the regular demonyms of places: Venezuela(n)(s), Sudan(ese), Chile(an), Egypt(ian), and
    of the last word of a country of several words: (South) Korea(n), (South) Africa(n); of a town, only its whole
    name and an ending (Paris(ian), Milan(ese)): its stem makes given names ("Adrian" of Adré, "Lillian" of Lille)."""
    forms = set()
    for place in (p for p in places if p.isalpha()):
        if place in countries:
            forms.update(_demonym_forms(place, ("n", "an", "ian", "ese", "i")))
        else:
            forms.update(place + ending for ending in ("ian", "ese", "i"))
    for country in (c for c in countries if " " in c):
        *first, last = country.split()
        if len(last) < _DEMONYM_STEM:
            continue  # "Holy See" makes no "Sean"
        made = _demonym_forms(last, ("n", "an", "ian", "ese"))
        # and the whole: "sri lankan", "costa rican" (a name of two words is no actor: see discover's pieces)
        forms.update(made, (" ".join((*first, form)) for form in made))
    forms -= places
    return frozenset(forms | {form + "s" for form in forms})


def _region_demonyms(regions: frozenset[str]) -> frozenset[str]:
    """Return the demonyms of regions that cannot be read as a name: a land's in "-ic" ("Greenlandic") and a Persian
    or South Asian region's in "-i" ("Isfahani", "Sindhi"), and their plurals."""
    forms = {f"{region}ic" for region in regions if region.endswith("land")}
    forms |= {f"{region}i" for region in regions if region.isalpha() and region[-1] not in "aeiouy"}
    return frozenset(forms | {f"{form}s" for form in forms}) - regions


def _peoples(places: frozenset[str]) -> frozenset[str]:
    """Return the plural demonyms of every place of one word, which no given name is made of: "Sarawakians",
    "Galicians", "Balinese", "Assamese", "Icelanders"; the singular of a town's stem may be one ("Adrian")."""
    forms = set()
    for place in (p for p in places if p.isalpha()):
        forms.update(_demonym_forms(place, ("ians",)))
        forms.add(place + ("nese" if place[-1] in "aeiou" else "ese"))
        if place.endswith("a"):
            forms.add(place + "ns")
        if place.endswith("land"):
            forms.add(place + "ers")
    return frozenset(forms - places)


def _demonym_forms(place: str, endings: tuple[str, ...]) -> set[str]:
    stem = place[:-1] if place[-1] in "aeoy" else place
    return {form for ending in endings for form in (place + ending, stem + ending)}
