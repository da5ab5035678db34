"""Name one article's actors from its candidate names: short forms, acronyms and nicknames merged
into the fullest name the article gives, noise left out, each name's mentions as spans."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import NamedTuple

from briefing.extract.actors import Span, name_key
from briefing.extract.discover import (
    ACRONYM_THEN_OR,
    AGED_ROLE,
    ASCII_CLICKS,
    CALLERS,
    OPENING_MARKS,
    HONOURS,
    IRISH_PARTICLES,
    KIN,
    MALAY_TAMIL_FATHERS,
    OF_WORDS,
    NAME_PARTICLES,
    PATRONYMICS,
    POSSESSIVE,
    REMIT_HEADS,
    ROMAN_NUMERAL,
    SHOUTED,
    Run,
    find_runs,
    is_chinese_he,
    nicknames_inside,
)
from briefing.extract.kinds import (GOVERNING, company_forms, guess_kind, inner_legal_form, is_acronym,
                                    without_legal_form)
from briefing.extract.lexicon import (Lexicon, fold_word, is_common_word, is_field_of_government, is_organisation_word,
                                      lexicon)
from briefing.fastpickle import fast_pickle

_WORD = re.compile(r"[\w’'-]+")
_ROLE_PREPOSITION = re.compile(r"\s(?:on|at|of|for|in|with|from|to|who|which|that|where|about|near|beside|behind|"
                               r"along|across|inside|under|over|off|by|some|roughly|outside|"
                               r"north|south|east|west|\w+ed by|\w+ing\s(?:the|a|an|his|her|its|their))\s")
"""What ends a role's head noun phrase: a preposition, a relative, or a participle and its object ("lawyer representing
the village")."""
_OR_ELSE = re.compile(r"[\"”’']?,?\s+or\s+(?:the\s+)?$")
"""What joins a nickname to its translation ('"Am Salah", or Uncle Salah')."""
_FORMALLY = re.compile(r"\b(?:formally|officially|whose\s+\w+\s+name)\b")
"""What introduces a formal name after a short one ("Korail, formally the Korea Railroad Corporation", "Chief
Mazvimbakupa, whose birth name is Jeremiah Zhou"), not a nickname ("Alhaji Tofa, … known as Mai Zare")."""
_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,5})\)")
_LOWER_WORDS_BEFORE = re.compile(r"\b(?:[a-z][a-z-]*,?\s+){2,8}$")
"""Words in lower case right before an acronym in parentheses, which they may bring in ("engineering, procurement and
construction (EPC)"); looked for only before an acronym, within _WORDS_BEFORE characters."""
_WORDS_BEFORE = 160
_CALLED_BY_ACRONYM = re.compile(r"\b([a-z][a-z-]+),?\s+known\s+(?:by\s+its|as)\s+(?:[A-Z][a-z]+\s+)?"
                                r"(?:acronym|abbreviation),?\s+([A-Z][A-Za-z&]+)\b")
"""A noun in lower case and the acronym the text says it is known by ("an approved annual work and budget plan, known by
its Indonesian acronym RKAB"): a thing's, unless the noun is an organisation's ("the ministry, known by its Portuguese
acronym MAPPF") or a person's."""
_SMALL_WORDS = frozenset({"and", "of", "the", "for", "to", "in", "on"})
_NO_RELATION = re.compile(r"\bno relation (?:to|of)\s+(?:[^,.;]{0,40},\s+)?$")
"""What comes before a person whom a later short form does not mean ("Aliyev, 61, is no relation to the head of state,
Ilham Heydar oglu Aliyev. … Aliyev says"): the text names them to tell two people of one name apart."""
_KIN_OF = re.compile(rf"\b{KIN}\s+of\s+(?:the\s+)?(?:late\s+)?(?:[a-z][\w-]*\s+)?$"
                     rf"|\b(?:his|her|their|whose)\s+(?:[a-z0-9][\w-]*\s+)?{KIN},?\s+$")
"""What comes before a relative named in someone's apposition or as their object ("Bridget Hale, … a granddaughter of
co-founder Arthur Hale, said"; "Kurban Rasulov … buried his younger brother, Magomedrasul Rasulov"; "Vesna Jovanović,
whose 19-year-old daughter, Marija Jovanović, was among the victims"): the family name said next is still the one the
paragraph is about."""
_NO_RELATION_CHARS = 60
"""How far before a name "no relation to" and a role between commas, or a word of kin and "of", are looked for."""
_OBJECT_HER = (r"(?!\s*[.,;:!?]|\s+(?:go|leave|come|stay|in|at|to|for|with|from|on|by|and|that|as|about|back|away|up|"
               r"down|out|off|a|an|the|could|would|will|can|should|may|might|must|was|is|were|had|has|did|does|but|or|"
               r"when|if|because|than|into|over|after|before|while|who|which)\b)")
_HIS_OR_HER = (r"(?:(?<!, )(?<!, one of )\b(her|his)\b" + _OBJECT_HER + r"|(?:(?<=, )|(?<=, one of ))(her|his)\b"
               + _OBJECT_HER + r"(?!\s+(?:(?:uncle|aunt|father|mother|son|daughter|brother|sister|husband|wife|cousin|"
               r"nephew|niece|parent|sibling|child)s?|children|grand\w+)\b))")
""""her" or "his" before what it owns, not "her" as someone's object ("Hoareau watches her go", "spoke to her.",
"companies linked to her could win", "gave her a seat"), but for a word of kin in apposition, which makes the name
someone else's kin ("Lonko Florentino Painemil, her uncle, …", "Matthias Borg Cardona, one of her sons, …"; not "Mario
Farrugia … said his mother …")."""
_SENTENCE_PRONOUN = re.compile(rf"[.!?][\"”’']?\s+(She|He)\b|{_HIS_OR_HER}|\b(?:said|says|added|told \w+) (she|he)\b")
"""A sentence that opens with "She" or "He", "her" or "his", or a speech verb's "she" or "he" ("said he would go")."""
_THIRD_PERSON = re.compile(rf"\b(?:he|she)\b|{_HIS_OR_HER}")
_SENTENCE_OR_QUOTATION = re.compile(r"[.!?](?:\s|$)|[\"“”«»„]|\b(?:the|a|an) (?:\w+ )?(?:man|woman|boy|girl)\b")
"""Where a pronoun after a name stops being its: the sentence's end, a quotation, or another person named by a noun
("Jéssica Olmos Vera … said the old man had refused to leave until the roof above him caught fire")."""
_KIN_BEFORE = re.compile(r"\b(?:(daughter|wife|mother|sister|widow|granddaughter|grandmother|niece|aunt)|"
                         r"(?:son|husband|father|brother|widower|grandson|grandfather|nephew))\s*,?\s*$")
"""A word of kin right before a name, which says its sex ("his daughter, Andrea Hew-Lyn")."""
_KIN_ROLE = re.compile(r"(?:^|\s)(?:(daughter|wife|mother|sister|widow|granddaughter|grandmother|niece|aunt)|"
                       r"(?:son|husband|father|brother|widower|grandson|grandfather|nephew))(?:\s+of\b.*)?$")
"""A word of kin at the head of a role, which says its sex ("the vice-president's widow", "a mother of three")."""
_KIN_CHARS = 16
_QUOTATION_MARK = re.compile(r"[\"“”«»„]")
_SOMEONE_ELSE = re.compile(r"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[a-z-]+\s+)?(?:neighbou?r|man|woman|boy|girl|resident|"
                           r"relative|friend|worker|official|witness|villager)\b")
"""Someone else the paragraph speaks of, whom a pronoun after may be ("One neighbour, who did not want to be
named …")."""
_COURTESY_GENDERS = {"mr": "m", "mr.": "m", "m.": "m", "monsieur": "m", "herr": "m", "senor": "m", "sr.": "m",
                     "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "mme": "f", "madame": "f",
                     "frau": "f", "senora": "f", "sra.": "f", "madam": "f", "mdm": "f", "auntie": "f", "aunty": "f",
                     "uncle": "m", "bi": "f", "bw": "m", "bw.": "m", "bwana": "m", "don": "m", "dona": "f",
                     "dra": "f", "dra.": "f", "hadja": "f", "aum": "f", "pa": "m", "mammy": "f", "mlle": "f",
                     "senhor": "m", "senhora": "f", "padre": "m", "mma": "f", "rra": "m", "bibi": "f",
                     "sardar": "m", "sardarni": "f", "alhaji": "m", "alhaja": "f", "hajiya": "f", "hajjat": "f",
                     "hajat": "f", "hajia": "f", "hajjah": "f"}
"""Courtesy titles by the sex they say (folded)."""
CANTONESE_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+$")
"""A Chinese given name of two syllables joined by a hyphen ("Suk-yee"), after the family name: in Hong Kong an
English given name comes before both ("Mabel Ng Suk-yee", called "Ng", "Mabel Ng" or "Ng Suk-yee")."""
_REGNAL = re.compile(r"^(?:[IVX]{1,4}|Jr\.?|Sr\.?)$")
"""A regnal number or a generation after a name ("Otumfuo Osei Tutu II", "Martin Luther King Jr.")."""
_COMMON_USES = 3
"""Uses in lower case that make a word the article's common noun, no family name ("Rand Water" in a story on water)."""
_FAMILY_NAME_FIRST = 5
"""Letters at most of a family name written before the given name ("Xi", "Lai", "Zhang", "Yoon")."""
_FATHERS = frozenset({"bin", "bint", "ibn", "ben", "ould", "mint"}) | MALAY_TAMIL_FATHERS
"""Particles before a father's name ("bin" in "Salim bin Hamad Al Harthy")."""
_ARTICLE_WORDS = frozenset({"Al", "El", "al", "el"})
"""The Arabic article written as a word of its own, which a family name may open with ("Al Adwan")."""
_DIGRAPHS = frozenset({"sh", "ch", "kh", "zh", "ts", "gh"})
"""Two letters a Russian initial keeps for one Cyrillic letter ("Sh." for Sherali)."""
_RUSSIAN_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$")
"""A Russian patronymic's ending ("Vladimirovich", "Petrovna"): the father's name, which a person is never called by
alone."""
_SLAVIC_FEMININE = re.compile(r"\w{3}(?:ova|eva|skaya|ska)$")
"""The feminine endings of Russian, Kazakh, Bulgarian, Czech, Slovak and Polish family names, folded ("Vorobyova",
"Zhukovskaya", "Podhradská", "Kowalska"); not "-čka" ("Hrdlička" is a man's)."""
_ROMANCE_FAMILY_NAMES = frozenset({"casanova", "villanova", "terranova", "canova", "cordova", "padova", "genova",
                                   "villanueva"})
"""Spanish and Italian family names, folded, that end as a Slavic woman's do (see _slavic_woman)."""
_PATRONYMIC_ENDINGS = ("son", "dottir")
"""The endings of an Icelandic family name, folded: a son's ("Ólafsson") or a daughter's ("Jónsdóttir")."""


