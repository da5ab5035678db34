"""Quotes: the direct quotations in paragraphs and, where the text says so, who said them."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from collections.abc import Iterator
from typing import NamedTuple

from briefing.extract.actors import Actor, Gazetteer, Span, fold, paragraph_spans
from briefing.extract.discover import KIN, NAMED_ONLY_AS, PARTY_TAG, POSSESSIVE
from briefing.extract.events import sentence_spans
from briefing.extract.kinds import GOVERNING, is_acronym, without_legal_form
from briefing.extract.lexicon import fold_word, is_organisation_word, lexicon
from briefing.extract.verbs import find_verbs, quoted_in_sentence
from briefing.fastpickle import fast_pickle

# A quotation with no speech verb next to it is kept only if it is at least this many words long;
# shorter ones are scare quotes or single terms (“bellicose actions”, “model”) and are dropped.
MIN_WORDS = 6
MIN_REPORTED_WORDS = 4
"""A shorter quotation is a speaker's words inside the report of what they said ("X said the offer was “still on the
table”"), where fewer words in quotation marks are most often the writer's ("focus was on “disconnecting”")."""
MIN_PHRASE_WORDS = 2
"""A phrase in lower case this long is a speaker's words inside the report of what they said too ("said the scheme had
achieved a “psychological reset”"); a capitalised one is most often a name ("the “Green Corridor” plan")."""
# A speech verb this close to an opening quote ("told reporters that “…”") attributes it strongly.
_NEAR_WORDS = 2
_TITLE_WORDS = 5
"""At most this many title words between an inverted speech verb and the name ("said U.S. Secretary of State X")."""
_PRONOUNS = frozenset({"he", "she", "il", "elle"})
_INVERTED_PRONOUN = re.compile(r"^(?:a|avait|aurait)-t-(?:il|elle)$", re.IGNORECASE)
"""French puts the pronoun after the auxiliary: "« … », a-t-il dit"."""
_PRO_DROP = frozenset({"dijo", "afirmó", "aseguró", "señaló", "declaró", "explicó", "añadió", "agregó", "advirtió",
                       "sostuvo", "denunció", "indicó", "manifestó", "expresó", "insistió", "respondió", "reiteró",
                       "subrayó", "apuntó", "precisó", "comentó", "lamentó", "aclaró",
                       "disse", "afirmou", "declarou", "explicou", "acrescentou"})
"""Spanish and Portuguese drop the subject: "“…”, dijo." means the person speaking already."""
_PRO_DROP_PHRASE = re.compile(r"\s+(?:en|a|al|ante|durante|tras|desde|con|sobre|em|na|no|ao|à)\s[^.;]*")
"""Where or to whom a subjectless verb spoke ("“…”, afirmó en conferencia de prensa en La Paz.")."""
_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "also", "since", "earlier", "already", "repeatedly",
                          "previously", "publicly", "often", "later", "then", "once", "twice", "now"})
"""The words of a verb's tense and its adverbs, alone between a clause about the subject and the verb ("…, has
described")."""
_AUXILIARY = re.compile(r"^(?:a|ont|avait|avaient|aurait)$", re.IGNORECASE)
"""A French auxiliary alone before the speech verb: the speaker follows it ("« … », a déclaré X")."""
_ROLE_BEFORE_NAME = re.compile(r"^(?:the|its|his|her|their|[\w.-]+[’']s|le|la|les|leur|son|sa|ses|el|los|o|a|os|as|"
                               r"seu|sua)\s+(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+,\s+$",
                               re.IGNORECASE)
"""A role in apposition between an inverted speech verb and the name: "said the army's spokesman, "."""
# "the RSF commander", "the minister": a description that, like a pronoun, stands for someone named before.
_DESCRIPTION = re.compile(
    r"^the\s+(?:(?!of\s)[\w’'-]+\s+){0,3}(?:commander|chief|minister|president|general|envoy|leader|spokesman|"
    r"spokeswoman|spokesperson|official|ambassador|governor|mayor|secretary|chairman|chairwoman|premier|"
    r"king|prince|emir|senator|prosecutor|director|executive|founder|head|cs|speaker|chairperson|judge|magistrate|"
    r"commissioner|superintendent|inspector|sheriff|coroner|bishop|archbishop|metropolitan|patriarch|taoiseach|"
    r"tánaiste|kgosi|monarch|obong|soba|ministerpräsident|ministerpräsidentin|landrat|landrätin|bürgermeister|"
    r"bürgermeisterin|oberbürgermeister|oberbürgermeisterin|wali)$"
    r"|^the\s+\d{1,3}-year-old(?:\s+[\w’'-]+){0,3}$",  # "the 54-year-old said", "the 29-year-old office worker"
    re.IGNORECASE,
)
_THE_NOUN = re.compile(r"^(?i:the)\s+(?:(?!(?:of|for|in|on|at|to|with|from|and|or)\s)(?:[a-z]|[A-Z][\w’']*-[a-z])"
                       r"[\w’'-]*\s+){0,2}([a-z][\w’'-]*)$")
""""The" and a noun in lower case, with a word or two before it: "the lawyer", "the central bank", "the Mumbai-listed
company" ("the Lausanne lawyer" is not one: the text names whose it is); not a noun after a preposition ("the minister
of construction" is a minister)."""
# Parts of a subject clause that describe a speaker rather than name one ("the ambassador", "who is …").
_APPOSITIVE = re.compile(
    r"^(?:who|whom|whose|which|the|a|an|former|of|from|for|then|one|in|on|at|along|as|including|according|through|via|"
    r"by|with|after|before|during|despite|now|still|formerly|once|previously|currently|"
    r"his|her|its|their|known|responsible\s+for|\w+ing|[\w.-]+['’]s|\w+(?:ed|en|wn|un)\s+"
    r"(?:by|in|at|on|about|after|from))\b|"
    r"^[\w.-]+s['’](?=\s)",
    re.IGNORECASE,
)
_DONE_BY = re.compile(r"^(?:(?:now|still|formerly|once|previously|currently)\s+)?\w+(?:ed|en|wn|un)\s+by\b",
                      re.IGNORECASE)
"""A part that says who owns, runs or backs the subject ("The developer, controlled by tycoon X, said", "PwC, now led
by chief executive X, said"): X is not the one who speaks."""
_FILLER = (r"also|again|first|later|then|once|has|have|had|would|will|was|long|that|who|which|and|but|recently|since|"
           r"nonetheless|nevertheless")
_TRAILING_ALTERNATIVES = (rf"{_FILLER}|publicly|privately|reportedly|previously|a|ont|avait|avaient|aurait|is|were|"
                          r"could|can|be|heard|himself|herself|itself|themselves")
_TRAILING = re.compile(rf"(?:\s+(?:{_TRAILING_ALTERNATIVES}))+\s*$")
"""Words between a subject and its speech verb, in lower case: "the WHO said" is the World Health Organization, "X was
quoted as saying" is X, and so is "X himself said"."""
_TRAILING_WORDS = frozenset(_TRAILING_ALTERNATIVES.split("|"))
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PERIODS = ("week", "month", "year", "night", "morning", "evening", "afternoon")
_WHEN = re.compile(r"(?:\s+(?:issued|released|published|posted|sent))?\s+"
                   rf"(?:(?:(?:on|last|late|early)\s+)?(?:{'|'.join(_WEEKDAYS)})"
                   rf"|(?:last|this)\s+(?:{'|'.join(_PERIODS)})|yesterday|today)\s*$")
"""When a subject spoke, between it and its speech verb ("… on Thursday said", "… last week said")."""
_RELATIVES = ("who ", "whom ", "which ", "that ")
"""The openings of a clause about the subject, whose time is its own ("…, who met X on Wednesday, said")."""
_WHEN_WORDS = frozenset({*_WEEKDAYS, *_PERIODS, "yesterday", "today"})
"""The last words _WHEN can end on: a part ending in another is not searched."""
_COORDINATED = re.compile(r"\s(?:but|and|mais|et|pero|y|mas|e|ma|aber|und)\s*$")
_RELATIVE_OPEN = re.compile(r"(?:,\s+(?:who|which|whose)|\swho)\s+(?:\w+\s+){0,3}$")
"""A clause about the person or the organisation just named, up to its verb (", who had "; ", who has repeatedly ";
", which has "; ", who as a deputy "; ", whose president Leonora Baltazar ")."""
_RELATIVE_CHARS = 40
_NOT_ITS_SUBJECT = re.compile(r"\b(?:which|whose)\b")
"""A clause whose verb is not the subject's own: "which" may be of what the subject belongs to, and "whose" opens on
another's name ("X, whose president Y testified …, said": not Y)."""
_CLAUSE_CLOSED = re.compile(r"(?:[^,;.:]|(?<=\d)[,.](?=\d))*,\s*")
"""What ends that clause before the sentence's own verb: its last words and a comma."""
_ROLE_NOUN_WORDS = 3
_NOT_ROLES = frozenset({"that", "on", "in", "at", "to", "by", "for", "with", "and", "but", "yesterday", "today", "then",
                        "also", "of", "as", "when", "after", "before", "it", "this", "there", "recently", "later"})
"""Small words that show what comes after a speech verb is no role ("said on Monday", "said that …")."""
_CLAUSE_OPENER = re.compile(r"^(?:(?i:who|whom|which|that|at|of|from|in|with|for)\b|(?i:a|an|the|one)\s+[a-z])")
"""A part of a subject that describes someone ("who heads …", "a nephrologist at …"), where no organisation speaks."""
_VOICES = r"spokes(?:man|woman|person)|official|representative|secretariat|press office|management|leadership"
"""The nouns of someone unnamed, or a part of an organisation, that speaks for it."""
_SPOKESPERSON = re.compile(rf"^(?:a|an|the|one)\s+\S.*?(\s+(?:{_VOICES}))$", re.IGNORECASE)
"""Someone unnamed who speaks for an organisation named before the noun ("a DB spokesman", "the EAC secretariat", "The
STC's local leadership")."""
_OWNER_GAP = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}\s*")
"""What may stand between an organisation's name and its spokesperson's noun: its possessive, and a word or two ("The
STC's local leadership", "the EU's foreign policy spokesman")."""
_SPOKESPERSON_FOR = re.compile(r"^(?:a|an|the|one)\s+(?:[\w’'-]+\s+)?(?:spokes(?:man|woman|person)|official|representative)"
                               r"\s+(?:for|of|at|from)\s", re.IGNORECASE)
"""Someone unnamed who speaks for an organisation named after the noun ("a spokesperson for the ministry")."""
_OFFICE = re.compile(r"(?:(?<=['’]s)|(?<=[A-Z]))\s+(?:office|offices|headquarters|mission|branch|bureau|delegation)$")
"""An organisation's seat somewhere, after its possessive or its acronym ("the World Bank's office in Dushanbe", "the
UNESCO office in Jakarta"), for which the organisation speaks."""
_AND_THAT = re.compile(r"(?:^|,|\s)\s*(?:and|but)\s+(?:also\s+)?that\b")
"""What joins a second quotation to a first one its speech verb introduced ("…" and that "…"; "…" the situation in
Narta, and that it expected Tirana to respect "…")."""
_SPOKES_IN = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)
_NICKNAME_BEFORE = re.compile(r"\b(?:known\b[^,.;:“”\"]*\bas|(?:also|is|was|be|being|often|widely)\s+called|"
                              r"nicknamed|dubbed)\s+$")
"""What comes before a nickname in quotation marks ("known across Bong County as “Moe D”", "nicknamed “the
Bulldozer”")."""
_NICKNAME_CHARS = 60
"""How far before a quotation mark _NICKNAME_BEFORE is looked for."""
_NICKNAME_WORDS = 4
"""Words at most of a nickname in quotation marks; more make a quotation."""
_FROM_CHARS = 80
"""How far before the place a "which" follows the organisation it is about may be (see _antecedent)."""
_LEGAL_FORM_CHARS = 8
"""How far before a guillemet a legal form is looked for ("S.A.R.L. «…»")."""
_PERSONAL_PRONOUNS = frozenset({"he", "she"})
_PRONOUN_SEXES = {"he": "m", "she": "f"}
_LEFT_OPEN = re.compile(r"[.!?:,]\s+(‘)[A-Z](?:[^’]|’(?=\w))*$")
"""A quotation in curly single marks opened after a sentence's end and never closed in its paragraph."""
_WHICH_WORDS = 3
"""Words at most of a relative clause's subject ("which", "which also", "which has since")."""
_SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
"""What "the …" calls whoever speaks for an organisation ("the company spokesperson said")."""
_DOCUMENT_NOUNS = frozenset({"statement", "release", "notice", "alert", "letter", "order", "filing", "circular",
                             "advisory", "communique", "communiqué", "message", "note", "ruling", "judgment",
                             "judgement", "memorandum", "resolution", "motion", "petition", "application", "submission",
                             "objection", "complaint"})
_DOCUMENT = re.compile(rf"^the\s+(?:[\w’'-]+\s+)?(?:{'|'.join(_DOCUMENT_NOUNS)})$", re.IGNORECASE)
"""What a speaker issued, speaking for them: "“…,” the statement said"."""
_THE_REPORT = re.compile(r"(?i:the)\s+(?:(?:final|interim|full|latest|new|annual|official|published|draft|"
                         r"[\w-]+-page)\s+)?report")
"""A report that speaks for whoever wrote it ("“…,” the report said", "the final report says")."""
_REPORT = "report"
_SIGNED_AFTER = re.compile(rf"\s*the\s+(?:[\w’'-]+\s+)?(?:{'|'.join(_DOCUMENT_NOUNS)}),\s+(?:signed|written|sent|issued)"
                           r"\s+by\s+")
"""A document after its speech verb and who wrote it ("“…,” said the letter, signed by the forum's chair, X")."""
_SIGNED = (["signed", "by"], ["written", "by"], ["sent", "by"], ["issued", "by"])
"""The words of a part after a document's subject that name who wrote it ("The letter, signed by X, said")."""
_ISSUED_FROM = re.compile(rf"^(?:a|an|the)\s+(?:[\w’'-]+\s+)?(?:{'|'.join(_DOCUMENT_NOUNS)})\s+(?:from|by|of)\s+"
                          rf"(the\s+.+)$", re.IGNORECASE)
"""What an organisation issued, called by its noun: "a statement from the ministry"."""
_ORGANISATION_DOCUMENT = re.compile(rf"^(?:a|an|the)\s+([\w’'-]+)\s+(?:{'|'.join(_DOCUMENT_NOUNS)})"
                                    rf"(?:\s+(?:issued|released|published|posted|sent|dated)\s.*)?$", re.IGNORECASE)
"""What an organisation issued, called by its noun before the document's: "a ministry statement issued on Monday"."""
_ORGANISATION_S_PART = re.compile(r"^(?i:the)\s+([a-z][\w-]*)['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:directorate|department|"
                                  r"division|office|secretariat|unit|board|committee|wing|arm)$")
"""An organisation's part that speaks for it, the organisation called by its noun: "the commission's hydrology
directorate"."""
_COMPANY_HEADS = frozenset({"company", "corporation"})
"""The last words of a company's name that say it is one ("Northern Atolls Airport Development Company")."""
_COMPANY_FIRSTS = frozenset({"compagnie", "compania", "companhia"})
"""The first words of a company's name that say it is one, in French, Spanish and Portuguese ("Compagnie Aurifère du
Lawa")."""
_BODY_NOUNS = frozenset({"port", "city", "municipality", "province", "county", "airport", "hospital", "university",
                         "bench"})
"""Nouns that, as a speech verb's subject, mean the body that runs the thing ("the city said", "a spokeswoman for the
port said"): the organisation whose name has the noun, or the one named last."""
_COMPANY_NOUNS = frozenset({"company", "firm", "miner", "producer", "maker", "manufacturer", "operator", "supplier",
                            "utility", "exporter", "contractor", "railroad", "railway"})
"""What "the …" calls a company, whose name may hold no such word but its legal form ("the company said")."""
_LOOKING_BACK = re.compile(r"\b(?:with (?:those|these) words|(?:those|these) (?:were|are) the words of|that was the "
                           r"(?:verdict|view|message|warning|promise|assessment|response|reaction|reply|answer) of|"
                           r"(?:gave|offered|issued|delivered) "
                           r"(?:that|this|the) (?:assurance|warning|message|pledge|promise|verdict)|so (?:says|said)|"
                           r"(?:that|this|the)(?: \w+)? (?:assessment|verdict|view|warning|message|plea|words|complaint|"
                           r"comment|remark|reply|answer|claim|appeal|criticism|account|explanation|question) "
                           r"(?:comes|came) from|"
                           r"(?:that|this) (?:is|was) the (?:case|argument|point) (?:made|put)\b[^.]*? by|"
                           r"(?:those|these) words (?:come|came) from|the words (?:are|were) (?:those )?of|"
                           r"the words belong(?:ed)? to|"
                           r"(?:that|this) (?:is|was) how|"
                           r"the speaker (?:is|was)|(?:that|this) (?:is|was)(?= (?-i:[A-Z])))\b",
                           re.IGNORECASE)
"""Words of a sentence that look back at the quotation before it and name who said it; at a paragraph's start, the
quotation that was the whole paragraph before ("“…”" / "That assessment comes from Dr Fiona Jordan, …", "The complaint
came from Kodi Mbodou, …", "That was the case made earlier in the day by Garrett Souza, …")."""
_SAID_IT = re.compile(r"\bsaid it(?= (?:on|at|in|to|outside|after|before|from|again)\b|[.,])")
"""A sentence that opens on its speaker's name and says they "said it" looks back at the quotation before it ("Mehmet
Yılmaz, chairman of the works council, said it on the court steps"; not "said it would appeal")."""
_LOOK_BACK_CHARS = 300
_ACCORDING_TO = "according to"
_NAME_ENDS_CLAUSE = re.compile(r"\s*(?:[,.;]|$)")
_ISSUED_BY = re.compile(r"^(?:a|an|the)\s+(?:\w+\s+)?(?:statement|report|release|post|letter|filing|notice|note|memo|"
                        r"circular|communiqu[ée]|resolution|ruling|order|memorandum)\s+(?:(?:issued|released|published|posted)\s+)?"
                        r"(?:from|by|of)\s+"
                        r"(?:the\s+|\S+['’]s\s+)?$")
"""A document between a speech verb and who issued it: "according to a statement from the …", "according to an
internal note of the …", "A statement from Neuquén's …"."""
_ROLE_OF = re.compile(r"^\s+[a-z][\w -]{0,60},\s*$")
"""A role in lower case between an organisation's possessive and a name: "’s humanitarian director, "."""
_INTRODUCES = re.compile(r"^\S+(?:\s+\S+){0,7}:\s*$")
"""A paragraph of a few words ending in a colon, introducing the quotation below it ("He went further:")."""
_NAMED_ONLY_AS = re.compile(r"^(?:a|an|one)\s[^.;:]{0,80}?" + NAMED_ONLY_AS, re.IGNORECASE)
_SOMEONE_DESCRIBED = re.compile(r"(?:An?|Another|One\s+of\s+(?:the|those|these))\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*)"
                                r"(?=\s+(?:who|whose)\b)")
"""A sentence that opens on someone unnamed and a relative clause about them ("A shopkeeper who sells rice …", "One of
the Nepali men who watched …")."""
_SOMEONE_S_NOUNS = frozenset({"man", "men", "woman", "women", "person", "people", "boy", "girl", "neighbour",
                              "neighbor", "relative", "friend", "customer", "passenger", "local", "mourner",
                              "protester"})
_SET_THE_SCENE = (r"(?:(?:(?:(?:Down|Up|Back|Out|Over|Further|Farther)\s+(?:at|on|in|by|near|along|under)|"
                  r"At|On|In|Outside|Inside|Near|Behind|Beside|Across|Along|Under|Nearby)\s[^,.;:!?“”\"]{1,60},\s+|"
                  r"(?:Nearby|Outside|Inside|Elsewhere|Downstairs|Upstairs|Downstream|Upstream),\s+|"
                  r"[A-Z][a-z]+ing\s[^,.;:!?“”\"]{1,80},\s+)"
                  r"(?:(?:as|while|when|once)\s[^,.;:!?“”\"]{1,80},\s+)?)?")
"""A place a sentence opens on before its subject, and what happens there meanwhile, or what the subject is doing ("At
the bar of the café, a retired hunter …", "Down in Santa Cruz, an old fisherman …", "Nearby, a woman …", "On the quay,
as the boats untied, a young fisherman …", "Watching students tie up the lions, an elderly woman …")."""
_SOMEONE_OF_THE_STREET = re.compile(
    rf"{_SET_THE_SCENE}(?:[Aa]n?|[Aa]nother|One)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{'|'.join(_SOMEONE_S_NOUNS)})\b")
