"""Datelines: the place (and often the day and agency) that opens the first paragraph of a story.

"MIAMI (AP) —", "CARACAS, Venezuela (AP) —", "WASHINGTON, June 2 (Reuters) -", "Jan. 28 (UPI) --",
"YANGON, Feb. 26, 2021 (Reuters) -", "MOSCOW, November 28. /TASS/.", "NEW YORK, Nov. 28, 2025 /PRNewswire/ --",
"SAN FRANCISCO--(BUSINESS WIRE)--", "Caracas, 3 ago (EFE).-", "PARIS, 28 février (AFP) -", "CARACAS —",
"CARACAS - ".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefing.read.load import read_package_yaml
from briefing.read.outlets import Outlets, fold
from briefing.read.pubdates import DateMention, find_full_dates, find_month_days

_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x17F)) if c.isupper())
"""Capital letters of the Latin alphabets: "Świnoujście (PAP) –", "Łódź", "Škofja Loka"."""
_UPPER_PLACE = r"[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.'’-]+(?:\s+[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.'’-]*)*(?:/[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.'’-]+)?"
_ANY_PLACE = (rf"[{_CAPITALS}][\w.'’-]+(?:\s+(?:de|del|la|el|[{_CAPITALS}][\w.'’-]*)){{0,3}}"
              rf"(?:/[{_CAPITALS}][\w.'’-]+(?:\s+[{_CAPITALS}][\w.'’-]*){{0,2}}){{0,2}}")
"""A place, or two or three a story was reported from, joined by slashes ("DOHA/KATHMANDU, Nov 14 (APN) -")."""
_REGION = (r"(?:,\s*[A-ZÁÉÍÓÚÑÜ][\w.'’-]+(?:\s+(?:(?:and|of|of\s+the)\s+)?[A-ZÁÉÍÓÚÑÜ][\w.'’-]+){0,3}"
           r"(?:\s+(?:province|state|district|county|region|prefecture|governorate|oblast|municipality))?)?")
"""The region or country after the place ("CARACAS, Venezuela", "KAMPONG LUONG, Pursat province", "ZENICA, Bosnia and
Herzegovina", "KOLWEZI, Democratic Republic of Congo")."""
_DAY = (r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_][^\W\d_A-Z]{2,9}\.?|\d{1,2}\s+[A-Z]{3}\b)"
        r"(?:,?\s+(?:de\s+)?(?:19|20)\d\d)?")
"""A day, and sometimes its year: "June 2", "Feb. 26, 2021", "3 ago", "3 de agosto de 2021", "05 GIU"."""
_DASH = r"\s*\.?\s*(?:--|[—–-])\s*"
_WIRE = r"[A-Za-z][\w .&-]{0,30}(?:/[a-z]{1,4})?"
"""An agency in parentheses, "(Reuters)", or between slashes as TASS and the press-release wires
write it: "MOSCOW, November 28. /TASS/.", "NEW YORK, Nov. 28, 2025 /PRNewswire/ --"."""
_PLACE_DAY_WIRE = (rf"^(?:(?P<place>{_ANY_PLACE}{_REGION})(?:,\s*(?P<day>{_DAY}))?|(?P<dayonly>{_DAY}))\s*"
                   rf"\.?\s*(?:\((?P<wire>{_WIRE})\)|/(?P<slashed>{_WIRE})/|\((?P<inday>{_DAY})\))")
"""A place, a day, and the agency in parentheses or between slashes, or the day in parentheses as
press releases write it: "ARLINGTON, Va. (Feb. 3, 2025) –"."""
_WITH_WIRE = re.compile(rf"{_PLACE_DAY_WIRE}(?:{_DASH}|\.?\s+(?=[A-ZÁÉÍÓÚÑ]))(?P<rest>\S.*)$", re.S)
_WIRE_ONLY = re.compile(rf"{_PLACE_DAY_WIRE}\s*[.:—–-]*\s*$")
"""A dateline that is a paragraph of its own: "MAZABUKA, Zambia, Mar 12 2025 (IPS)"."""
_WIRE_FIRST = re.compile(rf"^\((?P<wire>[A-Z][A-Za-z]{{1,9}})\)\s*(?:--|[—–-])\s*(?P<place>{_UPPER_PLACE}{_REGION})"
                         rf"(?:,\s*(?P<day>{_DAY}))?{_DASH}(?P<rest>\S.*)$", re.S)
