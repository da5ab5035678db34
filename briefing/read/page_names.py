"""Tell people from sites, desks and handles in bylines and author fields of saved pages."""

from __future__ import annotations

import re

_NOT_A_PERSON = re.compile(r"\b(?:published|updated|posted|modified|photos?|photograph\w*|pictures?|images?|credits?|"
                           r"courtesy|video|share|follow|listen|read|"
                           r"letters?|editors?|editorial|staff|desk|news|press|team|board|agency|"
                           r"agencies|reuters|associated|wire|correspondents?|reporters|newsroom|opinion|"
                           r"contributors?|media|online|www|com|web|"
                           r"redazione|redacción|redaccion|rédaction|redaktion|redactie|redação|redacção|redakcja|"
                           r"redaksjonen|redaktionen|toimitus|uredništvo|redakce)\b", re.I)
"""Words no person's name holds: a desk's ("Redazione Web", "Redacción", "Staff"), a credit's, a site's."""
_NAME = re.compile(r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,4}$")
_BYLINE_NOISE = re.compile(r"^(?:by|author|authors|written by|words by|von|por|par|di|door|av)\s*:?\s+|\s*\([^)]*\)$|\s*@\w+$",
                           re.I)
_JOINS = re.compile(r"\s*(?:,|;|\band\b|&|\||\s(?:y|et|und|e|og|och|en|i)\s)\s*")
"""What joins the names of a byline, in the languages of the pages read: "Por A y B", "Par A et B", "Von A und B"."""


def people_in(text: str, sites: tuple[str, ...]) -> tuple[str, ...]:
    """Split a byline into people's names; drop sites, desks, handles, job titles and addresses."""
    names = []
    for part in _JOINS.split(_BYLINE_NOISE.sub("", text.strip())):
        name = _BYLINE_NOISE.sub("", part.strip()).strip()
        name = _without_job_title(name)
        name = name.title() if name.isupper() and len(name.split()) > 1 else name  # "TAN WEI LING"
        if _NAME.match(name) and not _NOT_A_PERSON.search(name) and not is_site_name(name, sites):
            names.append(name)
    return tuple(dict.fromkeys(names))


def _without_job_title(name: str) -> str:
    """Keep "Richard Adams" of "Richard Adams Education editor": a job title starts after the
    capitalised name with a lower-case word somewhere in it."""
    words = name.split()
    lower = next((i for i, word in enumerate(words) if word[:1].islower()), None)
    if lower is not None and lower >= 3:
        return " ".join(words[:lower - 1])
    return name


def is_site_name(part: str, sites: tuple[str, ...]) -> bool:
    """Return True when part names the site itself (sites: its names in lower case)."""
    name = part.strip().casefold()
    return bool(name) and any(name == site or name in site.split(".") or site in name
                              or (len(name) > 3 and name in site) for site in sites)
