"""Dated events: the dates a paragraph mentions, resolved against the publication date."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Callable

from briefing.fastpickle import fast_pickle

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_SHORT = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
          "Oct": 10, "Nov": 11, "Dec": 12}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FULL = "|".join(_MONTHS + tuple(m.upper() for m in _MONTHS))
_ANY_MONTH = rf"(?:{_FULL}|(?:{'|'.join(_SHORT)})\.)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>1[89]\d\d|20\d\d)"
# Words that introduce a bare month ("in December") or a year that names an event
# ("in 2016 ended", "The 1947 Rio Treaty"); a bare "May" or "2019" alone is too ambiguous.
_LEAD = r"(?:[Ii]n|[Ss]ince at least|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|least|early|late|mid-)"
_NUMBERS = {"a": 1, "an": 1} | {
    w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)
}
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr gen gov sen rep lt col sgt capt prof no vs jan feb mar apr jun jul aug sep sept "
    "oct nov dec eng engr adm brig maj cpl supt insp det hon mt ft cmdr cdr atty ma md moh muh mohd ts kh ch sh zh "
    "dra sra srta lic ing mtro mtra gral cnel fr rev msgr mgr pres dott avv drs pr cllr messrs mme mlle esq "
    # Czech and Slovak academic titles before a name ("said doc. RNDr. Ivana Poláková")
    "doc judr mudr rndr phdr paeddr mvdr bc "
    # Swahili titles ("Dkt. Mwanaisha Mrisho", "Bw. Juma", "Mhe. Waziri")
    "dkt dk bw mhe".split()
)
# [.!?][.!?]* is [.!?]+ led by a character set: re skips to the next such character instead of trying every position.
_SENTENCE_END = re.compile(r"[.!?][.!?]*[\"”’']?(?=\s+[\"“”‘'(]?[A-Z0-9])")
_LAST_WORD = re.compile(r"[\w.]*$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_SPACES = re.compile(r"\s*")


@fast_pickle
@dataclass(frozen=True, slots=True)
class Event:
    """A dated thing a paragraph mentions: the phrase, its ISO date and how precise it is."""

    text: str
    iso: str
    precision: str
    relative: bool
    paragraph: int
    sentence: str


@dataclass(frozen=True, slots=True)
class _Date:
    """A resolved date: ISO text, precision, and whether it needed the publication date."""

    iso: str
    precision: str
    relative: bool


def sentence_spans(text: str, protected: tuple[tuple[int, int], ...] = ()) -> tuple[tuple[int, int], ...]:
    """Split text into sentences as [start, end) spans, never breaking inside a protected span, nor at a question or
    an exclamation that closes one: "“Who let them on board?” Villanueva asked." is one sentence. One that a colon
    introduced ends its sentence: "A customer said: “How are we to live?” Mr. Somapala nodded." is two."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        asked = match.group(0)[0] in "?!"
        if _is_abbreviation(text, match.start()) or any(
                a < end <= b + (asked and not _after_a_colon(text, a)) for a, b in protected):
            continue
        spans.append((start, end))
        start = _SPACES.match(text, end).end()  # type: ignore[union-attr]
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return tuple(spans)


def _after_a_colon(text: str, start: int) -> bool:
    """Tell whether a colon ends the text right before offset start, past spaces."""
    return text[max(0, start - _COLON_GAP):start].rstrip().endswith(":")


_COLON_GAP = 3


def _is_abbreviation(text: str, end: int) -> bool:
    """Tell whether the word ending at a full stop is an abbreviation or an initial (R., U.S.)."""
    # The word holds no space, so searching after the last one finds it without rescanning the text.
    word = _LAST_WORD.search(text, text.rfind(" ", 0, end) + 1, end).group(0)  # type: ignore[union-attr]
    return word.lower() in _ABBREVIATIONS or _INITIALS.fullmatch(word) is not None


def _month(name: str) -> int:
    name = name.rstrip(".")
    return _SHORT.get(name[:4].title()) or _SHORT.get(name[:3].title()) or _MONTHS.index(name.title()) + 1


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _day(date: datetime.date | None, relative: bool) -> _Date | None:
    return _Date(date.isoformat(), "day", relative) if date else None


