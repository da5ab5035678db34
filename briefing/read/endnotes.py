"""The end of a story: the paragraphs after its last line of news that speak of the site, the reporter
or the article (an appeal, a reporter's box, a funding note, a company's description, a comment
section, the outlet describing itself), set aside with their reason so that the story ends where its
news ends. A correction stays: the outlet printed it as part of the article, and a reader of the
briefing needs it."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.read.bylines import JOB_WORDS
from briefing.read.marks import Mark

MIN_STORY_PARAGRAPHS = 2
"""Paragraphs a story keeps however many at its end speak to the reader."""
AUTHOR_NOTE = "author note"
ARTICLE_NOTE = "note on the article"
"""A note about the article names its funder, never the site that printed it (a note
about the reporter may: "… is a senior editor at Global Affairs Review.")."""
NOTE_MAX_WORDS = 60
"""A note on who funds the reporting is this short; a longer paragraph is news."""
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]")
_ADDRESSED = re.compile(r"\b(?:you|your|we|our|us|vous|votre|vos|nous|notre|usted|ustedes|nuestro|nuestra|"
                        r"nuestros|tu|tus|te|ihr|ihre|wir|unser|unsere|você|vocês|nosso|nossa|kami|kamu|anda|wij|jullie|"
                        r"onze|vi|ni|vår|våra|din|dina|my|nasz|nasze|twój|twoje|(?-i:Sie|Ihnen|Ihr|Ihre))\b", re.I)
_ABOUT_THE_SITE = re.compile(r"\b(?:subscri\w+|newsletters?|comments? section|comment below|comment threads?|donat\w+|"
                             r"tax[- ]deductible|gifts?|journalism|newsroom|privacy|paid readers?|advert\w*|"
                             r"sign up|membership|abonn\w+|suscri\w+|assin\w+|journalisme|periodismo|jornalismo|"
                             r"journalismus|abbon\w+|whatsapp|telegram|google news|members?|insiders?|podcasts?)\b", re.I)
_COMMENTS_HEADING = re.compile(r"^(?:\d+\s+)?(?:comments?|reader comments|comentarios|comentários|commentaires|kommentare|"
                               r"commenti|komentarze|reacties|kommentarer|yorumlar|ý kiến)(?:\s*\(\d+\))?$"
                               r"|^(?:the )?(?:rules of (?:replying|commenting|posting)|commenting rules|community guidelines)\s*:?$",
                               re.I)
"""The heading of a comment section: what its block holds under it is the site's, not the story's."""
_NEWSLETTER = re.compile(r"\b(?:newsletter\w*|bolet[íi]n|boletines|infolettres?|butllet[íi]|hírlevel\w*|nyhetsbrev\w*|"
                         r"nieuwsbrief|buletin\w*|biuletyn\w*)\b", re.I)
_NEWSLETTER_LABEL_WORDS = 6
_HEADING_WORDS = 6
"""A line standing alone above a paragraph is its heading when this short."""
_WORDS = re.compile(r"\w+")
_METHOD_HEADING = re.compile(r"^(?:how we (?:reported|did) (?:this|it)(?: story)?|about this (?:story|report|article)|"
                             r"ako sme postupovali|so haben wir recherchiert|wie wir recherchiert haben|"
                             r"cómo (?:lo )?hicimos|comment nous avons enquêté|zo deden we dit)\s*:?$", re.I)
"""The heading of a note on how the story was made ("How we reported this story"): the note is no news."""
SELF_PROMOTION = "furniture: the outlet's own promotion"
_REPORTER_NOTE = re.compile(rf"^[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){{1,3}},? (?:(?:is|was|ist|est|es|é|è|jest|je|är|er|var) "
                            rf"(?!(?:one of )?the (?:world|country|region|continent|nation)[’']s\b)"
                            rf"(?:(?:a|an|the|en|ett|[A-Z][\w.’' -]{{1,40}}(?:’s|'s)|eine?r?|une?|una?|um|uma) )?[^.]{{0,80}}?\b"
                            rf"(?i:{JOB_WORDS})\b|covers [^.]{{0,80}}\bfor\b)")
"""A note on a reporter: a full name, then "is a … reporter" or "covers … for" ("… for the Free Press"); not a country
that "is the world's top cocoa producer"."""
SOURCE_LINE = re.compile(r"^(?:sources?|fuentes?|quelle|fonte|kilde|källa|lähde|źródło|bron)\s*:\s*(?P<source>\S.{1,80})$", re.I)
"""Where the story came from, under it ("Source: CNA/ds(jo)", "Fuente: EFE")."""
_CONTACT_NOTE = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){1,3} (?:can|may) be reached (?:at|by|on)\b")
"""How to reach a reporter ("Dana Kowalczyk can be reached at dana.kowalczyk@globe.com.")."""
AUTHOR_BOX_MAX_WORDS = 40
_NAME_LINE = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){1,3}$")
_INTRODUCES = r",? (?:is|was|covers|writes|reports|has)\b"
_FUNDING = re.compile(r"\b(?:journalism|reporting|coverage|this (?:story|article|report|series|investigation|podcast))\b"
                      r"[^.]{0,60}?\b(?:funded|supported|underwritten|made possible|paid for)\s+(?:in part\s+|partly\s+)?"
                      r"(?:by|through|with)\b", re.I)
"""Who pays for the reporting ("Local Democracy Reporting is … funded through NZ On Air.")."""
_OUTLET_SELF = re.compile(r"^[A-Z][\w.&'’ -]{1,40} is an? (?:[\w-]+,? ){0,4}(?:news|media|journalism|newsroom|publication|"
                          r"magazine|newspaper)\b")
"""The outlet describing itself under the story ("Mongabay is a nonprofit environmental news platform …")."""
_REPORTED_BY = re.compile(r"^this (?:article|story|report|piece) was (?:reported|written|produced|translated) by\b", re.I)
"""Who made the article ("This story was reported by Mongabay's Indonesia team …"): a note on it."""
_POINTER = re.compile(r"^(?:for more\b|to (?:read|learn|see|find out) more\b|more (?:information|details)\b).{0,120}:$"
                      r"|^.{0,120}\b(?:please )?(?:visit|go to|click here|follow this link)\s*:$", re.I)
"""A line pointing at the links under it ("For more reporting on Malawi, please visit:")."""
_ABOUT_HEADING = re.compile(r"^(?i:about|über|à propos d[eu]|acerca de|sobre|om|informazioni su)\s+[A-ZÀ-ÝÅØÆ]\S*(?: \S+){0,5}$"
                            r"|^[A-ZÀ-ÝÅØÆ]\S*(?: \S+){0,5} (?i:in brief|at a glance|in short|en bref|in breve|en breve|"
                            r"im (?:überblick|kurzporträt))$")
"""The heading of a company's or a group's description under a release ("About Acme", "Wärtsilä in brief"):
every paragraph of its block describes the sender. A lower-case subject ("About the study") is the story's."""


