"""Bylines and end-of-story credits: who wrote the article, for which outlet, from which agency."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.read.outlets import Outlet, Outlets

SIGNED = re.compile(r"^(?:by|por|par|von|di)\s", re.I)
"""A byline that opens with the word for "by": a reporter's, never a photographer's credit."""
_BY = re.compile(r"^(?:(?:por|par|von|door|di|av)\s*/\s*by|by:?|written by|words by|words:|"
                 # the story's kind before "by" ("Briefing by Alice Penrose, Associate Editor"); not "Photos by"
                 r"(?:story|analysis|briefing|commentary|report|opinion|column|essay|interview|review|dispatch) by|"
                 r"por|(?-i:Von|VON|Par|PAR|Di|DI)(?=\s+[A-ZÀ-Ý])|author:|autor:|autora:|"
                 r"(?-i:Door|DOOR|Av|AV|Af|AF|Oleh|OLEH|Penulis|PENULIS|Autor|Autorka|Yazar|de)(?=\s+[^\W\d_])|penulis:|tekst:|autorka:|yazar:|"
                 r"dal(?:la)? nostr[oa] (?:inviat[oa]|corrispondente)|[-—–]\s*|"
                 # "di Giulia Ferraresi": Italian's "by" in lower case, with only the name after it
                 r"(?-i:di(?=\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}$)))\s*(?P<rest>\S.*)$", re.I)
_LABELLED = re.compile(r"(?:^|\s[|·•]\s+)(?:writers?|authors?|reporters?|reported by)\s*:\s*(?P<names>[^|·•]+)", re.I)
"""A byline as one labelled field of a row of them, the page's details between bars."""
_ON_DATE = re.compile(r"\s+(?:on|el|le|am|em|il|den|op)\s+(?=(?:[^\W\d_]+,?\s+)?\d{1,2}\b.*\b(?:19|20)\d\d\b|[^\W\d_]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b)")
"""The date after a byline's names: "by Nadia Rahmawati on 5 March 2025", "By X on Jan. 5, 2025"."""
_STAMP_AFTER = re.compile(r",\s*(?=(?:updated|published|posted|actualizado|atualizado|publicado|mis à jour|publié|"
                          r"aktualisiert|veröffentlicht|aggiornato|pubblicato)\b)", re.I)
"""A date stamp after the names and a comma, often with no space ("By Jane Doe Globe Staff,Updated March 14, 2025")."""
_PAPER_JOB = re.compile(r"(?<=\S)\s+[A-Z][\w.&-]*\s+(?i:staff(?:\s+writer)?|correspondent|reporter|contributor)$")
"""The paper's short name and the job after a name, without a comma: "Jane Doe Globe Staff"."""
_INITIALS_BEFORE = re.compile(r"^[A-Z]{2,6}\s*/\s*(?=(?:by|por|par|von|di)\s)", re.I)
"""The outlet's initials before its byline: "OLJ / Par Rania HADDAD-KHOURY, le 12 mai 2025"."""
_SEPARATOR = re.compile(r"\s+(?:[|•·/]|[-—–]{1,2})\s+|\s*[|•·]\s*")
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|\band\b|\bAND\b|&|\by\b|\bY\b|\bwith\b|\bcon\b|\bfor\b|\bFOR\b|\bpara\b|"
                          r"\bavec\b|\bet\b|\bund\b|\bmit\b|\bcom\b|\be\b|\boch\b|\bog\b|\boraz\b|\bdan\b|\bve\b|\bși\b|\ben\b|"
                          r"\bvà\b)\s*")
_NOT_LAST_NAMES = {"group", "media", "news", "agency", "service", "network", "press", "newspapers", "limited", "ltd",
                   "inc", "staff", "desk", "team", "bureau", "wire",
                   # a page's label ("Top Comments", "Related Stories")
                   "comments", "comment", "stories", "articles", "posts", "videos", "photos", "reads", "topics", "links",
                   # a newsroom named last ("Tim Redaksi", "Equipe Rédaction")
                   "redaksi", "redaktion", "redactie", "redaktionen", "redakcja", "redazione", "rédaction", "redacción",
                   # a paper ("Philippine Daily Inquirer", "The Harbour Herald")
                   "inquirer", "herald", "tribune", "gazette", "chronicle", "telegraph", "times", "journal", "daily", "mail",
                   "courier", "observer", "mirror", "express", "nation", "zeitung"}
