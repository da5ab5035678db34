"""Find the candidate names in one paragraph: runs of capitalised words, the titles before them,
acronyms introduced in parentheses, nicknames introduced by "known as" and roles in apposition."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from briefing.extract.actors import Span, strip_accents
from briefing.extract.kinds import (CAMPAIGN_VERBS, DIRECTIONS, NEW_OR_OLD, NUMBERED_AREAS, ROADS, TOWN_PARTICLES,
                                    WATER_OF_HEADS, city_council, guess_kind, is_acronym, personal_name_word, spells)
from briefing.extract.lexicon import (Lexicon, fold_word, is_common_word, is_country_agency, is_field_of_government,
                                      is_legal_form, is_organisation_word)
from briefing.extract.verbs import VERBS

COMBINING_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
"""The accents written as marks of their own after a letter, not letters to Python's "\\w": a word goes on through them
("Tłı̨chǫ", "Behchokǫ̀")."""
# "Gopal s/o Rajendran", "P/F Nólsoyartunnilin", "Nunaat Airports A/S"
_TOKEN = re.compile(r"(?:[sd]/o|a/[lp]|P/F|Sp/[fF]|[AIKP]/S)(?![\w/])"
                    # "Ulug‘bek", and "J.-H." the initials of "Jean-Hugues"
                    r"|(?:[ʻ'‘’](?=[^\W\d_a-z])|(?<!\S)(?://|/|!)(?=[^\W\d_a-z]))?[^\W\d_]"
                    rf"(?:[\w’'\-{COMBINING_MARKS}]|‘(?=[a-z])|\.(?=[^\W\d_])|(?<=\b[^\W\d_])\.-(?=[^\W\d_a-z]\.)"
                    r"|(?<=[A-Z])&(?=[A-Z]))*\.?"
                    r"|&(?=\s)|['’]t(?=\s)")
_COMPOUND = re.compile(r"-(?:[^\W\d_A-Z]{2,}(?:ed|ing|ly|ian|ese|ish|ist|ism|ness|ship)|era|style|like|wide|free|rich|"
                       r"made|run|owned|born|type|level|scale|class|size|term|time|war|day|week|month|year|old|long|"
                       r"bound|friendly|proof|zone|area|side|state|party|wing|left|right|line|ready|specific|"
                       r"only|backed|based|led|held|linked|funded|born|speaking|centric|sector|world|built|grown|"
                       r"known|driven|drawn|bought|paid|sent|kept|taught|broken|chosen|spoken|written|given|taken)$")
"""A hyphenated word ending in a lower-case word is an adjective ("Ukraine-style", "EU-backed",
"Soviet-era", "Kyiv-based", "Chinese-built"); one ending in a syllable is a name ("Lai Ching-te", "Moon Jae-in",
"Choi Min-seo", "Park Sung-jae", "Chiang Mei-ling")."""
_MODEL = re.compile(r"^(?!G-\d)[A-Za-z]{1,4}-\d{2,4}[A-Za-z]{0,3}$")
"""A model's designation ("V-190s", "F-16", "MiG-29", "S-400"), a thing, not an actor; but the
G-7 and the G-20 are groups of countries."""
_MEASURE = re.compile(r"^(?:(?:PM\d{1,2}|[CNS]O\d|CH4|N2O|H\d{1,2}N\d{1,2})(?:\.\d)?|[kMGT]Wh?|[MG]L|[MG]t|Mtpa|[Bb]cm|"
                      r"BCM|MMBtu|[\w-]*-\d+(?:,\d+)*-[\w-]+)\.?$")
"""A pollutant, a virus's subtype, a unit of power, energy, volume or mass, a chemical ("PM2.5", "CO2", "H5N1", "GWh",
"450 GL", "45 Mt", "N-methyl-2-pyrrolidone"): a thing, not an actor (unlike "M23" or "G20")."""
_WHOLE_WORDS = frozenset({"army", "navy", "bank", "fund", "club", "clan", "bloc", "news", "post", "wire", "echo", "zinc",
                          "labs", "air", "see", "tv", "head", "king", "lord", "pope", "emir", "imam"})
"""Titles and organisations' words of four letters or fewer that are whole words, not abbreviations: a full stop after
one ends the sentence ("… arrested by the Sri Lanka Navy.")."""
_PLACE_ABBREVIATIONS = frozenset({"St", "Ste", "Mt", "Ft", "Pt"})
"""A place's first word shortened, its full stop no sentence's end ("St. John’s", "Mt. Kenya", "Ft. Lauderdale")."""
_NAME_ABBREVIATIONS = frozenset({"ved", "br", "Br", "Ma", "Wm", "Chas", "Jos", "Geo", "Md", "Moh", "Muh", "Mohd",
                                 "Ts", "Kh", "Ch", "Sh", "Zh"})
"""Given names shortened inside a name, their full stop no sentence's end ("Jose Ma. Villanueva Jr.", "Moh. Taufik
Lasimpo"), a Mongolian father's initial of two letters ("Ts. Baasansuren"), and a Batak woman's "br." before her
clan ("Rosmaida br. Manurung")."""
_GENERATIONS = frozenset({"Jr", "Sr", "Jnr", "Snr"})
"""A generation after a name, its full stop no sentence's end ("“…,” Clarence J. Batiste Jr. told reporters")."""
_VESSELS = frozenset({"MV", "M/V", "MT", "MS", "HMS", "USS", "RV", "SS", "FV"})
"""A ship's prefix ("MV Santa Clarita 3"): a vessel is a thing, no actor."""
_VESSEL_BEFORE = re.compile(r"\b(?:tanker|vessel|freighter|trawler|barge|dredger|tugboat|yacht|cargo ship|"
                            r"container ship)(?:,)?\s+(?:the\s+)?$")
"""A vessel's noun right before a name ("whose tanker Rheinperle", "a container vessel, the Zeeuwse Stroom"): the name
is the vessel's, a thing, no actor."""
_VESSEL_CHARS = 24
"""How far before a name a vessel's noun is looked for."""


def _vessel_s(text: str, start: int) -> bool:
    """Tell whether a name at start follows a vessel's noun (see _VESSEL_BEFORE)."""
    return _VESSEL_BEFORE.search(text, max(0, start - _VESSEL_CHARS), start) is not None


def _numbered_thing(text: str, found: _Found, lex: Lexicon) -> bool:
    """Tell whether a name ends in "No." and a number: a vessel's, a law's or a decree's ("the Sheng Chun No. 88",
    "Republic Act No. 11054"), or is initials with full stops before a number, a standard's ("I.S. 465"), or a flight's
    number after "flight" ("flight AI171"): no actor's."""
    words = found[2]
    if len(words) == 1 and _FLIGHT_NUMBER.fullmatch(words[0]) and _FLIGHT_BEFORE.search(text, 0, found[0]):
        return True
    numbered = words[-1] in _NUMBER_WORDS or (len(words) == 1 and _DOTTED_INITIALS.fullmatch(words[0]) is not None
                                              and fold_word(words[0]) not in lex.all_places)
    return numbered and _NUMBER_AFTER.match(text, found[1]) is not None


_NUMBER_WORDS = frozenset({"No", "Nº"})
_FLIGHT_NUMBER = re.compile(r"(?=\d?[A-Z])[A-Z\d]{2}\d{1,4}[A-Z]?")
"""A flight's number: its airline's code of two letters or a letter and a digit, and up to four digits ("AI171")."""
_FLIGHT_BEFORE = re.compile(r"\b[Ff]light\s+$")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]?\.?")


def _without_a_number_s_unit(text: str, run: Run) -> Run:
    """Return a run without the unit of the number right before it, which is no name's ("its 200MW Jouktai wind farm":
    Jouktai; "Mt Kenya" keeps its "Mt")."""
    if len(run.words) < 2 or run.title or not _MEASURE.match(run.words[0]) or not _DIGIT_BEFORE.search(
            text, max(0, run.start - 2), run.start):
        return run
    return run._replace(start=text.index(run.words[1], run.start + len(run.words[0])), words=run.words[1:])


_UNIT_HINT = re.compile(r"\d ?[kMGT]W|\d ?[MG][Lt]\b|\d ?Mtpa|\d ?[Bb]cm")
"""A unit right after a number, as in few paragraphs: only then are the runs looked at for one (see _MEASURE)."""
_DIGIT_BEFORE = re.compile(r"\d ?$")


def _plural_or_sum(text: str, found: _Found) -> bool:
    """Tell whether a name of one word is an acronym's plural, a class of things or people ("AFPs", "IDPs"), or a sum
    of money in a currency's code ("QR11.4m", "Rs180,000"): no actor's."""
    word = found[2][0] if len(found[2]) == 1 else ""
    return bool(word) and (_ACRONYM_PLURAL.fullmatch(word) is not None or (
        _CODED_NUMBER.fullmatch(word) is not None and _SUM_GOES_ON.match(text, found[1]) is not None))


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_CODED_NUMBER = re.compile(r"[A-Z][A-Za-z]{0,2}\$?\d+")
"""A number after a code of up to three letters: a sum only where _SUM_GOES_ON follows, as the codes _MONEY knows
leave out those of two letters ("QR11.4m", "JD2,500"), shaped like a group's or a model's name ("G20")."""
_SUM_GOES_ON = re.compile(r"[.,]\d|(?:m|bn|mn|k)\b")
"""What goes on with a sum after its first digits: its decimals or thousands, or the millions' or billions' letters."""


def _party_member(text: str, found: _Found) -> bool:
    """Tell whether a name is a role: a party's member with the state or the city elected from, after "the" or "a"
    ("Rep. Tamika Ruffin-Hayes, the Jackson Democrat, said", "a Texas Republican")."""
    start, _, words, _, _ = found
    return len(words) >= 2 and words[-1] in _PARTY_MEMBERS and text.endswith(("the ", "a "), 0, start)


_PARTY_MEMBERS = frozenset({"Democrat", "Republican"})
_WEATHER = frozenset({"Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical", "Super"})
"""A weather system's first word ("Storm Ríona", "Typhoon Haikui", "Tropical Storm Alberto"): a storm is no actor."""
_BASED = re.compile(r"-(?:based|born|headquartered|registered|listed)\b")
"""A place made an adjective ("a Bangkok-based group", "the London-listed miner"): the place is named, as a place."""
_CURRENCY_CODES = frozenset({"USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "NZD", "INR", "PKR", "BDT", "LKR",
                             "NPR", "IDR", "MYR", "PHP", "THB", "VND", "KRW", "HKD", "SGD", "BRL", "ARS", "CLP", "COP",
                             "PEN", "PYG", "MXN", "ZAR", "NGN", "GHS", "KES", "TZS", "UGX", "ZMW", "MWK", "ETB", "EGP",
                             "MAD", "XOF", "XAF", "AED", "SAR", "QAR", "TRY", "RUB", "UAH", "KZT", "UZS", "PLN", "CZK",
                             "HUF", "RON", "BGN", "RSD", "BAM", "SEK", "NOK", "DKK", "ISK", "MNT", "MGA", "CFA"})
"""Currencies' codes, written before a sum ("BAM 4.2 million", "TZS 12bn") or a unit's ("CFA francs"): no names."""
PARTY_TAG = re.compile(r"^(?:[DRI]|DFL)-[A-Z][a-z]+\.?$")
"""An American legislator's party and state or district after the name ("D-La.", "R-Texas", "DFL-Rosemount" of
Minnesota's Democratic-Farmer-Labor Party, "R-Farmington"): no name."""
_LETTER_NOUN = re.compile(r"^[A-Z]-[a-z]{2,}s?$")
"""A common noun made of a capital letter and a word ("T-shirt", "X-ray", "U-turn"), never a name's."""
_CONTRACTION = re.compile(r"^(?:I|We|You|They|He|She|It|That|There|Who)['’](?:ve|re|ll|d|m|s)$")
"""A pronoun and its verb at a sentence's start ("I've", "We’re"): no name."""
_MONEY = re.compile(r"^(?:[A-Z]{3}|R|RM|Rs|Rp|Tk|K?Sh)\.?\d|^(?:Rs|Rp|Tk|K?Sh)\.?$")
"""A sum in a currency's code or sign ("USD2.3 billion", "R380 million", "RM14.2 billion", "Rs 2 billion"), no name."""
IRISH_PARTICLES = frozenset({"Ó", "Ní", "Mac", "Nic", "Uí", "Mhic", "Ua"})
"""The words an Irish family name begins with, "son of" and "daughter of" ("Ó hAodha", "Ní Bhriain", "Mac an
tSaoir")."""
_MUTATED = re.compile(r"[hnt][A-ZÁÉÍÓÚ]")
"""An Irish name's word whose first letter the word before it adds ("hAodha" of "Ó hAodha", "tSaoir")."""
_NOUN_CLASS = re.compile(r"[euio][A-Z][a-z]{3}")
"""A Zulu or Xhosa name's word after the prefix of its noun class or its locative, in lower case ("eThekwini",
"uMngeni", "iSimangaliso")."""
_PARTICLE = re.compile(r"^(?:(?:al|el|ad|as|ash|ar|an|at|az)-[^\W\d_]|(?:d|l|dell|dall|nell|n)['’][A-ZÀ-ÖØ-Þ])")
"""A name's particle joined to it: Arabic ("al-Burhan"), or elided, French and Italian ("Banc d'Arguin")."""
_PARTICLE_WORD = re.compile(r"^(?:Al|El|Bin|Ibn|Abu)$")
"""A particle written as a word of its own, with a capital ("Sultan Al Jaber", "Mohammed Bin Salman")."""
POSSESSIVE = ("’", "'", "’s", "'s")
"""The endings of a possessive ("Burhan’s", "the generals'"), "s" last in its name."""
_AFTER_A_WORD = ".,;:!?”’\"'"
"""Punctuation a stretch's last word may end with."""
_UPPER = "".join(re.escape(c) for c in map(chr, range(0x530)) if c.isupper())
_ACRONYM_AFTER = re.compile(rf"\s*\(([{_UPPER}][{_UPPER}a-z&]{{0,2}}[{_UPPER}][{_UPPER}a-z&]{{0,5}}(?:-[{_UPPER}]{{1,3}})?)\)")
_WORD_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][^\W\d_A-Z]{2,11})\)")
ARTICLES = frozenset({"the", "la", "le", "les", "el", "los", "las", "o", "os", "a", "as"})
"""The articles, in the languages of the names the stories quote, that may come before a name ("the", "los", "os")."""
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_BEFORE_A_DESCRIPTION = frozenset({"against", "by", "from", "with", "to", "at", "for"})
"""Prepositions a noun phrase that describes a name may follow with no article ("… against feed maker Siam Harvest")."""
_PROFESSIONS = frozenset({"researcher", "scientist", "economist", "analyst", "engineer", "fellow", "lecturer",
                          "journalist", "reporter", "coordinator", "manager", "officer", "forecaster", "job", "jobs"})
"""Jobs done at an organisation, which "at" follows ("an economist at Makerere University", "a job at Samsara
Terraces")."""
_RUNNERS = frozenset({"manager", "founder", "co-founder", "owner", "executive", "shareholder"})
"""Who runs or owns an organisation, which "of" follows ("the general manager of Azurline Hurafaru")."""
_DESCRIBED_CHARS = 60
"""Characters before a name looked at for what describes it (four words at most)."""
CALLERS = "everyone|everybody|people|locals|friends|neighbours|neighbors|villagers|colleagues"
"""Who calls someone by a nickname ("everyone in the village calls her …")."""
_GIVEN_AT_BIRTH = "real|birth|given|baptismal|Christian"
"""The words that say a name is the one a person was given, in "whose … name is"."""
_KNOWN_AS = re.compile(r"(?:,\s+\d{1,3})?(?:,\s+(?:the|a|an)\s+(?:(?!\snamed\s+[A-Z])[^,.;:“”\"()]){0,60}?"
                       # "a hereditary chief of the Gilseyhu, or Big Frog, clan,"
                       r"(?:,\s+or\s+[^,.;:“”\"()]{1,30}?(?:,\s+[a-z][\w-]*)?)?)?"
                       r"(?:,\s+(?:who|which)\s+[^.;:“”\"()]{1,120}?\s+and)?"
                       r"(?:,|\s+[–—])?\s+\(?(?:(?:(?:who\s+)?(?:is|was)\s+)?"
                       r"(?:(?:also|better|widely|popularly|commonly)\s+)?known\s+"
                       # "known throughout the neighbourhood, in the Comorian way, as Mama Faïza"
                       r"(?:(?:in|to|across|around|round|throughout|among|on|at|along|all\s+over|up\s+and\s+down)\s+"
                       r"[^,.;:“”\"()]{1,40}?"
                       r"(?:,\s+[^,.;:“”\"()]{1,30}?,)?\s+|"
                       # "known until 2018 as the National Front": its name before then
                       r"locally\s+|there\s+|(?:until|before|since)\s+(?:\d{4}|the\s+\d{4}s)\s+)?"
                       # "known in Spanish as the AEE", "as the Dajabón River,": an acronym or a whole name after "the"
                       r"as(?:\s+the(?=\s+[A-Z][A-Z0-9]+\b|"
                       r"\s+[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+)*\s*[,.;)]))?|"
                       r"known\s+(?:(?:in|to|across|around|throughout|among)\s+[^,.;:“”\"()]{1,40}?\s+)?by\s+"
                       r"(?:the|a|an|his|her|their|its)\s+(?:[A-Za-z]+\s+)?(?:nickname|honorific|name|acronym|abbreviation)"
                       r"(?:\s+of)?|"
                       # "who also goes by the English name Jolene Michell", "who also uses the name …"
                       r"(?:who\s+)?(?:also\s+)?(?:goes\s+by|uses)(?:\s+the\s+(?:English\s+)?name)?|"
                       r"whose\s+(?:full|legal|English|" + _GIVEN_AT_BIRTH + r")\s+name\s+"
                       r"(?:is|was)|(?:whom\s+(?:[\w’'-]+\s+){0,6}?|"
                       # "who is widely called", not "who helps run a residents' group called": the group's name
                       r"who\s+(?:(?!(?:a|an|the)\s)[\w’'-]+\s+){0,5}?|(?:" + CALLERS + r")\s+(?:[\w’'-]+\s+){0,3}?)"
                       # "whom nobody on the coast has called anything but Bumpy"
                       r"(?:call(?:s|ed)?(?:\s+anything\s+but|\s+nothing\s+but|\s+only)?|"
                       # "known to vendors as don Teo": a lower-case honorific before the given name is no part of it
                       r"knows?\s+(?:him\s+|her\s+)?as))\s+(?:(?:don|doña|dona)\s+(?=[A-Z]))?[\"“‘']?|"
                       # "Hassan Mahmoudi – Kak Hassan to everyone in Gol-Tappeh –"
                       r"\s+[–—]\s+(?=(?:[A-Z][\w’'.-]*\s+){1,3}to\s+(?:everyone|everybody|all|friends|locals|"
                       r"neighbours|neighbors|villagers|colleagues|(?:his|her|their)\s+[a-z]+)\b)|"
                       r",\s+(?:formally|officially)\s+(?:the\s+)?|"
                       r"(?:,\s+\d{1,3})?,\s+who\s+[^.;:“”\"()]{1,120}?\s+and\s+(?:is|was)\s+called\s+[\"“‘']?")
"""A nickname introduced after a name ("…, known as Hemedti", "Pimchanok, 41, a teacher known to supporters as Ploy",
"Haji Abdul Wahab, the district’s mirab, or water master, known to every farmer for miles as Mirab Baba",
"Januário Pires Afonso, 61, who farms three hectares … and is known to his neighbours only as Sum Janú", "…, who
chairs the board and whom everyone on the island calls Sãozinha", "…, is called Sum Janú by his neighbours",
"…, who is better known as Ploy", "…, who is known on her street in Sheikh Othman as Umm Khaled", "… known by the
nickname Big Chet", "Estonia's Internal Security Service, known by its Estonian acronym KAPO", "known across the
atoll by the old honorific Dhon Manik", "the shopkeeper whom everybody in the district calls Miss Pearl", "the
retired mountain guide everyone calls Gletscher-Elmar", "whom everybody at the rally seemed to know as Kak Hassan",
"Hassan Mahmoudi – Kak Hassan to everyone in Gol-Tappeh –"), or its formal name ("Korail, formally the Korea Railroad
Corporation"), or the name given at birth ("Chief Mazvimbakupa, whose birth name is Jeremiah Zhou")."""
_CLAUSE_WORDS = ("who", "whom", "which", "that", "whose", "and", "known", "also", "better", "widely")
_VERB_WORDS = ("said", "says", "told", "tells", "added", "wrote", "warned", "is", "are", "was", "were", "will", "would",
               "has", "have", "had", "can", "could", "must", "did", "does")
_AND_ENDS_BEFORE = ("the", "a", "an", "his", "her", "their", "its", "our", "my", "one", "then", "now", *_CLAUSE_WORDS,
                    *_VERB_WORDS)
_AND_ANOTHER = rf"and(?!\s+(?!(?:{'|'.join(_AND_ENDS_BEFORE)})\b)[a-z])"
"""An "and" that ends a role: not one that joins a noun in lower case to it ("a 63-year-old barley and fodder grower"),
but one before a name, a determiner, one, a clause or a verb ("the mayor and his deputy", "… Ltd and known as PK",
"… at RIOP and one of the paper's authors")."""
_CLAUSE = rf"\s(?:{'|'.join(w for w in _CLAUSE_WORDS if w != 'and')}|{_AND_ANOTHER})\b"
_STOP = rf"{_CLAUSE}|\s(?:{'|'.join(_VERB_WORDS)})\b"
_ROLE_TEXT = (rf"(?:(?!{_STOP})(?:[\w’' -]|\.(?=\w)|(?<=\bNo)\.(?=[ \u00a0]\d)|(?<=\b[A-Z])\.(?=[ \u00a0][a-z])|"
              rf"(?<=\d),(?=\d{{3}}\b)))+?")
"""A role's words; a full stop inside one is an abbreviation's ("U.S.", "No. 88"), a comma between digits a
thousands separator ("a 40,000-hectare expanse")."""
_VERB_FIRST = ("(?:citing|accusing|blaming|demanding|urging|claiming|arguing|warning|threatening|seeking|asking|"
               "spent|took|made|gave|won|lost|sent|paid|kept|found|became|began)")
"""A verb that opens an apposition, a clause and no role ("…, citing decades of grievances over the river", "…, spent
much of 2022 leading marches")."""
_CLAUSE_FIRST = "|".join(_CLAUSE_WORDS + _VERB_WORDS + ("while", "whereas", "although", "though", "because", "unless",
                                                         "until"))