def closing_notes(marks: tuple[Mark, ...], start: int, end: int, is_button: Callable[[str], bool],
                  reporters: frozenset[str] = frozenset()) -> tuple[tuple[Mark, ...], int]:
    """Set aside the paragraphs closing the story that are not news (see closing_note), and those over a
    button to join or pay (is_button tells one); return the marks and the story's new last line. Two
    paragraphs always stay. reporters: the names the header signs with."""
    texts = [i for i in range(start, end + 1) if marks[i].kind == "text"]
    notes: dict[int, str] = {}
    while len(texts) - len(notes) > MIN_STORY_PARAGRAPHS:
        index = texts[-1 - len(notes)]
        above = marks[index - 1] if index > start and marks[index - 1].line.block == marks[index].line.block else None
        reason = closing_note(marks[index].line.text, above, _block_heading(marks, index, start), reporters) or (
            SELF_PROMOTION if is_button(_line_under(marks, index)) else "")
        if not reason:
            break
        notes[index] = reason
    if not notes:
        return marks, end
    marked = tuple(Mark(m.line, "furniture", notes[i]) if i in notes else m for i, m in enumerate(marks))
    return marked, texts[-1 - len(notes)]


def is_appeal_over_button(text: str, below: str, is_button: Callable[[str], bool]) -> bool:
    """Tell whether a paragraph sells the site to the reader right above a button to join or pay ("Hacete
    socio de Página/12. Con tu aporte …" / "Sumate"; is_button tells one): an appeal, wherever it stands."""
    unquoted = _QUOTED.sub(" ", text)
    return bool(is_button(below) and _ADDRESSED.search(unquoted) and _ABOUT_THE_SITE.search(unquoted))


def _line_under(marks: tuple[Mark, ...], index: int) -> str:
    """Return the line right under a paragraph in its block ("Subscribe now"), or ""."""
    below = index + 1
    return marks[below].line.text.strip() if below < len(marks) and marks[below].line.block == marks[index].line.block else ""


