"""Find the name of a site the outlets list does not know: a name the page header shows on a line of
its own (a masthead, a logo's text) that the page's footer names again (its copyright line, its
address, "you signed up for …"), or the name its logo's text gives ("The Verge logo.", "Vox homepage").

One mention proves nothing: a header line may be a section or a menu item, and a copyright
holder is often the publisher's company, not the publication. A name shown in both places is the
site's own; so is the name of a logo, which a copy of the page keeps as the image's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing.read.bylines import JOB_WORDS

_MAX_WORDS = 6
_MAX_CHARS = 60
_CONNECTORS = frozenset({"of", "the", "and", "&", "for", "de", "del", "la", "le", "les", "el", "los", "las", "y",
                         "du", "des", "der", "die", "das", "di", "da", "do", "dos", "on", "at", "in"})
"""Lower-case words a name may hold between its capitalised ones ("The Times of Malta", "Diário do Povo")."""
_WORD = re.compile(r"[^\W\d_][\w’'&.-]*|&")
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.I)
_COMPANY = frozenset({"inc", "ltd", "limited", "llc", "co", "corp", "corporation", "pty", "plc", "gmbh", "sa", "s.a",
                      "sl", "srl", "spa", "dac", "ag", "ab", "as", "asa", "oy", "nv", "bv", "pvt", "all", "public",
                      "company", "enterprises", "publishing", "trust", "casa", "editora", "comunicação", "comunicación",
                      "verlag", "mediengruppe", "ediciones", "edizioni", "éditions", "edições", "editions"})
"""Words after a holder's name that end it: a company's legal form or kind ("ESPN Enterprises", "EL TIEMPO
Casa Editorial", "Nordkurier Mediengruppe"), or "All rights reserved"; a publisher's "Ediciones" ("© La Vanguardia Ediciones, S.L."). Not "Media" nor "Group": the
publisher "Politics Media Group" does not make a section called Politics the site."""
_SEPARATORS = re.compile(r"\s[|·•]\s")
"""A footer line holding these is a row of links, not a sentence or an address."""
_LOGO = re.compile(r"^(?:(?P<name>.+?)\s+(?:logo|homepage|home page|home)|(?:logo|logotipo|logotype)\s+(?:of\s+|de\s+)?(?P<after>.+?))\.?$",
                   re.I)
"""A logo's text or its link's: "The Verge logo.", "WFAA Logo", "Vox homepage", "Grist home", "Logo de El Diario"."""
_ABOUT_LINK = re.compile(r"^(?:about|advertise (?:on|with|in)|contact|careers at|work (?:at|for)|über|à propos d[eu]|"
                         r"sobre|acerca de|chi è|om)\s", re.I)
"""A footer link about the site that names it ("About Patch", "Advertise on Patch")."""
_ABOUT_US = re.compile(r"^(?:about|about us|who we are|o nas|qui som|quiénes somos|quienes somos|chi siamo|über uns|"
                       r"à propos|qui sommes-nous|sobre nós|sobre nosotros|om oss|om os|over ons|o nás|o nama|rólunk|"
                       r"despre noi|hakkımızda|tentang kami|meistä|про нас|о нас|σχετικά με εμάς|ποιοι είμαστε|"
                       r"aviso legal|legal notice|impressum|mentions légales|note legali|nota legal|colofon|kolofon)$", re.I)
"""The first of a footer's links about the site, under its name: who it is, or its legal notice."""
_SENTENCE_CASE_WORDS = 4
_BEFORE_HOLDER = frozenset({"copyright", "editora", "editorial", "ediciones", "edições", "éditions", "edizioni"})
"""Words that may come right before the paper's name in its holder: "© 2025 Empresa Editora El Comercio S.A."."""
_BEFORE_PAPER = _BEFORE_HOLDER | {"diari", "diario", "diário", "jornal", "giornale", "quotidien"}
"""Those, and the word for a paper, which a footer naming the site twice may put before its name: "© Diari ARA"."""
_HOLDER_STARTS = re.compile(r"\s[–—|-]\s*$")
_DOMAIN_ENDING = re.compile(r"\.(?:com|net|org|fr|de|es|it|pt|nl|be|ch|at|co\.uk|com\.au|com\.br|in|ie|ca)$", re.I)
_HOLDER_ENDS = re.compile(r"^\s*(?:©\s*)?(?:(?:19|20)\d\d)?\s*[.;|–—]\s")
"""What ends a holder: a full stop, a bar or a dash, maybe after the year ("© Le Devoir 2025. Tous droits réservés.")
or the copyright sign and the year ("Euroview 24 © 2023 | About us")."""
_DIVISION_HOLDER = re.compile(rf"(?:{_COPYRIGHT.pattern})\s*(?:(?:19|20)\d\d\s*)?(?P<name>[A-ZÀ-Ý][^,|©]{{1,60}}?),?\s+"
                              r"(?:a division of|a unit of|a member of|a publication of|(?<!no )part of|"
                              r"une division de|"
                              r"una división de|eine marke (?:der|von))\s", re.I)
"""A copyright line whose holder is one of its company's sites: the site's name, then the company (not "… All rights
reserved. No part of this newsletter may be …")."""
_ACRONYM_LETTERS = 5
_CAPITAL_NEXT = re.compile(r"\s+[A-ZÀ-Ý]")
_ARTICLE = re.compile(r"^the\s+", re.I)
_FOOTER_LINES = 8
"""The page's last lines, where its footer is."""
_MORE_WORDS = 3
"""A footer line naming the site without its copyright sign must say this many words more than the name."""


def site_name(header: Sequence[str], footer: Sequence[str], common: frozenset[str]) -> str:
    """Return the site's name: the first name-like header line that the footer names again, in mixed
    case as the page writes it somewhere; "" when none is. common: words no site is named by alone."""
    for name, shown in _names_on(header):
        if _name_like(name, common):
            written = (next((found for text in footer if (found := _named_in(name, text))), "")
                       or _named_twice(name, footer) or _heading_company_links(name, footer) or _about_link(name, footer)
                       or _held_without_article(name, footer))
        else:
            # "The Age": common words, which only a reporter's note naming the paper proves a name; "Українська
            # правда", "Il Post": a name in sentence case proves itself only as a copyright holder
            written = (_reporters_outlet(name, footer) if _name_like(name, frozenset()) else "") or (
                next((found for text in footer if _COPYRIGHT.search(text) and (found := _named_in(name, text))), "")
                if _sentence_case_name(name) else "")
        if written and shown:
            return shown  # "GCR", the footer's "About GCR", of "GCR Gulf Construction Review"
        if written:
            return next((form for form in (name, written) if not form.isupper()), _title_case(name))
    return ""


def _names_on(header: Sequence[str]) -> list[tuple[str, str]]:
    """Return the header's lines, and the two parts of a line that a bar parts into a name and its acronym, or that
    its acronym opens ("APW | Asia Pacific Wire", "GCR Gulf Construction Review"), each a name the site may go by,
    with the name spelled out to show for it ("" for a line)."""
    names: list[tuple[str, str]] = []
    for line in header:
        parts = [part.strip() for part in line.split(" | ")]
        if len(parts) == 1 and len(words := line.split()) > 2:  # "GCR Gulf Construction Review"
            parts = [words[0], " ".join(words[1:])] if words[0].isupper() else [line.strip()]
        spelled = next((long for short, long in (parts, parts[::-1]) if short == _initials(long)), "") if len(
            parts) == 2 else ""
        names += [(line.strip(), ""), *((part, spelled) for part in parts)] if spelled else [(line.strip(), "")]
    return names


def spelled_out(acronym: str, lines: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """Return the name a logo line spells the acronym out as ("AWS | Asia Wire Service"), with its line, or None."""
    for number, line in lines:
        parts = [part.strip() for part in _SEPARATORS.split(line.strip())]
        if len(parts) == 2 and parts[0] == acronym and _initials(parts[1]) == acronym:
            return parts[1], number
    return None


def _initials(name: str) -> str:
    """Return the first letters of a name's capitalised words ("APW" of "Asia Pacific Wire")."""
    return "".join(word[0] for word in name.split() if word[0].isupper())


def logo_name(header: Sequence[str], common: frozenset[str]) -> str:
    """Return the name the first logo line of the header gives, or ""."""
    for line in header:
        found = _LOGO.match(line.strip())
        name = (found.group("name") or found.group("after") or "").strip() if found else ""
        if name and _name_like(name, common):
            return name
    return ""


_WORDMARK = re.compile(r"[a-z][a-z0-9]{3,}")
"""A logo's text as a wordmark writes the name: in lower case, its words run together ("euroview24")."""


def wordmark_name(first_line: str, footer: Sequence[str]) -> str:
    """Return the name a wordmark on the page's first line stands for, as a copyright line of the footer holds it with
    its spaces and capitals ("euroview24" over "© 2016 Euroview 24. All rights reserved."), or ""."""
    if not _WORDMARK.fullmatch(first_line.strip()):
        return ""
    spaced = re.compile(r"(?<!\w)" + r"\s?".join(map(re.escape, first_line.strip())) + r"(?!\w)", re.I)
    return next((found.group(0) for text in footer if _COPYRIGHT.search(text) and (found := spaced.search(text))
                 and " " in found.group(0) and _holder(text[:found.start()], text[found.end():])), "")


_SKIP_LINK = re.compile(r"^(?:skip|jump|aller|passer|saltar|ir|zum|springe|direkt|hopp|hoppa|gå|spring|siirry|przejdź|"
                        r"přejít|preskočiť|ugrás|salt|vai|passa)\b", re.I)
"""A link to skip to the content, above the logo on many pages."""


def masthead_named_again(lines: Sequence[tuple[int, str]], top: int, common: frozenset[str],
                         may_name: Callable[[str], bool]) -> tuple[str, int]:
    """Return the name the page's first line gives (after a link to skip to the content or the page's title,
    before line top) when another line of the page names it again inside longer text ("VG" over "VG arbeider
    etter Vær Varsom-plakatens regler …", "The Daily Sentinel" over "Subscribe to The Daily Sentinel"), with its
    line; ("", 0) when it does not, or when may_name says that line is not one to give the site's name (a menu's
    "Home"). Weaker than site_name's proof: the last resort."""
    first = next(((number, text.strip()) for number, text in lines if number < top and not _SKIP_LINK.match(text)
                  and not _SEPARATORS.search(text)), None)
    if first is None or not _name_like(first[1], common) or not may_name(first[1]):
        return "", 0
    number, name = first
    # A name in capitals ("SIAM LEDGER") is named again as the page writes it ("Siam Ledger Publishing Plc.").
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I if name.isupper() else 0)
    again = next((found.group(0) for other, line in lines
                  if other != number and line.strip() != name and (found := pattern.search(line))), "")
    # The page's footer repeating the name on a line of its own, as it does under its last links ("THE MONTREAL
    # LEDGER" over "Follow us: …"), names the site; a section's label is no first line.
    footer = any(other != number and line.strip().casefold() == name.casefold() for other, line in lines[-_FOOTER_LINES:])
    if again and again != again.upper():
        return again, number
    return (name, number) if again or footer else ("", 0)


_CHANNEL_DIGITS = 3
"""The most digits of a number that ends a name ("France 24", "Channel 4"); a year's four make a date."""


def _name_like(text: str, common: frozenset[str]) -> bool:
    """Tell whether a line could be a site's name: a few capitalised words, no digits but a channel's number after
    them ("Euroview 24"), no sentence."""
    words = text.split()
    if not 0 < len(words) <= _MAX_WORDS or len(text) > _MAX_CHARS or any(w.isdigit() for w in words[:-1]) or (
            words[-1].isdigit() and (len(words) == 1 or len(words[-1]) > _CHANNEL_DIGITS)):
        return False
    if text[-1] in ".!?:;,|" or not text[0].isupper() or any(c in text for c in "@/|#()"):
        return False
    if len(words) == 1 and text.casefold() in common:
        return False
    return all(w[0].isupper() or w.casefold() in _CONNECTORS or w.isdigit() for w in words) and not all(
        w.casefold() in common or w.casefold() in _CONNECTORS for w in words)


def _sentence_case_name(text: str) -> bool:
    """Tell whether a line could be a name written in sentence case: a capital, then a few lower-case words."""
    words = text.split()
    return (1 < len(words) <= _SENTENCE_CASE_WORDS and text[0].isupper() and text[-1] not in ".!?:;,|"
            and not any(c.isdigit() or c in "@/|#()" for c in text))


def _heading_company_links(name: str, footer: Sequence[str]) -> str:
    """Return name when a footer line of its own heads the site's links about itself ("The Jakarta Post" over
    "About Us"), else "". A section repeated as a tag has no such link under it."""
    return next((name for text, below in zip(footer, footer[1:])
                 if text.strip().casefold() == name.casefold() and _ABOUT_US.match(below.strip(" ?!.:"))), "")


def _about_link(name: str, footer: Sequence[str]) -> str:
    """Return name as the footer writes it when one of the footer's links about the site is about it alone
    ("About NZ Herald", "Advertise with Patch"), else ""."""
    pattern = re.compile(rf"(?P<name>{re.escape(name)})\.?$", re.I)
    return next((found.group("name") for text in footer if (about := _ABOUT_LINK.match(text.strip()))
                 and (found := pattern.match(text.strip(), about.end()))), "")


def _reporters_outlet(name: str, footer: Sequence[str]) -> str:
    """Return name as the footer writes it when a reporter's note under the story names it as the
    reporter's paper ("… is a transport reporter at The Age.", "… est journaliste au Devoir"); else ""."""
    pattern = re.compile(rf"\b(?:{JOB_WORDS})\b[^.]{{0,40}}?\b(?:at|for|with|au|à|chez|bei|på)\s+"
                         rf"(?:the\s+|le\s+|la\s+|el\s+|der\s+)?(?P<name>{re.escape(name)})(?!\w)", re.I)
    for text in footer:
        found = pattern.search(text)
        if found and found.group("name")[0].isupper():
            return found.group("name")
    return ""


def division_holder(text: str) -> str:
    """Return the site a copyright line names as part of its company ("© 2025 Ottawa Citizen, a division
    of Postmedia Network Inc."), or ""."""
    found = _DIVISION_HOLDER.search(text)
    return found.group("name").strip() if found else ""


def holds_copyright(names: Sequence[str], text: str) -> bool:
    """Tell whether a copyright line's holder is one of names, whole: "© 2025 Monitor", not
    "© 2025 Nation Media Group" (a company that publishes several papers) for "Nation"."""
    return any(_named_in(name, text) for name in names)


def _named_in(name: str, text: str) -> str:
    """Return name as text writes it when text names the site: a copyright line whose holder it is
    ("© 2025 The Harbor Ledger", "© Rappler Inc."), or, for a name of several words, a sentence or an
    address that says more than the name; else ""."""
    found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I)
    if found is None:
        return ""
    if _COPYRIGHT.search(text):
        return found.group(0) if _holder(text[:found.start()], text[found.end():]) else ""
    if len(name.split()) < 2 or _SEPARATORS.search(text) or not found.group(0)[0].isupper():
        return ""  # a sentence names a site as a proper noun: "more local news" names no "Local News"
    return found.group(0) if len(_WORD.findall(text)) >= len(name.split()) + _MORE_WORDS else ""