@dataclass(frozen=True, slots=True)
class _Prose:
    """An article's text, to tell whether it writes a word in lower case.

    A word is looked for where the text has it, not in a list of the article's words: most names are never written
    in lower case, and listing every word of every article was a sixth of discovery's time."""

    text: str
    """The paragraphs between single spaces."""

    @classmethod
    def of(cls, paragraphs: tuple[str, ...]) -> _Prose:
        """Return the prose of an article's paragraphs."""
        return cls(" ".join(paragraphs))

    def common(self, word: str) -> bool:
        """Tell whether the article writes a word in lower case again and again, as a common noun ("water")."""
        return self._uses(word.lower()) >= _COMMON_USES

    def plural(self, word: str) -> bool:
        """Tell whether a word is the plural of a word the article writes in lower case ("Students" of "student")."""
        lower = word.lower()
        return lower.endswith("s") and (self._writes(lower[:-1]) or (lower.endswith("es") and self._writes(lower[:-2])))

    def __contains__(self, name: str) -> bool:
        """Tell whether the article writes a word or name in lower case ("Fighting" as "fighting")."""
        lower = name.lower()
        return self._writes(lower) if " " not in lower else self._writes_in_a_row(lower.split(" "))

    def _writes(self, word: str) -> bool:
        return bool(_whole_words_at(self.text, word))

    def _writes_in_a_row(self, words: list[str]) -> bool:
        """Tell whether the text has words one after the other, nothing but spaces and punctuation between them."""
        for at in _whole_words_at(self.text, words[0]):
            end = at + len(words[0])
            for word in words[1:]:
                following = _WORD.search(self.text, end)
                if following is None or following.group() != word:
                    break
                end = following.end()
            else:
                return True
        return False

    def _uses(self, word: str) -> int:
        """Count a word's uses as the count of it between spaces in the article's words did, the threshold's measure:
        of uses side by side ("water water") the second shares the first's space, and only every other one counts."""
        uses, counted, end = 0, False, -1
        for at in _whole_words_at(self.text, word):
            counted = not (counted and _WORD.search(self.text, end, at) is None)
            uses += counted
            end = at + len(word)
        return uses


@functools.lru_cache(maxsize=1 << 8)
def _whole_words_at(text: str, word: str) -> tuple[int, ...]:
    """Return where a text has a word as a whole word, no letter, digit, apostrophe or hyphen next to it.
    Remembered: an article asks about the same few dozen names again and again."""
    if not _WORD.fullmatch(word):
        return ()
    found, at = [], text.find(word)
    while at >= 0:
        end = at + len(word)
        if not _WORD.match(text, at - 1, at) and not _WORD.match(text, end, end + 1):
            found.append(at)
        at = text.find(word, at + 1)
    return tuple(found)


@fast_pickle
@dataclass(frozen=True, slots=True)
class Name:
    """An actor one article names that the gazetteer does not: the build merges these across articles."""

    key: str
    name: str
    kind: str
    """"person", "organisation", "country", "place", or "" when the article does not show it."""
    role: str
    aliases: tuple[str, ...]
    paragraphs: tuple[int, ...]
    alone: bool = True
    """False for a lone word seen only at the start of sentences ("Nadella said …"): it is an actor
    only as another name of a fuller one that some article gives ("Satya Nadella")."""


@dataclass(frozen=True, slots=True)
class Naming:
    """One article's discovered names, and where each paragraph mentions them."""

    names: tuple[Name, ...]
    spans: tuple[tuple[Span, ...], ...]
    genders: dict[str, str] = field(default_factory=dict)
    """"m" or "f" by name key, where a courtesy title or a pronoun after the name says it."""


def shouted(name: str) -> bool:
    """Tell whether a name of several letters is written in capitals, as a dateline writes it ("HESTØY"):
    of two ways to write a name, the plain one is shown."""
    return len(name) > 4 and name.isupper()


def without_generation(words: tuple[str, ...]) -> tuple[str, ...]:
    """Return a name of three words or more without its regnal number or generation ("Nana … Bediako III",
    "… Jr.")."""
    return words[:-1] if len(words) > 2 and _REGNAL.match(words[-1]) else words


def another_generation(name: str, other: str) -> bool:
    """Tell whether two names end in different generations or regnal numbers ("Bennett J. Castellano Jr." and "Bennett
    J. Castellano Sr."): a son and his father, two people."""
    last, other_last = name.split()[-1].rstrip("."), other.split()[-1].rstrip(".")
    return last != other_last and all(_REGNAL.match(word) for word in (last, other_last))


_FATHERS_TITLES = frozenset({"haji", "hajjah", "hajah"})
"""A father's title after "bin" or "binti", which a name without the particle leaves out too ("Zulkarnain Mohd Yusof"
of "Zulkarnain bin Haji Mohd Yusof")."""
_CLAN_PARTICLES = frozenset({"br", "br.", "boru"})
"""The particle before a Batak woman's clan name, which is her family name too."""
_ARAB_FAMILY = re.compile(r"(?:Al|El|al|el)(?:-|$)")
"""An Arab family name's article after "bin" ("Salim bin Hamad Al Harthy"): the father's name is then no Malay one,
and the person is not called by the names before it."""


_DOUBLE_FAMILY = re.compile(r"[A-Z][^\W\d_A-Z]{3,}-[A-Z][^\W\d_A-Z]{2,}")
"""Two family names joined by a hyphen, the first of four letters or more ("Santiago-Colón"; not "Al-Amin")."""


@functools.lru_cache(maxsize=1 << 14)
def short_forms(words: tuple[str, ...]) -> tuple[str, ...]:
    """Return the folded short forms a person's full name is later called by ("al-Burhan", "Burhan",
    "von der Leyen", "Lula" of "Luiz Inácio Lula da Silva"), and the family name with the name's generation ("Batiste
    Jr." of "Clarence J. Batiste Jr."); never an acronym ("EU" is no one's family name).
    Remembered: every article's people are indexed by them, and the same people are in the news day after day."""
    bare = without_generation(words)
    forms = _short_forms(bare)
    return (*forms, fold_word(f"{bare[-1]} {words[-1]}")) if bare != words else forms


def _short_forms(words: tuple[str, ...]) -> tuple[str, ...]:
    """Return the short forms of a name without its generation (see short_forms)."""
    if len(words) < 2:
        return ()
    father = next((i for i, word in enumerate(words) if word in MALAY_TAMIL_FATHERS or (
        word == "bin" and not any(_ARAB_FAMILY.match(w) for w in words[i + 1:]))), 0)
    if father:  # "Gopal" of "Gopal s/o Rajendran", "Siti Aishah" of "Siti Aishah binte Osman": never the father's name
        own = words[:father]
        # and the name without its particle ("Abang Hashim Abang Sulaiman" of "Abang Hashim bin Abang Sulaiman")
        fathers = words[father + 1:]  # "Haji Mohd Yusof", or "Mohd Yusof" without his title
        rest = fathers[1:] if fathers and fold_word(fathers[0]) in _FATHERS_TITLES else fathers
        clan = words[-1:] if words[father] in _CLAN_PARTICLES else ()  # "Manurung" of "Rosmaida br. Manurung"
        forms = (own[-1], " ".join(own), " ".join(own + fathers), " ".join(own + rest), *clan)
        return tuple(dict.fromkeys((*map(fold_word, forms), *short_forms(own))))
    if words[-1] in PATRONYMICS:  # no family name: the father's name and "son of" ("Toktogul uulu")
        words = (*words[:-2], " ".join(words[-2:]))
    if len(words) >= 3 and CANTONESE_GIVEN.match(words[-1]):  # "Ng" of "Mabel Ng Suk-yee", "Ho" of "Dominic Ho Ka-lok"
        forms = (words[-2], " ".join(words[-2:]), " ".join(words[:-1]))
        return tuple(dict.fromkeys((*map(fold_word, forms), *short_forms(words[:-1]))))
    if len(words) == 2 and CANTONESE_GIVEN.match(words[-1]):  # "Chan" of "Chan Hok-man", "Lai" of "Lai Ching-te"
        return tuple(dict.fromkeys(map(fold_word, (words[0], words[-1]))))
    last = words[-1]
    # "Unga" of "Viliami 'Unga", "Garoeb" of "Petrus //Garoeb" too
    forms = [last, re.sub(r"^\w{1,3}-", "", last), last.lstrip(OPENING_MARKS + ASCII_CLICKS)]
    if words[0][:1].isupper() and not words[0].endswith("."):  # "V. Thiruchelvam" of "Velusamy Thiruchelvam"
        forms.append(f"{words[0][0]}. {last}")
        if len(words) >= 3:  # "K. Romesh Singh" of "Khundrakpam Romesh Singh", a Meitei family name's initial
            forms.append(f"{words[0][0]}. {' '.join(words[1:])}")
        if words[0][:2].lower() in _DIGRAPHS:  # "Sh. Jumazoda" of "Sherali Jumazoda", as Russian initials are
            forms.append(f"{words[0][:2]}. {last}")
        if len(words) >= 3 and all(word[:1].isupper() and not word.endswith(".") for word in words[:-1]):
            # "A.V. Tarabukin" of "Aleksei Vladimirovich Tarabukin": a Russian name's initials, the patronymic's too
            initials = [f"{word[0]}." for word in words[:-1]]
            forms += [f"{''.join(initials)} {last}", f"{' '.join(initials)} {last}"]
    given = words[0].split("-")
    if len(given) == 2 and all(part[:1].isupper() for part in given):
        # "J.-H. Payet" and "Jean Hugues Payet" of "Jean-Hugues Payet": a compound given name's initials, or its words
        # without the hyphen
        forms += [f"{given[0][0]}.-{given[1][0]}. {' '.join(words[1:])}", " ".join((*given, *words[1:]))]
    if len(words) >= 3:
        forms.append(" ".join(words[-2:]))  # "Al Adwan" of "Mahmoud Al Adwan" too
        if words[0].lower() in HONOURS:
            forms.append(" ".join(words[:2]))  # "Sir Geoffrey" of "Sir Geoffrey Hall"
        # A name in the middle may be the one the person goes by ("Luiz Inácio Lula da Silva" … "Lula").
        # Not a father's name after "bin" ("Hamad" of "Salim bin Hamad Al Harthy" is his father), nor one before an
        # Arab family name ("Rashid" of "Huda Rashid Al Ansari" is hers).
        arab = any(word in _ARTICLE_WORDS or _ARAB_FAMILY.match(word) for word in words[2:])
        forms += [w for before, w in zip(words, words[1:-1]) if w[:1].isupper() and len(w) >= 3 and not arab
                  and w.lower() not in NAME_PARTICLES and before.lower() not in _FATHERS and w not in IRISH_PARTICLES
                  and not _RUSSIAN_PATRONYMIC.search(w)]
        irish = next((i for i, word in enumerate(words[1:-1], start=1) if word in IRISH_PARTICLES), None)
        if irish is not None:  # "Mac an tSaoir" of "Ruairí Mac an tSaoir"
            forms.append(" ".join(words[irish:]))
        # A middle name or a last family name left out ("Sigrid Nærland" of "Sigrid Åsheim Nærland", "Carmen Rosa
        # Llerena" of "Carmen Rosa Llerena Paz": a Spanish name ends in the mother's; "Nana Abrefa Bediako" of "Nana
        # Kwadwo Abrefa Bediako III"), or the given names alone ("Siti Aishah" of "Siti Aishah Mohd Yusof").
        shorter = (words[:2], words[:-1], (words[0], words[-1]), (words[0], *words[-2:]))
        if len(words) == 4:  # a Spanish name's first given and first family names ("Rodrigo Villamizar" of "Rodrigo
            shorter += ((words[0], words[2]),)  # Alberto Villamizar Perdomo")
        if len(words) == 3 and words[1][:1].isupper() and not words[1].endswith("."):
            shorter += ((words[0], f"{words[1][0]}.", words[2]),)  # "Aleksei V. Tarabukin", a middle name's initial
        forms += [" ".join(form) for form in shorter if form[-1].lower() not in NAME_PARTICLES]
    particle = next((i for i, word in enumerate(words[1:-1], start=1) if word.lower() in NAME_PARTICLES), None)
    if particle is not None:
        forms.append(" ".join(words[particle:]))
        if particle >= 2:  # a family name of two joined by the particle ("Ruiz de Arana" of "Elena Ruiz de Arana"),
            # and the name without the second ("Josep Maria Bosch" of "Josep Maria Bosch i Pujol")
            forms += [" ".join(words[particle - 1:]), " ".join(words[:particle])]
    return tuple(dict.fromkeys(fold_word(f) for f in forms if not is_acronym((f,))))