"""A sentence that opens on a man, a woman or a passer-by, whom the story does not name ("An elderly man in a skullcap
watched …"): no spokesperson ("A spokesman for the foundation said …")."""
_ROLE_OPENER = re.compile(r"The\s+([a-z]+)\b")
"""A paragraph opening on "the" and a noun ("The minister, questioned …"), whose "he" or "she" is the one in that
role."""
_SOMEONE = re.compile(_SET_THE_SCENE + r"(?:[Aa]n?|One|[Aa]nother)\s+(?:(?:[A-Z][\w-]*|\d+-year-old)\s+){0,2}[a-z]")
"""A paragraph or a sentence that opens on someone unnamed ("A worker …", "One official …", "A 71-year-old woman …"):
the "he" after it, no one named between, is that person."""
_OWNER_POSSESSIVE = re.compile(r"(?:[Tt]he\s+)?(\S.*?)['’]s\s+")
"""A name in the possessive, and nothing else, before an organisation's name ("Afghanistan’s Ministry of …", "The
AU’s Peace and Security Council")."""
_QUALIFIER = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:(?:[a-z][\w-]*|[\w.’'-]+-(?:based|headquartered|registered|listed|owned|"
                        r"backed|funded|run|led))\s+){1,2}")
"""An article and a word or two in lower case before an organisation's name ("the national Energy Secretariat"), or a
place made an adjective ("the London-based Global Cetacean Trust", "the Kremlin-backed …")."""
_NOT_QUALIFIERS = frozenset({"of", "for", "at", "in", "to", "from", "with", "by", "and", "or", "said", "says", "told",
                             "spokesman", "spokeswoman", "spokesperson", "official", "officials", "statement", "head",
                             "first", "second", "third", "last", "next", "latest"})
"""Words that make what comes before a name a role or a relation ("the head of", "a spokesman"), or a thing of the
organisation's ("the first JTF calls"), not a qualifier."""
_ARTICLE = re.compile(r"^(?:the|el|la|los|las|le|les|o|a|os|as)\s+", re.IGNORECASE)
_LEADING = re.compile(r"^(?:and|but|so|yet|then|while|whereas)\s+", re.IGNORECASE)
_FRONTED = re.compile(r"^(?:in|on|at|after|during|following|since|before|under|by)\s+[^,;:]*?(?:\bthe\s+)?$",
                      re.IGNORECASE)
"""A phrase put before the subject without a comma ("In its latest update the IMO said"): the name after it speaks."""
_FRONTED_NOUN = re.compile(r"^(?:in|on|at|after|during|following|since|before|under|later)\s+[^,;:]*\s"
                           r"(the\s+(?:[\w’'-]+\s+)?[\w’'-]+)$", re.IGNORECASE)
"""A phrase put without a comma before a subject that is a noun ("In a statement issued on Thursday the company
said"): the noun speaks, as after a comma."""
_DETERMINER = re.compile(r"^(?:the|a|an|one|another|some|several)\b", re.IGNORECASE)
_MANY = frozenset({"some", "several"})
"""Determiners of unnamed people who are more than one ("several families had asked"), whom "she" does not mean."""
_CLAUSE_VERB = re.compile(r"\b(?:would|will|could|should|can|may|might|must|is|are|was|were|had|has|have|did|does)\b",
                          re.IGNORECASE)
"""A verb inside what precedes a speech verb: a clause, not the noun phrase of someone unnamed ("the
opposition would boycott a meeting the president had called"), so it does not end the last speaker's turn."""
_PARENTHESES = re.compile(r"\([^()]*\)")
_PART = re.compile(r"[^,;:–—()\[\]]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_SINGLE = re.compile(r"(?<![\w’'])'(?!(?:t|s|n)\b)(?=\w)(?:[^']|'(?=\w))*?'(?!\w)")
"""A quotation in single quotation marks; not a Dutch "'t" or "'s" that a later apostrophe seems to close ("Jantine
van 't Hul, … over her parents' farm")."""
_CURLY_SINGLE = re.compile(r"(?<![\w’‘])‘(?=[^\W_])(?:[^‘’]|’(?=\w)|(?<=s)’(?=\s))*?"
                           r"(?:(?<=[,.?!…;:—–-])’|’(?=[,.;:?!)]|$)|(?<![s,.?!…;:—–-])’(?=\s))")
"""A quotation in curly single quotation marks, as British and trade papers write them ("‘We cannot give a date,’ he
said."): it closes after its own punctuation, or before a space or punctuation; not at an apostrophe inside a word
("don’t"), nor at a plural's possessive before a space ("the workers’ union")."""
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_DOUBLE_MARKS = "“”\"«»„"
_DOUBLE = re.compile(f"[{_DOUBLE_MARKS}]")


@fast_pickle
@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation, its speaker's actor key (None when unattributed) and its paragraph."""

    text: str
    speaker_key: str | None
    paragraph: int


CALLED = "called:"
"""What opens the speaker key of a quotation whose speaker is an organisation the article calls by a description and
never names ("the health ministry said"), before the description's folded words: the briefing's cast resolves it to
the one organisation those words name, or to no one (see cast.make_cast)."""


class _Verb(NamedTuple):
    """A speech verb outside quotation marks and the actor it was resolved to."""

    start: int
    end: int
    speaker: str | None
    unnamed: bool = False
    """Its subject is someone the text says it does not name ("A picker who did not want to give her name said …")."""
    called: str | None = None
    """With no speaker, the speaker key of the organisation its subject describes (see CALLED)."""


class _Subject(NamedTuple):
    """Who a speech verb's subject is: an actor key, a pronoun, nobody known, or unclear.

    A named tuple, as Span: every speech verb makes one, and frozen dataclasses are slow to make.
    """

    key: str | None = None
    pronoun: bool = False
    nobody: bool = False
    collective: bool = False
    """"It" or "the ministry": the organisation named last (in this paragraph or the one before)."""
    noun: str = ""
    """The noun of a description ("lawyer" of "the lawyer"): a person whose role it names is meant."""
    many: bool = False
    """Nobody named, and more than one ("several families"): "he" or "she" still means whoever they meant before."""
    aside: bool = False
    """A relative clause's subject ("…, chairman of the LROA, which says it speaks for 14 tribes"): the person before it
    is still the one "he" means."""
    called: str = ""
    """The words of an organisation's description, folded ("health ministry" of "the health ministry"): the
    briefing's one organisation they call, if the article names none (see CALLED)."""
    named_from: int = -1
    """Where a description that names whose body it is begins ("the UN agency"): the organisation meant is named
    before it, and not by it."""


def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return (open, close) indexes of the quotation marks of every quotation in text."""
    pairs, start = [], None
    # Many paragraphs have no double quotation mark, which `in` rules out several times faster than re scans for one.
    marks = _DOUBLE.finditer(text) if any(sign in text for sign in _DOUBLE_MARKS) else ()
    for mark in marks:
        index, char = mark.start(), mark.group(0)
        if char in "«»":  # guillemets say which way they face, and have a space inside ("« Non »")
            if start is not None and text[start] != "«":
                continue  # a name in guillemets inside a quotation: “… of OOO «Kamchatrybprom», …”
            start, closed = (index, None) if char == "«" else (None, start)
            if closed is not None and not _after_a_legal_form(text, closed):
                pairs.append((closed, index))
            continue
        if char == "„":  # German opens low and closes with “ ("„Wir bleiben“, sagte er")
            start = index if start is None else start
        elif (start is None or char == "“") and not (start is not None and text[start] == "„"):
            start = index if _opens(text, index) else start
        else:
            pairs.append((start, index))
            start = None
    if start is not None:  # an unclosed quotation runs to the end of its paragraph
        pairs.append((start, len(text)))
    if " as " in text or "call" in text or "dubbed" in text or "nicknamed" in text:
        pairs = [pair for pair in pairs if not _nickname_in_marks(text, pair)]
    # Most texts write apostrophes as ’: without a straight one, there is no single-quoted text to look for.
    singles = [(m.start(), m.end() - 1) for m in _SINGLE.finditer(_masked(text, tuple(pairs)))] if "'" in text else []
    if "‘" in text:
        pairs = _with_curly_singles(text, pairs)
    return tuple(sorted(pairs + singles))


def _nickname_in_marks(text: str, pair: tuple[int, int]) -> bool:
    """Tell whether a quotation is a nickname of a few words after "known as", "called" or "dubbed" ("Dorbor, known
    across Bong County as “Moe D”, said: “…”"), which no one says."""
    return (len(text[pair[0] + 1:pair[1]].split()) <= _NICKNAME_WORDS
            and _NICKNAME_BEFORE.search(text, max(0, pair[0] - _NICKNAME_CHARS), pair[0]) is not None)


def _after_a_legal_form(text: str, index: int) -> bool:
    """Tell whether a legal form comes right before a guillemet: a company's name in guillemets ("AO «Vostokkrab»",
    "PAO «Avacha Bank»") is no quotation."""
    before = text[max(0, index - _LEGAL_FORM_CHARS):index].split()
    return bool(before) and fold_word(before[-1]) in lexicon().legal_forms


def _with_curly_singles(text: str, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the quotations in double marks with those in curly single marks, leaving out the double-quoted ones
    these hold (‘He said “never again”, and …,’) and the single-quoted ones inside double ones; one opened at the start
    of a paragraph with no other quotation and never closed runs to its end, as a double one does (a glottal stop
    opening a name, "‘Unga said …", is one too rarely to tell apart), and so does one opened after a sentence's end
    and never closed ("… Mr Al Mazrouei said. ‘Our offer …"; not "Viliami ‘Unga")."""
    singles = [(m.start(), m.end() - 1) for m in _CURLY_SINGLE.finditer(text)]
    if text.startswith("‘") and not singles and not pairs:
        singles = [(0, len(text))]
    elif (left_open := _LEFT_OPEN.search(text, singles[-1][1] + 1 if singles else 0)) is not None and not pairs:
        singles.append((left_open.start(1), len(text)))  # "… said. ‘Our offer …" goes on in the next paragraph
    outer = [pair for pair in pairs if not any(start < pair[0] and pair[1] < end for start, end in singles)]
    return outer + [single for single in singles if not any(start <= single[0] <= end for start, end in outer)]


def _opens(text: str, index: int) -> bool:
    """Tell whether a double quotation mark opens a quotation (it follows a space and precedes text)."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-") and not after.isspace()


def _masked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """Return text with every quotation blanked out, so commas and verbs inside it are ignored."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start : end + 1] = " " * (min(end, len(text) - 1) - start + 1)
    return "".join(chars)


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _parts(region: str, offset: int, spans: tuple[Span, ...]) -> list[tuple[int, str]]:
    """Split a subject region (at offset in its paragraph) at commas, colons and dashes into (offset, text) parts,
    leaving out what is in parentheses: an acronym or an aside ("president of the … Association (MGMMA), said"),
    never who speaks; an actor's name is one part ("the Ministry of Food, Agriculture and Light Industry")."""
    bare = _PARENTHESES.sub(lambda found: " " * len(found.group(0)), region)
    if "," in bare:  # a number's thousands are no clause's ("X, who represents 1,436 residents, said")
        bare = _THOUSANDS.sub(".", bare)
    for span in spans:
        start, end = span.start - offset, span.end - offset
        if 0 <= start and end <= len(region):
            bare = bare[:start] + bare[start:end].replace(",", " ") + bare[end:]
    return [(m.start(), m.group(0)) for m in _PART.finditer(bare) if m.group(0).strip()]


_NAMED_DOCUMENT = re.compile(r"(?:the|an?)\s+(?P<owner>[A-Z][^,]*?)\s+(?:"
                             + "|".join(sorted(_DOCUMENT_NOUNS | {"report", "summary", "study", "audit", "analysis",
                                                                  "assessment", "indictment"})) + ")", re.IGNORECASE)
"""A document called by its issuer's name: "the Kroll summary", "the Amnesty International report"."""


def _document_s_owner(name: str, end: int, spans: tuple[Span, ...], gazetteer: Gazetteer) -> str | None:
    """Return the organisation whose name, all of it, stands before a document's noun in a subject ending at end,
    which speaks for it ("the Kroll report says", not a person's "the Mueller report"), or None."""
    found = _NAMED_DOCUMENT.fullmatch(name)
    if found is None:
        return None
    start = end - len(name)
    owner = next((span for span in spans if span.start == start + found.start("owner")
                  and span.end == start + found.end("owner")), None)
    return owner.key if owner is not None and not _is_person(gazetteer, owner.key) else None


def _part_subject(part: str, end: int, spans: tuple[Span, ...], gazetteer: Gazetteer, *, alone: bool,
                  before_who: bool = False) -> _Subject | None:
    """Return the subject a clause part names, or None if the part only describes someone; alone, the part is the
    whole subject, and an unnamed spokesperson speaks for their organisation ("a DB spokesman", not "X, a DB
    spokesman"); before_who, a "who" clause follows, whose person is the one the part ends on, however long.

    A part that is just a name may name any actor; one that ends in a name after other words
    ("spokesman Garrett Marquis") must name a person, or "officials in Venezuela" would speak.
    """
    # A nickname's closing mark is no part of a name ("Dorbor, known across Bong County as “Moe D”, said").
    kept = _without_postnominals(_without_trailing(part).rstrip().rstrip("”\""))
    name = _LEADING.sub("", kept.strip())
    end -= len(part) - len(kept)
    if _DONE_BY.match(name):
        return None
    if alone and (fronted := _FRONTED_NOUN.match(name)) is not None:
        name = fronted.group(1)
    if name.lower() in _PRONOUNS or _DESCRIPTION.match(name) or _INVERTED_PRONOUN.match(name) or _described_as(
            name, "person") or _titled_acronym(name):
        return _Subject(pronoun=True, noun=fold(name.split()[-1]))
    if (titled := _THE_TITLE.fullmatch(name)) is not None and not _described_as(name.lower(), "organisation") and (
            _a_role_s_word(titled.group(1), gazetteer)):
        return _Subject(pronoun=True, noun=fold(titled.group(1)))  # "the Dzongda said" of "Zhemgang Dzongda X"
    document = _ORGANISATION_DOCUMENT.match(name) or _ORGANISATION_S_PART.match(name)
    if document is not None and _described_as(f"the {document.group(1)}", "organisation"):
        # "a ministry statement issued on Monday said", "the commission's hydrology directorate said"
        return _Subject(collective=True, noun=fold(document.group(1)))
    if (members := _MEMBERS.fullmatch(name)) is not None and _people_noun(members.group(1)):
        return _Subject(collective=True, noun=fold(members.group(1)))  # "the mayors wrote": their forum, if named
    if _described_as(name, "organisation"):
        return _Subject(collective=True, noun=fold(name.split()[-1]), called=fold(name.split(maxsplit=1)[1]),
                        named_from=end - len(name) if _MEMBER_BODY.match(name) else -1)
    if (owner := _document_s_owner(name, end, spans, gazetteer)) is not None:
        return _Subject(key=owner)  # "the Kroll report says", "the Amnesty International report said"
    if name.lower() == "it" or _DOCUMENT.match(name):
        return _Subject(collective=True, noun=fold(name.split()[-1]) if name.lower() != "it" else "")
    if _THE_REPORT.fullmatch(name):
        return _Subject(collective=True, noun=_REPORT)
    issued = _ISSUED_FROM.match(name)
    if issued is not None and _described_as(issued.group(1), "organisation"):
        return _Subject(collective=True, noun=fold(name.split()[-1]))  # "a statement from the ministry said"
    if alone:
        name, end = _without_spokesperson_seat(name, end, spans, gazetteer)
    spokesperson = _SPOKESPERSON.search(name) if alone else None
    if spokesperson is not None and _named_whole(spokesperson.start(1), name, end, spans):
        spokesperson = None  # "The Energy Secretariat said": the noun is the name's
    if spokesperson is not None:  # "a DB spokesman said": the organisation speaks
        noun_at, name_at = end - (len(name) - spokesperson.start(1)), end - len(name)
        voiced = next((s for s in spans if name_at <= s.start and s.end <= noun_at
                       and _OWNER_GAP.fullmatch(name, s.end - name_at, spokesperson.start(1))), None)
        body = name[:spokesperson.start(1)].split()[1:]
        if voiced is None and len(body) == 1 and body[0].islower() and _described_as(f"the {body[0]}", "organisation"):
            return _Subject(collective=True, noun=fold(body[0]))  # "an agency official said": the agency named before
        return _Subject(key=voiced.key) if voiced and not _is_person(gazetteer, voiced.key) else None
    actor = next((s for s in spans if s.end == end), None)
    speaking_for = _SPOKESPERSON_FOR.match(name) if alone else None
    if speaking_for and actor is not None:
        return _Subject(key=actor.key)  # "a spokesperson for the Ministry of … said", "… for Vernaison Négoce"
    if speaking_for and _described_as(name[speaking_for.end():].strip(), "organisation"):
        return _Subject(collective=True, noun=fold(name.split()[-1]))  # "a spokesperson for the company said"
    seated = _seated(actor, spans, name, end, gazetteer) or _national_arm(actor, spans, name, end, gazetteer) or (
        _body_s_service(spans, name, end, gazetteer) if alone else None)
    if seated is not None:
        return _Subject(key=seated.key)
    if actor is None:
        body = _named_with_its_noun(name, end, spans, gazetteer) if alone else None
        return _Subject(key=body.key) if body is not None else None
    member = _member_of(actor, spans, name, end, gazetteer)
    if member is not None:
        return _Subject(key=member.key)
    bare = _ARTICLE.sub("", name)  # "the CCG said": the organisation itself
    named = len(name) - (actor.end - actor.start)
    if _DESCRIBED_BY_OF.fullmatch(name, 0, named) and _is_person(gazetteer, actor.key):
        return None  # "NicNeil — the Gaelic feminine form of MacNeil, … — said": MacNeil only describes her
    # (A phrase after the subject's name only says how it spoke: "TNB, in a statement to the Herald, said".)
    whole = _words(bare) == _words(name[named:]) or (alone and _FRONTED.match(name[:named]) is not None)
    # however long the words before the only name someone gives ("…, a Chinese national from Henan province who gave
    # his name as Chen Hao, said")
    if whole or (_is_person(gazetteer, actor.key) and (_words(name) <= 10 or before_who
                                                      or _NAMED_ONLY_AS.match(name, 0, named))):
        return _Subject(key=actor.key)
    if _ISSUED_BY.match(name[:named].lower()) and not _is_person(gazetteer, actor.key):
        return _Subject(key=actor.key)  # "a statement from the Ministry of Energy said"
    if _owned_by_a_place_or_body(name[:named], actor, spans, gazetteer) or _qualified(
            name[:named], actor, gazetteer) or _national(name[:named], actor, gazetteer):
        # "Afghanistan’s Ministry of Energy and Water said", "the national … said", "the US State Department said"
        return _Subject(key=actor.key)
    described = name[:named].split()
    if alone and described and fold_word(described[-1]) in lexicon().organisation_descriptors and not _is_person(
            gazetteer, actor.key) and not any(end - len(name) <= s.start < actor.start and _is_person(gazetteer, s.key)
                                              for s in spans):
        # "State-controlled oil company Petrobras, which …, said"; not "Marcel Görtz of the shareholder association
        # DSW said": he speaks
        return _Subject(key=actor.key)
    return None


_THE_TITLE = re.compile(r"(?i:the)\s+([A-Z][^\W\d_A-Z][\w’'-]*)")
"""A capitalised word after "the" alone, as a title used without its name ("the Dzongda", "the Ephorus"); not an
acronym ("the CGPER said" of a union whose president is named)."""


def _a_role_s_word(word: str, gazetteer: Gazetteer) -> bool:
    """Tell whether a word is a word of the role or the title of a person the article names ("Dzongda" of Phub Dorji,
    whose title is "Zhemgang Dzongda")."""
    found: dict[str, Actor] = getattr(gazetteer, "found", {})
    folded = fold(word)
    return any(actor.kind == "person" and folded in fold(actor.role).split() for actor in found.values())


def _owned_by_a_place_or_body(described: str, actor: Span, spans: tuple[Span, ...],
                              gazetteer: Gazetteer) -> bool:
    """Tell whether the words before an organisation's name are only a country's, a place's or another organisation's
    name in the possessive ("Afghanistan’s", "the city's", "the AU’s Peace and Security Council"): the organisation of
    that place, or the body of that organisation, which speaks."""
    possessive = _OWNER_POSSESSIVE.fullmatch(described)
    if possessive is None or not _is_organisation(gazetteer, actor.key):
        return False
    # The owner's span may hold its possessive's ending.
    at = actor.start - len(described) + possessive.start(1)
    owner = next((s for s in spans if s.start == at and actor.start - s.end <= len("’s ")), None)
    return owner is not None and _kind(gazetteer, owner.key) in ("place", "country", "organisation")


_NATIONAL = re.compile(r"(?:the\s+)?(\S+)\s+")
"""A country's name or its people's adjective before an organisation's name ("the US ", "the Greek ")."""


def _national(described: str, actor: Span, gazetteer: Gazetteer) -> bool:
    """Tell whether the words before an organisation's name are a country's name or its people's adjective ("the US
    State Department", "the Greek Foreign Ministry"): that country's organisation, which speaks."""
    nation = _NATIONAL.fullmatch(described)
    if nation is None or not _is_organisation(gazetteer, actor.key):
        return False
    lex, word = lexicon(), fold_word(nation.group(1))
    return word in lex.countries or word in lex.demonyms


def _named_whole(noun: int, name: str, end: int, spans: tuple[Span, ...]) -> bool:
    """Tell whether an actor's name ending a subject (name, ending at end) holds its word at offset noun."""
    return any(span.end == end and span.start <= end - len(name) + noun for span in spans)


def _qualified(described: str, actor: Span, gazetteer: Gazetteer) -> bool:
    """Tell whether the words before an organisation's name are an article and an adjective or two ("the national
    Energy Secretariat", "the provincial Ministry of Energy"), not a role or a relation ("the head of", "a spokesman")."""
    if _QUALIFIER.fullmatch(described) is None or not _is_organisation(gazetteer, actor.key):
        return False
    roles = lexicon().person_roles
    return not any(word in _NOT_QUALIFIERS or word in roles for word in map(fold_word, described.split()[1:]))


def _without_trailing(part: str) -> str:
    """Return a subject part without the words between it and its speech verb (see _TRAILING)."""
    # The regex matches only where the last word is one of its words, as in few parts: it is tried at every space of
    # a part, and a set looks the last word up faster.
    last = part.rsplit(None, 1)[-1:]
    if last and last[0] in _WHEN_WORDS and not part.lstrip().startswith(_RELATIVES):
        # "A statement from the Ministry of Textiles and Jute on Thursday said"; not "…, who met X on Wednesday, said"
        part = _WHEN.sub("", part)
        last = part.rsplit(None, 1)[-1:]
    return _TRAILING.sub("", part) if last and last[0] in _TRAILING_WORDS else part


def _without_postnominals(part: str) -> str:
    """Return a subject part without the letters after a name ("Advocate Pieter du Plessis SC", "Jane Roe MP"), nor
    the word of respect after one ("Kale dai", "Murugan anna")."""
    words = part.split()
    while (len(words) > 2 and fold_word(words[-1].rstrip(".")) in lexicon().postnominals) or (
            len(words) >= 2 and words[-1] in _RESPECT_AFTER):
        part, words = part[: part.rstrip().rfind(" ")].rstrip(), words[:-1]
    return part


_RESPECT_AFTER = frozenset({"dai", "didi", "ji", "bhai", "bhaiya", "sahib", "saheb", "anna", "akka", "amma"})
"""Words of respect written in lower case after a name in South Asia ("Kale dai", an elder brother; "Sharma ji")."""


_GESTURE_THEN = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|s)(?:\s+[a-z]+ly)?"
                           r"(?:,?\s+and(?:\s+then)?|,?\s+then)\s*$")
"""A verb of one word and "and" or "then" between a subject and its speech verb ("She paused, and then added", "He
shrugged and said")."""


def _subject(masked: str, start: int, verb: tuple[int, int], spans: tuple[Span, ...], gazetteer: Gazetteer) -> _Subject:
    """Find who a speech verb's subject is, in the clause from start up to the verb (a [start, end) span of masked)."""
    # "She paused, and then added": the one who paused
    gesture = _GESTURE_THEN.search(masked, start, verb[0])
    parts = _parts(masked[start : gesture.start() if gesture else verb[0]], start, spans)
    clause: int | None = None
    # "According to" names its speaker after it, whatever comes before ("The river is, according to X, “…”").
    if not parts or (len(parts) == 1 and _AUXILIARY.match(parts[0][1].strip())) or (
            masked[verb[0] : verb[1]].lower() == _ACCORDING_TO):
        return _inverted(masked, verb, spans, gazetteer)
    if (named := _named_in_a_relative_clause(masked, verb[0], spans)) is not None:
        return named
    for index, (offset, part) in reversed(list(enumerate(parts))):
        words = part.split()
        if index == len(parts) - 1 and len(words) >= 2 and (tail := _tail_subject(words)) is not None:
            # "X defended the ban, which he described as “…”", "X, …, got the loudest applause when he told the hall",
            # "… in connection with what it described as “…”", "a level the agency described as “…”": the pronoun or
            # noun just before the verb is its subject, not a name before it
            return tail
        if _in_a_whose_clause(parts, index) or (index and (words[:1] == ["who"] or _RELATIVE_AFTER_A_PREPOSITION.match(
                part.strip()))):
            continue  # "X, who is married to Y, said", "X, under whose county Migingo falls, said": the clause is of X
        if (index and words and _AUXILIARIES.issuperset(word.lower() for word in words)
                and _opens_sentence(masked, start)):
            continue  # "X, who toured the site last week, has described …": the verb's own auxiliary
        if index and words[:2] in _SIGNED and _DOCUMENT.match(parts[0][1].strip()):
            # "The letter, signed by the cooperative's president X, said": the one who signed it
            signer = next((s for s in spans if s.end == start + offset + len(part.rstrip())), None)
            if signer is not None:
                return _Subject(key=signer.key)
        if index and _OBJECT_CLAUSE.match(part.strip()):
            # "The letter, a copy of which has been seen by BNS, said": who saw it is the clause's, and the letter's
            # writer is named before the clause
            clause = start + offset
            continue
        if index and words[:1] == ["which"]:
            antecedent = _antecedent(masked, start + parts[index - 1][0] + len(parts[index - 1][1].rstrip()), spans,
                                     gazetteer)
            # "…, which (also) said"; or "…, which froze …, said" when it is the organisation the clause opens with
            # ("Chocolaterie Ferrandier SAS, a chocolate maker from Bayonne, France, which froze …, said"), not one
            # named in a person's apposition ("X, an organiser with the union, which represents …, said").
            if antecedent is not None and (len(part.split()) <= _WHICH_WORDS or _opens_with(
                    antecedent.key, parts[0], start, spans)):
                return antecedent
        if index and _SPEAKS_FOR_SOMEONE.match(part.strip()) and any(
                span.end == start + parts[index - 1][0] + len(parts[index - 1][1].rstrip())
                and _is_person(gazetteer, span.key) for span in spans):
            continue  # "X, spokesman for Turkish Cypriot leader Y, said": X speaks for Y
        if index >= 2 and _in_a_title_s_apposition(parts, index, start, spans, gazetteer):
            continue  # "X, Executive Director, Hydrocarbon Processing Plants at the NMDPRA, told": the division is X's
        found = _part_subject(part, start + offset + len(part), spans, gazetteer,
                              alone=index == 0 or all(_ADVERBIAL.match(before) for _, before in parts[:index]),
                              before_who=index + 1 < len(parts) and parts[index + 1][1].split()[:1] == ["who"])
        if found is not None and (_in_place(found, start + offset, masked, spans, gazetteer)
                                  or (index and _placed_aside(found, part, gazetteer))):
            continue  # "Orion Devices Inc. of San Jose, California, said": the state says where the city is
        if found is not None and found.collective and index >= 2 and _role_at_a_body(parts[index - 1], start, spans,
                                                                                      gazetteer):
            continue  # "X, an officer with NWT Fire, the territory's wildfire agency, said": the agency is X's
        if found is not None and not _where_of(found, parts[:index], gazetteer):
            return _before_the_clause(found, clause)
        if not (_APPOSITIVE.match(_LEADING.sub("", part.strip())) or _is_role(part) or _AN_AGE.fullmatch(part.strip())
                or PARTY_TAG.match(part.strip())  # "Sen. Marcus Webb, D-Ohio, said"
                or (index and (_LIST_TAIL.match(part) or _REMIT_TAIL.fullmatch(part)))):
            break  # an age between commas describes the name before it ("Pepito, 47, told …", "Scarpa, now 65, told")
    last = parts[-1][1].strip()
    if _A_SPOKESPERSON.fullmatch(last):  # "“…,” a spokesperson said": the organisation named last
        return _Subject(collective=True, noun=last.split()[-1].lower())
    determiner = _DETERMINER.match(last)
    nobody = determiner is not None and not _CLAUSE_VERB.search(_without_trailing(last))
    return _Subject(nobody=nobody, many=nobody and determiner.group(0).lower() in _MANY)


_SPEAKS_FOR_SOMEONE = re.compile(r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:spokes(?:man|woman|person)|lawyer|"
                                 r"attorney|counsel|adviser|advisor|aide|envoy|representative)\s+(?:for|to|of)\s")
"""A role in apposition of someone who speaks or acts for another ("spokesman for Turkish Cypriot leader Erhan
Tuncel", "a lawyer for the family"): after a person's name, whoever it names is not the one who speaks (but "In
Brussels, a spokeswoman for the European Commission said" is the Commission's)."""


def _in_a_title_s_apposition(parts: list[tuple[int, str]], index: int, start: int, spans: tuple[Span, ...],
                             gazetteer: Gazetteer) -> bool:
    """Tell whether a part of a subject clause names the body of a title in capitals that comes between it and a
    person's name, as West African papers write a role ("Mele Ibrahim, Group Managing Director, Kano Grains Ltd,
    said"): the person speaks, not the body."""
    title = parts[index - 1][1].strip()
    before = parts[index - 2]
    return (_is_role(title) and all(word[:1].isupper() for word in _WORD.findall(title) if word not in _TITLE_JOINS)
            and any(span.end == start + before[0] + len(before[1].rstrip()) and _is_person(gazetteer, span.key)
                    for span in spans))


_TITLE_JOINS = frozenset({"of", "and", "for", "the"})
"""Small words inside a title written in capitals ("Minister of State for Petroleum Resources")."""
_SOMEONE_ELSE_S_CLAUSE = re.compile(r"(?:as|while|when|before|after|until)\s+(?:a|an|another)\s+(?![\w-]*spokes)[a-z]")
"""A clause of its own before a speech verb, whose subject is someone unnamed ("as a woman filling her car laughed
and added"): not the one named before it."""


_RELATIVE_AFTER_A_PREPOSITION = re.compile(r"[a-z]+(?:\s+of)?\s+(?:whose|whom)\b")
"""A relative clause that opens on a preposition ("under whose county …", "for whom …", "one of whose …")."""
_A_SPOKESPERSON = re.compile(rf"an? (?:{'|'.join(sorted(_SPOKES_NOUNS))})", re.IGNORECASE)
_OBJECT_CLAUSE = re.compile(r"(?:which\s+(?:[A-Z]|(?:the|a|an)\s)|(?:a|an|the)\s+(?:copy|copies|summary|draft|version|"
                            r"transcript|recording)\s+of\s+which\b)")
"""A clause whose subject is not the name before it, which is its object ("…, which BNS has seen, …", "…, which the
agency obtained, …", "…, a copy of which has been seen by BNS, …")."""
_AN_AGE = re.compile(r"(?:(?:now|aged)\s+)?\d{1,3}")
"""An age between commas ("47", "now 65", "aged 70")."""
_OBJECT_RELATIVES = frozenset({"which", "what", "that"})
"""The words opening a clause whose object they are ("what it described as")."""


def _before_the_clause(subject: _Subject, clause: int | None) -> _Subject:
    """Return a subject that names no one ("the letter"), its organisation looked for before an object clause at offset
    clause (see _OBJECT_CLAUSE), not in it; else the subject as it is."""
    if clause is None or not subject.collective or 0 <= subject.named_from <= clause:
        return subject
    return subject._replace(named_from=clause)


def _opens_sentence(masked: str, start: int) -> bool:
    """Tell whether a clause at start opens its sentence, not a report after a speech verb ("Dar said his son Irfan,
    who works …, had suggested …" reports what Dar said)."""
    return masked[:start].rstrip()[-1:] in ("", ".", "!", "?", "”", '"')


def _in_a_whose_clause(parts: list[tuple[int, str]], index: int) -> bool:
    """Tell whether the part at index is inside a "whose" clause about the subject, closed before the verb ("The
    ministry, whose minister, X, chaired the talks, said"); not the clause's own subject right before its verb ("the
    Fire Station, whose chief, X, told reporters that …": X speaks)."""
    if index < 2 or not any(before.split()[:1] == ["whose"] for _, before in parts[1:index]):
        return False
    opening = parts[index - 1][1].split()
    return not (index == len(parts) - 1 and len(opening) == 2 and opening[0] == "whose")


def _named_in_a_relative_clause(masked: str, at: int, spans: tuple[Span, ...]) -> _Subject | None:
    """Return the name right before a verb at `at` that opens a relative clause with "that", "which" or "what", its
    subject, where a quotation follows in the sentence ("a system that the EPA said … had “…”"), or None."""
    name = next((s for s in spans if s.end <= at and not masked[s.end:at].strip()), None)
    if name is None or _RELATIVE_BEFORE.search(masked, max(0, name.start - _RELATIVE_BEFORE_CHARS), name.start) is None:
        return None
    # only where a quotation follows in its sentence: "the assessment that FCMC says it relied on" is no one's turn
    return _Subject(key=name.key) if quoted_in_sentence(masked, at) else None


_RELATIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_OBJECT_RELATIVES))}) (?:the )?$")
"""A relative clause's first words before its subject's name ("a system that the EPA said")."""
_RELATIVE_BEFORE_CHARS = 12