def _block_heading(marks: tuple[Mark, ...], index: int, start: int) -> str:
    """Return the first line of a paragraph's block when it is another line ("Comments", "About Acme"), or
    the short line right above the block when that line stands alone ("COMMENTS" / blank line / the rules); or ""."""
    first = index
    while first > start and marks[first - 1].line.block == marks[index].line.block:
        first -= 1
    if first < index:
        return marks[first].line.text.strip()
    above = first - 1
    alone = above >= start and (above == start or marks[above - 1].line.block != marks[above].line.block)
    short = alone and len(marks[above].line.text.split()) <= _HEADING_WORDS
    return marks[above].line.text.strip() if short else ""


def closing_note(text: str, above: Mark | None = None, heading: str = "", reporters: frozenset[str] = frozenset()) -> str:
    """Return why a paragraph closing a story is not part of it, or "".

    above: the line right over it with no blank line between, which may name a newsletter or a reporter;
    heading: the first line of its block, which may open a comment section, a company's description or a
    reporter's box; reporters: the names the header signs with."""
    unquoted = _QUOTED.sub(" ", text)
    if _COMMENTS_HEADING.match(heading):
        return "furniture: comment section"
    if _ADDRESSED.search(unquoted) and _ABOUT_THE_SITE.search(unquoted):
        return "furniture: appeal to the reader"
    if _POINTER.match(text):
        return "furniture: links to more"
    if SOURCE_LINE.match(text):
        return "source credit"
    if len(text.split()) <= NOTE_MAX_WORDS and (_FUNDING.search(unquoted) or _REPORTED_BY.match(text)):
        return ARTICLE_NOTE
    if _OUTLET_SELF.match(text):
        return "furniture: the outlet describing itself"
    label = above.line.text if above else ""
    if _NEWSLETTER.search(label) and len(_WORDS.findall(label)) <= _NEWSLETTER_LABEL_WORDS:
        return "furniture: newsletter sign-up"
    if _METHOD_HEADING.match(label) or _METHOD_HEADING.match(heading):
        return ARTICLE_NOTE
    if (_REPORTER_NOTE.match(text) or _CONTACT_NOTE.match(text) or _introduced_under(label, text) or _in_reporters_box(heading, text, reporters)
            or _in_reporters_box(label, text, reporters)):
        return AUTHOR_NOTE
    return "furniture: description of the sender" if _ABOUT_HEADING.match(heading) else ""


def _in_reporters_box(heading: str, text: str, reporters: frozenset[str]) -> bool:
    """Tell whether a short paragraph sits in a block headed by the name of a reporter who signed the
    story, as a reporter's box prints a name, maybe a job, and a few lines ("Zuzana Petríková" / "Píše o …")."""
    return heading.casefold() in reporters and len(text.split()) <= AUTHOR_BOX_MAX_WORDS


def _introduced_under(label: str, text: str) -> bool:
    """Tell whether text introduces the person named on the line over it ("Celeste Morrow" / "Celeste is a …",
    "Marta Pires" / "Jornalista da secção Local, …")."""
    if not _NAME_LINE.match(label):
        return False
    names = label.split()
    return bool(re.match(rf"(?:{re.escape(names[0])}|{re.escape(names[-1])}){_INTRODUCES}|(?:{JOB_WORDS})\b", text, re.I))


_SIGN_OFF = re.compile(r"(?<=[.!?…\"”’»)])\s+(?P<mark>[A-Z]{2,5})$")
"""Capitals after the story's last sentence, on its line ("… We are tired of next week.” DM")."""


def sign_off(text: str, names: tuple[str, ...]) -> str:
    """Return the mark that signs off a story's last paragraph when it is the publication's or the agency's
    initials or short name ("DM" under Daily Maverick), else "": it ends the story; it is no word of it."""
    found = _SIGN_OFF.search(text)
    if not found:
        return ""
    return found.group("mark") if found.group("mark") in _signs(names) else ""


def _signs(names: tuple[str, ...]) -> set[str]:
    """A name itself and its initials, with and without its first word ("The Associated Press": TAP, AP)."""
    signs = set(names)
    for name in names:
        initials = "".join(word[0] for word in re.split(r"[\s-]+", name) if word[:1].isupper())
        signs |= {initials, initials[1:]}
    return signs