_NOT_FIRST_NAMES = {"the", "el", "la", "los", "las", "a", "an", "this", "our", "by", "por", "de", "verified",
                    # a newsroom ("Redazione ANSA", "Redacción El Tiempo"), not a person
                    "redazione", "redacción", "redaccion", "rédaction", "redação", "redacao", "redaktion", "newsroom",
                    # a button ("Save Story", "Share Via")
                    "save", "share", "print", "listen", "subscribe", "follow", "watch", "download", "copy", "sign",
                    # an account's links before the day's date ("Login / Register Saturday, 03/02/2024")
                    "login", "log", "register"}
JOB_WORDS = (r"reporter|correspondent|writer|editor|columnist|producer|journalist|corresponsal|redactora?|redakteur(?:in)?|redacteur|redactrice|"
             r"enviad[oa]|periodista|jornalista|giornalista|journaliste|reportér|újságíró|redaktør|redaktör")
"""A reporter's job, in the languages the reader knows: the word a job line names."""
_ROLE = re.compile(rf"\b(?:staff|senior|chief|special|contributing|freelance|analyst|bureau|desk|news|{JOB_WORDS})\b.*$",
                   re.I)
_ROLE_LAST = re.compile(rf"\b(?:{JOB_WORDS}|analyst)$", re.I)
"""A job's last word: after a name and a comma, the words ending in it are that reporter's job."""
_PARTICLES = {"de", "da", "del", "della", "di", "do", "dos", "du", "la", "le", "van", "von", "der", "den", "bin",
              "al", "el", "y", "st", "mc", "ter", "ten"}
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|(?:al|el)-[^\W\d_][\w'’-]*)$")
IN_PLACE_MAX_WORDS = 12
OUTLET_LINE_MAX_CHARS = 80
"""A line of outlets and agencies ("The Washington Post with The Associated Press") is this short."""
"""A byline without "By" that places its reporters ("A in Frankfurt and B in Milan") is this short."""
_REGION = r"(?:\s+(?:district|province|region|county|state|oblast|governorate|prefecture|department))?"
"""The lower-case word after a region's name in a byline's place ("in Qalai Kabud, Nurobod district")."""
_IN_PLACE = re.compile(r"^(?P<names>.+?)\s+in\s+(?P<place>[A-Z][\w'’.-]*(?:\s+(?:de|del|la|el|[A-Z][\w'’.-]*)){0,3}"
                       rf"(?:\s+and\s+[A-Z][\w'’.-]*|,\s+[A-Z][\w'’.-]*{_REGION})?)$")
"""A name and where the reporter wrote from: "Tom Alvarez in São Paulo", "Olivia Brandt in Tashkent and Nukus",
"Eleanor Whitcombe in Lockport, Louisiana", "Harriet Coles in Qalai Kabud, Nurobod district" (one word after "and"
or a comma is a second place or the region; a reporter is named in full)."""
_AGENCY_AFTER_SLASH = re.compile(r"^(?P<names>[^\W\d_][^/]{2,80}?)\s*/\s*(?P<agency>[A-Za-z][\w .-]{1,30})$")
"""A name with its agency after a slash: "Eirik Solbakken/NTB"."""
_CREDITED_TO = re.compile(r"^(?P<names>[^\W\d_][^()]{2,80}?)\s*\((?P<outlet>[A-Z][^()]{1,40})\)$")
"""A name with its outlet or agency in parentheses: "Rizki Maharani (The Jakarta Post)", "Jane Doe (AFP)"."""
_PLACE_AFTER_NAME = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+(?:de|del|la|el|[A-Z][\w'’.-]*)){0,3}"
                               rf"(?:\s+and\s+[A-Z][\w'’.-]*$|,\s+[A-Z][\w'’.-]*{_REGION}$)?(?=\s*(?:,|;|&|\band\b|$))")
"""Where a reporter wrote from, after the name in a byline ("By Jane Doe in Kyiv and John Roe in Brussels")."""
_CREDIT = re.compile(
    r"^(?:\(?(?:additional )?reporting (?:and writing )?by|writing by|editing by|compiled by|"
    r"contributing:|contributors?:|with (?:reporting|contributions) (?:by|from)|[—–-]?\s*with files from|"
    r"con (?:información|reportes?) de|información de|redacción:?|edición de)\b"
    r"|\b(?:contributed (?:to )?(?:this (?:report|story|article)|reporting)|reported from)\b.{0,60}$"
    r"|^\(by [^()]{3,80}\)$", re.I)
_REPORTERS = re.compile(r"^\(?(?:additional )?reporting (?:and writing )?by\s+(?P<names>[^;)]+)|^\(by\s+(?P<signed>[^()]+)\)$",
                        re.I)
_NOT_IN_NAMES = frozenset({"without", "with", "for", "the", "of", "in", "on", "at", "from", "to", "our", "your", "is",
                           "are", "every", "all"})
"""English small words no bare name has: "Truth Without Fear" is a site's motto; nor a name after its first word, as
labels and menus have them ("Available In")."""
_ASIDE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<aside>[^()]{1,40})\)$")
"""A byline's name with a word in parentheses after it: where the reporter was, or the agency."""
_REPORTED_FROM = re.compile(r"^(?P<names>.+?)\s+reported from\b", re.I)
_UNNAMED = re.compile(r"^(?:by|from)\s+(?:(?:our|a|an|the)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}|"
                      r"(?:editorial|news|staff|city|metro|foreign|business|political)\s+)"
                      r"(?:(?:staff|special|own)\s+)?(?:correspondents?|reporters?|writers?|desk|team|bureau)$", re.I)