def _tail_subject(words: list[str]) -> _Subject | None:
    """Return the subject that the last words of a clause of two words or more are, just before its verb: "he", "she",
    "it" or "the" and a noun of a person's role or a body's ("the judge", "the agency") opening a relative clause
    ("what it described as"); else None."""
    if words[-1] in _PERSONAL_PRONOUNS:
        return _Subject(pronoun=True, noun=words[-1])
    if words[-1] == "it":
        return _Subject(collective=True) if words[-2] in _OBJECT_RELATIVES else None
    # Not after a verb ("who led the mission") or a preposition ("a spokeswoman for the group"): after "which" or a
    # noun it qualifies ("a level the agency described as")
    if len(words) < 4 or words[-2] != "the" or not (words[-3] in _OBJECT_RELATIVES or words[-4] in ("a", "an")):
        return None
    tail = " ".join(words[-2:])
    if _described_as(tail, "person"):
        return _Subject(pronoun=True, noun=fold(words[-1]))
    return _Subject(collective=True, noun=fold(words[-1])) if _described_as(tail, "organisation") else None


def _opens_with(key: str, first: tuple[int, str], start: int, spans: tuple[Span, ...]) -> bool:
    """Tell whether a clause's first part (at its offset from start) is the actor's name, "the" before it or not."""
    offset, text = first
    return any(span.key == key and span.start - start - offset == len(text) - len(_ARTICLE.sub("", text.lstrip()))
               and span.end - start - offset == len(text.rstrip()) for span in spans)


def _antecedent(masked: str, end: int, spans: tuple[Span, ...], gazetteer: Gazetteer) -> _Subject | None:
    """Return the organisation a "which" after a comma stands for: the one named right before the comma ("… built by
    Kessler Anlagenbau GmbH, which said"), not the city it is "of" ("… GmbH of Stuttgart, which said") or the place
    it is from, a little before ("…, a chocolate maker from Bayonne, France, which said"); else None."""
    actor = next((s for s in spans if s.end == end), None)
    if actor is not None and _kind(gazetteer, actor.key) in ("place", "country") and masked.endswith(
            " of ", 0, actor.start):
        actor = next((s for s in spans if s.end == actor.start - len(" of ")), None)
    elif actor is not None and _kind(gazetteer, actor.key) in ("place", "country"):
        # "Chocolaterie Ferrandier SAS, a family chocolate maker from Bayonne, France, which …": where it is from.
        actor = next((s for s in reversed(spans) if s.end < actor.start and actor.start - s.end <= _FROM_CHARS
                      and _kind(gazetteer, s.key) == "organisation"), None)
    if actor is None or _kind(gazetteer, actor.key) not in ("organisation", ""):
        return None
    return _Subject(key=actor.key, aside=True)


def _without_spokesperson_seat(name: str, end: int, spans: tuple[Span, ...], gazetteer: Gazetteer) -> tuple[str, int]:
    """Return an unnamed spokesperson's subject without where they speak from, and where it then ends ("a World Bank
    spokesperson in Washington", "a spokeswoman for the World Bank's office in Dushanbe"): the organisation speaks,
    not the place."""
    head = name
    place = next((s for s in spans if s.end == end), None)
    if place is not None and _kind(gazetteer, place.key) in ("place", "country"):
        seat = name[:len(name) - (end - place.start)]
        # "a spokeswoman for the National Minerals Agency (NMA) in Freetown": nor the acronym, masked as spaces
        head = seat[:-len(" in ")].rstrip() if seat.endswith(" in ") else name
    office = _OFFICE.search(head)
    head = head[:office.start()] if office else head
    if head == name or not (_SPOKESPERSON.search(head) or _SPOKESPERSON_FOR.match(head)):
        return name, end
    return head, end - (len(name) - len(head))


def _member_of(actor: Span, spans: tuple[Span, ...], name: str, end: int, gazetteer: Gazetteer) -> Span | None:
    """Return the person a subject names first when the organisation it ends with is theirs ("Mariela Stoyneva of the
    Thrace Clean Air Coalition called …"), or the body it names first when that is a part of the one it ends with
    ("the Diocese of Raska and Prizren of the Serbian Orthodox Church said"); or None."""
    start = end - len(name)
    first = next((s for s in spans if s.start == start), None) or next(
        (s for s in spans if s.start == end - len(_ARTICLE.sub("", name)) and _is_organisation(gazetteer, s.key)), None)
    if first is None or first is actor or not _is_organisation(gazetteer, actor.key):
        return None
    if _is_organisation(gazetteer, first.key):
        return first if _PART_OF.fullmatch(name, first.end - start, actor.start - start) else None
    return first if _is_person(gazetteer, first.key) and _MEMBER_OF.fullmatch(
        name, first.end - start, actor.start - start) else None


_SERVICE_AFTER = re.compile(r"(?:['’]s)?(?:\s+\([^()]{1,12}\))?\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z]+\s+){0,2}"
                            r"(?:service|office|unit|team|wing|desk|branch|chapter)")
"""An organisation's service or office after its name in a subject, and where it is ("… (MDA) ambulance service", "…
press office", "The KSU’s East Jaintia Hills unit")."""
_MEMBER_OF = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w’'-]*-based)\s+){0,3}")
"""What joins a person to the organisation they belong to in a subject ("X of the Y Coalition", "X of the Suva-based
regional group Y", "X of the shareholder association Y")."""
_PART_OF = re.compile(r"\s+of\s+(?:the\s+)?")
"""What joins a body to the one it is a part of in a subject ("the Diocese of … of the Serbian Orthodox Church")."""


def _seated(actor: Span | None, spans: tuple[Span, ...], name: str, end: int, gazetteer: Gazetteer) -> Span | None:
    """Return the organisation a subject names before where it sits ("The Embassy of Japan in Seoul said"), or None."""
    place = gazetteer.actor(actor.key) if actor else None
    if actor is None or place is None or place.kind not in ("place", "country") or _CLAUSE_OPENER.match(name):
        return None  # "X, who heads the unit at the … Hospital in Nagpur, said": X speaks
    if not name[:len(name) - (end - actor.start)].endswith(" in "):
        return None
    organisation = next((s for s in spans if s.end == actor.start - len(" in ")), None)
    if organisation is None or not _is_organisation(gazetteer, organisation.key):
        return None
    # The organisation must begin the subject: "Dr X of the Institute … in Almaty said" is X's.
    return organisation if _ARTICLE.sub("", name[:organisation.start - (end - len(name))]) == "" else None


def _national_arm(actor: Span | None, spans: tuple[Span, ...], name: str, end: int,
                  gazetteer: Gazetteer) -> Span | None:
    """Return the firm a country's name right after it makes a national arm of, which the subject is ("PwC Australia
    said", "Shell Nigeria said"): the firm speaks, not the country; or None."""
    if actor is None or _kind(gazetteer, actor.key) != "country":
        return None
    start = end - len(name)
    firm = next((s for s in spans if s.end == actor.start - 1 and s.start >= start), None)
    if firm is None or name[firm.end - start] != " ":
        return None
    # A name of no kind known, or only guessed (see _only_guessed), is a firm's with capitals inside it ("PwC"), not a
    # given name before a family name that is a country's too ("Jorge Montenegro, rector of the UNC, said").
    capitals = not name[firm.start - start + 1:firm.end - start].islower()
    if not (_kind(gazetteer, firm.key) == "organisation" or (capitals and (
            _kind(gazetteer, firm.key) == "" or firm.key in getattr(gazetteer, "guessed", ())))):
        return None
    return firm if _ARTICLE.sub("", name[:firm.start - start]) == "" else None


def _body_s_service(spans: tuple[Span, ...], name: str, end: int, gazetteer: Gazetteer) -> Span | None:
    """Return the organisation whose service or office a subject is ("the Magen David Adom (MDA) ambulance service
    said", "the Red Crescent press office said"), or None."""
    start = end - len(name)
    if not name.startswith(("the ", "The ")):
        return None
    body = next((s for s in spans if s.start == start + len("the ")), None)
    if body is None or _kind(gazetteer, body.key) in ("person", "place", "country"):
        return None  # "the Tel Aviv fire service": not the city's own words
    return body if _SERVICE_AFTER.fullmatch(name, body.end - start) is not None else None


def _in_place(found: _Subject, at: int, masked: str, spans: tuple[Span, ...], gazetteer: Gazetteer) -> bool:
    """Tell whether a place that seems to speak follows a place "of", "in", "from" or "for" which a name before it is
    ("X of San Jose, California, said", "X, a nurse from Melbourne, Australia, said", "X, director of emergency services
    for Beaver County, Pennsylvania, said")."""
    actor = gazetteer.actor(found.key) if found.key else None
    if actor is None or actor.kind not in ("place", "country"):
        return False
    before = next((s for s in reversed(spans) if s.end <= at and masked[s.end:at].strip(" ,") == ""), None)
    place = gazetteer.actor(before.key) if before else None
    return (before is not None and place is not None and place.kind in ("place", "country")
            and masked[:before.start].endswith((" of ", " in ", " from ", " for ")))


def _placed_aside(found: _Subject, part: str, gazetteer: Gazetteer) -> bool:
    """Tell whether a part of a clause after its first only says where the one before it is ("A spokeswoman for the UN
    refugee agency, UNHCR, in Abéché, said"): a place after "in", "at" or "near"."""
    actor = gazetteer.actor(found.key) if found.key else None
    return (actor is not None and actor.kind in ("place", "country", "")
            and part.lstrip().startswith(_WHERE_ASIDE))


_WHERE_ASIDE = ("in ", "at ", "near ")


def _where_of(found: _Subject, before: list[tuple[int, str]], gazetteer: Gazetteer) -> bool:
    """Tell whether a place that seems to speak only says where the clause before it is: "X, who teaches at AIIMS,
    New Delhi, said" (a city; a country may speak)."""
    actor = gazetteer.actor(found.key) if found.key else None
    return (actor is not None and actor.kind == "place" and bool(before)
            and _APPOSITIVE.match(_LEADING.sub("", before[-1][1].strip())) is not None)


def _role_at_a_body(part: tuple[int, str], start: int, spans: tuple[Span, ...], gazetteer: Gazetteer) -> bool:
    """Tell whether a part of a subject clause (at its offset from start) is a person's role, with a title or a
    person's noun, that ends with an organisation's name ("a fire information officer with NWT Fire"), which the next
    part may describe."""
    offset, text = part
    end = start + offset + len(text.rstrip())
    lex = lexicon()
    personal = any(fold_word(word) in lex.person_roles or fold_word(word) in lex.titles for word in _WORD.findall(text))
    return personal and any(span.end == end and _is_organisation(gazetteer, span.key) for span in spans)


def _is_role(part: str) -> bool:
    """Tell whether a part of a subject clause is a role in apposition that starts or ends with a title or a
    person's noun ("president of the union", "union president"), between the name and the speech verb."""
    words = _WORD.findall(part)
    if not words:
        return False
    lex = lexicon()
    # The title is looked up first: most parts have none, and then the part need not be searched for a verb. It may
    # come after a word or two that qualify it ("campaign director of …", "managing director of …").
    ends = (*(fold_word(word) for word in words[:_ROLE_HEAD_WORDS]), fold_word(words[-1]))
    titled = any(word in lex.titles or word in lex.person_roles for word in ends)
    return titled and not _CLAUSE_VERB.search(part)


def _inverted(masked: str, verb: tuple[int, int], spans: tuple[Span, ...], gazetteer: Gazetteer) -> _Subject:
    """Find the speaker named right after the verb (at [start, end) of masked), as in “…,” said (General) Jorge
    Guajardo, or after a role in apposition: “…,” said the central bank governor, Hassan Noor."""
    rest = masked[verb[1] :]
    if masked[verb[0] : verb[1]].lower() in _PRO_DROP and (rest.lstrip()[:1] in (".", ",", ";", "") or (
            (phrase := _PRO_DROP_PHRASE.match(rest)) is not None
            and not any(verb[1] <= span.start < verb[1] + phrase.end() and _is_person(gazetteer, span.key)
                        for span in spans))):
        return _Subject(pronoun=True)  # "“…”, dijo.", "“…”, afirmó en La Paz.": the one speaking already
    first = verb[1] + len(rest) - len(rest.lstrip())
    signed = _SIGNED_AFTER.match(rest)
    if signed is not None:  # "said the letter, signed by the forum's chair, Camilla Berg-Nilsen"
        signer = next((s for s in spans if s.start >= verb[1] + signed.end()), None)
        if signer is not None and "." not in masked[verb[1] + signed.end():signer.start]:
            return _Subject(key=signer.key)
    described = _DESCRIBED_AFTER.match(rest)
    if described and (_DESCRIPTION.match(described.group(1)) or _described_as(described.group(1), "person")):
        return _Subject(pronoun=True, noun=fold(described.group(1).split()[-1]))  # "said the priest, who has …"
    for actor in (s for s in spans if s.start >= first):
        if masked.startswith("-", actor.end) and not _is_person(gazetteer, actor.key):
            continue  # "said a Hamburg-based green coffee broker who …": the place says where the one speaking is
        # A title in parentheses is a title too ("said Chief (Dr.) Barinem Tornu").
        between = _PARENTHESES.sub(" ", masked[first : actor.start])
        titles = _only_titles(between)
        if _NAMED_ONLY_AS.match(between) or _ISSUED_BY.match(between):  # "said a seller who gave her name only as
            return _Subject(key=actor.key)  # Ngozi"; "according to a statement from the Prime Minister's Office"
        if _is_person(gazetteer, actor.key):
            named = titles or _ROLE_BEFORE_NAME.match(between) or _role_noun(between)
            # "said Karaganda Regional Prosecutor Yerzhan Nurpeisov": the words before a titled name are the title's.
            return _Subject(key=_titled_after(masked, actor, spans, gazetteer, title_first=True) or actor.key
                            ) if named else _Subject()
        if not between.strip() and (employee := _employee_after(masked, actor, spans, gazetteer)):
            return _Subject(key=employee)  # "said Coopitalito general manager María Fernanda Ospina Restrepo"
        if between.strip().lower() == "the" and _kind(gazetteer, actor.key) == "organisation" and (
                _NAME_ENDS_CLAUSE.match(masked, actor.end)):
            return _Subject(key=actor.key)  # "According to the An Giang Provincial Police, the boats were “…”"
        if not (titles or _ROLE_BEFORE_NAME.match(between + ", ")):
            break
        if _someone_of_a_body(masked, between, actor):
            return _Subject(nobody=True)
        if not between.strip() and _someone_after(masked, actor.end):
            return _Subject(key=actor.key)  # "said Suwanna, who led the Thai delegation": a person, named alone
        if not masked[actor.end :].lstrip().startswith(","):  # not a role naming it ("the minister of X, Y")
            if not titles:
                return _Subject()
            return _Subject(key=_titled_after(masked, actor, spans, gazetteer) or actor.key)
    return _Subject()


