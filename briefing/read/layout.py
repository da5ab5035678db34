"""Lay out marked lines as an article: the header above the first paragraph, the body, the furniture below.

The header ends at the last byline or date stamp that comes before the running text; the body runs
from the first paragraph after it to the last paragraph of running text; what follows is furniture,
credits, captions and stamps. Every line gets a role, and every line not shown gets a reason.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter

from briefing.dates import PartialDate
from briefing.read.bylines import credited_reporters, read_name_line
from briefing.read.captions import (
    AP_CAPTION,
    GETTY_CAPTION,
    PHOTO_COPYRIGHT,
    is_credit_line,
    same_caption,
)
from briefing.read.clean import CleanRules, CleanText
from briefing.read.datelines import Dateline, dateline_line, known_cities, split_dateline
from briefing.read.endnotes import ARTICLE_NOTE, AUTHOR_NOTE, closing_notes, is_appeal_over_button, sign_off
from briefing.read.furniture import ends_sentence, plain_words
from briefing.read.header import HEADLINE_UNDER_STAMP_MIN_WORDS, Header, headline_key, read_header
from briefing.read.marks import (BULLET, FIGURE_LINE, NAVIGATION, RELATIVE_STAMP, SHOWN_KINDS, Mark,
                                 states_reading_time)
from briefing.read.outlets import fold
from briefing.read.pubdates import Stamp, choose_date, find_full_dates
from briefing.read.sitename import (
    division_holder,
    holds_copyright,
    logo_name,
    masthead_named_again,
    readable_site_name,
    site_name,
    spelled_out,
    wordmark_name,
)
from briefing.read.summaries import header_summary, summary_bullets, summary_box
from briefing.records import Caption, Removed

RELATED_BLOCK_MAX_WORDS = 20
"""Lines this short after a "Related"/"You might also like" line are listed links, not text."""
AUTHOR_NOTE_MAX_WORDS = 40
HEADER_TEXT_MAX_WORDS = 40
DATELINE_REACH = 2
"""How many short paragraphs (a photo's caption and its credit) may stand above the one that opens with the dateline."""
TEASER_MAX_WORDS = 45
"""A teaser's summary under its headline in a list of links is a sentence or two."""
_CORRECTION = re.compile(r"^(?:corrections?|clarification|editor['’]s note|correcci[óo]n|correção|rectificatif|"
                         r"berichtigung|korrektur|rettifica)\s*[:(]", re.I)
"""A standfirst under a headline that reads as a sentence is this short."""
BOXED_MIN_PARAGRAPHS_APART = 2
BOXED_MIN_FURNITURE = 3
"""Text is boxed in when furniture lines (at least this many in its block) come before and after it."""
_BOX_BORDER = re.compile(r"^[┌┐└┘├┤┬┴┼─━═╔╗╚╝╭╮╰╯+=_-]{3,}$")
"""A box's top or bottom drawn in characters, as a pasted widget keeps it ("┌────────┐")."""
PULL_QUOTE_MIN_WORDS = 5
_OPENING_MARKS = "“\"‘'”«»„‚‹›「『"
"""The marks a quotation opens with in English, Swedish, French, German and Japanese."""
_PULL_QUOTE_LABEL = re.compile(r"^(?:\[\s*pull[ -]?quote\s*(?:\]|[:—–-])|pull[ -]?quote\s*[:—–-])\s*", re.IGNORECASE)
"""A label a pasted page keeps before its pull quote ("[Pull quote] “…”", "Pull quote: “…”", "[Pull quote: “…”]")."""
_PULL_QUOTE_LABEL_ALONE = re.compile(r"^\W*pull[ -]?quote\W*$", re.IGNORECASE)
"""A pull quote's label on a line of its own, above the quotation ("PULL QUOTE", "― Pull quote ―")."""
_ATTRIBUTED_QUOTATION = re.compile(r"^([“\"«].+[”\"»])\s*[—–―-]+\s*\S.{0,80}$")
"""A quotation and its speaker after a dash on one line, as a pull quote shows them ("“…” — Ana Lima, mayor")."""
_UNDER_A_PULL_QUOTE = re.compile(r"^[—–―-]\s*\S.*[^.!?…”\"]$")
"""A line opening on a dash right under a pull quote, no sentence: its speaker ("– Political scientist, University of
…"; not a quotation as Nordic papers open one: "– We will not open before it is safe.")."""
SPEAKER_LINE_MAX_WORDS = 12
_QUOTED_PART = re.compile(r"[“\"«]([^”\"»]+)[”\"»]")


def _without_label(text: str) -> str:
    """Return a line that may be a pull quote without its label ("[Pull quote: “…” — Name, role]": "“…” — Name,
    role")."""
    stripped = _PULL_QUOTE_LABEL.sub("", text.strip())
    bracketed = stripped != text.strip() and text.lstrip().startswith("[")
    return stripped.removesuffix("]").rstrip() if bracketed else stripped


@functools.lru_cache(maxsize=1024)
def _said_in(paragraph: str) -> str:
    """Return a paragraph's words as a pull quote may repeat them (see plain_words): all of them, and its quotations'
    without what is between them (the halves a speech verb splits, which a pull quote joins). Remembered: each line
    that may be a pull quote is held against every paragraph above it."""
    return plain_words(paragraph) + plain_words(" ".join(_QUOTED_PART.findall(paragraph)))
NEXT_STORY_MIN_WORDS = 4
BUTTON_MAX_WORDS = 4
BUTTON_ROW_LINES = 3
"""Short lines of a page's buttons or menus come in runs of at least this many, with no blank line between."""
_FILE_PHOTO = re.compile(r"^(?:FILE\b|\(?file photo)|\bfile (?:photo|image)\b", re.I)
_MENU_REASON = re.compile(r"navigation|row of buttons")
_MENU_LINES = 3
"""Menu lines between a plain date and the story that make it the page's date, not the article's."""
MENU_ITEM_WORDS = 3
_RELATED_LINKS = "furniture: related links"
"""Words at most of a menu item ("More News", "Arts & Life")."""
_STORY_ENDS = ("furniture: comment form", "furniture: support appeal", "furniture: end of release",
               "furniture: heading after the story")
_SHARE_ROW = re.compile(r"^(?:share|compartir|partager|teilen|condividi|partilhar)\b", re.I)
"""A row of buttons to share the article ("Share: Link | Facebook | X"), under its date as a menu would be."""
_SHARE_OR_KEY_FACTS = re.compile(r"^(?:share (?:this|the) (?:article|story|long read|piece|feature|report)|"
                                 r"(?:diesen )?artikel teilen|partager (?:cet|l['’])article|"
                                 r"compartir (?:esta noticia|este artículo|el artículo)|condividi (?:l['’]articolo|questo articolo)|"
                                 r"partilhar (?:este )?artigo|del artikkelen|del artiklen|dela artikeln|jaa artikkeli|"
                                 r"udostępnij artykuł|deel dit artikel|sdílet článek|podijeli članak|"
                                 r"key facts|das wichtigste in kürze|lo esencial|en bref|in sintesi|kort fortalt)\s*:?$", re.I)
"""A button to share the article, or the heading of a box of its key facts, in the languages the reader knows:
under the story, the story is over."""
CLOSING_AFTER_PARAGRAPHS = 3
"""How many paragraphs must come before a share button, a key-facts heading or a note about the article for it
to close the story (above them, such lines belong to the article's header)."""
_NOTES_AFTER_THE_STORY = frozenset({"furniture: update note", "furniture: note on the author", "furniture: machine summary",
                                    "furniture: reader reaction", "furniture: topic tags",
                                    "furniture: print edition note", AUTHOR_NOTE})
"""Notes about the article that pages print under it ("This story has been updated to include …", "The writer
covers …", an AI disclosure, a reader survey, its tags, "This article appears in the print edition of …"): nothing
after them is the story's."""
_TOP_LINES = 3
"""The page's first lines, where a pasted page shows the site's name (its logo's text)."""
_CLOCK = re.compile(r"^\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?$", re.I)
_SHORT_BYLINE = re.compile(r"^by\s+\S+(?:\s+\S+){0,4}$", re.I)
ENTRY_BYLINE_WITHIN = 4
_DATELINE_LINE = re.compile(r"^(?![IVXLC]+\. )[A-ZÀ-ÝİĞŞ][A-ZÀ-ÝİĞŞ.'’-]+(?: [A-ZÀ-ÝİĞŞ][A-ZÀ-ÝİĞŞ.'’-]+){0,2}"
                            r"(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?$")
"""A place in capitals on a line of its own, as some agencies print the dateline ("ANKARA", "ST. PETERSBURG"); not a
section's numbered heading ("I. THE DAM")."""
_KIND_OF_STORY = re.compile(r"\b(?:BRIEFING|BRIEF|REPORT|ANALYSIS|FEATURE|INTERVIEW|EXPLAINER|DISPATCH|UPDATE|NOTES|"
                            r"REVIEW|COMMENTARY|EDITORIAL|NEWSLETTER|EXCLUSIVE|BULLETIN|OPINION|INSIGHT|DIGEST|WRAP|"
                            r"SPOTLIGHT|READ)$")
"""A label in capitals that says what kind of story follows ("SUBSCRIBER BRIEFING", "SPECIAL REPORT"): no place."""


def lay_out(marks: tuple[Mark, ...], rules: CleanRules, header_date: str, first_line: int) -> CleanText:
    """Find header, body and furniture among marked lines and assemble what the reader found."""
    marks = header_summary(_related_blocks(_story_lists(_figure_boxes(marks))))
    anchor = _header_anchor(marks)  # rows of buttons are short lines: turning them to furniture moves no anchor
    marks = _appeals(_widget_echoes(_boxed_text(_button_rows(marks, anchor, rules), anchor, rules), anchor), rules)
    anchor = _header_anchor(marks)
    marks = _author_notes(marks)
    texts = [i for i, m in enumerate(marks) if m.kind == "text"]
    start, anchor = _past_a_header_read_as_a_story(marks, texts, _with_its_heading(
        marks, next((i for i in texts if i > anchor), len(marks))), anchor)
    marks, start = summary_bullets(*summary_box(marks, start))
    stop = _story_stop(marks, start)
    end = _correction_under_credit(marks, stop) or max((i for i in texts if start <= i < stop), default=start - 1)
    marks, end = closing_notes(marks, start, end, rules.furniture.is_call_to_action, _signed_names(marks[:start], rules))
    layout = _Layout(rules)
    if header_date:
        layout.set_aside(first_line, f"date {header_date}", "scraper header, taken as the date")
    header = read_header(marks[:start], anchor, rules, Counter(headline_key(m.line.text) for m in marks))
    layout.take_header(header)
    for mark in marks[start:end + 1]:
        layout.take(mark, in_body=True)
    for mark in marks[end + 1:]:
        layout.take(mark, in_body=False)
    return layout.finish(header, header_date)


_NUMBERED_HEADING = re.compile(r"^[IVXLC]+\.\s+[^\W\d]")
"""A section's heading numbered as a long read numbers its parts ("I. THE DAM"; not "13. August", a date)."""


def _with_its_heading(marks: tuple[Mark, ...], start: int) -> int:
    """Return where the story starts: at its first paragraph, or at the numbered heading of its first section right
    above it, which is the story's, not the page's, or at the heading of a box of figures it opens with, in their block
    ("PRICE WATCH" / "Dried dagaa, Kigoma wholesale: TZS 9,500/kg (+31% y/y)"), no reporter's name."""
    above = start - 1
    if 0 < start < len(marks) and marks[above].kind == "short" and (
            _NUMBERED_HEADING.match(marks[above].line.text) or (
                marks[above].line.block == marks[start].line.block and FIGURE_LINE.search(marks[start].line.text))):
        return above
    return start


def _past_a_header_read_as_a_story(marks: tuple[Mark, ...], texts: list[int], start: int,
                                   anchor: int) -> tuple[int, int]:
    """Return where the story starts, and the header's anchor, when what looked like the story is the page's header:
    a few lines (the headline, its standfirst) that the next story's shape closes, a line without a full stop over a
    date stamp, when that "next story" tells more than twice as much ("CAAN slot rules push …" / "Nepal's regulator
    ties …" / "Priya Raghunathan, South Asia Editor" / "09 Jul 2024 · 06:00 UTC" / the story): the story is the one
    below, and that date stamp anchors the header. Else return start and anchor as they were."""
    stop = _story_stop(marks, start)
    if stop >= len(marks) or not _next_story(marks, stop):
        return start, anchor
    below = next((i for i in texts if i > stop + 1), len(marks))
    told_below = _words_told(marks, below, _story_stop(marks, below)) if below < len(marks) else 0
    return (below, stop + 1) if told_below > 2 * _words_told(marks, start, stop) else (start, anchor)


def _words_told(marks: tuple[Mark, ...], start: int, stop: int) -> int:
    """Return how many words the paragraphs from start up to stop hold."""
    return sum(len(mark.line.text.split()) for mark in marks[start:stop] if mark.kind == "text")


def _story_stop(marks: tuple[Mark, ...], start: int) -> int:
    """Return the index of the first line from start on that closes the story (len(marks) if none does):
    see _ends_story; or, under a few of its paragraphs, a button to share the article or a note about it
    (above them, or between the first two, it belongs to the article's header)."""
    told = 0
    for index in range(start, len(marks)):
        if _ends_story(marks, index) or (told >= CLOSING_AFTER_PARAGRAPHS and (
                _SHARE_OR_KEY_FACTS.match(marks[index].line.text.strip()) or marks[index].reason in _NOTES_AFTER_THE_STORY)):
            return index
        told += marks[index].kind == "text"
    return len(marks)


def _ends_story(marks: tuple[Mark, ...], index: int) -> bool:
    """Return True for a line that closes a story: an end credit, a copyright line, a comment form, an
    appeal for support, or the clock time of a live blog's next entry (a byline follows within a few
    lines: a timeline inside a story has none)."""
    mark = marks[index]
    if _next_story(marks, index):
        return True
    if _CLOCK.match(mark.line.text):
        return any(_SHORT_BYLINE.match(m.line.text) for m in marks[index + 1:index + 1 + ENTRY_BYLINE_WITHIN])
    copyright_line = "copyright" in mark.reason and not PHOTO_COPYRIGHT.match(mark.line.text)
    return mark.kind == "credit" or copyright_line or mark.reason in _STORY_ENDS


def _correction_under_credit(marks: tuple[Mark, ...], stop: int) -> int:
    """Return the index of a correction right under the credit that ends a story ("X contributed to this
    report." / "Correction: An earlier version …"), or 0: the outlet printed it as part of the article."""
    below = stop + 1
    if stop < len(marks) and marks[stop].kind == "credit" and below < len(marks) and marks[below].kind == "text" \
            and _CORRECTION.match(marks[below].line.text):
        return below
    return 0


def _signed_names(header: tuple[Mark, ...], rules: CleanRules) -> frozenset[str]:
    """Return the names, in lower case, that the header's bylines and bare name lines give."""
    names = {name for m in header if m.byline for name in m.byline.authors}
    names |= {name for m in header if m.kind == "short" and (found := read_name_line(m.line.text, rules.outlets))
              for name in found.authors}
    return frozenset(name.casefold() for name in names)


def _next_story(marks: tuple[Mark, ...], index: int) -> bool:
    """Tell whether a line is the headline of the next story on the page: a headline's shape (no full
    stop) with its own date stamp right under it ("Kuwait opens new desalination plant" / "Updated 22 …")."""
    mark = marks[index]
    return (index + 1 < len(marks) and mark.kind in SHOWN_KINDS and marks[index + 1].kind == "stamp"
            and not ends_sentence(mark.line.text) and len(mark.line.text.split()) >= NEXT_STORY_MIN_WORDS
            and not FIGURE_LINE.search(mark.line.text))


_ROMAN_SECTION = re.compile(r"[IVXL]{1,5}\.\s+[A-Z]")
"""A long read's numbered section heading ("II. THE COURT"): after a gap under a list of links, the story again."""


def _related_blocks(marks: tuple[Mark, ...]) -> tuple[Mark, ...]:
    """Turn the short lines listed under a related-links line into furniture."""
    result, listing, block, teasers, marker = [], False, -1, False, ""
    for index, mark in enumerate(marks):
        words = len(mark.line.text.split())
        # Links listed with a mark before each ("> Fonterra lifts its forecast"): a line without it after a gap is
        # the story's again, a subheading or a paragraph.
        unmarked = bool(marker) and _list_marker(mark.line.text) != marker and mark.line.block != block
        # A sentence after a blank line ends the list: the story goes on (AP's "RELATED COVERAGE"); but the
        # first line under the list's heading, without a full stop, is a listed headline however long.
        first_headline = bool(result) and result[-1].kind == "related" and not ends_sentence(mark.line.text)
        sentence_after_gap = mark.kind == "text" and (mark.line.block != block or words > RELATED_BLOCK_MAX_WORDS) and not (
            first_headline and words <= RELATED_BLOCK_MAX_WORDS)
        if mark.kind == "related" and _in_menu(marks, index):
            mark = Mark(mark.line, "furniture", "furniture: navigation")
        elif mark.kind == "related":
            listing, block, teasers = True, mark.line.block, False
            marker = _list_marker(marks[index + 1].line.text) if index + 1 < len(marks) else ""
        elif listing and unmarked:
            listing = False
        elif listing and _card_picture(marks, index, result):
            mark = Mark(mark.line, "furniture", _RELATED_LINKS)
        elif listing and _teaser_summary(marks, index, result, teasers):
            mark, block, teasers = Mark(mark.line, "furniture", _RELATED_LINKS), mark.line.block, True
        elif listing and (sentence_after_gap or _labelled_stamp_after_gap(mark, block)
                          or _signed_after_gap(marks, index, block)
                          or (mark.line.block != block and _ROMAN_SECTION.match(mark.line.text) is not None)):
            listing = False
        elif listing and mark.kind in ("text", "short", "stamp", "byline"):
            mark, block = Mark(mark.line, "furniture", _RELATED_LINKS), mark.line.block
        result.append(mark)
    return tuple(result)


_LIST_MARKER = re.compile(r"^(?:[>»›•·▪●◦‣*→–-]|\d{1,2}[.)])\s")


def _list_marker(text: str) -> str:
    """Return the mark a listed line opens with ("> ", "• ", and "1." for any number: "2. Regional outlook"), or ""."""
    found = _LIST_MARKER.match(text)
    return "" if found is None else "1." if found.group(0)[0].isdigit() else found.group(0)


def _card_picture(marks: tuple[Mark, ...], index: int, placed: list[Mark]) -> bool:
    """Tell whether a short sentence right under a related-links line is the picture's text of the card it
    opens ("Related Article" / "A rider in a bike lane on Chapel Street." / "Cycling" / the headline): a
    headline-shaped line or a label follows it, where the story would go on with another paragraph."""
    mark, below = marks[index], marks[index + 1] if index + 1 < len(marks) else None
    return (mark.kind == "text" and bool(placed) and placed[-1].kind == "related" and below is not None
            and len(mark.line.text.split()) <= RELATED_BLOCK_MAX_WORDS and below.kind == "short")


def _teaser_summary(marks: tuple[Mark, ...], index: int, placed: list[Mark], teasers: bool) -> bool:
    """Tell whether a sentence in a list of links is a teaser's summary under its headline ("Te recomendamos" /
    headline / one sentence / headline / one sentence …): a story's paragraph after a list of headlines has no
    headline-shaped line right under it."""
    mark = marks[index]
    if mark.kind != "text" or len(mark.line.text.split()) > TEASER_MAX_WORDS or not placed or not _headline_shaped(placed[-1]):
        return False
    if not teasers and len(placed) >= 2 and placed[-2].reason == _RELATED_LINKS and _headline_shaped(placed[-2]):
        return False  # two headlines listed one under the other: a list without summaries, and the story goes on
    below = marks[index + 1:index + 3]
    return teasers or (len(below) == 2 and _headline_shaped(below[0]) and below[1].kind == "text")


def _headline_shaped(mark: Mark) -> bool:
    return mark.kind in ("short", "text", "furniture") and not ends_sentence(mark.line.text) and len(mark.line.text.split()) >= 4


def _labelled_stamp_after_gap(mark: Mark, block: int) -> bool:
    """Tell whether a line after a blank line states when the article was published or updated ("Published:
    12:00 AM, March 14, 2025"): the article's own date under its tags, not a listed story's."""
    return (mark.kind == "stamp" and mark.line.block != block
            and any(m.published or m.updated for m in mark.stamp.mentions))


def _signed_after_gap(marks: tuple[Mark, ...], index: int, block: int) -> bool:
    """Tell whether a line after a blank line is a name over a date in its block, the story's signature and date
    under links listed in the middle of the page ("Kwame Asante, Tema" / "2 May 2024"), not a listed story."""
    mark, following = marks[index], marks[index + 1] if index + 1 < len(marks) else None
    return (mark.kind == "short" and mark.line.block != block and _name_shaped(mark.line.text)
            and following is not None and following.kind == "stamp" and following.line.block == mark.line.block)


def _in_menu(marks: tuple[Mark, ...], index: int) -> bool:
    """Tell whether a related-links line ("More News") is an item of a menu: a word or three on the
    lines right above and below it, or, above the story, on the three below it ("Latest news" / "Politics" /
    "Economy" / "Energy" under the masthead), with no blank line between; a list of links holds headlines, and a
    list of topics under the story, names ("Related Topics" / "Nakuru" / "Traders")."""
    block = marks[index].line.block

    def items(lines: range) -> bool:
        return all(0 <= i < len(marks) and marks[i].line.block == block
                   and len(marks[i].line.text.split()) <= MENU_ITEM_WORDS for i in lines)
    return items(range(index - 1, index + 2, 2)) or (
        items(range(index + 1, index + 4)) and all(m.kind != "text" for m in marks[:index]))


def _appeals(marks: tuple[Mark, ...], rules: CleanRules) -> tuple[Mark, ...]:
    """Turn into furniture the paragraphs that sell the site right above a button to join or pay, in the
    story's middle as at its end (see is_appeal_over_button)."""
    is_button = rules.furniture.is_call_to_action
    return tuple(Mark(m.line, "furniture", "furniture: appeal to the reader") if m.kind == "text" and i + 1 < len(marks)
                 and is_appeal_over_button(m.line.text, marks[i + 1].line.text, is_button) else m
                 for i, m in enumerate(marks))


def _widget_echoes(marks: tuple[Mark, ...], anchor: int) -> tuple[Mark, ...]:
    """Turn into furniture a sentence printed above the story (or as its first line) and again below other
    paragraphs: a widget's text that the page shows twice ("Log in, register or subscribe to save articles
    for later."). A standfirst that the page repeats as the story's opening has no paragraph between its copies."""
    first = next((i for i in range(max(anchor, 0), len(marks)) if marks[i].kind == "text"), len(marks))
    texts = [i for i, m in enumerate(marks) if m.kind == "text"]
    seen: dict[str, int] = {}
    echoed: set[str] = set()
    for index, mark in enumerate(marks):
        text = mark.line.text
        if not (mark.kind == "text" or (mark.kind == "furniture" and ends_sentence(text))):
            continue
        earlier = seen.setdefault(text, index)
        if earlier < index and earlier <= first and mark.kind == "text" and any(
                marks[i].line.text != text for i in texts[bisect.bisect_right(texts, earlier):bisect.bisect_left(texts, index)]):
            echoed.add(text)
    if not echoed:
        return marks
    return tuple(Mark(m.line, "furniture", "furniture: a widget's text the page prints twice")
                 if m.kind == "text" and m.line.text in echoed else m for m in marks)


def _boxed_text(marks: tuple[Mark, ...], anchor: int, rules: CleanRules) -> tuple[Mark, ...]:
    """Turn into furniture the text boxed in among a block of page furniture (a newsletter box's title), below the
    header's byline or date (or the first paragraph, without them), when the story's paragraphs stand
    apart (a blank line between them): a disclosure, a partner note or a call to write, not a
    paragraph ("Partners / University of … provides funding … / View all partners"). Above that, such
    a line is the dek."""
    blocks: dict[int, list[int]] = {}
    for index, mark in enumerate(marks):
        blocks.setdefault(mark.line.block, []).append(index)
    apart = [members[0] for members in blocks.values() if len(members) == 1 and marks[members[0]].kind == "text"]
    if len(apart) < BOXED_MIN_PARAGRAPHS_APART:
        return marks
    below = anchor if anchor >= 0 else apart[0]
    boxed = set()
    for members in blocks.values():
        others = [i for i in members if marks[i].kind not in SHOWN_KINDS]
        if len(others) >= BOXED_MIN_FURNITURE:
            # A name among the furniture is the byline's, but not a box's title in capitals ("WORLD BRIEFING")
            # or under the box's drawn border ("┌────┐" / "AgriLedger Dairy Bulletin").
            boxed.update(i for i in members if max(others[0], below) < i < others[-1] and (
                marks[i].kind == "text" or (marks[i].kind == "short" and (
                    read_name_line(marks[i].line.text, rules.outlets) is None or marks[i].line.text.isupper()
                    or _BOX_BORDER.match(marks[i - 1].line.text)))))
    return tuple(Mark(m.line, "furniture", "furniture: text boxed in among the page's menus") if i in boxed else m
                 for i, m in enumerate(marks))


def _button_rows(marks: tuple[Mark, ...], anchor: int, rules: CleanRules) -> tuple[Mark, ...]:
    """Turn runs of short lines with no blank line between them, below the header's anchor, into
    furniture: a page's buttons and menus ("Telegram", "READ LATER", "SEE ALL"), which a story's
    subheads, each on its own, are not; nor is a name among them, a byline. (Above the anchor, the
    header has its own reasons.)"""
    short = [m.kind in ("short", "furniture", "junk") and len(m.line.text.split()) <= BUTTON_MAX_WORDS
             and not ends_sentence(m.line.text) for m in marks]
    names = {i for i, m in enumerate(marks) if short[i] and m.kind == "short" and read_name_line(m.line.text, rules.outlets)}
    rows: set[int] = set()
    run: list[int] = []
    for index in range(len(marks) + 1):
        joins = index < len(marks) and short[index] and (not run or marks[index].line.block == marks[run[-1]].line.block)
        if joins:
            run.append(index)
            continue
        if len(run) >= BUTTON_ROW_LINES:
            rows.update(run)
        run = [index] if index < len(marks) and short[index] else []
    return tuple(Mark(m.line, "furniture", "furniture: a row of buttons or links")
                 if i in rows - names and i > anchor and m.kind == "short" else m for i, m in enumerate(marks))


def _story_lists(marks: tuple[Mark, ...]) -> tuple[Mark, ...]:
    """Turn runs of (headline, date) pairs into furniture: a list of other stories, not this one's header."""
    paired = [i for i in range(len(marks) - 1) if marks[i].kind in SHOWN_KINDS and marks[i + 1].kind == "stamp"
              and not _name_shaped(marks[i].line.text)]
    listed = {j for i in paired if i + 2 in paired or i - 2 in paired for j in (i, i + 1)}
    return tuple(Mark(m.line, "furniture", "furniture: list of other stories") if i in listed else m
                 for i, m in enumerate(marks))


FIGURE_BOX_MIN_LINES = 2


def _figure_boxes(marks: tuple[Mark, ...]) -> tuple[Mark, ...]:
    """Turn a box of figures above the article's byline or date into furniture: lines of a label and its figure, two
    or more in one block, with the heading over them ("MARKETS SNAPSHOT (close 13/03)" / "White premium: US$146.90/t"),
    as a newsletter or a market page prints over its story."""
    header_end = max((i for i, m in enumerate(marks) if m.kind in ("byline", "stamp")), default=-1)
    boxed: set[int] = set()
    for index in range(header_end):
        block = marks[index].line.block
        if index and _figure_line(marks, index - 1, block):
            continue  # inside a run already looked at
        run = list(itertools.takewhile(lambda i: _figure_line(marks, i, block), range(index, header_end)))
        if len(run) >= FIGURE_BOX_MIN_LINES:
            heading = index - 1 if index and marks[index - 1].line.block == block else index
            boxed.update(range(heading, run[-1] + 1))
    return tuple(Mark(m.line, "furniture", "furniture: box of figures") if i in boxed else m
                 for i, m in enumerate(marks))


def _figure_line(marks: tuple[Mark, ...], index: int, block: int) -> bool:
    """Tell whether a line of a block is a label and its figure ("London No.5 white sugar (May): US$628.40/t")."""
    mark = marks[index]
    return mark.kind in SHOWN_KINDS and mark.line.block == block and FIGURE_LINE.search(mark.line.text) is not None


def _name_shaped(text: str) -> bool:
    """Tell whether a line may be a person's name, a few words all capitalised: over a date, it is the byline's
    ("Aditya Menon" / "Indore, 19 February 2026"), not a listed story's headline ("Colombia opens border")."""
    words = text.split()
    return len(words) < NEXT_STORY_MIN_WORDS and all(word[0].isupper() for word in words)


_NOTE_VERBS = ("is|was|covers|writes|reports|joined|est|couvre|écrit|es|cubre|escribe|ist|schreibt|berichtet|è|scrive|"
               "segue|é|escreve|cobre|schrijft|er|är|skriver|dekker|bevakar|jest|pisze")
"""Verbs that open a note about the author after the name, in the languages the reader knows bylines in."""


def _author_notes(marks: tuple[Mark, ...]) -> tuple[Mark, ...]:
    """Set aside the note about a bylined author ("Jane Doe is a senior editor at …", "Jane joined the
    paper in 2022 …", "Nolwenn Kerdraon couvre l'actualité …")."""
    names = {form for m in marks if m.byline for name in m.byline.authors for form in (name, name.split()[0])
             if len(form) > 2}
    if not names:
        return marks
    note = re.compile(rf"^(?:{'|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))}),? (?:{_NOTE_VERBS})\b",
                      re.I)
    return tuple(Mark(m.line, "furniture", AUTHOR_NOTE) if m.kind == "text" and note.match(m.line.text)
                 and _note_sized(m.line.text) else m for m in marks)


def _note_sized(text: str) -> bool:
    """Tell whether a line is as short as a note about an author is: its first sentence of AUTHOR_NOTE_MAX_WORDS at
    most, and all of it twice that (a magazine's note may go on about the photographer)."""
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return len(first.split()) <= AUTHOR_NOTE_MAX_WORDS and len(text.split()) <= 2 * AUTHOR_NOTE_MAX_WORDS


def _header_anchor(marks: tuple[Mark, ...]) -> int:
    """Return the index of the last byline or date stamp above the body (-1 when there is none), or of
    the summary under a headline printed below the date (see _past_headline_under_stamp).

    At most two short lines of running text (a headline written as sentences, and a standfirst) may
    come before it; more, or a longer one, means the body has begun.
    """
    anchor, seen_text = -1, 0
    for index, mark in enumerate(marks):
        if mark.reason == NAVIGATION and anchor < 0:
            seen_text = 0  # text above the site's menu is its slogan or a notice, not the story
        elif seen_text and mark.kind == "related":
            break  # links listed under the story's first lines: a byline or date below them is under the story
        elif mark.kind == "text":
            seen_text += 1
            if seen_text > 2 or (seen_text == 2 and len(mark.line.text.split()) > HEADER_TEXT_MAX_WORDS
                                 and not _signed_next(marks, index)):
                break
        elif (mark.kind in ("byline", "stamp") or mark.reason == RELATIVE_STAMP) and not _page_clock(marks, index):
            anchor = index  # "3 hrs ago" dates nothing, but it ends a header all the same
        elif anchor >= 0 and states_reading_time(mark):
            anchor = index  # "17 March 2026" / headline / "Nigar Guliyeva" / "Reading time: 5 min"
    return _past_headline_under_stamp(marks, anchor)


def _signed_next(marks: tuple[Mark, ...], index: int) -> bool:
    """Tell whether the next line that is not furniture is a byline naming someone: a long standfirst over it (and a
    headline in sentences over that) is the header's, not the story's first paragraph."""
    following = next((m for m in marks[index + 1:] if m.kind in SHOWN_KINDS or m.kind == "byline"), None)
    return following is not None and following.kind == "byline" and bool(following.byline and following.byline.authors)


def _page_clock(marks: tuple[Mark, ...], index: int) -> bool:
    """Tell whether a date stamp is the page's own clock over its menu ("Tuesday, April 8, 2025" / "Home" /
    "News"): the site's menu goes on under it, in its block; a row of buttons to share the article is no menu."""
    below = marks[index + 1] if index + 1 < len(marks) else None
    return (marks[index].kind == "stamp" and below is not None and below.reason == NAVIGATION
            and below.line.block == marks[index].line.block and not _SHARE_ROW.match(below.line.text))


def _past_headline_under_stamp(marks: tuple[Mark, ...], anchor: int) -> int:
    """Return where the header ends when the date comes above the headline and its summary, the three
    alone in one block ("Thứ sáu, 14/3/2025, 08:00" / headline / summary): at the summary; else anchor."""
    if anchor < 0 or anchor + 2 >= len(marks) or marks[anchor].kind != "stamp":
        return anchor
    stamp, title, summary = marks[anchor:anchor + 3]
    alone = anchor + 3 == len(marks) or marks[anchor + 3].line.block != summary.line.block
    one_block = stamp.line.block == title.line.block == summary.line.block
    headline_like = title.kind == "short" and len(title.line.text.split()) >= HEADLINE_UNDER_STAMP_MIN_WORDS
    return anchor + 2 if one_block and alone and headline_like and summary.kind == "text" else anchor


class _Layout:
    """Collects the article's parts line by line; the only mutable state, per article."""

    def __init__(self, rules: CleanRules) -> None:
        self.rules = rules
        self.blocks: list[tuple[int, int, list[str]]] = []
        self.captions: list[Caption] = []
        self.removed: list[Removed] = []
        self.roles: dict[int, tuple[str, str]] = {}
        self.stamps: list[Stamp] = []
        self.authors: list[str] = []
        self.authors_detail = ""
        self.reporters: tuple[tuple[str, ...], int] | None = None
        self.hints: dict[str, tuple[str, int]] = {}
        self.mentions: list[tuple[str, str, int]] = []
        self.seen_text: set[str] = set()
        self.past_story = False
        self.pull_quote_line = 0
        self.pull_quote_label = 0
        """The line of the last pull quote's label: the quotation under it is a pull quote, whatever it repeats."""
        """The line of the last pull quote set aside: its speaker may be named right under it."""
        """Whether a line after the story's last paragraph has been placed (the first may sign it)."""

    def set_aside(self, line: int, text: str, reason: str) -> None:
        """List a line in the source notes with the reason it is not shown."""
        self.removed.append(Removed(line, text, reason))
        self.roles[line] = (text, f"set aside: {reason}")

    def take_header(self, header: Header) -> None:
        """Record what the header held: captions, stamps, bylines and what was set aside."""
        for mark in header.marks:
            self.take(mark, in_body=False)
        for line, text, role in header.roles:
            self.roles[line] = (text, role)
        for line, text, reason in header.removed:
            self.set_aside(line, text, reason)
        if header.authors:
            self.authors, self.authors_detail = list(header.authors), f"byline, line {header.byline_line}"
        self.stamps.extend(header.stamps)
        self.mentions.extend(header.mentions)

    def take(self, mark: Mark, *, in_body: bool) -> None:
        """Place one line: a paragraph, a caption or credit, a stamp, a byline, or set aside."""
        line, text = mark.line, mark.line.text
        first_after_story = not in_body and bool(self.blocks) and not self.past_story
        self.past_story = self.past_story or first_after_story
        if first_after_story and self._signature(mark):
            return
        if mark.kind == "caption":
            self._caption(mark)
        elif self._credit_of_caption(mark):
            self.roles[line.number] = (text, "photo credit")
        elif mark.kind in SHOWN_KINDS and in_body:
            self._paragraph(mark)
        elif mark.kind == "stamp" and (in_body or not self.blocks or mark.stamp.mentions[0].published
                                       or mark.stamp.mentions[0].updated):
            self.stamps.append(mark.stamp)
            self.set_aside(line.number, text, "date stamp")
        elif mark.kind == "byline" and not self.authors and mark.byline.authors:
            self.authors, self.authors_detail = list(mark.byline.authors), f"byline, line {line.number}"
            self.roles[line.number] = (text, "byline")
        elif mark.kind == "hint":
            kind, value = mark.value
            self.hints.setdefault(kind, (value, line.number))
            self.set_aside(line.number, text, mark.reason)
        else:
            self._set_aside_mark(mark, in_body)

    def _signature(self, mark: Mark) -> bool:
        """Take a bare name right under the story as its author when the header named none ("Võ Hải")."""
        byline = read_name_line(mark.line.text, self.rules.outlets) if mark.kind == "short" and not self.authors else None
        if byline is None or not byline.authors:
            return False
        self.authors, self.authors_detail = list(byline.authors), f"signature under the story, line {mark.line.number}"
        self.roles[mark.line.number] = (mark.line.text, "byline")
        return True

    def _set_aside_mark(self, mark: Mark, in_body: bool) -> None:
        line, text = mark.line, mark.line.text
        if mark.kind == "credit" and self.reporters is None and (names := credited_reporters(text)):
            self.reporters = (names, line.number)
        if mark.kind == "source" and not in_body:  # inside the story, a box of figures' source ("Source: CAAN, …")
            self.mentions.append(("source", str(mark.value), line.number))
        if "copyright" in mark.reason:
            self.mentions.append(("copyright", text, line.number))
        if mark.stamp:  # a reprint note dates the first publication
            self.stamps.append(mark.stamp)
        reason = mark.reason or ("furniture: after the article's last paragraph" if self.blocks
                                 else "furniture: page header")
        self.set_aside(line.number, text, reason)

    def _paragraph(self, mark: Mark) -> None:
        line = mark.line
        if line.text in self.seen_text and len(line.text.split()) > 3:
            self.set_aside(line.number, line.text, "repeated line")
            return
        if _PULL_QUOTE_LABEL_ALONE.match(line.text):
            self.set_aside(line.number, line.text, "furniture: pull quote (its label)")
            self.pull_quote_label = line.number
            return
        if self._pulled_quote(line.text) or self._labelled_quote(line.number, line.text):
            self.set_aside(line.number, line.text, "furniture: pull quote (repeats the story's own words)")
            # one that names its speaker after a dash has no line of its speaker under it
            self.pull_quote_line = 0 if _ATTRIBUTED_QUOTATION.match(_without_label(line.text)) else line.number
            return
        if self._speaker_of_pull_quote(mark):
            self.set_aside(line.number, line.text, "furniture: pull quote (its speaker)")
            return
        self.seen_text.add(line.text)
        self.roles[line.number] = (line.text, "body")
        last = self.blocks[-1] if self.blocks else None
        if last and last[1] == line.block and not ends_sentence(last[2][-1]) and not BULLET.match(line.text):
            last[2].append(line.raw)  # a paragraph wrapped over several lines, not a bullet point under a heading
        else:
            self.blocks.append((line.number, line.block, [line.raw]))

    def _speaker_of_pull_quote(self, mark: Mark) -> bool:
        """Tell whether a short line right under a pull quote names its speaker ("Ingrid Haugsrud, Statens vegvesen")."""
        if not self.pull_quote_line or mark.line.number - self.pull_quote_line > 2:
            return False
        if (mark.line.number == self.pull_quote_line + 1 and _UNDER_A_PULL_QUOTE.match(mark.line.text)
                and len(mark.line.text.split()) <= SPEAKER_LINE_MAX_WORDS):
            return True
        if mark.kind != "short" or mark.line.text.isupper():  # a heading in capitals ("MARKETS WATCH") is no name
            return False
        byline = read_name_line(mark.line.text.split(",")[0], self.rules.outlets)
        return bool(byline and byline.authors)

    def _pulled_quote(self, text: str) -> bool:
        """Tell whether a line is a pull quote: a quotation (or a longer line) that repeats, word for word,
        part of a paragraph above."""
        stripped = _without_label(text)
        quoted = stripped[:1] in _OPENING_MARKS
        if quoted and (attributed := _ATTRIBUTED_QUOTATION.match(stripped)) is not None:
            stripped = attributed.group(1)  # "“…” — Celso Manhique, opposition candidate": the quotation's words
        if len(stripped.split()) < (PULL_QUOTE_MIN_WORDS if quoted else PULL_QUOTE_MIN_WORDS * 2):
            return False
        words = plain_words(stripped)
        return any(words in _said_in(" ".join(lines)) for _, _, lines in self.blocks)

    def _labelled_quote(self, number: int, text: str) -> bool:
        """Tell whether a line is the quotation right under a pull quote's label ("PULL QUOTE" / "“…”")."""
        labelled = bool(self.pull_quote_label) and number - self.pull_quote_label <= 2
        return labelled and text.strip()[:1] in _OPENING_MARKS

    def _pull_quotes_before_their_words(self) -> None:
        """Set aside the pull quotes a page shows before the paragraph they repeat: a quotation alone on its line whose
        words a later paragraph holds, word for word (a magazine's quote set between the parts of its story)."""
        later = ""
        kept: list[tuple[int, int, list[str]]] = []
        for block in reversed(self.blocks):
            number, _, lines = block
            text = " ".join(lines).strip()
            if (len(lines) == 1 and text[:1] in _OPENING_MARKS and len(text.split()) >= PULL_QUOTE_MIN_WORDS
                    and plain_words(text) in later):
                self.set_aside(number, lines[0], "furniture: pull quote (repeats the story's own words)")
                continue
            later += _said_in(text)
            kept.append(block)
        self.blocks[:] = kept[::-1]

    def _caption(self, mark: Mark) -> None:
        caption, line = mark.caption, mark.line
        for index, kept in enumerate(self.captions):
            if same_caption(kept.text, caption.text):
                if caption.credit and not kept.credit:
                    self.captions[index] = Caption(kept.text, caption.credit, kept.line)
                self.set_aside(line.number, line.text, "duplicate photo caption")
                return
        self.captions.append(caption)
        self.roles[line.number] = (line.text, "caption")

    def _credit_of_caption(self, mark: Mark) -> bool:
        """Read a credit line under the last caption as its credit; one under a credit the caption ends with goes on
        with it ("… Balkh province. Photo: Courier" / "Abdul Basit / Courier")."""
        last = self.captions[-1] if self.captions else None
        if mark.kind not in ("short", "furniture") or not last or last.line < mark.line.number - 2 or (
                last.credit and last.line != mark.line.number - 1):
            return False
        if not is_credit_line(mark.line.text, self.rules.photo_credits):
            return False
        credit = f"{last.credit}; {mark.line.text}" if last.credit else mark.line.text
        self.captions[-1] = Caption(last.text, credit, last.line)
        return True

    def finish(self, header: Header, header_date: str) -> CleanText:
        """Assemble the reading: paragraphs, dateline, date, authors, publication, notes."""
        self._pull_quotes_before_their_words()
        self._captions_above_the_dateline()
        paragraphs = ["\n".join(lines) for _, _, lines in self.blocks]
        dateline = split_dateline(paragraphs[0], self.rules.outlets) if paragraphs else None
        dateline_at = self.blocks[0][0] if self.blocks else 0
        if dateline and not dateline.rest and len(paragraphs) > 1:  # a paragraph that is only the dateline
            self.roles[dateline_at] = (paragraphs.pop(0), "dateline")
        elif dateline:
            paragraphs[0] = dateline.rest
        elif paragraphs:
            dateline = self._dateline_line(dateline_at) or self._dateline_in_stamp()
        stamps, page_stamps = self._article_stamps(header)
        date = choose_date(stamps, dateline.days if dateline else (), dateline_at if dateline else 0,
                           dateline.dates if dateline else (), page_stamps=(*header.page_stamps, *page_stamps))
        authors, detail = self._authors()
        wire, publication = self._wire(header, dateline), self._publication(header, dateline)
        if paragraphs:
            paragraphs[-1] = self._without_sign_off(paragraphs[-1], (wire, publication[0] if publication else ""))
        return CleanText(
            headline=header.headline, headline_line=header.headline_line, dek=header.dek,
            authors=authors, authors_detail=detail, wire=wire,
            publication=publication, dateline=dateline.place if dateline else "",
            header_date=header_date,
            stated_date=(date.date, date.line, date.detail) if date.date else None,
            caption_date=_caption_date(self.captions), undated_caption=_undated_caption(self.captions),
            author_hint=self.hints.get("author"),
            paragraphs=tuple(paragraphs),
            captions=tuple(self.captions), removed=tuple(sorted(self.removed, key=lambda r: r.line)),
            # a date that reads two ways is in doubt unless the file's name settles it (see article.py)
            notices=(*header.notices, *(() if date.readings else date.warnings)),
            date_doubts=date.warnings if date.readings else (), undecided_dates=date.readings,
            roles=tuple((line, text, role) for line, (text, role) in sorted(self.roles.items())))

    def _captions_above_the_dateline(self) -> None:
        """Take the short lines above the one that opens with the dateline for a photo's caption and
        credit: the story begins at its dateline ("Vista de la calle …" / "Blanca Aldaz" / "TUDELA – El …")."""
        lines = [(block, at, text) for block, (_, _, texts) in enumerate(self.blocks[:DATELINE_REACH + 1])
                 for at, text in enumerate(texts)][:DATELINE_REACH + 1]
        opens = next((k for k, (_, _, text) in enumerate(lines)
                      if (found := split_dateline(text, self.rules.outlets)) and found.rest), 0)
        if not opens or any(len(text.split()) > HEADER_TEXT_MAX_WORDS for _, _, text in lines[:opens]):
            return
        before = [" ".join(text.split()) for _, _, text in lines[:opens]]
        self.captions.append(Caption(before[0], " ".join(before[1:]), self.blocks[0][0]))
        for block, at, text in lines[:opens]:
            self.roles[self.blocks[block][0] + at] = (" ".join(text.split()), "caption")
        block, at, _ = lines[opens]
        number, group, texts = self.blocks[block]
        self.blocks[block] = (number + at, group, texts[at:])
        del self.blocks[:block]

    def _without_sign_off(self, paragraph: str, names: tuple[str, ...]) -> str:
        mark = sign_off(paragraph, names)
        if not mark:
            return paragraph
        line = self.blocks[-1][0] + len(self.blocks[-1][2]) - 1
        self.removed.append(Removed(line, mark, "furniture: the outlet's sign-off"))
        return paragraph[:-len(mark)].rstrip()

    def _article_stamps(self, header: Header) -> tuple[tuple[Stamp, ...], tuple[Stamp, ...]]:
        """Return the date stamps but the page's own date, and the page's own date apart: a plain date above the
        site's menu, which a newspaper's masthead prints every day ("March 12, 2025" over "Contact Us", "Sport", …)."""
        top = header.headline_line or min((b[0] for b in self.blocks), default=0)
        menu = sorted(r.line for r in self.removed if r.line < top and _MENU_REASON.search(r.reason))

        def page_date(stamp: Stamp) -> bool:
            labelled = any(m.published or m.updated or m.original for m in stamp.mentions)
            return stamp.page or (not labelled and sum(stamp.line < line for line in menu) >= _MENU_LINES)
        return (tuple(stamp for stamp in self.stamps if not page_date(stamp)),
                tuple(stamp for stamp in self.stamps if page_date(stamp)))

    def _authors(self) -> tuple[tuple[str, ...], str]:
        if self.authors:
            return tuple(dict.fromkeys(self.authors)), self.authors_detail
        if self.reporters:
            names, line = self.reporters
            return names, f"end-of-story credit, line {line}"
        return (), ""

    def _wire(self, header: Header, dateline: Dateline | None) -> str:
        outlets = self.rules.outlets
        credited = dateline.wire if dateline and dateline.wire else header.wire
        agency = outlets.wire(credited) if credited else None
        if agency:
            return agency.name
        if credited and not outlets.named(credited):  # "(CNN)" names the outlet itself, not an agency
            return credited
        for kind, text, _ in self.mentions:
            found = outlets.mentioned(text) if kind == "copyright" else None
            if found and found.is_agency:
                return found.name
        return ""

    def _dateline_line(self, first: int) -> Dateline | None:
        """Return the dateline printed on a line of its own right above the first paragraph ("ANKARA"),
        taking that line back from the page header it was set aside as, or None."""
        above = max((number for number in self.roles if number < first), default=None)
        text, role = self.roles.get(above, ("", ""))
        dateline = dateline_line(text) if role.startswith("set aside: furniture:") else None
        if dateline is None and (role != "set aside: furniture: page header" or not _DATELINE_LINE.match(text) or (
                _KIND_OF_STORY.search(text) or is_credit_line(text, self.rules.photo_credits))):
            return None  # "ANP" under a photo is its credit
        self.roles[above] = (text, "dateline")
        self.removed = [r for r in self.removed if r.line != above]
        return dateline or Dateline(text, "", (), (), "")

    def _dateline_in_stamp(self) -> Dateline | None:
        """Return the place printed with the date, after a bar ("Jun 5th 2025|WASHINGTON, DC"), or None."""
        parts = (part.strip() for stamp in self.stamps for part in stamp.text.split("|")[1:])
        place = next((part for part in parts if _DATELINE_LINE.match(part)), None)
        return Dateline(place, "", (), (), "") if place else None

    def _publication(self, header: Header, dateline: Dateline | None) -> tuple[str, str] | None:
        if header.masthead:
            # A one-word outlet ("Nation") may be a section in the menu of a site the footer names.
            site = self._site_name(header) if len(header.masthead[0].split()) == 1 else None
            return site if site and site[0].casefold() != header.masthead[0].casefold() else self._readable(
                header.masthead)
        if "publication" in self.hints:
            name, line = self.hints["publication"]
            return name, f"publication note, line {line}"
        outlets = self.rules.outlets
        source = None
        for kind, text, line in self.mentions:
            found = outlets.mentioned(text)
            if kind == "source" and found:
                return found.name, f"source line, line {line}"
            if kind == "source" and source is None:
                # "Source: CNA/kw(mi)": the desk's initials after a slash are no part of the name
                source = re.split(r"\s+and\s+|/", text)[0].strip(" ."), f"source line, line {line}"
            # A one-word name inside a company's ("© Nation Media Group") may be any of the company's papers.
            if found and not found.is_agency and (kind == "byline" or (kind == "copyright" and (
                    len(found.name.split()) > 1 or holds_copyright((found.name, *found.mastheads), text)))):
                return found.name, f"{kind}, line {line}"
        # A source the outlets list does not know ("Quelle: F.A.Z.") may abbreviate the name the page shows.
        site = self._spelled_out(self._site_name(header)) or source
        if site:
            return site
        if dateline and dateline.site:
            return self._as_written(dateline.site), "site named in the dateline"
        return (self._division_holder() or self._logo_name(header) or self._wordmark(header)
                or self._masthead_named_again(header) or self._wire_as_publication(header, dateline))

    def _readable(self, masthead: tuple[str, str]) -> tuple[str, str]:
        """Return a masthead the outlets list does not know as a reader cites it: in mixed case as the page writes it
        elsewhere ("ALLIED CONTINENTAL PRESS" over "© 2018 Allied Continental Press."), without its acronym ("MBN
        Melanesian Broadcasting Network")."""
        name, detail = masthead
        if self.rules.outlets.masthead(name):
            return masthead
        return readable_site_name(self._as_written(name) if name.isupper() else name), detail

    def _spelled_out(self, site: tuple[str, str] | None) -> tuple[str, str] | None:
        """Return a site's name in full where its logo line spells out the acronym found ("AWS | Asia Wire Service"),
        else the site as found."""
        if site is None or not site[0].isupper() or " " in site[0]:
            return site
        found = spelled_out(site[0], [(removed.line, removed.text) for removed in self.removed])
        return (found[0], f"logo, line {found[1]} (spelling out {site[0]})") if found else site

    def _division_holder(self) -> tuple[str, str] | None:
        """Return the site a copyright line names as its company's division, with its line, or None."""
        found = next(((name, line) for kind, text, line in self.mentions
                      if kind == "copyright" and (name := division_holder(text))), None)
        return (found[0], f"copyright line, line {found[1]} (a division of its company)") if found else None

    def _masthead_named_again(self, header: Header) -> tuple[str, str] | None:
        """Return the name a line at the top of the page gives that other lines name again, or None."""
        lines = sorted({**{r.line: r.text for r in self.removed}, **{n: text for n, (text, _) in self.roles.items()}}.items())
        top = min(header.headline_line, lines[_TOP_LINES][0] if len(lines) > _TOP_LINES else header.headline_line)
        name, line = masthead_named_again(lines, top, self.rules.furniture.stopwords, self._may_name_the_site)
        known = (self.rules.outlets.masthead(name) or self.rules.outlets.wire(name)) if name else None
        return ((known.name if known else readable_site_name(name)), f"masthead, line {line} (named again below it)"
                ) if name else None

    def _wire_as_publication(self, header: Header, dateline: Dateline | None) -> tuple[str, str] | None:
        wire = self._wire(header, dateline)
        return (wire, "the wire credit; no other outlet is named") if wire else None

    def _wordmark(self, header: Header) -> tuple[str, str] | None:
        """Return the name the page's first line writes as a wordmark ("euroview24"), with its line, or None."""
        first = min((r for r in self.removed if r.line < header.headline_line), key=lambda r: r.line, default=None)
        name = wordmark_name(first.text, [r.text for r in self.removed if r.line > first.line]) if first else ""
        return (name, f"wordmark, line {first.line}") if first and name else None

    def _logo_name(self, header: Header) -> tuple[str, str] | None:
        """Return the name a logo's text above the headline gives ("The Verge logo."), with its line, or None."""
        above = [(r.line, r.text) for r in sorted(self.removed, key=lambda r: r.line) if r.line < header.headline_line]
        name = logo_name([text for _, text in above], self.rules.furniture.stopwords)
        line = next((number for number, text in above if text.strip().casefold().startswith(name.casefold())), 0)
        return (name, f"logo, line {line}") if name else None

    def _as_written(self, name: str) -> str:
        """Return a name the dateline prints in capitals as the page writes it elsewhere ("KOMPAS.com" -> "Kompas.com")."""
        pattern = re.compile(re.escape(name), re.I)
        return next((found.group(0) for r in self.removed if (found := pattern.search(r.text)) and found.group(0) != name),
                    name)

    def _may_name_the_site(self, text: str) -> bool:
        """Tell whether a header line may give the site's name: a menu's "Latest News" is named again by the
        footer's promotion, and is never the site."""
        return not self.rules.furniture.reason(text) and not self.rules.furniture.opens_related(text)

    def _site_name(self, header: Header) -> tuple[str, str] | None:
        """Return the name a header line shows that the page's footer names again, with its line, or None."""
        last_body = max((number for number, (_, role) in self.roles.items() if role == "body"), default=0)
        above = [(r.line, r.text) for r in sorted(self.removed, key=lambda r: r.line) if r.line < header.headline_line]
        # Other stories' headlines name anything ("… da Grande São Paulo terão reajuste"): they prove no site's name.
        below = [r.text for r in self.removed if r.line > last_body and r.reason != ARTICLE_NOTE]
        below += [c.credit for c in self.captions if c.credit]  # "Peter Lindqvist for The Boston Globe"
        furniture = self.rules.furniture
        # A city is a section of the menu ("São Paulo"), which any story below may name again.
        names = [text for _, text in above if self._may_name_the_site(text) and fold(text) not in known_cities()]
        name = site_name(names, below, furniture.stopwords)
        line = next((number for number, text in above if text.strip().casefold() == name.casefold()), 0) or next(
            (number for number, text in above if name.casefold() in text.casefold()), 0)  # "APW | Asia Pacific Wire"
        return (readable_site_name(name), f"site name, line {line} (named again below the story)") if name else None


def _caption_date(captions: list[Caption]) -> tuple[PartialDate, int] | None:
    for caption in captions:
        match = AP_CAPTION.search(caption.text)
        # An agency's "FILE" photo is dated when it was taken, perhaps years before the story.
        if match and not _FILE_PHOTO.search(caption.text):
            return find_full_dates(match.group("date"))[0].candidates[0], caption.line
    return None


def _undated_caption(captions: list[Caption]) -> tuple[str, int] | None:
    for caption in captions:
        match = GETTY_CAPTION.match(caption.text)
        if match:
            return f"{match.group('month')} {match.group('day')}", caption.line
    return None