def _named_twice(name: str, footer: Sequence[str]) -> str:
    """Return name as the footer writes it when two of its lines say more than the name and one is a
    copyright line or a link about the site ("About Patch", "© 2025 Patch Media."); else "". A section's
    name recurs on a line of its own, as a tag or a menu item, which proves nothing."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
    found = [(match, text) for text in footer if text.strip().casefold() != name.casefold()
             and (match := pattern.search(text)) and match.group(0)[0].isupper()]
    naming = [(match.group(0), text) for match, text in found]
    # "Cyprus" is no site where every line that names it goes on with another name: "Cyprus Mail".
    longer = all(_CAPITAL_NEXT.match(text, match.end()) for match, text in found)
    # The copyright line's holder must begin with it: "© 2025 Patch Media.", not "© Ringier Medien Schweiz AG".
    holders = [text for match, text in found
               if _COPYRIGHT.search(text) and _begins_holder(text[:match.start()], _BEFORE_PAPER)]
    if len(naming) >= 2 and not longer and (holders or any(_ABOUT_LINK.match(text) for _, text in found)):
        return naming[0][0]
    return ""


def _held_without_article(name: str, footer: Sequence[str]) -> str:
    """Return name when it begins with "The" and a copyright line's holder begins with the rest, as a publisher's
    company drops the paper's article ("The New England Observer" / "© 2026 New England Observer Media LLC"), else "".
    A section of the menu has no article ("Local News" / "Local News Media Group" proves nothing)."""
    bare = _ARTICLE.match(name)
    if bare is None or len(name[bare.end():].split()) < 2:
        return ""
    pattern = re.compile(rf"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*)?{re.escape(name[bare.end():])}\s", re.I)
    return name if any(pattern.search(text) for text in footer) else ""


def _begins_holder(before: str, allowed: frozenset[str] = _BEFORE_HOLDER) -> bool:
    """Tell whether a name begins a copyright line's holder: no other name's capitalised word right before it
    but the allowed ones."""
    previous = [] if _HOLDER_STARTS.search(before) else _WORD.findall(before)[-1:]
    return not previous or not previous[0][0].isupper() or previous[0].casefold() in allowed


def _holder(before: str, after: str) -> bool:
    """Tell whether a name is the whole of a copyright line's holder: no other name's capitalised
    word right before or after it, but a company's ending ("Ltd", "Inc.")."""
    # A dash or a bar begins it: "© Rossel & Cie SA – Le Soir 2025" names the paper after its company.
    # A full stop (or a bar, a dash) ends the holder: "© 2025 HotNews.ro. Toate drepturile rezervate."; a comma
    # does not: "© 2024 ESPN, Inc." names a company after it.
    following = [] if _HOLDER_ENDS.match(after) else _WORD.findall(after)[:1]
    return _begins_holder(before) and (
        not following or not following[0][0].isupper() or following[0].casefold().rstrip(".") in _COMPANY)