"""A clause's first word, which opens no bare role ("Peer Jan, 61, has fished for forty years", "the Korea Scout
Association (KSA), while responsibility for roads …")."""
# A role ends at punctuation or where a clause begins; not before "said" or "is": in "…to Burhan, the
# army said" the army is who speaks, not what Burhan is ("For the fishermen of Guet Ndar, the calendar is shorter").
_ROLE_AFTER = re.compile(rf",\s+(?:(?:the|a|an|one of (?:the|its|their)|one of)\s+({_ROLE_TEXT})|((?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z][\w.]*[’']s\s+{_ROLE_TEXT})|"
                         # a bare role and what it is of ("…, secretary-general of the UTPD, …")
                         # not "speaking at the event", "hosting a summit of …", nor a verb and its object
                         # ("received a delegation of …", "keeps her post for now")
                         rf"((?!{_CLAUSE_FIRST}\b)(?!{_VERB_FIRST}\s)(?![a-z]+ing\s+(?:of|for|at|a|an|the|its|their)\b)"
                         r"(?![a-z]+s\s+(?:her|his|its|their)\s)"
                         r"(?![a-z]+ed\s+(?:a|an|the|his|her|their|its)\s)"
                         rf"(?:[a-z][\w-]*\s+){{1,3}}(?:of|for|at)\s+{_ROLE_TEXT}))"
                         rf"(?=\s*(?:(?<!\d),|,(?!\d{{3}}\b)|[;:)]|(?<!\bNo)(?<!\b[A-Z])\.|"
                         rf"(?<!\b[A-Z])\.(?![ \u00a0]\d)|"
                         rf"\([^()]*\)(?!,\s+[A-ZÀ-ÖØ-Þ])|{_CLAUSE}|$))")
_ROLE_BEFORE = re.compile(r"(?:(?:(?P<lead>\w+)\s+|^|\s)(?:the|a|an)|(?:^|[.!?]\s+)The|"
                          # a place's or a body's in the possessive ("Pond Inlet's mayor, Elisapee Qaunaq")
                          r"(?:^|[.!?]\s+)(?P<owner>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*[’']s))\s+"
                          # and what it is of ("The regional governor of the North Aegean, Athanasios Vrontamitis")
                          r"(?P<role>[a-z][a-z’' -]{2,60}(?: (?:of|for|in|at) (?:the )?(?:[A-Z][\w’'-]*(?: |(?=,))){1,4})?)"
                          r",\s*$")
_BEFORE_A_ROLE = frozenset({"and", "but", "said", "says", "added", "told", "warned", "wrote"})
"""The words a role in apposition before a name may follow ("…, said the army chief, Burhan"); after
others it is a phrase of the sentence ("In an unusual move, Walensky …", "called Xi a dictator, Biden said")."""
_IRREGULAR_PLURALS = frozenset({"children", "people"})
"""Plurals without an s, whose possessive is inside many names ("Children’s Hospital", "People's Party"), with
those ending in "men" ("Fishermen's Federation", "Women's Institute")."""
HONOURS = frozenset({"sir", "dame"})
"""Knighthoods are part of the name they come first in ("Sir Geoffrey Hall", "Sir Geoffrey")."""
_HONOURS_FIRST = frozenset({"tun", "datuk", "dato", "datin"})
"""Malaysian honours, which come first in a name: a word before one is a name's ("Hla Tun Kyaw", a Burmese name), not
a title's qualifier, as "Transport" of "Transport Minister" is."""
_ABSTRACT_ENDINGS = ("tion", "ment", "ity", "ance", "ence", "ship", "logy", "ture", "ism", "ics")
"""Endings of the common nouns that end some organisations' names after "and" ("… Control and Prevention",
"Ministry of Mines and Minerals Development", "… Water Resources and Meteorology", "… and Agriculture")."""
_AND_TAIL_WORDS = 3
"""How many words after "and" such a noun may end."""
_AND_WORDS = frozenset({"and", "e", "et"})
_SUSPENDING = frozenset({"und", "and", "oder", "or"})
_GENERIC_ACRONYMS = frozenset({"ngo", "ngos"})
"""Acronyms of a kind of organisation, not of one: "the NGO Réseau Mer et Vie"."""
_COMMON_LEGAL_WORDS = frozenset({"limited", "corp", "co", "private", "se", "ab", "as", "kg", "kk", "oy", "sas", "dac"})
"""Legal forms that are words or abbreviations of other things too: a comma before one may end the name."""
_RANKS_AFTER = frozenset({"superieur", "superieure", "principal", "principale", "adjoint", "adjointe", "divisionnaire"})
"""Words that go on a French title after it ("Commissaire Supérieur Principal", "Procureur Adjoint")."""
_FRENCH_ADJECTIVES = frozenset({"Général", "Générale", "Généraux"})
"""A title's French form after a noun is the noun's adjective, no one's title ("Hôpital Général de Référence de
Kolwezi", "Direction Générale des Douanes")."""
_MISSIONS = frozenset({"embassy", "consulate", "consulate-general"})
"""The diplomatic missions whose formal name is "of" their country "in" their seat ("Embassy of Japan in Seoul")."""
_DELEGATIONS = frozenset({"delegation", "mission"})
"""The missions whose formal name is "of" what sends them "to" a country ("Delegation of the European Union to
Georgia")."""
_GENERAL_BODIES = frozenset({"consulate", "directorate", "secretariat", "inspectorate", "commissariat"})
"""Bodies whose "General" is their name's, no title ("Consulate General of India", "Directorate General of …")."""
_FRENCH_ARTICLES = frozenset({"la", "le", "les", "l'", "l’"})
KIN = (r"(?:(?:great-)?grand)?(?:son|daughter|father|mother|wife|husband|widow|widower|brother|sister|nephew|niece|"
       r"cousin|uncle|aunt)")
"""The words of a relation ("the son of …", "his widow")."""
OF_WORDS = frozenset({"of", "de", "do", "dos", "da", "das", "des", "du", "del", "della", "di"})
"""After "and" in an organisation's name, these go on with it ("Instituto … do Meio Ambiente e dos Recursos …")."""
_GIVEN_MONTHS = frozenset({"Jan", "April", "May", "June", "August", "Jun"})
"""Months' names that are given names too ("Jan Peeters", "April Ryan", "June Almeida", "Marcus Ong Jun Hao")."""
_GIVEN_MONTH = re.compile(r"(?:Jan|April|May|June|August|Jun) ")
_DATE_LEAD = re.compile(r"(?:\b(?:[Ii]n|[Oo]n|since|by|until|till|from|last|next|early|late|mid|of|through|before|after"
                        r"|during|between|and|to|this|that|each|every)|\d)[\s-]*$")
"""A word that puts a month's name after it in a date ("in May", "since June", "12 Jan")."""
_DATE_LEAD_CHARS = 10
_REMIT_OPENERS = OF_WORDS | {"for"}
"""The words after a title that open its remit ("Minister of …", "Minister for Food and Agriculture")."""
PATRONYMICS = frozenset({"uulu", "kyzy", "uly", "qyzy", "oglu", "ogly", "qizi", "gizi", "ugli", "ogli"})
"""The words "son of" and "daughter of" after a father's name, in Kyrgyz ("Bakyt Toktogul uulu", "Aizada Sadyr kyzy"),
Kazakh, Azerbaijani ("Ilham Heydar oglu Aliyev") and Uzbek ("Azizbek Sherzod ugli Tojiboev"): a word of the name, its
last where there is no family name."""
_AND_WITHIN = frozenset({"en", "og", "och"})
""""And" in Spanish, Catalan and Dutch, in Norwegian and Danish, and in Swedish: inside one name ("Ecologistas en
Acción", "Van Dijk en Zonen", "Natur og Ungdom"), where English news copy writes no such word between two names."""
FAROESE_PARTICLES = frozenset({"á", "í", "við", "av"})
"""The words before a farm's or a village's name in a Faroese name ("Eyðun á Fløtum", "Rakul í Dali", "Annfinn við
Ánna"), which go with it after a title ("Mr á Fløtum")."""
MALAY_TAMIL_FATHERS = frozenset({"binte", "binti", "s/o", "d/o", "a/l", "a/p", "anak", "br", "br.", "boru"})
"""The words before a father's name in a Malay name ("Norhayati binte Salleh"), an Iban one ("Wilfred Tawi anak Ugak")
or a Tamil one in Singapore and Malaysia ("Gopal s/o Rajendran", "son of"; "a/l", "anak lelaki"), or before a Batak
woman's clan ("Rosmaida br. Manurung", "boru"): the person goes by the names before it."""
NAME_PARTICLES = (PATRONYMICS | frozenset({"e", "de", "del", "da", "di", "dos", "das", "do", "la", "le", "los", "las",
                                          "du", "van", "von", "der", "den", "della", "dello", "delle", "degli", "dei",
                                          "des", "ter", "ten", "zu", "bin",
                                          "bint", "ibn", "ben", "ould", "mint", "arap", "af", "y", "i", "dela", "delos",
                                          "am", "im", "es", "'t", "’t", "ap", "ab", "el", "ag", "walet", "welet",
                                          "ult", "ole", "ene", "wa", "ul", "ud", "ur"}) | MALAY_TAMIL_FATHERS
                  | FAROESE_PARTICLES)
"""Connectors that belong inside a person's name ("Osama bin Laden", "Ursula von der Leyen", "Daniel arap Moi", "Ramon
dela Cruz", the Spanish "Mariana de los Ángeles Restrepo Vélez", the Welsh "Iestyn ap Rhys", the Catalan "Jordi Puig
i Ferrer", the Portuguese "Tiago Oliveira e Silva", the Tuareg "Mohamed Lamine ag Ekhia" and "Fadimata walet
Alkhassoum", son and daughter of, as the Maasai "Sankale ole Kipees" and "Naserian ene Kisemei", the Gikuyu and Luba
"Ngũgĩ wa Thiong'o" and "Augustin Banza wa Banza", the Urdu "ul" of "Anwar ul Haq Jogezai") or a town's ("Matrei am
Brenner", "Dar es Salaam")."""
SHOUTED = 7
"""All-capital words this long or longer that are words of the language are headline shouting ("BREAKING",
"EXCLUSIVE"), not acronyms ("SAEMAPE", "COMICREL")."""
_SHOUTS = frozenset({"breaking", "exclusive", "updated", "analysis", "opinion", "comment", "sponsored", "trending",
                     "correction", "gallery", "featured", "advertisement", "developing", "editorial", "interview",
                     "explainer", "factcheck", "podcast"})
_ROLE_WORDS = 10
_LOOK_BACK = 16
"""Characters looked at before a name for what begins its sentence or precedes it (no word is longer)."""
_LOOK_AHEAD = 200
"""Characters looked at after a name for an acronym, a nickname or a role in apposition."""
_AGE = re.compile(r",\s+\d{1,3}(?:,(?=\s)|\.(?=\s|$))")
"""An age between commas after a name ("Ramli, 54, a fisherman"), or ending the sentence ('…," said Maryan, 38.'):
only a person has one."""
_GAP = re.compile(r"[ \t\u00a0]+")
_LIST_GAP = re.compile(r",? and |, ")
_PLACE_BEFORE = re.compile(r"\b(?:city|town|village|port|district|province|region|municipality|island|state|quarter|"
                           r"neighbourhood|neighborhood|suburb|township|commune|peninsula|mayor|governor|prefect)\s+"
                           r"of\s+$")
"""A place's noun, or the title of whoever heads a place ("the mayor of Istiaia"), before "of" and a name."""
_PLACE_AFTER = re.compile(r"\s+(?:regions?|provinces?|districts?|county|counties|department|municipality|municipalities|"
                          r"valley|city|cities|towns?|area|peninsula|coast|border|plateau|plains?|basin|delta|highlands|"
                          r"villages?|settlements?|neighbou?rhoods?|townships?|suburbs?|rivers?|lakes?|creeks?|canals?|"
                          r"bridges?|markets?|temples?|dams?|reservoirs?|lagoons?|"
                          r"(?:resettlement|relocation|refugee|displacement|transit)\s+(?:site|camp)s?|"
                          r"(?:[a-z]+\s+)?(?:mine|platform|oilfield|gasfield|refinery|terminal|pipeline|smelter|"
                          r"deposit|field|quarry)s?)\b")
"""A place's noun after a name ("the Cusco region", "Cần Thơ city", "the Makinohara plateau", "the Bến Tre and Trà Vinh
provinces"), not every plural: "Emergency departments"; or a site's ("the Zhanaaul mine", "the Gandiol Deep gas
platform", "the Tavan Tolgoi coal deposit")."""
OPENING_MARKS = "ʻ'‘’ǀǁǂǃ"
"""The marks written before a name's capital: a Polynesian glottal stop ("Viliami 'Unga", "ʻEua") and a Khoisan click
("Qgam ǂToma", "ǃXóõ")."""
# One character class first (the particles' initials with the capitals) lets the regex engine skip
# to the candidates: the same as (?:[{_UPPER}]|(?:al|el|ad|as|ash|ar|an|at|az)-)\S*, faster. A capital after
# a letter or a digit is inside a word, no name's start ("Jet" of "easyJet", "Wh" of "kWh", "NA" of "eDNA"),
# unless the letter is a glottal stop or a click ("ʻEua", "ǃXóõ").
_CAPITAL_START = rf"[{_UPPER}ae](?:(?<=a)(?:l|d|s|sh|r|n|t|z)-|(?<=e)l-|(?<![ae])(?<![^\W_{OPENING_MARKS}].))"
_CAPITALISED = rf"{_CAPITAL_START}\S*"
_PREFIXED = rf"(?:{_CAPITAL_START}|(?<!\w)[euio](?=[{_UPPER}][a-z]{{3}}))\S*"
"""A capitalised word, or one after a noun class's prefix (see _NOUN_CLASS)."""
_ELIDED_TEXT = r"(?:(?:d|l|dell|dall|nell|n)['’])?"
_ELISION = re.compile(r"^(?:d|l|dell|dall|nell|n)['’]")
_ORGANISATION_AFTER = re.compile(r"[ \u00a0]+(?:party|movement|coalition|bloc|faction|militia|alliance|"
                                 r"(?:trade\s+)?union|cooperative|co-operative)\b")
"""An organisation's noun in lower case after a name: "the ruling Georgian Path party", "the Rybak Kamchatki trade
union"."""
_NICKNAME = re.compile(r"(\b[A-Z][\w.'’-]*[ \u00a0])([\"“][A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?[\"”]|"
                       r"«[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?»|"
                       r"‘[A-Z][\w.-]*(?: [A-Z][\w.-]*)?’|'[A-Z][\w.-]*(?: [A-Z][\w.-]*)?')(?=[ \u00a0][A-Z])")
"""A nickname in quotation marks, double, single or guillemets, between a name's words: 'Rodrigo "Digoy" Abellana',
"Clyde ‘Bumpy’ Forde", "Ricardo Daniel «Tanque» Albornoz"."""
_NICKNAME_IN_PARENTHESES = re.compile(r"(\b[A-Z][a-z][\w.'’-]*[ \u00a0])(\([A-Z][a-z][\w'’-]*\))"
                                      r"(?=[ \u00a0][A-Z][a-z])")
"""A nickname of one word in parentheses between a name's words ("Michel (Moose) Dufresne"), not an acronym."""
_IRISH_MUTATED = rf"(?:(?<=[ÓÍ] )|(?<=\ban ))[hnt](?=[{_UPPER}])\S*"
"""An Irish family name's word after "Ó", "Ní", "Uí" or "Mac an", its first letter in lower case ("Ó hAodha", "Mac
an tSaoir"): it goes on a name, never starts one."""
ASCII_CLICKS = "/!"
"""The clicks as Namibian papers write them with ASCII, "//" and "/" and "!" before a capital ("Petrus //Garoeb",
"Dawid /Uirab", "Frieda !Naruseb")."""
_MARK_OPENED = rf"(?:[{OPENING_MARKS}]|//|/|!)[{_UPPER}]\S*"
"""A word opened by a glottal stop or a click, as a name's later word: a quotation mark opens no name's second word."""
_SMALL_IN_A_NAME = (r"[a-z]{1,4}|degli|della|delle|dello|ved\.|br\.|für|binte|binti|walet|welet|[sd]/o|a/[lp]|[&àáí]|"
                    r"við|['’]t")
_STRETCH_TEXT = (r"{word}(?:(?:[ \t\u00a0]+(?:(?:" + _SMALL_IN_A_NAME + r")[ \t\u00a0]+)*" + _ELIDED_TEXT
                 + r"(?:{word}|" + _IRISH_MUTATED + r"))|[ \t\u00a0]+" + _MARK_OPENED + r")*"
                 + rf"(?:[ \t\u00a0]+(?:{'|'.join(sorted(PATRONYMICS))})\b)?")
_STRETCH = re.compile(_STRETCH_TEXT.replace("{word}", _CAPITALISED))
"""A stretch of text that may hold names: capitalised words, with short lower-case words, "&", French "à" or Dutch "'t"
between them ("Jantine van 't Hul"), a word opened by a glottal stop after one ("Viliami 'Unga"), and a patronymic's
"son of" after them ("Bakyt Toktogul uulu")."""
_PREFIXED_STRETCH = re.compile(_STRETCH_TEXT.replace("{word}", _PREFIXED))
"""A stretch whose words may open with a noun class's prefix in lower case: looked for only in a paragraph that has
one, as it is twice as slow to look for (see _PREFIX_HINT)."""
_PREFIX_HINT = re.compile(r"[euio][A-Z]")


class Run(NamedTuple):
    """A capitalised name in a paragraph: its words without title, and what the text says of it.

    A named tuple, not a frozen dataclass: an article makes a hundred, and a frozen dataclass
    takes four times as long to make.
    """

    start: int
    """Where the run starts, its title included ("General …"), so a speech verb next to it finds it."""
    end: int
    words: tuple[str, ...]
    title: tuple[str, ...] = ()
    opener: bool = False
    """The name's first word begins a sentence, where any word has a capital."""
    acronym: str = ""
    nickname_at: int = -1
    """Where a nickname introduced by "known as" starts, or -1."""
    role: str = ""
    preposition: str = ""
    """The place preposition the run follows ("in", "from", "near"…; "" when none): a hint that it names a place."""
    after_the: bool = False
    """The run follows "the": "the Bank" may stand for the Bank of England."""
    described: bool = False
    """The run follows a noun that says it is an organisation: "the Italian manufacturer Veltro"."""
    placed: bool = False
    """A noun next to the run says it is a place: "the city of Cusco", "the Cusco region"."""
    personal: bool = False
    """An age follows the run between commas ("Ramli, 54, a fisherman"), or its role goes on with "who" ("…, the
    mill operator who led the strike"): a person's, whatever the role's noun."""
    speaks: bool = False
    """A speech verb follows the run, a word alone ("Bounkham said"), or "according to" comes before it ("according to
    Suryani")."""
    after_a: bool = False
    """The run follows "a" or "an": "a Land Cruiser" names a thing, "an Airbus A320" a kind of one."""

    @property
    def name(self) -> str:
        """Return the name as written, without its title."""
        return " ".join(self.words)


_Found = tuple[int, int, tuple[str, ...], tuple[str, ...], bool]
"""A name as _runs() finds it: start (its title included), end, words, title and whether it opens a sentence."""


class _Token(NamedTuple):
    start: int
    end: int
    text: str


class _Group(NamedTuple):
    """Capitalised words that may make one or more names: its tokens are where they are in the text once offset
    is added (a remembered stretch's group is kept with offset 0 and placed where each occurrence is)."""

    offset: int
    tokens: tuple[_Token, ...]
    words: tuple[str, ...]
    """The tokens' words, the last without its possessive."""


def find_runs(text: str, known: tuple[Span, ...], lex: Lexicon) -> tuple[Run, ...]:
    """Return the candidate names of one paragraph, left of and between the known actors' names."""
    if _is_headline(text):
        return ()
    text = _without_nicknames(_small_words_lowered(text), lex)
    # Most words are in lower case: the regex engine skips them, and only the stretches of
    # capitalised words are split into words here.
    groups = _paragraph_groups(text, known, lex)
    nicknames = ("known " in text or "formally " in text or "officially " in text or "goes by " in text
                 or " call" in text or "whose " in text or " know" in text
                 or (" to " in text and ("–" in text or "—" in text)))
    runs = [_annotated(text, found, lex, nicknames=nicknames) for group in groups
            for found in filter(None, (_without_slogan_verb(text, run, lex) for run in _runs(text, group, lex)))
            if not _participle_opens(text, found, lex) and not _plural_opens(text, found)
            and not _place_adjective(found, lex) and not _vessel_s(text, found[0]) and not _party_member(text, found)
            and not _numbered_thing(text, found, lex) and not _plural_or_sum(text, found)
            and not _adjectives_before_a_noun(text, found, lex)
            and _VERBS_IN_CAPITALS.isdisjoint(found[2][1:]) and not _region_abbreviation(text, found, lex)
            and not (len(found[2]) == 1 and ROMAN_NUMERAL.fullmatch(found[2][0])) and not _titled_letter(found)]
    runs = _numbered(text, runs, lex) if any(fold_word(run.words[-1]) in _NUMBERED_OR_ROAD for run in runs) else runs
    runs = [_without_a_number_s_unit(text, run) for run in runs] if _UNIT_HINT.search(text) else runs
    runs = _with_ordinal(text, runs, lex) if _ORDINAL.search(text) else runs
    runs = _seated_by_acronym(text, _spelt_across_a_comma(text, runs, lex) if ", " in text else runs, lex)
    runs = _under_a_government(text, runs, lex) if " under the " in text else runs
    runs = _listed(text, _translated(text, _spelt_after(text, runs, lex), lex), lex)
    runs = _place_named_otherwise(text, runs, lex) if " (" in text else runs
    runs = _translated_after_acronym(text, runs, lex) if ", or " in text else runs
    runs = _sentence_case_tails(text, runs, lex) if any(not _ROMANCE_WRITTEN.isdisjoint(r.words) for r in runs) else runs
    runs = _spelt_in_sentence_case(text, runs, lex) if " (" in text else runs
    runs = _dashed(text, runs, lex) if " - " in text or " – " in text or " — " in text else runs  # see NAME_DASHES
    forms = [_legal_form_alone(text, run, lex) for run in runs]
    if not any(forms):  # as in most paragraphs
        return tuple(runs)
    # A legal form after a country in parentheses ends its company's name ("Huaxin Textile Trading (Nigeria) Ltd").
    owners = {found.start() for run, form in zip(runs, forms)
              if form and (found := _LEGAL_FORM_AFTER.search(text, 0, run.start)) is not None}
    # A legal form written before a name in quotation marks is the company's ("OOO «Kamchatrybprom»").
    return tuple(_with_legal_form(runs[index - 1], run) if index and forms[index - 1]
                 and text.startswith(_NAME_QUOTED, runs[index - 1].end) else
                 run._replace(described=True) if run.end in owners else run
                 for index, run in enumerate(runs) if not forms[index])