def _someone_of_a_body(masked: str, between: str, actor: Span) -> bool:
    """Tell whether an inverted speech verb's subject is someone unnamed of the body named after "a" ("said a PL deputy
    who asked not to be named"), who speaks for no one but themselves; not its spokesperson ("said an EU spokesman")."""
    noun = _NOUN_AFTER.match(masked, actor.end)
    return (between.strip().lower() in ("a", "an") and noun is not None
            and re.fullmatch(_VOICES, noun.group(1), re.IGNORECASE) is None)


_NOUN_AFTER = re.compile(r"\s+([a-z][\w-]*)\b(?!\s+(?:of|for|at|from)\b)")
"""A noun in lower case right after a name, not the start of its remit ("an EU agency for …")."""


def _employee_after(masked: str, actor: Span, spans: tuple[Span, ...], gazetteer: Gazetteer) -> str | None:
    """Return the person named right after an organisation and a role in lower case ("Coopitalito general manager
    María Fernanda Ospina Restrepo"): the organisation's person, who speaks; else None."""
    if _is_person(gazetteer, actor.key):
        return None
    person = next((s for s in spans if s.start >= actor.end), None)
    if person is None or not _is_person(gazetteer, person.key):
        return None
    return person.key if _ROLE_BETWEEN.fullmatch(masked, actor.end, person.start) else None


_ROLE_BETWEEN = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){1,4}")
"""A role in lower case between an organisation and its person ("general manager", "’s chief executive")."""
_DESCRIBED_AFTER = re.compile(r"\s*(the\s+[^,.;:“”\"]{1,60}?)\s*"
                              r"(?:[.;]|,\s+(?:who|whose|whom)\b|$|\s(?:as|when|while)\s)")
"""Someone described, not named, right after the verb: "said the priest, who has served …", "said the mayor.", "said
the secretary-general as she left"."""
_WHO_AFTER = re.compile(r",\s+(?:who(?:se)?\b|(?:pointing|gesturing|nodding|smiling|laughing|shrugging|waving|"
                        r"sitting|standing)\b|(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?(?P<role>[a-z]+)\s+(?:of|at|for)\s)")
"""A relative "who", a body's gesture or a role right after a name: the name is someone's ("said Suwanna, who led …",
"said Mayalmit, pointing with her chin at …", "said Sadanand, president of the growers' association")."""


def _someone_after(masked: str, end: int) -> bool:
    """Tell whether the words after a name say it is someone's: "who", or a role with what it is of ("president of
    …", "a spokesperson for …")."""
    match = _WHO_AFTER.match(masked, end)
    if match is None or match.group("role") is None:
        return match is not None
    role = fold_word(match.group("role"))
    return role in lexicon().titles or role in lexicon().person_roles


def _role_noun(text: str) -> bool:
    """Tell whether text is a role without an article, as before a name: in lower case ("said veterinarian ", "said
    union leader "), or ending in a title after a capitalised word ("said Opposition sugar spokesperson ")."""
    words = text.split()
    if not (0 < len(words) <= _ROLE_NOUN_WORDS and text.endswith(" ")):
        return False
    lower = all(word.isalpha() and word.islower() and word not in _NOT_ROLES for word in words)
    lex = lexicon()
    titled = fold_word(words[-1]) in lex.titles and all(
        word.isalpha() and (word[0].isupper() or word not in _NOT_ROLES) for word in words[:-1])
    return lower or titled


def _titled_after(masked: str, organisation: Span, spans: tuple[Span, ...], gazetteer: Gazetteer, *,
                  title_first: bool = False) -> str | None:
    """Return the person an organisation's name and a title come before ("said TATOA chairman Mr Salum Chande"), or None;
    with title_first, only a person right after it whose name a title begins ("Karaganda Regional Prosecutor …")."""
    person = next((s for s in spans if s.start >= organisation.end), None)
    if person is None or not _is_person(gazetteer, person.key):
        return None
    between = masked[organisation.end : person.start]
    if title_first:
        words = masked[person.start : person.end].split()
        titled = len(words) > 1 and fold_word(words[0].rstrip(".")) in lexicon().titles
        return person.key if between == " " and titled else None
    # The person's span may begin at the title ("OC Md. …"); "said CARE Australia’s humanitarian director, Justine
    # Ferrier" gives the organisation's role to the person after it.
    possessive = masked[organisation.start : organisation.end].endswith(("’s", "'s"))
    return person.key if _only_titles(between) or (possessive and _ROLE_OF.match(between)) else None


def _only_titles(text: str) -> bool:
    """Tell whether text is nothing, or only titles before a name ("General ", "U.S. Secretary of State ")."""
    lex = lexicon()
    words = [fold_word(word.rstrip(".")) for word in _ARTICLE.sub("", text.lstrip()).split()]
    return len(words) <= _TITLE_WORDS and all(
        w in lex.titles or w in lex.title_modifiers or w in lex.connectors or w in lex.demonyms or w in lex.countries
        for w in words)


class _Context(NamedTuple):
    """What earlier paragraphs tell about speakers: the last one named, and a trailing quote's.

    A named tuple, as _Subject: every paragraph makes one and changes it (dataclasses.replace is slow).
    """

    last_speaker: str | None = None
    last_paragraph: int = 0
    trailing_speaker: str | None = None
    last_named: str | None = None
    """The last person named outside quotation marks in the paragraph before."""
    last_organisation: str | None = None
    """The last organisation named in the paragraph before."""
    organisations: tuple[str, ...] = ()
    """The organisations the article has named so far, the last named last."""
    people: tuple[str, ...] = ()
    """The people the article has named so far outside quotation marks, the last named last."""
    named_before: bool = False
    """last_named was named in the paragraph before the one before (a paragraph naming no one came between)."""
    spoken: str | None = None
    """The organisation (or a name of no kind known) whose speech verb is the last of the paragraph before."""
    voiced: str | None = None
    """The organisation an unnamed spokesperson spoke for last in the paragraph before ("A spokeswoman for the TPA
    said …" / "“…,” she said")."""
    unnamed: bool = False
    """The paragraph before ends on someone it says is not named ("An older man, who asked not to be named, was more
    blunt." / "“…,” he said."), whom a "he" or "she" goes on with."""
    reporter: str | None = None
    """The organisation the article last named as a report's author ("the final report of the Infected Blood
    Inquiry", "the commission's 300-page report"), whom "the report" speaks for."""


class _Paragraph(NamedTuple):
    """One paragraph and what is found in it once: quotations, masked text, speech verbs, sentences, actor names."""

    text: str
    number: int
    quotes: tuple[tuple[int, int], ...]
    masked: str
    sentences: tuple[tuple[int, int], ...]
    """Empty in a paragraph with neither a quotation nor a speech verb: nothing there reads them."""
    spans: tuple[Span, ...]
    kinds: tuple[str | None, ...]
    """The kind of each span's actor (None: no actor known), looked up once: every paragraph asks them all."""
    verbs: tuple[tuple[int, int], ...]
    """Where the speech verbs outside quotations are."""
    outside: tuple[Span, ...]
    """The spans outside quotations, found once: every paragraph asks, and most ask again for who speaks."""
    people: tuple[Span, ...]
    """The spans outside quotations whose actors are people."""


def _paragraph(text: str, number: int, spans: tuple[Span, ...], gazetteer: Gazetteer) -> _Paragraph:
    """Scan a paragraph once for the quotations, masked text, speech verbs, sentences and kinds every step needs."""
    # A nickname inside a name is no quotation ("Rolando “Dodong” Alcoseba, 58, has driven …"), nor one a name gets
    # after "the nickname" or "known as" ("who goes by the nickname ‘Zako’, said").
    quotes = tuple(pair for pair in quote_spans(text) if not any(s.start < pair[0] and pair[1] < s.end for s in spans)
                   and not _a_nickname_given(text, pair))
    masked = _masked(text, quotes)
    verbs = find_verbs(masked)
    if spans and any(masked[start].isupper() for start, _ in verbs):
        # "Said" that begins a name is the name's ("…,” Said Mohamed Abdel Latif, 54, told …)
        verbs = tuple(verb for verb in verbs if not any(s.start <= verb[0] < s.end for s in spans))
    # Most paragraphs have neither: splitting them into sentences was a tenth of finding quotations.
    sentences = sentence_spans(text, quotes) if quotes or verbs else ()
    kinds = tuple(_kind(gazetteer, span.key) for span in spans)
    outside = _outside(spans, quotes)
    people = tuple(span for span, kind in zip(spans, kinds) if kind == "person" and span in outside)
    return _Paragraph(text, number, quotes, masked, sentences, spans, kinds, verbs, outside, people)


def _a_nickname_given(text: str, pair: tuple[int, int]) -> bool:
    """Tell whether a quotation is a name of one to three capitalised words that the text gives someone ("the nickname
    ‘Zako’", "known as “Moe D”", "nicknamed 'Teacher'")."""
    return (_NICKNAME_GIVEN.search(text, max(0, pair[0] - _NICKNAME_GIVEN_CHARS), pair[0]) is not None
            and _CAPITALISED_WORDS.fullmatch(text, pair[0] + 1, pair[1]) is not None)


_NICKNAME_GIVEN = re.compile(r"\b(?:nickname|nicknamed|known\s+as|dubbed)\s+$")
_NICKNAME_GIVEN_CHARS = 20
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}")


def _outside(spans: tuple[Span, ...], quotes: tuple[tuple[int, int], ...]) -> tuple[Span, ...]:
    """Return the spans that do not start inside a quotation (all of them in a paragraph without one)."""
    if not quotes:
        return spans
    return tuple(s for s in spans if not any(open_ <= s.start <= close for open_, close in quotes))


def _verbs(paragraph: _Paragraph, gazetteer: Gazetteer, context: _Context) -> tuple[tuple[_Verb, ...], _Context]:
    """Resolve the speaker of every speech verb in a paragraph, carrying "he" and "she" along.

    A paragraph without quotations needs its verbs only for the context it hands on: its last
    verb that names someone or nobody settles it (see _context_after), most often without the
    others being resolved at all.
    """
    if not paragraph.quotes:
        settled = _context_after(paragraph, gazetteer, context)
        if settled is not None:
            return (), settled
    number, quotes, masked = paragraph.number, paragraph.quotes, paragraph.masked
    spans, sentences, verbs = paragraph.spans, paragraph.sentences, []
    last, last_paragraph = context.last_speaker, context.last_paragraph
    # the organisation an unnamed spokesperson of the paragraph (or of the one before, if this names no one) spoke for
    voiced = context.voiced if not paragraph.people else None
    for verb in paragraph.verbs:
        at = verb[0]
        start = _clause_start(sentences, at, [v.end for v in verbs] + [close + 1 for _, close in quotes])
        previous = verbs[-1] if verbs and verbs[-1].end == start else None
        before = previous if previous is not None and previous.speaker else None
        # "Governor X, who had asked the president for a declaration, told reporters": the verb of a clause about the
        # subject, closed before the main verb
        relative = previous and _RELATIVE_OPEN.search(masked, max(0, previous.start - _RELATIVE_CHARS), previous.start)
        about = previous is not None and (relative is not None or _asked_aside(masked, previous)) and (
            _CLAUSE_CLOSED.fullmatch(masked, start, at) is not None)
        # "X … called the seizures a welcome signal but said …": the second verb's subject is the first's; but not
        # after a clause about what X belongs to ("X, president of the TCGA, which says it represents …, said": X)
        joined = before is not None and (_COORDINATED.search(masked[start:at]) is not None
                                         or (about and not (relative and _NOT_ITS_SUBJECT.search(relative.group(0))))
                                         or _reports_itself(masked, start, at, before, gazetteer))
        # "X welcomed the ruling, saying …", "X later issued a statement saying …"
        participle = masked[at:verb[1]].lower() in _PARTICIPLES and (
            masked.endswith(", ", 0, at) or _ISSUED_A_STATEMENT.search(masked, max(0, at - _STATEMENT_CHARS), at))
        if participle and verbs and verbs[-1].speaker and _clause_start(sentences, at, []) <= verbs[-1].start:
            joined, before = True, verbs[-1]  # "the report said, adding that …": the verb's subject goes on
        if _SOMEONE_ELSE_S_CLAUSE.match(masked[start:at].rsplit(",", 1)[-1].strip()):
            subject = _Subject(nobody=True)  # "“…,” X said, as a woman at the next pump laughed and added: “…”"
        elif joined:
            subject = _Subject(key=before.speaker)
        elif participle or about or _COORDINATED.search(masked, start, at):
            # "HGOL, which holds …, welcomed the decision, saying it …", "X, the faction leader who wrote the law,
            # told …", "She declined to give figures but said …": the sentence's subject
            subject = _sentence_subject(masked, _clause_start(sentences, at, []), at, spans, gazetteer)
        else:
            subject = _subject(masked, start, verb, spans, gazetteer)
        speaker = None
        if (subject.pronoun and voiced is not None and subject.noun in _PERSONAL_PRONOUNS
                and not _someone_unnamed_before(paragraph, at, _SOMEONE_OF_THE_STREET)
                # "A WBTC spokesperson said: “…” Hossain was unconvinced. “…,” he said": Hossain
                and not any((verbs[-1].end if verbs else 0) <= person.start < at for person in paragraph.people)):
            speaker = voiced  # "A spokesman for the foundation said … “…,” he said": the spokesman again
        elif subject.pronoun and subject.noun in _PERSONAL_PRONOUNS and (_still_unnamed(paragraph, verbs, at) or (
                context.unnamed and not verbs and not any(person.start < at for person in paragraph.people))):
            speaker = None  # "A picker who did not want to give her name said …. “…,” she said": still her
        elif subject.pronoun:
            recent = last if last_paragraph >= number - 1 else None
            speaker = _referent(paragraph, at, gazetteer, context, recent, subject.noun,
                                after_verb=max((v.end for v in verbs if v.speaker is not None), default=-1))
            speaker = _of_the_pronoun_s_sex(speaker, subject.noun, paragraph, at, context, gazetteer)
            if speaker is None and subject.noun in _SPOKES_NOUNS:  # no one's spokesperson named: the organisation's
                speaker = _previous_speaker("", verbs, None, gazetteer) or context.spoken or context.last_organisation
        elif subject.collective:
            recent = last if last_paragraph >= number - 1 else None
            speaker = _collective_speaker(subject.noun, paragraph, at, verbs, recent, gazetteer, context,
                                          named_before=subject.named_from if subject.named_from >= 0 else at)
        elif subject.key is not None:
            speaker = subject.key
        person = speaker is not None and _is_person(gazetteer, speaker)
        # "Kamimura said the district had asked visitors …. He said: “…”": no one named speaks in Kamimura's report
        reported = before is not None and not joined
        # "Freitas said FUBEH had asked …. “…,” he said": an organisation speaking in someone's report ends no turn
        if person or (subject.nobody and not subject.many and not reported) or (
                subject.key is not None and not subject.aside and not reported):
            last, last_paragraph = (speaker, number) if person else (None, 0)
        if speaker is not None and not person and _SPOKES_IN.search(masked, start, at):
            voiced = speaker
        elif person or (subject.pronoun and subject.noun not in _PERSONAL_PRONOUNS | _SPOKES_NOUNS):
            voiced = None  # "the widow said …" / "“…,” she said": not the spokesperson of the paragraph before
        verbs.append(_Verb(*verb, speaker, speaker is None and _ANONYMOUS.search(masked, start, at) is not None,
                           _called(subject, verbs) if speaker is None else None))
    voice = verbs[-1].speaker if verbs else None
    spoken = voice if voice is not None and not _is_person(gazetteer, voice) else None
    return tuple(verbs), _handed_on(paragraph, gazetteer, context, last, last_paragraph, spoken, voiced)


def _called(subject: _Subject, verbs: list[_Verb]) -> str | None:
    """Return the speaker key of the organisation a subject that names no one describes (see CALLED): its own
    description's, or for "the statement" or "it", that of the description that spoke before it in the paragraph ("The
    ministry said in a statement …. “…,” the statement said")."""
    if subject.called:
        return f"{CALLED}{subject.called}"
    previous = next((verb for verb in reversed(verbs) if verb.speaker or verb.called), None)
    return previous.called if subject.collective and previous is not None else None


_ISSUED_A_STATEMENT = re.compile(r"\b(?:issued|released|published|put\s+out|sent)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
                                 r"(?:statement|release|letter|notice|message)\s+$")
"""A statement its subject issued, before a participle that reports it ("issued a statement saying")."""
_STATEMENT_CHARS = 60
_PARTICIPLES = frozenset({"saying", "adding", "warning", "arguing", "insisting", "writing", "ruling", "accusing",
                          "finding", "describing", "calling", "telling"})
"""Speech verbs whose subject, after a comma, is their sentence's."""
_SUBJECT_PRONOUNS = _PRONOUNS | {"it"}


def _sentence_subject(masked: str, start: int, end: int, spans: tuple[Span, ...], gazetteer: Gazetteer) -> _Subject:
    """Return the subject that opens a sentence (from start, before end), past what says where or when: a pronoun, or
    the first name and the words before it ("In December, the Paris-based NGO Forêts Communes sent …")."""
    for offset, part in _parts(masked[start:end], start, spans):
        if _ADVERBIAL.match(part) and not any(start + offset <= s.start < start + offset + len(part) for s in spans
                                              if _kind(gazetteer, s.key) not in ("place", "country")):
            continue
        words = part.split()
        if words and words[0].lower() in _SUBJECT_PRONOUNS:
            return _part_subject(words[0], start + offset + part.index(words[0]) + len(words[0]), spans, gazetteer,
                                 alone=True) or _Subject()
        # Not a place in a compound adjective ("the Paris-based NGO …").
        first = next((s for s in spans if start + offset <= s.start < start + offset + len(part)
                      and masked[s.end:s.end + 1] != "-"), None)
        if first is None:
            # "The prefect rejected …, saying the pilot had “…”": the one in that role
            noun = _OPENS_ON_THE.match(part)
            return (noun and _part_subject(noun.group(1), start + offset + noun.end(), spans, gazetteer, alone=True)
                    or _Subject())
        first = _named_in_apposition(_owned_by_place(first, spans, masked, gazetteer), spans, masked)
        first = _titled_after_a_body(first, spans, masked, gazetteer)
        named = masked[start + offset:first.end]
        return _part_subject(named, first.end, spans, gazetteer, alone=True) or _Subject()
    return _Subject()


_OPENS_ON_THE = re.compile(r"\s*((?i:the)\s+[a-z][\w-]*)\b")
"""A sentence's subject that is "the" and a noun ("The prefect rejected …")."""


def _owned_by_place(span: Span, spans: tuple[Span, ...], masked: str, gazetteer: Gazetteer) -> Span:
    """Return the name right after a place's possessive, which is the subject ("Spain's State Meteorological Agency
    issued … and warned of “…”"), else the span itself."""
    if _kind(gazetteer, span.key) not in ("place", "country") or not masked.endswith(_POSSESSIVES, 0, span.end):
        return span
    return next((s for s in spans if s.start == span.end + 1), span)


def _titled_after_a_body(span: Span, spans: tuple[Span, ...], masked: str, gazetteer: Gazetteer) -> Span:
    """Return the person right after a body's name and a title it opens, which is the subject ("Athletics Kenya
    President William Kipsang Tarus welcomed the arrests, saying: “…”", "Frelimo spokesman Feliciano Zandamela welcomed
    the decision as “…”"), or a place's ("Paris Mayor …"), else the span itself."""
    if _is_person(gazetteer, span.key):
        return span
    return next((s for s in spans if s.start > span.end and _title_between(masked, span.end, s.start)
                 and _is_person(gazetteer, s.key)), span)


_TITLE_WORDS_BETWEEN = 3


def _title_between(masked: str, start: int, end: int) -> bool:
    """Tell whether nothing but a title's words, capitalised or not, come between a body's name and a person's
    ("Athletics Kenya President …", "BaFin president …")."""
    words, lex = masked[start:end].split(), lexicon()
    spaced = masked[start:start + 1].isspace() and masked[end - 1:end].isspace()
    return spaced and len(words) <= _TITLE_WORDS_BETWEEN and all(
        word[:1].isupper() or fold_word(word) in lex.titles for word in words)


def _named_in_apposition(span: Span, spans: tuple[Span, ...], masked: str) -> Span:
    """Return the name between commas after a possessive's role, which is the subject ("The MDCN's country director,
    Tep Chanthou, welcomed the order but said …"), else the span itself."""
    if not masked.endswith(_POSSESSIVES, 0, span.end):
        return span
    named = next((s for s in spans if s.start > span.end), None)
    between = named is not None and _ROLE_IN_COMMAS.fullmatch(masked, span.end, named.start) is not None
    return named if between and masked.startswith(",", named.end) else span


_ROLE_IN_COMMAS = re.compile(r"\s+[a-z][\w -]{0,40},\s+")
"""A role in lower case and the comma after it, between a possessive and a name ("'s country director, ")."""


def _reports_itself(masked: str, start: int, at: int, before: _Verb, gazetteer: Gazetteer) -> bool:
    """Tell whether a speech verb's subject is a pronoun in the report of what the one before said, which is them: "it"
    an organisation, "he" or "she" a person ("The Ministry of Power said late on Monday it had asked the company to
    “…”")."""
    said = _REPORTED_PRONOUN.fullmatch(masked, start, at)
    if said is None or before.speaker is None:
        return False
    speaker = before.speaker
    return _is_organisation(gazetteer, speaker) if said.group(1) == "it" else _is_person(gazetteer, speaker)


_REPORTED_PRONOUN = re.compile(r"(?:\s+(?:late|early|on|in|at|last|this|[A-Z][a-z]+day|morning|afternoon|evening|"
                               r"night|week|month|year))*\s+(it|he|she)"
                               r"(?:\s+(?:has|had|have|would|will|was|also|already))*\s*")
"""What comes between a speech verb and the next when the next reports the first speaker's own doing: when, then the
pronoun and its auxiliaries ("said late on Monday it had asked")."""