def name_article(paragraphs: tuple[str, ...], known: tuple[tuple[Span, ...], ...], lex: Lexicon) -> Naming:
    """Discover the names of one article's paragraphs, around the known actors' spans."""
    lowered = _Prose.of(paragraphs)
    found = [find_runs(text, spans, lex) if not text.startswith("#") else ()
             for text, spans in zip(paragraphs, known, strict=True)]
    written = frozenset(fold_word(r.name) for rs in found for r in rs if not r.opener and len(r.words) > 1)
    runs = [_without_openers(rs, text, lowered, lex, written) for rs, text in zip(found, paragraphs, strict=True)]
    runs = _rejoined(paragraphs, runs, lex)
    runs = _without_thing_acronyms(paragraphs, runs, lex)
    runs = _spanish_titled(runs, lex)
    full = _full_names(runs, lex)
    runs = _with_titled_family_names(paragraphs, runs, full, lex)
    aliases = {**_trade_aliases(full, runs, lex), **_company_aliases(full, runs, lex),
               **_remit_aliases(paragraphs, runs, full), **_declared_aliases(paragraphs, runs, full, lex)}
    # An acronym of a company's short name is the company's ("SHF" of "Siam Harvest Feedmill", of "… Plc").
    aliases = {alias: aliases.get(name, name) if aliases.get(name) != alias else name for alias, name in aliases.items()}
    full = {name: words for name, words in full.items() if name not in aliases}
    kinds = {name: _article_kind(words, guess_kind(words, lex), aliases, lowered) for name, words in full.items()}
    kinds.update(dict.fromkeys(_translated_as_a_body(aliases, kinds, lex), "organisation"))
    kinds.update(dict.fromkeys(_described_otherwise(paragraphs, runs, kinds, lex), ""))
    courteous = {fold_word(r.name) for rs in runs for r in rs if _courteous(r, lex)}
    kinds.update(dict.fromkeys(_addressed_by_family_name(full, kinds, courteous, lex), "person"))
    shorts = _short_index(full, kinds, _fathers_names_alone(paragraphs, runs), _places_named_alone(runs, lex), lex)
    full = _without_short_forms(full, kinds, shorts, {fold_word(r.name) for rs in runs for r in rs if r.preposition},
                                courteous)
    shorts = {form: kept for form, names in shorts.items() if (kept := [name for name in names if name in full])}
    alone = [{fold_word(r.words[0]) for r in rs if len(r.words) == 1} for rs in runs]
    people_by_first = _index_by(full, kinds, "person", lambda words: words[:1])
    known = _Known(full, aliases, shorts,
                   frozenset().union(*alone),
                   frozenset(fold_word(words[-1]) for words in full.values()),
                   frozenset(fold_word(r.words[0]) for rs in runs for r in rs if len(r.words) == 1 and r.title),
                   people_by_first,
                   _index_by({name: words for name, words in full.items() if len(set(words)) == len(words)}, kinds,
                             "organisation", lambda words: words),
                   frozenset(word for word, count in Counter(w for words in alone for w in words).items() if count >= 3)
                   - {fold_word(r.name) for rs in runs for r in rs if r.preposition or r.placed or r.after_the},
                   _called_by_given_name(runs, people_by_first, lex))
    chosen: dict[str, list[tuple[int, Run]]] = {}
    last_seen: dict[str, int] = {}
    genders: dict[str, str] = {}  # "Ms Trabelsi" is no "Mr Trabelsi", of two people of one family name
    guessed: set[str] = set()  # whose sex a pronoun or a word of kin gave, not a courtesy title
    # "Dr Tipene" is the one the article called "Dr Aroha Tipene" (a title and the last word it went with), and "Ms
    # Neto" not the one it called "Ms Neto Afonso"
    titled_as: dict[str, set[tuple[str, str]]] = {}
    for number, (text, paragraph_runs) in enumerate(zip(paragraphs, runs, strict=True), start=1):
        related = "no relation" in text  # most paragraphs say no such thing: the regex need not look
        kin = " of " in text or "his " in text or "her " in text or "their " in text or "whose " in text
        for index, run in enumerate(paragraph_runs):
            # Two people may fit a short form: its title or a pronoun after it says which ("Hew-Lyn insisted that he").
            short, after = fold_word(run.name) in known.shorts, paragraph_runs[index + 1:]
            titled = _gender(run)
            sex = titled or (_sex_in_sentence(text, run, after) if short else "")
            # The pronoun after the words a short form says tells which of two people it is, but too far from the
            # name to give the sex of one whose sex is not known ("Soares told the crowd … “…,” he said").
            hint = sex or (_sex_of_the_words_after(text, run, after, kinds, known) if short else "")
            owner = _owner(run, known, last_seen, genders, lowered, lex, hint, titled_as)
            if owner is not None:
                chosen.setdefault(owner, []).append((number, run))
                titled_as.setdefault(owner, set()).update(_titles_with_last_word(run))
                if not ((related and _NO_RELATION.search(text, max(0, run.start - _NO_RELATION_CHARS), run.start))
                        or (kin and _KIN_OF.search(text, max(0, run.start - _NO_RELATION_CHARS), run.start))):
                    last_seen[owner] = number * 100_000 + run.start
                if not (sex or (sex := _kin_sex(text, run))) and kinds.get(owner) == "person":
                    sex = (_pronoun_after(text, paragraph_runs) if run is paragraph_runs[0]
                           else _sex_in_relative_clause(text, run, after))
                if sex:
                    if owner not in genders and not titled:
                        guessed.add(owner)
                    genders.setdefault(owner, sex)
    # What no title said, the name may ("Nadezhda Vorobyova"), above a pronoun after it, which may be another's ("Judge
    # Zuzana Hlinková accepted his guilty plea").
    for owner in chosen:
        if (owner not in genders or owner in guessed) and kinds.get(owner) == "person" and _slavic_woman(
                full.get(owner, ())):
            genders[owner] = "f"
    names = _with_nicknamed_forms(tuple(_name(found, lex, aliases, lowered) for found in chosen.values()), chosen,
                                  paragraphs, runs, lex)
    keys = {owner: name.key for owner, name in zip(chosen, names)}
    spans = [[] for _ in paragraphs]
    for owner, found in chosen.items():
        for number, run in found:
            spans[number - 1].append(Span(run.start, run.end, keys[owner]))
    return Naming(names, tuple(tuple(sorted(s, key=attrgetter("start"))) for s in spans),
                  {keys[owner]: gender for owner, gender in genders.items() if gender and owner in keys})


def _with_titled_family_names(paragraphs: tuple[str, ...], runs: list[tuple[Run, ...]],
                              full: dict[str, tuple[str, ...]], lex: Lexicon) -> list[tuple[Run, ...]]:
    """Add the family names that are titles too where the article writes them alone: "Lama" of "Binod Lama", "Bishop"
    of "Julie Bishop", which no run holds, as a title with no name after it names no one; not after "the" ("the Lama")
    nor inside a name, its title included ("Lama Tsering", "Dalai Lama"); a title after its remit is no family name
    ("Labour Minister")."""
    family = {words[-1] for words in full.values() if fold_word(words[-1]) in lex.titles
              and not any(fold_word(word.rstrip(".")) in lex.titles or is_field_of_government(word, lex)
                          for word in words[:-1])}
    if not family:
        return runs
    alone = re.compile(rf"(?<![\w’'.-])(?<![Tt]he )({'|'.join(map(re.escape, sorted(family)))})(?![\w’'-])")
    added = [[Run(found.start(), found.end(), (found.group(1),)) for found in alone.finditer(text)
              if not any(run.start < found.end() and found.start() < run.end for run in paragraph_runs)]
             if any(word in text for word in family) else [] for text, paragraph_runs in zip(paragraphs, runs)]
    return [tuple(sorted((*paragraph_runs, *more), key=attrgetter("start"))) if more else paragraph_runs
            for paragraph_runs, more in zip(runs, added, strict=True)]


def _without_thing_acronyms(paragraphs: tuple[str, ...], runs: list[tuple[Run, ...]],
                            lex: Lexicon) -> list[tuple[Run, ...]]:
    """Leave out the acronyms of things: those the article brings in for words in lower case ("heavy fuel oil (HFO)",
    and see _CALLED_BY_ACRONYM), and the lexicon's ("GPS") unless the article brings them in after a name
    ("Gabungan Parti Sarawak (GPS)")."""
    things = {found.group(1) for text in paragraphs if "(" in text for found in _ACRONYM.finditer(text)
              if (words := _LOWER_WORDS_BEFORE.search(text, max(0, found.start() - _WORDS_BEFORE), found.start()))
              and _initials(words.group(0), len(found.group(1))) == found.group(1).replace("&", "").lower()}
    things.update(found.group(2) for text in paragraphs if "acronym" in text or "abbreviation" in text
                  for found in _CALLED_BY_ACRONYM.finditer(text)
                  if not is_organisation_word(found.group(1), lex) and found.group(1) not in lex.person_roles)
    things.update(run.name for paragraph_runs in runs for run in paragraph_runs
                  if fold_word(run.name) in lex.thing_acronyms and not any(f"({run.name})" in text for text in paragraphs))
    if not things:
        return runs
    return [tuple(run for run in paragraph_runs if run.name not in things) for paragraph_runs in runs]


def _initials(words: str, count: int) -> str:
    """The first letters of the last count words, small words left out ("procurement and construction": "pc")."""
    kept = [word for word in re.split(r"[\s,-]+", words) if word and word not in _SMALL_WORDS]
    return "".join(word[0] for word in kept[-count:]) if len(kept) >= count else ""