def _titled_letter(found: _Found) -> bool:
    """Tell whether a name is one letter after a title: "Gen Z" is a generation, not a general called Z (a letter alone
    may be a name, as the platform X's)."""
    return bool(found[3]) and len(found[2]) == 1 and len(found[2][0]) == 1


ROMAN_NUMERAL = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
"""A number in Roman numerals, alone no name ("blood products such as factor VIII"); after a name it is the name's
("Henry VIII", "Hospital Raja Perempuan Zainab II")."""
_VERBS_IN_CAPITALS = frozenset({"Is", "Are", "Was", "Were", "Not", "Has", "Have", "Will", "Shall", "Must"})
"""Verbs and "Not" in capitals after a run's first word: a slogan or a headline in title case ("Chuuk Is Not For
Sale"), no name."""
_PARTICIPLE_PHRASE = re.compile(r" (?:[a-z]+ly )?(?:(?:to|on|in|at|by|with|about|of|for|from|as|after|into|over|"
                                r"through|under|the|a|an|his|her|their|its|our|near|beside|behind|outside|inside|along|"
                                r"across|around|between|before|up|down|back)\b|"
                                r"(?!(?:said|says|told|tells|added|is|was|were|has|had|have|will|would|can|could|may|"
                                r"did|does|who|and|or|but)\b)[a-z][\w-]*\s)"
                                r"(?:[^.!?;:“”\"]|[“\"][^.!?;:“”\"]{1,30}[”\"])*?,")
"""A participle's phrase after the word that opens a sentence, up to the comma before the main clause ("Compared with
the gneiss at home, he said", "Standing near the banner, she said", 'Known locally as "Stumpy", McInerney …', "Pouring
green tea into small bowls, he puts it"); not a verb after a name ("Manning said the plan, …")."""
_IRREGULAR_PARTICIPLES = frozenset({"born", "told", "given", "known", "seen", "taken", "shown", "caught", "built", "held",
                                    "brought", "sought", "driven", "written", "spoken", "chosen", "struck", "hidden"})
_GIVEN_ENDINGS = ("med", "eed", "yed", "jed", "ved")
"""Given names' endings in "-ed" ("Ahmed", "Saeed", "Zayed", "Majed", "Javed"), which few participles have."""


def _without_slogan_verb(text: str, found: _Found, lex: Lexicon) -> _Found | None:
    """Return a name found without the verb a slogan opens with where it opens a quotation or goes on in one ("Keep
    TikTok, Keep My Paycheck": no one named "Keep TikTok"; "Free Julian Assange": Julian Assange); None when the verb
    was all of it."""
    start, end, words, title, _ = found
    if title or fold_word(words[0]) not in lex.slogan_verbs or not (
            _quotation_opens(text, start) or _slogan_goes_on(text, start, lex)):
        return found
    rest = text.find(words[1], start + len(words[0])) if len(words) > 1 else -1
    return (rest, end, words[1:], title, False) if rest >= 0 else None


def _slogan_goes_on(text: str, start: int, lex: Lexicon) -> bool:
    """Tell whether a word after a comma goes on with a slogan a verb opened in the same quotation ("Keep TikTok, Keep
    My Paycheck")."""
    opened = max(text.rfind('"', 0, start), text.rfind("“", 0, start))
    return (text.endswith(", ", 0, start) and 0 <= opened and start - opened <= _SLOGAN_CHARS
            and fold_word(text[opened + 1:start].split(None, 1)[0]) in lex.slogan_verbs)


_SLOGAN_CHARS = 60
"""The farthest a slogan's verb opens its quotation before a comma and its next words."""


def _participle_opens(text: str, found: _Found, lex: Lexicon) -> bool:
    """Tell whether a name found is one capitalised word opening a sentence that is a participle before its phrase
    and a comma ("Compared with …,", "Reached by phone,", "Responding to the claims,"), no name: not "Manning said"."""
    _, end, words, title, opener = found
    word = words[0]
    if not (opener and len(words) == 1 and not title and word.isalpha() and word[1:].islower()
            and _PARTICIPLE_PHRASE.match(text, end)):
        return False
    folded = fold_word(word)
    participle = ((folded.endswith("ing") and len(folded) >= 7) or folded in _IRREGULAR_PARTICIPLES
                  or (folded.endswith("ed") and len(folded) >= 5 and not folded.endswith(_GIVEN_ENDINGS)))
    return participle and folded not in lex.all_places


_PLURAL_VERB = re.compile(r" (?:say|argue|warn|fear|insist|complain|believe|worry|hope|want|claim|contend|agree|"
                          r"disagree|accuse|blame|allege|estimate|expect|reckon|are|were|have|do)\b")
"""A verb in the present of a plural subject, or one's auxiliary: no person's name comes before it ("Campaigners say",
"Herders fear", "Drivers are paid a fixed wage")."""


def _adjectives_before_a_noun(text: str, found: _Found, lex: Lexicon) -> bool:
    """Tell whether a name found is two words opening a sentence, a people's adjective after a common word or "New",
    "North" …, before a noun in lower case ("New American tariffs", "North Korean troops"): no name."""
    start, end, words, title, opener = found
    # a sentence opens after a quotation's closing mark too ("“…” New American tariffs …")
    opens = opener or text[max(0, start - 3):start].rstrip().endswith((".”", "!”", "?”"))
    return (opens and len(words) == 2 and not title and fold_word(words[1]) in lex.demonyms
            and (fold_word(words[0]) in NEW_OR_OLD or is_common_word(words[0], lex))
            and _LOWER_CASE_AFTER.match(text, end) is not None)


_LOWER_CASE_AFTER = re.compile(r" [a-z]")


def _under_a_government(text: str, runs: list[Run], lex: Lexicon) -> list[Run]:
    """Join a body's name to the government it is placed under, as Central Asia's official names have it ("Committee
    of Emergency Situations and Civil Defence under the Government of the Republic of Tajikistan (CoES)"): one name,
    not a committee and a republic."""
    joined: list[Run] = []
    for run in runs:
        if joined and run.start < joined[-1].end:
            continue  # the government's words, now in the body's name
        under = _UNDER_A_GOVERNMENT.match(text, run.end) if any(
            is_organisation_word(word, lex) for word in run.words) else None
        if under is None:
            joined.append(run)
            continue
        words = (*run.words, *text[run.end:under.end()].split())
        joined.append(run._replace(end=under.end(), words=words,
                                   acronym=_acronym_after(text, under.end(), words, lex)))
    return joined


_UNDER_A_GOVERNMENT = re.compile(r"\s+under\s+the\s+(?:Government|President|Cabinet\s+of\s+Ministers)\s+of\s+"
                                 r"(?:the\s+)?(?:Republic\s+of\s+)?[A-Z][\w'-]*(?:\s+Republic)?")
"""The government a body is placed under, after its name ("… under the President of the Kyrgyz Republic")."""


def _plural_opens(text: str, found: _Found) -> bool:
    """Tell whether a name found is one capitalised word opening a sentence that is a plural noun, the subject of a
    verb in the plural ("Campaigners say the programme must reach the villages"): no name, as "Manning says" is."""
    _, end, words, title, opener = found
    word = words[0]
    return (opener and len(words) == 1 and not title and word.isalpha() and word.endswith("s")
            and not word.endswith(("ss", "us", "is")) and _PLURAL_VERB.match(text, end) is not None)


_NUMBER_AFTER_NAME = re.compile(r" ([1-9][0-9]{0,2}|[IVX]{1,4})\b(?![.,:/-]?[0-9])")
"""A number after a word, as a court's or a union's district is written ("… del Distrito 16", "Local 100")."""
_NUMBERED = frozenset({"district", "distrito", "circuit", "circuito", "division", "ward", "precinct", "local", "zone",
                       "zona", "sector", "battalion", "brigade"})
"""The last words of a body's name that its number goes on from ("Tribunal Unitario Agrario del Distrito 16")."""
_NUMBERED_OR_ROAD = _NUMBERED | ROADS | NUMBERED_AREAS
"""The words a number may go on from (see _numbered)."""


def _numbered(text: str, runs: list[Run], lex: Lexicon) -> list[Run]:
    """Give an organisation's name the number that goes on from its district's word ("Tribunal Unitario Agrario
    del Distrito 16", "Unitary Agrarian Court for District 16"): without it, it is another body's name. A road's
    name is its number ("Ruta 5")."""
    numbered = []
    for run in runs:
        number = _NUMBER_AFTER_NAME.match(text, run.end) if fold_word(run.words[-1]) in ROADS or (
            len(run.words) == 1 and fold_word(run.words[0]) in NUMBERED_AREAS) or (
            len(run.words) >= 3 and fold_word(run.words[-1]) in _NUMBERED
            and any(is_organisation_word(word, lex) for word in run.words[:-1])) else None
        if number:
            run = run._replace(end=number.end(), words=(*run.words, number.group(1)))
        numbered.append(run)
    return numbered


def _with_ordinal(text: str, runs: list[Run], lex: Lexicon) -> list[Run]:
    """Give an organisation's name the ordinal written before it ("23rd Judicial District Court", "1st Administrative
    Court"): without it, it is another body's name."""
    ordered = []
    for run in runs:
        ordinal = _ORDINAL_BEFORE.search(text, max(0, run.start - _ORDINAL_CHARS), run.start)
        if ordinal is not None and is_organisation_word(run.words[-1], lex):
            run = run._replace(start=ordinal.start(), words=(ordinal.group(1), *run.words))
        ordered.append(run)
    return ordered


_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
_ORDINAL_BEFORE = re.compile(r"\b(\d{1,3}(?:st|nd|rd|th))[ \u00a0]$")
_ORDINAL_CHARS = 6


_LEGAL_FORM_AFTER = re.compile(r" \([^()]{2,40}\) $")
"""A country or a place in parentheses between a company's name and its legal form."""


def _with_legal_form(form: Run, name: Run) -> Run:
    """Return a company's name in quotation marks with the legal form written before it ("OOO «Kamchatrybprom»" is
    the company OOO Kamchatrybprom, called "Kamchatrybprom" too)."""
    return name._replace(start=form.start, words=(*form.words, *name.words), described=True)


def _legal_form_alone(text: str, run: Run, lex: Lexicon) -> bool:
    """Tell whether a run is a legal form that names no one: one cut off its company's name ("Huaxin Textile Trading
    (Nigeria) Ltd"), or written before a name in quotation marks ("OOO «Kamchatrybprom»"); in capitals it may be an
    acronym ("Sudan and Chad (SDN)")."""
    return all(is_legal_form(word, lex) for word in run.words) and (
        not all(word.isupper() for word in run.words) or text.startswith(_NAME_QUOTED, run.end))


def _translated(text: str, runs: list[Run], lex: Lexicon) -> list[Run]:
    """Give an organisation's name its other language's name in parentheses after it as its alias ("the Ministry of
    Economy (Ministria e Ekonomisë)", "Egbe Isokan Omo Okun-Seriki (Okun-Seriki Unity Association)"), and a name in
    sentence case its small words when its translation has as many words ("Srpska lista (Serb List)"), and the
    acronym after a comma inside the parentheses ("(Bundesministerium für Wirtschaft und Energie, BMWE)"); not a
    person's affiliation ("Ahmed Salah (Cairo University)")."""
    if " (" not in text:
        return runs
    for index in range(len(runs) - 1):
        name, other = runs[index], runs[index + 1]
        gap = _TRANSLATION_GAP.fullmatch(text, name.end, other.start)
        acronym = _ACRONYM_CLOSING.match(text, other.end)
        if gap is None or (text[other.end:other.end + 1] != ")" and acronym is None) or (
                len(other.words) < 2 and not _native_word(text, name, other, gap, lex)) or other.title or name.title:
            continue
        if acronym is not None and not name.acronym:
            runs[index] = name = name._replace(acronym=acronym.group(1))
        small = tuple(gap.group(1).split())
        if small and len(name.words) + len(small) == len(other.words) and not lex.connectors.issuperset(small):
            # "Srpska lista (Serb List), the main party of …": the role after the translation is the party's.
            role = name.role or _role_text(_ROLE_AFTER.match(text[other.end + 1:other.end + 1 + _LOOK_AHEAD]), "", lex)
            runs[index] = name._replace(end=name.end + len(gap.group(1)), words=(*name.words, *small),
                                        nickname_at=other.start, role=role)
        elif not small and (any(is_organisation_word(word, lex) for word in name.words)
                            or (any(is_organisation_word(word, lex) for word in other.words)
                                and (set(name.words) & set(other.words) or name.described))):
            runs[index] = name._replace(nickname_at=other.start)
    return runs


def _native_word(text: str, name: Run, other: Run, gap: re.Match[str], lex: Lexicon) -> bool:
    """Tell whether one word in parentheses right after an organisation's name is its name in its own language
    ("Norwegian Offshore Directorate (Sokkeldirektoratet)"): no acronym, whatever its case ("Zanu-PF"), no place
    ("Ministry of Health (Kenya)")."""
    word = other.words[0]
    return (not gap.group(1) and text.startswith(")", other.end) and sum(c.isupper() for c in word) == 1
            and fold_word(word) not in lex.all_places and any(is_organisation_word(w, lex) for w in name.words))


def _place_named_otherwise(text: str, runs: list[Run], lex: Lexicon) -> list[Run]:
    """Give a place after a place's preposition or noun its other name in parentheses straight after it, in another
    language or of another time ("in Ilulissat (Jakobshavn)", "at Ros an Mhíl (Rossaveel)"), as its alias: not a
    person's name nor another place; a known place in parentheses is the one the place is in ("in Shahabad
    (Punjab)"). (See naming for the river or the region an article writes after "the": "Frankfurt (Oder)".)"""
    runs = list(runs)
    for index in range(len(runs) - 1):
        place, other = runs[index], runs[index + 1]
        if (text[place.end:other.start] == " (" and text.startswith(")", other.end) and not place.title
                and not other.title and not place.acronym and not is_acronym(other.words) and len(other.words) <= 3
                and (place.preposition or place.placed)
                and fold_word(other.name) not in lex.all_places
                and not any(is_organisation_word(word, lex) for word in (*place.words, *other.words))):
            runs[index] = place._replace(nickname_at=other.start, placed=True)
            runs[index + 1] = other._replace(placed=True)
    return runs


_ROMANCE_WRITTEN = frozenset({"Agence", "Tribunal", "Ministère", "Ministere", "Conseil", "Cour", "Société", "Societe",
                              "Caisse", "Fédération", "Federation", "Groupement", "Comité", "Comite", "Institut",
                              "Banque", "Chambre", "Autorité", "Agencia", "Ministerio", "Consejo", "Juzgado", "Corte",
                              "Ministero", "Consiglio", "Dirección", "Direccion", "Servicio", "Instituto", "Oficina",
                              "Secretaría", "Secretaria", "Superintendencia", "Assemblée", "Asamblea", "Assemblea",
                              "Assembleia", "Syndicat", "Sindicato", "Ligue", "Confédération", "Parquet", "Mouvement",
                              "Observatoire", "Collectif"})
"""Organisations' words of French, Spanish and Italian, whose names are written in sentence case ("Tribunal
administratif de Ouagadougou", "Agence française de développement", "Assemblée nationale"), as names write them:
looking a run's words up is quicker than folding them, and most runs have none."""
_ROMANCE_HEADS = frozenset(map(fold_word, _ROMANCE_WRITTEN))
_ADJECTIVE_TAIL = re.compile(r" ((?:[a-zàâçéèêëîïôûùüÿñó]+(?:al|ale|ales|aux|if|ive|ifs|ives|ique|iques|aire|aires|ien|"
                             r"ienne|el|elle|aise|ais|oise|ois|é|ée|in|ine|ano|ana|ivo|iva|ico|ica|ali)"
                             r"(?= |[,.;:)]|$) ?){1,2})")
"""One or two adjectives in lower case after an organisation's word ("administratif", "française", "nationale")."""
_LOWER_OF = re.compile(r" (?:de|du|des) ((?:[a-zàâçéèêëîïôûùüÿñó]{3,} ?){1,2})(?=\()")
"""What a body in sentence case is "of", in lower case, before its acronym ("… de développement (AFD)")."""
_OF_A_NOUN = re.compile(r" (?:(?:de la|du|des|de) |de l['’])[a-zàâçéèêëîïôûùüÿñó]{4,}(?=[\s,.;:)]|$)")
"""What a body in sentence case is "of", one noun in lower case, right after its word ("Autorité de la concurrence",
"Cour des comptes", "Cour de cassation")."""
_OF_THEN = re.compile(r" (?:de|du|des) |\s*(?:d['’])")
""""Of" between a body's adjectives and what it is of ("… administratif de Ouagadougou", "… d'Abidjan")."""


def _sentence_case_tails(text: str, runs: list[Run], lex: Lexicon) -> list[Run]:
    """Give a name with a Romance organisation's word the adjectives in lower case after it, and what follows them
    that it is "of": the next name, or lower-case words before its acronym ("Tribunal administratif de
    Ouagadougou", "Groupement féminin Espoir", "Ministère de la Femme et de la Solidarité nationale", "Agence
    française de développement (AFD)")."""
    merged: list[Run] = []
    index = 0
    while index < len(runs):
        run = runs[index]
        tail = _ADJECTIVE_TAIL.match(text, run.end) if any(fold_word(w) in _ROMANCE_HEADS for w in run.words) else None
        if tail is None:
            of = _OF_A_NOUN.match(text, run.end) if run.words[-1] in _ROMANCE_WRITTEN else None
            merged.append(run if of is None else run._replace(end=of.end(), words=(*run.words, *of.group(0).split())))
            index += 1
            continue
        end, words = tail.start(1) + len(tail.group(1).rstrip()), (*run.words, *tail.group(1).split())
        following = runs[index + 1] if index + 1 < len(runs) else None
        of = _OF_THEN.match(text, end)
        if following is not None and following.start == (of.end() if of else end + 1) and not following.title:
            joined = of.group(0).strip() if of else ""
            if joined[-1:] in ("'", "’"):  # "d’Abidjan" is one word
                joined, rest = "", (joined + following.words[0], *following.words[1:])
            else:
                rest = following.words
            end, words = following.end, (*words, *joined.split(), *rest)
            index += 1
        elif (lower := _LOWER_OF.match(text, end)) is not None:
            end = lower.start(1) + len(lower.group(1).rstrip())
            words = (*words, *text[lower.start():end].split())
        merged.append(run._replace(end=end, words=words, acronym=run.acronym or _acronym_after(text, end, words, lex)))
        index += 1
    return merged


_SPELT_GAP = re.compile(r"((?: [\w’'-]+){1,12}?) \(([A-Z][A-Za-z]{2,9})\)")
"""The words after an organisation's word up to an acronym in parentheses."""
_SMALL_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "et", "sur", "pour", "en", "à", "au", "aux", "del", "y",
                          "e", "da", "do", "dos", "das", "di", "della", "dello", "degli", "per", "el", "los", "las",
                          "para", "por", "as", "o", "os", "a", "com", "em", "no", "na", "nos", "nas", "pelo", "pela"})
"""The small words of French, Spanish, Portuguese and Italian names that their acronyms leave out."""
_ELIDED = re.compile(r"^[dl][’']")


def _spelt_in_sentence_case(text: str, runs: list[Run], lex: Lexicon) -> list[Run]:
    """Give a name that opens with an organisation's word the words in lower case after it (and the names among them)
    up to an acronym in parentheses that spells them ("Observatoire congolais des tourbières et des forêts (OCTF)",
    "Centre de recherche sur les tourbières du bassin du Congo (CRTBC)")."""
    joined: list[Run] = []
    index = 0
    while index < len(runs):
        run = runs[index]
        gap = None if run.acronym or not is_organisation_word(run.words[0], lex) else _SPELT_GAP.match(text, run.end)
        words = (*run.words, *gap.group(1).split()) if gap else ()
        if gap is None or not any(word.islower() for word in words) or _initials(words) != gap.group(2).upper():
            joined.append(run)
            index += 1
            continue
        end = gap.end(1)
        joined.append(run._replace(end=end, words=words, acronym=gap.group(2)))
        index += 1
        while index < len(runs) and runs[index].start < end:  # the names inside it ("du Congo")
            index += 1
    return joined


def _initials(words: tuple[str, ...]) -> str:
    """Return the first letters of a name's words but its small ones, in capitals without accents ("d'Ivoire" gives its
    "I", "éleveurs" an "E")."""
    return strip_accents("".join(_ELIDED.sub("", word)[:1].upper()
                                 for word in words if word.lower() not in _SMALL_WORDS))


NAME_DASHES = (" – ", " - ", " — ")
"""A dash between a short name and an organisation's full name that make one name ("Camões – Instituto da Cooperação e
da Língua, I.P.", "RWI - Leibniz Institute for Economic Research")."""


def _dashed(text: str, runs: list[Run], lex: Lexicon) -> list[Run]:
    """Join a name of one word and the organisation's name a dash puts after it, which is its official name's rest
    (see NAME_DASHES); not two names a dash sets apart in a sentence ("Paris - Berlin")."""
    joined: list[Run] = []
    for run in runs:
        before = joined[-1] if joined else None
        if (before is not None and len(before.words) == 1 and not before.title and len(run.words) >= 2
                and text[before.end:run.start] in NAME_DASHES and fold_word(before.words[0]) not in lex.all_places
                and any(is_organisation_word(word, lex) for word in run.words)):
            joined[-1] = run._replace(start=before.start, words=(before.words[0], text[before.end + 1], *run.words))
        else:
            joined.append(run)
    return joined


ACRONYM_THEN_OR = re.compile(r" \([^\W_][\w.&-]*\),? or (?:the )?")
"""An acronym in parentheses and "or" between a name and its translation ("the Consejo Regulador del Tequila (CRT), or
Tequila Regulatory Council")."""


def _translated_after_acronym(text: str, runs: list[Run], lex: Lexicon) -> list[Run]:
    """Give an organisation's name its translation after its acronym and "or" as its alias ("the Consejo Regulador
    del Tequila (CRT), or Tequila Regulatory Council")."""
    runs = list(runs)
    for index in range(len(runs) - 2):
        name, acronym, other = runs[index:index + 3]
        if (name.acronym and acronym.words == (name.acronym,) and len(other.words) >= 2
                and ACRONYM_THEN_OR.fullmatch(text, name.end, other.start)
                and any(is_organisation_word(word, lex) for word in (*name.words, *other.words))):
            runs[index] = name._replace(nickname_at=other.start)
    return runs