"""The agency before the place, as ANSA writes it: "(ANSA) - TREVISO, 05 GIU - Una grandinata …"."""
_MIXED_PLACE = r"[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+(?:\s+[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+)?,\s*[A-ZÁÉÍÓÚÑÜ][\w.]+(?:\s+[A-ZÁÉÍÓÚÑÜ][\w.]+)?"
_LABELS = frozenset({"NOTE", "UPDATE", "UPDATED", "WATCH", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "LIVE",
                     "VIDEO", "PHOTOS", "READ", "ALSO READ", "CORRECTION", "CLARIFICATION", "EDITOR'S NOTE",
                     "EDITOR’S NOTE", "WARNING", "FACT CHECK", "SPONSORED", "ADVERTISEMENT"})
"""Labels in capitals that a colon follows, as a place does in "PUNE:" datelines."""
_COLON = re.compile(rf"^(?P<place>{_UPPER_PLACE}{_REGION}):\s+(?P<rest>[\"“‘'A-ZÁÉÍÓÚÑ0-9].*)$", re.S)
"""The dateline of Indian and Pakistani papers: "PUNE: The elevated metro line …"."""
_CITY_COLON = re.compile(r"^(?P<place>[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+(?:\s+[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+)?):\s+"
                         r"(?P<rest>[\"“‘'A-ZÁÉÍÓÚÑ0-9].*)$", re.S)
_PLACE_DAY_COLON = re.compile(rf"^(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                              rf"(?P<place>[A-ZÀ-Ý][a-zß-ÿ]+(?:[ -][A-ZÀ-Ý][a-zß-ÿ]+)?),\s*(?P<day>{_DAY}):\s+"
                              r"(?P<rest>[\"“‘'A-ZÀ-Ý0-9].*)$", re.S)
"""A place and the day, then a colon, as Indian papers date a story: "Chandigarh, November 4: The …"."""
_CITY_STOP = re.compile(r"^(?P<place>[A-ZÀ-Ý][a-zß-ÿ]+(?:[ -][A-ZÀ-Ý][a-zß-ÿ]+)?)\.\s+(?P<rest>[\"“„‘'A-ZÀ-Ý0-9].*)$", re.S)
"""A city and a full stop, as German and Austrian regional papers open a story: "Hamburg. Die roten Punkte …"."""
_UPPER_STOP = re.compile(rf"^(?P<place>{_UPPER_PLACE})\.\s+(?P<rest>[\"“„‘'A-ZÀ-Ý][a-zß-ÿ].*)$", re.S)
"""A place in capitals and a full stop, as Austrian regional papers open a story: "STEYR. Das Steyrer Stadtbad …"
(in capitals it is a dateline wherever it is; "Hamburg." only as a known city)."""
_BARE = re.compile(r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+)*?)"
                   r"\s+(?P<rest>[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ]|\s).*)$", re.S)
"""A place in capitals with no punctuation after it, as Brazilian papers print it ("BRASÍLIA O Ministério …")."""
_NO_WIRE = re.compile(rf"^(?P<place>{_UPPER_PLACE}{_REGION}|{_MIXED_PLACE})(?:,\s*(?P<day>{_DAY}))?(?:\s+(?:--|>>|[—–|-])|(?<=[A-ZÁÉÍÓÚÑÜ])\.[—–-])\s+(?P<rest>\S.*)$",
                      re.S)

_PLACE_DAY_AGENCY = re.compile(rf"^(?P<place>{_ANY_PLACE}"
                               rf"(?:\s+\([{_CAPITALS}][\w'’-]+(?:\s+[{_CAPITALS}][\w'’-]+)?\))?),"
                               rf"\s*(?P<day>{_DAY})(?:,\s*(?P<agency>[{_CAPITALS}][\w.&'’-]*"
                               rf"(?:\s+[{_CAPITALS}][\w.&'’-]*){{0,3}}))?\.?$")
"""A dateline on a line of its own, a place (its district in parentheses maybe) and a day, the agency after it as
Azerbaijani agencies print it ("Qazax, March 17, Baku Meridian", "Shahabad (Kurukshetra), February 9")."""
_PARENTHESISED = re.compile(rf"^\((?P<place>[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü’'-]+(?:\s+[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü’'-]+)?{_REGION})\)"
                           rf"\s+(?:--|[—–-])\s+(?P<rest>[\"“‘'A-ZÁÉÍÓÚÑ0-9].*)$", re.S)