def _asked_aside(masked: str, verb: _Verb) -> bool:
    """Tell whether a speech verb is a participle's aside right after its subject's comma ("Prime Minister X, asked
    about the cannery, said …")."""
    return masked[verb.start:verb.end].lower() in ("asked", "told") and masked.endswith(", ", 0, verb.start)


_ANONYMOUS = re.compile(r"\b(?:not\s+to\s+be\s+(?:named|identified)|anonymity|"
                        r"(?:give|gave|giving)\s+(?:only\s+)?(?:his|her|their)\s+(?:full\s+|first\s+)?name|"
                        r"(?:his|her|their)\s+name\s+(?:not\s+be|printed|published|used)|"
                        r"(?:declined|did\s+not\s+want)\s+to\s+be\s+(?:named|identified))")
"""What says a speaker is not named ("who asked not to be named", "who did not want to give her name", "who gave only
her first name" when it is not written after)."""


def _still_unnamed(paragraph: _Paragraph, verbs: list[_Verb], at: int) -> bool:
    """Tell whether the last speech verb before offset at in the paragraph was someone unnamed's, and no person is
    named since: a "he" or "she" there is still them."""
    if not verbs or not verbs[-1].unnamed:
        return False
    return not any(verbs[-1].end <= person.start < at for person in paragraph.people)


def _clause_start(sentences: tuple[tuple[int, int], ...], at: int, ends: list[int]) -> int:
    """Return where the clause of a speech verb at `at` starts: its sentence's start, or the end of
    a speech verb or quotation before it in that sentence (ends)."""
    sentence_start = next((s for s, e in sentences if s <= at < e), 0)
    return max([sentence_start] + [end for end in ends if end <= at])


def _context_after(paragraph: _Paragraph, gazetteer: Gazetteer, context: _Context) -> _Context | None:
    """Return the context after a paragraph without quotations, as _verbs() would, from its verbs
    last to first; None when that takes resolving a pronoun (then _verbs() resolves them all).

    A verb's subject depends only on where the verbs before it are, not on who they name; and
    the context is that of the last verb whose subject names someone or nobody.
    """
    found = paragraph.verbs
    for index in range(len(found) - 1, -1, -1):
        verb = found[index]
        start = _clause_start(paragraph.sentences, verb[0], [end for _, end in found[:index]])
        subject = _subject(paragraph.masked, start, verb, paragraph.spans, gazetteer)
        if subject.pronoun:
            return None
        if subject.nobody or subject.collective or subject.key is not None:
            person = subject.key is not None and _is_person(gazetteer, subject.key)
            last, last_paragraph = (subject.key, paragraph.number) if person else (None, 0)
            voiced = subject.key if not person and _SPOKES_IN.search(paragraph.masked, start, verb[0]) else None
            return _handed_on(paragraph, gazetteer, context, last, last_paragraph, None if person else subject.key,
                              voiced)
    return _handed_on(paragraph, gazetteer, context, context.last_speaker, context.last_paragraph, None)


def _handed_on(paragraph: _Paragraph, gazetteer: Gazetteer, context: _Context, last: str | None,
               last_paragraph: int, spoken: str | None, voiced: str | None = None) -> _Context:
    """Return the context a paragraph hands on: its last speaker, the last person it names, the organisation
    that spoke last (spoken) and the one an unnamed spokesperson spoke for last (voiced)."""
    found = [span for span, kind in zip(paragraph.spans, paragraph.kinds) if kind == "organisation"
             and not paragraph.text.endswith(_TOLD, 0, span.start)]  # "…,” X told Gas Cargo Review": no speaker
    named = tuple(span.key for span in found)
    # "… built by Tianrong Battery Hungary Zrt., the local unit of China's Tianrong New Energy …": "the company" is
    # then the unit, which the story is about, not its owner: an owner counts as named before what it owns.
    owners = tuple(span.key for span in found
                   if _OWNER_BEFORE.search(paragraph.text, max(0, span.start - _OWNER_CHARS), span.start))
    organisations = _so_far(context.organisations, (*owners, *(key for key in named if key not in owners)))
    people = _so_far(context.people, tuple(span.key for span in paragraph.people))
    # "The Commission had activated the Copernicus … service … through the EU Civil Protection Mechanism": the one
    # acting, a sentence's subject, not what it acts on.
    acting = ([span.key for span in found if _opens_a_sentence(paragraph.text, span.start)]
              or [span.key for span in found if not _named_as_an_object(paragraph.text, span.start)] or named)
    person = _last_person(paragraph, len(paragraph.text), gazetteer)
    # A paragraph that names no one hands on the person named before it, once: "… said Vogel." "Within an hour, the
    # family were on a boat." "“…,” she said."
    # A paragraph that carries on with "He" or "She" and names no person, or that is a quotation naming no one
    # outside it, hands them on again ("He blamed six years of drought in the Zagros Mountains." "“We are facing …").
    unnamed = not paragraph.outside
    carried = (unnamed and (not context.named_before or paragraph.text[:1] in _OPENING_QUOTES)) or (
        "person" not in paragraph.kinds and (_CARRIES_ON.match(paragraph.text) is not None or (
            not paragraph.verbs and _GOES_ON_ABOUT.search(paragraph.masked) is not None))) or (
        # "Nordhavn will now insert a clause …" between "…," Vossberg said. and "“…,” she added."; not "the bishop does
        # not expect …", whose "he" is the bishop
        "person" not in paragraph.kinds and not paragraph.quotes and not paragraph.verbs and not context.named_before
        and not _names_a_role(paragraph.masked))
    kept = context.last_named if person is None and carried else None
    if (last is not None and last_paragraph == paragraph.number - 1 and not paragraph.quotes
            and "person" not in paragraph.kinds and (_ABOUT_THEM_AGAIN.search(paragraph.text) or (
                not paragraph.verbs and _GOES_ON_ABOUT.search(paragraph.masked)))):
        # "“…,” she says." "The papers are from Ahpra … She has sat one exam." "“…,” she says.": still the speaker
        last_paragraph = paragraph.number
    return _Context(last, last_paragraph, context.trailing_speaker, person or kept,
                    acting[-1] if acting else None, organisations, people,
                    named_before=kept is not None, spoken=spoken, voiced=voiced,
                    unnamed=_ends_unnamed(paragraph) or _opens_on_someone_unnamed(paragraph)
                    or _ends_on_someone_unnamed(paragraph),
                    reporter=_or_known(_report_author(paragraph, len(paragraph.text), gazetteer, context),
                                       context.reporter))


def _ends_unnamed(paragraph: _Paragraph) -> bool:
    """Tell whether a paragraph says someone is not named and names no person after that."""
    said = [found.start() for found in _ANONYMOUS.finditer(paragraph.masked)]
    return bool(said) and not any(person.start > said[-1] for person in paragraph.people)


def _ends_on_someone_unnamed(paragraph: _Paragraph) -> bool:
    """Tell whether a paragraph without quotations that names no one ends on a sentence that opens on a man, a woman or
    a passer-by ("Watching students tie up the stone lions, an elderly woman in a fur hat shook her head."); not "Ms
    Musyoka was folding clothes. A relative had offered them space.", which goes on about her."""
    start = paragraph.text.rfind(". ") + 2 if ". " in paragraph.text else 0
    return (not paragraph.quotes and not paragraph.people
            and _SOMEONE_OF_THE_STREET.match(paragraph.text, start) is not None)


def _opens_on_someone_unnamed(paragraph: _Paragraph) -> bool:
    """Tell whether a paragraph without quotations has a sentence that opens on someone unnamed and a clause about
    them, and names a person from there only inside that clause, not in apposition ("One of the Nepali men who watched
    with Gurung …, read the slogan aloud": the "he" of the quotation after it is that man, not Gurung; "A shopkeeper
    who sells rice … said his ledger had grown longer"), and gives no name ("who gave his name only as Kosrat")."""
    if paragraph.quotes or " who" not in paragraph.text:
        return False
    for start, end in reversed(paragraph.sentences or sentence_spans(paragraph.text, ())):
        opener = _SOMEONE_DESCRIBED.match(paragraph.text, start)
        if opener is not None and _someone_s_noun(opener.group(1)):
            named = [person.start for person in paragraph.people if person.start >= start]
            # "A taxi driver who gave his name only as Kosrat said …": named
            return all(opener.end() < at < end and not paragraph.text.endswith(", ", 0, at)
                       and not _NAMED_ONLY_AS.match(paragraph.text[start:at]) for at in named)
    return False


def _someone_s_noun(noun: str) -> bool:
    """Tell whether a noun is of a person or of people ("shopkeeper", "men", "residents")."""
    return noun in _SOMEONE_S_NOUNS or noun in lexicon().person_roles or _people_noun(noun)


_THE_WORD = re.compile(r"\b[Tt]he\s+([a-z][\w-]*)")


def _names_a_role(text: str) -> bool:
    """Tell whether a text calls someone by a role after "the" ("the bishop", "the minister")."""
    roles = lexicon().person_roles
    return any(match.group(1) in roles or _DESCRIPTION.match(f"the {match.group(1)}")
               for match in _THE_WORD.finditer(text))


def _so_far(before: tuple[str, ...], named: tuple[str, ...]) -> tuple[str, ...]:
    """Return the actors named so far, each once, the last named last: those named before (each once already, so
    kept as they are when the paragraph names none, as most do) and then those it names."""
    return tuple(dict.fromkeys(reversed((*before, *named))))[::-1] if named else before


def _opens_a_sentence(text: str, start: int) -> bool:
    """Tell whether a name at offset start opens a sentence, "The" or not: its subject most often."""
    before = text[:start]
    before = before[:-len("The ")] if before.endswith("The ") else before
    before = before.rstrip()
    return not before or before[-1] in ".!?"


def _referent(paragraph: _Paragraph, at: int, gazetteer: Gazetteer, context: _Context, last: str | None,
              noun: str = "", *, after_verb: int = -1) -> str | None:
    """Return who "he", "she" or "the minister" is: the person of the paragraph whose role names the
    noun ("the lawyer": "Dufour-Besson, the Lausanne lawyer who …"); after another speech verb of the
    paragraph (ending at after_verb), the person named since, else that verb's speaker; else the last person named
    before it in this paragraph, else the last speaker or person of the paragraph before."""
    if noun and noun not in _PERSONAL_PRONOUNS and _introduced_unnamed(paragraph, at, noun):
        return None  # "A miner coming off his shift nods at the guide. “…,” the miner says": that miner, no one named
    described = _person_in_role(paragraph, at, gazetteer, noun) if noun else None
    if described or after_verb >= 0:
        return described or _new_subject(paragraph, at, gazetteer, after_verb) or last
    # "The minister said …" paragraphs after "Konstantin Zhuravlyov, the region's minister of fisheries": the one
    # named in that role, whoever spoke or was named since.
    in_role = _named_in_role(context.people, noun, gazetteer) if noun and noun not in _PERSONAL_PRONOUNS else None
    named = _last_person(paragraph, at, gazetteer)
    if in_role is not None and named is None and _ANONYMOUS.search(paragraph.masked, 0, at) is not None:
        # "A first officer, who spoke on condition of anonymity, said … “…,” the pilot said": that one, not the pilot
        # named paragraphs before
        in_role = None
    if in_role is None and (_opens_since_the_last_person(paragraph, at, _someone_in_a_role()) or (
            named is None and (_someone_unnamed_before(paragraph, at, _SOMEONE)
                               or _ANONYMOUS.search(paragraph.masked, 0, at) is not None))):
        # "A worker at the farm, who asked not to be named, … “…,” he said", "In the market of Vícam Switch, … A man
        # waiting for the bus said he hoped …. “…,” he said": no one named
        return None
    if named is None and in_role is None and (opener := _ROLE_OPENER.match(paragraph.text)) is not None:
        # "The minister, questioned by deputies, rejected the comparison. “…,” he said": the one in that role.
        in_role = _named_in_role(context.people, fold(opener.group(1)), gazetteer)
    return in_role or named or last or context.last_named


@functools.cache
def _someone_in_a_role() -> re.Pattern[str]:
    """A sentence that opens on someone unnamed in a trade or a role, or a man, a woman or a passer-by ("A former
    relationship manager, now working for a smaller bank, shrugs …"): no spokesperson nor official, who speaks for
    an organisation, nor a description of the "he" or "she" after it ("A forester's son from Viļāni, he took me …")."""
    roles = (lexicon().person_roles | _SOMEONE_S_NOUNS) - _SPOKES_NOUNS - {"official", "representative"}
    return re.compile(rf"{_SET_THE_SCENE}(?:[Aa]n?|[Aa]nother|One)\s+(?:[\w’'-]+\s+){{0,2}}?"
                      rf"(?:{'|'.join(sorted(map(re.escape, roles), key=len, reverse=True))})\b"
                      r"(?![^.!?“”\"]*,\s+(?:he|she)\s)")


def _introduced_unnamed(paragraph: _Paragraph, at: int, noun: str) -> bool:
    """Tell whether a sentence of the paragraph before offset at opens on someone unnamed that the noun calls ("A
    miner coming off his shift …" of "the miner"), and no person is named after its start."""
    introduced = re.compile(_SET_THE_SCENE + rf"(?:[Aa]n?|[Aa]nother|One)\s+(?:[\w’'-]+\s+){{0,2}}?{re.escape(noun)}\b")
    return _opens_since_the_last_person(paragraph, at, introduced)


def _opens_since_the_last_person(paragraph: _Paragraph, at: int, opening: re.Pattern[str]) -> bool:
    """Tell whether a sentence of the paragraph before offset at opens as the pattern says after the last person it
    names before that offset."""
    # (a name in the possessive names no one new: "A young man mending a net beside Fiakpui's canoe was less
    # forgiving. “…,” he said")
    named = max((span.start for span in paragraph.people if span.start < at
                 and not paragraph.text.endswith(_POSSESSIVES, span.start, span.end)
                 and not paragraph.text.startswith(POSSESSIVE, span.end)), default=-1)
    return any(start > named and opening.match(paragraph.text, start)
               for start in (0, *(start for start, _ in paragraph.sentences if start < at)))


def _someone_unnamed_before(paragraph: _Paragraph, at: int, someone: re.Pattern[str]) -> bool:
    """Tell whether the paragraph, or a sentence of it before offset at, opens on someone unnamed ("By late afternoon,
    two houses had been razed. An elderly man watched from a doorway. “…,” he said": that man, not anyone named
    before), as someone describes them."""
    return any(someone.match(paragraph.text, start) for start in (
        0, *(start for start, _ in paragraph.sentences if start < at)))


def _of_the_pronoun_s_sex(speaker: str | None, pronoun: str, paragraph: _Paragraph, at: int, context: _Context,
                         gazetteer: Gazetteer) -> str | None:
    """Return the speaker "she" or "he" is: the one found, unless the article calls them by the other sex's title or
    pronoun ("Mr Nazarzoda"): then the one of their family name it calls by this one's ("Mavjuda Nazarzoda … her
    pupils"), else the last named whom it does not call by the other sex's ("Mr Mertayasa walked the terraces with Ni
    Wayan Sriasih, 47" / "“…,” she said": Sriasih, not a woman named paragraphs before)."""
    sex = _PRONOUN_SEXES.get(pronoun)
    genders: dict[str, str] = getattr(gazetteer, "genders", {})  # the article's: a gazetteer alone knows none
    if sex is None or speaker is None or genders.get(speaker, sex) == sex:
        return speaker
    named = [span.key for span in paragraph.people if span.end <= at]
    recent = tuple(reversed((*context.people, *named)))
    # The one of the speaker's family name and the pronoun's sex: "Nazarzoda walks back …" / "“…,” she says" is
    # Mavjuda Nazarzoda, not Rustam.
    family = _family_name(gazetteer, speaker)
    kin = next((key for key in recent if genders.get(key) == sex and _family_name(gazetteer, key) == family), None)
    if kin is not None:
        return kin
    # Else the last named of this sex or of a sex the article does not say ("Elmar Zurbriggen, … said he …. Nadine
    # Zurbriggen, 34, … was less sure." / "“…,” she said.").
    return next(
        (key for key in recent if key != speaker and genders.get(key, sex) == sex and _is_person(gazetteer, key)),
        speaker)


def _family_name(gazetteer: Gazetteer, key: str) -> str:
    """Return the last word of an actor's name, folded, or ""."""
    actor = gazetteer.actor(key)
    return fold_word(actor.name.split()[-1]) if actor is not None and actor.name else ""


def _named_in_role(people: tuple[str, ...], noun: str, gazetteer: Gazetteer) -> str | None:
    """Return the person named last in the article whose role or title has the noun ("the minister said" paragraphs
    after "Energy Minister Mohammad-Hossein Rahimi-Ardestani"), or None."""
    return next((key for key in reversed(people) if (actor := gazetteer.actor(key)) is not None
                 and noun in _role_nouns(actor.role)), None)


_TITLE_NOUNS = {"justice": ("judge",), "father": ("priest",), "fr.": ("priest",), "sen.": ("senator", "lawmaker"),
                "senator": ("lawmaker",), "rep.": ("lawmaker", "congressman", "congresswoman"), "gov.": ("governor",),
                "gen.": ("general",), "col.": ("colonel",), "supt.": ("superintendent",), "insp.": ("inspector",)}
"""The nouns a title answers to that it does not spell ("the judge" of "Justice Mian Tariq Mehmood", "the priest" of
"Fr. Tomás Ruiz")."""


def _role_nouns(role: str) -> frozenset[str]:
    """Return the folded words of a role or title and the nouns its titles answer to, before any remit ("the judge"
    is no "minister for justice"); a relative's, only before "of" ("the son of the community's lonko" is no lonko)."""
    words = fold(role).split()
    titles = words[:next((i for i, word in enumerate(words) if word in ("of", "for")), len(words))]
    said = titles if titles and len(titles) < len(words) and _A_RELATIVE.fullmatch(titles[-1]) else words
    return frozenset(said).union(*(_TITLE_NOUNS.get(word, ()) for word in titles))


_A_RELATIVE = re.compile(KIN)


def _person_in_role(paragraph: _Paragraph, at: int, gazetteer: Gazetteer, noun: str) -> str | None:
    """Return the person named before offset at whose role has the noun ("lawyer"), or None."""
    for span in reversed(paragraph.spans):
        actor = gazetteer.actor(span.key)
        if span.end <= at and actor is not None and actor.kind == "person" and noun in _role_nouns(actor.role):
            return span.key
    return None


_POSSESSIVES = ("’s", "'s")


def _new_subject(paragraph: _Paragraph, at: int, gazetteer: Gazetteer, since: int) -> str | None:
    """Return the person a sentence after a speech verb (ending at since) opens with, before offset at ("X said …
    Infrastructure Minister Paweł Szymański was more cautious. “…,” he said."; "… CITU’s Haradhan Ghosh was blunter."),
    or None."""
    named = paragraph.outside
    for start, end in paragraph.sentences:
        opener = next((s for s in named if s.start >= start), None) if since < start < at else None
        if opener is not None and paragraph.text.endswith(_POSSESSIVES, opener.start, opener.end):
            # "CITU’s Haradhan Ghosh was blunter": the organisation's person.
            opener = next((s for s in named if s.start == opener.end + 1), opener)
        if (opener is not None and opener.end <= min(at, end) and _is_person(gazetteer, opener.key)
                and paragraph.masked[start:opener.start].strip() == paragraph.text[start:opener.start].strip()
                and _before_a_subject(paragraph.text[start:opener.start])):
            return opener.key
    return None


_OPENING_PHRASE = re.compile(r"(?![^,;:]*\b(?:by|of|to|with|from|for|about)\b)[^,;:]{1,60},\s+")
"""A phrase and a comma before the name a sentence is about ("Her husband, Budhu Kerketta, who works in the factory, has
joined the strike"; "After the meeting, Rhoda Mensah was blunter"); not one that a name after it ends ("In a statement
signed by his secretary, Uche Mbanefo, the monarch said")."""


def _before_a_subject(before: str) -> bool:
    """Tell whether what a sentence has before a name leaves the name its subject: capitalised words alone
    ("Infrastructure Minister"), a phrase and a comma, or whose someone is ("Her neighbour Marçal Guterres")."""
    return (not any(word[:1].islower() for word in before.split()) or _OPENING_PHRASE.fullmatch(before) is not None
            or _WHOSE_SOMEONE.fullmatch(before) is not None or _a_role_before_a_name(before))


def _a_role_before_a_name(before: str) -> bool:
    """Tell whether what opens a sentence before a name is a role in lower case after a capitalised word or two
    ("Opposition councillor Teresa Galeandro was unimpressed"), which leaves the name its subject."""
    found = _QUALIFIED_ROLE.fullmatch(before)
    return found is not None and _is_role(found.group(1))


_QUALIFIED_ROLE = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){1,2}([a-z][\w-]*)\s+")


_WHOSE_SOMEONE = re.compile(r"\s*(?:His|Her|Their|Its|My|Our)\s+(?:[a-z][\w-]*\s+){1,2}")
"""A possessive and a noun or two before a name ("Her neighbour Marçal Guterres, a fisherman …, was less patient")."""


_OBJECTS = ("with", "to", "against", "from", "through", "via", "met", "summoned", "sued", "urged", "accused",
            "criticised", "criticized", "thanked", "invited", "blamed", "questioned", "replaced", "succeeded", "visited",
            "interviewed", "fired", "appointed", "dismissed",
            # who asks, in a participle's clause before the one asked ("Asked by Onda Andina whether …, he stopped")
            "[Aa]sked by", "[Qq]uestioned by", "[Pp]ressed by", "[Aa]pproached by", "[Cc]ontacted by", "[Rr]eached by")
_OBJECT_BEFORE = re.compile(rf"\b(?:{'|'.join(_OBJECTS)})\s+(?:[Tt]he\s+)?$")
"""A preposition or a verb done to someone right before a name ("has summoned Kristiansen to a hearing"): its person
is the object of someone else's doing (and a paper's, its "The" left out of its name: "in a statement to The Lodestar
Weekly")."""
_LONGEST_OBJECT = max(map(len, _OBJECTS)) + len(" the")
_ROLE_OBJECT_BEFORE = re.compile(rf"\b(?:{'|'.join(_OBJECTS)})\s+(?:the\s+|its\s+|[\w-]+['’]s\s+)?"
                                 r"(?:[\w’'-]+\s+){0,4}([a-z][\w-]*),\s+$")
"""A preposition or a verb done to someone, and a role in lower case in apposition before a name ("met Sula Ridge's
managing director, Pieter van der Walt", "with the cooperative's president, José Maria da Costa Soares"): the name is
the object too (see _named_as_an_object: not "with the church bell still ringing, Sione Faʻalogo sits")."""
_LONGEST_ROLE_OBJECT = 80
_OWNER_BEFORE = re.compile(r"\b(?:(?:unit|subsidiary|arm|division|affiliate)\s+of|owned\s+by)\s+"
                           r"(?:the\s+|its\s+|[\w-]+['’]s\s+)?$")