def _spelt_after(text: str, runs: list[Run], lex: Lexicon) -> list[Run]:
    """Give a name the acronym that comes before it with a comma when the acronym spells it ("SAEMAPE, the Service
    d'Assistance et d'Encadrement …"), as an acronym in parentheses after it would."""
    for index in range(1, len(runs)):
        acronym, name = runs[index - 1], runs[index]
        if (not name.acronym and len(name.words) >= 2 and is_acronym(acronym.words) and not acronym.title
                and text[acronym.end:name.start] in (", the ", ", ") and _abbreviates(acronym.words[0], name.words)):
            runs[index] = name._replace(acronym=acronym.words[0])
    return runs


def _abbreviates(acronym: str, words: tuple[str, ...]) -> bool:
    """Tell whether an acronym's letters are the first letters of some of a name's words, in order, from the first
    ("SAEMAPE" of "Service d'Assistance et d'Encadrement de l'Exploitation Minière Artisanale et à Petite Échelle"):
    an acronym need not spell every word."""
    initials = (_ELISION.sub("", word)[:1] for word in words)
    firsts = iter(fold_word(initial).upper() for initial in initials if initial.isupper())
    letters = acronym.replace(".", "")
    return len(letters) >= 3 and letters[0] == next(firsts, "") and all(letter in firsts for letter in letters[1:])


def _spelt_across_a_comma(text: str, runs: list[Run], lex: Lexicon) -> list[Run]:
    """Join the names a comma parts, and "and" after it, when the acronym after the last spells them all: one name that
    lists its fields ("the United Nations Educational, Scientific and Cultural Organization (UNESCO)", "the Southern
    Nations, Nationalities and Peoples’ Region (SNNPR)")."""
    joined: list[Run] = []
    for run in runs:
        listed = _listed_before(text, joined, run, lex) if run.acronym and not run.title else 0
        if listed:
            first = joined[-listed].start
            joined[-listed:] = [run._replace(start=first, words=tuple(text[first:run.end].split()))]
        else:
            joined.append(run)
    return joined


_LIST_GAPS = (", ", " and ", ", and ")
_LISTED_NAMES = 3
"""At most this many names before the last one an acronym spells with them."""


def _listed_before(text: str, joined: list[Run], run: Run, lex: Lexicon) -> int:
    """Return how many of the names last joined, listed before a run with commas or "and", its acronym spells with it
    ("Southern Nations", "Nationalities" before "Peoples’ Region (SNNPR)"), or 0."""
    for count in range(1, min(_LISTED_NAMES, len(joined)) + 1):
        listed = [*joined[-count:], run]
        if any(a.acronym or a.title or text[a.end:b.start] not in _LIST_GAPS for a, b in zip(listed, listed[1:])):
            return 0
        if ", " in text[listed[0].end:run.start] and spells(
                run.acronym, tuple(word.rstrip(",") for word in text[listed[0].start:run.end].split()), lex):
            return count
    return 0


def _seated_by_acronym(text: str, runs: list[Run], lex: Lexicon) -> list[Run]:
    """Join an organisation's name to the place "in" which it sits when the acronym after the place spells both ("the
    European Union Mission in Armenia (EUMA)"): one organisation, not a mission and an "Armenia" called EUMA, and so
    to what "the" joins it to ("the International Fund for Saving the Aral Sea (IFAS)"); and a mission's formal name
    to its seat ("the Embassy of India in Rome", whose staff speak for it as that)."""
    for index in range(len(runs) - 1, 0, -1):
        body, place = runs[index - 1], runs[index]
        gap = text[body.end:place.start]
        # A people's adjective before the place is the name's ("the Bangsamoro Autonomous Region in Muslim Mindanao
        # (BARMM)", where the acronym spells it all).
        peoples = bool(place.title) and all(fold_word(word) in lex.demonyms for word in place.title)
        if _country_spelt_with_it(gap, body, place, lex):
            # "Tehreek-e-Adl Pakistan (TAP)": the country the acronym spells is the name's last word
            runs[index - 1:index + 1] = [body._replace(end=place.end, words=(*body.words, *place.words),
                                                       acronym=place.acronym)]
            continue
        if gap not in (" in ", " the ", " to ") or (place.title and not peoples):
            continue
        words = (*body.words, gap.strip(), *place.title, *place.words)
        # An acronym may leave out a word of the name "the" joins ("IFAS").
        if peoples and not (gap == " in " and place.acronym and spells(place.acronym, words, lex)):
            continue
        # An acronym written as a word after the seat ("(Unficyp)") is the body's, as after its name.
        written = _WORD_ACRONYM_AFTER.match(text, place.end) if gap == " in " and not place.acronym else None
        acronym = place.acronym or (written.group(1) if written else "")
        if (gap != " to " and acronym and (peoples or any(is_organisation_word(word, lex) for word in body.words))
                and (spells(acronym, words, lex) or (gap == " the " and _abbreviates(acronym, words))
                     or (gap == " in " and _spelt_with_its_seat(acronym, body.words, place.words)))) or (
                gap == " in " and _mission_seat(body.words, place, lex, _MISSIONS)) or (
                gap == " to " and _mission_seat(body.words, place, lex, _DELEGATIONS)):
            runs[index - 1:index + 1] = [body._replace(end=place.end, words=words, acronym=acronym,
                                                       role=place.role or body.role)]
    return runs


def _country_spelt_with_it(gap: str, body: Run, place: Run, lex: Lexicon) -> bool:
    """Tell whether a country's name right after a name, no title between, belongs to it: the acronym after the
    country spells both, and not the country alone ("Tehreek-e-Adl Pakistan (TAP)")."""
    return (gap == " " and bool(place.acronym) and not place.title and not body.acronym
            and fold_word(" ".join(place.words)) in lex.countries
            and _capitals_of_parts((*body.words, *place.words)) == place.acronym)


def _capitals_of_parts(words: tuple[str, ...]) -> str:
    """Return the first letters of a name's capitalised words and of their parts a hyphen joins ("TAP" of
    "Tehreek-e-Adl Pakistan")."""
    return "".join(part[0] for word in words for part in word.split("-") if part[:1].isupper())


def _spelt_with_its_seat(acronym: str, name: tuple[str, ...], seat: tuple[str, ...]) -> bool:
    """Tell whether an acronym is a name's initials (see _abbreviates), "in"'s maybe, and its seat's first letters
    ("UNFICYP" of "United Nations Peacekeeping Force in Cyprus")."""
    letters, first = acronym.replace(".", "").upper(), fold_word(seat[0]).upper()
    return any(letters.endswith(first[:length]) and _abbreviates(letters[:-length].removesuffix("I"), name)
               for length in range(2, min(len(first), len(letters) - 3) + 1))


def _mission_seat(mission: tuple[str, ...], seat: Run, lex: Lexicon, heads: frozenset[str]) -> bool:
    """Tell whether a run is a diplomatic mission's formal name, its head one of heads ("Embassy of Japan", "Delegation
    of the European Union") and the next the known city or country it sits in or is sent to ("Seoul", "Montenegro")."""
    of = 2 if len(mission) > 2 and mission[1] == "General" else 1  # "Consulate General of India in Jaffna"
    return (len(mission) >= of + 2 and fold_word(mission[0]) in heads and mission[of] == "of" and not seat.acronym
            and fold_word(" ".join(seat.words)) in lex.all_places)


def _paragraph_groups(text: str, known: tuple[Span, ...], lex: Lexicon) -> list[_Group]:
    """Return the groups of a paragraph's stretches (see _groups), where they are in it, leaving out a stretch that
    is one common word ("The", "But"), as most sentences begin.

    A group never goes on past its stretch: a stretch ends where no word with a capital follows the spaces, and
    only spaces or a comma and a space join two words of a group."""
    groups: list[_Group] = []
    for stretch in (_PREFIXED_STRETCH if _PREFIX_HINT.search(text) else _STRETCH).finditer(text):
        start, end = stretch.span()
        if known and any(span.start < end and start < span.end for span in known):
            if not _is_common(text, stretch, lex):
                groups += _masked_groups(text, stretch, known, lex)
            continue
        shape = _stretch_shape(_without_closing_quote(stretch.group(0), text[start - 1:start]), lex,
                               _month_may_be_given(text, start), _dated(text, end))
        if not shape.common or (shape.unless_the and _after_the(text, start)):
            groups += [_Group(start, group.tokens, group.words) for group in shape.groups]
    return groups


def _masked_groups(text: str, stretch: re.Match[str], known: tuple[Span, ...], lex: Lexicon) -> list[_Group]:
    """Return the groups of a stretch a known actor's name is in, around that name."""
    start = stretch.start()
    tokens = [_Token(start + first, start + last, word) for first, last, word in _stretch_tokens(stretch.group(0), lex)]
    return [_Group(0, tuple(group), _group_words(group, lex))
            for group in _groups(text, tokens, known, lex, month_given=_month_may_be_given(text, start))]


def _month_may_be_given(text: str, start: int) -> bool:
    """Tell whether a stretch at start opens with a month's name that may be a given name: one that is a given name
    too, with no date's word before it ("Jan van Hecke …", not "in May Trump …")."""
    return _GIVEN_MONTH.match(text, start) is not None and not _DATE_LEAD.search(
        text, max(0, start - _DATE_LEAD_CHARS), start)


class _StretchShape(NamedTuple):
    """What a stretch no known actor is in holds, wherever it is."""

    common: bool
    """It is one common word (see _is_common)."""
    unless_the: bool
    """A common word in capitals that is a name after "the" (see _capitals_named)."""
    groups: tuple[_Group, ...]
    """Its groups, offset 0 (none for a common word that is never a name)."""


@functools.lru_cache(maxsize=1 << 14)
def _stretch_shape(stretch: str, lex: Lexicon, month_given: bool = False, dated: bool = False) -> _StretchShape:
    """Return what a stretch holds; month_given: a month's name opening it may be a given name (no date's word comes
    before it: see _GIVEN_MONTH); dated: a number follows it. Remembered: a few thousand stretches ("The", "Gustavo
    Petro") make up most of every article's."""
    word = stretch.rstrip(_AFTER_A_WORD)
    common = " " not in word and _common_word(word, lex)
    unless_the = common and _capitals_may_name(word)
    if common and not unless_the:
        return _StretchShape(True, False, ())
    groups = _groups(stretch, list(_stretch_tokens(stretch, lex)), (), lex, month_given=month_given, dated=dated)
    return _StretchShape(common, unless_the, tuple(_Group(0, tuple(group), _group_words(group, lex)) for group in groups))


def _group_words(group: list[_Token], lex: Lexicon) -> tuple[str, ...]:
    """Return a group's words as a name has them: the last without its possessive ("Burhan’s" -> "Burhan") unless it is
    a known place's ("St. John’s"), nor the full stop of a sentence it ends with a letter ("Tai O.")."""
    words = tuple(token.text for token in group)
    last = words[-1]
    if len(group) > 1 and len(last) == 2 and last[1] == "." and last[0].isupper():
        last = last[0]
    elif len(group) > 1 and fold_word(" ".join(words)) in lex.all_places:
        return words
    return (*words[:-1], _without_possessive(last))