"""A place in parentheses, as human-rights groups date their releases: "(Lilongwe) – Public schools …"."""
_SITE_AFTER_PLACE = re.compile(r",\s*(?P<site>[\w-]+\.(?:com|net|org|co|id|ph|my|in|ng|za|ke)(?:\.[a-z]{2})?)$", re.I)
"""A site's address where a region would be: "SEMARANG, KOMPAS.com"."""


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline split from the first paragraph."""

    place: str
    wire: str
    days: tuple[tuple[int, int], ...]
    """The (month, day) the dateline states, when it states one."""
    dates: tuple[DateMention, ...]
    """The date the dateline states with its year, when it does."""
    rest: str
    """The paragraph without its dateline."""
    site: str = ""
    """The site named after the place, as Indonesian and Philippine sites sign: "SEMARANG, KOMPAS.com -"."""


def split_dateline(paragraph: str, outlets: Outlets | None = None) -> Dateline | None:
    """Return the dateline opening a paragraph, or None when it has none; a paragraph that is only a
    dateline ("MAZABUKA, Zambia, Mar 12 2025 (IPS)") gives one whose rest is "". A place alone in
    parentheses ("(Lilongwe) –") is read only given the outlets, which tell it from "(Reuters) -"."""
    match = (_WITH_WIRE.match(paragraph) or _NO_WIRE.match(paragraph) or _WIRE_ONLY.match(paragraph) or _WIRE_FIRST.match(paragraph)
             or _colon_dateline(paragraph) or _PLACE_DAY_COLON.match(paragraph) or _bare_dateline(paragraph)
             or _parenthesised(paragraph, outlets))
    if not match:
        return None
    groups = match.groupdict()
    place = (groups.get("place") or "").strip().rstrip("-–— ")  # "SAN FRANCISCO--(BUSINESS WIRE)--"
    day = groups.get("day") or groups.get("dayonly") or groups.get("inday") or ""
    if place and not (groups.get("wire") or groups.get("slashed")) and len(place.split(",")[0].split()) > 4:
        return None
    dates = find_full_dates(day) if day else ()
    days = tuple((d.month, d.day) for m in dates if not m.ambiguous for d in m.candidates) or (
        find_month_days(day) if day else ())
    wire = (groups.get("wire") or groups.get("slashed") or "").split("/")[0]  # "dpa/mv": dpa's regional desk
    site = _SITE_AFTER_PLACE.search(place)
    if site:
        place = place[:site.start()]
    return Dateline(place, wire.strip(), days, dates, groups.get("rest") or "", site.group("site") if site else "")


def dateline_line(text: str) -> Dateline | None:
    """Return the dateline of a line that is only a place, a day and maybe the agency ("Qazax, March 17, Baku
    Meridian", "Shahabad (Kurukshetra), February 9"), or None."""
    match = _PLACE_DAY_AGENCY.match(text)
    if match is None:
        return None
    return Dateline(match.group("place"), "", find_month_days(match.group("day")), (), "")


def _colon_dateline(paragraph: str) -> re.Match[str] | None:
    match = _COLON.match(paragraph) or _UPPER_STOP.match(paragraph)
    if match and match.group("place") not in _LABELS:
        return match
    # "Dubai: More than 3,200 …" (Gulf News), "Hamburg. Die roten …" (Hamburger Abendblatt): a known city only
    named = _CITY_COLON.match(paragraph) or _CITY_STOP.match(paragraph)
    return named if named and fold(named.group("place")) in known_cities() else None


def _parenthesised(paragraph: str, outlets: Outlets | None) -> re.Match[str] | None:
    match = _PARENTHESISED.match(paragraph) if outlets else None
    if match is None or outlets.named(match.group("place")) or outlets.wire(match.group("place")):  # type: ignore[union-attr]
        return None
    return match


def _bare_dateline(paragraph: str) -> re.Match[str] | None:
    match = _BARE.match(paragraph)
    return match if match and fold(match.group("place")) in known_cities() else None


@functools.cache
def known_cities() -> frozenset[str]:
    """Return the folded names of the shipped cities and regions (places.yaml), not its countries: a
    country in capitals opens a sentence ("CHINA Daily said") more often than a dateline."""
    return frozenset(fold(name) for name in read_package_yaml("places.yaml").get("places") or ()
                     if len(fold(name)) >= 4)