"""What comes right before the name of an organisation that owns the one just named ("…, the local unit of China's
…", "…, a subsidiary of …", "…, owned by …")."""
_OWNER_CHARS = 40
"""How far before a name _OWNER_BEFORE is looked for: searched from the paragraph's start, it was slow."""
_APPOSITION = re.compile(r",\s+(?:the|a|an|his|her|their)\s[^.;:!?“”\"]{1,80},\s+")
"""An apposition after a name, up to the name of someone it speaks of ("…, the son of the apu of Santa Teresita, ")."""
_VERB_AFTER = re.compile(r",\s+(?:has|had|have|is|was|says|said|[a-z]+ed)\b")
"""A verb after a comma, its subject named before an apposition."""
_UNRELATED = re.compile(r"\b(?:no relation|not related|unrelated)\s+(?:to|of)\s[^.;:!?]*$")
"""Who someone is said to be no kin of ("who is no relation to either Hoa or Danny Nguyen"): no one who speaks."""
_UNRELATED_CHARS = 60
_TOLD = ("told ", "told the ")
"""What comes before the one someone spoke to, often the outlet itself ("told Gas Cargo Review")."""
_KIN_GROUPS = (" family", " clan", " household", " brothers", " sisters")
"""Words after a family name that make it a family's, not a person's ("tapped trees for a Jarbubi family")."""
_DESCRIBED_BY_OF = re.compile(r"(?i:the|a|an|one)\s[^,;:]*?\s(?:of|for|to|with|from|at)\s+")
"""A description that names someone after "of" or another preposition: the one described is another ("the son of …";
"a tour guide at Bãi Cháy", where a name of two words may be a place's as well as a person's)."""
_ASIDE_OPEN = re.compile(r",\s+(?:(?:the|a|an|his|her|their)\s[^.;:!?“”\"]{1,80},\s+)?(?:where|who|whom|whose|which|when)\s"
                         r"[^.;:!?“”\",]{0,60}")
"""A clause of an apposition after a name, up to the name of someone it speaks of (", the Ohene of Abrafo-Pra, where ")."""
_ASIDE_CLOSE = re.compile(r"[^.;:!?“”\",]{0,60},\s+(?!and\b|or\b|but\b|who\b|which\b|the\b|a\b|an\b)[a-z]+\b")
"""The rest of that clause and the verb of the sentence after it ("… was arrested, struck")."""
_LIST_TAIL = re.compile(r"\s*[a-z][\w-]*\s+(?:and|or)\s+[a-z][\w-]*\b")
"""The end of a list of verbs or nouns a comma cut from the apposition it belongs to ("…, the SKB subsidiary set up to
build, own and operate the dam, said")."""
_ADVERBIAL = re.compile(r"\s*(?:(?:in|at|on|after|before|from|during|outside|inside|near|since|later|earlier|meanwhile|"
                        r"separately|however|yesterday|today|last|this|asked|questioned|pressed|contacted|reached|"
                        r"approached|responding|reacting|replying|speaking|commenting|about)\b|[A-Z][a-z]+day\b)",
                        re.IGNORECASE)
"""A part that opens a sentence and says where or when, or how its subject came to speak, before its subject ("In
Vancouver, a spokesperson for …", "Reached by telephone, a spokesperson for …"; "about the allegations" after "Asked",
a verb of speech itself)."""
_REMIT_TAIL = re.compile(r"\s*(?:[A-Z][\w-]*\s+){1,3}and\s+(?:[A-Z][\w-]*\s*){1,3}")
"""The end of a minister's remit listed with commas, cut from the title it belongs to ("…, Mauritius’ Minister of Social
Integration, Social Security and National Solidarity, told")."""
_OPENING_QUOTES = frozenset('“"«„‘')
"""Marks a paragraph that is a quotation opens with."""
_ABOUT_THEM = re.compile(r"(He|She|His|Her)\s|(?:Asked|Pressed|Questioned|Challenged)\b[^.!?“”]*?,\s+(he|she)\s")
"""A paragraph opening on a pronoun or a possessive, or on what someone was asked and "he" or "she" ("Asked whether
…, he pauses."): it goes on about the person named before it."""
_ROLE_HEAD_WORDS = 3
"""How far into a part of a subject clause its title may come ("deputy general secretary of …")."""
_STILL_ABOUT_THEM = re.compile(r"[;,]\s+(?:he|she)\s+[a-z]+s\b")
"""A clause of a sentence whose subject is "he" or "she", doing something now ("…; he keeps his back to the wall")."""
_ABOUT_THEM_AGAIN = re.compile(r"(?:^|[.!?]\s+)(?:He|She|His|Her)\s")
"""A sentence of a paragraph that goes on about the person spoken of with "He", "She", "His" or "Her"."""
_CARRIES_ON = re.compile(r"(?:He|She|(?:(?:Last|This|Next|That|Every|Each|One)\s+[a-z]+|Later|Earlier|Then|Now|Today|"
                         r"Yesterday|Since\s+then|(?:In|By|Until|Since)\s+(?:[A-Z][a-z]+\s+)?\d{4}|"
                         r"In\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December))\s*,?\s+(?:he|she))\s")
"""A paragraph opening on "He" or "She", or on when and then "he" or "she" ("Last winter he stood up at a packed
meeting in Videbæk"): it goes on about the person named before it."""
_ASKED_THEN = re.compile(r"(?:^|[.!?]\s+)(?:Asked|Pressed|Questioned|"
                         r"(?:When|As|After)\s+(?:I|we)\s+(?:asked|pressed)\s+(?:him|her))"
                         r"\b[^.!?]*?,\s+(?:he|she)\s[^.!?]*[.!?:]?\s*$")
"""A paragraph's last sentence that asks "he" or "she" something ("Asked about the complaint, he is careful.", "When I
asked him whether …, he was quiet for a long time before he answered."): it goes on about the person named before it."""
_GOES_ON_ABOUT = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\s")
""""He", "she", "his" or "her" outside quotations in a paragraph that names no person and reports no speech: it goes
on about the one named or quoted before it ("In a cold-room at the laboratories at Taroona, he shows me the captive
skate", "The house was built with a loan from her village's self-help group"), not about someone it describes ("A
veteran miner, who asked not to be named because he leases ground, said …")."""


_POSSESSIVE_WORDS = tuple(f"{ending} " for ending in POSSESSIVE)
"""A possessive's ending after a name, then the next word ("MacIsaac’s group", "the Almeidas' café")."""


_WORD_AFTER = re.compile(r" ([a-z]+)\b")


def _noun_after(text: str, end: int) -> bool:
    """Tell whether a plural noun follows a name ending at end ("Nitrate readings")."""
    word = _WORD_AFTER.match(text, end)
    # A plural in -ings is no verb, where a word in -ed, -s or any other may be one ("Zelensky appealed", "Anne
    # watches", "Nadella spoke").
    return word is not None and word.group(1).endswith("ings")


def _names_a_thing(text: str, span: Span) -> bool:
    """Tell whether a name between "the" and a noun names a thing ("a map of the Mni Wiconi system"), not a person."""
    return text.endswith(("the ", "The "), 0, span.start) and _WORD_AFTER.match(text, span.end) is not None


def _last_person(paragraph: _Paragraph, at: int, gazetteer: Gazetteer) -> str | None:
    """Return the last person named before offset at, outside quotation marks, or None; a person named for sure
    before one only guessed ("Upendo Sanga, 46, has a stall. Business has never been busier, she says"), and one
    not named after "with", "to", "against", "from" or a verb done to them ("summoned"), nor in the possessive, before
    one who is."""
    guessed = getattr(gazetteer, "guessed", frozenset())  # the article's guesses: a gazetteer alone makes none
    # A guess that a noun follows is a sentence's first word, no one ("Nitrate readings … had breached …, she said").
    people = [span for span in reversed(paragraph.people) if span.end <= at
              and not (span.key in guessed and _noun_after(paragraph.masked, span.end))
              and not _UNRELATED.search(paragraph.text, max(0, span.start - _UNRELATED_CHARS), span.start)]
    firm = [span for span in people if span.key not in guessed] or people
    if not firm:
        return None
    # "Hadžić, who brokered the deal with Delić, was upbeat. “…,” she said": the one talked with is not the speaker,
    # nor the one whose group someone is in ("X, 29, is one of the younger members of MacIsaac’s group").
    return next((span for span in firm if not _named_as_an_object(paragraph.text, span.start)
                 and not _possessive(paragraph.text, span) and not _in_apposition(paragraph.text, span, people)
                 and not paragraph.text.startswith(_KIN_GROUPS, span.end) and not _names_a_thing(paragraph.text, span)
                 and not _another_name_of(paragraph.text, span)),
                firm[0]).key


_WORD_BEFORE_PARENTHESES = re.compile(r"(\w[\w’'-]*) \($")
"""A word and the parenthesis that opens an aside after it."""


def _another_name_of(text: str, span: Span) -> bool:
    """Tell whether a name is in parentheses straight after another name, its other name or an affiliation
    ("Kangerlussuaq (Søndre Strømfjord)", "Ahmed Salah (Cairo University)"): an aside, not whom the paragraph goes on
    about."""
    before = _WORD_BEFORE_PARENTHESES.search(text, max(0, span.start - _LONGEST_WORD), span.start)
    return before is not None and before.group(1)[0].isupper() and text.startswith(")", span.end)


_LONGEST_WORD = 40
"""How far back from a name the word before its parenthesis is looked for."""


def _in_apposition(text: str, span: Span, people: list[Span]) -> bool:
    """Tell whether a person is named inside the apposition of someone who opens the sentence, the subject of the verb
    after it ("Kevin, the son of the apu of Santa Teresita, Teodoro Mahua Inuma, has walked …": "he" is Kevin), or
    inside a clause of that apposition ("Nana Kofi Boakye II, the Ohene of Abrafo-Pra, where Li was arrested, struck
    …": "he" is Nana Kofi Boakye II)."""
    return any(other.end < span.start and _opens_a_sentence(text, other.start) and (
        (_VERB_AFTER.match(text, span.end) is not None and _APPOSITION.fullmatch(text, other.end, span.start))
        or (_ASIDE_OPEN.fullmatch(text, other.end, span.start) and _ASIDE_CLOSE.match(text, span.end)))
        for other in people)


def _possessive(text: str, span: Span) -> bool:
    """Tell whether a name is in the possessive ("MacIsaac’s group"), its ending in its span or after it."""
    return text.endswith(POSSESSIVE[2:], span.start, span.end) or text.startswith(_POSSESSIVE_WORDS, span.end)


_ATTRIBUTIVE = re.compile(r"[’']?s?\s+(?:administration|government|regime|era|years|camp|campaign|family|doctrine|"
                          r"team|presidency|cabinet|policy|policies|plan)\b")
"""A noun after a person's name that makes the name an adjective ("the Biden administration", "the Kirchner era"):
the paragraph does not speak of the person."""


def _named_as_an_object(text: str, at: int) -> bool:
    """Tell whether "with", "to", "against", "from" or a verb done to someone, and spaces, come right before offset at,
    or before a person's role in apposition that ends there.

    The search starts at most the longest of those words before the spaces: from the start of the text, re tried
    every position of it, for every person named."""
    word_end = len(text[:at].rstrip())
    if _OBJECT_BEFORE.search(text, max(0, word_end - _LONGEST_OBJECT), at) is not None:
        return True
    if not text.endswith(", ", 0, at):
        return False
    role = _ROLE_OBJECT_BEFORE.search(text, max(0, at - _LONGEST_ROLE_OBJECT), at)
    if role is None:
        return False
    noun, lex = fold_word(role.group(1)), lexicon()
    return noun in lex.person_roles or noun in lex.titles


def _titled_acronym(name: str) -> bool:
    """Tell whether a subject is "the" and a title written as an acronym ("the SP", "the MEC", "the CDO"); not a
    courtesy title's letters, which "the" never comes before ("the ATO" is the tax office, not the Amharic "Ato")."""
    words = name.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isupper():
        return False
    title, lex = fold_word(words[1].rstrip(".")), lexicon()
    return title in lex.titles and title not in lex.courtesy


_RANK_PREFIXES = frozenset({"sub", "vice", "deputy", "co", "under", "assistant"})
"""Prefixes of rank before a title joined by a hyphen ("sub-prefect", "vice-chancellor")."""


_OWNER = re.compile(r"[A-Z]{2,6}|[\w-]+['’]s")
"""An organisation's acronym or a possessive before a person's role: whose role it is ("the UTPD secretary-general")."""


_MEMBER_BODY = re.compile(r"(?i:the)\s+[A-Z]{2,6}\s+(?:agency|body)$")
"""One of the bodies of an organisation called by its acronym ("the UN agency"): the one named before, not the
organisation itself."""
_MEMBERS = re.compile(r"the\s+([a-z]+s)")
""""The" and a plural noun: the members of a body named after them may speak together ("the mayors wrote")."""


def _people_noun(noun: str) -> bool:
    """Tell whether a plural noun is of people in a role ("mayors", "farmers", "elders")."""
    return noun.endswith("s") and noun[:-1] in lexicon().person_roles


def _described_as(name: str, kind: str) -> bool:
    """Tell whether a subject is "the" and a noun of a kind's ("the lawyer", "the confederation")."""
    lex = lexicon()
    words = name.split(maxsplit=2)
    # "the French development agency", "the ILO office"; a person's "the UTPD secretary-general", "the union's chief
    # executive"
    if len(words) == 3 and (fold_word(words[1]) in lex.demonyms or (_OWNER.fullmatch(words[1]) and (
            kind == "person" or (is_acronym((words[1],)) and " " not in words[2])))):
        name = f"{words[0]} {words[2]}"
    match = _THE_NOUN.match(name)
    if match is None:
        return False
    noun = fold_word(match.group(1))
    if kind == "person":  # a title of two joined by a hyphen too ("the governor-general")
        # "the sub-prefect", "the vice-chancellor": a title after a prefix of rank is one
        head = noun.split("-", 1)[1] if noun.split("-", 1)[0] in _RANK_PREFIXES and "-" in noun else noun
        return head in lex.person_roles or all(part in lex.titles for part in head.split("-"))
    return noun in lex.organisation_words or noun in lex.organisation_descriptors or noun in _BODY_NOUNS


def _collective_speaker(noun: str, paragraph: _Paragraph, at: int, verbs: list[_Verb], recent: str | None,
                        gazetteer: Gazetteer, context: _Context, *, named_before: int) -> str | None:
    """Return who "it", "the statement", "the company" or "the ministry" is: the one who spoke before it, the company
    its paragraph names, the organisation whose name or role has the noun, else the organisation named last; never
    one named inside a quotation ("… at the disposal of CONAF,” the company said"). "The mayors" are only an
    organisation named by them, in the possessive or not ("the Liptov Mayors’ Forum"). The organisation named last is
    named before named_before: "the UN agency said" is not the UN's."""
    if noun == _REPORT:  # none but its author, named or speaking before it
        author = _or_known(_report_author(paragraph, at, gazetteer, context), context.reporter)
        if author is not None:
            return author or None  # "": its author is unnamed
        return (context.spoken if _is_organisation(gazetteer, context.spoken or "") else None) or next(
            (key for key in _organisations_so_far(paragraph, at, gazetteer, context)
             if not _INQUIRING.isdisjoint(fold(gazetteer.actor(key).name).split())), None)
    if _people_noun(noun):
        forms = (f"{noun}’", f"{noun}'", noun)  # "the Liptov Mayors’ Forum", "Mayors' Forum", "Mayors Forum"
        return _court_named(noun, paragraph, at, gazetteer, context) or next(
            (key for form in forms if (key := _organisation_called(form, paragraph, at, gazetteer, context))), None)
    if noun in _DOCUMENT_NOUNS and not any(verb.speaker for verb in verbs) and any(
            verb.called or _said_in(noun, paragraph, verb) for verb in verbs):
        return None  # "In a statement, the Meghalaya government said …. “…,” the statement said": no one named
    spans = paragraph.outside
    if not noun and (opener := _ROLE_OPENER.match(paragraph.text)) is not None and _described_as(
            f"the {opener.group(1)}", "organisation") and not _last_organisation(spans, at, gazetteer):
        noun = fold(opener.group(1))  # "The ministry defended the agreement. “…,” it said": the ministry
    issuer = (_issuer_here(noun, paragraph, at, gazetteer, context)
              or _court_named(noun, paragraph, at, gazetteer, context)
              or _document_issuer(noun, paragraph, at, gazetteer, context))
    found = (_previous_speaker(noun, verbs, None if issuer else recent, gazetteer) or issuer
             or _company_here(noun, paragraph, at, gazetteer)
             or _spoke_before(noun, paragraph, at, gazetteer, context)
             or _named_in_its_statement(noun, paragraph, gazetteer, context)
             or _organisation_called(noun, paragraph, at, gazetteer, context)
             or _company_so_far(noun, paragraph, at, gazetteer, context))
    if found is not None or noun in _NAMED_SO:
        return found
    return (_last_organisation(_not_objects(paragraph), named_before, gazetteer)
            or _last_organisation(spans, named_before, gazetteer)
            or context.last_organisation or _last_organisation(spans, at, gazetteer, kinds=("",)))


_NAMED_SO = frozenset({"ministry", "embassy"})
"""Bodies whose names say what they are: "the ministry said" is no organisation the article names otherwise (not
Hamas, named last, where the ministry is named only in lower case: "the Belarusian foreign ministry")."""


def _report_author(paragraph: _Paragraph, at: int, gazetteer: Gazetteer, context: _Context) -> str | None:
    """Return the organisation its paragraph names last, before offset at and outside quotations, as a report's author
    ("the final report of the Infected Blood Inquiry", "the commission's 300-page report", "the panel published its
    report"); "" when the last author it tells of is unnamed ("A review committee set up by the minister submitted
    its report"); None when it tells of none."""
    text = paragraph.masked
    if "report" not in text:
        return None
    named = next(((span.start, span.key) for span in reversed(paragraph.outside) if span.end <= at and (
        _REPORT_OF.search(text, max(0, span.start - _REPORT_OF_CHARS), span.start)
        or _REPORT_AFTER.match(text, span.end)) and not (
        _PUBLISHED_REPORT.match(text, span.end) and _AFTER_A_PREPOSITION.search(text, 0, span.start))), None)
    unnamed = [(found.start(), "") for found in _UNNAMED_REPORTER.finditer(text, 0, at)
               if _organisation_called(fold(found.group(1)), paragraph, found.start(), gazetteer, context) is None]
    return max((named, *unnamed) if named else unnamed, default=(0, None))[1]


def _or_known(found: str | None, known: str | None) -> str | None:
    """Return found unless it is None, else known: "" (someone unnamed) is an answer."""
    return known if found is None else found


_REPORT_OF = re.compile(r"\breports?\s+(?:(?:published|released|issued|commissioned|written|prepared|compiled|"
                        r"presented)\s+)?(?:of|by|from)\s+(?:the\s+|its\s+)?$")
_REPORT_OF_CHARS = 50
_INQUIRING = frozenset({"inquiry", "commission", "committee", "panel", "review", "investigation", "mission", "auditor",
                        "ombudsman", "inspectorate"})
"""The words of a body that reports what it looked into: "the report" is the last one's the article named, when it
names no report's author."""
_PUBLISHED = (r"\s+(?:(?:has|had|have)\s+)?(?:published|released|issued|presented|delivered|submitted|tabled|"
              r"handed\s+down|made\s+public)\s+(?:its|their|a|an|the)\s+(?:[\w,-]+\s+){0,4}?")
_PUBLISHED_REPORT = re.compile(rf"{_PUBLISHED}reports?\b")
_REPORT_AFTER = re.compile(rf"(?:['’]s?\s+(?:[\w-]+\s+){{0,3}}?|{_PUBLISHED}|\s+)reports?\b")
"""What follows a report's author: "'s final report", " report", " published its 1,200-page report" (not after a
preposition: "The task team set up by the Ministry of Agriculture submitted its report" is the team's)."""
_AFTER_A_PREPOSITION = re.compile(r"\b(?:by|of|for|from|to|with|at|in|under)\s+(?:the\s+)?$")
_UNNAMED_REPORTER = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}?(committee|panel|team|taskforce|review|"
                               r"commission|inquiry|group|board|mission)\b(?:,?\s+(?:set\s+up|appointed|formed|created|"
                               r"named|led|chaired)\b[^.;:“”\"]{0,100}?)?" + _PUBLISHED + r"report")
"""A body no name is given for that wrote a report ("A review committee set up by the minister submitted its report",
"The task team … submitted its preliminary report"): the report is no named organisation's, unless "the committee"
calls one the article named."""


def _said_in(noun: str, paragraph: _Paragraph, verb: _Verb) -> bool:
    """Tell whether the sentence of a speech verb says it was said in the document the noun calls ("In a statement, the
    Meghalaya government said"), not with the document for its subject ("The statement did not say …")."""
    opens = next((start for start, end in paragraph.sentences if start <= verb.start < end), 0)
    return re.search(rf"\bin\s+(?:a|an|its|the|their|his|her)\s+(?:[\w-]+\s+)?{noun}\b",
                     paragraph.masked[opens:verb.start], re.IGNORECASE) is not None


def _previous_speaker(noun: str, verbs: list[_Verb], recent: str | None, gazetteer: Gazetteer) -> str | None:
    """Return who spoke last in the paragraph when "the statement", "it" or "the company" continues them ("The FDA
    said in a statement … “…,” the statement said"; "The ministry said … “…,” it said"; "Sahyadri said … “…,” the
    company said"), or None; a statement may be that of the person who spoke last in the paragraph before (recent),
    unless one who spoke in this paragraph is no one known ("The ministry said in a statement …", in an article naming
    no ministry)."""
    key = next((verb.speaker for verb in reversed(verbs) if verb.speaker), None)
    actor = gazetteer.actor(key) if key else None
    if noun in _DOCUMENT_NOUNS:
        return key or (None if verbs else recent)
    if actor is None or actor.kind == "person":
        return None
    if not noun:  # "The ministry said … “…,” it said"
        return key
    words = tuple(actor.name.split())
    company = _named_as_a_company(actor.name) or not (is_acronym(words) or any(
        is_organisation_word(word, lexicon()) for word in words))
    return key if noun in _COMPANY_NOUNS and company else None


def _named_as_a_company(name: str) -> bool:
    """Tell whether a name says it is a company's: by its legal form, its first or last word ("… Corporation",
    "Compañía …"), or a trade's word it ends on ("Great Lakes Southern Railway")."""
    words = tuple(name.split())
    return _has_legal_form(name) or fold_word(words[-1]) in _COMPANY_HEADS or fold_word(
        words[0]) in _COMPANY_FIRSTS or _business_name(words)