_OPENING_ACRONYM = re.compile(r"(?P<acronym>[A-Z]{2,})\s+(?:[|·•–—-]\s+)?(?P<name>[A-Z]\w*(?:\s+\S+)+)")
"""A name its acronym opens, maybe with a bar between them: "MBN Melanesian Broadcasting Network", "CPA | Continental
Press Agency"."""


def readable_site_name(name: str) -> str:
    """Return a site's name as a reader cites it: without the domain ending a name of several words
    carries ("Le Monde.fr" -> "Le Monde") or its acronym before or after it, and in mixed case when written in
    capitals ("DER SPIEGEL")."""
    name = _DOMAIN_ENDING.sub("", name) if " " in name else name
    words = name.split()
    # "Hong Kong Free Press HKFP": the name, then its own acronym; "MBN Melanesian Broadcasting Network": after it
    if len(words) > 2 and words[-1].isupper() and words[-1] == "".join(w[0] for w in words[:-1]).upper():
        name = " ".join(words[:-1])
    elif (opened := _OPENING_ACRONYM.match(name)) and opened["acronym"] == _initials(opened["name"]):
        name = opened["name"]
    return _title_case(name) if name.isupper() and " " in name else name


def _title_case(text: str) -> str:
    """Return a name written in capitals as a name is printed ("THE HARBOR LEDGER" -> "The Harbor Ledger");
    one short word stays an acronym ("ESPN", "RNZ"), and so does a short word among others ("BBC NEWS")."""
    if " " not in text and len(text) <= _ACRONYM_LETTERS:
        return text
    words = text.split()
    return " ".join(w.lower() if i and w.lower() in _CONNECTORS else w if len(w) <= 3 and w.lower() not in _CONNECTORS
                    else "-".join(part[:1] + part[1:].lower() for part in w.split("-")) for i, w in enumerate(words))