"""A byline that names no one but the paper's own reporter or desk: "By Our Jaffna Correspondent", "By a Staff
Reporter", "From Our Correspondent", "By Editorial Desk"."""
_ADDITIONAL_REPORTING = re.compile(r"\s*[,;.]?\s*(?:with\s+)?additional\s+reporting\s+(?:by|from)\s.*$", re.I)
"""The credit of reporters who helped, after a byline ("…, with additional reporting by Kostas Voulgaris"): the byline
is the author's before it."""


UNKNOWN_OUTLET_MAX_WORDS = 4
_JOB_MAX_WORDS = 4
"""A job after a reporter's name and a comma has at most this many words, its last a job's ("Raw Materials Editor")."""
BARE_NAME_MAX_WORDS = 3


@dataclass(frozen=True, slots=True)
class Byline:
    """What a byline line says: the people, the agency credited, the outlet named, the rest."""

    authors: tuple[str, ...] = ()
    wire: str = ""
    outlet: str = ""
    rest: str = ""
    """Text after a separator ("| Jan. 28, 2019"), read for a date."""


def read_byline(text: str, outlets: Outlets) -> Byline | None:
    """Return the byline a line holds ("By A and B | date", "by A on 5 March 2025", "- NAME", "Name in City"), or None."""
    text = _ADDITIONAL_REPORTING.sub("", _INITIALS_BEFORE.sub("", text))
    if _UNNAMED.match(text):
        return Byline()
    labelled = _LABELLED.search(text)
    if labelled:  # "NEWSPAPER SECTION: Business | WRITERS: Chanya Boonmee in Chiang Mai and Teerapat Sukjai"
        text = "By " + labelled.group("names").strip()
    match = _BY.match(text)
    if match:
        names, _, rest = _split_rest(_STAMP_AFTER.sub(" | ", _ON_DATE.sub(" | ", match.group("rest"), count=1), count=1))
        return _byline(_PLACE_AFTER_NAME.sub("", names), rest, outlets, dashed=text.lstrip()[:1] in "-—–")
    named, _, job = _split_rest(text)
    if job and _is_job(job.strip()) and len(text.split()) <= IN_PLACE_MAX_WORDS:
        # "Nasrin Jahan | Staff Correspondent", "Rohan Pillai | East Africa Correspondent"
        found = _byline(named, "", outlets, dashed=False)
        return found if found and found.authors else None
    if job and _ROLE.fullmatch(named.strip()) and len(job.split()) <= UNKNOWN_OUTLET_MAX_WORDS:
        outlet = outlets.named(job.strip())  # "Senior Correspondent | BanglaBarta24.com": the paper's, no one named
        return Byline((), "", outlet.name if outlet else "")
    slashed = _AGENCY_AFTER_SLASH.match(text)
    if slashed and (agency := outlets.wire(slashed.group("agency"))) and len(text.split()) <= IN_PLACE_MAX_WORDS:
        found = _byline(slashed.group("names"), "", outlets, dashed=False)  # "Eirik Solbakken/NTB"
        return Byline(found.authors, agency.name) if found and found.authors else None
    credited = _CREDITED_TO.match(text)
    if credited and len(text.split()) <= IN_PLACE_MAX_WORDS:
        found = _byline(credited.group("names"), "", outlets, dashed=False)
        agency, _ = _as_outlet(credited.group("outlet"), outlets)
        return Byline(found.authors, agency.name if agency else found.wire, found.outlet) if found and found.authors else None
    placed = _IN_PLACE.match(text)
    if placed and len(text.split()) <= IN_PLACE_MAX_WORDS:
        found = _byline(_PLACE_AFTER_NAME.sub("", text), "", outlets, dashed=False)
        return found if found and found.authors else None
    return None