def _full_date(m: re.Match[str], published: datetime.date | None, tense: str) -> _Date | None:
    return _day(_safe_date(int(m["y"]), _month(m["m"]), int(m["d"])), False)


def _month_year(m: re.Match[str], published: datetime.date | None, tense: str) -> _Date | None:
    return _Date(f"{int(m['y']):04d}-{_month(m['m']):02d}", "month", False)


def _month_day(m: re.Match[str], published: datetime.date | None, tense: str) -> _Date | None:
    """Resolve "January 10" to the latest such day on or before publication (ahead: on or after it; with no
    tense either way, the coming one when it is near: see _near_ahead)."""
    if published is None:
        return None
    month, day = _month(m["m"]), int(m["d"])
    coming = published.year if (month, day) >= (published.month, published.day) else published.year + 1
    last = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    year = coming if tense == "ahead" or _near_ahead(published, _safe_date(coming, month, day), tense) else last
    return _day(_safe_date(year, month, day), True)


def _month_alone(m: re.Match[str], published: datetime.date | None, tense: str) -> _Date | None:
    """Resolve "in December" to the latest such month on or before publication (ahead: on or after it; with
    no tense either way, the coming one when it is near: see _near_ahead)."""
    if published is None:
        return None
    month = _month(m["m"])
    coming = published.year if month >= published.month else published.year + 1
    last = published.year if month <= published.month else published.year - 1
    year = coming if tense == "ahead" or _near_ahead(published, _safe_date(coming, month, 1), tense) else last
    return _Date(f"{year:04d}-{month:02d}", "month", True)


def _near_ahead(published: datetime.date, coming: datetime.date | None, tense: str) -> bool:
    """Tell whether a day or month named with no tense either way ("Submissions close on April 4", "The
    work starts in April") is the coming one: within NEAR_AHEAD_DAYS after publication, where the last
    one would be most of a year before it."""
    return tense == "" and coming is not None and 0 < (coming - published).days <= NEAR_AHEAD_DAYS


def _weekday(m: re.Match[str], published: datetime.date | None, tense: str) -> _Date | None:
    """Resolve "on Wednesday" to the latest Wednesday on or before publication; "next Wednesday" to
    the first after it, and "on Wednesday" ahead (see _tense) to the first on or after it."""
    if published is None:
        return None
    wanted, lead = _WEEKDAYS.index(m["w"]), (m["lead"] or "").lower()
    if lead == "next":
        return _day(published + datetime.timedelta(days=(wanted - published.weekday() - 1) % 7 + 1), True)
    if tense == "ahead" and lead != "last":
        return _day(published + datetime.timedelta(days=(wanted - published.weekday()) % 7), True)
    return _day(published - datetime.timedelta(days=(published.weekday() - wanted) % 7), True)


def _relative_period(m: re.Match[str], published: datetime.date | None, tense: str) -> _Date | None:
    """Resolve "last year", "this month" and the like against the publication date."""
    if published is None:
        return None
    shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    if m["unit"] == "year":
        return _Date(f"{published.year + shift:04d}", "year", True)
    months = published.year * 12 + published.month - 1 + shift
    return _Date(f"{months // 12:04d}-{months % 12 + 1:02d}", "month", True)


def _ago(m: re.Match[str], published: datetime.date | None, tense: str) -> _Date | None:
    """Resolve "three months ago" (days, months or years) against the publication date."""
    if published is None:
        return None
    count = _NUMBERS.get(m["n"].lower()) or int(m["n"])
    if m["unit"].startswith("day"):
        return _day(published - datetime.timedelta(days=count), True)
    if m["unit"].startswith("year"):
        return _Date(f"{published.year - count:04d}", "year", True)
    months = published.year * 12 + published.month - 1 - count
    return _Date(f"{months // 12:04d}-{months % 12 + 1:02d}", "month", True)


def _plain_year(m: re.Match[str], published: datetime.date | None, tense: str) -> _Date | None:
    return _Date(m["y"], "year", False)