_BUSINESS_ENDS = frozenset({"resources", "mining", "minerals", "metals", "energy", "petroleum", "holdings",
                            "industries", "group", "technologies", "logistics", "ventures", "motors", "pharmaceuticals",
                            "railway", "railroad", "airlines", "airways"})
"""Organisation words a business's name ends on ("Meridian Austral Resources", "Tianrong Holdings")."""


def _business_name(words: tuple[str, ...]) -> bool:
    """Tell whether a name is a business's by its last word, no other word of it an organisation's ("Meridian Austral
    Resources", whose "plc" the name lost; not the "Department of Natural Resources")."""
    return fold_word(words[-1]) in _BUSINESS_ENDS and not any(
        is_organisation_word(word, lexicon()) for word in words[:-1] if fold_word(word) not in _BUSINESS_ENDS)


def _issuer_here(noun: str, paragraph: _Paragraph, at: int, gazetteer: Gazetteer, context: _Context) -> str | None:
    """Return the organisation its paragraph names after a document of that noun and before "the statement said"
    ("In a statement issued from its regional office, the FCI rejected the charge. “…,” the statement said"), or
    calls there by a word of its name ("In a letter sent to MPs, the society asked … The letter says"), else the one
    it names before the document ("The Latin Catholic Diocese of Konni backed the stoppage in a pastoral letter.
    “…,” the letter said"), or None: the person who spoke in the paragraph before issued no statement of this
    one's. "It" speaks for a document the paragraph says someone issued, and so for them."""
    if noun in _DOCUMENT_NOUNS:
        # The last mention is the subject's own ("the statement said"); the one before it, the document's (a word of
        # its own: not the "order" of "ordered").
        mentions = [m.start() for m in re.finditer(rf"\b{re.escape(noun)}\b", paragraph.masked[:at])]
    else:  # "it" after a document its paragraph names ("X issued a written statement. “…,” it said")
        mentions = [m.start() for m in _A_DOCUMENT.finditer(paragraph.masked, 0, at)] * 2 if not noun else []
    if len(mentions) < 2:
        return None
    mention = mentions[-2]
    # not its addressee ("TNB, in a statement to the Herald, said …"), who issued none
    spans = tuple(span for span in paragraph.outside
                  if span.start > mention and not paragraph.masked.endswith(_ADDRESSED, 0, span.start))
    return (_last_organisation(spans, at, gazetteer) or _sender(paragraph, mention, gazetteer)
            or _called_after(paragraph, mention, at, gazetteer, context)
            or _last_organisation(paragraph.outside, mention, gazetteer))


_A_DOCUMENT = re.compile(r"\b(?:issued|released|sent|published|posted|put\s+out)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:statement|letter|communiqu[ée]|note|message)\b")
"""A document someone issued, which "it" may speak for after it."""


def _called_after(paragraph: _Paragraph, start: int, at: int, gazetteer: Gazetteer, context: _Context) -> str | None:
    """Return the first organisation that "the <noun>" calls between two offsets, not as someone's object ("sent to the
    ministry"), or None."""
    masked = paragraph.masked
    return next((key for the in _THE_WORD.finditer(masked, start, at)
                 if not _OBJECT_BEFORE.search(masked, max(0, the.start() - _LONGEST_OBJECT), the.start())
                 and (key := _organisation_called(fold(the.group(1)), paragraph, at, gazetteer, context))), None)


def _sender(paragraph: _Paragraph, mention: int, gazetteer: Gazetteer) -> str | None:
    """Return the first person the sentence of a document's mention names before it, who sent it ("X, who did not make
    the journey to Miri, sent a letter of support. “…,” the letter read"), or None."""
    opens = next((start for start, end in paragraph.sentences if start <= mention < end), 0)
    return next((span.key for span in paragraph.outside
                 if opens <= span.start and span.end <= mention and _is_person(gazetteer, span.key)), None)


_ISSUED_BY_NOUN = re.compile(rf"\b(?:{'|'.join(_DOCUMENT_NOUNS)})\s+(?:issued\s+|released\s+|sent\s+)?(?:by|from)\s+"
                             r"the\s+([a-z][\w-]*?)(?:['’]s\b|\b)")
"""A document issued by an organisation called by its noun: "a statement issued by the eparchy's curia"."""


def _document_issuer(noun: str, paragraph: _Paragraph, at: int, gazetteer: Gazetteer, context: _Context) -> str | None:
    """Return the organisation "it" speaks for when its paragraph names a document issued by one that "the <noun>"
    calls ("A statement issued by the eparchy's curia was blunter. “…,” it read": the eparchy the article named),
    or None."""
    if noun:
        return None
    issued = _ISSUED_BY_NOUN.search(paragraph.masked, 0, at)
    return _organisation_called(fold(issued.group(1)), paragraph, at, gazetteer, context) if issued else None


def _court_named(noun: str, paragraph: _Paragraph, at: int, gazetteer: Gazetteer, context: _Context) -> str | None:
    """Return the court the article named last when its bench or its order speaks ("“…,” the bench said in its order",
    "“…,” the order reads"), or None."""
    if noun not in _COURT_NOUNS:
        return None
    return next((key for key in _organisations_so_far(paragraph, at, gazetteer, context)
                 if _is_organisation(gazetteer, key) and _COURT_WORDS & set(fold(gazetteer.actor(key).name).split())),
                None)


_COURT_NOUNS = frozenset({"bench", "order", "judgment", "judgement", "ruling", "verdict", "justices", "judges",
                          "arbitrators"})
_COURT_WORDS = frozenset({"court", "tribunal", "tar"})


def _spoke_before(noun: str, paragraph: _Paragraph, at: int, gazetteer: Gazetteer, context: _Context) -> str | None:
    """Return the organisation that spoke last in the paragraph before when "it", "the statement" or "the carrier"
    goes on from it and its own paragraph names none before it ("Maersk said on Wednesday …" / "“…,” the carrier
    said"), before any other organisation the article named: "the company" a company, and a noun that is an
    organisation's word ("the ministry") a word of its name, or its name has none ("the agency": the Amazonas State
    Civil Defence) and the noun calls no other organisation the article named ("the army": "the Nationaal Leger, the
    Surinamese army", not the daily that wrote before)."""
    spoken = context.spoken
    actor = gazetteer.actor(spoken) if spoken else None
    if actor is None or _last_organisation(paragraph.outside, at, gazetteer, kinds=("organisation", "")):
        return None
    if _previous_speaker(noun, [_Verb(0, 0, spoken)], None, gazetteer):
        return spoken  # as if it had spoken in this paragraph: "it", "the statement", "the company" of a company
    words = fold(actor.name).split()
    named = any(is_organisation_word(word, lexicon()) for word in words)
    if noun and _organisation_called(noun, paragraph, at, gazetteer, context) not in (None, spoken):
        return None  # "the army": the one named or described as the army, though a paper spoke last
    return spoken if not is_organisation_word(noun, lexicon()) or noun in words or not named else None


def _named_in_its_statement(noun: str, paragraph: _Paragraph, gazetteer: Gazetteer, context: _Context) -> str | None:
    """Return the one company, by its legal form, that the article named before and that "the company"'s statement
    names in its paragraph, as a company's statement names itself (“Due to circumstances beyond our control, OOO
    «Kamchatrybprom» is forced to …”, the company wrote), or None."""
    if noun not in _COMPANY_NOUNS or len(paragraph.outside) == len(paragraph.spans):
        return None  # most paragraphs name no one inside their quotations
    quoted = {span.key for span in paragraph.spans if span not in paragraph.outside and span.key in
              context.organisations and (actor := gazetteer.actor(span.key)) is not None and _has_legal_form(actor.name)}
    return next(iter(quoted)) if len(quoted) == 1 else None


def _company_here(noun: str, paragraph: _Paragraph, at: int, gazetteer: Gazetteer) -> str | None:
    """Return the company "the company" is when its paragraph names one before it ("Yıldırım Yapı did not respond
    … the company said"), a name of no kind known counting: the paragraph before may name another organisation. Not
    one it wrote or spoke to ("In a statement sent to the Observer, the company said")."""
    if noun not in _COMPANY_NOUNS:
        return None
    return _last_organisation(_not_objects(paragraph), at, gazetteer, kinds=("organisation", ""))


def _not_objects(paragraph: _Paragraph) -> tuple[Span, ...]:
    """Return the names outside quotations that are no object of someone else's doing (see _OBJECT_BEFORE), nor the
    acronym of one ("In a filing to the Singapore Exchange (SGX), …")."""
    objects = _object_keys(paragraph)
    return tuple(span for span in paragraph.outside if span.key not in objects) if objects else paragraph.outside


def _object_keys(paragraph: _Paragraph) -> set[str]:
    """Return the actors a paragraph names, outside quotations, as the object of someone else's doing."""
    masked = paragraph.masked
    return {span.key for span in paragraph.outside
            if _OBJECT_BEFORE.search(masked, max(0, span.start - _LONGEST_OBJECT), span.start)}


def _organisation_called(noun: str, paragraph: _Paragraph, at: int, gazetteer: Gazetteer, context: _Context) -> str | None:
    """Return the organisation named so far in the article that "the <noun>" calls by a word of its
    name, in English or another language, or its role ("the central bank": the Central Bank of Nigeria; "the fund":
    the IMF; "the union": the Sindacato Autonomo Sughero e Foreste), or None."""
    if not noun:
        return None
    abroad = lexicon().nouns_abroad.get(noun, frozenset())
    for key in _organisations_so_far(paragraph, at, gazetteer, context):
        actor = gazetteer.actor(key)
        if actor is not None and noun in _COMPANY_NOUNS and not GOVERNING.isdisjoint(fold(actor.name).split()):
            continue  # "the railroad" is no Federal Railroad Administration
        # (A hyphen parts a name's words too: "the association" of the "Berom Youth Moulders-Association".)
        if actor is not None and (noun in (words := fold(actor.name).replace("-", " ").split())
                                  or noun in fold(actor.role).split()
                                  or not abroad.isdisjoint(words)
                                  or (noun in _COMPANY_NOUNS and _has_legal_form(actor.name))):
            return key
    return None


def _company_so_far(noun: str, paragraph: _Paragraph, at: int, gazetteer: Gazetteer, context: _Context) -> str | None:
    """Return the organisation named last in the article that is no governing body when "the company" speaks ("In a
    letter to the Ministry of Energy, the Stavanger-based company said": the company named before, not the ministry),
    nor what its paragraph names as the object of someone's doing ("In a filing to the Singapore Exchange, the company
    said"), or None; one whose name says it is a company before any other ("Great Lakes Southern Railway …. The
    American Red Cross opened a shelter. “…,” the company said")."""
    if noun not in _COMPANY_NOUNS:
        return None
    objects = _object_keys(paragraph)
    named = [key for key in _organisations_so_far(paragraph, at, gazetteer, context)
             if key not in objects and GOVERNING.isdisjoint(fold(gazetteer.actor(key).name).split())]
    return next((key for key in named if _named_as_a_company(gazetteer.actor(key).name)), named[0] if named else None)


def _organisations_so_far(paragraph: _Paragraph, at: int, gazetteer: Gazetteer, context: _Context) -> Iterator[str]:
    """Yield the organisations the article has named before offset `at` of this paragraph, the last named first."""
    here = tuple(s.key for s in paragraph.spans if s.end <= at and _is_organisation(gazetteer, s.key))
    yield from reversed((*context.organisations, *here))


def _has_legal_form(name: str) -> bool:
    """Tell whether a name is a company's by its legal form, after it or before it ("Minera Cordillera del Sur S.A.A.",
    "OOO Kamchatrybprom")."""
    words, lex = tuple(name.split()), lexicon()
    return without_legal_form(words, lex) != words or (len(words) > 1 and fold_word(words[0]) in lex.legal_forms)


def _is_organisation(gazetteer: Gazetteer, key: str) -> bool:
    return _kind(gazetteer, key) == "organisation"


_ADDRESSED = (" to ", " to the ")
"""What comes before the one a document is sent to."""


def _last_organisation(spans: tuple[Span, ...], before: int, gazetteer: Gazetteer,
                       kinds: tuple[str, ...] = ("organisation",)) -> str | None:
    """Return the last actor of one of these kinds named before offset `before` (an organisation; a
    name whose kind the article does not show, as a last resort), or None."""
    for span in reversed(spans):
        actor = gazetteer.actor(span.key)
        if span.end <= before and actor is not None and actor.kind in kinds:
            return span.key
    return None


def _named_with_its_noun(name: str, end: int, spans: tuple[Span, ...], gazetteer: Gazetteer) -> Span | None:
    """Return the organisation a subject names by its name and the noun of its kind in lower case after it ("the
    Likud party said", "the Wagner group said"), or None; not a place's body ("the Chiatura police")."""
    _, _, noun = name.rpartition(" ")
    if not noun.islower() or not _described_as(f"the {noun}", "organisation"):
        return None
    name_at = end - len(name)
    return next((span for span in spans if span.end == end - len(noun) - 1 and name_at <= span.start
                 and not _ARTICLE.sub("", name[:span.start - name_at])
                 and _kind(gazetteer, span.key) == "organisation"), None)


def _kind(gazetteer: Gazetteer, key: str) -> str | None:
    actor = gazetteer.actor(key)
    return actor.kind if actor is not None else None


def _is_person(gazetteer: Gazetteer, key: str) -> bool:
    return _kind(gazetteer, key) == "person"


def _text(text: str, span: tuple[int, int]) -> str:
    return text[span[0] + 1 : span[1]].strip()


def _attribution(
    text: str, masked: str, pair: tuple[int, int], bounds: tuple[int, int], verbs: tuple[_Verb, ...]
) -> tuple[_Verb | None, bool]:
    """Return (verb, strong): the speech verb attributing a quotation and whether it is adjacent.

    A verb after the quotation wins ("“…,” Mr. Pompeo said") unless it names nobody and one
    before does, or "and" or "but" joins it to one before that names someone ("Guaido called the situation “…”, on
    Monday and said …"), or a colon joins it to the next quotation.
    """
    after = next((v for v in verbs if pair[1] < v.start < bounds[1]), None)
    if after is not None and masked[after.end:bounds[1]].strip() == ":":
        after = None  # "X asked: “…?” Beside him, Lorna said: “…”": the verb introduces the next quotation
    if after is not None and _CONTRASTED.match(masked, pair[1] + 1, after.start):
        after = None  # "X told the court that it “…,” while Mr. Y replied that …": Y's is another clause
    before = next((v for v in reversed(verbs) if bounds[0] <= v.start < pair[0]), None)
    if before is not None and _CONTRAST_TO_A_COLON.search(masked, before.end, pair[0]):
        return None, False  # "“…,” X says, while a neighbour, Y, is more hopeful: “…”": Y's, brought in by the colon
    if after is not None and before is not None and before.speaker is not None and _COORDINATED.search(
            masked, pair[1] + 1, after.start):
        after = None
    if after is not None and (after.speaker is not None or before is None or before.speaker is None):
        punctuated = _text(text, pair).endswith((",", "?", "!")) or masked[pair[1] + 1 :].lstrip().startswith(",")
        return after, punctuated
    if before is None:
        return None, False
    words = _WORD.findall(masked[before.end : pair[0]])
    if "that" in words:  # "told reporters that “…”" is adjacent; "said that X recommended “…”" is not
        return before, words[-1] == "that" and len(words) <= _NEAR_WORDS + 1
    return before, len(words) <= _NEAR_WORDS


_CONTRASTED = re.compile(r"[\s,]*(?:while|whereas)\b")
"""What opens a clause of another speaker's right after a quotation."""
_CONTRAST_TO_A_COLON = re.compile(r",\s+(?:while|whereas)\s+(?=[^.;!?“”\"]*:\s*$)")
"""A clause of someone else's that a colon ends, before a quotation it brings in."""