def read_outlet_line(text: str, outlets: Outlets) -> Byline | None:
    """Return the byline of a line that names only outlets and agencies ("Le Monde with AFP",
    "Le Monde avec AFP"), or None; one outlet alone is a masthead, not a byline."""
    if len(text) > OUTLET_LINE_MAX_CHARS:
        return None
    parts = [p for p in _SPLIT_NAMES.split(text.strip().rstrip(".")) if p]
    found = [_as_outlet(part, outlets) for part in parts]
    # A job may stand for the paper's own reporters: "Staff writer, with CNA".
    if len(parts) < 2 or not all(wire or named or _ROLE.fullmatch(part) for part, (wire, named) in zip(parts, found)) \
            or not any(wire or named for wire, named in found):
        return None
    wire = next((w.name for w, _ in found if w), "")
    return Byline((), wire, next((n.name for _, n in found if n), ""))


def read_name_line(text: str, outlets: Outlets) -> Byline | None:
    """Return a bare byline ("Jane Doe", "Jane Doe, Reuters"): names only, no other words."""
    names, _, rest = _split_rest(text)
    if "," not in names and _ROLE_LAST.search(names):
        return None  # a job line ("Local Democracy Reporter"), not a name with its job after a comma
    found = _byline(names, rest, outlets, dashed=False)
    if not found or not found.authors or len(text.split()) > 8:
        return None
    # Without "By", only a name's shape says it is one: two or three capitalised words, none a possessive ("Today's
    # Paper" is a link of the site's) nor an English small word ("Truth Without Fear" is its motto).
    capitalised = [len([w for w in a.split() if w.lower() not in _PARTICLES]) for a in found.authors]
    unnamelike = any(word.endswith(("'s", "’s")) or word.lower() in _NOT_IN_NAMES for a in found.authors for word in a.split())
    # A job after a comma says it is a byline, and the name may be longer ("Daniel Koh Wei Ming, Asia Regulatory
    # Editor").
    most = BARE_NAME_MAX_WORDS + 1 if "," in names and _ROLE_LAST.search(names) else BARE_NAME_MAX_WORDS
    return found if all(n <= most for n in capitalised) and not unnamelike else None


def is_credit(text: str) -> bool:
    """Return True for an end-of-story credit ("Reporting by …; Editing by …", "X contributed.")."""
    return len(text.split()) <= 60 and bool(_CREDIT.search(text))


def credited_reporters(text: str) -> tuple[str, ...]:
    """Return the reporters a credit names ("Reporting by A and B", "A reported from Caracas.")."""
    match = _REPORTERS.match(text) or _REPORTED_FROM.match(text)
    if not match:
        return ()
    names = [_person(n) for n in _SPLIT_NAMES.split(match.group("names") or match.group("signed")) if n.strip()]
    return tuple(n for n in names if n)


def byline_detail(text: str, outlets: Outlets) -> str:
    """Return what a line under a byline is ("outlet", "role", "place"), or "" when it is none of them."""
    first = text.split(",")[0]
    if outlets.named(first) or outlets.wire(first):
        return "outlet"
    words = text.split()
    if len(words) <= 6 and _ROLE.search(text) and not text.endswith("."):
        return "role"
    if len(words) <= 4 and "," in text and all(_is_name_word(w.strip(",")) or w.lower() in _PARTICLES for w in words):
        return "place"
    return ""


def _split_rest(text: str) -> tuple[str, str, str]:
    parts = _SEPARATOR.split(text, maxsplit=1)
    return (parts[0], "", parts[1]) if len(parts) > 1 else (text, "", "")