def nicknames_inside(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """Return where each nickname in quotation marks or parentheses inside a name is, and the nickname ("Digoy" of
    "Rodrigo “Digoy” Abellana", "Moose" of "Michel (Moose) Dufresne")."""
    # not a place's name, which a company's name may hold ("Salala Rubber Plantations (Liberia) Inc")
    found = [match for match in _NICKNAME_IN_PARENTHESES.finditer(text)
             if fold_word(match.group(2)[1:-1]) not in lex.all_places] if "(" in text else []
    if "“" in text or '"' in text or "‘" in text or "'" in text or "«" in text:
        found += _NICKNAME.finditer(text)
    return [(match.start(2), match.group(2)[1:-1]) for match in found]


def _without_nicknames(text: str, lex: Lexicon) -> str:
    """Blank out a nickname inside a name (see nicknames_inside: "Rodrigo “Digoy” Abellana" is Rodrigo Abellana),
    keeping every other character where it is."""
    for at, nickname in nicknames_inside(text, lex):
        text = f"{text[:at]}{' ' * (len(nickname) + 2)}{text[at + len(nickname) + 2:]}"
    return text


def _listed(text: str, runs: list[Run], lex: Lexicon) -> tuple[Run, ...]:
    """Give the names of a list what the text says of one of them: "in" before the first is before each ("in Vĩnh
    Long, Cần Thơ and Cà Mau"), a place's noun after the last is after each ("the Bến Tre and Trà Vinh provinces")."""
    lists: list[list[int]] = []
    for index, run in enumerate(runs):
        if index and _LIST_GAP.fullmatch(text, runs[index - 1].end, run.start) and not _fronted(text, runs[index - 1]):
            lists[-1].append(index)
        else:
            lists.append([index])
    for members in (m for m in lists if len(m) > 1 and " and " in text[runs[m[-2]].end:runs[m[-1]].start] + " "):
        first = runs[members[0]]
        placed = any(runs[i].placed for i in members)
        locative = first.preposition if first.preposition in lex.locatives else ""
        for i in members:
            runs[i] = runs[i]._replace(placed=placed, preposition=runs[i].preposition or locative)
    return tuple(runs)


def _fronted(text: str, run: Run) -> bool:
    """Tell whether a run ends a phrase put first in its sentence ("In Khartoum, Burhan said"): a comma after it is none of a list's."""
    return run.preposition != "" and _opens(text, text.rfind(" ", 0, run.start - 1) + 1)


def _is_common(text: str, stretch: re.Match[str], lex: Lexicon) -> bool:
    """Tell whether a stretch is one common word ("The", "But"), as most sentences begin: no name."""
    word = stretch.group(0).rstrip(_AFTER_A_WORD)
    if " " in word:
        return False  # not folded: a stretch of several words seldom comes again, and would only crowd fold_word's memory
    return _common_word(word, lex) and not _capitals_named(text, stretch.start(), word)


def _common_word(word: str, lex: Lexicon) -> bool:
    """Tell whether a word is a common one, and not a country's name in capitals ("US" is the United States)."""
    return is_common_word(word, lex) and not (word.isupper() and fold_word(word) in lex.countries)


def _capitals_named(text: str, start: int, word: str) -> bool:
    """Tell whether a common word in capitals is a name: "the WHO" is the World Health Organization
    ("will NOT" only shouts; "the NGO" is any)."""
    return _capitals_may_name(word) and _after_the(text, start)


def _capitals_may_name(word: str) -> bool:
    """Tell whether a word in capitals is a name where "the" comes before it (see _capitals_named)."""
    return len(word) >= 3 and word.isupper() and word.isalpha() and fold_word(word) not in _GENERIC_ACRONYMS


def _after_the(text: str, start: int) -> bool:
    """Tell whether "the" and a space come just before a position of the text."""
    return text[max(0, start - 4):start].lower() == "the "


@functools.lru_cache(maxsize=1 << 14)
def _stretch_tokens(stretch: str, lex: Lexicon) -> tuple[_Token, ...]:
    """Return the words of a stretch, where they are in it (see _token); not a sum's currency ("US$5"), nor a sum
    written as one word ("fined Jinlong K15m", "Ksh3.5bn")."""
    # A stretch ends before a space: a "$" after one of its words is inside it.
    return tuple(_token(m, lex) for m in _TOKEN.finditer(stretch)
                 if stretch[m.end():m.end() + 1] != "$" and _SUM_WORD.match(m.group(0)) is None)


_SUM_WORD = re.compile(r"(?:[A-Z][a-z]{0,2}\d[\d.,]*(?:m|bn|mn|tn|k)|(?:K[Ss]h|BD|KD|QR|QAR|AED|SAR|SR|RO|OMR|Dhs?)"
                       r"\d[\d.,]*\w*)\.?$")
"""A sum of money in one word, a currency's sign and a number with its magnitude ("K15m", "P20bn", "Ksh3"; not "M23",
"G20" or "A320"), or a Gulf currency's letters and a number ("BD14 million", "QR2bn")."""


def _token(match: re.Match[str], lex: Lexicon) -> _Token:
    """Return a word, keeping a final full stop only on an abbreviation ("Gen.", "U.S.", "J.", "Bros."), and the place
    alone of "Bangkok-based"."""
    word = match.group(0)
    based = _BASED.search(word)
    if based and based.end() == len(word):
        return _Token(match.start(), match.start() + based.start(), word[:based.start()])
    bare = word.rstrip(".")
    keep = word != bare and (len(bare) == 1 or "." in bare or bare in _NAME_ABBREVIATIONS or bare in _GENERATIONS or (
        len(bare) <= 4 and fold_word(bare) not in _WHOLE_WORDS and (fold_word(bare) in lex.titles
                                                                      or is_organisation_word(bare, lex)
                                                                      or bare in _PLACE_ABBREVIATIONS)))
    return _Token(match.start(), match.end() if keep else match.start() + len(bare), word if keep else bare)


_SINGLE_QUOTES = ("'", "‘", "’")


def _without_closing_quote(stretch: str, before: str) -> str:
    """Return a stretch without the single quotation mark closing it, when one opened it or stands just before it
    ("'Karoo'", "as 'Teacher',"): a quotation's, not a name's own apostrophe ("Ochieng'")."""
    words = stretch.rstrip(",")
    if words.endswith(_SINGLE_QUOTES) and (words.startswith(_SINGLE_QUOTES) or before in _SINGLE_QUOTES):
        return words[:-1] + stretch[len(words):]
    return stretch


def _small_words_lowered(text: str) -> str:
    """Return a subheading in title case with its small words in lower case ("Waiting in Petropavlovsk", "Lessons for
    Keta"): their capitals mark nothing, and a name would run on through them. Other text as it is."""
    if len(text) > _SUBHEADING_CHARS or text.rstrip().endswith(_SENTENCE_ENDS) or not _TITLE_CASE.fullmatch(text):
        return text
    return _SMALL_WORD.sub(lambda small: small.group(0).lower(), text)


_SUBHEADING_CHARS = 60
_SENTENCE_ENDS = (".", "!", "?", "”", '"', ":")
_TITLE_CASE = re.compile(r"\S*[A-Z]\S*(?: \S*[A-Z]\S*)+")
"""A line of two words or more, each with a capital."""
_SMALL_WORD = re.compile(r"(?<= )(?:In|For|Of|From|To|At|On|With|And|Or|The|A|An|By|After|Before|Over|Under)(?= )")
"""A small word inside a line, capitalised as headlines write them."""


def _is_headline(text: str) -> bool:
    """Tell whether a paragraph is a headline in title case (its capitals mark nothing): no full
    stop at its end, and most of its words capitalised; or a subheading of a few words in capitals ("WATCHDOG STANDS
    FIRM") or that ends in a verb ("Minister Pereira Responds", "The Church Speaks")."""
    if text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    words = text.split()
    if 2 <= len(words) < 4:
        return all(w.isupper() for w in words) or (
            words[-1].lower() in _SUBHEADING_VERBS and all(w[0].isupper() for w in words))
    return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.7


_SUBHEADING_VERBS = frozenset({"responds", "speaks", "says", "warns", "replies", "reacts", "answers", "objects",
                               "insists", "vows", "hits", "pushes", "waits", "weighs", "speak", "respond", "react"})
"""Verbs a short subheading ends with after a name ("Minister Pereira Responds", "Growers React")."""


@functools.lru_cache(maxsize=1 << 14)
def _namey(word: str, lex: Lexicon) -> bool:
    if _CONTRACTION.match(word) or _LETTER_NOUN.match(word) or (
            PARTY_TAG.match(word) and fold_word(word.split("-", 1)[1]) not in lex.place_suffixes):
        return False  # (but "D-Chowk", a square, is a place's name)
    text = _without_possessive(word)
    if not (text[0].isupper() or _PARTICLE.match(text) or _MUTATED.match(text) or _NOUN_CLASS.match(text)
            or (text[0] in OPENING_MARKS and text[1:2].isupper()) or text.lstrip(ASCII_CLICKS)[:1].isupper()):
        return False
    # "SAG-AFTRA" joins two acronyms; "BREAKING" shouts, "SAEMAPE" is an agency's acronym.
    shouted = (len(text) >= SHOUTED and text.isupper() and not _joins_acronyms(text)
               and any(part in lex.common or part in _SHOUTS for part in fold_word(text).split("-")))
    return not (shouted or _COMPOUND.search(text) or _calendar_word(text.rstrip("."), lex))


def _calendar_word(word: str, lex: Lexicon) -> bool:
    """Tell whether a word is a weekday's or a month's name, or its abbreviation, as English writes them: without
    accents ("Mar", but not the Icelandic given name "Már")."""
    return word.isascii() and fold_word(word) in lex.calendar


def _month_in_name(current: list[_Token], token: _Token, lex: Lexicon) -> bool:
    """Tell whether a month's name after a name's small word is the name's ("Viña del Mar", "Plaza de Mayo")."""
    return bool(current) and current[-1].text in ("de", "del", "da", "do") and token.text[:1].isupper() and (
        _calendar_word(token.text, lex))


def _given_month(text: str, tokens: list[_Token], index: int, lex: Lexicon, opening: bool, inside: bool) -> bool:
    """Tell whether a month's name is a given name ("Jan van Hecke", "Minister Jan Jambon", "said June Almeida"): one
    that is a given name too, a name's word after it (a particle between them or not), and either the stretch's first
    word with no date's word before it (opening: "in May Trump …" is a date), or a title or a name's word before it
    (inside a name: "Marcus Ong Jun Hao")."""
    token = tokens[index]
    if token.text not in _GIVEN_MONTHS or index + 1 >= len(tokens) or text[token.end:tokens[index + 1].start] != " ":
        return False
    after = index + 2 if tokens[index + 1].text in NAME_PARTICLES else index + 1
    if after >= len(tokens) or not (tokens[after].text[:1].isupper() and _namey(tokens[after].text, lex)) or (
            fold_word(tokens[after].text) in lex.common):  # "May Day"
        return False
    return (opening and index == 0) or (index > 0 and (inside or _is_title(tokens[index - 1].text, lex)))


def _family_month(text: str, token: _Token, before: _Token, lex: Lexicon) -> bool:
    """Tell whether a month's name that is a name too, right after a name's word, ends that name ("Theresa May", "Wang
    Jun", "Peer Jan, 61"): no number follows it in the text, as a date's would ("Budget June 2024"), and the word
    before it is no common word or title ("By May", "Minister May")."""
    if token.text not in _GIVEN_MONTHS or _dated(text, token.end):
        return False
    word = fold_word(before.text)
    return word not in lex.common and not _calendar_word(before.text, lex) and not _is_title(before.text, lex)


_NUMBER_AFTER = re.compile(r"\.?\s*\d")


def _dated(text: str, end: int) -> bool:
    """Tell whether a number follows a stretch that ends at `end`, as a date's day or year follows a month's name ("May
    5", "Jan. 2023"); not an age after a comma ("Peer Jan, 61")."""
    return text[end - 1:end] != "," and _NUMBER_AFTER.match(text, end) is not None


def _joins_acronyms(word: str) -> bool:
    """Tell whether a word in capitals is acronyms joined by hyphens ("SAG-AFTRA")."""
    parts = word.split("-")
    return len(parts) > 1 and all(2 <= len(part) <= SHOUTED - 2 for part in parts)


def _groups(text: str, tokens: list[_Token], known: tuple[Span, ...], lex: Lexicon, *,
            month_given: bool = False, dated: bool = False) -> list[list[_Token]]:
    """Split the tokens into maximal groups of capitalised words joined by single spaces; month_given: a month's name
    that opens them may be a given name (see _given_month); dated: a number follows the last, a date's day or year."""
    groups: list[list[_Token]] = []
    current: list[_Token] = []
    for index, token in enumerate(tokens):
        masked = bool(known) and any(s.start < token.end and token.start < s.end for s in known)
        joined = bool(current) and _joined(text, current[-1].end, token.start)
        if current and not joined and (_remit_listed(text, current, token, lex) or _agency_listed(text, current, token, lex)
                                       or _second_legal_form(text, current, token, lex)):
            # "Ministry of Land, Infrastructure and Transport": the comma stays in the name.
            current[-1] = _Token(current[-1].start, current[-1].end + 1, current[-1].text + ",")
            joined = True
        # A possessive ends a name, but not before the organisation's noun it belongs to ("Transport Workers'
        # Federation", "Children’s Hospital"), and so does a sentence: "… Warner Bros. The studio …", "… AG. Police …".
        ends = bool(current) and ((_is_possessive(current[-1].text, lex)
                                   and not _possessive_in_name(current[-1], tokens[index:index + 3], lex)
                                   and not _possessive_in_remit(current, token, lex)
                                   and not _saint_s(current, token, lex)
                                   and not _possessive_in_place(current, token, lex))
                                  or (current[-1].text.endswith(".") and (fold_word(token.text) in lex.common or (
                                      fold_word(current[-1].text.rstrip(".")) in lex.legal_forms
                                      and not _legal_form_goes_on(tuple(t.text for t in tokens[index:index + 2]), 0,
                                                                  lex)))))
        if current and (not joined or ends):
            groups.append(current)
            current = []
        if masked:
            continue
        if _namey(token.text, lex) or _month_in_name(current, token, lex) or (current and token.text in PATRONYMICS) or (
                current and (_is_connector(token.text, lex, current[-1])
                             or (token.text == "o" and _hawaiian_of(tuple(t.text for t in current)))
                             or (token.text == "at" and _university_of(current)))
                and _next_namey(tokens, index, text, lex)) or (
                _married_name_link(current, tokens, index, text, lex)) or (
                _given_month(text, tokens, index, lex, month_given,
                             joined and not ends and fold_word(current[-1].text) not in lex.common)) or (
                joined and not ends and not (dated and index == len(tokens) - 1)
                and _family_month(text, token, current[-1], lex)):
            current.append(token)
        elif current:
            groups.append(current)
            current = []
    return [g for g in map(_without_trailing_connectors, groups + [current]) if g]


def _university_of(group: list[_Token]) -> bool:
    """Tell whether a group is a university's name "of" a place, which "at" and its campus go on ("University of Hawaii
    at Manoa", "University of Texas at Austin")."""
    return len(group) >= 3 and fold_word(group[0].text) in _UNIVERSITIES and group[1].text == "of"


_UNIVERSITIES = frozenset({"university", "universidad", "universidade", "universite", "universita"})


def _without_trailing_connectors(group: list[_Token]) -> list[_Token]:
    """Drop the small words a group ends with where a known actor's name cut it short: "the Embassy of"
    of "the Embassy of Venezuela", Venezuela being the gazetteer's, is no name."""
    end = len(group)
    while end and ((group[end - 1].text.islower() and group[end - 1].text not in PATRONYMICS)
                   or group[end - 1].text == "&"):
        end -= 1
    return group[:end]


def _is_connector(word: str, lex: Lexicon, before: _Token | None = None) -> bool:
    """Tell whether a word may join the capitalised words of one name: a small word in lower case ("of", "de"), a
    Faroese farm's particle ("Rakul í Dali"), "&", which joins the words of one name ("Bay State Power & Light Co."),
    or "an" after an Irish "Mac" ("Mac an tSaoir")."""
    return word == "&" or (word.islower() and fold_word(word) in lex.connectors) or word in FAROESE_PARTICLES or (
        word == "an" and before is not None and before.text in IRISH_PARTICLES)


def _legal_form_goes_on(words: tuple[str, ...], index: int, lex: Lexicon) -> bool:
    """Tell whether another legal form at index, or "de" and another, go on with a legal form before them ("GmbH & Co.
    KG", "S.A. de C.V.")."""
    return (words[index] != "de" and fold_word(words[index].rstrip(".,")) in lex.legal_forms) or (
        words[index] == "de" and index + 1 < len(words) and fold_word(words[index + 1].rstrip(".,")) in lex.legal_forms)


def _married_name_link(current: list[_Token], tokens: list[_Token], index: int, text: str, lex: Lexicon) -> bool:
    """Tell whether "ved." joins a widow's maiden name to her married name, as Italian names do ("Rosa Calò ved.
    Perrone"). (The "in" of a married woman's name, "Addolorata Greco in De Giorgi", is left alone: it reads as where
    someone is, "Claudia Sheinbaum in La Paz", in any town the places list lacks.)"""
    if tokens[index].text != "ved." or len(current) < 2 or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return (_joined(text, current[-1].end, tokens[index].start) and _joined(text, tokens[index].end, following.start)
            and following.text[:1].isupper() and _namey(following.text, lex))


def _hawaiian_of(before: tuple[str, ...]) -> bool:
    """Tell whether "o" after these words is the Hawaiian "of" inside an association's name ("Hui Mālama o Maunakea",
    "Hui Kalo o Kauaʻula"): "Hui" and a word or more before it."""
    return "hui" in (fold_word(word) for word in before[:-1])


def _is_possessive(word: str, lex: Lexicon) -> bool:
    """Tell whether a word is a possessive; a title written with an apostrophe is none ("Dato' Sri")."""
    return word.endswith(POSSESSIVE) and not _apostrophe_of_the_name(word) and fold_word(word) not in lex.titles


def _apostrophe_of_the_name(word: str) -> bool:
    """Tell whether an apostrophe ending a word is the name's own: a bare one follows only an s, an x or a z in a
    possessive ("the generals’"); after another letter it is written in the name ("Ochieng'", a Luo name)."""
    return word.endswith(POSSESSIVE[:2]) and word[-2:-1].lower() not in _BARE_POSSESSIVE_AFTER


_BARE_POSSESSIVE_AFTER = frozenset("sxz")


def _remit_listed(text: str, current: list[_Token], token: _Token, lex: Lexicon) -> bool:
    """Tell whether a comma goes on a ministry's or a minister's remit ("Ministry of Land, Infrastructure and
    Transport"): the group so far is a ministry or a title "of" a word or two, and a capitalised word follows the
    comma."""
    if text[current[-1].end:token.start] != ", ":
        return False  # before folding the group's words: most groups end at a full stop or a lower-case word
    words = [fold_word(t.text) for t in current]
    words = words[1:] if words[0] in ARTICLES else words
    if token.text == "the" and not any(t.text.endswith(",") for t in current) and not (
            words and _is_title(words[0], lex)):
        # "the" goes on a body's remit already listed with commas ("…, Energy, the Environment and Water"), and a
        # title's after its first ("Minister of Cultures, the Arts and Heritage")
        return False
    # "Union Ministry of …", "State Office for Mining, Energy and Geology"
    words = words[1:] if len(words) > 3 and words[1] in _LISTED_HEADS | _BOARDS else words
    while len(words) > 3 and _is_title(words[0], lex) and _is_title(words[1], lex):
        words = words[1:]  # "Deputy Minister of Environment, Forestry and Tourism"
    # A ministry's list may be long ("Ministry of Meteorology, Energy, Information, Disaster Management, …").
    return (3 <= len(words) <= (_LONGEST_REMIT if words[0] in _LISTED_HEADS else 5)
            and (words[0] in _LISTED_HEADS | _BOARDS or _is_title(words[0], lex))
            and words[1] in _PURPOSES and _REMIT_LIST.match(text, token.start) is not None
            and fold_word(token.text) not in lex.all_places
            and (not is_organisation_word(token.text, lex) or fold_word(token.text) in _REMIT_NOUNS))


def _agency_listed(text: str, current: list[_Token], token: _Token, lex: Lexicon) -> bool:
    """Tell whether a comma goes on a country's agency's list of fields ("Innovation, Science and Economic Development
    Canada") or on a body's named for its fields ("Foreign, Commonwealth and Development Office")."""
    fields = current[1:] if fold_word(current[0].text) in ARTICLES else current
    if text[current[-1].end:token.start] != ", " or not fields or not all(
            fold_word(t.text) in lex.agency_remits for t in fields):
        return False
    rest = _AGENCY_REST.match(text, token.start)
    words = (*(t.text for t in fields), *rest.group().replace(",", "").split()) if rest else ()
    return any(is_country_agency(words[:end], lex) or _fields_body(words[:end], lex)
               for end in range(len(fields) + 2, len(words) + 1))


def _fields_body(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether a name is a government body's word after the fields it is for, joined by "and" at the end."""
    *fields, head = words
    return (fold_word(head) in _FIELDS_BODIES and len(fields) >= 3 and fields[-2] == "and"
            and all(word == "and" or fold_word(word) in lex.agency_remits for word in fields))


def _second_legal_form(text: str, current: list[_Token], token: _Token, lex: Lexicon) -> bool:
    """Tell whether a comma joins a legal form to one company's name, after another ("Hanul Advanced Materials Co.,
    Ltd.") or after the name ("Aigües Metropolitanes de Catalunya, SA", a name of one word before a form written with
    full stops: "Camões, I.P."; not a word that is a legal form in some country only: "Corp", "SE")."""
    form = fold_word(token.text.rstrip("."))
    return (text[current[-1].end:token.start] == ", " and (len(current) >= 2 or "." in form) and form in lex.legal_forms
            and (fold_word(current[-1].text.rstrip(".")) in lex.legal_forms or form not in _COMMON_LEGAL_WORDS))


def _possessive_in_name(possessive: _Token, after: Sequence[_Token], lex: Lexicon) -> bool:
    """Tell whether a possessive belongs to the name it is in, given the tokens after it: a common noun's or a title's,
    before the organisation's noun ("Transport Workers' Federation", "Children’s Hospital", "Public Prosecutor's
    Office"), people's before one of the next words ("Naretoi Women’s Beadwork Cooperative"), not a country's or a
    person's ("China’s Ministry of Foreign Affairs"); anyone's before a place's noun ("Morrison's Island")."""
    following = after[0]
    bare = fold_word(_without_possessive(possessive.text))
    if bare in lex.all_places:
        return False
    noun = fold_word(following.text)
    if noun in lex.place_suffixes and noun not in lex.place_words and noun != "river":
        return True  # a place named after someone: "Morrison's Island", "Lapp's Quay"; not "Burhan's River Nile"
    if bare in _IRREGULAR_PLURALS:
        return True  # no one is called "People" or "Children": "People's Republic of China", "Children's Fund"
    plural = possessive.text.endswith(("s'", "s’")) or bare.endswith("men")
    people = bare.endswith("men") or (plural and bare[:-1] in lex.person_roles)  # "Women’s", "Farmers’"
    if people and any(is_organisation_word(token.text, lex) for token in after[1:]):
        return True
    return is_organisation_word(following.text, lex) and (plural or bare in lex.common or bare in lex.titles)


def _possessive_in_remit(current: list[_Token], following: _Token, lex: Lexicon) -> bool:
    """Tell whether a plural's possessive is a word of a ministry's or a department's remit ("Department of Agriculture
    and Farmers' Welfare", "Ministry of Veterans’ Affairs"), not a title's that names the person after it."""
    words = [fold_word(token.text) for token in current[:-1]]
    headed = any(head in _LISTED_HEADS and of in _PURPOSES for head, of in zip(words, words[1:]))
    return (headed and current[-1].text.endswith(("s'", "s’")) and following.text[:1].isupper()
            and (not _is_title(following.text, lex) or fold_word(following.text) in _TITLE_QUALIFIERS))


def _saint_s(current: list[_Token], following: _Token, lex: Lexicon) -> bool:
    """Tell whether a saint's possessive belongs to what is named after the saint ("St. Anthony's Church", "Saint
    Mary’s Hospital", "St. Kilda's Bay")."""
    return len(current) >= 2 and fold_word(current[0].text.rstrip(".")) in _SAINTS and (
        is_organisation_word(following.text, lex) or fold_word(following.text) in lex.place_suffixes)


def _possessive_in_place(current: list[_Token], following: _Token, lex: Lexicon) -> bool:
    """Tell whether a possessive is inside a known place's name with the word after it ("Cox's Bazar")."""
    return fold_word(f"{current[-1].text} {following.text}") in lex.all_places


_SAINTS = frozenset({"st", "saint", "ste", "sainte"})


def _next_namey(tokens: list[_Token], index: int, text: str, lex: Lexicon) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (following is not None and _joined(text, tokens[index].end, following.start)
            and (_namey(following.text, lex) or following.text == "&" or fold_word(following.text) in lex.connectors
                 or _month_in_name(tokens[:index + 1], following, lex)))


def _joined(text: str, end: int, start: int) -> bool:
    """Tell whether two words are apart by spaces only (most often by one)."""
    gap = text[end:start]
    return gap == " " or _GAP.fullmatch(gap) is not None


def _without_possessive(word: str) -> str:
    """Return a word without its possessive ending ("Burhan’s" -> "Burhan", "generals’" -> "generals")."""
    if word.endswith(POSSESSIVE[2:]):
        return word[:-2]
    return word[:-1] if word.endswith(POSSESSIVE[:2]) and not _apostrophe_of_the_name(word) else word


def _runs(text: str, group: _Group, lex: Lexicon) -> list[_Found]:
    """Turn a group of capitalised words into names, as _pieces() cuts its words; but one name
    when the acronym after it spells them all ("Alliance of Motion Picture and Television
    Producers (AMPTP)", not two names joined by "and")."""
    offset, tokens, words = group
    named = len(words) == 1 and _capitals_named(text, offset + tokens[0].start, words[0])
    start = offset + tokens[0].start
    pieces = ((0, 0, 1),) if named else _pieces(words, lex, _opens(text, start) or _quotation_opens(text, start))
    if len(pieces) > 1 or (pieces and pieces[0][1] > 0):
        acronym = _acronym_after(text, offset + tokens[-1].end, words, lex)
        (start, first, _), end = pieces[0], pieces[-1][2]
        if acronym and spells(acronym, words[:end], lex):  # "Northern Copper Resources Limited (NCR)": no opener
            pieces = ((0, 0, end),)
        elif acronym and start > 0 and spells(acronym, words[start:end], lex):
            pieces = ((start, start, end),)  # "The Indian Railway Signal and Telecom Maintainers’ Union (IRSTMU)"
        elif acronym and (spells(acronym, words[first:end], lex) or _one_organisation(words[first:end], lex)
                          or _spells_after_a_place(acronym, words[first:end], lex)):
            # "The prosecutor, Lesly Carolina Ramos Zúniga of the Special Prosecutor's Office for Ethnic Groups and
            # Cultural Heritage (FETNIA)": the person of the organisation is no part of its name
            person = (len(pieces) > 1 and not spells(acronym, words[first:end], lex)
                      and guess_kind(words[first:pieces[0][2]], lex) == "person")
            pieces = (pieces[0], (pieces[1][0], pieces[1][1], end)) if person else ((start, first, end),)
    elif len(pieces) == 1 and (body := _spelt_after_of(text, offset + tokens[-1].end, words, pieces[0], lex)):
        pieces = ((body, body, pieces[0][2]),)  # "Fighters of the Southern Transitional Council (STC)": the council
    return [(offset + tokens[start].start, offset + tokens[end - 1].end, words[first:end], words[start:first],
             _opens(text, offset + tokens[first].start)) for start, first, end in pieces]


def _spelt_after_of(text: str, end: int, words: tuple[str, ...], piece: tuple[int, int, int], lex: Lexicon) -> int:
    """Return where the organisation a name of one word, "of" and "the" leads to begins, where the acronym after them
    spells that organisation's name and not the whole ("Fighters of the Southern Transitional Council (STC)"; not "The
    Organization of the Petroleum Exporting Countries (OPEC)"); else 0."""
    start, first, last = piece
    body = first + 3
    if start != first or last - body < 2 or words[first + 1:body] != ("of", "the") or not words[first][:1].isupper():
        return 0
    acronym = _acronym_after(text, end, words, lex)
    spelt = acronym and spells(acronym, words[body:last], lex) and not spells(acronym, words[first:last], lex)
    return body if spelt else 0


def _spells_after_a_place(acronym: str, words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether an acronym spells the end of a name whose first words are a place's name, as a state's or a
    country's body leaves it out ("Madhya Pradesh Food and Drug Administration (FDA)")."""
    for cut in range(1, len(words) - 1):
        place = words[:cut]
        if not all(w[:1].isupper() and fold_word(w) not in lex.common and not _is_title(w, lex) for w in place):
            return False
        if words[cut][:1].isupper() and spells(acronym, words[cut:], lex):
            return True
    return False


def _vietnamese_family_name(words: tuple[str, ...], *, opens: bool) -> bool:
    """Tell whether a name's first word is a Vietnamese family name that is an English word too, before a middle name
    that marks a Vietnamese name and a given name ("To Thi Ngoc Anh", "the owner, Do Van Hung"); at a sentence's
    start, only before a middle name that is no Dutch particle ("To Van Nuys the road was long")."""
    return len(words) >= 3 and fold_word(words[0]) in _VIETNAMESE_FAMILY_WORDS and (
        words[1] in (_VIETNAMESE_MIDDLES if opens else _VIETNAMESE_MIDDLES_AFTER_A_START))


def is_chinese_he(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether a name is the Chinese family name "He" and a given name ("He Xiuying, deputy mayor of Lijiang",
    "said He Zhengrong"): the pronoun is never followed by a capitalised word that is no common word."""
    return len(words) == 2 and words[0] == "He" and words[1][1:].islower() and not is_common_word(words[1], lex)


_DOCUMENTS = frozenset({"constitution", "charter", "convention"})
"""Documents a country or a treaty is founded on, no actor when alone ("under the Constitution", "the Charter"); in a
name they are its words ("Federal Office for the Protection of the Constitution", "Constitution and Justice
Committee")."""
_VIETNAMESE_FAMILY_WORDS = frozenset({"to", "do", "ha", "la", "an", "lam", "mai"})
_VIETNAMESE_MIDDLES = frozenset({"Thi", "Thị", "Văn"})
_VIETNAMESE_MIDDLES_AFTER_A_START = _VIETNAMESE_MIDDLES | {"Van"}


@functools.lru_cache(maxsize=1 << 14)
def _pieces(words: tuple[str, ...], lex: Lexicon, opens: bool) -> tuple[tuple[int, int, int], ...]:
    """Return (start, first, end) of each name in a group's words, its title words[start:first]:
    split at connectors, then common words, demonyms and titles off the front of each piece
    ("But Venezuelan President Nicolás Maduro"; another language's common word only where the group opens a
    sentence: "said Pero Glavinić"). Remembered: the same names recur in every article."""
    pieces = []
    thing_end = -1
    for first, last in _split_at_connectors(words, lex, opens=opens):
        if thing_end >= 0 and words[thing_end + 1] in _THING_OF and all(w.islower() for w in words[thing_end + 1:first]):
            continue  # "the Law on Foreign Grants Oversight", "the Summit of the Americas": a thing, all of it
        thing_end = last - 1 if fold_word(words[last - 1]) in lex.things else -1
        if fold_word(" ".join(words[first:last])) in lex.all_places:
            pieces.append((first, first, last))
            continue
        skip = first
        # "Northern Copper Resources", "the Central Bank of Egypt": an organisation's direction is its own
        corporate = any(is_organisation_word(word, lex) for word in words[first:last])
        # "South China Sea"; not "The Department of State"
        feature = last - first >= 2 and fold_word(words[last - 1]) in lex.place_suffixes and not corporate
        while (not feature and skip < last and is_common_word(words[skip], lex)
               and (opens or skip > first or fold_word(words[skip]) not in lex.common_abroad)
               and not _region_s_direction(words[skip:last], lex)
               and fold_word(words[skip]) not in lex.titles
               and not (corporate and fold_word(words[skip]) in DIRECTIONS)
               and not (_numbers_a_body(words, skip, first, opens) and _singular_body(words[skip + 1:last], lex))
               and not _in_title_phrase(words[skip:last], 0, lex)  # "His Excellency …"
               and not _vietnamese_family_name(words[skip:last], opens=opens and skip == first)
               and not is_chinese_he(words[skip:last], lex)
               and fold_word(" ".join(words[skip:skip + 2])) not in lex.all_places):  # "West Africa Wire"
            skip += 1
            if fold_word(words[skip - 1]) in ARTICLES and any(is_organisation_word(w, lex) for w in words[skip:last]):
                break  # "The Central Bank of Nigeria": the common word after "The" begins the organisation's name
        named = skip + _title_length(words[skip:last], lex)
        # A place's own points of the compass are part of it: "Western North Region", not "the western" region; so is
        # a royal title it is named after ("King George Island", "Prince Edward Island").
        if fold_word(" ".join(words[skip:last])) in lex.places or (
                feature and all(fold_word(word) in DIRECTIONS | _ROYALS for word in words[skip:named])) or (
                _feature_named_by_a_people(words[skip:named], words[named:last], lex)):
            named = skip
        while named < last and words[named].islower() and not _particle_after_courtesy(words, named, last, lex):
            named += 1
        while last - named > 2 and fold_word(words[last - 1].rstrip(".")) in lex.postnominals:
            last -= 1  # "Geoffrey Hall KC"
        name = words[named:last]
        courteous = named > skip and fold_word(words[named - 1].rstrip(".")) in lex.courtesy
        # A letter alone is no one ("gate B", "Plan B"); a courtesy title or a demonym after a courtesy title is a
        # family name ("Mr. Pak", "Mr Moldovan", "Ms English").
        surname = courteous and len(name) == 1 and (fold_word(name[0].rstrip(".")) in lex.courtesy
                                                    or fold_word(name[0]) in lex.demonyms)
        if (not name or (all(_is_title_or_demonym(w, lex) for w in name) and not surname and not _ombudsman(name))
                or _office_alone(name, lex)
                or (len(name) == 1 and named > first and _in_title_phrase(words[named - 1:named + 1], 1, lex))
                or all(fold_word(w) in PLACE_OF_HEADS or w == "of" for w in name)  # "Republic" of "Republic of Korea"
                or (name[-1].islower() and name[-1] in lex.connectors)  # "State of" of "State of the Netherlands"
                or (len(name) == 1 and len(name[0].rstrip(".")) < 2) or (len(name) == 2 and fold_word(" ".join(name)) in lex.demonyms)):  # "Sri Lankan", "Costa Rican"
            continue
        if ((len(name) == 1 and (is_common_word(name[0], lex) or fold_word(name[0]) in _DOCUMENTS))
                or fold_word(name[-1]) in lex.things
                or _MODEL.match(name[-1]) or _MEASURE.match(name[-1]) or _sum_of_money(name) or name[0] in _VESSELS
                or (len(name) == 1 and name[0] in _CURRENCY_CODES)
                or (len(name) >= 2 and name[0] in _WEATHER)):
            continue
        inner = _with_remit(words, named, _inner_title(words, named, last, lex), lex)
        if inner is not None:  # "Ciudad del Este Mayor Rodrigo Villasanti": a place, then a titled person
            # A connector before the title is neither's ("the Independence Party of Finance Minister X").
            ended = next(end for end in range(inner, named - 1, -1)
                         if end == named or not (words[end - 1].islower() and words[end - 1] in lex.connectors))
            pieces += [(named, named, ended)] if ended > named else []
            titled = inner + _title_length(words[inner:last], lex)
            pieces += [(inner, titled, last)] if titled < last else []
            continue
        # After a courtesy title, a place's name ends a person's ("Dr Fiona Jordan"), as it ends no organisation's; and
        # "and" ends it, with another person after it ("Mr de Smet and Mr Jansen").
        joined = words.index("and", named, last) if courteous and "and" in words[named:last - 1] else last
        if joined < last:
            following = joined + 1 + _title_length(words[joined + 1:last], lex)
            pieces += [(skip, named, joined), (joined + 1, following, last)]
            continue
        # The organisation a title is "of" is no one titled ("Deputy Speaker of Parliament").
        after_title = named > skip and words[named - 1] != "of"
        for first_word, end_word in [(named, last)] if courteous else _place_pieces(words, named, last, lex,
                                                                                     titled=after_title):
            titled = first_word == named and after_title
            pieces.append((skip if titled else first_word, first_word, end_word))
    return tuple(pieces)


_ROYALS = frozenset({"king", "queen", "prince", "princess", "emperor", "empress"})
"""Royal titles, which places are named after with the royal's name ("King George Island")."""


def _office_alone(name: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether a name is an office with no one named: a field of government's or a body's word before a title
    ("the Health Secretary", "the Treasury Secretary", "the Police Commissioner"), a role as "the Finance Minister" is;
    not a field after a title ("Restorative Justice"), nor an ombudsman, an office more often than the one who holds it
    ("the Commonwealth Ombudsman")."""
    title = fold_word(name[-1].rstrip("."))
    return (len(name) >= 2 and _is_title(name[-1], lex) and not is_field_of_government(name[-1], lex)
            and title not in lex.courtesy and title not in _OFFICES
            and all(is_field_of_government(word, lex) or is_organisation_word(word, lex)
                    or _is_title_or_demonym(word, lex) for word in name[:-1]))


_OFFICES = frozenset({"ombudsman", "ombudsperson"})
"""Titles that name an office more often than the one who holds it: after a field's, a people's or the nation's word,
an actor (see _office_alone and _ombudsman)."""


def _ombudsman(name: tuple[str, ...]) -> bool:
    """Tell whether a name of two words or more is an ombudsman's office, after a people's or the nation's word ("the
    Greek Ombudsman", "the European Ombudsman", "the National Ombudsman"), an actor as the "Commonwealth Ombudsman" is;
    "Ombudsman" alone names no one."""
    return len(name) >= 2 and fold_word(name[-1]) in _OFFICES


def _particle_after_courtesy(words: tuple[str, ...], index: int, last: int, lex: Lexicon) -> bool:
    """Tell whether a name's particle after a courtesy title begins the name ("Mr de Smet", "Dr van der Berg"), as it
    does not after a title with a remit ("Ministro de Salud")."""
    return (words[index] in NAME_PARTICLES and 0 < index < last - 1
            and fold_word(words[index - 1].rstrip(".")) in lex.courtesy)


def _sum_of_money(name: tuple[str, ...]) -> bool:
    """Tell whether a name is a sum of money ("USD2.3", "Rs 2 billion"): a currency's sign before a capitalised name is
    an initial ("Sh. Dzhumazoda")."""
    return _MONEY.match(name[0]) is not None and (len(name) == 1 or any(char.isdigit() for char in name[0]))


def _hmong_given_name(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether a name is a Hmong woman's, her given name opening with "Pa" before her clan's name ("Pa Nhia
    Vang"), not West Africa's title for an old man ("Pa Flomo Kollie")."""
    return len(words) >= 3 and fold_word(words[0]) == "pa" and fold_word(words[-1]) in lex.hmong_clans


def _opens_title(words: tuple[str, ...], index: int, lex: Lexicon) -> bool:
    """Tell whether a title begins at index that is more than a qualifier ("Minister", "State Secretary"; not the
    "National" of "Office National de …", nor the "General" of "Consulate General of India")."""
    return index < len(words) and _is_title(words[index], lex) and words[index] not in _FRENCH_ADJECTIVES and (
        fold_word(words[index].rstrip(".")) not in _TITLE_QUALIFIERS
        or (index + 1 < len(words) and _is_title(words[index + 1], lex))) and not (
        index > 0 and fold_word(words[index]) == "general" and fold_word(words[index - 1]) in _GENERAL_BODIES)


def _inner_title(words: tuple[str, ...], first: int, last: int, lex: Lexicon) -> int | None:
    """Return where a title inside a name begins a titled person's name ("Ciudad del Este Mayor Rodrigo
    Villasanti", "Bank of England Governor Andrew Bailey"): a title or a run of them after a word or more, two
    words or more of a name after it; else None."""
    for index in range(first + 1, last - 2):
        # "Attorney General" is one title: the word before the inner title is none; a run of titles is one
        # ("Fire Brigade Lt. Col. Yiannis Stathopoulos").
        if (words[index][:1].isupper() and _is_title(words[index], lex) and not _is_title(words[index - 1], lex)
                and words[index] not in _FRENCH_ADJECTIVES):
            name = next((i for i in range(index + 1, last) if not _is_title(words[i], lex)), last)
            # A title's qualifier alone is none ("Office National de l'Électricité", "Amazonas State Civil Defence").
            headed = any(fold_word(w.rstrip(".")) not in _TITLE_QUALIFIERS for w in words[index:name])
            if headed and name < last and words[name] in _REMIT_OPENERS:  # "Tinsukia Superintendent of Police …"
                name = index + (_remit_length(words[index:last], lex) or last - index)
            if headed and last - name >= 2 and words[name][:1].isupper() and not any(
                    _is_title(w, lex) or is_organisation_word(w, lex) for w in words[name:last]):  # "Bay State Power Company"
                return index
    return None


def _with_remit(words: tuple[str, ...], first: int, inner: int | None, lex: Lexicon) -> int | None:
    """Return where an inner title begins with the fields of government before it that a known place's name comes
    before ("Western Cape" and "Mobility MEC" of "Western Cape Mobility MEC Ridwaan Isaacs")."""
    if inner is None:
        return None
    start = inner
    while start - 1 > first and is_field_of_government(words[start - 1], lex):
        start -= 1
    return start if start < inner and fold_word(" ".join(words[first:start])) in lex.all_places else inner


def _place_pieces(words: tuple[str, ...], first: int, last: int, lex: Lexicon, *,
                  titled: bool = False) -> list[tuple[int, int]]:
    """Split a known place off the front or the back of a name that is no organisation's
    ("Khartoum Burhan" is two names; "Khartoum University", "Washington Post" and "Senegal River" are one); after a
    title, a place's name first is a given name, whatever the words after it ("Energy Minister Sofía Arriagada
    Poblete")."""
    if last - first < 2 or fold_word(words[last - 1]) in lex.place_suffixes or fold_word(
            " ".join(words[first:last])) in lex.all_places or any(
            is_organisation_word(w, lex) for w in words[first:last]) or is_country_agency(words[first:last], lex) or (
            is_acronym((words[first],)) and fold_word(words[first]) not in lex.all_places):  # "CARE Australia"
        return [(first, last)]
    places = lex.major_places
    # A given name that is a place's too: "Georgia Lambrou", "Chad Mwale", "India Walton".
    given = (last - first == 2 or titled) and not words[first].isupper() and words[last - 1][1:].islower()
    for cut in range(last - 1, first, -1):
        # a small word after the place joins it to the rest: "Santiago de Compostela" is one name
        if not given and not words[cut].islower() and fold_word(" ".join(words[first:cut])) in places:
            return [(first, cut), *_place_pieces(words, cut, last, lex)]
    for cut in range(first + 1, last):
        # "Dragados del Paraguay" is one name: a small word before the place joins it to the rest; and a person's
        # second family name may be a city's ("Rodrigo Takahashi Lima", "Ramón Díaz Toledo").
        if fold_word(" ".join(words[cut:last])) in places and not words[cut - 1].islower() and not (
                cut == last - 1 and _person_before(words[first:cut], lex)) and not _another_place_of(words[first:cut], lex):
            return [(first, cut), (cut, last)]
    return [(first, last)]


def _feature_named_by_a_people(before: tuple[str, ...], name: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether a people's adjective, read as a title, and one word of a sea's, a desert's or a mountain range's
    make one place's name ("Arabian Sea", "Arabian Peninsula", "Ethiopian Highlands"), not a title and a name
    ("Sea")."""
    return (len(name) == 1 and fold_word(name[0]) in _FEATURES_NAMED_BY_A_PEOPLE and bool(before)
            and all(fold_word(word) in lex.demonyms for word in before))


_FEATURES_NAMED_BY_A_PEOPLE = frozenset({"sea", "ocean", "gulf", "peninsula", "desert", "plateau", "highlands",
                                         "lowlands", "basin", "coast", "mountains", "bay", "strait", "islands",
                                         "archipelago", "steppe"})


def _another_place_of(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether words before a place's name are a place's first words, which make another place of it ("New
    Amsterdam", "Port Sudan", "Fort Victoria")."""
    return all(fold_word(word) in lex.place_words or fold_word(word) in NEW_OR_OLD for word in words)


def _person_before(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether words look like a person's given name and family name: two or more, each a capitalised word that is
    no common word, place, title, acronym or organisation's word."""
    return len(words) >= 2 and all(
        word[:1].isupper() and word[1:].islower() and not is_common_word(word, lex)
        and fold_word(word) not in lex.all_places and not _is_title(word, lex) and not is_organisation_word(word, lex)
        for word in words)


def _is_title_or_demonym(word: str, lex: Lexicon) -> bool:
    folded = fold_word(word.rstrip("."))
    return _is_title(word, lex) or folded in lex.demonyms


def _is_title(word: str, lex: Lexicon) -> bool:
    """Tell whether a word is a title, a hyphenated one included ("Colonel-Major", "Vice-President"), with a title's
    "co-", "-elect" or "-designate" too ("Co-leader", "Minister-elect")."""
    parts = fold_word(word.rstrip(".")).split("-")
    return all(part in lex.titles or (part in _TITLE_AFFIXES and len(parts) > 1) for part in parts) and any(
        part in lex.titles for part in parts)


_TITLE_AFFIXES = frozenset({"co", "elect", "designate"})


def _in_title_phrase(words: tuple[str, ...], index: int, lex: Lexicon) -> bool:
    """Tell whether a word is part of a title of two words that are no titles alone ("Tan Sri", "Datuk
    Seri": "Tan" is a family name, "Sri" a given name)."""
    pairs = [(index - 1, index)] if index > 0 else []
    pairs += [(index, index + 1)] if index + 1 < len(words) else []
    return any(f"{fold_word(words[a])} {fold_word(words[b])}" in lex.title_phrases for a, b in pairs)


def _title_length(words: tuple[str, ...], lex: Lexicon) -> int:
    """Return how many words at the front are a title ("Secretary of State"), keeping one for the name."""
    remit = _remit_length(words, lex)
    if remit is not None:
        return remit
    # An organisation's word before a title is the title's ("Trade Cabinet Secretary …").
    if not words or any(is_organisation_word(word, lex) and not _opens_title(words, index + 1, lex)
                        and not _joins_remits(words, index, lex)
                        and not _in_title_phrase(words, index, lex) and not personal_name_word(words, index)
                        for index, word in enumerate(words)):
        return 0
    last_title, remit_end = -1, -1
    for index, word in enumerate(words[:-1]):
        folded = fold_word(word.rstrip("."))
        if _joins_remits(words, index, lex):
            # the fields "and" joins run to the title after them ("Health and Family Welfare Minister")
            remit_end = index + 2 + _title_after_fields(words[index + 2:], lex)
        if (_is_title(word, lex) or index < remit_end
                or (folded in lex.title_modifiers and _is_title(words[index + 1], lex))
                or (index == 0 and ((folded in lex.leading_titles and not _hmong_given_name(words, lex))
                                    or (folded in lex.spanish_titles and len(words) >= 4)))
                or (index == last_title + 1 and folded in lex.sikh_titles
                    and any(fold_word(w) in lex.sikh_names for w in words[index + 2:]))
                or (index == 0 and folded in lex.person_roles and len(words) >= 3)  # "Economist Rosine Djimadoum"
                or _in_title_phrase(words, index, lex) or (folded in _RANKS_AFTER and last_title == index - 1)):
            last_title = index
        elif not (folded in lex.demonyms or fold_word(word) in lex.countries or is_acronym((word,))
                  or (folded in lex.connectors and last_title == index - 1 and index > 0)
                  or (index + 2 < len(words) and _opens_title(words, index + 1, lex)  # "Transport Minister"
                      and fold_word(words[index + 1]) not in _HONOURS_FIRST)
                  or (index + 3 < len(words) and fold_word(words[index + 1]) in lex.title_modifiers
                      and _is_title(words[index + 2], lex))  # "Trade Cabinet Secretary"
                  or (index + 3 < len(words) and folded in lex.title_modifiers
                      and _opens_title(words, index + 2, lex))):  # "Special Public Prosecutor"
            break
    if (0 <= last_title < len(words) - 2 and fold_word(words[last_title + 1]) in _REMIT_OPENERS
            and fold_word(words[last_title].rstrip(".")) not in lex.courtesy):  # "Mr de Smet and Herr Imboden"
        # The title's remit runs to a title after it ("Minister for Food and Agriculture Dr …"), or a field of
        # government's to the name after it ("Ondo Commissioner for Health Banji Ajaka"; but "MLA for Kovalam" is
        # elected for a place).
        title = next((i for i in range(len(words) - 2, last_title + 1, -1) if _is_title(words[i], lex)), None)
        opening = next((i for i in range(last_title + 1) if _is_title(words[i], lex)), None)
        remit = _remit_length(words[opening:], lex) if title is None and opening is not None and (
            is_field_of_government(words[last_title + 2], lex)) else None
        last_title = title if title is not None else opening + remit - 1 if remit is not None else last_title
    given_name = fold_word(words[0]) in lex.given_titles and len(words) > 2 and _PARTICLE_WORD.match(words[1])
    if last_title == 0 and (given_name or fold_word(words[0]) in HONOURS):
        return 0  # "Sultan Al Jaber": a name does not start with its particle; "Sultan" is a given name
    if last_title >= 0 and all(fold_word(word.rstrip(".")) in _REMIT_QUALIFIERS for word in words[:last_title + 1]):
        last_title = -1  # "Foreign" alone is no title: "the Law on Foreign Grants Oversight"
    if last_title > 0 and fold_word(words[last_title]) in HONOURS:
        return last_title  # "Governor Sir Kepas Yandi": the knighthood begins the name
    if last_title < 0 and not _ombudsman(words):  # "the Greek Ombudsman" is the office's name
        # Demonyms alone before a name are not part of it ("Venezuelan Juan Guaidó", "Latin American"), but one that
        # begins a known place's name is the place's ("Western Cape Mobility MEC …").
        demonyms = next((i for i, w in enumerate(words) if fold_word(w) not in lex.demonyms
                         or fold_word(" ".join(words[i:i + 2])) in lex.all_places), len(words))
        return demonyms if demonyms < len(words) else 0
    return last_title + 1


def _remit_length(words: tuple[str, ...], lex: Lexicon) -> int | None:
    """Return how many words at the front are a title and its remit when a title opens with "of" or "for" a remit
    and no title comes after it: all but the name of two words the group ends with ("Superintendent of Police Rohit
    Kashyap", "Minister of Health Ananya Rao"), all when no name is left after the remit ("Minister of Transport,
    Communications and Information Technology"); else None."""
    # A demonym may come first ("Moroccan Minister of Equipment and Water Mustapha El Fassi").
    demonyms = next((i for i, word in enumerate(words) if fold_word(word) not in lex.demonyms), len(words))
    titles = next((i for i in range(demonyms, len(words)) if not _is_title(words[i], lex)), len(words))
    if not demonyms < titles < len(words) - 1 or words[titles] not in _REMIT_OPENERS or any(
            _is_title(word, lex) and not _remit_qualifier(words, index, lex)
            for index, word in enumerate(words[titles + 1:], titles + 1)):
        return None  # a capital opens no remit: "Mr De Smet"
    if words[titles] == "of" and is_organisation_word(words[-1], lex) and not any(w.islower() for w in words[titles + 1:]):
        return titles + 1  # the organisation the title is of, no person's name: "Chief Executive of Kinnear Seafoods Ltd"
    # A word of remit after its last small word ("of", "and"), a name's particle being none ("Ministre de la Santé").
    remit = max((i for i, word in enumerate(words) if word.islower() and word not in NAME_PARTICLES),
                default=titles) + 2
    # An initial is no word of those two: the name has it too ("Superintendent of Police Giri Prasad M.", "… K. P.
    # Singh").
    name = len(words) - _NAME_WORDS - (1 if _is_initial(words[-1]) else 0)
    while name > titles + 1 and _is_initial(words[name - 1]):
        name -= 1
    # A name of three words or more begins after the fields of government of the remit ("Commissioner of Health
    # Abubakar Labaran Yusuf", "Minister of Environment, Forestry and Tourism Selma Nangula Hamunyela").
    fields = next((i for i in range(titles + 1, len(words))
                   if not is_field_of_government(words[i], lex) and words[i] not in ("and", "&", "the")), len(words))
    name = fields if remit <= fields < name else name
    while name > remit and (words[name] in NAME_PARTICLES or _PARTICLE_WORD.match(words[name])):
        name -= 1  # "Maria da Silva", "Mustapha El Fassi"
    if name >= remit:
        return name
    # No name is left after the remit: the words are all title ("Minister of Transport, Communications and …"), but a
    # name's particle after a title opens the name ("Mr de Smet").
    return None if words[titles] in NAME_PARTICLES else len(words)


def _is_initial(word: str) -> bool:
    """Tell whether a name's word is an initial ("M", "K.")."""
    return len(word.rstrip(".")) == 1 and word[0].isupper()


def _remit_qualifier(words: tuple[str, ...], index: int, lex: Lexicon) -> bool:
    """Tell whether a title that only qualifies another is a field of a remit, no title before a title: "Minister of
    Social Integration, Social Security and National Solidarity"."""
    followed = index + 1 < len(words) and _is_title(words[index + 1], lex)
    return fold_word(words[index]) in _TITLE_QUALIFIERS and not followed


_THING_OF = frozenset({"on", "of", "for"})
_TITLE_QUALIFIERS = frozenset({"national", "state", "foreign", "external", "home", "interior", "finance", "economy",
                               "defence", "defense",
                               "security", "relations", "affairs", "staff", "crown", "field", "prime", "vice", "deputy",
                               "acting", "former", "interim", "opposition", "cabinet"})
"""Titles that only qualify another ("National Security Adviser", "State Secretary", "Foreign Minister")."""
_REMIT_QUALIFIERS = _TITLE_QUALIFIERS - {"staff", "crown", "vice", "deputy", "acting", "former", "interim", "opposition",
                                          "cabinet"}
"""Of those, the ones that end no title before a name: "Foreign Grants Oversight" names no one (but "Deputy Kim" may)."""
_NAME_WORDS = 2
"""The words of a name after a title's remit: its end is not marked, and most names have two."""
_REMIT_LIST = re.compile(r"(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?(?:, (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?)*,? and "
                         r"(?:the )?[A-Z]")
"""The rest of a ministry's remit after its first comma: "Infrastructure and Transport", "Forest and Climate Change",
"Energy and the Environment", "Energy, the Environment and Water"."""
_AGENCY_REST = re.compile(r"[A-Z][\w-]*(?:,? (?:and )?[A-Z][\w-]*)*")
"""The rest of a country's agency's name after a comma: "Science and Economic Development Canada"."""
_ACRONYM_CLOSING = re.compile(r", ([^\W\d_a-z][\w.&-]*)\)")
"""An acronym after a comma that closes the parentheses of a name's translation: "…, BMWE)"."""
_TRANSLATION_GAP = re.compile(r"((?:\s+[^\W\d_A-Z][\w’'-]*){0,3})\s+\(")
"""Small words, if any, and an opening parenthesis between a name and its other language's name."""
_LOWER_HONORIFICS = (" don ", " doña ", " dona ", "“don ", "“doña ")
"""Spanish and Portuguese honorifics written in lower case before a given name ("said don Aurelio"), where "Don" in
capitals may be a given name ("Don Lemon")."""
_AIMS = frozenset({"for", "on"})
"""What a body's head is followed by before what it is for ("Office for …", "Committee on …")."""
_PURPOSES = OF_WORDS | _AIMS
"""What a body's head is followed by before its remit ("Ministry of …", "Ministerio de …", "Office for …")."""


def _region_s_direction(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether words open with a point of the compass before a name, not a people's adjective: a region's
    ("said in West Sussex", "the South Uist crofters"; not "West African")."""
    return len(words) >= 2 and fold_word(words[0]) in DIRECTIONS and fold_word(words[1]) not in lex.demonyms


_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})
"""Ordinals a court's or a chamber's name may open with ("the Third Environmental Court")."""
_CARDINALS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"})
"""Numbers a party's or a network's name may open with ("the Five Star Movement", "the Seven Network")."""


def _numbers_a_body(words: tuple[str, ...], index: int, first: int, opens: bool) -> bool:
    """Tell whether the word at index is an ordinal, or a number that does not open a sentence ("Two Ministry
    officials said" counts them), that a body's name may open with."""
    word = fold_word(words[index])
    return word in _ORDINALS or (word in _CARDINALS and not (opens and index == first))


def _singular_body(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether the first organisation's word among words is singular, one body's that an ordinal may number
    ("Third Environmental Court", "Fifth Circuit Court of Appeals"; not "both First Nations")."""
    head = next((word for word in words if is_organisation_word(word, lex)), "")
    return bool(head) and not head.endswith("s")
PLACE_OF_HEADS = frozenset({"republic", "isle"})
"""Places' first words that "of" and the rest of one name follow ("Isle of Skye"; not the "District of" a province)."""
_MINISTRY_HEADS = frozenset({"ministry", "ministerio", "ministere", "ministero"})
_LISTED_HEADS = _MINISTRY_HEADS | {"department", "committee"}
"""Bodies whose remit may be a list ("Ministry of Land, Infrastructure and Transport", "Department of Industry,
Science and Resources")."""
_BOARDS = frozenset({"board", "commission", "office", "superintendency", "institute"})
"""Bodies whose remit, as a ministry's, may end in "Resources" or "Energy" ("Board of Land and Natural Resources") or
list its fields ("Institute of Geology, Earthquake Engineering and Seismology")."""
REMIT_HEADS = _LISTED_HEADS | _BOARDS
"""Bodies named for a remit, which a text may shorten to its first field ("Ministry of Housing" of "Ministry of Housing,
Utilities and Urban Communities")."""
_LONGEST_REMIT = 12
"""The most words of a ministry's name before a comma that goes on with its remit."""
_FIELDS_BODIES = _LISTED_HEADS | _BOARDS | {"agency", "authority", "service"}
"""Bodies that may be named for a list of fields before their word ("Foreign, Commonwealth and Development Office")."""
_REMIT_NOUNS = frozenset({"resources", "energy", "mining", "minerals", "metals", "petroleum", "services", "defence",
                          "defense", "commodities", "textiles", "foods", "cooperatives", "co-operatives", "industries",
                          "enterprises", "utilities", "logistics", "railways", "securities"})
"""Organisations' words that may be listed in a ministry's remit ("Ministry of Housing, Utilities and Urban
Communities")."""
_ON_HEADS = frozenset({"office", "committee", "commission", "council", "conference", "panel", "forum", "centre",
                       "center", "institute", "coalition"})
"""Organisation words whose name goes on with "on" and its subject, a place included ("Washington Office on
Latin America"): after any other, "on" and a place are the sentence's ("the United Nations on Venezuela")."""


def _remit_goes_on(words: tuple[str, ...], first: int, index: int, lex: Lexicon) -> bool:
    """Tell whether an organisation's name goes on after "and" with the rest of its remit after "of" ("Ministry of
    Fisheries and Maritime Economy", "National Institute of Burn and Plastic Surgery"), not with another organisation
    or a place ("Ministry of Defence and Sudan")."""
    rest = words[index + 1:]
    # A ministry's remit may go on with one word; another organisation's with two at least ("… of Burn and Plastic
    # Surgery", not "Department of State and Pentagon").
    heads = {(fold_word(head), fold_word(of)) for head, of in zip(words[first:index], words[first + 1:index])
             if is_organisation_word(head, lex) and fold_word(of) in _PURPOSES}
    if not rest:
        return False
    # A remit listed with commas goes on after "and" ("Department of Industry, Science and Resources").
    ministry = any(head in _MINISTRY_HEADS for head, _ in heads) or (
        bool(heads) and any(w.endswith(",") for w in words[first:index]))
    # What an office is "for" may go on with one word that is no place ("Office for Kosovo and Metohija").
    purpose = any(of in _AIMS for _, of in heads) and fold_word(rest[0]) not in lex.all_places
    # A department's remit may go on with one field of government ("Department of Mineral Resources and Energy"; not
    # "Department of State and Pentagon").
    field = len(rest) == 1 and any(head in _LISTED_HEADS for head, _ in heads) and (
        fold_word(rest[0]) in _REMIT_NOUNS or fold_word(rest[0]) in lex.agency_remits)
    remit = ministry or (bool(heads) and (len(rest) >= 2 or purpose or field))
    # A ministry's remit may end in a word that ends companies' names too ("… of Energy and Mineral Resources").
    listed = ministry or any(head in _LISTED_HEADS | _BOARDS for head, _ in heads)  # "Board of Land and Natural …"
    ends = not is_organisation_word(rest[-1], lex) or (listed and fold_word(rest[-1]) in _REMIT_NOUNS)
    # A known place opens another body ("the Ministry of Housing and Cairo Governorate").
    return (remit and ends and rest[0][:1].isupper() and len(rest) <= _AND_TAIL_WORDS
            and not any(is_acronym((word,)) for word in rest) and fold_word(rest[0]) not in lex.all_places
            and fold_word(" ".join(rest)) not in lex.all_places)


def _in_title_remit(words: tuple[str, ...], first: int, index: int, lex: Lexicon) -> bool:
    """Tell whether a word is inside a title's remit, after "for" or "of" after the title: "Deputy Minister for Food
    and Agriculture Dr Kwabena Owusu-Ansah"."""
    opened = _title_remit_opened(words, first, index, lex)
    rest = words[index + 1:]
    # Or the remit's end and the name after it, if any: "Minister of Transport, Communications and Information
    # Technology", "Minister of Health and Family Welfare Ananya Rao".
    ends = len(rest) <= _AND_TAIL_WORDS + _NAME_WORDS and all(word[:1].isupper() for word in rest)
    return opened and (ends or any(_is_title(word, lex) for word in rest[:-1]))


def _title_remit_opened(words: tuple[str, ...], first: int, index: int, lex: Lexicon) -> bool:
    """Tell whether a title and "of" or "for" come before index: a remit is open ("Minister of Cultures, the Arts")."""
    return any(_is_title(title, lex) and fold_word(of) in _REMIT_OPENERS
               for title, of in zip(words[first:index], words[first + 1:index]))


def _remits_before_title(words: tuple[str, ...], first: int, index: int, lex: Lexicon) -> bool:
    """Tell whether "and" joins fields of government before a title, its remit: "Mining and Energy Minister Jelena
    Radosavljević", "Trade and Industry Minister …"."""
    before, after = words[first:index], words[index + 1:]
    end = _title_after_fields(after, lex)
    return bool(before) and end > 0 and all(is_field_of_government(word, lex) for word in (*before, *after[:end]))


def _title_after_fields(words: tuple[str, ...], lex: Lexicon) -> int:
    """Return where the first title that is no field of government is among words (0 if none is)."""
    return next((at for at, word in enumerate(words) if _is_title(word, lex) and not is_field_of_government(word, lex)),
                0)


def _people_for(words: tuple[str, ...], first: int, index: int, lex: Lexicon) -> bool:
    """Tell whether "for" may join a people's plural noun to a cause, one group's name ("the civic group Lawyers for
    Public Safety", "Citizens for Transparent Oil"): the noun alone before it, a role's plural ("Lawyers") or "Women",
    "Parents", "Citizens"."""
    noun = fold_word(words[first])
    return (index == first + 1 and index + 1 < len(words) and words[index + 1][:1].isupper()
            and (noun[:-1] in lex.person_roles or noun in _PEOPLE_PLURALS))


_PEOPLE_PLURALS = frozenset({"women", "men", "parents", "citizens", "friends", "mothers", "fathers", "families"})


def _one_company(words: tuple[str, ...], first: int, index: int, lex: Lexicon) -> bool:
    """Tell whether "and" joins two words of one company's name, which a legal form ends a word or two after it
    ("Abay Engineering and Construction PLC", "Marks and Spencer PLC"; not "Sudan and Chad Ltd", a place first)."""
    rest = words[index + 1:]
    return (2 <= len(rest) <= 3 and fold_word(rest[-1].rstrip(".,")) in lex.legal_forms
            and not any(fold_word(word.rstrip(".,")) in lex.legal_forms for word in words[first:index])
            and fold_word(" ".join(words[first:index])) not in lex.all_places)


def _and_allied(words: tuple[str, ...], index: int, lex: Lexicon) -> bool:
    """Tell whether "and Allied" goes on with an organisation's name, a trade union's or a trade's ("Sugar and Allied
    Workers' Union of Eswatini", "Food and Allied Workers Union")."""
    return index + 2 < len(words) and fold_word(words[index + 1]) == "allied" and any(
        is_organisation_word(word, lex) for word in words[index + 2:])


def _joins_remits(words: tuple[str, ...], index: int, lex: Lexicon) -> bool:
    """Tell whether the word at index is a field of government that "and" joins to the rest of a title's remit
    ("Mining" of "Mining and Energy Minister")."""
    return index + 1 < len(words) and words[index + 1] == "and" and _remits_before_title(words, index, index + 1, lex)


def _split_at_connectors(words: tuple[str, ...], lex: Lexicon, *, opens: bool = False) -> list[tuple[int, int]]:
    """Split names joined by connectors ("Sudan and Chad"), but not an organisation's own name
    ("Bank of England": an organisation word before the connector), a title ("Secretary of State")
    nor a person's name ("Osama bin Laden"); opens: the words open a sentence."""
    pieces, first = [], 0
    for index in range(len(words)):
        word = fold_word(words[index])
        # an organisation's word inside a title is none ("Council Member X of the … Tribal Council"), nor one that
        # qualifies a title ("Petroleum Commissioner X of the Ministry of Mines and Energy")
        organisation = any(is_organisation_word(words[i], lex) and not _in_title_phrase(words, i, lex)
                           and not _opens_title(words, i + 1, lex) for i in range(first, index))
        # a German compound's first part, its ending left to the next ("Wasserstraßen- und Schifffahrtsamt")
        if word in _SUSPENDING and index > first and words[index - 1].endswith("-"):
            joins = True
        elif word in _AND_WORDS:
            # "… Disease Control and Prevention", "… Meio Ambiente e dos Recursos …", but "Sudan and Chad"
            following = fold_word(words[index + 1]) if index + 1 < len(words) else ""
            # "… and Ministry of Education" begins another organisation ("… and Minerals Development" does not).
            after_following = fold_word(words[min(index + 2, len(words) - 1)])
            another = is_organisation_word(following, lex) and after_following in OF_WORDS
            abstract = len(words) - index - 1 <= _AND_TAIL_WORDS and words[-1].lower().endswith(_ABSTRACT_ENDINGS)
            # In English prose, a French "et" inside an organisation's name is the name's ("Réseau Mer et Vie").
            french = word == "et" and following not in _FRENCH_ARTICLES
            joins = (organisation and not another and (abstract or french or following in OF_WORDS
                                                       or _remit_goes_on(words, first, index, lex))
                     ) or _in_title_remit(words, first, index, lex) or _and_allied(words, index, lex) or (
                _country_of_two(words, first, index, lex)) or (
                _remits_before_title(words, first, index, lex)) or _one_company(words, first, index, lex) or (
                _see_or_court_of_two(words, index)) or (
                not organisation and (_two_trades(words, first, index, lex) or _two_qualities(words, first, index, lex)
                                      or _portuguese_surnames(words, first, index)
                                      or _agency_through(words, first, index, lex)
                                      or _two_places_body(words, first, index, lex)
                                      or named_after_two(words, first, index, lex)))
        elif word == "on":  # "Council on Foreign Relations", "Office on Latin America", not "United Nations on Venezuela"
            joins = organisation and (fold_word(words[index - 1]) in _ON_HEADS
                                      or fold_word(" ".join(words[index + 1:])) not in lex.all_places)
        elif word == "the" and words[index - 1].endswith(","):
            # a remit listed with commas: "Department of Climate Change, Energy, the Environment", "Minister of
            # Cultures, the Arts and Heritage"
            joins = organisation or _title_remit_opened(words, first, index, lex)
        elif word == "the" and fold_word(words[index - 1]) not in lex.connectors:
            # "the" is inside a name only after a small word ("Bank of the South"), or a campaign's verb that opens a
            # group's name ("Save the Karoo Coalition", "Stop the War Coalition")
            joins = index == first + 1 and fold_word(words[first]) in CAMPAIGN_VERBS and is_organisation_word(
                words[-1], lex)
        elif index > 0 and fold_word(words[index - 1].rstrip(".,")) in lex.legal_forms:
            # A legal form ends a company's name ("Sahyadri Lifecare Pvt Ltd of India"), but a German one goes on
            # with another ("GmbH & Co. KG") and a Mexican one with "de" and another ("… S.A. de C.V.").
            joins = _legal_form_goes_on(words, index, lex)
        elif organisation and _body_of_a_body(words, first, index, lex):
            joins = False  # "Diocese of Tavush of the Armenian Apostolic Church": the diocese, then the church
        elif word == "of" and fold_word(words[index - 1]) in _PARTS_OF_BODIES and not any(
                is_organisation_word(w, lex) for w in words[first:index - 1]):
            joins = False  # "the Ritidian Unit of the Guam National Wildlife Refuge": the unit, then what it is of
        elif word == "for" and _people_for(words, first, index, lex):
            joins = first > 0 or not opens  # "Lawyers for Kvirila argue …" opening a sentence: the company's lawyers
        else:
            joins = organisation or word in NAME_PARTICLES or words[index] in FAROESE_PARTICLES or (
                word in _AND_WITHIN) or (
                index > 0 and _is_title(words[index - 1], lex)) or _place_of(words, index, lex) or (
                _see_of(words, first, index)) or (word in TOWN_PARTICLES and index > first and index + 1 < len(words)
                                                  and words[index + 1][:1].isupper()) or _city_of(words, first, index)
        if word in lex.connectors and words[index].islower() and not joins:
            if index > first:
                pieces.append((first, index))
            first = index + 1
    if first < len(words):
        pieces.append((first, len(words)))
    return [(a, b) for a, b in pieces
            if words[a][0].isupper() or _PARTICLE.match(words[a]) or _NOUN_CLASS.match(words[a])]


def _city_of(words: tuple[str, ...], first: int, index: int) -> bool:
    """Tell whether "of" at index joins a city's council's name (see city_council), "The" before it or not; not "the
    Old City of Mosul"."""
    start = first + 1 if words[first] == "The" else first
    return index == start + 1 and city_council(words[start:])


_PARTS_OF_BODIES = frozenset({"unit", "units"})
"""An organisation's words that name a part of another, named after "of" ("… Unit of the …")."""


def _see_or_court_of_two(words: tuple[str, ...], index: int) -> bool:
    """Tell whether "and" at index joins the two places a diocese's or a court's name is of ("the Diocese of Raska and
    Prizren", "the High Court of England and Wales"), one word each, the name ending after the second or going on
    with "of" ("… and Prizren of the Serbian Orthodox Church"); not "the Court of Appeal and the Supreme Court"."""
    return (index >= 3 and words[index - 2] == "of" and fold_word(words[index - 3]) in _SEES_AND_COURTS
            and index + 1 < len(words) and words[index + 1][:1].isupper() and words[index - 1][:1].isupper()
            and (index + 2 == len(words) or words[index + 2] == "of"))


_SEES_AND_COURTS = frozenset({"diocese", "archdiocese", "eparchy", "archeparchy", "bishopric", "metropolis",
                              "metropolitanate", "court"})
"""Bodies named after the places they serve, two joined by "and" among them (see _see_or_court_of_two)."""


def _two_places_body(words: tuple[str, ...], first: int, index: int, lex: Lexicon) -> bool:
    """Tell whether "and" joins two places one organisation serves ("Punjab and Haryana High Court", "Trinidad and
    Tobago Police Service"): a place before it, a place after it, then two words or more of the organisation's (one
    is a single place's company: "Sudan and Chad Airlines")."""
    rest = words[index + 2:]
    first += fold_word(words[first]) in ARTICLES  # "The Punjab and Haryana High Court"
    return (index + 1 < len(words) and fold_word(" ".join(words[first:index])) in lex.all_places
            and fold_word(words[index + 1]) in lex.all_places and len(rest) >= 2 and is_organisation_word(rest[-1], lex)
            and not any(fold_word(word) in lex.all_places or word.islower() for word in rest))


def named_after_two(words: tuple[str, ...], first: int, index: int, lex: Lexicon) -> bool:
    """Tell whether "and" joins the two names one body or one group of islands is named after ("Andaman and Nicobar
    Administration", "The Little and Great Nicobar Tribal Council", "Andaman and Nicobar Islands"): one capitalised word
    before it that opens the name, no known place, title or organisation's word, nor an acronym, a body's whole name
    ("MPF and Federal Police"), nor a nickname in quotation marks ("‘Bobr’ and His Army"), and after it a capitalised
    word and a few more that end in a public body's word (see _NAMED_AFTER_TWO_HEADS), or the islands' noun; a people's
    adjective may come first ("European Border and Coast Guard Agency")."""
    first += fold_word(words[first]) in ARTICLES
    first += first < index - 1 and fold_word(words[first]) in lex.demonyms
    before, rest = words[index - 1], words[index + 1:]
    head = fold_word(rest[-1]) if rest else ""
    return (index - first == 1 and 2 <= len(rest) <= _NAMED_AFTER_TWO_WORDS and before[:1].isupper()
            and before.isalpha() and not before.isupper()
            and not any(fold_word(word) in lex.all_places or is_organisation_word(word, lex) or _is_title(word, lex)
                        for word in (before, rest[0]))
            and all(word[:1].isupper() for word in rest)
            and (head in _NAMED_AFTER_TWO_HEADS or (len(rest) == 2 and head == "islands")))


_NAMED_AFTER_TWO_WORDS = 4
"""The most words after "and" of a body named after two ("Great Nicobar Tribal Council")."""
_NAMED_AFTER_TWO_HEADS = frozenset({"administration", "council", "authority", "commission", "committee", "association",
                                    "board", "federation", "union", "assembly", "secretariat", "directorate",
                                    "tribunal", "court", "government", "department", "police", "command", "centre",
                                    "center", "agency", "service"})
"""The words of a public body or a people's one, named after two names; a company's ("Corporation") ends a list of two
companies as often ("Sony and Comcast Corporation")."""


def _agency_through(words: tuple[str, ...], first: int, index: int, lex: Lexicon) -> bool:
    """Tell whether "and" at index is inside a country's agency's name ("Fisheries and Oceans Canada")."""
    first += fold_word(words[first]) in ARTICLES  # "the Innovation, Science and Economic Development Canada office"
    return any(is_country_agency(words[first:end], lex) for end in range(index + 2, len(words) + 1))


def _portuguese_surnames(words: tuple[str, ...], first: int, index: int) -> bool:
    """Tell whether "e" at index joins two family names after a given name, as Portuguese names do ("Tiago Oliveira e
    Silva"; not two places: "Lisboa e Porto")."""
    return words[index] == "e" and index - first >= 2 and index + 1 < len(words)


def _two_qualities(words: tuple[str, ...], first: int, index: int, lex: Lexicon) -> bool:
    """Tell whether "and" joins two adjectives that open one body's name, its organisation's word right after them
    ("Administrative and Fiscal Court of Almada", "Economic and Social Council")."""
    before, rest = words[index - 1], words[index + 1:]
    return (index - first == 1 and len(rest) >= 2 and before[:1].isupper() and rest[0][:1].isupper()
            and before.lower().endswith(_ADJECTIVE_ENDINGS) and rest[0].lower().endswith(_ADJECTIVE_ENDINGS)
            and is_organisation_word(rest[1], lex))


_ADJECTIVE_ENDINGS = ("ive", "al", "ic", "ary", "ory")


def _two_trades(words: tuple[str, ...], first: int, index: int, lex: Lexicon) -> bool:
    """Tell whether "and" joins two trades or fields of one organisation's name ("Misr Spinning and Weaving Company",
    "Agriculture and Food Security Committee", "Sabah Lands and Surveys Department"): a trade's word before it, a
    plural before a plural and the organisation's word, or a field of government opening the name on either side, and
    after it a few words that end in an organisation's."""
    before, rest = words[index - 1], words[index + 1:]
    plurals = len(rest) == 2 and before.endswith("s") and rest[0].endswith("s") and before[:1].isupper()
    # two fields of government before a department's word ("Forests and Environment Department", "Land and Survey
    # Department", "Health and Family Welfare Department")
    fields = before[:1].isupper() and len(rest) >= 2 and rest[0][:1].isupper() and (
        fold_word(before) in lex.agency_remits or fold_word(rest[0]) in lex.agency_remits)
    trade = plurals or fields or before.endswith("ing") or before.lower().endswith(_ABSTRACT_ENDINGS + ("ure",))
    return (trade and 0 < len(rest) <= _AND_TAIL_WORDS and is_organisation_word(rest[-1], lex)
            # a field that is an organisation's word too may come first ("… Land and Survey Department", "… Land
            # Development and Administration Bureau")
            and not any((is_organisation_word(w, lex) and fold_word(w) not in lex.agency_remits
                         and not (i == 0 and w.lower().endswith(_ABSTRACT_ENDINGS))) or is_acronym((w,))
                        for i, w in enumerate(rest[:-1]))
            and fold_word(" ".join(words[first:index])) not in lex.all_places)


def _body_of_a_body(words: tuple[str, ...], first: int, index: int, lex: Lexicon) -> bool:
    """Tell whether a second "of" at index leads from one organisation's name to another's, named in full ("Diocese
    of Tavush of the Armenian Apostolic Church"), not to the place or remit the first is of ("Ministry of Foreign
    Affairs of the Republic of Azerbaijan"), nor from a body of a remit to the body it belongs to ("Court of Justice of
    the European Union")."""
    if words[index] != "of" or "of" not in words[first:index]:
        return False
    if all(fold_word(word) in lex.agency_remits for word in words[first + words[first:index].index("of") + 1:index]):
        return False
    start = index + 2 if index + 1 < len(words) and words[index + 1] == "the" else index + 1
    end = next((i for i in range(start, len(words)) if words[i].islower()), len(words))
    return end - start >= 2 and is_organisation_word(words[end - 1], lex)


def _country_of_two(words: tuple[str, ...], first: int, index: int, lex: Lexicon) -> bool:
    """Tell whether "and" at index joins the two names of one country or region ("Bosnia and Herzegovina", "Trinidad
    and Tobago", "Sistan and Baluchestan"), alone or inside a longer name ("the Government of Bosnia and
    Herzegovina")."""
    return index + 1 < len(words) and any(
        fold_word(" ".join(words[start:index + 2])) in lex.all_places for start in range(first, index))


def _see_of(words: tuple[str, ...], first: int, index: int) -> bool:
    """Tell whether "of" at index joins a bishop's name to his see, as Orthodox and Catholic clergy are named
    ("Metropolitan Ignatios of Methymna", "Archbishop Chrysostomos of Cyprus"): a clerical title and one name before
    it, a capitalised word after it."""
    return (words[index] == "of" and index - first == 2 and fold_word(words[first].rstrip(".")) in _CLERGY
            and index + 1 < len(words) and words[index + 1][:1].isupper())


_CLERGY = frozenset({"metropolitan", "archbishop", "bishop", "patriarch", "catholicos", "abbot", "archimandrite"})


def _place_of(words: tuple[str, ...], index: int, lex: Lexicon) -> bool:
    """Tell whether "of" at index is inside a place's name ("Republic of Karakalpakstan", "Port of Spain", which the
    places list has); not before a known place's, which is the actor ("Republic of Korea" is Korea, "Province of
    Buenos Aires" Buenos Aires)."""
    if index == 0 or words[index] != "of":
        return False
    if fold_word(words[index - 1]) in WATER_OF_HEADS:
        return index + 1 < len(words) and not words[index + 1].islower()
    end = next((i for i in range(index + 1, len(words)) if words[i].islower()), len(words))
    if fold_word(words[index - 1]) not in PLACE_OF_HEADS:
        # a place of the list, of one word before "of" or more ("Port of Spain", "Federated States of Micronesia")
        return any(fold_word(" ".join(words[start:end])) in lex.all_places for start in range(max(0, index - 3), index))
    return fold_word(" ".join(words[index + 1:end])) not in lex.all_places


def _acronym_after(text: str, end: int, words: tuple[str, ...], lex: Lexicon) -> str:
    """Return the acronym in parentheses right after a name ("(RSF)"), or "". An organisation's may be
    written as a word ("(Ibama)", "(Unicef)"), as Portuguese and British papers write them, or be a short name
    ("Companhia de Celulose do Zêzere SA (Celzêzere)")."""
    if "(" not in text[end:end + 3]:
        return ""
    found = _ACRONYM_AFTER.match(text, end)
    if found is None and any(is_organisation_word(word, lex) for word in words):
        found = _WORD_ACRONYM_AFTER.match(text, end)  # "(Ibama)", "(Celzêzere)"; not a place: "(Bamako)"
        found = found if found is not None and fold_word(found.group(1)) not in lex.all_places else None
    return found.group(1) if found else ""


def _one_organisation(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether words joined by "and" are one organisation's name, when an acronym follows them:
    the first part has an organisation word and no article follows the "and" ("Institute of the
    Environment and Renewable Natural Resources (Ibama)", not "the Bank of England and the Fed (…)")."""
    joins = [index for index, word in enumerate(words) if fold_word(word) in _AND_WORDS]
    if len(joins) != 1 or joins[0] + 1 >= len(words) or fold_word(words[joins[0] + 1]) in ARTICLES:
        return False
    # Or a word of a remit before "and" and the organisation's word after it ("Disaster and Emergency Management
    # Authority (AFAD)"), not a place ("Sudan and Chad …").
    first = words[:joins[0]]
    return any(is_organisation_word(w, lex) for w in first) or (
        len(first) == 1 and fold_word(first[0]) not in lex.all_places and is_organisation_word(words[-1], lex))


def _quotation_opens(text: str, start: int) -> bool:
    """Tell whether a word opens a quotation, as a sentence of its own language (the words “A Amazônia pede socorro”)."""
    return text[start - 1:start] in ("“", "«", "„") or text.endswith(' "', 0, start)


def _opens(text: str, start: int) -> bool:
    """Tell whether a word begins its sentence (after a full stop, a colon, or the paragraph's start)."""
    before = text[max(0, start - _LOOK_BACK):start].rstrip(" \t\"“‘'([—–-")
    return (not before and start <= _LOOK_BACK) or (bool(before) and before[-1] in ".?!:;…")


def _role_before(before: str) -> str:
    """Return the role in apposition just before a name ("the army chief, Burhan"), or ""."""
    found = _ROLE_BEFORE.search(before) if before.rstrip().endswith(",") else None
    if found is None or (found.group("lead") and found.group("lead").lower() not in _BEFORE_A_ROLE):
        return ""
    # "After the disaster, the unit said, Senior Inspector X …": a clause, no role; nor is how far a place is ("in
    # Salah al-Din, a short drive east, Dr. Nour al-Attar …")
    words = found.group("role").split()
    # after a name in the possessive, a role of a few words: "Pond Inlet's mayor", not "Lula's government blames the
    # crisis on his far-right predecessor"
    owned = found.group("owner") is not None and len(words) > _OWNED_ROLE_WORDS
    return "" if owned or any(word in _VERB_WORDS for word in words) or words[-1] in _HOW_FAR else found.group("role")


_OWNED_ROLE_WORDS = 4
"""The most words of a role after a name in the possessive ("Pond Inlet's deputy mayor")."""


_HOW_FAR = frozenset({"away", "north", "south", "east", "west", "upriver", "downriver", "upstream", "downstream",
                      "inland", "offshore", "uphill", "downhill"})
"""The last words of how far a place lies, which an apposition to a place ends on and no role does."""


AGED_ROLE = re.compile(r"\d{1,2}-year-old\s|.*\bin\s+(?:his|her|their)\s+(?:twenties|thirties|forties|fifties|sixties|"
                       r"seventies|eighties|nineties)\b")
"""A role that begins with an age under a hundred ("a 38-year-old mill operator") or gives one by its decade ("a
plucker in her fifties"): a person's, whatever its noun."""
_AN_ACRONYM = re.compile(r"\b(?:acronym|abbreviation)\b")
NAMED_ONLY_AS = (r"\b(?:gave|giving|identified|asked\s+to\s+be\s+identified)\s+(?:(?:only\s+)?(?:(?:his|her|their)\s+"
                 r"(?:first\s+)?name\s+)?(?:only\s+)?as\s+|only\s+(?:his|her|their)\s+(?:first\s+)?name,\s+)$")
"""What comes before the only name someone unnamed gives ("a trader who gave his name only as Emeka", "a nurse, who gave
only her first name, Inge"): a person's, of one word too."""
_NAMED_ONLY = re.compile(NAMED_ONLY_AS)
_BIRTH_NAMED = re.compile(rf"\bwhose\s+(?:{_GIVEN_AT_BIRTH})\s+name\b")
"""What says a name is a person's, however it reads ("Group Village Head Chisapo, whose real name is Agnes
Kachingwe")."""
_OF_A_NAME = re.compile(r"[A-Z][\w’'.-]*\s+of\s+$")
"""A name's last word and "of" right before another name ("Surjit Kaur of Mirzapur", "Bishop Stepane of Mestia")."""


def _annotated(text: str, found: _Found, lex: Lexicon, *, nicknames: bool) -> Run:
    """Make a name's Run with what the text around it says of it: an acronym, a nickname, a role, a preposition."""
    start, end, words, title, opener = found
    stem, hyphen, suffix = words[-1].rpartition("-")
    if hyphen and stem and fold_word(suffix) in lex.honorific_suffixes:  # "Matsumura-san" is Matsumura, a person
        words, title = (*words[:-1], stem), (*title, suffix)
    after = text[end:end + _LOOK_AHEAD]
    if not title and text.endswith(_LOWER_HONORIFICS, 0, start):  # "said don Aurelio"
        title = (text[:start].rsplit(None, 1)[-1],)
    if title and _ORGANISATION_AFTER.match(after) and all(fold_word(word) in lex.demonyms for word in title):
        words, title = (*title, *words), ()  # "the ruling Georgian Path party": the demonym is the party's name's
    acronym = _acronym_after(after, 0, words, lex)
    # "… Trade Unions (CITU), known in the mill lines as Haradhan-da": after the acronym.
    known_as = _KNOWN_AS.match(after, after.index(")") + 1 if acronym else 0) if nicknames else None
    if known_as and _AN_ACRONYM.search(known_as.group(0)) and fold_word(" ".join(words)) in lex.all_places:
        known_as = None  # "The UN Joint Human Rights Office in Congo, known by its French acronym BCNUDH": the office's
    before = text[max(0, start - _LOOK_BACK * 8):start]
    # "Bibi Surjit Kaur of Mirzapur, a 58-year-old widow": the age and the role are the name's before "of"
    someone_s = before.endswith(" of ") and _OF_A_NAME.search(before) is not None
    aged = None if someone_s else _AGE.match(after)
    # "… (FSM), a group formed by …"; "Ramli, 54, a fisherman"
    role = _ROLE_AFTER.match(after, after.index(")") + 1 if acronym else aged.end() - 1 if aged else 0)
    if role is not None and after[role.end():role.end() + 1] in (".", "!", "?") and _FRONTED_FOR.search(before):
        role = None  # "For Jabulani Ngubane, the political arguments feel far away.": the sentence's clause, no role
    # "The position, Sciacca said, had first been broadcast …": what comes before a reporting aside is no role
    role_text = _role_text(role, "" if role is None and _REPORTING_ASIDE.match(after) else before, lex)
    if someone_s and AGED_ROLE.match(role_text):
        role, role_text = None, ""
    previous = before[-_LOOK_BACK:].rsplit(None, 1)[-1:] or [""]
    word_before = previous[0].lower()
    # "Ramli, 54, a fisherman who …", "his daughter Malika, who manages the books": said of a person (not of "a
    # spokesperson for Hydro-Boréal, who declined …", nor of "Bakers, who have long complained …", nor of "a health
    # agent at the Casai, who asked not to be named": no one's name comes after "the").
    preposition = "" if before[-_LOOK_BACK:].lower().endswith(_TO_SOMEONE) else fold_word(previous[0])
    # (not "A grocery owner in Chabahil, who declined to give his name, said": the owner)
    personal = aged is not None or (role is not None and after.startswith(" who ", role.end())) or (
        after.startswith(", who ") and word_before not in _OWNED_BY and word_before != "the"
        and not opener and preposition not in lex.locatives) or (
        known_as is not None and _BIRTH_NAMED.search(known_as.group(0)) is not None) or (
        before.endswith((" as ", ", ")) and _NAMED_ONLY.search(before) is not None) or (
        _KIN_CLAUSE.match(after) is not None)
    based = _BASED.match(after) is not None  # "director of the Baidoa-based …": the place, not the body it heads
    described = not title and not based and ((_described_before(before, lex) and not _qualifies_a_body(after, lex))
                               # not its possessive: "Yonamine's cooperative" is his
                               or (_ORGANISATION_AFTER.match(after) is not None
                                   and not text.endswith(("'s", "’s"), 0, end))
                               or (after.startswith((",", " (")) and _described_in_apposition(before, lex))
                               # "Aldous Fenwick, a solicitor at Fenwick Marr, which represents …": his firm
                               or (after.startswith(", which ") and _ROLE_AT.search(before) is not None))
    # "the Zhanaaul mine" is a place, "Nurtau's mines" are an owner's; "lessons for Kalaallit Nunaat, where mining is
    # …" a place.
    placed = _place_before(before) or (_PLACE_AFTER.match(after) is not None
                                       and not text.endswith(POSSESSIVE, 0, end)) or based or (
        after.startswith(", where ")) or before.endswith(_SITED_AT) or _region_after(after, lex)
    speaks = len(words) == 1 and ((after[:1] == " " and VERBS.match(after, 1) is not None)
                                  or f" {before[-_LOOK_BACK:]}".lower().endswith(" according to "))
    return Run(start, end, words, title, opener, acronym, end + known_as.end() if known_as else -1, role_text,
               preposition if preposition in lex.place_prepositions else "", word_before == "the", described,
               placed, personal, speaks, word_before in ("a", "an"))


_FRONTED_FOR = re.compile(r"(?:^|[.!?”\"]\s+)(?:For|To|Unlike|Like|As\s+for)\s+$")
"""A preposition that opens a sentence before a name: the words after the name's comma that end the sentence are its
clause, no apposition, which a comma or a clause of its own ends ("For Ngubane, a mother of three, the wait …", "For
Rodel Manansala, a 47-year-old fisherman who has worked these waters …")."""
_ROLE_AT = re.compile(r"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:at|for|with)\s+$")
"""Someone's role at a body right before its name ("a solicitor at ", "a partner with ")."""
_KIN_CLAUSE = re.compile(r"(?:,\s+\d{1,3})?,\s+whose\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|"
                         r"eldest|youngest|late|own|only)\s+)*(?:children|child|sons?|daughters?|husband|wife|"
                         r"mother|father|parents|brothers?|sisters?|grandchildren|grandsons?|granddaughters?)\b")
"""A relative clause of a name's kin ("Suharti, whose two children attend the school, said"): a person's; an
organisation's "whose" clause is of its members, staff or shares."""
_REPORTING_ASIDE = re.compile(r"\s+(?:said|says|added|adds|argued|argues|insisted|insists|noted|notes|explained)\s*,")
"""A speech verb and a comma after a name, an aside inside a sentence ("The position, Sciacca said, had …")."""
_TO_SOMEONE = tuple(f"{word} to " for word in ("according", "spoke", "speaking", "talked", "talking", "wrote",
                                                "writing", "close", "thanks", "married", "related", "addressed"))
"""Words before "to" that make the name after it someone's, not a place's ("according to Ong")."""
_SITED_AT = tuple(f" {participle} at " for participle in ("based", "stationed", "moored", "docked", "anchored",
                                                            "located", "headquartered", "berthed"))
"""Where something is before a name after "at": a place ("boats based at Tuan Chau"), whatever its name's shape."""
_NAME_QUOTED = (" «", ' "', " “")
"""What follows a legal form written before a company's name in quotation marks."""
_OWNED_BY = frozenset({"for", "of", "at", "from", "with", "by", "to"})
"""Words before an organisation's name that make a "who" after it its person's ("a spokesperson for X, who …")."""


def _region_abbreviation(text: str, found: _Found, lex: Lexicon) -> bool:
    """Tell whether a name is a state's or a province's short form after a town and a comma ("Medicine Hat, Alta."):
    no name of its own."""
    start, end, words, title, _ = found
    return (len(words) == 1 and not title and text.startswith(".", end) and text.endswith(", ", 0, start)
            and fold_word(words[0]) in lex.region_abbreviations)


_REGION_AFTER = re.compile(r",\s+([A-Z][a-z]{1,4})\.")


def _region_after(after: str, lex: Lexicon) -> bool:
    """Tell whether a state's or a province's short form follows a name and a comma ("Swift Current, Sask."): the name
    is a place's."""
    region = _REGION_AFTER.match(after)
    return region is not None and fold_word(region.group(1)) in lex.region_abbreviations


def _place_adjective(found: _Found, lex: Lexicon) -> bool:
    """Tell whether one word is a known place's adjective, no name ("Alaskan fish", "Sardinian farmers", "Honduran
    police", "the Himalayan town", "Azorean tuna"): the place's name, or its plural's, with "n" or "ean" for its end."""
    _, _, words, title, _ = found
    if len(words) == 1 and not title and "-" in words[0]:
        return _peoples_joined(fold_word(words[0]), lex)
    if len(words) != 1 or title or not words[0].endswith("an"):
        return False
    word = fold_word(words[0])
    return not lex.all_places.isdisjoint({word[:-1], f"{word[:-1]}s", f"{word}s", f"{word[:-3]}es"})


def _peoples_joined(word: str, lex: Lexicon) -> bool:
    """Tell whether a hyphenated word joins peoples' adjectives, an adjective too ("American-Brazilian", "Franco-German",
    "Sino-Indian")."""
    *firsts, last = word.split("-")
    return last in lex.demonyms and all(part in lex.demonyms or part in _COMBINING_PEOPLES for part in firsts)


_COMBINING_PEOPLES = frozenset({"anglo", "franco", "sino", "russo", "indo", "afro", "euro", "italo", "germano",
                                "hispano", "luso", "greco", "austro", "judeo", "turco", "serbo", "czecho"})


def _role_text(role: re.Match[str] | None, before: str, lex: Lexicon) -> str:
    """Return the role a name's apposition after it gives (or, without one, the text before it), of a few words. Not
    an organisation's name, which lists it beside the name ("Valsts Mežu Kompānija (VMK), the Latgale Bird Protection
    Society, officials of …"). Of two roles joined by "and", the first where both together are no role ("a shift
    supervisor and delegate of the socialist union FGTB")."""
    said = next((group for group in role.groups() if group), "") if role else _role_before(before)
    if _NAMED_SOMEONE.search(said):
        return ""  # "In the Alfama district of Lisbon, an electrician named José Manuel Tavares, …": his, not Lisbon's
    if role is not None and said[-1:].isalpha() and said.rsplit(None, 1)[-1][:1].isupper() and (
            more := _NAME_GOES_ON.match(role.string, role.end())) and any(
            is_organisation_word(word, lex) for word in said.split() if word[:1].isupper()):
        said += more.group(0)  # "head of the Ministry of Gender Equality and Family": the ministry's whole name
    if " and " not in said:
        return _a_role(said, role is not None and role.string.startswith(" and ", role.end()), lex)
    # What comes before "and" is a list's first name where it would be no role before "and" alone ("the Barbados
    # Defence Force and representatives of fisherfolk").
    first = _a_role(said[:said.index(" and ")], True, lex)
    return first and (_a_role(said, False, lex) or first)


_NAMED_SOMEONE = re.compile(r"\snamed\s+[A-Z]")
"""Someone introduced by name inside an apposition ("an electrician named José Manuel Tavares"): the apposition is
theirs, not the name's before it."""
_NAME_GOES_ON = re.compile(r" and [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}(?=[,;:.)])")
"""The last words of an organisation's name in a role, after "and" ("… of the Ministry of Gender Equality and
Family,")."""


def _a_role(said: str, listed: bool, lex: Lexicon) -> str:
    """Return the words of an apposition if they are a role (see _role_text), else ""; listed: "and" follows them."""
    words = said.split()
    if not words or len(words) > _ROLE_WORDS or (_capitalised(words, lex) and is_organisation_word(words[-1], lex)):
        return ""
    # Nor a body's noun and its name, the next of a list ("the Federal Police, the environmental agency Ibama and …"),
    # nor a name before "and" ("the Interior Ministry, the Sicilian Region and the Italian Red Cross"), no title's
    if len(words) >= 2 and words[-1][:1].isupper() and fold_word(words[-2]) in lex.organisation_descriptors:
        return ""
    if listed and _capitalised(words, lex) and not any(fold_word(word) in lex.titles
                                                        or fold_word(word) in lex.person_roles for word in words):
        return ""
    return said.strip()


def _capitalised(words: list[str], lex: Lexicon) -> bool:
    """Tell whether every word but a connecting one opens with a capital letter, as a name's do."""
    return all(word[:1].isupper() for word in words if word not in lex.connectors)


def _place_before(before: str) -> bool:
    """Tell whether a place's noun and "of" end the text before a name ("the city of Cusco")."""
    # Searching every run's text before it was a twentieth of discovery's time; few of them end in "of".
    return before.rstrip().endswith("of") and _PLACE_BEFORE.search(before) is not None


def _qualifies_a_body(after: str, lex: Lexicon) -> bool:
    """Tell whether an organisation's noun in lower case follows a name: the name says whose body it is, and is no
    organisation's itself ("the head of the Chiatura police", "who heads the Chiatura branch of …")."""
    word = _LOWER_WORD_AFTER.match(after)
    # Not a legal form's letters, which are words in lower case too ("as", "co")
    return word is not None and is_organisation_word(word.group(1), lex) and word.group(1) not in lex.legal_forms


_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z][\w-]*)")


def _described_in_apposition(before: str, lex: Lexicon) -> bool:
    """Tell whether a noun phrase with "a" or "an" that ends in an organisation's noun and a comma comes just before a
    name set apart by commas ("runs a small guiding company, Lyngen Fjellfolk, with …")."""
    if not before.endswith(", "):
        return False
    words = before[-_DESCRIBED_CHARS:].split()
    return (len(words) >= 2 and fold_word(words[-1][:-1]) in lex.organisation_descriptors
            and any(word in ("a", "an") for word in words[-5:-1]))


def _described_before(before: str, lex: Lexicon) -> bool:
    """Tell whether the text just before a name says it is an organisation's (see _described), splitting it into
    words only when its last word is one _described looks further for: most names follow "said" or "in"."""
    tail = before[-_DESCRIBED_CHARS:]
    last = tail.rsplit(None, 1)[-1:]
    return bool(last) and fold_word(last[0]) in _describing_last_words(lex) and _described(tail.split(), lex)


@functools.cache
def _describing_last_words(lex: Lexicon) -> frozenset[str]:
    """Return the words _described can say yes after: "at", an organisation's descriptor, an article or "of"."""
    return frozenset({"at"}) | lex.organisation_descriptors | ARTICLES | OF_WORDS


def _described(before: list[str], lex: Lexicon) -> bool:
    """Tell whether the words before a name say it is an organisation's: a noun phrase ending in an
    organisation's noun, an article a few words before ("the Italian manufacturer Veltro"), a role
    in lower case and "of" ("the chief executive of Veltro", "a ministra do Meio Ambiente"), or a profession and "at"
    (a place of work: "a researcher at River Commons International"; a farmer "at" a place is at the place)."""
    if not before:
        return False
    # A last word that can lead to yes here must be in _describing_last_words, which spares most names the split.
    last = fold_word(before[-1])
    if last == "at":  # "head of forecasting at Met Éireann", "a researcher at River Commons International"
        return any(w.islower() and (fold_word(w) in lex.titles or w in _PROFESSIONS) for w in before[-5:-1])
    if last in lex.organisation_descriptors:  # "the Italian manufacturer …", "a lawsuit against feed maker …"
        return any(fold_word(w) in _DETERMINERS or w in _BEFORE_A_DESCRIPTION for w in before[-4:-1])
    if last in ARTICLES and len(before) >= 3:
        before, last = before[:-1], fold_word(before[-2])
    return (last in OF_WORDS and len(before) >= 2 and before[-2].islower()
            and ((fold_word(before[-2]) in lex.titles and before[-2] not in _PORTFOLIOS) or before[-2] in _RUNNERS)
            and _PLACE_BEFORE.search(" ".join(before[-2:]) + " ") is None)


_PORTFOLIOS = frozenset({"home", "interior", "field", "crown", "economy", "finance", "foreign", "external", "defence",
                         "defense", "opposition", "father"})
"""Titles' words that name a portfolio or a rank's field, a title only before another ("Home Secretary"), or kin
("Father Ioane"): before "of" they are a thing's or a relative's ("the two-storey home of Vesna Lipovšek", "the father
of Davit")."""
