"""The briefing's cast: the gazetteer's actors and the ones discovered in the articles, merged
across articles (short forms into full names), curated by the gazetteer, and kept only if the
articles name them often enough or quote them."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from briefing.extract.actors import Actor, Gazetteer, Mention, fold, slug
from briefing.extract.discover import ARTICLES, PLACE_OF_HEADS, named_after_two
from briefing.extract.extraction import Extraction
from briefing.extract.kinds import (
    all_acronyms,
    company_forms,
    guess_kind,
    initials,
    is_acronym,
    placeless_spellings,
    remit_forms,
    without_legal_form,
)
from briefing.extract.lexicon import Lexicon, fold_word, is_organisation_word, lexicon
from briefing.extract.naming import (CANTONESE_GIVEN, Name, another_generation, place_ending, short_forms, shouted,
                                    without_generation)
from briefing.extract.quotes import CALLED, Quote

MIN_PARAGRAPHS = 2
"""A discovered actor needs this many paragraphs (in one article or several), or a quote, for a page."""


@dataclass(frozen=True, slots=True)
class Cast:
    """The actors of one briefing and the key every article-level key stands for."""

    actors: tuple[Actor, ...]
    keys: dict[str, str]
    """An article's actor key (a gazetteer key or a discovered name's) -> the shown actor's key;
    keys of hidden actors and of actors named too rarely are absent."""
    sources: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """A shown actor's key -> the article keys merged into it."""
    _by_key: dict[str, Actor] = field(init=False, repr=False, compare=False)
    _shown: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Index the actors by key (frozen, so set once here)."""
        object.__setattr__(self, "_by_key", {a.key: a for a in self.actors})
        object.__setattr__(self, "_shown", {})

    def actor(self, key: str) -> Actor | None:
        """Return the shown actor with this key, or None."""
        return self._by_key.get(key)

    def shown(self, key: str) -> str:
        """Return what an article's pages show of the actor an article-level key stands for, as one
        line: the key, the shown actor's key, name, kind and role (not its aliases: they change as
        articles are added). Made once per key: ten thousand articles name the same few."""
        line = self._shown.get(key)
        if line is None:
            target = self.keys.get(key)
            actor = self.actor(target) if target else None
            line = repr((key, target, (actor.key, actor.name, actor.kind, actor.role) if actor else None))
            self._shown[key] = line
        return line


_STANDALONE_PARAGRAPHS = 3
"""A one-word actor counts as a part of a longer name run together only if named alone this often."""
_VAGUE_ROLE = re.compile(r"^(?:its|their|his|her|[a-z]+['’]s)\s")
"""A role whose owner is a pronoun or a common noun ("its director", "company's director")."""
_DOUBLED = re.compile(r"(\w)\1")
"""A letter written twice, as one transliteration of a name does and another does not ("Qassim", "Qasim")."""
_VOWELS = re.compile(r"[aeiouy]")
_RESPELLED_WORD = 6
"""Letters at least of the longer spelling of a word two names differ in by a vowel alone ("Silva" and "Silvia" may
be two people)."""
_ROMANISATIONS = (("đ", "dj"), ("chr", "hr"), ("ou", "u"), ("dzh", "j"), ("dj", "j"), ("x", "h"), ("tš", "ch"), ("tsh", "ch"),
                  ("š", "sh"), ("č", "ch"),
                  ("ž", "zh"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("q", "k"), ("õ", "y"), ("iy", "i"), ("y", "i"))
"""Letters that the Russian romanisation of a name and the local one (Tajik, Uzbek, Kazakh, Azerbaijani, Estonian)
write differently for one sound: "Dzhamshed" and "Jamshed", "Kurbanali" and "Qurbonali", "Farkhod" and "Farhod" (and
Uzbek's Latin "Farxod"),
"Tšernõšov" and "Chernyshov"; the South Slavic "đ" as English outlets write it ("Đurđević", "Djurdjevic"); and Greek
names as English and Turkish outlets write them ("Christodoulou",
"Hristodulu")."""
_ARABIC_ARTICLE = re.compile(r"\b(?:al|el)[- ](?=\w)")
_APOSTROPHES = re.compile(r"['’ʼʿ‘`]")
_GREEK_GI = re.compile(r"(?<=[aeiou])gi(?=[aeiou])")
"""Greek's "γι" between vowels, which outlets write "gi" or "yi" ("Karagianni", "Karayianni")."""
_GREEK_CHI = re.compile(r"(?<=[aeiou])ch(?=[aeiou])")
"""Greek's "χ" between vowels, which outlets write "ch" or "h" ("Vlachos", "Vlahos"; "Michalis", "Mihalis")."""
_ROMANIAN_CH = re.compile(r"ci(?=[aou])|c(?=[ei])")
_ROMANIAN_K = re.compile(r"c(?!h)")
"""Romanian's "c" before "e" or "i" and "ci" before another vowel, which other romanisations write "ch" ("Tcaciuc",
"Tkachuk"; "Cebotar", "Chebotar"), and its "c" elsewhere, "k" ("Caraman", "Karaman")."""
_UKRAINIAN_H = re.compile(r"(?<![cskztgp])h")
"""Ukrainian's "h", which the Russian romanisation writes "g" ("Hrytsenko", "Gritsenko"; not a digraph's "h")."""
_UZBEK_O = re.compile(r"o[‘ʻ]")
"""Uzbek's "oʻ", which the Russian romanisation writes "u" ("Toʻxtayev", "Tukhtayev")."""
_INNER_VOWELS = re.compile(r"(?<=\w)[oe](?=\w)")
"""A vowel inside a word that one romanisation writes "a" ("Qurbonali", "Kurbanali"); a last letter is left, as
"Mario" and "Maria" are two people."""
_DESCRIBED_SHARE = 10
"""A name read as an organisation's by one article in this many, or more, is one (see _described)."""
_ENOUGH_PARAGRAPHS = max(MIN_PARAGRAPHS, _STANDALONE_PARAGRAPHS)
"""The most paragraphs any rule counts up to: a group keeps no more."""


@dataclass(slots=True)
class _Group:
    """Every article's names for one discovered actor while the cast is being made.

    An actor named in thousands of articles is mostly named the same way: each distinct name is
    kept once, in the order first seen, with how often each kind was given; and of its paragraphs
    only as many as a rule counts (a union of such sets still reaches each threshold exactly).
    """

    distinct: dict[tuple, Name] = field(default_factory=dict)
    kinds: Counter[str] = field(default_factory=Counter)
    paragraphs: set[tuple[int, int]] = field(default_factory=set)
    speaks: bool = False
    opening: dict[int, int] = field(default_factory=dict)
    """The first paragraph that names it, by article number."""

    @property
    def names(self) -> list[Name]:
        return list(self.distinct.values())

    def add(self, name: Name, number: int, speaks: bool) -> None:
        """Count one article's name (article number in timeline order)."""
        self.distinct.setdefault((name.key, name.name, name.kind, name.role, name.aliases, name.alone), name)
        self.kinds[name.kind] += 1
        if len(self.paragraphs) < _ENOUGH_PARAGRAPHS:
            self.paragraphs.update((number, p) for p in name.paragraphs[:_ENOUGH_PARAGRAPHS])
        self.speaks = self.speaks or speaks
        if name.paragraphs:
            self.opening[number] = min(self.opening.get(number, name.paragraphs[0]), name.paragraphs[0])

    def absorb(self, other: _Group) -> None:
        """Take in the names of another group merged into this one."""
        for shape, name in other.distinct.items():
            self.distinct.setdefault(shape, name)
        self.kinds.update(other.kinds)
        self.paragraphs |= other.paragraphs
        self.speaks = self.speaks or other.speaks
        for number, paragraph in other.opening.items():
            self.opening[number] = min(self.opening.get(number, paragraph), paragraph)

    def named_first(self, other: _Group) -> bool:
        """Tell whether every article that names the other names this first, or in the same paragraph."""
        return all(number in self.opening and self.opening[number] <= paragraph
                   for number, paragraph in other.opening.items())

    def named_before(self, other: _Group) -> bool:
        """Tell whether every article that names both names this a few paragraphs before the other: a name that
        comes well before a longer one is no short form of it ("Barra" in an article's third paragraph, "Barra
        Seafoods Ltd" in its eleventh), where one just before may be a lede's ("Veltro" … "Veltro Aeronautica")."""
        shared = [(paragraph, other.opening[number]) for number, paragraph in self.opening.items()
                  if number in other.opening]
        return bool(shared) and all(paragraph + _WELL_BEFORE <= later for paragraph, later in shared)


def make_cast(gazetteer: Gazetteer, extractions: Iterable[Extraction], outlets: Iterable[str] = ()) -> Cast:
    """Merge the articles' discovered names (articles in timeline order) with the gazetteer's actors; the outlets that
    published the articles are no actors of the story ("told the Juba Sentinel": the paper, not a party to it)."""
    lex = lexicon()
    groups: dict[str, _Group] = {}
    called: set[str] = set()
    for number, extraction in enumerate(extractions):
        speakers = {q.speaker_key for q in extraction.quotes}
        called.update(key for key in speakers if key and key.startswith(CALLED))
        for name in extraction.names:
            group = groups.get(name.key) or groups.setdefault(name.key, _Group())
            group.add(name, number, name.key in speakers)
    targets = _targets(gazetteer, groups)
    merged: dict[str, _Group] = {}
    for key, group in groups.items():
        merged.setdefault(targets.get(key, key), _Group()).absorb(group)
    cast = _assemble(gazetteer, merged, targets, lex, _outlet_forms(outlets))
    return replace(cast, keys={**cast.keys, **_called_organisations(called, cast)}) if called else cast


def _called_organisations(called: set[str], cast: Cast) -> dict[str, str]:
    """Map the speaker keys of organisations articles call by a description without naming them ("the health ministry
    said", see quotes.CALLED) to the one organisation of the cast whose name has every word of it (the Ministry of
    Health, named in another article); a description two organisations fit calls no one."""
    names = [(actor.key, set(fold(actor.name).split())) for actor in cast.actors if actor.kind in ("organisation", "")]
    found = {}
    for key in called:
        words = set(key.removeprefix(CALLED).split())
        fitting = [actor for actor, name in names if words <= name]
        if len(fitting) == 1:
            found[key] = fitting[0]
    return found


_PAPER_WORDS = frozenset({"ledger", "herald", "observer", "post", "courier", "times", "news", "wire", "monitor",
                          "sentinel", "chronicle", "gazette", "tribune", "dispatch", "journal", "review", "weekly", "daily",
                          "press", "telegraph", "mirror", "echo", "examiner", "inquirer", "standard", "express", "record",
                          "reporter", "bulletin", "intelligence", "digest", "magazine", "weekend", "agency", "radio",
                          "newswire", "newsletter", "brief", "insider", "television", "tv", "online", "today"})
"""The last words of a news outlet's name ("The Juba Sentinel", "Meridian Wire"): a press release's issuer, which
the reader takes for its publication too ("CPA"), is an actor of the story."""


class _Outlets(NamedTuple):
    """The folded names the text may call the briefing's news outlets by."""

    names: frozenset[str] = frozenset()
    """Each one's name, without "The", and its last word ("Sentinel" of "The Juba Sentinel")."""
    parts: frozenset[str] = frozenset()
    """Its words before the paper's, two or more ("Mining Frontier" of "Mining Frontier Weekly"), and its initials
    ("PTM" of "Protein Trade Monitor"), which another actor's short form may be too."""


def _outlet_forms(outlets: Iterable[str]) -> _Outlets:
    """Return the names the text may call the news outlets that published the articles by (not "Lodestar" of
    "Lodestar News Agency": one word before the paper's may be a place's too, "Drina" of "Drina Post"); one of three
    words or more by its initials too, its small words' and its "&" or not ("AIMM" of "Alkali & Industrial Minerals
    Monitor")."""
    names, parts = set(), set()
    for outlet in outlets:
        words = outlet.split()
        if words[:1] == ["The"]:
            words = words[1:]
        if len(words) >= 2 and fold_word(words[-1]) in _PAPER_WORDS:
            own = words[:-1]
            while len(own) > 1 and fold_word(own[-1]) in _PAPER_WORDS:
                own = own[:-1]
            names |= {fold_word(outlet), fold_word(" ".join(words)), fold_word(words[-1])}
            if len(own) >= 2:  # not one word, which may be a place's ("Drina" of "Drina Post")
                parts.add(fold_word(" ".join(own)))
            if len(words) >= 3:
                parts |= {fold_word("".join(word[0] for word in words)), fold_word(initials(tuple(words)))}
    return _Outlets(frozenset(names), frozenset(parts))


_WELL_BEFORE = 3
"""How many paragraphs before a longer name a name must come to be no short form of it."""
_MOST_NAMED = 2
"""In how many times as many articles as any other an organisation is named for a first word they share to be its
alone."""
_SHORTEST_GIVEN_NAME = 3
"""A given name shortened to fewer letters says too little ("Al" may be anyone's)."""


def _targets(gazetteer: Gazetteer, groups: dict[str, _Group]) -> dict[str, str]:
    """Map discovered keys to the key they are another name of: a gazetteer actor, or a fuller name."""
    lex = lexicon()
    known = {fold_word(form): actor.key for actor in gazetteer.actors for form in (actor.name, *actor.aliases)}
    composites = _composites(groups, known)
    forms: dict[str, set[str]] = {}
    spelled: dict[str, set[str]] = {}  # the initials of names that are no person's: "EU" of "European Union"
    firsts: dict[str, set[str]] = {}  # an organisation's first word: "Veltro" of "Veltro Aeronautica"
    heads: dict[str, set[str]] = {}  # an organisation's last word, its kind's: "Commission" of "European Commission"
    given: dict[str, set[str]] = {}  # a person's first word: "Hanafi" of "Hanafi Ismail"
    transliterated: dict[str, set[str]] = {}  # a person's forms without doubled letters: "Qasim" and "Qassim"
    respelled: dict[str, set[str]] = {}  # a person's forms without vowels: "Mukalay" and "Mukalayi"
    romanised: dict[str, set[str]] = {}  # a person's name as both romanisations write it: "Qodirzoda", "Kodirzoda"
    family: dict[str, set[str]] = {}  # people named by two words, by the second: "Andrianarisoa"
    run_together: dict[str, set[str]] = {}  # people's full names with their words run together: "wangjianguo"
    surnamed: dict[str, set[str]] = {}  # people named by two words or more, by the last: "medeiros"
    companies: dict[str, dict[str, int]] = {}  # companies by their name without legal form, and its words' count
    countried: dict[str, set[str]] = {}  # bodies by their name with the country's in one form: "U.S. Embassy"
    spelt: dict[str, set[str]] = {}  # bodies by their name in British spelling: "Launch Centre", "Launch Center"
    for key, group in groups.items():
        for name in group.names if key not in composites else ():
            for alias in name.aliases:
                forms.setdefault(fold_word(alias), set()).add(key)
            words = tuple(name.name.split())
            if len(words) >= 2 and name.kind in ("person", ""):
                shorts = short_forms(words)
                # not "Portugal" of "Infraestruturas de Portugal", nor "Chiang Mai" of "Mueang Chiang Mai"
                place = place_ending(words, lex)
                for short in shorts:
                    if short != place and (" " not in short or short not in lex.all_places):
                        forms.setdefault(short, set()).add(key)
                for nickname in _nicknames(name.aliases, words):  # "Koos Wildervanck" of "Jacobus Wildervanck"
                    forms.setdefault(fold_word(f"{nickname} {words[-1]}"), set()).add(key)
                for form in (*shorts, fold_word(name.name)):
                    transliterated.setdefault(_undoubled(form), set()).add(key)
                    respelled.setdefault(_consonants(form), set()).add(key)
                for form in (name.name, *(short for short in shorts if " " in short)):  # "Sh. Dzhumazoda" too
                    for spelling in _romanisations(form, lex):
                        romanised.setdefault(spelling, set()).add(key)
                given.setdefault(fold_word(words[0]), set()).add(key)
                run_together.setdefault(_run_together(name.name), set()).add(key)
                surnamed.setdefault(_name_words(name.name)[-1], set()).add(key)
                if len(words) == 2:
                    family.setdefault(fold_word(words[1]), set()).add(key)
            for head in _heads(words, lex) if name.kind == "organisation" else ():
                heads.setdefault(head, set()).add(key)
            shorter = (*company_forms(words, lex), *remit_forms(words), *_head(words), *_qualified_body(words, lex),
                       *_republic_unsaid(words), *_before_its_cause(words, lex)) if name.kind != "person" else ()
            for company in shorter:  # not "Suriname" of "Suriname N.V.": the country
                if (form := fold_word(" ".join(company))) not in lex.countries:
                    forms.setdefault(form, set()).add(key)
            if (bare := without_legal_form(words, lex)) != words and name.kind != "person":
                companies.setdefault(fold_word(" ".join(bare)), {})[key] = len(words)
            if name.kind != "person" and (country_first := _country_in_one_form(words, lex)):
                countried.setdefault(country_first, set()).add(key)
            if name.kind != "person" and len(words) >= 2:
                spelt.setdefault(_one_spelling(fold_word(name.name)), set()).add(key)
            for short in _place_forms(words, lex) if name.kind == "place" else ():
                forms.setdefault(short, set()).add(key)
            if len(words) >= 2 and name.kind != "person":
                for spelling in set(placeless_spellings(words, lex)):
                    spelled.setdefault(spelling, set()).add(key)
        first_word = _first_word(group, lex) if key not in composites else ""
        if first_word:
            firsts.setdefault(first_word, set()).add(key)
    translations = _translations(groups, composites)
    targets = {**translations, **composites}
    # A one-word name is another name of its plural, an organisation's ("Conservative", "Conservatives").
    plurals = {fold_word(g.names[0].name): key for key, g in groups.items() if " " not in g.names[0].name}
    by_name = {fold_word(g.names[0].name): key for key, g in groups.items()}
    parties: dict[str, set[str]] = {}  # "pirate" of the "Pirate Party", whose members are "the Pirates"
    for key, group in groups.items():
        if len(words := group.names[0].name.split()) == 2 and fold_word(words[1]) == "party":
            parties.setdefault(fold_word(words[0]), set()).add(key)
    # Longer names first: "Sigrid Nærland" goes to "Sigrid Åsheim Nærland" before "Nærland" looks for whose it is.
    for key, group in sorted(groups.items(), key=lambda item: -item[1].names[0].name.count(" ")):
        folded = {fold_word(n.name) for n in group.names} | {fold_word(a) for n in group.names for a in n.aliases}
        gazetteer_key = next((known[f] for f in sorted(folded) if f in known), None)
        first = group.names[0].name
        # A known place named as one is no short form of an actor that is no place ("filed in Guadalajara", whatever
        # the lawyer "Verónica Guadalajara Chávez" or "Universidad de Guadalajara"), nor is one the list lacks that two
        # articles read as a place ("the Porgera mine", "in Porgera", whatever the "Porgera Joint Venture").
        place = " " not in first and _mostly_placed(group) and (
            fold_word(first) in lex.all_places or group.kinds["place"] >= _PLACED_ARTICLES)
        named_after = forms.get(fold_word(first), set()) - {key}
        fuller = _fullest({targets.get(k, k) for k in named_after if not (place and not groups[k].kinds["place"])},
                          forms, groups)
        if place and fold_word(first) not in lex.all_places and len(fuller) < len(named_after):
            fuller = set()  # "Ouaka" of the "Ouaka River" and of the "Rassemblement des Patriotes de la Ouaka": neither
        if not fuller and (bare := " ".join(without_generation(tuple(first.split())))) != first:
            fuller = {targets.get(k, k) for k in forms.get(fold_word(bare), set())  # "Gerald Naquin Sr"
                      if not another_generation(first, groups[targets.get(k, k)].names[0].name)} - {key}
        if not fuller and (titled := by_name.get(_after_a_title_s_acronym(first))) and _people(groups, [titled]):
            fuller = {targets.get(titled, titled)} - {key}  # "DRM Rabindra Kumar Mohanty" of "Rabindra Kumar Mohanty"
        if not fuller and all_acronyms(tuple(first.split())):  # "HRPZ II" of "Hospital Raja Perempuan Zainab II"
            fuller = spelled.get(first.replace(".", "").replace(" ", ""), set()) - {key}
        if not fuller and " " in first and set(group.kinds) <= {"person", ""}:  # "Qassim al-Fahdawi", "Qasim Hamid …"
            fuller = {targets.get(k, k) for k in transliterated.get(_undoubled(fold_word(first)), set())} - {key}
            if not fuller:  # "Wang Jian Guo" of "Wang Jianguo"
                fuller = {targets.get(k, k) for k in run_together.get(_run_together(first), set())} - {key}
            if not fuller:  # "Honoré Kazadi Mukalayi" of "Honoré Kazadi Mukalay", named more often
                fuller = {targets.get(k, k) for k in respelled.get(_consonants(fold_word(first)), set())
                          if _spelled_with_a_vowel_more(first, groups[k], group)}
            if not fuller:  # "Dzhamshed Kodirzoda" of "Jamshed Qodirzoda", named more often
                fuller = {targets.get(k, k) for spelling in _romanisations(first, lex) for k in romanised.get(spelling, set())
                          if _romanised_otherwise(first, key, k, groups, lex)}
                # Of two it fits, not the one that is a short form of the other ("Dmitri Lapin" of "Dmitri
                # Fjodorovitš Lapin").
                fuller = {k for k in fuller
                          if not forms.get(fold_word(groups[k].names[0].name), set()) & (fuller - {k})}
                # Of two spellings of one name ("Mahamat Saleh Abakar", "Mahamad Saleh Abakar"), the most named.
                fuller = _most_named(fuller, groups)
        if not fuller and " " not in first and not _mostly_placed(group):  # "Hatay" is no "Hatay … University"
            # "Adriatica" of "Adriatica Resort Sviluppo S.p.A.", called "Adriatica Resort Sviluppo" too: one company
            fuller = _without_national_arms(_most_named(_fullest(
                {k for k in firsts.get(fold_word(first), set()) - {key} if not group.named_before(groups[k])},
                forms, groups), groups), groups, lex)
        if not fuller and first.count(" ") <= 1 and is_organisation_word(first.split()[-1], lex) and set(
                group.kinds) <= {"organisation", ""}:
            # An organisation called by its kind's word, or the two last words of its name, where an article does not
            # name it in full ("the Commission" of the European Commission, "the High Court" of the Punjab and Haryana
            # High Court), when the story has one organisation of that word.
            fuller = heads.get(fold_word(first), set()) - {key}
        if not fuller and (bare := without_legal_form(tuple(first.split()), lex)) != tuple(first.split()):
            # "Siam Harvest Feedmill Plc" of "Siam Harvest Feedmill Public Company Limited": one company's legal forms
            named = companies.get(fold_word(" ".join(bare)), {})
            fuller = {k for k, length in named.items() if length > first.count(" ") + 1}
            if not fuller:  # "Salmones Fjordhav SA" of "Salmones Fjordhav S.A.": one form as long, more named
                rank = {k: (sum(groups[k].kinds.values()), k) for k, length in named.items()
                        if length == first.count(" ") + 1}
                fuller = {targets.get(most := max(rank, key=rank.__getitem__), most)} - {key} if key in rank else set()
            if not fuller and len(bare) == 1:
                # "Camões, I.P." of "Camões – Instituto da Cooperação e da Língua", a name without a legal form of its
                # own that a dash goes on with, or "Vireon Corp." of "Vireon Corporation" (not "Kaarnakoski Oyj" of
                # its subsidiary "Kaarnakoski Celulosa Uruguay S.A.", nor "Wirecard AG" of its bank, "Wirecard Bank")
                fuller = _most_named({k for k in firsts.get(fold_word(bare[0]), set()) - {key} if (
                    words := tuple(groups[k].names[0].name.split())) == without_legal_form(words, lex)
                    and (words[1:2] in (("–",), ("-",), ("—",)) or fold_word(words[-1]) in _LEGAL_FORMS_SPELT)},
                    groups)
        if not fuller and fold_word(first) in lex.same_places:  # "Burma" of "Myanmar"
            fuller = {by_name.get(lex.same_places[fold_word(first)], key)} - {key}
        if not fuller and len(alike := countried.get(_country_in_one_form(tuple(first.split()), lex), ())) > 1:
            # "US Embassy" of "U.S. Embassy": the country's two spellings, one body; shown as the more named
            fuller = _more_named_spelling(alike, key, groups, targets)
        if not fuller and " " in first and len(alike := spelt.get(_one_spelling(fold_word(first)), set())) > 1:
            # "Alcantara Launch Center" of "Alcântara Launch Centre": one body in two spellings, shown as the more named
            fuller = _more_named_spelling(alike, key, groups, targets)
        personal = (group.kinds["person"] or group.speaks) and set(group.kinds) <= {"person", ""}
        if not fuller and first.count(" ") == 1 and personal:  # "Haingo Andrianarisoa" of "Haingotiana Andrianarisoa"
            fuller = {targets.get(k, k) for k in _longer_given_names(first, family, groups)} - {key}
        if not fuller and first.count(" ") == 1 and personal:  # "Hajdú Péter" of "Péter Hajdú", named more often
            fuller = {targets.get(k, k) for k in _in_the_other_order(first, key, group, by_name, groups)}
        if not fuller and first.count(" ") == 1 and personal:  # "Tse Chun-kit" and "Raymond Tse"
            fuller = {targets.get(k, k) for k in _english_named(first, key, family, groups)}
        if not fuller and " " in first and personal:  # "Carlos Medeiros" of "Carlos Alberto Furtado de Medeiros"
            fuller = {targets.get(k, k) for k in _within_a_longer_name(first, key, surnamed, groups)} - {key}
        if not fuller and " " not in first and personal:
            # A person called by the given name ("Dr Hanafi", "…," Bounkham said) where an article does not name them.
            fuller = {targets.get(k, k) for k in given.get(fold_word(first), set())} - {key}
        if not fuller and " " not in first and set(group.kinds) <= {""}:
            # A word of no kind that every article naming it names after the one person of that given name ("Rita
            # Farrugia, 78, …" … "“Rita lived next door”").
            fuller = {targets.get(k, k) for k in given.get(fold_word(first), set())
                      if groups[k].kinds["person"] and groups[k].named_first(group)}
            fuller = fuller - {key} if len(fuller) == 1 else set()
        if not fuller and " " not in first and first.endswith("s") and set(group.kinds) <= {"organisation", ""}:
            # A party called by its members, in the plural: "the Pirates" of the Pirate Party, "the Liberals"
            fuller = {targets.get(k, k) for k in parties.get(fold_word(first[:-1]), set())} - {key}
        plural = plurals.get(fold_word(first) + "s") if " " not in first else None
        if gazetteer_key:
            targets[key] = gazetteer_key
        elif key in translations:
            continue
        elif len(fuller) == 1:
            targets[key] = next(iter(fuller))
        elif plural and plural != key and _unplaced(group, lex) and _unplaced(groups[plural], lex):
            targets[key] = plural
    # A target may itself be another name of a fuller or a gazetteer actor: follow it there.
    return {key: targets.get(target, target) for key, target in targets.items()}


_LEGAL_FORMS_SPELT = frozenset({"corporation", "company", "incorporated", "aktiengesellschaft"})
"""Legal forms spelt out, which their short forms stand for ("Corp.", "Co.", "Inc.", "AG")."""


def _nicknames(aliases: tuple[str, ...], words: tuple[str, ...]) -> tuple[str, ...]:
    """Return the one-word aliases of a person's name that are none of its words: the nicknames an article says they
    are known by ("Koos" of "Jacobus Wildervanck, known to everyone as Koos"), which another article may write with the
    family name."""
    own = {fold_word(word) for word in words}
    return tuple(alias for alias in aliases if " " not in alias and not alias.isupper() and fold_word(alias) not in own)


def _more_named_spelling(alike: set[str], key: str, groups: dict[str, _Group], targets: dict[str, str]) -> set[str]:
    """Return the more named of one body's spellings for a name to go to, or nothing where the name is that one."""
    chosen = max(alike, key=lambda k: (sum(groups[k].kinds.values()), k))
    return {targets.get(chosen, chosen)} - {key} if chosen != key else set()


_AMERICAN = re.compile(r"\b(cent|theat)er\b|\b(organi|urbani|moderni|privati)z(ation)\b|\b(defen|licen|offen)se\b|"
                       r"\b(lab|harb|hon|neighb)or\b")
"""American spellings of the words of bodies' names, which British papers write otherwise ("Center", "Organization",
"Defense", "Labor")."""


def _one_spelling(folded: str) -> str:
    """Return a folded name in British spelling ("alcantara launch centre" of "alcantara launch center") and with
    "Corporation" at its end as "Corp" ("formosa ha tinh steel corp" of "… steel corporation")."""
    british = _AMERICAN.sub(_british_word, folded)
    return british.removesuffix("oration") if british.endswith(" corporation") else british


def _british_word(match: re.Match[str]) -> str:
    stem, root, ending, defence, word = match.groups()
    if stem:
        return f"{stem}re"
    if root:
        return f"{root}s{ending}"
    return f"{defence}ce" if defence else f"{word}our"


def _fullest(fuller: set[str], forms: dict[str, set[str]], groups: dict[str, _Group]) -> set[str]:
    """Of the actors a name may be another name of, leave out those that are themselves another's short form: "Nha
    Bia" is the nickname of "Fabiana Semedo" and of "Fabiana Lopes Semedo", one person."""
    if len(fuller) < 2:
        return fuller
    return {k for k in fuller
            if k not in groups or not forms.get(fold_word(groups[k].names[0].name), set()) & (fuller - {k})}


_ARTICLE_HYPHEN = re.compile(r"\b(al|el)-")


def _after_a_title_s_acronym(name: str) -> str:
    """Return, folded, the words after a name's last word of two to five capitals, when two or more follow: a person's
    name after a title's acronym ("Rabindra Kumar Mohanty" of "Khurda Road DRM Rabindra Kumar Mohanty"); else ""."""
    words = name.split()
    at = max((index for index, word in enumerate(words[:-2]) if 2 <= len(word) <= 5 and word.isalpha()
              and word.isupper()), default=None)
    return "" if at is None else fold_word(" ".join(words[at + 1:]))


def _name_words(name: str) -> tuple[str, ...]:
    """Return a name's folded words, an Arab article's hyphen a space ("al-Jarboobi" and "Al Jarboobi" alike)."""
    return tuple(_ARTICLE_HYPHEN.sub(r"\1 ", fold_word(name)).split())


def _within_a_longer_name(name: str, key: str, surnamed: dict[str, set[str]], groups: dict[str, _Group]) -> set[str]:
    """Return the keys of the people whose names have all of this one's words in order and more, or as many written
    otherwise and named in more articles ("Carlos Medeiros" and "Carlos Furtado de Medeiros" of "Carlos Alberto Furtado
    de Medeiros", "Helena Cordeiro" of "Helena Sampaio Cordeiro", "Ahmed al-Jarboobi" of "Ahmed bin Musallam Al
    Jarboobi"): one is that person; two are two others ("Ana Silva" of "Ana Maria Silva" and "Ana Paula Silva")."""
    words = _name_words(name)
    named = sum(groups[key].kinds.values())
    found = set()
    for other in surnamed.get(words[-1], ()):
        longer = _name_words(groups[other].names[0].name)
        if other != key and _in_order(words, longer) and (
                len(longer) > len(words) or (sum(groups[other].kinds.values()), other) > (named, key)):
            found.add(other)
    return found


def _in_order(words: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """Tell whether a name's words are all in a longer one's, in the same order."""
    remaining = iter(longer)
    return all(word in remaining for word in words)


def _longer_given_names(name: str, family: dict[str, set[str]], groups: dict[str, _Group]) -> set[str]:
    """Return the keys of the people of the same family name whose given name the name's shortens ("Haingo
    Andrianarisoa" of "Haingotiana Andrianarisoa", "Alex Turner" of "Alexander Turner", "Bernie Coulter" of "Bernard
    Coulter")."""
    given, surname = fold_word(name).split()
    # A pet name's ending goes ("Bernie Coulter" of "Bernard Coulter").
    stem = given[:-2] if given.endswith("ie") else given
    return {key for key in family.get(surname, ()) if len(stem) >= _SHORTEST_GIVEN_NAME
            and (other := fold_word(groups[key].names[0].name).split()[0]) != given and other.startswith(stem)}


def _in_the_other_order(name: str, key: str, group: _Group, by_name: dict[str, str],
                        groups: dict[str, _Group]) -> set[str]:
    """Return the key of the person whose name of two words is this one's in the other order and who is named in more
    articles (or as many, with the key that sorts first): one person, written family name first by one outlet, as
    Hungarian, Chinese and Japanese papers do, and given name first by another."""
    other = by_name.get(fold_word(" ".join(reversed(name.split()))))
    if other is None or other == key or not set(groups[other].kinds) <= {"person", ""}:
        return set()
    mentions = sum(groups[other].kinds.values()), sum(group.kinds.values())
    return {other} if mentions[0] > mentions[1] or (mentions[0] == mentions[1] and other < key) else set()


def _english_named(name: str, key: str, family: dict[str, set[str]], groups: dict[str, _Group]) -> set[str]:
    """Return the key of the one person called by an English given name and this Chinese name's family name ("Raymond
    Tse" of "Tse Chun-kit"): one Hong Kong official, whom one outlet names the English way and another the Chinese
    way; not one the articles also name with another Chinese given name ("Joanne Chan" of "Joanne Chan Wai-ling" is no
    "Chan Hok-man")."""
    surname, given = name.split()
    if not CANTONESE_GIVEN.match(given):
        return set()
    english = family.get(fold_word(surname), set()) - {key}
    if len(english) != 1:
        return set()
    called = fold_word(groups[next(iter(english))].names[0].name)
    others = {fold_word(n.name) for g in groups.values() for n in g.names if fold_word(n.name).startswith(called + " ")}
    return english if others <= {f"{called} {fold_word(given)}"} else set()


def _consonants(name: str) -> str:
    """Return a name without its vowels, as spellings of one name differ by a vowel ("Ftouni", "Fatouni")."""
    return _VOWELS.sub("", name)


def _spelled_with_a_vowel_more(name: str, other: _Group, group: _Group) -> bool:
    """Tell whether another person's name is this one with a vowel more or less, and is named in more articles (or as
    many, and is the longer): one person spelled two ways ("Mukalay", "Mukalayi"); never two of the same length
    ("Min-jun" and "Min-jin" are two people)."""
    spelling = other.names[0].name
    words, others = name.split(), spelling.split()
    differ = [(a, b) for a, b in zip(words, others) if a != b]
    if len(words) != len(others) or len(differ) != 1 or len(differ[0][0]) == len(differ[0][1]):
        return False
    return (max(map(len, differ[0])) >= _RESPELLED_WORD
            and (sum(other.kinds.values()), len(spelling)) > (sum(group.kinds.values()), len(name)))


def _romanised(name: str, lex: Lexicon) -> str:
    """Return a name as the Russian and the local romanisation of it both come out (see _ROMANISATIONS), as an
    Arabic name comes out with or without its article and its apostrophes ("Mu'awiya al-Tarawneh", "Mu’awiya Al
    Tarawneh", "Muawiya Tarawneh"), and with its given names in one spelling ("Muhammad Hashim Rahimi", "Mohammad
    Hashem Rahimi")."""
    name = _ARABIC_ARTICLE.sub("", _APOSTROPHES.sub("", _UZBEK_O.sub("u", _in_one_spelling(name, lex).lower())))
    name = name.replace("ć", "c")  # as English outlets write it ("Djurdjevic"), before Romanian's "c" is read
    name = _GREEK_CHI.sub("h", _ROMANIAN_K.sub("k", _ROMANIAN_CH.sub("ch", _GREEK_GI.sub("yi", name))))
    for letters, common in _ROMANISATIONS:
        name = name.replace(letters, common)
    return _INNER_VOWELS.sub("a", _undoubled(fold_word(_UKRAINIAN_H.sub("g", name))))


def _romanisations(name: str, lex: Lexicon) -> set[str]:
    """Return a name romanised (see _romanised) with its letters' marks read as the local romanisation reads them
    ("š" as "sh") and as an English outlet drops them ("Đurišić" is "Djurisic" there)."""
    return {_romanised(name, lex), _romanised(fold_word(_plain_dj(name)), lex)}


def _plain_dj(name: str) -> str:
    """Return a name with its "đ" written "dj", as an outlet that drops letters' marks writes it."""
    return name.replace("đ", "dj").replace("Đ", "Dj")


def _marked_letters(name: str) -> int:
    """Return how many of a name's letters are written with a mark or beyond ASCII ("Đurišić": 3)."""
    return sum(not letter.isascii() for letter in name)


def _in_one_spelling(name: str, lex: Lexicon) -> str:
    """Return a name with each given name that has several romanised spellings in the first of them (folded)."""
    return " ".join(lex.given_spellings.get(fold_word(word), word) for word in name.split())


def _respelled_given_name(name: str, other: str, lex: Lexicon) -> bool:
    """Tell whether two names of as many words differ in a given name written in two of its known spellings."""
    words, others = name.split(), other.split()
    spellings = lex.given_spellings
    return len(words) == len(others) and any(
        word != another and fold_word(word) in spellings
        and spellings[fold_word(word)] == spellings.get(fold_word(another)) for word, another in zip(words, others))


def _romanised_otherwise(name: str, key: str, other: str, groups: dict[str, _Group], lex: Lexicon) -> bool:
    """Tell whether another person's name is this one romanised another way, not merely with other vowels ("Tom
    Bolton" is no "Tom Belton") unless in a given name's known spellings ("Mohammad", "Muhammad"), and named in more
    articles (or as many, with the key that sorts first)."""
    spelling = groups[other].names[0].name
    vowels_only = _consonants(_undoubled(fold_word(spelling))) == _consonants(_undoubled(fold_word(name)))
    if other == key or (vowels_only and not _respelled_given_name(name, spelling, lex)):
        return False
    marks = _marked_letters(spelling), _marked_letters(name)
    if marks[0] != marks[1] and fold_word(_plain_dj(spelling)) == fold_word(_plain_dj(name)):
        return marks[0] > marks[1]  # the name with its letters' marks, which an outlet dropped ("Djurisic")
    if _ends_spelled_otherwise(name, spelling, lex):
        return True  # the longer name's short form, spelled otherwise ("Alexei Tarabukin" of "Aleksei Vasilyevich …")
    mentions = sum(groups[other].kinds.values()), sum(groups[key].kinds.values())
    return mentions[0] > mentions[1] or (mentions[0] == mentions[1] and other < key)


def _ends_spelled_otherwise(name: str, longer: str, lex: Lexicon) -> bool:
    """Tell whether a name of two words is a longer name's first and last words romanised another way, as a person's
    given and family names without the father's name between them ("Rashad Guseynov" of "Rashad Nadir oglu
    Huseynov"; "Cill Chiaráin" is no "Cuan Chill Chiaráin")."""
    words, others = name.split(), longer.split()
    ends = ((words[0], others[0]), (words[-1], others[-1]))
    return len(words) == 2 < len(others) and all(_romanised(one, lex) == _romanised(other, lex) for one, other in ends)


def _run_together(name: str) -> str:
    """Return a person's name with its words run together, as romanised syllables are or are not ("Wang Jian Guo",
    "Wang Jianguo"), and an Arabic name's article with its word ("Abdul Rahman Al Halabi", "Abdulrahman al-Halabi")."""
    return fold_word(name).replace(" ", "").replace("-", "")


def _undoubled(name: str) -> str:
    """Return a name with its doubled letters written once, as transliterations differ ("Qassim", "Qasim")."""
    return _DOUBLED.sub(r"\1", name)


def _country_in_one_form(words: tuple[str, ...], lex: Lexicon) -> str:
    """Return a body's folded name with the country its name opens with in the one form the places data give it
    ("united states embassy" of "U.S. Embassy", "US Embassy" and "United States Embassy"), or "" when it opens with
    no country's other name."""
    for length in range(min(3, len(words) - 1), 0, -1):
        country = lex.same_places.get(fold_word(" ".join(words[:length])))
        if country is not None:
            return f"{country} {fold_word(' '.join(words[length:]))}"
    return ""


def _place_forms(words: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """Return the shorter names a place goes by (folded): "Ormoc" of "Ormoc City", "Karakalpakstan" of "Republic of
    Karakalpakstan", "Skye" of "Isle of Skye", "Clyde" of "River Clyde", "Talaba" of "Barangay Talaba" (see
    _RIVER_OR_VILLAGE; not a known place's name), "Falklands" of "Falkland Islands", "Planta" of "Place de la
    Planta"."""
    if _city_name(words, lex):
        return (fold_word(" ".join(words[:-1])),)
    if len(words) >= 3 and fold_word(words[0]) in PLACE_OF_HEADS and words[1] == "of":
        return (fold_word(" ".join(words[2:])),)
    if len(words) >= 2 and fold_word(words[0]) in _RIVER_OR_VILLAGE and (
            rest := fold_word(" ".join(words[1:]))) not in lex.all_places:
        return (rest,)
    if len(words) >= 2 and fold_word(words[-1]) in _REGIONS and (rest := fold_word(" ".join(words[:-1]))) not in (
            lex.all_places):
        return (rest,)
    if len(words) >= 2 and fold_word(words[0]) == "place":  # a French square: "Planta" of "Place de la Planta"
        rest = words[1:]
        while len(rest) > 1 and rest[0].lower() in _FRENCH_OF:
            rest = rest[1:]
        return (fold_word(" ".join(rest)),)
    if len(words) >= 2 and fold_word(words[-1]) == "islands" and not words[-2].endswith("s"):
        return (fold_word(" ".join((*words[:-2], f"{words[-2]}s"))),)  # "South Orkneys" of "South Orkney Islands"
    return ()


_FRENCH_OF = frozenset({"de", "du", "des", "la"})
"""The words between a French square's noun and its name ("Place de la Planta")."""
_REGIONS = frozenset({"prefecture", "province", "oblast", "krai", "okrug", "raion", "governorate",
                      "district", "region", "state", "island"})
"""A region's or an island's noun after its name, which goes without it ("Yamanashi" of "Yamanashi Prefecture", "Unity"
of "Unity State", "Nightingale" of "Nightingale Island"; not "Shizuoka", a city too, of "Shizuoka Prefecture")."""
_BODIES_REGIONS = _REGIONS - {"island"} | {"county"}
"""The nouns that end a region's name, whose body's name may go on after it ("Cross River State Forestry Commission")."""


_RIVER_OR_VILLAGE = frozenset({"river", "kampong", "kampung", "barangay"})
"""The nouns before a river's or a village's name, which goes without them ("the Clyde" of "River Clyde", "Lumapas" of
"Kampong Lumapas", "Talaba" of "Barangay Talaba"); not a noun after a river's name, nor a lake's or a mountain's,
often a town's name too ("Kafue River", "Lake Tefé"), nor a canal's, named after the district it runs through
("Khlong Lat Phrao")."""


def _city_name(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Tell whether a place's name is a town's and "City" or "Town" ("Ormoc City", called "Ormoc" too, "Orangi Town" of
    Karachi; "Kuwait City" is no Kuwait, nor "Quebec City" the province, nor the "Cape" of "Cape Town" a place)."""
    last = fold_word(words[-1]) if len(words) >= 2 else ""
    return (last == "city" or (last == "town" and fold_word(" ".join(words)) not in lex.all_places)) and (
        fold_word(" ".join(words[:-1])) not in lex.all_places)


_PLACED_ARTICLES = 2
"""How many articles must read a name the places' list lacks as a place's for it to be no other actor's short form."""


def _mostly_placed(group: _Group) -> bool:
    """Tell whether most articles that show a name's kind read it as a place's, and half of all articles do ("in
    Saint-Louis" in two articles, no kind shown in two others; not "compensation from Veltro" once in four)."""
    places = group.kinds["place"] * 2
    return places > sum(count for kind, count in group.kinds.items() if kind) and places >= sum(group.kinds.values())


def _described(group: _Group, lex: Lexicon) -> bool:
    """Tell whether some article called a name of two words or more, with no word of an
    organisation's, an organisation ("the manufacturer Veltro Aeronautica"): its words alone would
    make it a person's, so only that article's reading gives it the kind "organisation". One article
    in ten or more must: a person named in a hundred is not an organisation for one "the agency Daniel
    Noboa created"."""
    readings = group.kinds["organisation"]
    return readings > 0 and readings * _DESCRIBED_SHARE >= group.kinds["person"] and any(
        guess_kind(tuple(n.name.split()), lex) == "person" and n.kind == "organisation" for n in group.names)


def _heads(words: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """Return the folded words an organisation may be called by alone: its kind's word that ends its name, and the two
    last words ("Commission" of "European Commission", "High Court" of "… High Court", "Water Resources" of "Ministry
    of Water Resources"). Not the words after "of the", which name another body ("European Union" and "Union" of
    "Court of Justice of the European Union")."""
    if len(words) < 2 or not is_organisation_word(words[-1], lex) or any(
            pair == ("of", "the") for pair in zip(words, words[1:])):
        return ()
    return (fold_word(words[-1]), *((fold_word(" ".join(words[-2:])),) if len(words) >= 3 and words[-2][:1].isupper()
                                    else ()))


def _head(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return the words of an organisation's name before its "of", where they are two or more: the name it goes by
    too ("Liaison Office" of "Liaison Office of the Central People's Government", "Central Bank" of "Central Bank of
    Egypt")."""
    of = words.index("of") if "of" in words else 0
    return (words[:of],) if of >= 2 else ()


def _qualified_body(words: tuple[str, ...], lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    """Return a body's name without the word that qualifies it, a country's or a faith's, where the rest opens with
    the body's word: "Bureau of Reclamation" of "U.S. Bureau of Reclamation", "Diocese of Dundo" of "Catholic
    Diocese of Dundo", "Ministry for …" of "Ukrainian Ministry for …"."""
    rest = words[1:]
    if len(rest) < 2 or not words[0][:1].isupper() or is_organisation_word(words[0], lex) or not is_organisation_word(
            rest[0], lex) or fold_word(words[0]) in ARTICLES:
        return ()
    return (rest,)


def _before_its_cause(words: tuple[str, ...], lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    """Return the two words that name a body before "for" and its cause ("Family Federation" of "Family Federation for
    World Peace and Unification"), the second an organisation's word."""
    if len(words) >= _CAUSED and words[2] == "for" and words[0][:1].isupper() and is_organisation_word(words[1], lex):
        return (words[:2],)
    return ()


_CAUSED = 4
"""The fewest words of a body's name with its cause after "for"."""


def _republic_unsaid(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Return a body's name without "the Republic of" before its country ("State Committee for National Security of
    Tajikistan" of "… of the Republic of Tajikistan"), or ()."""
    for at in range(1, len(words) - 3):
        if words[at:at + 3] == ("the", "Republic", "of"):
            return ((*words[:at], *words[at + 3:]),)
    return ()


def _most_named(keys: set[str], groups: dict[str, _Group]) -> set[str]:
    """Return the one of several organisations sharing a first word that is named in at least twice as many articles
    as any other ("Tianrong" of "Tianrong Battery Hungary Zrt.", the story's, not of its parent), else all of them."""
    if len(keys) < 2:
        return keys
    counts = sorted(((sum(groups[key].kinds.values()), key) for key in keys), reverse=True)
    return {counts[0][1]} if counts[0][0] >= _MOST_NAMED * counts[1][0] else keys


def _without_national_arms(keys: set[str], groups: dict[str, _Group], lex: Lexicon) -> set[str]:
    """Of organisations named as often that share a first word, leave out those named as the others' arm in a place
    ("Boreal Greenland A/S" beside "Boreal Rare Metals Ltd"): the first word alone is the group's."""
    if len(keys) < 2:
        return keys
    arms = {key for key in keys if len(bare := without_legal_form(tuple(groups[key].names[0].name.split()), lex)) == 2
            and fold_word(bare[1]) in lex.all_places}
    return keys - arms if arms and keys - arms else keys


def _first_word(group: _Group, lex: Lexicon) -> str:
    """Return the folded first word of an organisation's name that may stand for it alone ("Veltro"
    of "Veltro Aeronautica"), or "" when that word names something else (a place, a demonym)."""
    name = group.names[0].name.split()
    first = fold_word(name[0])
    if len(name) < 2 or not (_described(group, lex) or guess_kind(tuple(name), lex) == "organisation"):
        return ""
    ordinary = first in lex.all_places or first in lex.demonyms or first in lex.common or first in lex.titles
    # An acronym first is another body's ("UN" of "UN Security Council", "UN" of "UN Covenant"), unless it is one of
    # three letters or more and no word of the rest names another body ("ANA" of "ANA Aeroportos de Portugal")
    another = is_acronym((name[0],)) and (len(name[0]) < 3 or any(is_organisation_word(word, lex) for word in name[1:]))
    # nor is the first of two names a body is named after ("Lofoten" of "Lofoten and Vesterålen Fishermen's
    # Association")
    two = len(name) > 2 and name[1] == "and" and named_after_two(tuple(name), 0, 1, lex)
    return "" if ordinary or first in lex.connectors or another or two else first


def _translations(groups: dict[str, _Group], composites: dict[str, str]) -> dict[str, str]:
    """Map organisations' names that introduce the same acronym to the first of them: a name and its
    translation ("Brazilian Institute of the Environment … (Ibama)", "Instituto Brasileiro … (Ibama)")."""
    declared: dict[str, list[str]] = {}
    for key, group in groups.items():
        if key in composites or "organisation" not in group.kinds:
            continue
        for alias in {fold_word(a) for n in group.names if " " in n.name for a in n.aliases if " " not in a}:
            declared.setdefault(alias, []).append(key)
    return {key: keys[0] for keys in declared.values() if len(keys) > 1 for key in keys[1:]}


def _unplaced(group: _Group, lex: Lexicon) -> bool:
    """Tell whether a group names no person and no place ("America" is not one of "the Americas")."""
    return set(group.kinds) <= {"organisation", ""} and not any(fold_word(n.name) in lex.all_places
                                                                 for n in group.names)


def _composites(groups: dict[str, _Group], known: dict[str, str]) -> dict[str, str]:
    """Map a name that is two names run together ("Medellín Evo Morales", where a sentence ends
    without a full stop) to the longer: each part a known place, a gazetteer name, an actor of two
    words or more, or a one-word actor named alone in several paragraphs; but a place's body is one name, and its
    body's name alone another name of it."""
    lex = lexicon()
    names = {fold_word(g.names[0].name): key for key, g in groups.items()
             if any(n.alone for n in g.names)
             and (" " in g.names[0].name or len(g.paragraphs) >= _STANDALONE_PARAGRAPHS)}
    names.update(known)
    found, bodies = {}, {}
    for key, group in groups.items():
        words = group.names[0].name.split()
        # A place's name that an article calls this actor by alone is a word of its name: "Karaman said" of
        # "Dmitry Ivanovich Karaman" (Karaman is a Turkish city too).
        own = {fold_word(alias) for n in group.names for alias in n.aliases}
        for cut in range(1, len(words)):
            parts = [fold_word(" ".join(words[:cut])), fold_word(" ".join(words[cut:]))]
            owners = [names.get(p, "" if p in lex.all_places and p not in own else None) for p in parts]
            if None not in owners and key not in owners and (owners[0] or owners[1]) and not (
                    cut == 1 and _people(groups, owners)):
                body = groups.get(owners[1])  # a discovered body: a gazetteer's actor is merged into nothing
                place = parts[0] in lex.all_places or fold_word(words[cut - 1]) in _BODIES_REGIONS
                if (is_organisation_word(words[-1], lex) and place and len(words) - cut <= 2
                        and body is not None and "organisation" in body.kinds):
                    # A place's body is one name ("Sri Lanka Navy", "Kuala Lumpur High Court", "Cross River State
                    # Forestry Commission"), which the body's own name stands for ("the Navy", "the High Court").
                    bodies.setdefault(owners[1], set()).add(key)
                    break
                # An organisation's name and a country's is its national branch, the organisation's ("WWF Norway").
                branch = parts[1] in lex.countries and owners[0] in groups and "organisation" in groups[owners[0]].kinds
                longer = owners[0] if cut > len(words) - cut or branch else owners[1]
                found[key] = longer or owners[0] or owners[1]
                break
    found.update({body: next(iter(keys)) for body, keys in bodies.items() if len(keys) == 1})
    return found


def _people(groups: dict[str, _Group], keys: list[str]) -> bool:
    """Tell whether every one of these names is read as a person's: a given name and a family name ("Luigi" and "De
    Giorgi"), which make one person's full name, not two names run together."""
    return all(key in groups and set(groups[key].kinds) <= {"person", ""} and groups[key].kinds["person"]
               for key in keys)


def _assemble(gazetteer: Gazetteer, merged: dict[str, _Group], targets: dict[str, str], lex: Lexicon,
              outlets: _Outlets) -> Cast:
    """Return the cast: the gazetteer's visible actors, then the discovered ones named often enough that are not the
    outlets' (by the forms of their names in outlets)."""
    keys = {a.key: a.key for a in gazetteer.actors if not a.hidden}
    sources: dict[str, tuple[str, ...]] = {}
    actors = [a for a in gazetteer.actors if not a.hidden]
    taken = set(keys) | {a.key for a in gazetteer.actors}
    for root in sorted(merged):
        group = merged[root]
        enough = len(group.paragraphs) >= MIN_PARAGRAPHS or group.speaks
        if gazetteer.actor(root) is not None or not enough or not any(n.alone for n in group.names):
            continue
        actor = _actor(root, group, lex)
        if _an_outlet(actor, outlets):
            continue
        key = actor.key if actor.key not in taken else f"{actor.key}-{len(taken)}"
        taken.add(key)
        actors.append(Actor(key, actor.name, actor.kind, actor.role, actor.aliases))
        keys[root] = key
    for key, target in targets.items():
        if target in keys:
            keys[key] = keys[target]
    for key, target in keys.items():
        sources[target] = sources.get(target, ()) + (key,)
    return Cast(_without_others_names(actors), keys, sources)


def _without_others_names(actors: list[Actor]) -> tuple[Actor, ...]:
    """Return the actors without the aliases that are another actor's own name, or a place's other name of one word
    for what is no place: "Porgera" of the "Porgera Joint Venture", which an article called so, is the place "Porgera"
    the briefing shows, and "Ouaka" of the "Rassemblement des Patriotes de la Ouaka" the river's."""
    names = {fold_word(actor.name) for actor in actors}
    placed = {fold_word(alias) for actor in actors if actor.kind == "place"
              for alias in actor.aliases if " " not in alias}
    return tuple(replace(actor, aliases=kept) if (kept := tuple(
        alias for alias in actor.aliases if fold_word(alias) not in names
        and (actor.kind == "place" or fold_word(alias) not in placed))) != actor.aliases else actor for actor in actors)


def _an_outlet(actor: Actor, outlets: _Outlets) -> bool:
    """Tell whether an actor is an outlet of the briefing's articles: an organisation (or of no kind known) by any of
    its names or named with a part of an outlet's name (not a place: "Phnom Penh" of "Phnom Penh Post"), or anything
    named with an outlet's whole name ("Compass Weekend", which reads like a person's)."""
    name = fold_word(actor.name)
    if actor.kind in ("organisation", "") and not outlets.names.isdisjoint(map(fold_word, (actor.name, *actor.aliases))):
        return True
    return (actor.kind == "organisation" and name in outlets.parts) or (" " in actor.name and name in outlets.names)


def _actor(root: str, group: _Group, lex: Lexicon) -> Actor:
    """Make one discovered actor from its names: the fullest name, the firmest kind, the first role."""
    # The fullest of the names the other names were merged into wins; of two as full, the first named.
    # A sentence's full stop kept on an abbreviation ("… Sdn Bhd.") and a dateline's capitals ("HESTØY") lose to
    # the same name written plainly, and a name a wire wrote without its accents ("Kovacevic") to it with them.
    own = [n for n in group.names if n.key == root] or group.names
    # A compound given name keeps its hyphen ("Jean-Hugues Payet", not "Jean Hugues Payet").
    _, _, _, _, _, _, fullest = max((len(n.name.replace("-", " ").split()), not n.name.endswith("."),
                                     not shouted(n.name), sum(not c.isascii() for c in n.name), n.name.count("-"),
                                     -index, n) for index, n in enumerate(own))
    aliases = dict.fromkeys(f for n in group.names for f in (n.name, *n.aliases) if fold_word(f) != fold_word(fullest.name))
    kinds = {kind: count for kind, count in group.kinds.items() if kind}
    described = _described(group, lex)
    placed = kinds.get("place", 0) > kinds.get("person", 0)  # more articles read it as a place than as a person
    kind = guess_kind(tuple(fullest.name.split()), lex, titled="person" in kinds and not described and not placed,
                      after_locative=placed, described=described) or (
                          max(sorted(kinds), key=kinds.__getitem__) if kinds else "organisation")
    if kind == "person" and not kinds and len(fullest.name.split()) >= 2:
        kind = "organisation"  # every article declined the default reading of two words as a person ("Rand Water")
    roles = [n.role for n in group.names if n.role] if kind in ("person", "organisation") else []
    # A role that names whose it is beats one that does not ("HS Orka's director …", not "company's director …").
    role = next((r for r in roles if not _VAGUE_ROLE.match(r)), roles[0] if roles else "")
    if kind == "person":  # "Secretary for Development Raymond" of "Raymond Tse", "… Jorge Luis" of "Jorge Luis …"
        words = fullest.name.split()
        given = next((" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)
                      if role.endswith(" " + " ".join(words[:n]))), "")
        role = role[:-len(given) - 1] if given else role
    return Actor(slug(fullest.name), fullest.name, kind, role, tuple(aliases))


def recast(extraction: Extraction, cast: Cast) -> Extraction:
    """Return an article's extraction with its actors' keys those of the cast (unshown ones dropped)."""
    keys = cast.keys
    # Most keys stay as they are: keep those mentions rather than make 10,000 articles' worth again.
    mentions = tuple(m if (key := keys[m.actor_key]) == m.actor_key else Mention(key, m.paragraph, m.text)
                     for m in extraction.actors if m.actor_key in keys)
    quotes = tuple(q if q.speaker_key is None or keys.get(q.speaker_key) == q.speaker_key
                   else Quote(q.text, keys.get(q.speaker_key), q.paragraph) for q in extraction.quotes)
    return Extraction(mentions, quotes, extraction.events)


def cast_digest(extraction: Extraction, cast: Cast) -> str:
    """Return a digest of what the cast makes of one article's actors (their keys, names, kinds, roles)."""
    used = sorted({m.actor_key for m in extraction.actors} | {q.speaker_key or "" for q in extraction.quotes})
    return hashlib.blake2b("\n".join(map(cast.shown, used)).encode(), digest_size=12).hexdigest()