def _joins(text: str, masked: str, verb: _Verb, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Tell whether two quotations are one sentence split around its attribution ("…,” X said, “…”)."""
    between = masked[verb.end : second[0]].strip()
    return _text(text, first).endswith(",") and between.endswith(",") and _words(between) <= 4


def _bounds(pairs: tuple[tuple[int, int], ...], index: int, sentences: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """Return where a quotation's attribution may be: its sentence, cut at the quotations beside it."""
    open_, close = pairs[index]
    start, end = next(((s, e) for s, e in sentences if s <= open_ < e), (open_, close + 1))
    if index and pairs[index - 1][1] >= start:
        start = pairs[index - 1][1] + 1
    if index + 1 < len(pairs) and pairs[index + 1][0] < end:
        end = pairs[index + 1][0]
    return start, max(end, close + 1)


def _paragraph_quotes(
    paragraph: _Paragraph, gazetteer: Gazetteer, context: _Context
) -> tuple[tuple[Quote, ...], _Context]:
    """Return a paragraph's quotations with speakers, and the context for the next paragraph."""
    before = context
    verbs, context = _verbs(paragraph, gazetteer, context)
    text, number, pairs = paragraph.text, paragraph.number, paragraph.quotes
    if not pairs and not any(v.speaker for v in verbs) and (_asks_them(paragraph) or not verbs and (
            _INTRODUCES.match(text) or _CARRIES_ON.match(text) or _opens_on_a_person(paragraph, gazetteer)
            or _ends_on_them(paragraph))):
        # "He rejected the unions' estimate …" before a quotation alone: it goes on about him, and it is his; "Asked
        # about the challenge, Espinoza said:" hands it on to whom its speech verb found
        return (), context._replace(trailing_speaker=_introducer(paragraph, gazetteer, before) or (
            context.trailing_speaker if text.rstrip().endswith(":") else None))
    if not pairs and len({span.key for span in paragraph.people}) == 1 and not any(
            end > paragraph.people[0].start for _, end in paragraph.verbs) and not _only_guessed(
            gazetteer, paragraph.people[0].key) and not all(
            _ATTRIBUTIVE.match(text, span.end) for span in paragraph.people):
        # "Among those at the roadblock was Sotiraq Kondi, 79, whose family has made wine …", "Back at the bakery,
        # Guamán was counting the trays" before a quotation alone: the one person it names, and it is theirs
        return (), context._replace(trailing_speaker=paragraph.people[0].key)
    if not pairs and (closing := _closes_on_a_person(paragraph, gazetteer)) is not None:
        # "Campaigners say the money must reach the villages. Zarina Nurmatova, director of …, welcomed it." before a
        # quotation alone: the paragraph ends on her, and it is hers
        return (), context._replace(trailing_speaker=closing)
    if not pairs and context.last_paragraph == number and context.last_speaker:
        # "Counsel for the plaintiffs, X, told reporters outside the court complex:" hands on the quotation below, as
        # does a report of what someone said ("The operation will go on until December, Sapoen said." / "“We …”")
        return (), context._replace(trailing_speaker=context.last_speaker)
    masked, sentences = paragraph.masked, paragraph.sentences
    quotes: list[Quote] = []
    trailing, index, reported = None, 0, -1  # reported: where the last quotation kept ends, inside a report
    shown_until = -1  # where the last quotation a sign or a crowd shows ends
    while index < len(pairs):
        bounds = _bounds(pairs, index, sentences)
        verb, strong = _attribution(text, masked, pairs[index], bounds, verbs)
        if verb is not None and not strong and verb.start > pairs[index][1]:
            # "X told reporters that experts had found “…” within hours, a pattern she said required explanation": the
            # report the quotation is inside, not a clause after it
            verb = next((v for v in reversed(verbs) if bounds[0] <= v.start and v.end <= pairs[index][0] and v.speaker),
                        verb)
        body, used = _text(text, pairs[index]), 1
        nxt = pairs[index + 1] if index + 1 < len(pairs) else None
        if verb and nxt and nxt[0] == bounds[1] and verb.start > pairs[index][1]:
            if _joins(text, masked, verb, pairs[index], nxt):
                body, used = f"{body} {_text(text, nxt)}", 2
        speaker = ((verb.speaker or verb.called or _asked_then_colon(paragraph, verb, pairs[index], gazetteer))
                   if verb else None if _colon_after_someone_unnamed(paragraph, pairs[index])
                   else (_in_their_words(paragraph, pairs[index])
                                 or _named_after(paragraph, pairs[index], gazetteer)
                                 or _introduced_by_colon(paragraph, pairs[index], gazetteer)
                                 or _continued(quotes, masked, pairs[index], context)
                                 or _said_with(verbs, pairs, index, masked, sentences)
                                 or _said_before(verbs, pairs[index], sentences)
                                 or _introduced_before(paragraph, pairs[index], gazetteer)
                                 or _about_the_last_named(paragraph, pairs[index], before, gazetteer)))
        # "placards reading “…” and “…”": the second is shown too
        displayed = _displayed(masked, pairs[index], bounds[0]) or (
            shown_until >= 0 and _LISTED_AFTER.fullmatch(masked, shown_until + 1, pairs[index][0]) is not None)
        if displayed:
            # "a banner reading “…”", "the crowd chanted “…”": no one's words, however few (but one word in lower case
            # is a word shown: "placards bearing the Twi word “nsuo”")
            speaker = None
        shown = displayed and (_words(body) > 1 or body[:1].isupper())
        in_report = _reported_length(body) and (
            (verb is not None and verb.speaker is not None and verb.end <= pairs[index][0])
            # "… said … that the plant was “…” and that the “political decisions of Chișinău” were …": the same report
            or (verb is None and speaker is not None and reported >= max(0, bounds[0] - 1)))
        if strong or shown or in_report or _words(body) >= MIN_WORDS or (verb is None and _is_sentence(body) and (
                quotes or _said_after_a_colon(body, masked, pairs[index][0], speaker))):
            quotes.append(Quote(body.rstrip(", "), speaker, number))
            shown_until = pairs[index][1] if displayed else -1
            trailing = speaker if sentences and sentences[-1][0] <= pairs[index][0] else None
            reported = pairs[index][1] if in_report or verb is not None else -1
        index += used
    if trailing is None and sentences and verbs and verbs[-1].speaker and verbs[-1].start >= sentences[-1][0]:
        # "Łuczak calls the Oder “…”. The river is recovering, he says, but …" / "“If you ask me …”": the last
        # sentence reports what he says, and the quotation alone below goes on with it
        trailing = verbs[-1].speaker
    elif trailing is None and quotes and quotes[-1].speaker_key and sentences and (_CARRIES_ON.match(
            masked, sentences[-1][0]) or _STILL_ABOUT_THEM.search(masked, sentences[-1][0])) and not any(
            span.start >= sentences[-1][0] for span in paragraph.people):
        # "“…,” said Iryna Kostyuk, the gallery's deputy director. She would not say where the collection was taken." /
        # "“The less people know, the safer it is.”": the last sentence goes on about the speaker (as does "We sit in a
        # café; he keeps his back to the wall.")
        trailing = quotes[-1].speaker_key
    return tuple(quotes), context._replace(trailing_speaker=trailing)


_DISPLAYING = re.compile(r"\b(?:chant(?:ed|ing|s)?|read(?:s|ing)?|labell?ed|painted|printed|written|inscribed|"
                         r"emblazoned\s+with|bearing|"
                         r"(?:carr(?:y|ies|ied|ying)|bears?|bore)\s+the\s+(?:same\s+)?(?:words|message|slogan))\b"
                         r"[^.!?“”\"]{0,40}?[:,]?\s*$", re.IGNORECASE)
"""What shows or chants a quotation right before it ("reading", "chanted", "painted in white letters:")."""
_DISPLAYS = re.compile(r"\b(?:banners?|signs?|placards?|posters?|notices?|plaques?|slogans?|graffiti|"
                       r"(?:t-)?shirts?|bedsheets?|"
                       r"labels?|bottles?|walls?|(?:chalk|white|bill)?boards?|sheets?|stickers?|murals?|"
                       r"inscriptions?|crowds?|protesters|demonstrators|marchers)\b", re.IGNORECASE)
"""A thing that shows words, or a crowd that chants them."""


def _displayed(masked: str, pair: tuple[int, int], start: int) -> bool:
    """Tell whether a quotation is what a banner, a sign or a crowd shows or chants, in its sentence from offset start
    ("a banner reading “…”", "the crowd at the gate chanted “…”"), or what is chanted or painted, whoever did it ("some
    of them began chanting “…”", "someone has painted a slogan on the side of the ice house: “…”", "“…,” they chanted"):
    no one's words."""
    opening, closing = pair
    shown = _DISPLAYING.search(masked, max(start, opening - 60), opening)
    while shown is not None and (later := _DISPLAYING.search(masked, shown.start() + 1, opening)) is not None:
        shown = later  # the verb nearest the quotation: "a hand-written board tied to the pump read “…”"
    if shown is not None and _IT_SHOWS.search(masked, start, shown.start()):
        # "A faded banner still hangs on the church fence. It reads “…”", "… carries a mural. Across the bottom, in
        # large letters, it reads: “…”": the banner or the mural its paragraph names
        start = 0
    return (shown is not None and _DISPLAYS.search(masked, start, shown.start()) is not None) or (
        _A_SLOGAN_BEFORE.search(masked, max(start, opening - _SLOGAN_CHARS), opening) is not None) or (
        _SHOWN_ALONE.search(masked, max(start, opening - 100), opening) is not None) or (
        _CHANTED_AFTER.match(masked, closing + 1) is not None)


_A_SLOGAN_BEFORE = re.compile(r"\b(?:slogan|motto|chant)\s*:?\s*$", re.IGNORECASE)
"""A slogan's noun right before its words ("is a slogan: “…”", "the old chant “…”")."""
_SLOGAN_CHARS = 12
_IT_SHOWS = re.compile(r"(?<!\w)[Ii]t(?:\s+still)?\s*$")
""""It" as what shows a quotation, right before the verb that shows it."""
_SHOWN_ALONE = re.compile(r"\b(?:chant(?:ed|ing|s)?|painted|inscribed|emblazoned\s+with)\b"
                          r"(?![^.!?“”\"]*\b(?:picture|portrait|image)\b)[^.!?“”\"]{0,80}?[:,]?\s*$", re.IGNORECASE)
"""The verbs of _DISPLAYING that say by themselves that words are shown or chanted, not said, a little further before
the quotation ("reading" and "written" need a sign or a banner: "a letter written by the mayor: “…”"); not "painted a
bleak picture"."""
_CHANTED_AFTER = re.compile(r"[,.!?]?\s*(?:[\w’'-]+\s+){0,2}chant(?:ed|ing|s)?\b", re.IGNORECASE)
"""Who chanted a quotation, right after it ("“…,” the marchers chanted")."""


_LISTED_AFTER = re.compile(r"\s*(?:,\s*|,?\s+(?:and|or)\s+|[—–-]\s*)")
"""What lists a quotation after another ("“…” and “…”", "“…”, “…”"), or puts its translation after it ("“…” —
“…”")."""


def _said_after_a_colon(body: str, masked: str, opening: int, speaker: str | None) -> bool:
    """Tell whether a quotation a colon brings in is someone's, long enough to be their words (see MIN_REPORTED_WORDS):
    "Friesinger's response was blunt: “Then the standards were worthless.”"""
    return speaker is not None and _words(body) >= MIN_REPORTED_WORDS and masked[:opening].rstrip().endswith(":")


def _reported_length(body: str) -> bool:
    """Tell whether a quotation inside the report of what someone said is long enough to be their words (see
    MIN_REPORTED_WORDS and MIN_PHRASE_WORDS)."""
    return _words(body) >= MIN_REPORTED_WORDS or (_words(body) >= MIN_PHRASE_WORDS and body[:1].islower())


def _about_the_last_named(paragraph: _Paragraph, pair: tuple[int, int], context: _Context,
                          gazetteer: Gazetteer) -> str | None:
    """Return the person named last in the paragraph before when this one, naming no one, goes on about them with
    "He", "His", "She" or "Her" before a quotation it gives to no one ("Dafydd Jones, 81, … started at the quarry at
    15." / "His doubts were about promises. “We were told in 1964 …”"), or None."""
    opener = _ABOUT_THEM.match(paragraph.text)
    if opener is None or pair[0] == 0 or paragraph.people or context.last_named is None:
        return None
    sex = "f" if (opener.group(1) or opener.group(2)) in ("She", "Her", "she") else "m"
    genders: dict[str, str] = getattr(gazetteer, "genders", {})
    return context.last_named if genders.get(context.last_named, sex) == sex else None


def _opens_on_a_person(paragraph: _Paragraph, gazetteer: Gazetteer) -> bool:
    """Tell whether a paragraph opens on a person's name: it introduces them before a quotation alone below it ("Kylie
    Stannard, who works on a feed barge, was among the people at the wharf." / "“I've got a mortgage …”")."""
    first = paragraph.spans[0] if paragraph.spans else None
    if first is None or first.start != 0 or not _is_person(gazetteer, first.key) or _only_guessed(gazetteer, first.key):
        return False
    # Their possessive opens a paragraph that may end on another: "Mahadeva’s body was taken to the hospital. His wife,
    # Lakshmamma, …, sat on the steps." is about her
    return not paragraph.text.endswith(_POSSESSIVES, 0, first.end) or _closes_on_a_person(paragraph, gazetteer) in (
        None, first.key)


def _only_guessed(gazetteer: Gazetteer, key: str) -> bool:
    """Tell whether a name is a person's only by a guess, as a word sentences open on ("Almost every litre …"), and
    no person of the article has it for a given name ("Elowen still bristles" of Elowen Nancarrow)."""
    found: dict[str, Actor] = getattr(gazetteer, "found", {})
    if key not in getattr(gazetteer, "guessed", ()) or key not in found:
        return False
    word = f"{found[key].name} "
    return not any(actor.name.startswith(word) and actor.kind == "person" for actor in found.values())


def _closes_on_a_person(paragraph: _Paragraph, gazetteer: Gazetteer) -> str | None:
    """Return the person whose name opens the last sentence of a paragraph of two sentences or more when no speech verb
    is in that sentence, or None."""
    if not paragraph.people:
        return None
    # A paragraph without quotation or speech verb was not split into sentences (see _paragraph).
    sentences = paragraph.sentences or sentence_spans(paragraph.text, paragraph.quotes)
    if len(sentences) < 2:
        return None
    start, end = sentences[-1]
    if any(start <= verb[0] < end for verb in paragraph.verbs):
        return None
    # "When anything goes wrong along that line, Yonas is among the first to know.": the subject after the clause
    # "His wife, Lakshmamma, who also works on the estate, sat on the steps.": the name after the relation
    lead = _LEADING_CLAUSE.match(paragraph.text, start, end) or _RELATION_BEFORE.match(paragraph.text, start, end)
    return _person_opening(paragraph, lead.end() if lead else start, end, gazetteer)


_LEADING_CLAUSE = re.compile(r"(?:When|Whenever|If|As|After|Before|Since|While|Once|Though|Although|Because|Until)\s"
                             r"[^,.;:“”\"]*,\s+")
"""A clause that opens a sentence before its subject."""
_RELATION_BEFORE = re.compile(r"(?:His|Her|Their)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*,\s+")
"""Someone's relation or role in lower case before the name of who has it ("His wife, ", "Her eldest son, ")."""


def _person_opening(paragraph: _Paragraph, start: int, end: int, gazetteer: Gazetteer) -> str | None:
    """Return the person whose name opens the paragraph's text from start (a sentence's) before end, or None."""
    first = next((span for span in paragraph.spans if span.start >= start), None)
    if first is None or first.start >= end or paragraph.text[start:first.start].strip():
        return None
    return first.key if _is_person(gazetteer, first.key) else None


def _introducer(paragraph: _Paragraph, gazetteer: Gazetteer, context: _Context) -> str | None:
    """Return who a short paragraph ending in a colon hands the next paragraph's quotation to ("He went further:",
    "Wijesinghe put it bluntly:", "Asked about the complaint, he is careful."): the person it opens with, or the one
    "he" or "she" is."""
    if _opens_on_a_person(paragraph, gazetteer):
        return paragraph.spans[0].key
    ending = _ends_on_them(paragraph)
    if paragraph.text.split(maxsplit=1)[0].lower() not in _PRONOUNS and not _asks_them(paragraph) and (
            _CARRIES_ON.match(paragraph.text) is None) and not ending:
        return None
    recent = context.last_speaker if context.last_paragraph >= paragraph.number - 1 else None
    who = recent or context.last_named
    if not ending:
        return who
    # The last named of the pronoun's sex, or of a sex the article does not say; no one if none is
    who = _of_the_pronoun_s_sex(who, ending, paragraph, len(paragraph.text), context, gazetteer)
    genders: dict[str, str] = getattr(gazetteer, "genders", {})
    return who if genders.get(who or "", _PRONOUN_SEXES[ending]) == _PRONOUN_SEXES[ending] else None


def _ends_on_them(paragraph: _Paragraph) -> str:
    """Return "she" or "he" where a paragraph that names no person ends on a sentence whose subject it is ("Sitting
    on a plastic stool in her swept yard, she tried to explain what had changed." before a quotation alone), else ""."""
    found = None if paragraph.people else _ENDS_ON_THEM.search(paragraph.text)
    return found.group(1).lower() if found else ""


_ENDS_ON_THEM = re.compile(r"(?:^|,\s+|\b(?:and|but|then|when|so)\s+)([Hh]e|[Ss]he)\s[^.!?]*[.!?:]?\s*$")
""""He" or "she" as the subject in a paragraph's last sentence."""


def _asks_them(paragraph: _Paragraph) -> bool:
    """Tell whether a paragraph that names no person ends asking "he" or "she" something ("Asked about the complaint,
    he is careful.")."""
    return not paragraph.people and _ASKED_THEN.search(paragraph.text) is not None


def _said_before(verbs: tuple[_Verb, ...], pair: tuple[int, int], sentences: tuple[tuple[int, int], ...]) -> str | None:
    """Return the speaker of a speech verb in the sentence before a quotation that no verb attributes ("Tandape said
    his family had no wish to return. “Every night …”"), or None."""
    start = next((s for s, e in sentences if s <= pair[0] < e), pair[0])
    previous = next((s for s, e in reversed(sentences) if e <= start), None)
    if previous is None:
        return None
    return next((v.speaker for v in reversed(verbs) if previous <= v.start < start and v.speaker), None)


def _introduced_before(paragraph: _Paragraph, pair: tuple[int, int], gazetteer: Gazetteer) -> str | None:
    """Return the person whose name opens the sentence before a quotation that opens its own sentence and that no verb
    attributes ("Dr Rubina Nazki, the scientist who has studied the corm, was blunt about it. “This year …”"), or
    None."""
    sentences = paragraph.sentences
    start = next((s for s, e in sentences if s <= pair[0] < e), pair[0])
    previous = next((s for s, e in reversed(sentences) if e <= start), None)
    if previous is None or paragraph.masked[start:pair[0]].strip():
        return None
    # past sentences that go on about them with "He" or "She" and name no one ("Fumiko Okuda, 86, … is less interested
    # in statistics than in sleep. She gives the credit to one man. “…”")
    pronoun = ""
    while (going_on := _GOES_ON_WITH.match(paragraph.text, previous)) is not None and not any(
            previous <= person.start < start for person in paragraph.people):
        pronoun = pronoun or going_on.group(1).lower()
        start, previous = previous, next((s for s, e in reversed(sentences) if e <= previous), None)
        if previous is None:
            return None
    opener = _person_opening(paragraph, previous, start, gazetteer)
    genders: dict[str, str] = getattr(gazetteer, "genders", {})
    sex = _PRONOUN_SEXES.get(pronoun, "")
    return opener if opener is None or not sex or genders.get(opener, sex) == sex else None


_GOES_ON_WITH = re.compile(r"(He|She)\s")
"""A sentence that goes on about the one named before with "He" or "She"."""


def _asked_then_colon(paragraph: _Paragraph, verb: _Verb, pair: tuple[int, int], gazetteer: Gazetteer) -> str | None:
    """Return the person a colon's sentence opens on after "Asked …," ("Asked whether the arrivals would stop,
    Castellucci was blunter: “…”"), or None: the question's verb has no speaker, the sentence's subject answers."""
    if verb.unnamed or paragraph.masked[verb.start:verb.end] != "Asked":
        return None
    return _introduced_by_colon(paragraph, pair, gazetteer)


def _in_their_words(paragraph: _Paragraph, pair: tuple[int, int]) -> str | None:
    """Return who a quotation no verb attributes is given to by "in X's words" or "in the words of X" right before it
    ("the vote that followed was, in Ndiaye’s words, “…”"), or None."""
    found = _IN_THEIR_WORDS.search(paragraph.masked, max(0, pair[0] - _IN_THEIR_WORDS_CHARS), pair[0])
    if found is None:
        return None
    end = found.end("of") if found.group("of") else found.end("owner")
    # (A name's span may hold its possessive: "Ndiaye’s".)
    return next((span.key for span in paragraph.outside if end <= span.end <= end + len("’s")), None)


_IN_THEIR_WORDS = re.compile(r"\b[Ii]n\s+(?:the\s+words\s+of\s+(?P<of>[^,;:“”\"]+?)|(?P<owner>[^,;:“”\"]+?)[’']s?\s+"
                             r"(?:own\s+)?words),?\s*$")
_IN_THEIR_WORDS_CHARS = 80


def _introduced_by_colon(paragraph: _Paragraph, pair: tuple[int, int], gazetteer: Gazetteer) -> str | None:
    """Return the person whose name opens the sentence that a colon ends right before a quotation no verb attributes
    ("Tomislav Kovač, secretary-general of the rival union, was more cautious: “…”"), or None."""
    start = next((s for s, e in paragraph.sentences if s <= pair[0] < e), None)
    if start is None or not paragraph.masked[start:pair[0]].rstrip().endswith(":"):
        return None
    if (contrast := _CONTRAST_TO_A_COLON.search(paragraph.masked, start, pair[0])) is not None:
        start = contrast.end()  # "…, while a neighbour, Nosipho Dyantyi, …, is more hopeful: “…”"
    # past what says where or when: "In a video posted on social media, Roig appealed for help directly: “…”"
    subject = _sentence_subject(paragraph.masked, start, pair[0], paragraph.spans, gazetteer)
    # "His daughter, Zeinabou Mint Sidi Ahmed, a law graduate, was more direct: “…”": the name after a role and a comma
    first = next((span for span in paragraph.spans if span.start >= start and (
        span.key == subject.key or (subject.key is None and _is_person(gazetteer, span.key)))), None)
    if first is None or not _is_person(gazetteer, first.key) or not _PHRASES_BEFORE.fullmatch(paragraph.masked, start,
                                                                                              first.start):
        return None
    return first.key


def _colon_after_someone_unnamed(paragraph: _Paragraph, pair: tuple[int, int]) -> bool:
    """Tell whether a quotation no verb attributes comes after a colon that ends a sentence opening on someone the
    text does not name, and naming no one ("A fish trader standing beside him was blunter: “…”"): no one's named."""
    start = next((s for s, e in paragraph.sentences if s <= pair[0] < e), None)
    return (start is not None and paragraph.masked[start:pair[0]].rstrip().endswith(":")
            and _SOMEONE_UNNAMED.match(paragraph.masked, start) is not None
            and not any(start <= person.start < pair[0] for person in paragraph.people))


_SOMEONE_UNNAMED = re.compile(rf"{_SET_THE_SCENE}(?:An?|Another|One)\s+[a-z]")
"""A sentence opening on someone unnamed ("A fish trader", "Nearby, an older woman"); not an organisation's acronym
("A UN official")."""
_PHRASES_BEFORE = re.compile(r"(?:[^,:;“”\"]*,\s+)*(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[a-z][\w-]*\s+){1,3}"
                             r"|(?<!\S)(?:(?<=, )[A-Z][A-Z&]+\s+|[A-Z][\w&]*[A-Z][\w&]*\s+)?(?!(?:in|on|at|by|of|for|"
                             r"from|with|to|as|after|before|under|"
                             r"over|like|unlike|about|among|between|into|through|during|without|near|via|and|or|but|"
                             r"an?|said|says|told|asked|according)\s)[a-z][\w-]*\s+)?")
"""Phrases each closed by a comma before a sentence's subject ("In a video posted on social media, "), or nothing; and
a role in lower case right before the name ("his counterpart Gift Hamoonga"), or a role's one word right after a comma
or opening the sentence, an organisation's acronym before it too ("His neighbour, driver Ibrahim Sidi Ahmed, was more
cautious: “…”"; "Beside him, CORA coordinator Hartini binti Osman is blunter: “…”"; "BaFin president Gerd Wollschläger
… did not try to deflect blame: “…”"), not a preposition ("The chorus of one hymn, in Müller's translation, goes:
“…”")."""


def _said_with(verbs: tuple[_Verb, ...], pairs: tuple[tuple[int, int], ...], index: int, masked: str,
               sentences: tuple[tuple[int, int], ...]) -> str | None:
    """Return the speaker of the verb before the quotation before this one in its sentence, where a clause opening on
    "and that" joins the two ('X said its work followed "the approved design" and that "…"'), or None."""
    if index == 0 or not _AND_THAT.search(masked, pairs[index - 1][1] + 1, pairs[index][0]):
        return None
    start = next((s for s, e in sentences if s <= pairs[index][0] < e), pairs[index][0])
    return next((v.speaker for v in reversed(verbs) if start <= v.start < pairs[index - 1][0] and v.speaker), None)


def _is_sentence(body: str) -> bool:
    """Tell whether a quotation is a whole sentence of two words or more ("They will pay the price.")."""
    return body[:1].isupper() and body.rstrip()[-1:] in (".", "!", "?") and _words(body) >= 2


def _continued(quotes: list[Quote], masked: str, pair: tuple[int, int], context: _Context) -> str | None:
    """Give an unattributed quotation the speaker of the quotation just before it, if any."""
    if quotes:
        return quotes[-1].speaker_key
    return context.trailing_speaker if not masked[: pair[0]].strip() else None


def _named_after(paragraph: _Paragraph, pair: tuple[int, int], gazetteer: Gazetteer) -> str | None:
    """Return the speaker of a quotation that opens its paragraph when the next sentence names them
    looking back at it ("“…” With those words, the spokesman, Dayo Fashola-Idris, announced …";
    "“…” That was the verdict of Paulinho"; "“…” The minister, X, gave that assurance …")."""
    if paragraph.masked[: pair[0]].strip():
        return None
    after = paragraph.masked[pair[1] + 1 :]
    sentence_end = next((e for s, e in paragraph.sentences if s > pair[1]), len(paragraph.text))
    if not _LOOKING_BACK.search(after[: max(0, sentence_end - pair[1] - 1)] or after[:_LOOK_BACK_CHARS]):
        return None
    return next((s.key for s in paragraph.spans if pair[1] < s.start < sentence_end and _is_person(gazetteer, s.key)),
                None)


def find_quotes(
    paragraphs: tuple[str, ...], gazetteer: Gazetteer, *, spans: tuple[tuple[Span, ...], ...] | None = None
) -> tuple[Quote, ...]:
    """Return the direct quotations in the paragraphs, each with its speaker or None.

    spans, the actor names of each paragraph from paragraph_spans(), saves finding them again.
    """
    spans = paragraph_spans(paragraphs, gazetteer) if spans is None else spans
    found: list[Quote] = []
    context, left_open, bare = _Context(), False, False
    for number, (text, names) in enumerate(zip(paragraphs, spans, strict=True), start=1):
        paragraph = _paragraph(text, number, names, gazetteer)
        quotes, context = _paragraph_quotes(paragraph, gazetteer, context)
        if bare and (looked_back := _looking_back(paragraph, gazetteer)):
            # The paragraph before was a quotation alone, whoever spoke before it: this one says who spoke.
            found = [replace(q, speaker_key=looked_back) if q.paragraph == number - 1 else q for q in found]
        bare = bool(quotes) and not paragraph.verbs and _opens_with_quote(paragraph)
        if left_open and quotes and quotes[0].speaker_key and found[-1].speaker_key is None and _opens_with_quote(paragraph):
            # A quotation left open at its paragraph's end goes on in the next one, which opens with a quotation
            # mark and may say at last who speaks ("“… process." / "“My clients …,” Dubé-Caron said").
            found[-1] = replace(found[-1], speaker_key=quotes[0].speaker_key)
        found.extend(quotes)
        left_open = bool(quotes) and quotes[-1].paragraph == number and paragraph.quotes[-1][1] == len(text)
    return tuple(found)


def _looking_back(paragraph: _Paragraph, gazetteer: Gazetteer) -> str | None:
    """Return the person a paragraph opens by naming as who said the quotation before it ("So says Dr Fiona Jordan,
    …", "That assessment comes from …", "That is how Tatiana Gorbunova … describes …"), or None."""
    opening = _LOOKING_BACK.match(paragraph.masked)
    if opening is None:
        return _said_it(paragraph, gazetteer)
    sentence_end = next((e for s, e in paragraph.sentences if s <= opening.start() < e), len(paragraph.text))
    return next((s.key for s in paragraph.spans if opening.end() <= s.start < sentence_end
                 and _is_person(gazetteer, s.key)), None)


def _said_it(paragraph: _Paragraph, gazetteer: Gazetteer) -> str | None:
    """Return the person a paragraph opens with when its first sentence says they "said it" (see _SAID_IT), or None."""
    first = paragraph.spans[0] if paragraph.spans else None
    if first is None or first.start != 0 or not _is_person(gazetteer, first.key):
        return None
    sentence_end = next((e for s, e in paragraph.sentences if s == 0), len(paragraph.text))
    return first.key if _SAID_IT.search(paragraph.masked, first.end, sentence_end) else None


def _opens_with_quote(paragraph: _Paragraph) -> bool:
    """Tell whether a paragraph begins with a quotation."""
    return bool(paragraph.quotes) and not paragraph.masked[: paragraph.quotes[0][0]].strip()