def _spanish_titled(runs: list[tuple[Run, ...]], lex: Lexicon) -> list[tuple[Run, ...]]:
    """Read "Don" and a given name as the title and the given name of a person the article names in full, a given
    name and two family names ("Don Refugio" of "Refugio Orozco Ávila"): before one word alone, "Don" is otherwise
    a given name ("Don Young")."""
    given = {fold_word(run.words[0]) for paragraph_runs in runs for run in paragraph_runs if len(run.words) >= 3}
    return [tuple(run._replace(words=run.words[1:], title=(*run.title, run.words[0]))
                  if len(run.words) == 2 and fold_word(run.words[0]) in lex.spanish_titles
                  and fold_word(run.words[1]) in given else run
                  for run in paragraph_runs) for paragraph_runs in runs]


def _rejoined(paragraphs: tuple[str, ...], runs: list[tuple[Run, ...]], lex: Lexicon) -> list[tuple[Run, ...]]:
    """Join two names that "and" or a comma joins where the article gives them as one name elsewhere, with its acronym
    ("Madhya Pradesh Food and Drug Administration (FDA)", "Agriculture, Fisheries and Conservation Department (AFCD)"):
    "and" or a comma alone does not tell two names from one; and a name
    and a place after it that are a company's name without its legal form ("Vireon Belgium" of "Vireon Belgium NV"),
    which a place at the end is split off."""
    whole = {fold_word(r.name) for rs in runs for r in rs
             if r.acronym and ("and" in r.words or any(word.endswith(",") for word in r.words))}
    whole |= {fold_word(" ".join(bare)) for rs in runs for r in rs if len(r.words) >= 3
              and 2 <= len(bare := without_legal_form(r.words, lex)) < len(r.words)}
    if not whole:
        return runs
    return [_joined_runs(text, paragraph_runs, whole) for text, paragraph_runs in zip(paragraphs, runs, strict=True)]


def _joined_runs(text: str, runs: tuple[Run, ...], whole: set[str]) -> tuple[Run, ...]:
    kept: list[Run] = []
    for run in runs:
        before = kept[-1] if kept else None
        gap = text[before.end:run.start] if before is not None else ""
        if before is not None and gap in (" and ", " ", ", ") and fold_word(f"{before.name}{gap}{run.name}") in whole:
            words = ((*before.words[:-1], f"{before.words[-1]},", *run.words) if gap == ", "
                     else (*before.words, *gap.split(), *run.words))
            kept[-1] = before._replace(end=run.end, words=words, acronym=run.acronym, role=run.role)
        else:
            kept.append(run)
    return tuple(kept)


def _without_openers(runs: tuple[Run, ...], text: str, lowered: _Prose, lex: Lexicon,
                     written: frozenset[str]) -> tuple[Run, ...]:
    """Drop the first word of a run that begins a sentence when the article also writes it in lower
    case ("Fighting Burhan's troops …" is not a name; "Burhan's troops" is). A word a connector
    joins to the rest stays ("Bank of America", however often the article says "the bank"), and so does a noun
    before an organisation's word ("Police Federation", "River Commons International"). A slogan's "Free" before a
    person's name goes too, wherever it is ("Free Anselmo" names Anselmo; not "Free State", a place), and a place's
    preposition opening a sentence, however seldom the article writes it otherwise ("Outside Yongsan Station, …"). A
    name the article writes whole inside a sentence (written: folded names) keeps its first word ("Services Australia
    said …" of "… to Services Australia")."""
    kept = []
    for run in runs:
        if not run.title and len(run.words) > 1 and not run.words[1].islower() and (
                (run.opener and ((run.words[0] in lowered and fold_word(run.name) not in written)
                                 or fold_word(run.words[0]) in lex.place_prepositions)
                 and not _names_an_organisation(run.words, lex) and not is_chinese_he(run.words, lex))
                or (run.words[0] == "Free" and guess_kind(run.words, lex) == "person")):
            start = text.index(run.words[1], run.start)
            run = run._replace(start=start, words=run.words[1:], opener=False)
            if len(run.words) == 1 and ROMAN_NUMERAL.fullmatch(run.words[0]):
                continue  # "Factor VIII concentrate was …": no name left
        kept.append(run)
    return tuple(kept)