_Resolver = Callable[[re.Match[str], "datetime.date | None", str], "_Date | None"]
"""Resolve a date phrase against the publication date (None: unknown); the tense says whether the
phrase is in a clause about what is still to come ("ahead"), in the past ("past"), or neither (see _tense)."""
# A future marker ("will", "won't", "could", "is scheduled to", "plans to") a few words before a date phrase,
# with no past-tense verb in between ("will be elected" is still to come): "will meet on Monday" is
# the coming Monday, but "who will run, said on Monday" is the last one.
_FUTURE = re.compile(r"\b(?:will|won['’]t|shall|could|might|(?-i:may)|"
                     r"(?:is|are)\s+(?:scheduled|expected|due|set|slated|going|likely)\s+to|plans?\s+to)\b",
                     re.IGNORECASE)
_PAST = re.compile(r"\b(?:said|says|told|announced|added|was|were|had|did)\b|(?<!\bbe )\b\w+ed\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?]")
_AHEAD_WINDOW = 80
NEAR_AHEAD_DAYS = 45
"""A day or month named with no tense, this close after publication, is the coming one (see _near_ahead)."""
"""How far before a date phrase (in characters, about a dozen words) a future marker counts."""


def _tense(text: str, start: int) -> str:
    """Tell whether the date phrase at start is in a clause about the future ("ahead": see _FUTURE), one
    with a verb in the past tense before it ("past"), or neither ("")."""
    window = text[max(0, start - _AHEAD_WINDOW):start]
    clause = window[max((m.end() for m in _CLAUSE_END.finditer(window)), default=0):]
    markers = list(_FUTURE.finditer(clause))
    if markers and _PAST.search(clause, markers[-1].end()) is None:
        return "ahead"
    return "past" if markers or _PAST.search(clause) else ""

# Cues: a pattern can only match text that all its cues are found in, and a cue is much quicker to search
# for than the pattern, so most paragraphs (no month, weekday or year in them) skip most patterns.
# Every month name, full, short or upper-case, starts with one of these.
_MONTH_STARTS = "|".join(m[:3] for m in _MONTHS + tuple(m.upper() for m in _MONTHS))
_MONTH_CUE = re.compile(_MONTH_STARTS).search
_YEAR_DIGITS = re.compile(r"1[89]\d\d|20\d\d")
_RELATIVE = re.compile(r"(?:ast|his|ext)\s+(?:year|month)")
"""What "last year" or "this month" holds, led by characters (unlike the pattern): re skips to them."""


def _year_cue(text: str) -> bool:
    # Most paragraphs hold none of a year's first two digits, which `in` looks for several times faster than re
    # searches for a year: only those that hold some are searched.
    return ("18" in text or "19" in text or "20" in text) and _YEAR_DIGITS.search(text) is not None


def _weekday_cue(text: str) -> bool:
    return "day" in text


def _period_cue(text: str) -> bool:
    # A third of paragraphs say "year" or "month": only those are searched for more.
    return ("year" in text or "month" in text) and _RELATIVE.search(text) is not None


def _ago_cue(text: str) -> bool:
    # As the case-blind pattern reads it: no other letter lower-cases to "a", "g" or "o".
    return "ago" in text.lower()


# Narrower cues, searched only in text that has the cues of their pattern: most "Mar", "day" and "ago" are no date's
# ("Mark", "today", "Chicago"), and the patterns, led by a word boundary, are slow to search for.
_FULL_MONTH_CUE = re.compile(_FULL).search
_MONTH_DAY_CUE = re.compile(rf"(?:{_MONTH_STARTS})[A-Za-z]*\.?\s+\d").search
"""A month, full or short, and the number of a day after it."""
_WEEKDAY_CUE = re.compile("|".join(_WEEKDAYS)).search
_AGO_CUE = re.compile(r"[yYsSſhHrR]\s+[aA][gG][oO]").search
"""The last letter of "day(s)", "month(s)" or "year(s)" and "ago", in any case ("ſ" is an "s" to a case-blind regex)."""


