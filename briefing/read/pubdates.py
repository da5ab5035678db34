"""Find publication-date stamps in raw article lines, in English and Spanish, and never guess a date.

A stamp is a short line (or the date half of a byline line) that is mostly a date: "Jan. 28, 2019
at 5:20 PM", "Published On 7 Nov 2022", "lunes, 3 de agosto de 2020". A numeric date whose day and
month could be swapped is kept as two candidates; a month and day without a year stays partial.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from briefing.dates import PartialDate

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    "ene": 1, "enero": 1, "febrero": 2, "marzo": 3, "abr": 4, "abril": 4, "mayo": 5, "junio": 6,
    "julio": 7, "ago": 8, "agosto": 8, "set": 9, "septiembre": 9, "setiembre": 9, "octubre": 10,
    "noviembre": 11, "dic": 12, "diciembre": 12,
    # French, German, Portuguese and Italian (with and without accents), for the outlets a story may draw on.
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "okt": 10, "dezember": 12, "dez": 12,
    "janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
    # Dutch, Swedish, Norwegian and Danish, Indonesian, Romanian, Turkish, and the genitive months of
    # Polish and Czech ("27 lutego 2025", "3. března 2025"), as their dates are written.
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "augusti": 8, "maj": 5, "desember": 12,
    "marts": 3, "maret": 3, "agustus": 8,
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9,
    "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12,
    "aralik": 12,
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8,
    "września": 9, "wrzesnia": 9, "października": 10, "pazdziernika": 10, "listopada": 11, "grudnia": 12,
    "ledna": 1, "února": 2, "unora": 2, "března": 3, "brezna": 3, "dubna": 4, "května": 5, "kvetna": 5,
    "června": 6, "cervna": 6, "července": 7, "cervence": 7, "srpna": 8, "září": 9, "zari": 9, "října": 10,
    "rijna": 10, "listopadu": 11, "prosince": 12,
    # Ukrainian and Russian, in the genitive a date takes ("3 грудня 2024", "3 декабря 2024").
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8,
    "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Bulgarian ("14 март 2025")
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7, "август": 8,
    "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    # Slovak, in the genitive ("27. augusta 2025")
    "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7, "augusta": 8, "septembra": 9,
    "októbra": 10, "novembra": 11, "decembra": 12,
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|er)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = (r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?|"
            r"lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|"
            r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
            r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
            r"(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|"
            r"venerd[iì]|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
            r"m[åa]ndag|tisdag|onsdag|torsdag|fredag|l[öø]rdag|s[öø]ndag|tirsdag|poniedzia[łl]ek|wtorek|[śs]roda|"
            r"czwartek|pi[ąa]tek|sobota|niedziela|senin|selasa|rabu|kamis|jumat|sabtu|minggu|pazartesi|sal[ıi]|"
            r"[çc]ar[şs]amba|per[şs]embe|cuma|cumartesi|pazar|luni|mar[țt]i|miercuri|joi|vineri|s[âa]mb[ăa]t[ăa]|"
            r"duminic[ăa]|понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя|понедельник|вторник|среда|"
            r"четверг|пятница|суббота|воскресенье")
_FULL_FORMS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),                 # Aug. 3, 2020
    re.compile(rf"\b{_MONTH}\s*-\s*{_DAY}\s*-\s*{_YEAR}\b", re.I),            # Mar - 13 - 2025 (Graphic Online)
    re.compile(rf"\b{_DAY}\.?\s+(?:de\s+)?{_MONTH},?\s+(?:de(?:l)?\s+)?{_YEAR}\b", re.I),  # 3 Aug 2020, 3 de agosto de 2020, 3. August 2020
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),  # 2020-08-03, …T14:12Z
    re.compile(rf"\b{_DAY}\.{_MONTH}\s?{_YEAR}\b", re.I),  # 10.set.2024 (Folha de S.Paulo)
    re.compile(r"\b(?P<year>(?:19|20)\d\d)\.\s?(?P<month>[01]?\d)\.\s?(?P<day>[0-3]?\d)\.?(?!\d)"),  # 2025.02.11. (Hungary, Korea)
    re.compile(r"\b(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?![\d/])"),  # 2026/03/18 (Japan, China)
)
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)[/.-](?P<b>[0-3]?\d)[/.-](?P<year>(?:19|20)\d\d)\b")
_MONTH_DAY = (re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I),
              re.compile(rf"\b{_DAY}\s+(?:de\s+)?{_MONTH}\b(?!,?\s+(?:de(?:l)?\s+)?(?:19|20)\d\d)", re.I))
_TIME = re.compile(r"\b\d{1,2}(?:[:.h]\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.I)
_READING_TIME = re.compile(r"\b\d{1,3}\s*-?\s*min(?:ute)?s?\.?\s+(?:read|listen|de lecture|de lectura|de leitura|"
                           r"di lettura|lesezeit)\b", re.I)
"""A reading time printed with the date ("5 minute read Tuesday, Mar. 11, 2025"): not a word of the line."""
_ZONE = re.compile(r"\b(?:[ECMPA][SD]?T|UTC|GMT|BST|CET|CEST|EEST|HOV|VET|ART|COT|WIB|WITA|WIT|ICT|PHT|SGT|MYT|HKT|JST|"
                   r"KST|IST|PKT|EAT|CAT|WAT|SAST|AE[SD]T|NZ[SD]T|MSK|hrs?)\b(?:\s*[+-]\d{1,2}(?::?\d{2})?)?"
                   r"|\(?(?:UTC|GMT)[+-]\d{1,2}\)?", re.I)
_DAY_FIRST_UPDATED = (r"actualizad[oa]|[úu]ltima actualizaci[óo]n|mis à jour|mise à jour|modifié|aktualisiert|atualizad[oa]|"
                      r"aggiornat[oa]|aangepast|bijgewerkt|uppdaterad|oppdatert|opdateret|zaktualizowano|aktualizacja|"
                      r"diperbarui|cập nhật|güncellendi|güncelleme|actualizat|aktualizováno|módosítva|päivitetty")
_DAY_FIRST_PUBLISHED = (r"publicad[oa]|publié|veröffentlicht|pubblicat[oa]|gepubliceerd|publicerad|publisert|"
                        r"publiceret|opublikowano|publikacja|diterbitkan|dipublikasikan|yayınlandı|yayınlanma|publicat|"
                        r"publikováno|publikálva|julkaistu")
"""Date labels in languages whose writers put the day before the month, updated and published."""
_UPDATED = re.compile(rf"\b(?:updated|last (?:updated|modified)|modified|edited|revised|{_DAY_FIRST_UPDATED}|"
                      r"modifica(?:to)?|stand(?=:))(?!\w)", re.I)
_PUBLISHED = re.compile(rf"\b(?:published|first published|posted|created|released|issued|{_DAY_FIRST_PUBLISHED})(?!\w)",
                        re.I)
_FILLER = re.compile(rf"\b(?:{_WEEKDAY}|on|at|a las|de|del|el|la|the|first|last|published|updated|posted|modified|"
                     r"edited|revised|[úu]ltima|actualizaci[óo]n|created|released|issued|date|fecha|time|et|pt|ct|mt|"
                     rf"hora|le|am|um|em|às|alle|ore|om|kl|o|pukul|lúc|{_DAY_FIRST_UPDATED}|{_DAY_FIRST_PUBLISHED}|Uhr)(?!\w)",
                     re.I)
_DAY_FIRST_LANGUAGE = re.compile(rf"\b(?:{_DAY_FIRST_UPDATED}|{_DAY_FIRST_PUBLISHED}|Uhr|WIB|WITA)(?!\w)|\b\d{{1,2}}h\d{{2}}\b",
                                 re.I)
"""A date label or a clock time of French, Spanish, Portuguese, Italian, German, Dutch, the Nordic languages,
Polish, Indonesian, Vietnamese, Turkish or Romanian ("Publié le 11/03/2025 à 18h00", "12.03.2025, 14:32
Uhr"): their writers put the day before the month."""
_LABELLED_SHORT_YEAR = re.compile(rf"\b(?:{_DAY_FIRST_UPDATED}|{_DAY_FIRST_PUBLISHED}|published|updated)\s*:?\s*"
                                  r"(?P<date>(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d\d))(?![\d.])", re.I)
"""A day-first date with a two-digit year right after its label, as Nordic sites print it ("Publisert:
03.06.25 08:14"); without the label, "03.06.25" may be a version, a score or a year-first date."""
_LEGAL_TEXT = re.compile(r"\b(?:agreement|policy|terms|privacy|cookies?|conditions|datenschutz|agb|"
                         r"política|politique|condiciones|informativa|voorwaarden|villkor)\b", re.I)
"""A site's legal text, whose date of revision a footer prints: no article's."""
_ANY_MONTH = rf"(?:{_MONTH_NAMES})\.?"
_SPAN_OF_DAYS = re.compile(rf"\b(?:{_ANY_MONTH}\s+\d{{1,2}}\s*[–—-]\s*(?:{_ANY_MONTH}\s+)?\d{{1,2}}\b|"
                           rf"\d{{1,2}}(?:\s+{_ANY_MONTH})?\s*[–—-]\s*\d{{1,2}}\s+{_ANY_MONTH})", re.I)
"""The days an issue covers ("Issue No. 26 · June 28 – July 4, 2025", "3–9 May 2026"): its last day dates no story."""
_WORD = re.compile(r"[^\W\d_]{2,}")
_ISSUE_WORDS = 3
"""The most words besides its days of a line naming an issue ("Issue No.", "Vol. 12, Issue")."""
_SPAN_MONTHS = 2
"""The most month names a span of days holds ("June 28 – July 4"), each a word between spaces at most."""
_WEATHER = re.compile(r"(?:\s+[A-Z]{3}\s+\d+[.,]\d+)*"  # exchange rates first: "USD 1.7000   EUR 1.8527"
                      r"(?:\s+[^\W\d_][\w’'-]*){0,2}\s+[+−-]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?(?:\s+[^\W\d_]+){0,3}\s*$")
"""What a site's masthead prints after today's date: exchange rates, a place, a temperature and the sky
("USD 1.7000  EUR 1.8527  Baku +14°C", "Labasa 31°C  Partly cloudy")."""
_MASTHEAD_LINKS = re.compile(r"(?:\s*[|·•]\s*(?:today[’']?s paper|e-?paper|archives?|log ?in|sign ?in|subscribe|"
                             r"register|my account|search|print edition))+\s*$", re.I)
"""The site's own links a masthead prints after today's date ("| Today’s Paper | E-Paper | Archive | Log in")."""
STAMP_MAX_LEFTOVER = 2
"""Words other than the date, time, zone and labels a line may hold and still count as a stamp."""
_DETAIL_SEPARATOR = re.compile(r"\s+[|·•]\s+")
DETAIL_MAX_WORDS = 4
"""Words at most of each detail after a date on its line ("Kuala Lumpur desk", "6 min read")."""


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date found in a line: its candidates (two when day and month could be swapped)."""

    candidates: tuple[PartialDate, ...]
    text: str
    start: int
    end: int
    updated: bool = False
    published: bool = False
    original: bool = False
    """Stated by a reprint note ("This article was originally published on …"): the first publication."""

    @property
    def ambiguous(self) -> bool:
        """Return True when day and month could be read either way."""
        return len(self.candidates) > 1


@dataclass(frozen=True, slots=True)
class Stamp:
    """A line, or part of one, that states when the article was published or updated."""

    line: int
    text: str
    mentions: tuple[DateMention, ...]
    page: bool = False
    """The page's own date beside its weather ("Monday, March 9, 2026  Labasa 31°C  Partly cloudy"): today's,
    which settles how to read a numeric date but is never the article's."""


def find_full_dates(text: str) -> tuple[DateMention, ...]:
    """Return every date with a year in text, in order; numeric ones may be ambiguous."""
    found, taken = _short_year_dates(text)
    if not _ANY_YEAR.search(text):
        return tuple(found)  # every other form holds a year: most lines have none, and the forms' month names cost
    for pattern in _FULL_FORMS:
        for match in pattern.finditer(text):
            date = _date(match.group("year"), match.group("month"), match.group("day"))
            if date and not _overlaps(match.span(), taken):
                taken.append(match.span())
                found.append(_mention(text, match, (date,)))
    for match in _NUMERIC.finditer(text):
        if _overlaps(match.span(), taken):
            continue
        day_first = match.group(0).count(".") == 2 or _DAY_FIRST_LANGUAGE.search(text) is not None
        candidates = _numeric_candidates(match.group("a"), match.group("b"), match.group("year"), day_first)
        if candidates:
            taken.append(match.span())
            found.append(_mention(text, match, candidates))
    return tuple(sorted(found, key=lambda m: m.start))


def _short_year_dates(text: str) -> tuple[list[DateMention], list[tuple[int, int]]]:
    """Return the labelled dates with two-digit years in text (this century's), and where they are."""
    found, taken = [], []
    for match in _LABELLED_SHORT_YEAR.finditer(text):
        date = _date(f"20{match.group('year')}", match.group("month"), match.group("day"))
        if date:
            updated = _UPDATED.search(text, match.start(), match.start("date")) is not None
            taken.append(match.span("date"))
            found.append(DateMention((date,), match.group("date"), match.start("date"), match.end("date"),
                                     updated=updated, published=not updated))
    return found, taken


def find_month_days(text: str) -> tuple[tuple[int, int], ...]:
    """Return (month, day) pairs written without a year ("Aug. 3", "3 de agosto")."""
    pairs = []
    for pattern in _MONTH_DAY:
        for match in pattern.finditer(text):
            month, day = _MONTHS[match.group("month").lower()], int(match.group("day"))
            if 1 <= day <= 31:
                pairs.append((month, day))
    return tuple(pairs)


def spans_days(text: str) -> bool:
    """Tell whether a line only states the days an issue covers and what it is (see _SPAN_OF_DAYS), in a few words
    ("Issue No. 26 (1184) · June 28 – July 4, 2025"; not "3,400 hectares burned in Gallura, July 23-24")."""
    if sum(1 for token in text.split() if len(token) > 1 and token.isalpha()) > _ISSUE_WORDS + _SPAN_MONTHS:
        return False  # as most lines have: more words than the span's months and an issue's (the regex is slow to fail)
    span = _SPAN_OF_DAYS.search(text)
    return span is not None and len(_WORD.findall(text[:span.start()] + " " + text[span.end():])) <= _ISSUE_WORDS


def stamp_in(text: str, number: int) -> Stamp | None:
    """Return the stamp a line states, or None when the line is more than a date or dates a site's
    legal text ("User Agreement updated 1/1/2025", in the footer)."""
    mentions = find_full_dates(text)
    if not mentions or _LEGAL_TEXT.search(text) or spans_days(text):
        return None
    masthead = _WEATHER.search(text, mentions[-1].end) or _MASTHEAD_LINKS.search(text, mentions[-1].end)
    if _leftover_words(text[:masthead.start()] if masthead else text, mentions) > STAMP_MAX_LEFTOVER and not (
            _dated_details(text, mentions)):
        return None
    return Stamp(number, text, mentions, page=masthead is not None)


def _dated_details(text: str, mentions: tuple[DateMention, ...]) -> bool:
    """Tell whether a line is its date and details of a few words each, parted by bars or dots ("27.05.2025 | 09:30
    MYT · Kuala Lumpur desk · 6 min read"): the date first, no sentence after it."""
    parts = _DETAIL_SEPARATOR.split(text)
    first = parts[0]
    return (len(parts) >= 2 and mentions[0].start < len(first)
            and _leftover_words(first, tuple(m for m in mentions if m.end <= len(first))) == 0
            and all(len(part.split()) <= DETAIL_MAX_WORDS and not part.rstrip().endswith(".") for part in parts[1:]))


def original_stamp(text: str, number: int) -> Stamp | None:
    """Return the stamp of a reprint note that dates the first publication ("This story first
    appeared in … on March 4, 2024"), or None when it states no full date."""
    mentions = tuple(replace(m, original=True, published=True, updated=False) for m in find_full_dates(text))
    return Stamp(number, text, mentions) if mentions else None


def _leftover_words(text: str, mentions: tuple[DateMention, ...]) -> int:
    rest = text
    for mention in sorted(mentions, key=lambda m: -m.start):
        rest = rest[:mention.start] + " " + rest[mention.end:]
    rest = _FILLER.sub(" ", _ZONE.sub(" ", _TIME.sub(" ", _READING_TIME.sub(" ", rest))))
    return len(_WORD.findall(rest))


def _mention(text: str, match: re.Match[str], candidates: tuple[PartialDate, ...]) -> DateMention:
    before = text[:match.start()]
    # The label nearest before the date says what it is: "Published … | Updated …".
    label_end = max((m.end() for m in _UPDATED.finditer(before)), default=-1)
    published_end = max((m.end() for m in _PUBLISHED.finditer(before)), default=-1)
    return DateMention(candidates, match.group(0), match.start(), match.end(),
                       updated=label_end > published_end, published=published_end > label_end)


def _numeric_candidates(first: str, second: str, year: str, day_first: bool = False) -> tuple[PartialDate, ...]:
    """Return the dates a numeric date may be: day/month and month/day, but only day/month with dots
    ("04.11.2025": the countries that write dates with dots all put the day first) or on a line in a
    language whose writers all do (see _DAY_FIRST_LANGUAGE)."""
    a, b = int(first), int(second)
    readings = {_date(year, str(b), str(a))} | (set() if day_first else {_date(year, str(a), str(b))})
    return tuple(sorted(d for d in readings if d))


def _date(year: str, month: str, day: str) -> PartialDate | None:
    number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    try:
        dt.date(int(year), number, int(day))
    except ValueError:
        return None
    return PartialDate(int(year), number, int(day))


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


@dataclass(frozen=True, slots=True)
class DateChoice:
    """The publication date chosen from the stamps, where it came from, and any doubt about it."""

    date: PartialDate | None = None
    line: int = 0
    detail: str = ""
    warnings: tuple[tuple[int, str], ...] = ()
    readings: tuple[PartialDate, ...] = ()
    """The dates the stamps that nothing settled could be, when no date was chosen."""


def choose_date(stamps: tuple[Stamp, ...], dateline_days: tuple[tuple[int, int], ...] = (),
                dateline_line: int = 0, dateline_dates: tuple[DateMention, ...] = (), *,
                page_stamps: tuple[Stamp, ...] = ()) -> DateChoice:
    """Pick the first publication date: a reprint note's original date, published, then plain, then
    updated stamps, then the date the dateline states with its year; never a guess.

    A numeric date that reads both ways ("11/03/2026") takes the reading another date of the text names: a stamp's,
    the dateline's, or the page's own (page_stamps, a masthead's "Wednesday, 11 March 2026"), which is never the
    article's date itself."""
    mentions = [(s.line, m) for s in stamps for m in s.mentions]
    evidence = set(dateline_days) | _days(m for _, m in mentions)
    pages = {day: s.line for s in page_stamps for day in _days(s.mentions)}
    readable = [(line, m, date) for line, m in mentions if (date := _resolve(m, evidence | pages.keys()))]
    ranked = sorted(readable, key=lambda r: (not r[1].original, r[1].updated, not r[1].published))
    if ranked:
        line, mention, date = ranked[0]
        choice = _chosen(line, mention, date, dateline_days, dateline_line, [])
        day = (date.month, date.day)
        if not mention.ambiguous or day in evidence:
            return choice
        if day in pages:
            return replace(choice, detail=f"{choice.detail}, read as the page's own date on line {pages[day]} reads")
        return replace(choice, detail=f"{choice.detail}, read as the reading a day or two after the text's other date")
    stated = next((m for m in dateline_dates if not m.ambiguous), None)
    if stated:
        return DateChoice(stated.candidates[0], dateline_line, f"dateline '{stated.text}', line {dateline_line}")
    if dateline_days and mentions:
        year = mentions[0][1].candidates[0].year
        month, day = dateline_days[0]
        detail = f"dateline, line {dateline_line}, with the year of line {mentions[0][0]}"
        return DateChoice(PartialDate(year, month, day), dateline_line, detail)
    # One warning for a date a line repeats ("08/09/2024 - 07:30 | Updated 08/09/2024 - 11:15").
    return DateChoice(warnings=tuple(dict.fromkeys(
        (line, f"the date '{m.text}' could be {_either(m)}; nothing else in the text settles it, so the "
               "article is left undated (add `date:`)") for line, m in mentions)),
        readings=tuple(day for _, m in mentions for day in m.candidates))


def _chosen(line: int, mention: DateMention, date: PartialDate, dateline_days: tuple[tuple[int, int], ...],
            dateline_line: int, warnings: list[tuple[int, str]]) -> DateChoice:
    kind = ("reprint note" if mention.original else "update stamp" if mention.updated
            else "publication stamp" if mention.published else "date line")
    if mention.updated:
        warnings.append((line, f"only an update date was found ('{mention.text}'); the article may be older "
                               "(add `date:` if you know it)"))
    if dateline_days and not any(abs(_day_gap(date, m, d)) <= 1 for m, d in dateline_days):
        warnings.append((dateline_line, f"the dateline's date disagrees with '{mention.text}' on line {line} "
                                        "(check the date)"))
    return DateChoice(date, line, f"{kind} '{mention.text}', line {line}", tuple(warnings))


def _days(mentions: Iterable[DateMention]) -> set[tuple[int, int]]:
    """Return the (month, day) of each date that reads one way only."""
    return {(d.month, d.day) for m in mentions if not m.ambiguous for d in m.candidates}


def _resolve(mention: DateMention, evidence: set[tuple[int, int]]) -> PartialDate | None:
    """Return the one date a mention reads as: its only reading, or the reading another date of the text names, or
    else the one reading a day or two after it, as a paper's stamp follows its dateline ("Srinagar, Mar 11:" under
    "Published: 12/03/2025" is 12 March, not 3 December)."""
    if not mention.ambiguous:
        return mention.candidates[0]
    matching = [d for d in mention.candidates if (d.month, d.day) in evidence]
    if not matching:
        matching = [d for d in mention.candidates
                    if any(-_STAMP_AFTER_NEWS <= _day_gap(d, month, day) <= 0 for month, day in evidence)]
    return matching[0] if len(matching) == 1 else None


_STAMP_AFTER_NEWS = 2
"""The most days a paper's publication stamp comes after the date its dateline or its text gives the news."""


def _either(mention: DateMention) -> str:
    return " or ".join(d.human() for d in mention.candidates)


def _day_gap(date: PartialDate, month: int, day: int) -> int:
    try:
        return (dt.date(date.year, month, day) - dt.date(date.year, date.month, date.day)).days
    except ValueError:
        return 99
