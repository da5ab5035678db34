"""The speech verbs that attribute a quotation ("said", "told", "according to"), found in any case."""

from __future__ import annotations

import re

SPEECH_VERBS = (
    "said says say told tells asked asks added adds insisted insists wrote writes stated declared "
    "explained noted argued warned replied fumed read reads tweeted called announced recalled described describes "
    "submitted urged admitted conceded acknowledged vowed complained cautioned pleaded countered responded remarked "
    "testified suggested stressed emphasised emphasized observed claimed maintained commented confirmed "
    "promised predicted joked lamented shouted whispered sighed boasted answered retorted "
    # what frames a quotation that follows in its sentence ("defended the offer as “…”"; see _QUOTING_ONLY):
    "defended "
    # what a petition or a complaint says ("It alleges that the sum was “sanctioned but not spent”"):
    "alleges "
    # the present tense feature writing tells in ("“…,” he jokes"):
    "warns notes argues explains recalls admits jokes replies complains concedes calls retorts counters maintains "
    "observes laments acknowledges responds declares stresses suggests predicts vows cautions confirms "
    "boasts sighs shouts whispers pleads urges "
    # participles after a comma, whose subject is their sentence's ("HGOL welcomed the ruling, saying it “…”"):
    "saying adding warning arguing insisting writing ruling accusing describing calling telling "
    # what someone is heard or seen doing ("he can be heard shouting: “…”"):
    "shouting "
    # what someone accused another of ("accused the government of “playing politics with the dead”"):
    "accused accuses "
    # Spanish, as wire copy from Latin America writes it ("dijo Beltrán", "según Patiño"):
    "dijo afirmó afirma aseguró asegura escribió señaló declaró explicó añadió agregó advirtió según "
    "sostuvo denunció indicó manifestó expresó insistió respondió reiteró subrayó apuntó precisó comentó lamentó "
    "aclaró "
    # French ("a déclaré X", "a-t-il dit", "selon X") and Portuguese ("disse X", "afirmou"):
    "déclaré dit affirmé assuré indiqué expliqué ajouté souligné estimé prévenu répondu écrit précisé "
    "déclare affirme estime explique ajoute souligne indique précise assure selon "
    "disse afirmou declarou explicou acrescentou"
).split() + ["according to", "quoted as saying", "as saying", "put it", "puts it",
             # a reply in kind ("Ornelas shot back that the statute “…”")
             "shot back", "fired back", "hit back"]