def _names_an_organisation(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether a name ends with an organisation's word after a first word that is no verb's form ("Teachers
    Union"; not "Leading Labour Party")."""
    return is_organisation_word(words[-1], lex) and not words[0].endswith(("ing", "ed"))


def _full_names(runs: list[tuple[Run, ...]], lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Return the article's names of two words or more, by folded name: each is an actor; but not
    "Sir Geoffrey" where the article says "Sir Geoffrey Hall", nor "Toktogul uulu" where it says "Bakyt Toktogul
    uulu" (short forms, as "Hall" is)."""
    full = {fold_word(r.name): r.words for rs in runs for r in rs if len(r.words) >= 2}
    shorter = {" ".join(name.split()[:2]) for name, words in full.items() if len(words) > 2 and name.split()[0] in HONOURS}
    shorter |= {" ".join(name.split()[-2:]) for name, words in full.items() if len(words) > 2 and words[-1] in PATRONYMICS}
    return {name: words for name, words in full.items() if name not in shorter}


def _company_aliases(full: dict[str, tuple[str, ...]], runs: list[tuple[Run, ...]], lex: Lexicon) -> dict[str, str]:
    """Map the shorter names of the article's companies that the article also uses ("Sinar Farma" of "Sinar Farma
    Sdn Bhd", "Norrstål" of "Norrstål AB") to the company's name: one company, whose kind the legal form shows."""
    # the one-word names, not a place's ("Suriname" of a run "Suriname N.V.")
    used = {word for rs in runs for r in rs
            if len(r.words) == 1 and (word := fold_word(r.words[0])) not in lex.all_places}
    return {short: name for name, words in full.items() for form in company_forms(words, lex)
            if ((short := fold_word(" ".join(form))) in full or short in used) and short != name}


def _trade_aliases(full: dict[str, tuple[str, ...]], runs: list[tuple[Run, ...]], lex: Lexicon) -> dict[str, str]:
    """Map an organisation's name without its last words that are an organisation's, two words or more that the
    article uses too ("Vayu Horizon" of "Vayu Horizon Energy"), to the organisation's name; but not a name that shows
    another kind by itself ("Maui County" of "Maui County Council") or names what a body governs (see GOVERNING), nor
    one the article gives a title, an age or a person's role: the person a body is named after ("Dr Jane Goodall" of
    the "Jane Goodall Institute"). A name shaped like a place's that is no known place, and that the article never
    writes after "the" or a place's preposition, is the company's ("Meridian Gulf" of "Meridian Gulf Energy Partners";
    not "the Kessel Sea" of "Kessel Sea Energy Partners")."""
    personal = {fold_word(r.name) for rs in runs for r in rs
                if r.title or r.personal or _role_kind(r.role, lex) == "person"}
    placed = {fold_word(r.name) for rs in runs for r in rs if r.preposition or r.placed or r.after_the}
    aliases = {}
    for name, words in full.items():
        end = len(words)
        while end > 2 and is_organisation_word(words[end - 1], lex) and fold_word(words[end - 1]) not in GOVERNING:
            end -= 1
            if ((short := fold_word(" ".join(words[:end]))) in full and short not in personal and (
                    (kind := guess_kind(words[:end], lex)) in ("person", "organisation", "") or (
                    kind == "place" and short not in lex.all_places and short not in placed))):
                aliases[short] = name
    return aliases


def _remit_aliases(paragraphs: tuple[str, ...], runs: list[tuple[Run, ...]],
                   full: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Map a body's name cut before its remit's first comma, "and" or "of" that the article also uses ("Ministry of
    Housing" of "Ministry of Housing, Utilities and Urban Communities", "Ministry of Economy" of "Ministry of Economy
    and Sustainable Development of Georgia") to the body's name, unless another body of the article begins so or the
    article gives the short name an owner ("Uzbekistan's Ministry of Water Resources" after Kazakhstan's "Ministry of
    Water Resources and Irrigation")."""
    owned = {fold_word(run.name) for text, paragraph_runs in zip(paragraphs, runs, strict=True)
             for run in paragraph_runs if text.endswith(POSSESSIVE[2:], 0, run.start - 1)}
    cuts: dict[str, list[str]] = {}
    for name, words in full.items():
        if fold_word(words[0]) in REMIT_HEADS:
            for end in range(3, len(words)):
                if words[end - 1].endswith(",") or words[end] in ("and", "of"):
                    cuts.setdefault(fold_word(" ".join(words[:end]).rstrip(",")), []).append(name)
    return {short: names[0] for short, names in cuts.items() if short in full and short not in owned and len(names) == 1}


_CALLED_SO = re.compile(r",\s+as\s+(?:[^,.;:“”\"]{0,80}\s)?(?:calls?|called|know|knows)\s+(?:her|him)\b"
                        r"|,\s+as\s+(?:she|he)\s+is\s+(?:known|called)\b")
"""A name a person goes by, said after it of someone named before ("Umm Yasser, as everyone calls her,", "Chino, as he
is known,")."""


_CALLS_THEM = re.compile(rf"\b(?i:{CALLERS}|customers)\s+(?:[\w’'-]+\s+){{0,8}}?call(?:s|ed)?\s+(?:her|him)\s+"
                         r"[\"“‘']?$")
"""What people call someone the paragraph is about, in a sentence of its own ("Everybody in Dajabón calls her
Chichí", "Everyone on this stretch of the Ibeju-Lekki coast calls her Iya Alaro")."""
_CALLS_CHARS = 80


def _declared_aliases(paragraphs: tuple[str, ...], runs: list[tuple[Run, ...]],
                      full: dict[str, tuple[str, ...]], lex: Lexicon) -> dict[str, str]:
    """Map acronyms in parentheses and "known as" nicknames (folded) to the name they follow, a nickname of several
    words too ("Second Thomas Shoal, known in the Philippines as Ayungin Shoal", "Surachet Thammaprasert, the police
    general known as Big Chet"), and the nickname's translation after "or" ('… known as "Am Salah", or Uncle Salah');
    a nickname inside a name to the name ('Bennett J. "Benji" Castellano Jr.'), and a name said to be what people
    call someone to that one (see _CALLED_SO and _CALLS_THEM)."""
    aliases: dict[str, str] = {}
    seen: list[str] = []  # the full names so far, the last named last
    written_after_the = {fold_word(r.name) for paragraph_runs in runs for r in paragraph_runs if r.after_the}
    for text, paragraph_runs in zip(paragraphs, runs, strict=True):
        starts = {r.start: r for r in paragraph_runs}
        declared: set[int] = set()  # where the nicknames and formal names of the paragraph's names are
        for named, nickname in _nicknamed_runs(text, paragraph_runs, lex):
            # 'Bennett J. "Benji" Castellano Jr.': the nickname inside the name
            aliases.setdefault(fold_word(nickname), _fullest(named, full, seen))
        for index, run in enumerate(paragraph_runs):
            if seen and (_CALLED_SO.match(text, run.end) or (
                    " call" in text and _CALLS_THEM.search(text, max(0, run.start - _CALLS_CHARS), run.start))):
                # "Umm Yasser, as everyone in the neighbourhood calls her, is 60 now" after "Fatima Younis Ali …"; but
                # "Father Gavril, as the village calls him" is the Gavril named before, whoever was named since.
                words = set(map(fold_word, run.words))
                owner = next((name for name in reversed(seen)
                              if not words.isdisjoint(map(fold_word, full.get(name, ())))), None) or next(
                    (name for name in reversed(seen) if guess_kind(full.get(name, ()), lex) == "person"), seen[-1])
                if guess_kind(full.get(owner, ()), lex) == "person":
                    aliases.setdefault(fold_word(run.name), owner)
                    continue
            if len(run.words) >= 2:
                seen.append(fold_word(run.name))
            if run.acronym:
                aliases.setdefault(fold_word(run.acronym), fold_word(run.name))
            nickname = starts.get(run.nickname_at)
            if nickname is None or nickname.start in declared:
                continue  # "Umm Khaled, a mother in Sheikh Othman whose given name is …": the first name's
            declared.add(nickname.start)
            formal = _FORMALLY.search(text, run.end, nickname.start)
            if formal is not None and (len(run.words) < len(nickname.words) or (
                    formal.group(0).startswith("whose") and len(nickname.words) >= 2)):
                # A formal name after a short one ("Korail, formally the Korea Railroad Corporation") is the name, and
                # so is a name given at birth, whose family name may stand for it later ("Group Village Head Chisapo,
                # whose real name is Agnes Kachingwe").
                aliases.setdefault(fold_word(run.name), fold_word(nickname.name))
                continue
            if run.placed and nickname.placed and fold_word(nickname.name) in written_after_the:
                continue  # "Frankfurt (Oder)", where "the Oder" is a river: the town's name names it, no other name
            if fold_word(nickname.name) in lex.all_places and text[run.end:nickname.start] == " (":
                continue  # "Deputy Commissioner of Police (New Delhi)": where the office is, no other name of it
            # A translation in parentheses is the name's own; a nickname may be a member's of the organisation.
            owner = run if text[run.end:nickname.start] == " (" or ACRONYM_THEN_OR.fullmatch(
                text, run.end, nickname.start) else _member_before(text, paragraph_runs, index, lex)
            owner_words = fold_word(owner.name).split()
            if fold_word(nickname.name) not in owner_words or _father_of(nickname, owner_words):
                # Not the name's own word: "Emyr Jones, known … as Jones the Quarry" leaves "Jones" to every Jones.
                aliases.setdefault(fold_word(nickname.name), _fullest(owner, full, seen))
            # Its other form after "or" (translated or not: "known … as Haradhan-da, or Haradhan Babu") is theirs too.
            translated = next((r for r in paragraph_runs[index + 1:] if r.start > nickname.start), None)
            if translated is not None and _OR_ELSE.match(text[nickname.end:translated.start]):
                aliases.setdefault(fold_word(translated.name), _fullest(owner, full, seen))
    return aliases


def _father_of(nickname: Run, words: list[str]) -> bool:
    """Tell whether a nickname is a title and the father's name in its owner's name, of these folded words: a Gulf
    Arab's "Bu Rashid", father of Rashid, of "Abdulrahman bin Rashid Al Mahmood", whose eldest son bears his own
    father's name."""
    return bool(nickname.title) and any(
        particle in _FATHERS and name == fold_word(nickname.name) for particle, name in zip(words, words[1:]))


def _nicknamed_runs(text: str, paragraph_runs: tuple[Run, ...], lex: Lexicon) -> list[tuple[Run, str]]:
    """Return the runs of a paragraph with a nickname inside, and the nickname ('Bennett J. "Benji" Castellano Jr.')."""
    found = []
    for at, nickname in nicknames_inside(text, lex) if paragraph_runs else ():
        named = next((run for run in paragraph_runs if run.start < at < run.end), None)
        if named is not None:
            found.append((named, nickname))
    return found


def _with_nicknamed_forms(names: tuple[Name, ...], chosen: dict[str, list[tuple[int, Run]]],
                          paragraphs: tuple[str, ...], runs: list[tuple[Run, ...]], lex: Lexicon) -> tuple[Name, ...]:
    """Give a person named with a nickname inside the name the nickname and the family name as an alias, as another
    article may call them ("Tupa Ioane" of "George 'Tupa' Ioane")."""
    nicknamed = {(number, run.start): nickname
                 for number, (text, paragraph_runs) in enumerate(zip(paragraphs, runs, strict=True), start=1)
                 for run, nickname in _nicknamed_runs(text, paragraph_runs, lex)}
    if not nicknamed:  # as in most articles
        return names
    named = []
    for name, found in zip(names, chosen.values(), strict=True):
        nickname = next((nicknamed[number, run.start] for number, run in found if (number, run.start) in nicknamed), "")
        if nickname and name.kind == "person" and len(name.name.split()) >= 2:
            name = replace(name, aliases=(*name.aliases, f"{nickname} {name.name.split()[-1]}"))
        named.append(name)
    return tuple(named)


def _member_before(text: str, runs: tuple[Run, ...], index: int, lex: Lexicon) -> Run:
    """Return whose a nickname after a name is: the name's, or where the name is an organisation's after "of", its
    member's named before it ("Haradhan Ghose of the Centre of Indian Trade Unions, whom the workers call Haradhan
    da"; "Rostam Faraj Salih, a veteran … member of the Kurdistan Parliament, known … as Mam Rostam"; "X, president of
    the UGPK-CO, whom the producers call Tantie Sala"); or where the name is a place's after a preposition and "whom"
    follows it, the person's named before it."""
    run = runs[index]
    if run.preposition and " whom " in text[run.end:run.nickname_at]:
        # "Hassan Mahmoudi, a farmer from Gol-Tappeh, a village outside Naqadeh, whom everybody … knows as Kak Hassan"
        return next((r for r in reversed(runs[:index]) if guess_kind(r.words, lex) == "person"), run)
    if _OF_THE.search(text, 0, run.start) is None or not (
            is_acronym(run.words) or any(is_organisation_word(word, lex) for word in run.words)):
        return run
    return next((r for r in reversed(runs[:index])
                 if len(r.words) >= 2 and not any(is_organisation_word(word, lex) for word in r.words)), run)


_OF_THE = re.compile(r"\bof(?:\s+the)?\s*$")
""""of" or "of the" just before a name."""


def _fullest(run: Run, full: dict[str, tuple[str, ...]], seen: list[str]) -> str:
    """Return the folded full name a one-word name is a short form of ("Pimchanok, 41, …, known to supporters as Ploy"
    where the article names Pimchanok Suwannarat): the only one, or of several the one named last before it ("Alhaji
    Tofa, 71, who is known … as Mai Zare" after Sani Musa Tofa, before his son); else the run's own name."""
    name = fold_word(run.name)
    if len(run.words) == 1:
        owners = [folded for folded in full if name in folded.split()]
        if len(owners) == 1:
            return owners[0]
        return next((folded for folded in reversed(seen) if folded in owners), name)
    return name


def _without_short_forms(full: dict[str, tuple[str, ...]], kinds: dict[str, str], shorts: dict[str, list[str]],
                         placed: set[str], courteous: set[str]) -> dict[str, tuple[str, ...]]:
    """Leave out of the full names the family names that open with a particle, or follow a courtesy title, and are a
    short form (in shorts, see _short_index) of another person's full name in the article ("van Hecke" of "Jan van
    Hecke", "Van den Bossche" of "Hilde Van den Bossche", "Al Adwan" of "Mahmoud Al Adwan", "Ms Neto Afonso" of "Maria
    da Conceição Neto Afonso"): they go to whom they fit, as a family name of one word does; but not a name the text
    puts after "in" ("in La Saline" is no short form of "Boulevard La Saline")."""
    order = {name: index for index, name in enumerate(full)}
    return {name: words for name, words in full.items() if not (
        kinds[name] == "person" and (words[0].lower() in NAME_PARTICLES or words[0] in _ARTICLE_WORDS
                                     or name in courteous or _family_names_after(name, words, shorts, full, order))
        and name not in placed and any(other != name for other in shorts.get(name, ())))}


def _family_names_after(name: str, words: tuple[str, ...], shorts: dict[str, list[str]],
                        full: dict[str, tuple[str, ...]], order: dict[str, int]) -> bool:
    """Tell whether two words are the family names a longer name named before them in the article ends with, as a
    Spanish name is later called by both ("Hernández Martínez" after "Efraín Hernández Martínez")."""
    return len(words) == 2 and any(
        len(full[other]) >= 3 and full[other][-2:] == words and order[other] < order[name]
        for other in shorts.get(name, ()) if other != name)


def _addressed_by_family_name(full: dict[str, tuple[str, ...]], kinds: dict[str, str], courteous: set[str],
                              lex: Lexicon) -> list[str]:
    """Return the names of two words that only their last word made places ("Anneliese Park", as "Hyde Park" is
    one) where the article calls someone by that word after a courtesy title ("Dr Park"): a person's."""
    return [name for name, words in full.items() if len(words) == 2 and kinds.get(name) == "place"
            and fold_word(words[-1]) in courteous and fold_word(words[-1]) in lex.place_suffixes
            and name not in lex.all_places]


def _courteous(run: Run, lex: Lexicon) -> bool:
    """Tell whether a run follows a courtesy title ("Ms Neto Afonso"), which a family name follows."""
    return bool(run.title) and fold_word(run.title[-1].rstrip(".")) in lex.courtesy


def _short_index(full: dict[str, tuple[str, ...]], kinds: dict[str, str], fathers_alone: frozenset[str],
                 places_alone: frozenset[str], lex: Lexicon) -> dict[str, list[str]]:
    """Map each short form of a person's full name to the full names it may stand for, but a place that ends it (see
    place_ending: "Galicia" of "Xunta de Galicia", taken for a person's name where nothing says what it is; "Lima" of
    "Leila de Lima"), or a known place that ends a name of three words, or a country that ends one of two, that the
    article also names alone (see _places_named_alone: "Bonaire" of "Openbaar Lichaam Bonaire", where it says "in
    Bonaire"; "Kenya" of "Athletics Kenya"), and the father's name that ends it where the article writes it alone
    after its particle (see _fathers_names_alone)."""
    index: dict[str, list[str]] = {}
    # In its article, the first of two family names joined by a hyphen is a short form too ("Santiago" of "Luz
    # Nereida Santiago-Colón"), where no other name has it for a word: "Kinnear" of "Sheila Kinnear-Parsons" is
    # "Kinnear Seafoods Ltd" or "Albert Kinnear"
    taken = {fold_word(word) for words in full.values() for word in words}
    for folded, words in full.items():
        if kinds[folded] == "person":
            double = (fold_word(words[-1].split("-")[0]),) if _DOUBLE_FAMILY.fullmatch(words[-1]) else ()
            last = fold_word(words[-1])
            place = place_ending(words, lex) or (
                last if (len(words) >= 3 or last in lex.countries) and last in places_alone else "")
            father = last if len(words) >= 3 and words[-2] in _FATHERS else ""
            for form in (*short_forms(words), *(first for first in double if first not in taken),
                         *((father,) if father in fathers_alone else ())):
                if form != place:
                    index.setdefault(form, []).append(folded)
    return index


def _places_named_alone(runs: list[tuple[Run, ...]], lex: Lexicon) -> frozenset[str]:
    """Return the folded known places the article names alone after a locative ("in Bonaire"), and the countries it
    names alone anywhere ("Kenya is not being singled out"; not "Dr Jordan")."""
    return frozenset(name for rs in runs for r in rs if len(r.words) == 1 and not r.title
                     and ((name := fold_word(r.words[0])) in lex.countries
                          or (r.preposition in lex.locatives and name in lex.all_places)))


def _fathers_names_alone(paragraphs: tuple[str, ...], runs: list[tuple[Run, ...]]) -> frozenset[str]:
    """Return the folded names of one word the article writes straight after a father's particle ("bin Laden",
    "Sheikh bin Mubarak"): it calls the person so, by the father's name, which is no short form of the full name
    otherwise ("Anwar bin Ibrahim" goes by "Anwar")."""
    return frozenset(fold_word(run.name) for text, paragraph_runs in zip(paragraphs, runs, strict=True)
                     for run in paragraph_runs if len(run.words) == 1 and _after_fathers_particle(text, run))


def _after_fathers_particle(text: str, run: Run) -> bool:
    """Tell whether a run's name of one word follows a father's particle ("bin" in "Sheikh bin Mubarak")."""
    start = run.end - len(run.name)
    return _FATHERS_PARTICLE_BEFORE.search(text, max(0, start - _PARTICLE_CHARS), start) is not None


_FATHERS_PARTICLE_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(_FATHERS)))})\s+$")
_PARTICLE_CHARS = 8


def place_ending(words: tuple[str, ...], lex: Lexicon) -> str:
    """Return the folded known place after "de" or "of" that ends a name of three words or more, or the country that
    does, which is the place's, not the name's short form ("Galicia" of "Xunta de Galicia", "Portugal" of
    "Infraestruturas de Portugal", "Armenia" of "Green Highlands Armenia", a body's national branch), else ""."""
    place = fold_word(words[-1]) if len(words) >= 3 else ""
    return place if (place in lex.countries or (words[-2] in OF_WORDS and place in lex.all_places)) else ""


def _translated_as_a_body(aliases: dict[str, str], kinds: dict[str, str], lex: Lexicon) -> set[str]:
    """Return the folded names read as people's whose other name in the article is an organisation's: "Nistreanu
    Wines (Vinăria Nistreanu SRL)" is a company, whose family name is no short form of it ("Ms Nistreanu")."""
    return {name for alias, name in aliases.items() if kinds.get(name) in ("person", "")
            and any(is_organisation_word(word, lex) for word in alias.split())}


def _described_otherwise(paragraphs: tuple[str, ...], runs: list[tuple[Run, ...]], kinds: dict[str, str],
                         lex: Lexicon) -> set[str]:
    """Return the folded names of three words or more read as people's that the text says are something else: by a
    role in apposition or the words before them ("Caritas Développement Kolwezi, a Catholic charity"), so their last
    word is no short form of a person's name. Two words are most often a person's, whose job may sound like a
    company's ("Rajeev Menon, a crane operator"), unless a role at them before them and "which" after say what they
    are ("a solicitor at Fenwick Marr, which represents …")."""
    return {name for text, rs in zip(paragraphs, runs, strict=True) for r in rs
            if (len(r.words) >= 3 or (r.described and text.startswith(", which ", r.end)))
            and kinds.get(name := fold_word(r.name)) == "person" and not r.title and not r.personal
            and (r.described or _role_kind(r.role, lex) in ("organisation", "place"))}


def _index_by(full: dict[str, tuple[str, ...]], kinds: dict[str, str], kind: str,
              words_of: Callable[[tuple[str, ...]], tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Map the folded words of names of one kind (words_of picks which) to the names that have them."""
    index: dict[str, tuple[str, ...]] = {}
    for name, words in full.items():
        if kinds[name] == kind:
            for word in dict.fromkeys(map(fold_word, words_of(words))):
                index[word] = (*index.get(word, ()), name)
    return index


_RIVER = "river"
"""A river's noun after its name, which "the" and the name alone call too ("the Oi" of "the Oi River")."""


@dataclass(frozen=True, slots=True)
class _Known:
    """What one article's names are, to tell what each run refers to."""

    full: dict[str, tuple[str, ...]]
    """The names of two words or more, by folded name (see _full_names)."""
    aliases: dict[str, str]
    """Declared acronyms and nicknames: the folded name each stands for."""
    shorts: dict[str, list[str]]
    """Short forms of people's full names: the folded full names each may stand for."""
    lone: frozenset[str]
    """The folded words the article uses alone as names."""
    lasts: frozenset[str]
    """The folded last words of its full names ("united" of "Cúcuta United")."""
    titled: frozenset[str]
    """The folded words the article uses alone after a title ("haris" of "Pak Haris"): how someone is called."""
    people_by_first: dict[str, tuple[str, ...]]
    """People's full names by their folded first word ("xi" of "Xi Jinping")."""
    organisations_by_word: dict[str, tuple[str, ...]]
    """Organisations' full names (no word twice) by each of their folded words ("bank" of "Bank of England")."""
    recurring: frozenset[str] = frozenset()
    """The folded words the article uses alone as names in three paragraphs or more."""
    speaking: frozenset[str] = frozenset()
    """The folded given names the article writes alone before a speech verb (see _called_by_given_name)."""


def _pronoun_after(text: str, runs: tuple[Run, ...]) -> str:
    """Return "f" or "m" where a paragraph's first name, a person's, is followed by "her" or "his", or a sentence
    opening with "She" or "He", before it names anyone else or quotes anything ("Inês Almeida, 61, has reopened her
    café", "Mavjuda Nazarzoda … teaches at the school, where her pupils …"; not 'Karim said: "… pay her rent"'), else
    ""."""
    if _OBJECT_BEFORE.search(text, max(0, runs[0].start - _OBJECT_CHARS), runs[0].start):
        return ""  # a preposition's object, no subject ("An elderly diver has come by with shells for Kang. She …")
    # The name's own nickname is no one else ("Elmar Zurbriggen, … everyone calls Gletscher-Elmar, said he …").
    end = next((run.start for run in runs[1:] if run.start != runs[0].nickname_at), len(text))
    someone = _SOMEONE_ELSE.search(text, runs[0].end, end)  # "On Umm Yasser's street, … One neighbour, … his case"
    end = someone.start() if someone else end
    quoted = _QUOTATION_MARK.search(text, runs[0].end, end)
    pronoun = _SENTENCE_PRONOUN.search(text, runs[0].end, quoted.start() if quoted else end)
    return ("f" if next(filter(None, pronoun.groups())) in ("She", "her", "she") else "m") if pronoun else ""


_OBJECT_BEFORE = re.compile(r"\b(?:for|with|to|beside|from|about|against|towards?|behind|near|at)\s+$")
_OBJECT_CHARS = 10


def _sex_in_sentence(text: str, run: Run, after: tuple[Run, ...]) -> str:
    """Return "m" or "f" where "he", "his", "she" or "her" follows a name in its sentence before anyone else is named or
    anything quoted ("Hew-Lyn insisted that he …", "Hew-Lyn, for his part, …"), else ""; "him" is someone else's
    ("Hämäläinen is careful not to push him")."""
    end = after[0].start if after else len(text)
    stop = _SENTENCE_OR_QUOTATION.search(text, run.end, end)
    pronoun = _THIRD_PERSON.search(text, run.end, stop.start() if stop else end)
    return "" if pronoun is None else ("f" if pronoun.group(0) in ("she", "her") else "m")


def _sex_of_the_words_after(text: str, run: Run, after: tuple[Run, ...], kinds: dict[str, str], known: _Known) -> str:
    """Return "m" or "f" where a name that speaks is the one a quotation after its sentence goes on with, before
    another person is named ("Buitimea said the tribe was not against Hermosillo's residents. “…,” he said"), else
    ""."""
    if not run.speaks:
        return ""
    people = [later.start for later in after if kinds.get(name := fold_word(later.name)) == "person"
              or name in known.shorts]
    words = _WORDS_THEN_PRONOUN.search(text, run.end, people[0] if people else len(text))
    return "" if words is None else ("f" if words.group(1) == "she" else "m")


_WORDS_THEN_PRONOUN = re.compile(r"[”\"] (he|she) (?:said|says|added|adds)\b")


def _sex_in_relative_clause(text: str, run: Run, after: tuple[Run, ...]) -> str:
    """Return "m" or "f" where a name's own relative clause, after its age if any, says "he", "his", "she" or "her"
    ("her cousin Joseph Alexie, 34, who has fished since he was a teenager"), else ""; not a clause of "whose" ("Teresa
    Vianello, 71, whose husband fished until his death")."""
    clause = _WHO_AFTER.match(text, run.end)
    if clause is None:
        return ""
    # A place in the clause is no one the pronoun may be ("who has fished out of Emmonak since he was a teenager").
    people = tuple(later for later in after
                   if _PLACE_PREPOSITION_BEFORE.search(text, max(0, later.start - 10), later.start) is None)
    sex = _sex_in_sentence(text, run._replace(end=clause.end()), people)
    # "His lawyers said he would appeal. “…,” said Olga Benavente, who leads his legal team": the one the paragraph
    # spoke of before her
    said_before = _OF_HIM if sex == "m" else _OF_HER
    return "" if sex and said_before.search(text, 0, run.start) else sex


_OF_HIM = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b")
_OF_HER = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b")


_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|of|to|near|into|across|around)\s+$")
_WHO_AFTER = re.compile(r"(?:,\s+\d{1,3})?,\s+who\b")


def _kin_sex(text: str, run: Run) -> str:
    """Return "m" or "f" where a word of kin comes just before a name of several words ("his daughter, Andrea
    Hew-Lyn"), or before one word after whose kin it is ("Her son Kévin"), or heads its role in apposition ("Esther
    Mphande, the vice-president's widow,", "X, a mother of three,"), else ""."""
    kin = _KIN_BEFORE.search(text, max(0, run.start - _KIN_CHARS), run.start)
    if kin is None or (len(run.words) < 2 and not text.endswith(_WHOSE_KIN, 0, kin.start())):
        kin = _KIN_ROLE.search(run.role)
    return "" if kin is None else "f" if kin.group(1) else "m"


_WHOSE_KIN = ("his ", "her ", "their ", "His ", "Her ", "Their ")


def _titles_with_last_word(run: Run) -> set[tuple[str, str]]:
    """Return a run's titles, each with the name's last word, folded ("dr", "tipene" of "Dr Aroha Tipene")."""
    last = fold_word(run.words[-1])
    return {(fold_word(title), last) for title in run.title}


def _slavic_woman(words: tuple[str, ...]) -> bool:
    """Tell whether a name is a woman's by its family name's feminine form in Russian, Kazakh, Bulgarian, Czech, Slovak
    or Polish ("Nadezhda Vorobyova", "Aigerim Tolegenova", "Olga Zhukovskaya", "Jana Nováková", "Zlatica Podhradská"),
    whose husband's is "Vorobyov"; not a Spanish or Italian family name of the same ending ("Casanova",
    "Villanueva")."""
    family = fold_word(words[-1]) if len(words) >= 2 else ""
    return _SLAVIC_FEMININE.search(family) is not None and family not in _ROMANCE_FAMILY_NAMES


def _gender(run: Run) -> str:
    """Return "m" or "f" where a courtesy title before a run says it ("Mr", "Ms", "Mme"), else ""."""
    return next((_COURTESY_GENDERS[word] for word in map(fold_word, run.title) if word in _COURTESY_GENDERS), "")


def _owner(run: Run, known: _Known, last_seen: dict[str, int], genders: dict[str, str], lowered: _Prose,
           lex: Lexicon, sex: str = "", titled_as: dict[str, set[tuple[str, str]]] | None = None) -> str | None:
    """Return the folded name a run refers to, or None when it is noise.

    A short form goes to the last full name it fits mentioned before it (the first one if none was), of those a
    courtesy title of the other sex has not called ("Mr Trabelsi" is not the Samia Trabelsi called "Ms Trabelsi"),
    and with a title, of those the article gave that title ("Dr Tipene" of "Dr Aroha Tipene", not "Hēmi Tipene").
    A lone word stands for someone only with a title, as an acronym or a known place, or written
    with a capital and never in lower case (at a sentence's start only, it is weak: see Name.alone).
    """
    written = run.name
    folded = fold_word(written)
    if folded in known.full:
        return folded
    if folded in known.aliases and not (folded in known.shorts and _courteous(run, lex)):
        # ("Mr Van den Berg" is a person of that name, not "Van den Berg Latex BV".)
        return known.aliases[folded]
    if folded in known.shorts and not (run.preposition and not run.title and (
            folded in lex.all_places or _role_kind(run.role, lex) == "place")) and not (
            run.placed and not run.title and len(run.words) == 1):
        # (A known place after "in" or "from" is the place: "filed in Guadalajara" of the lawyer "Verónica Guadalajara
        # Chávez", as is one a place's role follows: "his home in Harper, the Maryland County capital", not "Edwin
        # Tugbeh Harper"; and a word a place's noun goes with: "the village of Marshall" of "Harold Marshall".)
        fitting = known.shorts[folded]
        if run.title and len(run.words) == 1:  # "Madam Tan" of "Tan Ah Lian" too, where "Tan" is Jeremy Tan Wei Ming's
            fitting = [*fitting, *(name for name in known.people_by_first.get(folded, ()) if name not in fitting)]
        if not (run.after_the or run.preposition or any(name in last_seen for name in fitting)) and (
                earlier := _given_name_named_before(folded, known, last_seen)):
            return earlier
        if len(fitting) > 1 and run.title and titled_as:  # "Dr Tipene" of "Dr Aroha Tipene", not of "Hēmi Tipene"
            titles = _titles_with_last_word(run)
            fitting = [name for name in fitting if titled_as.get(name, set()) & titles] or fitting
        if len(fitting) > 1:  # "Lujano" of "Federico Lujano Quispe", not of the "Rodolfo Choquehuanca Lujano" called
            fitting = [name for name in fitting  # "Choquehuanca": one family name alone, never the other
                       if not _goes_by_the_first_of_two(known.full[name], folded, known)] or fitting
        if len(fitting) > 1 and sex:
            fitting = ([name for name in fitting if genders.get(name) == sex]
                       or [name for name in fitting if genders.get(name, sex) == sex] or fitting)
        if len(fitting) > 1 and len({without_generation(known.full[name]) for name in fitting}) == 1:
            # "Castellano" of "Bennett J. Castellano Jr." and of his father "Bennett J. Castellano Sr.": the one the
            # article named first, whom it is about, whoever was named since
            return next(name for name in known.full if name in fitting)
        return max(fitting, key=lambda name: last_seen.get(name, -1))
    # The first word of one person's full name, alone: a given name after a title ("Prince Faisal",
    # "King Charles"), or a family name written first ("Xi Jinping" … "Xi", "Lai Ching-te" … "Lai"):
    # a short word, or one the article gives alone after a title ("Pak Haris" … "Haris said"), and the article
    # never calls that person by the last word of the name alone; or a given name with the person's age ("…," said
    # Maryan, 38.), as Somali papers call people; or a family name in capitals as the full name writes it first.
    lone = len(run.words) == 1 and folded not in lex.all_places and not run.preposition
    candidates = known.people_by_first.get(folded, ()) if lone else ()
    # (A word in capitals is a family name the full name writes so, "SUZUKI" of "SUZUKI Masahiro", and no given name
    # it writes otherwise: "ANA" is no "Ana Paula Mourato".)
    capitals = len(written) > 1 and written.isupper()
    given = [name for name in candidates
             if (known.full[name][0] == written if capitals else (
                 run.title or run.personal
                 or ((len(folded) <= _FAMILY_NAME_FIRST or run.speaks or _patronymic(known.full[name])
                      or folded in known.titled or folded in known.speaking
                      or (folded in known.recurring and len(candidates) == 1))
                     and fold_word(known.full[name][-1]) not in known.lone and folded not in known.lasts)))
             ] if candidates else []
    if len(given) == 1 or (given and any(name in last_seen for name in given)):
        # Of two people with the same family name ("Kim Dong-hyeok", "Kim Eun-jung"), "Kim" is the one named last.
        return max(given, key=lambda name: last_seen.get(name, -1))
    # An organisation's own word after "the" is the one organisation of the article it names ("the
    # Bank" of "the Bank of England", "the Commission" of "the European Commission").
    shorthand = lone and run.after_the and is_organisation_word(written, lex)
    named = known.organisations_by_word.get(folded, ()) if shorthand else ()
    if len(named) == 1:
        return named[0]
    if lone and run.after_the and not run.placed and (river := f"{folded} {_RIVER}") in known.full:
        return river  # "the headwaters of the Oi" of "the Oi River"
    if len(written) >= SHOUTED and written.isupper() and "-" not in written and not run.title and not run.role:
        # An acronym this long only where the article says what it stands for, or what it is ("ENAPORT, the national
        # port authority"); else it shouts ("ABSOLUTELY").
        return None
    if run.title or is_acronym(run.words) or folded in lex.countries or folded in lex.places:
        return folded
    return folded if not is_common_word(written, lex) and written not in lowered and not lowered.plural(written) else None


def _given_name_named_before(folded: str, known: _Known, last_seen: dict[str, int]) -> str | None:
    """Return the one person named so far whose given name a short form is, where no one whose short form it is has
    been named yet: "Ramli" of "Haji Ramli Saad", named in the paragraph before, not of his son "Mohd Hafiz Ramli",
    named further on (a short form stands for someone the article has introduced)."""
    named = [name for name in known.people_by_first.get(folded, ()) if name in last_seen]
    return named[0] if len(named) == 1 else None


def _goes_by_the_first_of_two(words: tuple[str, ...], last: str, known: _Known) -> bool:
    """Tell whether a name of three words or more, ending on last, is one the article calls by the word before it
    alone, as Spanish and Portuguese names go by their first family name ("Choquehuanca" of "Rodolfo Choquehuanca
    Lujano"); not where that word alone is another person's last ("Cruz" of "Joseph Mendiola Cruz", not of "Therese
    Cruz Aguon")."""
    first = fold_word(words[-2]) if len(words) >= 3 and fold_word(words[-1]) == last else ""
    return first in known.lone and not any(known.full[other] != words and fold_word(known.full[other][-1]) == first
                                           for other in known.shorts.get(first, ()))


def _called_by_given_name(runs: list[tuple[Run, ...]], people_by_first: dict[str, tuple[str, ...]],
                          lex: Lexicon) -> frozenset[str]:
    """Return the folded words the article writes alone before a speech verb ("Pornthip said") that are the first
    word of one person's full name, and of a person for sure (a title, an age or a person's role goes with the full
    name: "Pornthip Saelim, the company's managing director"): how the article calls them, wherever it does
    ("For millers such as Pornthip, …")."""
    said = {fold_word(run.name) for paragraph_runs in runs for run in paragraph_runs if run.speaks}
    personal = {fold_word(run.name) for paragraph_runs in runs for run in paragraph_runs
                if len(run.words) > 1 and (run.title or run.personal or _role_kind(run.role, lex) == "person")}
    return frozenset(word for word in said if len(names := people_by_first.get(word, ())) == 1 and names[0] in personal)


def _patronymic(words: tuple[str, ...]) -> bool:
    """Tell whether a name ends in a father's or a mother's name ("Gunnar Þór Ólafsson", "Sigríður Jónsdóttir"):
    its bearer goes by the given name ("Gunnar said"), as Icelanders do."""
    return len(words) >= 2 and fold_word(words[-1]).endswith(_PATRONYMIC_ENDINGS)


def _name(found: list[tuple[int, Run]], lex: Lexicon, declared: dict[str, str], lowered: _Prose) -> Name:
    """Make the record of one discovered actor from the runs that name it (its fullest name first).

    An organisation is described as one where the text says what it is, at any of its mentions ("the
    manufacturer Veltro Aeronautica", "head of forecasting at Met Éireann"), or by its role in apposition."""
    runs = [run for _, run in found]
    # Most runs of an actor repeat a name: each name is weighed once, the first of the fullest chosen.
    names = dict.fromkeys(r.words for r in runs)
    # A translation in parentheses or a nickname is the name's alias, however long ("Procuraduría Agraria (Agrarian
    # Attorney's Office)").
    fullest = max([words for words in names if fold_word(" ".join(words)) not in declared] or names,
                  key=lambda words: (len(words), not shouted(" ".join(words))))
    fullest_name = " ".join(fullest)
    aliases = tuple(name for name in map(" ".join, names) if fold_word(name) != fold_word(fullest_name))
    said = _evidence(runs, lex)
    role = said.role
    role_kind = "person" if said.personal else _role_kind(role, lex)  # an age or "who" says more than a role
    placed = role_kind == "place" or said.placed
    titled = said.titled
    if titled and not said.personal and len(fullest) == 1 and (role_kind == "place" or (
            role_kind != "person" and all(run.preposition and _royal(run) for run in runs))):
        # "Sheikh Maqsoud, a mostly Kurdish district": a place's name that opens with a title's word; so is a royal
        # one only ever after a place's preposition ("held in Prince George", "taken to Prince Rupert")
        fullest = (*next(run.title for run in runs if run.title), *fullest)
        fullest_name, titled, placed = " ".join(fullest), False, True
        aliases = tuple(name for name in map(" ".join, names) if fold_word(name) != fold_word(fullest_name))
    kind = guess_kind(fullest, lex, titled=titled, after_preposition=said.prepositions * 2 > len(runs) or placed,
                      after_locative=said.locatives * 2 > len(runs) or placed,
                      described=said.described or role_kind == "organisation"
                      or (role_kind != "person" and (_named_as_a_body(fullest, runs) or _body_named_otherwise(
                          names, fullest, lex))))
    kind = _article_kind(fullest, kind, declared, lowered, common=not titled and role_kind != "person")
    if (not kind and role_kind == "person") or (kind == "place" and any(
            _courteous(run, lex) and run.words == fullest[-1:] for run in runs)):
        kind = "person"  # "Anneliese Park", whom the article calls "Dr Park" (see _addressed_by_family_name)
    if kind == "person" and not titled and not said.personal and role_kind != "person" and all(
            run.after_the or (run.after_a and not is_acronym(run.words[:1])) for run in runs):
        # a name only ever written after "the" is no one's ("the Volta Grande", "the Salar de Atacama"), nor one
        # written after "a" ("ran a Land Cruiser between Timbuktu and Mopti"; not "a UNESCO World Heritage site")
        kind = ""
    if kind == "person" and not titled and role_kind != "person" and len(fullest) == 2 and (
            fold_word(fullest[0]) == fold_word(fullest[1])):
        kind = ""  # a people's or a nation's name of one word said twice ("Yorta Yorta", "Wamba Wamba")
    alone = len(fullest) > 1 or bool(kind) or said.unopened
    clerical = _clerical_title(runs, lex) if kind == "person" and len(fullest) == 1 else ()
    shown = " ".join((*clerical, *fullest)) if clerical else (
        _given_name_first(fullest) if kind == "person" else fullest_name)
    aliases = tuple(dict.fromkeys((*aliases, fullest_name))) if shown != fullest_name else aliases
    # "the man who told the commission …" says he is a person, and nothing a reader would call his role
    shown_role = role if fold_word(role) not in _SOMEONE else ""
    return Name(name_key(shown), shown, kind, shown_role or _title_role(runs, lex), aliases,
                tuple(dict.fromkeys(number for number, _ in found)), alone)


_SOMEONE = frozenset({"man", "woman", "person", "boy", "girl", "men", "women", "people", "one"})
"""Nouns of an apposition that say someone is a person and nothing more ("Sizwe Mabunda, the man who …")."""


def _royal(run: Run) -> bool:
    """Tell whether a run's title is a royal's ("Prince George", "King City")."""
    return len(run.title) == 1 and fold_word(run.title[0]) in _ROYALS


_ROYALS = frozenset({"king", "queen", "prince", "princess"})


def _clerical_title(runs: list[Run], lex: Lexicon) -> tuple[str, ...]:
    """Return the clerical title a person known by one name is first called by ("Father" of "Father Serafeim"), or
    ()."""
    title = next((run.title for run in runs if run.title), ())
    return title if title and fold_word(title[-1].rstrip(".")) in lex.one_name_titles else ()


class _Evidence(NamedTuple):
    """What an actor's runs say of it together (see Run)."""

    role: str
    """The first role in apposition, or ""."""
    personal: bool
    placed: bool
    prepositions: int
    """How many runs follow a place preposition."""
    locatives: int
    """How many follow one a person's name seldom follows ("in", "near")."""
    titled: bool
    described: bool
    unopened: bool
    """Some run does not begin a sentence."""


def _evidence(runs: list[Run], lex: Lexicon) -> _Evidence:
    """Gather what an actor's runs say of it in one pass: most actors have a few runs, and a pass for each
    question cost a third of making an actor's record."""
    role, prepositions, locatives = "", 0, 0
    personal = placed = titled = described = unopened = False
    for run in runs:
        role = run.role if run.role and (not role or fold_word(role) in _SOMEONE) else role
        personal = personal or run.personal
        placed = placed or run.placed
        prepositions += bool(run.preposition)
        locatives += run.preposition in lex.locatives
        titled = titled or _titled(run, lex)
        described = described or run.described
        unopened = unopened or not run.opener
    return _Evidence(role, personal, placed, prepositions, locatives, titled, described, unopened)


def _body_named_otherwise(names: dict[tuple[str, ...], None], fullest: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether another of an actor's names has an organisation's word: the body's name in the other language
    ("Undeb Gweithwyr y Chwareli" of "the Quarry Workers' Union (Undeb Gweithwyr y Chwareli)"); not a person's
    particle that is a legal form too ("Ag Mohamed" of "Elmehdi Ag Mohamed")."""
    return any(is_organisation_word(word, lex) and not inner_legal_form(words, index, lex)
               for words in names if words != fullest for index, word in enumerate(words))


def _named_as_a_body(words: tuple[str, ...], runs: list[Run]) -> bool:
    """Tell whether an untitled name of two words or more is written as a body's, not a person's: introduced with an
    acronym ("the Gelderse Agrarische Bond (GAB)"), never with an age, nor beside a place's noun."""
    return len(words) >= 2 and any(r.acronym for r in runs) and not any(r.personal or r.placed for r in runs)


def _article_kind(words: tuple[str, ...], kind: str, aliases: dict[str, str], lowered: _Prose, *,
                  common: bool = True) -> str:
    """Return the kind a name of two words or more has in its article, where the name alone said "person" for want
    of anything else: an organisation's branch when it begins with an acronym the article introduced ("Cosatu
    Gauteng" after "Congress of South African Trade Unions (Cosatu)"), no kind known when it ends in a common noun
    of the article ("Rand Water" in a story on water: no family name) and nothing else (common) says a person."""
    if kind not in ("person", "") or len(words) < 2:
        return kind
    owner = aliases.get(fold_word(words[0]))
    if owner not in (None, fold_word(" ".join(words))) and not any(
            fold_word(w.rstrip(".")) in lexicon().titles for w in words[1:]) and (
            owner.split()[-1] != fold_word(words[-1])):
        # Not "Marina Administrator Gregorio Saldua": a title in it begins a person's name; nor "Salah Hamdi", whose
        # own given name is his nickname ("Uncle Salah"); nor a nickname and its owner's family name ("Con
        # Stavropoulos" of "Constantine Stavropoulos, … known to everyone as Con").
        return "organisation"
    if len(words) == 2 and fold_word(words[1]) in lexicon().all_places and words[0] in lowered:
        return "organisation"  # "Transport Scotland", "Audit Scotland": a common noun and a country is an agency's name
    if kind == "person" and len(words) == 2 and (len(words[1]) == 1 or words[1].isdigit()) and words[0] in lowered:
        return ""  # "Building C", "Block 4": a common noun of the article and a letter or a number
    return "" if common and kind == "person" and lowered.common(words[-1]) else kind


_APOSTROPHES = re.compile(r"(['’])")
"""An apostrophe inside a family name, kept where the name is split at it ("N'DRI" is "N'Dri")."""


def _given_name_first(words: tuple[str, ...]) -> str:
    """Return a person's name with the given names first where the family name comes first in capitals, as Japanese
    papers and French-speaking Africa's official style write it ("SASAKI Haruto" is Haruto Sasaki, "N'DRI Kouamé
    Firmin" Kouamé Firmin N'Dri); else the name as written."""
    family = words[0]
    letters = _APOSTROPHES.sub("", family)
    if (len(words) >= 2 and len(letters) >= 2 and letters.isalpha() and family.isupper()
            and not any(word.isupper() for word in words[1:])):
        return " ".join((*words[1:], "".join(part.capitalize() for part in _APOSTROPHES.split(family))))
    return " ".join(words)


def _titled(run: Run, lex: Lexicon) -> bool:
    """Tell whether a run has a title, not only a demonym before it ("the Brazilian Amazon")."""
    return bool(run.title) and any(fold_word(word.rstrip(".")) not in lex.demonyms for word in run.title)


_PERSONS_AUTHORITY = frozenset({"traditional authority", "spiritual authority", "ancestral authority",
                                "highest authority"})
"""An authority that is a person: a community's chief ("the traditional authority of the Huilliche community", "the
highest authority of the Consejo de Ayllus Originarios de Tahua")."""


def _role_kind(role: str, lex: Lexicon) -> str:
    """Return the kind a role in apposition shows by its last word: "person" for a title or a
    person's noun ("Ireô, a Kayapó chief"), "organisation" for an organisation's ("…, one of the
    largest beef exporters", "the regional government"), "place" for a place's ("Banc d'Arguin, a vast area of
    shallows"), else ""; of two roles joined by "and", the first's where both say nothing ("a temple town and fishing
    port about 600 km")."""
    return _one_role_kind(role, lex) or (_one_role_kind(role[:role.index(" and ")], lex) if " and " in role else "")


def _one_role_kind(role: str, lex: Lexicon) -> str:
    """Return the kind one role shows (see _role_kind)."""
    if not role:
        return ""  # most actors have no role in apposition
    if AGED_ROLE.match(role):
        return "person"
    if _WHERE_IT_LIES.match(role):
        return "place"
    last_word = role.rsplit(None, 1)[-1]
    last = fold_word(last_word)
    # "the Democratic Alliance for … of Hong Kong lawmaker"; not a name's last word ("the capital of Somalia's South
    # West State")
    if (last in lex.person_roles or last in lex.titles) and last_word.islower():
        return "person"
    # The head noun comes before the role's first preposition: "nurse" of "nurse on the oncology ward".
    words = _ROLE_PREPOSITION.split(role, maxsplit=1)[0].split()
    head = fold_word(words[-1]) if words else ""
    if fold_word(" ".join(words[-2:])) in _PERSONS_AUTHORITY:
        return "person"
    # "…, one of the larger tour companies": a plural's singular too; and a deputy's ("vice-president", "co-founder")
    head = _DEPUTY.sub("", head)
    for noun in (head, head.removesuffix("s"), head[:-3] + "y" if head.endswith("ies") else head):
        if noun in lex.titles or noun in lex.person_roles:
            return "person"
        if noun in lex.organisation_descriptors and noun not in _A_PERSON_TOO:
            return "organisation"
        if noun in lex.place_suffixes or noun in _PLACE_HEADS:
            return "place"
    # "The Xunta de Galicia, the regional government, …", "Cadw, the Welsh Government's historic environment service";
    # not a name's ("the Royal University of Phnom Penh hydrologist")
    return "organisation" if words and words[-1].islower() and is_organisation_word(head, lex) else ""


_WHERE_IT_LIES = re.compile(r"(?:in|on|off)\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center|heart|interior)"
                            r"(?:-(?:east|west))?\b")
"""An apposition that says where a name lies, no one's role ("Saemangeum, in the south-west of the country", "Khlong
Toei, in the heart of Bangkok"): a place's."""
_DEPUTY = re.compile(r"^(?:vice|co|deputy|ex|under|assistant)-(?=[a-z])")
"""What a hyphen joins to a role to make its deputy's or its former holder's ("vice-president", "co-founder")."""
_PLACE_HEADS = frozenset({"capital", "enclave", "outpost", "expanse"})
"""Nouns that head a place's role but end no place's name ("Harper, the Maryland County capital"; "Brightwater
Capital" is a company)."""
_A_PERSON_TOO = frozenset({"contractor", "buyer", "operator", "producer", "exporter", "importer", "trader"})
"""Organisations' nouns that head a person's role as often ("Rajeev Menon, a crane operator", "Manuel Fortes, a
contractor in Pawtucket", "a green coffee buyer at …", "Hilaria Sánchez Ruiz, a Mixtec producer", "Rodrigo Samayoa
Lara, a coffee exporter", "a fish trader"): a role they head shows no kind."""


def _title_role(runs: list[Run], lex: Lexicon) -> str:
    """Return the first title that says more than "Mr." does, as the role of someone with no role in apposition."""
    titles = (" ".join(t for t in r.title if fold_word(t.rstrip(".")) not in lex.courtesy) for r in runs if _titled(r, lex))
    return next((t for t in titles if t and t[0].isupper()), "")
