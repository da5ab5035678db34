"""Read an article's header, the lines above its first paragraph: masthead, labels, headline, dek, byline, stamps.

The headline is chosen among the candidate lines by what makes a headline: not a section or menu
label, not a masthead, repeated on the page if anything is, and above the byline and date lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefing.read.bylines import JOB_WORDS, SIGNED, byline_detail, read_name_line
from briefing.read.captions import is_credit_line
from briefing.read.clean import CleanRules
from briefing.read.furniture import is_label
from briefing.read.marks import BULLET, NAVIGATION, RELATIVE_STAMP, Mark, states_reading_time
from briefing.read.pubdates import Stamp
from briefing.read.sitename import site_name

HEADLINE_MAX_WORDS = 30
_SITE_SUFFIX = re.compile(r"\s+(?:\||[-–—]|::)\s+[^|–—]{2,40}$")
DEK_MIN_WORDS = 10
STACKED_MIN_WORDS = 7
"""Two lines this long, one over the other above the byline, are a headline and its dek."""
KICKER_MAX_WORDS = 6
BYLINE_DETAIL_MAX_WORDS = 6
"""A line between a byline and its date with this many words at most says who or where the reporter is."""
HEADLINE_UNDER_STAMP_MIN_WORDS = 5
"""A line under the date is a headline only with this many words at least; a shorter one is a label."""
_SLOGAN_REACH = 2
"""A line this near the top of the page, right under the site's name, is the site's slogan when the article's
headline comes further down."""
"""A line this short over the headline is a kicker, when a standfirst in sentences follows the headline."""
STAMP_REACH = 2
"""A date line more than this many lines above the headline belongs to another item (a list of latest news)."""
_CANDIDATE_KINDS = ("text", "short")


@dataclass(frozen=True, slots=True)
class Header:
    """What the header held; marks are the lines left for the body's rules (captions, furniture)."""

    headline: str = ""
    headline_line: int = 0
    dek: str = ""
    masthead: tuple[str, str] | None = None
    authors: tuple[str, ...] = ()
    byline_line: int = 0
    wire: str = ""
    stamps: tuple[Stamp, ...] = ()
    page_stamps: tuple[Stamp, ...] = ()
    """Dates far above the headline, as a masthead prints the day's: never the article's date, but the day they
    name tells which way an ambiguous stamp reads ("11/03/2026" under "Wednesday, 11 March 2026")."""
    roles: tuple[tuple[int, str, str], ...] = ()
    removed: tuple[tuple[int, str, str], ...] = ()
    notices: tuple[tuple[int, str], ...] = ()
    marks: tuple[Mark, ...] = ()
    mentions: tuple[tuple[str, str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class _Plan:
    """Which header lines are what, decided before the lines are taken one by one."""

    candidates: tuple[int, ...]
    names: frozenset[int]
    credits: frozenset[int]
    headline: int | None
    dek: int | None


def read_header(marks: tuple[Mark, ...], anchor: int, rules: CleanRules, counts: Counter[str]) -> Header:
    """Read the header lines (everything above the first body paragraph); anchor is the last byline/stamp."""
    plan = _plan(marks, anchor, rules, counts)
    parts = _Parts(rules, marks, plan)
    for index, mark in enumerate(marks):
        parts.take(index, mark)
    return parts.header(_headline_notices(plan, marks, counts, rules, anchor))


def _plan(marks: tuple[Mark, ...], anchor: int, rules: CleanRules, counts: Counter[str]) -> _Plan:
    credited = {i for i in range(1, len(marks) - 1) if _credit_over_a_byline(marks, i, rules)}
    credits = frozenset(i for i in range(1, len(marks)) if _is_photo_credit(marks, i, rules)) | credited
    # The header ends at its last byline or stamp, or at the summary of a headline printed under the date.
    limit = len(marks) if anchor < 0 else anchor + 1 if marks[anchor].kind == "text" else anchor
    captions = {i - 1 for i in credited}
    candidates = [i for i in range(limit) if marks[i].kind in _CANDIDATE_KINDS and i not in credits | captions]
    # The site's name heads the page and its footer names it again: repeated, yet no headline, and no
    # reporter's name but the paper's under it ("Caitlin Hendershot" / "Tulsa World").
    site = site_name([marks[i].line.text for i in candidates], tuple(counts), rules.furniture.stopwords).casefold()
    over_the_site = {i for i in candidates if _over_the_site(marks, i, site, rules)}
    names = ({i for i in candidates if _is_name_line(marks, i, rules)} | over_the_site) - {i + 1 for i in over_the_site}
    # A reporter's job under the name or the byline is no headline ("By Name" / "Local Democracy Reporter·NZ Herald·").
    jobs = {i + 1 for i in names if _over_a_job(marks, i, rules)} | {
        i + 1 for i in range(limit) if marks[i].kind == "byline" and (
            _is_role_line(marks, i + 1, rules) or _byline_detail_over_date(marks, i + 1))}
    headline = _choose_headline([i for i in candidates if i not in names | jobs
                                 and marks[i].line.text.strip().casefold() != site], marks, counts, rules, anchor)
    if headline is None and anchor >= 0:
        headline = _labelled_media_headline(marks, anchor)
    if anchor >= 0 and marks[anchor].kind == "stamp" and (headline is None or _page_top(marks, headline, anchor, site)):
        headline = _headline_under_stamp(marks, anchor, rules, headline)
    if not names and headline is not None and not any(m.kind == "byline" for m in marks):
        names = _names_under_headline(marks, headline, rules)
    dek = _choose_dek(candidates, names, headline, marks, anchor, rules)
    return _Plan(tuple(candidates), frozenset(names), credits, headline, dek)


class _Parts:
    """Collects the header's parts line by line; the only mutable state, per header."""

    def __init__(self, rules: CleanRules, marks: tuple[Mark, ...], plan: _Plan) -> None:
        self.rules, self.marks, self.plan = rules, marks, plan
        self.headline_text = marks[plan.headline].line.text if plan.headline is not None else None
        self.roles: list[tuple[int, str, str]] = []
        self.removed: list[tuple[int, str, str]] = []
        self.rest: list[Mark] = []
        self.stamps: list[Stamp] = []
        self.page_stamps: list[Stamp] = []
        self.authors: list[str] = []
        self.mentions: list[tuple[str, str, int]] = []
        self.byline_line, self.wire, self.masthead, self.detail_until = 0, "", None, -1

    def take(self, index: int, mark: Mark) -> None:
        """Place one header line: headline, dek, byline, stamp, masthead, furniture, or pass it on."""
        plan, line, text = self.plan, mark.line.number, mark.line.text
        if index == plan.headline and mark.kind == "furniture":  # "WATCH: …" over the byline (see _labelled_media_headline)
            self.roles.append((line, text, "headline"))
        elif index in plan.credits or mark.kind not in (*_CANDIDATE_KINDS, "masthead", "byline", "stamp"):
            self.rest.append(mark)
        elif mark.kind == "masthead":
            self._masthead(line, text)
        elif index != plan.headline and headline_key(text) == headline_key(self.headline_text or ""):
            self.removed.append((line, text, "repeated headline"))
        elif index in (plan.headline, plan.dek):
            self.roles.append((line, text, "headline" if index == plan.headline else "dek"))
        elif mark.kind == "byline" or index in plan.names or (
                index <= self.detail_until and _over_a_job(self.marks, index, self.rules)):  # a second reporter
            self._byline(index, mark)
        elif (mark.kind == "stamp" and plan.headline is not None and index < plan.headline - STAMP_REACH
              and not _EMAIL_DATE.match(text)):
            self.removed.append((line, text, "furniture: a date far above the headline (another item's)"))
            self.page_stamps += [mark.stamp] if mark.stamp else []
        elif mark.kind == "stamp":
            self.stamps.append(mark.stamp)
            self.removed.append((line, text, "date stamp"))
        elif index <= self.detail_until and (what := byline_detail(text, self.rules.outlets)):
            if what == "outlet":
                self.mentions.append(("byline", text, line))
            self.roles.append((line, text, f"byline ({what})"))
        else:
            above = plan.headline is None or index < plan.headline
            self.removed.append((line, text, "furniture: section label or navigation above the headline"
                                 if above else "furniture: page header"))

    def _masthead(self, line: int, text: str) -> None:
        found = self.rules.outlets.masthead(text)
        self.masthead = self.masthead or ((found.name if found else text), f"masthead, line {line}")
        self.removed.append((line, text, "publication name"))

    def _byline(self, index: int, mark: Mark) -> None:
        line, text = mark.line.number, mark.line.text
        byline = mark.byline or read_name_line(text, self.rules.outlets)
        self.authors += [a for a in byline.authors if a not in self.authors]
        self.byline_line, self.wire = self.byline_line or line, self.wire or byline.wire
        if byline.outlet:
            self.mentions.append(("byline", byline.outlet, line))
        if mark.stamp:
            self.stamps.append(mark.stamp)
        self.roles.append((line, text, "byline"))
        self.detail_until = index + 3  # the outlet, role or city printed under the name

    def header(self, notices: tuple[tuple[int, str], ...]) -> Header:
        """Return what was collected as a Header."""
        headline, dek = self.plan.headline, self.plan.dek
        return Header(
            headline=self.headline_text or "",
            headline_line=self.marks[headline].line.number if headline is not None else 0,
            dek=self.marks[dek].line.text if dek is not None else "", masthead=self.masthead,
            authors=tuple(self.authors), byline_line=self.byline_line, wire=self.wire, stamps=tuple(self.stamps),
            page_stamps=tuple(self.page_stamps),
            roles=tuple(self.roles), removed=tuple(self.removed), notices=notices, marks=tuple(self.rest),
            mentions=tuple(self.mentions))


_JOB = re.compile(rf"\b(?:{JOB_WORDS})\b", re.I)
"""A reporter's job, which a line under a name must name to make it a byline ("News" under "Quick Links" does not)."""
_JOINS_NAMES = re.compile(r"^(?:&|and|y|e|et|und|och|og|i|a|și|és|ja|en)$", re.I)
"""A line that only joins two reporters' names printed on lines of their own."""
_WRITER_LABEL = re.compile(r"^(?:text|texto|tekst|testo|texte|teksti)(?:\s*(?:och|og|&|and|e|y|und|et|ja)\s*(?:foto|photos?|bild))?$",
                           re.I)
"""The label under a writer's name where a byline names each person's part ("Elin Åkerlund" / "Text")."""
_EMAIL_DATE = re.compile(r"^(?:date|sent)\s*:", re.IGNORECASE)
"""The date of a forwarded e-mail's header ("Date: Tue, Oct 8, 2024 at 6:03 AM"): the newsletter's own date."""


def headline_key(text: str) -> str:
    """Return a line without a trailing site name ("Headline | Outlet" -> "Headline"): how copies compare."""
    return _SITE_SUFFIX.sub("", text)


def _is_photo_credit(marks: tuple[Mark, ...], index: int, rules: CleanRules) -> bool:
    """Return True for a credit line right under a caption ("Name/Getty Images")."""
    return (marks[index - 1].kind == "caption" and marks[index].kind in _CANDIDATE_KINDS
            and is_credit_line(marks[index].line.text, rules.photo_credits))


def _credit_over_a_byline(marks: tuple[Mark, ...], index: int, rules: CleanRules) -> bool:
    """Tell whether a name line is a photo's credit, under its caption and over the signed byline
    ("Workers leave the plant …" / "Beth Nakamura-Ruiz | The Oregonian" / "By Tessa Morland | The Oregonian")."""
    text = marks[index].line.text
    return (marks[index - 1].kind == "text" and marks[index + 1].kind == "byline"
            and SIGNED.match(marks[index + 1].line.text) is not None and not SIGNED.match(text)
            and (marks[index].kind == "byline" or read_name_line(text, rules.outlets) is not None))


def _is_name_line(marks: tuple[Mark, ...], index: int, rules: CleanRules) -> bool:
    """Return True for a bare name next to a byline, a date stamp or the reading time ("Jane Doe" over "June 2,
    2021"), or joined to another name by a line of its own ("Dana Whitfield" / "&" / "Marcus Oyelaran")."""
    neighbours = [marks[j] for j in (index - 1, index + 1) if 0 <= j < len(marks)]
    return (any(m.kind in ("stamp", "byline") or m.reason == RELATIVE_STAMP or _JOINS_NAMES.match(m.line.text)
                or states_reading_time(m) for m in neighbours)
            or _over_a_job(marks, index, rules)) and read_name_line(marks[index].line.text, rules.outlets) is not None


def _over_the_site(marks: tuple[Mark, ...], index: int, site: str, rules: CleanRules) -> bool:
    """Tell whether a line is a person's name over the site's name over the date, as a byline gives the
    reporter's paper ("Caitlin Hendershot" / "Tulsa World" / "Mar 4, 2025")."""
    if not site or index + 2 >= len(marks) or marks[index + 1].line.text.strip().casefold() != site:
        return False
    dated = marks[index + 2].kind == "stamp" or marks[index + 2].reason == RELATIVE_STAMP
    return dated and read_name_line(marks[index].line.text, rules.outlets) is not None


def _over_a_job(marks: tuple[Mark, ...], index: int, rules: CleanRules) -> bool:
    """Tell whether a line is a name with the reporter's job on the line under it ("Trent Halvorsen" /
    "ESPN Staff Writer"): no outlet, role or place itself, and a person's name."""
    text = marks[index].line.text
    return (_is_role_line(marks, index + 1, rules) and not byline_detail(text, rules.outlets)
            and read_name_line(text, rules.outlets) is not None)


_MEDIA_LABEL = re.compile(r"^(?:watch|listen|video|live|audio)\s*:\s*\S", re.I)
_RELATED = "furniture: related links"


def _labelled_media_headline(marks: tuple[Mark, ...], anchor: int) -> int | None:
    """Return the headline of a video or audio story, labelled as a link to one is ("WATCH: Lawal defends naira
    reforms, says 'hard days' will pass"): where nothing else above the byline and date can be the headline, the
    labelled line right over them; else None."""
    first = next((i for i in range(anchor + 1) if marks[i].kind in ("byline", "stamp")), None)
    above = first - 1 if first else -1
    if above < 0 or marks[above].reason != _RELATED or not _MEDIA_LABEL.match(marks[above].line.text):
        return None
    return above if len(marks[above].line.text.split()) >= HEADLINE_UNDER_STAMP_MIN_WORDS else None


def _byline_detail_over_date(marks: tuple[Mark, ...], index: int) -> bool:
    """Tell whether a short line between the byline and the date is the byline's detail, an outlet or a place the
    reader may not know ("By Daniela Acosta" / "ABN News, Ciudad del Este" / "Published 20 May 2025")."""
    return (index + 1 < len(marks) and marks[index + 1].kind == "stamp" and marks[index].kind == "short"
            and len(marks[index].line.text.split()) <= BYLINE_DETAIL_MAX_WORDS)


def _is_role_line(marks: tuple[Mark, ...], index: int, rules: CleanRules) -> bool:
    """Tell whether a line is a reporter's job, as printed under the name ("ESPN Staff Writer",
    "Corresponsal de EL TIEMPO", "Text" over "Foto": the writer, not the photographer)."""
    if not 0 <= index < len(marks):
        return False
    text = marks[index].line.text
    return _WRITER_LABEL.match(text) is not None or (
        byline_detail(text, rules.outlets) == "role" and _JOB.search(text) is not None)


def _names_under_headline(marks: tuple[Mark, ...], headline: int, rules: CleanRules) -> set[int]:
    """Return the first bare name among the short lines under the headline (NPR style)."""
    after = [i for i in range(headline + 1, len(marks)) if marks[i].kind == "short"]
    return {next((i for i in after if read_name_line(marks[i].line.text, rules.outlets)), -1)} - {-1}


_REPEATED_MIN_WORDS = 5


def _plausible(mark: Mark, rules: CleanRules) -> bool:
    text = mark.line.text
    # A bullet point under the headline sums the story up ("* Thousands rally …"): no headline.
    return (not is_label(text, rules.furniture.stopwords) and len(text.split()) <= HEADLINE_MAX_WORDS
            and not BULLET.match(text))


def _choose_headline(candidates: list[int], marks: tuple[Mark, ...], counts: Counter[str],
                     rules: CleanRules, anchor: int) -> int | None:
    """Return the headline's index: a repeated line if any; above a byline, the last line before the
    dek; otherwise the first plausible line."""
    plausible = [i for i in candidates if _plausible(marks[i], rules)]
    # A site's name recurs too ("HBC News | News in English" … "HBC News" over the date): a repeat of a few words
    # says nothing.
    repeated = sorted((i for i in plausible if counts[headline_key(marks[i].line.text)] > 1
                       and len(headline_key(marks[i].line.text).split()) >= _REPEATED_MIN_WORDS),
                      key=lambda i: marks[i].line.text != headline_key(marks[i].line.text))
    if repeated:
        return repeated[0]
    if not plausible:
        return None
    crumb = _last_breadcrumb(marks, plausible[-1])
    under_crumb = [i for i in plausible if i > crumb] if crumb >= 0 else []
    if under_crumb:
        return _under_breadcrumb(under_crumb, marks)
    if anchor < 0:
        return plausible[0]
    last = plausible[-1]
    # A headline and its dek sit next to each other, and a dek reads like a sentence or runs long,
    # or both lines do (a headline over a dek of as many words); a short line above the headline
    # is a slogan or a teaser.
    words = len(marks[last].line.text.split())
    above = len(marks[last - 1].line.text.split()) if last - 1 in plausible else 0
    dek_like = marks[last].kind == "text" or words >= DEK_MIN_WORDS or min(words, above) >= STACKED_MIN_WORDS
    # A standfirst in sentences under it makes the last line the headline, and the short line above it a
    # kicker ("Reclamo en Villa Caraza" / headline / "Unas seiscientas familias … aseguran que …").
    below = _next_content(marks, last)
    kicker = below >= 0 and marks[below].kind == "text" and marks[last].kind != "text" and above <= KICKER_MAX_WORDS
    return last - 1 if last - 1 in plausible and dek_like and not kicker else last


_CRUMB_SEPARATOR = re.compile(r"\s+[>›»/]\s+")
_CRUMB_JOINS = frozenset({"&", "and", "of", "y", "et", "und", "e", "i"})
CRUMB_MAX_WORDS = 4
"""A breadcrumb's steps are section names of a few words each."""


def _is_breadcrumb(mark: Mark) -> bool:
    """Tell whether a line is a breadcrumb, where the article sits in the site: "World › Europe › Czech Republic",
    "SOCIETY / DISASTERS", "You are here: Home / Agriculture / Jadar" (not a menu's row between bars)."""
    text = mark.line.text
    if "|" in text or mark.kind not in ("furniture", *_CANDIDATE_KINDS):
        return False
    if mark.reason == NAVIGATION and ":" in text:  # the steps after the label the furniture data knows ("You are here:")
        text = text.split(":", 1)[1]
    steps = [step.split() for step in _CRUMB_SEPARATOR.split(text)]
    return len(steps) >= 2 and all(0 < len(step) <= CRUMB_MAX_WORDS and all(
        word[0].isupper() or word in _CRUMB_JOINS for word in step) for step in steps)


def _last_breadcrumb(marks: tuple[Mark, ...], before: int) -> int:
    """Return the index of the last breadcrumb above a line, or -1."""
    return max((i for i in range(before) if _is_breadcrumb(marks[i])), default=-1)


def _under_breadcrumb(plausible: list[int], marks: tuple[Mark, ...]) -> int:
    """Return the headline among the plausible lines under a breadcrumb: the first, as pages print the headline
    straight under where the article sits, unless it is a kicker over the headline and its standfirst."""
    first = plausible[0]
    if len(plausible) < 2 or len(marks[first].line.text.split()) > KICKER_MAX_WORDS:
        return first
    second = plausible[1]
    below = _next_content(marks, second)
    kicker = second == _next_content(marks, first) and marks[second].kind != "text" and (
        below >= 0 and marks[below].kind == "text")
    return second if kicker else first


def _page_top(marks: tuple[Mark, ...], index: int, anchor: int, site: str) -> bool:
    """Tell whether a line belongs to the top of the page, above where the article sits: the site's slogan under its
    name ("THE STEPPE COURIER" / "Kazakhstan and Central Asia in English — since 2004"), or any line over the
    breadcrumb above the date."""
    name = marks[index - 1] if index > 0 else None
    under_the_name = (index <= _SLOGAN_REACH and name is not None and name.line.block == marks[index].line.block
                      and (name.kind == "masthead" or name.line.text.strip().casefold() == site))
    return under_the_name or _last_breadcrumb(marks, anchor) > index


def _headline_under_stamp(marks: tuple[Mark, ...], anchor: int, rules: CleanRules, chosen: int | None) -> int | None:
    """Return the headline printed under the date line, the one line of headline shape between the date and the
    story ("THE SEOUL OBSERVER" / "Tuesday, December 9, 2025" / headline / caption / story), or what was chosen."""
    below = [i for i in range(anchor + 1, len(marks)) if marks[i].kind in _CANDIDATE_KINDS
             and marks[i - 1].kind != "caption" and _plausible(marks[i], rules)]  # not a photo's credit
    if len(below) != 1 or len(marks[below[0]].line.text.split()) < HEADLINE_UNDER_STAMP_MIN_WORDS:
        return chosen
    return below[0]


def _choose_dek(candidates: list[int], names: set[int], headline: int | None, marks: tuple[Mark, ...],
                anchor: int, rules: CleanRules) -> int | None:
    """Return the line under the headline that stands first: any line before the byline, else a short one."""
    if headline is None:
        return None
    after = [i for i in candidates if i > headline and i not in names
             and headline_key(marks[i].line.text) != headline_key(marks[headline].line.text)]
    if not after or after[0] != _next_content(marks, headline) or is_label(marks[after[0]].line.text,
                                                                               rules.furniture.stopwords):
        return None
    return after[0] if anchor >= 0 or marks[after[0]].kind == "short" else None


def _next_content(marks: tuple[Mark, ...], index: int) -> int:
    """Return the index of the next line after index that is not furniture or a repeat of it."""
    text = marks[index].line.text
    for j in range(index + 1, len(marks)):
        if marks[j].kind in _CANDIDATE_KINDS and marks[j].line.text != text:
            return j
        if marks[j].kind in ("byline", "stamp"):
            return -1
    return -1


def _headline_notices(plan: _Plan, marks: tuple[Mark, ...], counts: Counter[str], rules: CleanRules,
                      anchor: int) -> tuple[tuple[int, str], ...]:
    """Warn when, with no byline to anchor it, three or more lines could each be the headline."""
    headline = plan.headline
    distinct = {marks[i].line.text for i in plan.candidates if i not in plan.names and _plausible(marks[i], rules)}
    if headline is None or anchor >= 0 or len(distinct) < 3 or counts[headline_key(marks[headline].line.text)] > 1:
        return ()
    return ((marks[headline].line.number, f"{len(distinct)} lines above the text could be the headline; took "
                                          f"'{marks[headline].line.text}' (check it, or set `title:`)"),)