def _byline(names: str, rest: str, outlets: Outlets, *, dashed: bool) -> Byline | None:
    authors: list[str] = []
    wire = outlet = ""
    for part in (p for p in _SPLIT_NAMES.split(names.strip().rstrip(".")) if p):
        aside = _ASIDE.match(part)
        if aside:  # "Ifeoma Chukwuka-Bello (Lagos)": the place a reporter wrote from, or the agency ("Jane Doe (AFP)")
            part, (agency, named) = aside.group("name"), _as_outlet(aside.group("aside"), outlets)
            wire, outlet = wire or (agency.name if agency else ""), outlet or (named.name if named else "")
        agency, named = _as_outlet(part, outlets)
        if agency:
            wire = wire or agency.name
        elif named:
            outlet = outlet or named.name
        elif _ROLE.fullmatch(part) or _ROLE.match(part) or (
                authors and _ROLE_LAST.search(part) and _job_alone(part)):
            continue  # "Staff Writer"; after a name, "Local Democracy Reporter", "Raw Materials Editor"
        elif person := _person(part):
            authors.append(person)
        elif not authors or len(part.split()) > UNKNOWN_OUTLET_MAX_WORDS:
            return None
        # else: an outlet the list does not know, after the names ("By JANE DOE FOR MAILONLINE")
    if not (authors or wire) or (dashed and not authors):
        return None
    named = outlets.named(rest) if rest else None  # "By Name | Fox News"
    return Byline(tuple(authors), wire, outlet or (named.name if named else ""), "" if named else rest)


def _is_job(text: str) -> bool:
    """Tell whether a text is a reporter's job alone ("Staff Correspondent", "East Africa Correspondent")."""
    return _ROLE.fullmatch(text) is not None or (_ROLE_LAST.search(text) is not None and _job_alone(text))


def _job_alone(part: str) -> bool:
    """Tell whether a part of a byline after a name is a job alone ("Local Democracy Reporter", "Raw Materials
    Editor"), not another name with the paper's job ("Peter Lindqvist Globe Correspondent")."""
    if _PAPER_JOB.search(part):
        return len(_PAPER_JOB.sub("", part).split()) < 2
    return len(part.split()) <= _JOB_MAX_WORDS


def _as_outlet(part: str, outlets: Outlets) -> tuple[Outlet | None, Outlet | None]:
    wire = outlets.wire(part) or outlets.wire(re.sub(r"^the\s+", "", part, flags=re.I))
    return (wire, None) if wire else (None, outlets.named(part))


def _person(part: str) -> str:
    """Return part as a person's name in normal capitals, or "" when it does not look like one."""
    without_job = _PAPER_JOB.sub("", part)
    part = without_job if len(without_job.split()) >= 2 else part
    if part.split()[-1].lower() in _NOT_LAST_NAMES:
        return ""  # an outlet the list does not know ("Inside Climate News"), not a name and its job
    role = _ROLE.search(part)
    if role and role.group(0)[:1].islower() and not part[:role.start()].rstrip().endswith(","):
        return ""  # a beat and a job in lower case ("Latin America correspondent"), not a name with its job
    cleaned = _ROLE.sub("", part).strip(" ,.")
    words = cleaned.split()
    if not 2 <= len(words) <= 5 or not _is_name_word(words[0]) or not _is_name_word(words[-1]):
        return ""
    if len(words[0]) >= 3 and words[0].isupper() and not cleaned.isupper():
        return ""  # an outlet's desk or bureau ("ABC Wide Bay", "BBC Persian"), not a name
    if words[-1].lower() in _NOT_LAST_NAMES:
        return ""  # a company ("Nation Media Group"), not a name
    if words[0].lower() in _NOT_FIRST_NAMES or not all(_is_name_word(w) or w.lower() in _PARTICLES for w in words):
        return ""
    if any(w.lower() in _NOT_IN_NAMES for w in words[1:]):
        return ""  # a label ("Available In", "Terms of Use"), not a name
    if cleaned.isupper():
        return cleaned.title()
    # A family name in capitals, as French papers print it ("Rania HADDAD-KHOURY"), is cited in normal capitals.
    return " ".join(_recased(word) for word in words)


def _recased(word: str) -> str:
    """Return a word of a name written in capitals in normal capitals ("HADDAD-KHOURY" -> "Haddad-Khoury")."""
    if len(word) < 3 or not word.isupper() or not word.replace("-", "").isalpha():
        return word
    return "-".join(part.capitalize() for part in word.split("-"))


def _is_name_word(word: str) -> bool:
    """Tell whether a word can be part of a name: capitalised in any alphabet ("Åkerlund", "Łukasz",
    "Ngũgĩ"), an initial ("J."), or "al-Burhan"."""
    if not _NAME_WORD.match(word):
        return False
    return (word[3] if word[:3].lower() in ("al-", "el-") else word[0]).isupper()