def _by_initial(words: list[str]) -> str:
    """Return a regex alternation of words grouped by first letter, in order (same matches, scanned faster)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{initial}(?:{'|'.join(rests)})" for initial, rests in groups.items())


VERBS = re.compile(rf"\b(?:{_by_initial(SPEECH_VERBS)})\b", re.IGNORECASE)
_AFTER_NON_WORD = re.compile(rf"\W({_by_initial(SPEECH_VERBS)})\b")
"""A lower-case speech verb and the character before it: led by a character set (unlike a word boundary), so re
skips to the next non-word character instead of trying every position of the text, which made it twice as fast."""
_FOLDED_APART = ("ı", "ſ")
"""The letters IGNORECASE matches to ASCII ones ("ſaid") that lower() leaves as they are (with "İ",
which lower() makes two characters, and the Kelvin sign, which it makes "k")."""


_NOUNS_TOO = frozenset({"say", "notes", "read", "reads", "calls", "warning", "ruling", "accused", "writing", "counters",
                        "vows", "shouts", "whispers", "sighs"})
"""Speech verbs that are nouns too ("too much say over", "the notes", "their calls", "a warning", "the ruling", "the
accused"), told apart by the word before them."""
_DETERMINER = re.compile(r"(?:\b(?:a|an|the|much|more|any|no|their|his|her|its|our|your|my|final|little|some|equal|"
                         r"greater|bigger|real|own|good)|\w['’]s)\s+$")
"""A word before a noun, never before a verb ("gave Canberra too much say over its foreign relations", "the company’s
calls")."""


_ADDED_THINGS = re.compile(r"\s+(?:a|an|another|some|more|two|three|four|five|six|ten)\b")
"""What follows "added" that it adds, not says ("Gangotri had added a second shift")."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_QUOTED = re.compile(r"[“\"«„]|\s{3}")
"""A quotation's opening mark, or a quotation blanked out of the text the verbs are found in."""


_JUDICIAL = re.compile(r"\b(?:found|held|ruled|concluded|continued)\b", re.IGNORECASE)
"""Verbs that report what a court's ruling says ("the court found that …", "“…,” the order continued")."""
_JUDICIAL_STEMS = ("ound", "eld", "uled", "clude", "ontinue", "inding", "inds")
"""What those verbs hold in lower case, looked for first: most paragraphs hold none (one in capitals is a
headline's)."""
_COURT_BEFORE = re.compile(r"(?:\b(?i:court|tribunal|judges?|justices|bench|panel|arbitrators|magistrates?|ruling|"
                           r"judge?ments?|decision|order|verdict)\b[^.!?“”\"]{0,40}|\b[A-Z]{2,6}\s+"
                           r"|\b(?:Justice|Judge)\s+(?:[A-Z][\w’'-]*\s+){1,3})$")
"""A court, its judges or its ruling a few words before such a verb, in the same sentence, an acronym right before
it ("In its 29 April decision the SAC found"), or a judge's title and name ("Justice Mugo ruled")."""
_PASSIVE_BEFORE = re.compile(r"\b(?:be|being|been|is|are|was|were|has|have|had)\s+$", re.IGNORECASE)
"""A verb that makes such a verb a passive's or a perfect's ("stocks being held at the sites")."""


def find_verbs(text: str) -> tuple[tuple[int, int], ...]:
    """Return the [start, end) spans of the speech verbs of a text (VERBS.finditer(text), less nouns that are written
    as one, "too much say over", and "added" that adds a thing), and of a court's verbs (see _JUDICIAL)."""
    return tuple(sorted((*_speech_verbs(text), *_judicial_verbs(text))))


def _judicial_verbs(text: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of the verbs that report a ruling after a court or its ruling (see _COURT_BEFORE), and of
    "finding that" after a comma in a sentence a court opens (see _FINDING)."""
    if not any(stem in text for stem in _JUDICIAL_STEMS):
        return ()  # most paragraphs have none of them: the regexes need not look
    ruled = [m.span() for m in _JUDICIAL.finditer(text)
             if _COURT_BEFORE.search(text, max(0, m.start() - 80), m.start()) is not None
             and _PASSIVE_BEFORE.search(text, max(0, m.start() - 10), m.start()) is None]
    found = [m.span(1) for m in _FINDING.finditer(text) if "inding that" in text
             and _COURT_IN.search(text, _sentence_start(text, m.start()), m.start()) is not None]
    studied = [m.span() for m in _STUDY_VERB.finditer(text) if m.span() not in ruled
               and _STUDY_BEFORE.search(text, max(0, m.start() - 80), m.start()) is not None
               and _REPORTED.match(text, m.end()) is not None and quoted_in_sentence(text, m.end())]
    studied += [m.span(1) for m in _FINDING_AFTER_A_QUOTE.finditer(text)]
    return tuple(sorted(ruled + found + studied))


def quoted_in_sentence(text: str, at: int) -> bool:
    """Tell whether a quotation opens in the sentence after offset at (a study's finding that no quotation reports
    leaves who spoke before as it was)."""
    end = _SENTENCE_END.search(text, at)
    return _QUOTED.search(text, at, end.start() if end else len(text)) is not None


def _sentence_start(text: str, at: int) -> int:
    """Return where the sentence holding offset at starts."""
    return max((found + 2 for found in (text.rfind(end, 0, at) for end in (". ", "! ", "? ")) if found >= 0), default=0)


_STUDY_VERB = re.compile(r"\b(?:found|concluded)\b")
_STUDY_BEFORE = re.compile(r"(?:\b(?i:report|review|study|audit|assessment|inquiry|investigation|commission|"
                           r"ombudsman|inspectorate|watchdog)\b[^.!?“”\"]{0,40}|\bIt\s+(?:also\s+)?|"
                           r"\b[A-Z]{2,6}\s+(?:had\s+|has\s+)?)$")
"""A report, a review, a study or a body that inquires a few words before "found" or "concluded", in the same sentence,
"It" right before it, or an acronym ("The review found that …", "It concluded that dust was “…”", "The CNDH had
concluded in a recommendation that …")."""
_FINDING_AFTER_A_QUOTE = re.compile(r"(?:[”\"],?|\s{3})\s+the\s+(?:[\w-]+\s+)?(?:report|review|study|audit|"
                                    r"assessment|inquiry|investigation)\s+(concludes|concluded|finds|found)\b")
"""A report's finding right after the quotation it is ("“…,” the report concludes."), whatever follows."""
_REPORTED = re.compile(r"(?:\s+in\s+(?:a|an|its|the)\s+[a-z]+)?\s+that\b|\s*[:“\"]")
"""What a finding's verb reports, maybe after where it says it ("concluded in a recommendation that …")."""
_FINDING = re.compile(r", (finding) that\b")
"""A court's finding after its order, in one sentence ("the court ordered the company to pay, finding that it had
“…”")."""
_COURT_IN = re.compile(r"\b(?:[Cc]ourt|[Tt]ribunal|[Jj]udge|[Bb]ench)\b")


def _speech_verbs(text: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of the speech verbs of a text (see find_verbs)."""
    lowered = text.lower()
    if len(lowered) == len(text) and not any(letter in text for letter in _FOLDED_APART):
        # Found faster in the lower-cased text where it lines up with text character for character (a case-blind
        # regex is slow); the space put before the text stands for its start, where a verb needs no character before it.
        found = [(match.start(1) - 1, match.end(1) - 1) for match in _AFTER_NON_WORD.finditer(" " + lowered)]
    else:
        found = [match.span() for match in VERBS.finditer(text)]
    return tuple(span for span in found
                 if not _a_noun(text, span) and not _adds_a_thing(text, span) and not _writes_for(text, span)
                 and not _read_out(text, span) and not _quotes_nothing(text, span) and not _passive(text, span)
                 and not _done_by(text, span))


def _done_by(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a speech verb in -ed is a participle after a noun, its doer after "by" ("He described the grant
    announced by the MEEI on Friday as “…”"): not "The minister said by telephone", a verb and the means."""
    return (text.endswith("ed", span[0], span[1]) and _BY_SOMEONE.match(text, span[1]) is not None
            and _NOUN_BEFORE.search(text, max(0, span[0] - _NOUN_CHARS), span[0]) is not None)


_BY_SOMEONE = re.compile(r"\s+by\s+(?!(?:tele)?phone\b|e-?mail\b|video\b|text\b|letter\b|message\b|radio\b|satellite\b"
                         r"|(?:a|an|the)\s+(?:statement|spokes\w+)\b)")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her)\s+[a-z][^\s“”\"]*\s+(?:[^\s“”\"]+\s+){0,3}$")
"""A determiner and a noun in lower case, maybe qualified, right before a word: the noun the participle follows ("the
one-off grant of TT$5,000 announced by …")."""
_NOUN_CHARS = 60


def _passive(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a speech verb is a passive's participle whose subject heard the words ("He said the pickers had
    been told “…”"): the one who spoke them is not its subject (but "was called “white gold”" still names a term)."""
    return text[span[0]:span[1]] in _HEARD and _BE_BEFORE.search(text, max(0, span[0] - _BE_CHARS), span[0]) is not None


_HEARD = frozenset({"told", "asked", "warned", "urged", "informed", "reminded", "advised", "instructed", "assured"})
_BE_BEFORE = re.compile(r"(?<![\w-])(?:be|being|been|is|are|was|were|(?i:when|once|if|unless|until))\s+(?:\w+ly\s+)?$")
"""A form of "be", and maybe an adverb, right before a verb: a passive ("had been told", "were repeatedly warned"; not
"Odhiambo-Were told us"), or a passive's clause without its subject ("Ndour's answer, when told of the remark, was
brief: “…”")."""
_BE_CHARS = 24


def _read_out(text: str, span: tuple[int, int]) -> bool:
    """Tell whether "read" is a participle after a document's noun, where it was read ("said in a message read on local
    radio that …", "a statement read out at the rally"), not what the document says ("The letter read: “…”")."""
    start, end = span
    return text[start:end].lower() == "read" and _READ_WHERE.match(text, end) is not None and (
        _DOCUMENT_BEFORE.search(text, max(0, start - _DOCUMENT_CHARS), start) is not None)


_READ_WHERE = re.compile(r"\s+(?:out|aloud|on|at|to|over|during|in|before)\b")
_DOCUMENT_BEFORE = re.compile(r"\b(?:message|statement|letter|note|communiqu[ée]|declaration|speech|sermon|"
                              r"address)\s+$", re.IGNORECASE)
_DOCUMENT_CHARS = 16


def _writes_for(text: str, span: tuple[int, int]) -> bool:
    """Tell whether "writing" or "ruling" is no report of what is written or ruled: not before "that" or a quotation
    ("writing for a division bench", "ruling party")."""
    start, end = span
    return text[start:end].lower() in _REPORTING_ONLY and _REPORTS.match(text, end) is None


_REPORTING_ONLY = frozenset({"writing", "ruling"})
_QUOTING_ONLY = frozenset({"describing", "calling", "defended"})
"""Verbs that report speech only where a quotation follows in their sentence ("…, describing the plan as “…”",
"defended the offer as “…”"; not "calling for talks", "defended the title")."""


def _quotes_nothing(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a verb of _QUOTING_ONLY quotes nothing: no quotation follows it in its sentence."""
    start, end = span
    return text[start:end].lower() in _QUOTING_ONLY and not quoted_in_sentence(text, end)
_REPORTS = re.compile(r"\s*(?:that\b|[:“\"«„])")


_AUXILIARY_AFTER = re.compile(r"\s+(?:will|would|were|was|are|is|have|has|had|can|could|may|might|must|should|shall)\b")
"""A verb of its own after such a word, which makes it the subject's noun ("The first JTF calls will open")."""


def _a_noun(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a speech verb found is a noun here, after a determiner ("a final say", "the notes") or before a
    verb of its own ("the calls will open", "the ruling was upheld")."""
    start, end = span
    return text[start:end].lower() in _NOUNS_TOO and (
        _DETERMINER.search(text[max(0, start - 10):start].lower()) is not None
        or _AUXILIARY_AFTER.match(text, end) is not None)


def _adds_a_thing(text: str, span: tuple[int, int]) -> bool:
    """Tell whether "added" or "adds" adds a thing here ("had added a second shift", "adds two berths"), which no
    quotation follows in its sentence ("added a sentence that has since been printed on T-shirts: “…”" says it)."""
    start, end = span
    if text[start:end].lower() not in ("added", "adds") or _ADDED_THINGS.match(text, end) is None:
        return False
    sentence = _SENTENCE_END.search(text, end)
    return _QUOTED.search(text, end, sentence.start() if sentence else len(text)) is None