_Cue = Callable[[str], object]
_MONTH_AND_YEAR = frozenset({_MONTH_CUE, _year_cue})
# Most specific first: a span claimed by an earlier pattern is not matched again by a later one. Each pattern has its
# cues and, where they are often found in text without a date, a narrower one.
_PATTERNS: tuple[tuple[re.Pattern[str], _Resolver, frozenset[_Cue], _Cue | None], ...] = (
    (re.compile(rf"(?:(?:{'|'.join(_WEEKDAYS)}),\s+)?(?P<m>{_ANY_MONTH})\s+{_DAY},?\s+{_YEAR}\b"), _full_date,
     _MONTH_AND_YEAR, _MONTH_DAY_CUE),
    (re.compile(rf"\b{_DAY}\s+(?P<m>{_FULL})\s+{_YEAR}\b"), _full_date, _MONTH_AND_YEAR, _FULL_MONTH_CUE),
    (re.compile(rf"\b(?P<m>{_FULL})\s+(?:of\s+)?{_YEAR}\b"), _month_year, _MONTH_AND_YEAR, _FULL_MONTH_CUE),
    (re.compile(rf"(?<![\w.])(?P<m>{_ANY_MONTH})\s+{_DAY}\b(?!,?\s*\d)"), _month_day, frozenset({_MONTH_CUE}),
     _MONTH_DAY_CUE),
    (re.compile(rf"\b{_LEAD}\s+(?:early\s+|late\s+)?(?P<m>{_FULL})\b"), _month_alone, frozenset({_MONTH_CUE}),
     _FULL_MONTH_CUE),
    (re.compile(rf"\b(?:(?P<lead>[Oo]n|[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?P<w>{'|'.join(_WEEKDAYS)})(?:['’]s)?\b"),
     _weekday, frozenset({_weekday_cue}), _WEEKDAY_CUE),
    (re.compile(r"\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>year|month)\b(?:['’]s)?"), _relative_period,
     frozenset({_period_cue}), None),
    (re.compile(rf"\b(?P<n>{'|'.join(_NUMBERS)}|\d{{1,2}})\s+(?P<unit>days?|months?|years?)\s+ago\b", re.I), _ago,
     frozenset({_ago_cue}), _AGO_CUE),
    (re.compile(rf"(?:\b(?:{_LEAD}|between|[Tt]he|year)\s+|(?<=between \d{{4}} )and\s+){_YEAR}\b(?![-–/]?\d)"),
     _plain_year, frozenset({_year_cue}), None),
)

_CUES = frozenset().union(*(cues for _, _, cues, _ in _PATTERNS))
"""Each cue once (patterns share them), each searched once per paragraph."""


def _candidates(text: str, published: datetime.date | None) -> list[tuple[int, int, _Date]]:
    """Return (start, end, date) for every resolvable date phrase, overlaps removed."""
    found = {cue for cue in _CUES if cue(text)}
    taken: list[tuple[int, int, _Date]] = []
    for pattern, resolve, cues, narrow in _PATTERNS:
        for match in pattern.finditer(text) if cues <= found and (narrow is None or narrow(text)) else ():
            date = resolve(match, published, _tense(text, match.start()) if published else "past")
            free = all(match.end() <= s or match.start() >= e for s, e, _ in taken)
            if date is not None and free:
                taken.append((match.start(), match.end(), date))
    return sorted(taken, key=lambda t: t[0])


def _sentence_at(text: str, sentences: tuple[tuple[int, int], ...], offset: int) -> str:
    """Return the sentence of text that contains offset."""
    return next((text[s:e] for s, e in sentences if s <= offset < e), text).strip()


def _paragraph_events(text: str, number: int, published: datetime.date | None) -> tuple[Event, ...]:
    """Return the dated events in one paragraph, splitting it into sentences only if it has any."""
    found = _candidates(text, published)
    sentences = sentence_spans(text) if found else ()
    return tuple(
        Event(text[start:end], date.iso, date.precision, date.relative, number, _sentence_at(text, sentences, start))
        for start, end, date in found
    )


def find_events(paragraphs: tuple[str, ...], published: datetime.date | None) -> tuple[Event, ...]:
    """Return the dated events in the paragraphs; relative ones only when published is known."""
    return tuple(
        event for number, text in enumerate(paragraphs, start=1) for event in _paragraph_events(text, number, published)
    )
