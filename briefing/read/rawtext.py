"""Read raw article text as pasted from any news site: mark what each line is, then lay out the article.

The first pass marks every line by what it is on its own (furniture, a caption, a date stamp, a
byline, running text, a short line); the second (layout.py) finds the article by position: the
header above the first paragraph, the body, and the furniture below the last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.read.bylines import SIGNED, is_credit, read_byline, read_name_line, read_outlet_line
from briefing.read.captions import is_credit_line, is_labelled_credit, read_caption, same_caption
from briefing.read.clean import CleanRules, CleanText
from briefing.read.datelines import known_cities
from briefing.read.endnotes import SELF_PROMOTION, SOURCE_LINE
from briefing.read.furniture import FurnitureData, has_no_words, is_running_text
from briefing.read.layout import MENU_ITEM_WORDS, lay_out
from briefing.read.marks import NAVIGATION, Line, Mark
from briefing.read.outlets import fold
from briefing.read.pubdates import Stamp, original_stamp, spans_days, stamp_in
from briefing.records import Caption

_HEADER_DATE = re.compile(r"^\s*date (\d{4}-\d{2}(?:-\d{2})?)\s+")
_IMAGE_LABEL = "furniture: image label"
_REPRINT = "furniture: reprint note"
_MEDIA_CONTACT = "furniture: media contact"
_PHOTO_CREDIT = "furniture: photo credit over its caption"
_CONTACT_LABEL = re.compile(r"^(?:media |press )?contacts?\s*:?$", re.I)
CONTACT_MAX_WORDS = 8
_SPONSORED = re.compile(r"^(?:sponsored|sponsored content|paid content|partner content|paid post|from our sponsors?)\s*:?$",
                        re.I)
"""A sponsor's label: the line under it is the sponsor's message (unlike "Advertisement", after which a
story often goes on)."""
_ADVERT_LABEL = re.compile(r"^\W*(?:end\s+(?:of\s+)?)?(?:advertisement|advertising|advert|ad|anzeige|werbung|"
                           r"publicidad|publicité|pubblicità|reklama|reklame|annonce|annons|mainos|advertentie)\W*$",
                           re.I)
"""An advert's label alone ("ADVERTISEMENT", "— ADVERTISEMENT —", "--- END ADVERTISEMENT ---"), without "story continues
below" and the like."""
_ADVERT_MAX_WORDS = 25
_PITCH = re.compile(r"\s[|·•]\s|[›»→>]\s*$|\d+\s*% off\b|\b(?:shop|buy|order|book|apply|register|sign up|learn more|"
                    r"find out more|get yours|discover more)\b(?: now| today| here)?\s*[.!›»→>]*\s*$|"
                    r"\b(?:registration|offer|sale|deal)s? (?:closes|ends)\b|\bnow in stock\b|"
                    r"\bcall\s+\+?\d[\d\s-]{5,}\d\s*[.!]?$|\bcall (?:us|our \w+(?: \w+)?)\s*[.!]?$|"
                    r"\badvertise (?:in|with|on)\b|"
                    r"\bfrom\s+[$€£₹]?\d[\d.,]*\s*%?\s*(?:a|per)\s+(?:day|week|month|year)\b|\bbuy \d+,? get\b|"
                    r"\bvisit (?:any|our|your(?: nearest)?) (?:branch|store|shop|outlet|showroom)", re.I)
"""What an advert's text says and a story's paragraph does not: a link's arrow, a bar between offers, a discount, a
call to buy or register ("… up to 50% off. Shop now ›", "Early-bird registration closes April 15"), stock to sell and
a number or a desk to call ("… now in stock. Call 7123 4567", "advertise in the Herald. Call our sales desk."), a
price by the month ("Loans for farmers from 1.2% per month"), an offer or a shop to visit ("Buy 4, get FREE wheel
alignment. Visit any branch countrywide.")."""
_ADDRESSED = re.compile(r"\b(?:you(?:r)?|tu|tus|vos|usted|você|vous|votre)\b", re.I)
"""An advert speaks to the reader ("… local services you can trust", "Start your free trial", "Créditos para tu
campaña"), outside quotation marks."""
_QUOTED = re.compile("[“”\"«»]")
CAPTION_MAX_WORDS = 40
_MENU_REACH = 3
"""A menu's lines looked at around an item: this many on each side in its block."""
_MASTHEAD_LINES = 6
"""A masthead is among the page's first lines."""
SITE_NAME_MIN_WORDS = 3
"""A site's name over its menu has a few words; two are more often a section ("Top News")."""
_CREDIT_LABEL = re.compile(r"^(?:credit|photo|image|foto|crédito|photograph)\s*:$", re.I)
_PROMOTES = re.compile(r"\b(?:our (?:platform|journalism|newsletters?|app|podcasts?|reporting)|subscribe|sign up|"
                       r"contact us|thanks for reading|download (?:the|our)|assine|assinantes|suscr[ií]bete|"
                       r"suscriptores|abonnez-vous|abonnés|abonnieren|abonnenten)\b", re.I)
"""A line that names an outlet and sells it ("Get answers with SCMP Knowledge, our platform …")."""
_BYLINE_AFTER = re.compile(r"\s(?:By|Por|Par|Von|Di)\s")
_NAME_DASH = re.compile(r"\s[—–-]\s")
_SEGMENT = re.compile(r"\s[·•|/]\s|\s*[·•|]\s*")
SEGMENTED_MAX_WORDS = 30
_MENU_SEPARATOR = re.compile(r"\s+[·•|]\s+")
_SPACED = re.compile(r"\t|\s{2,}")
_ICON = re.compile(r"^[^\w\s]+\s*|\s+$")
"""A button's icon before its label ("🔖 Save for later", "⤴"), and the space after the label."""
_MENU_MIN_ITEMS = 4
_MENU_ITEM_MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class _Body:
    lines: tuple[Line, ...]
    header_date: str


def read_raw_text(body: str, first_line: int, rules: CleanRules) -> CleanText:
    """Read one raw body into its parts; first_line is the file line the body starts on."""
    found = _split_lines(body, first_line)
    marks = _mark_in_context(tuple(mark_line(line, rules) for line in found.lines), rules)
    return lay_out(marks, rules, found.header_date, first_line)


def _split_lines(body: str, first_line: int) -> _Body:
    lines, block, previous_blank = [], 0, True
    for offset, raw in enumerate(body.split("\n")):
        if not raw.strip():
            previous_blank = True
            continue
        block += previous_blank
        previous_blank = False
        lines.append(Line(first_line + offset, " ".join(raw.split()), raw, block))
    header = _HEADER_DATE.match(lines[0].raw) if lines else None
    if not header:
        return _Body(tuple(lines), "")
    rest = lines[0].raw[header.end():]
    first = Line(lines[0].number, " ".join(rest.split()), rest, lines[0].block)
    return _Body((first, *lines[1:]), header.group(1))


def mark_line(line: Line, rules: CleanRules) -> Mark:
    """Say what one line is on its own, before its position is known."""
    text, furniture = line.text, rules.furniture
    related = furniture.opens_related(text)
    if text.casefold() in rules.junk_lines or any(p.match(text) for p in rules.junk_patterns):
        return Mark(line, "related" if related else "junk", "site junk")
    hint = _hint(text, rules)
    if hint:
        return Mark(line, "hint", hint[0], value=hint[1])
    if related:
        return Mark(line, "related", "furniture: related links")
    source = SOURCE_LINE.match(text)
    if source:
        return Mark(line, "source", "source credit", value=source.group("source"))
    reason = furniture.reason(text) or _spaced_furniture(line.raw, furniture) or (
        SELF_PROMOTION if _PROMOTES.search(text) and rules.outlets.written(text) else "")
    if reason:
        return Mark(line, "furniture", reason, stamp=original_stamp(text, line.number) if reason == _REPRINT else None)
    if text.casefold() in rules.publications or rules.outlets.masthead(text):
        return Mark(line, "masthead", "publication name")
    return _mark_shape(line, rules)


def _mark_shape(line: Line, rules: CleanRules) -> Mark:
    text = line.text
    # "By Name, Site | Updated - … | Posted - …" is a byline, though its bars look like a caption's credit.
    signed = read_byline(text, rules.outlets) if SIGNED.match(text) else None
    # "Updated: Mar. 11, 2025 | Published: Mar. 11, 2025" is dates alone, though its bar looks like a caption's credit.
    stamp = stamp_in(text, line.number)
    if stamp is None and spans_days(text):
        return Mark(line, "furniture", "furniture: an issue's dates")  # "Issue No. 26 · June 28 – July 4, 2025"
    caption = None if signed or stamp else read_caption(line.raw, line.number)
    if caption and _names_only(caption.text, rules):
        caption, signed = None, read_byline(text, rules.outlets)  # "Dewi Anggraeni and Markus Silalahi (The Jakarta Ledger)"
    if caption:
        return Mark(line, "caption", caption=caption)
    if stamp:
        return _byline_before_stamp(line, stamp, rules) or Mark(line, "stamp", stamp=stamp)
    byline = signed or read_byline(text, rules.outlets) or read_outlet_line(text, rules.outlets)
    if byline:
        rest = stamp_in(byline.rest, line.number) if byline.rest else None
        return Mark(line, "byline", byline=byline, stamp=rest)
    fused = _stamp_then_byline(line, rules) or _spaced_byline(line, rules)
    if fused:
        return fused
    if is_credit(text):
        return Mark(line, "credit", "end-of-story credit")
    segmented = _segmented_byline(line, rules)
    if segmented:
        return segmented
    if has_no_words(text):
        return Mark(line, "furniture", "furniture: no words")
    if _menu_row(text):
        return Mark(line, "furniture", NAVIGATION)
    return Mark(line, "text" if is_running_text(text, rules.furniture.stopwords) else "short")


def _spaced_furniture(raw: str, furniture: FurnitureData) -> str:
    """Return why a line of labels set apart by runs of spaces, or by dots or bars, is furniture ("Search    Log in
    Subscribe", "Share this story   ⤴   Facebook   X   🔖 Save for later", "12 min read · This article appears in the
    August issue of …"), each label being furniture by itself, its icon aside; or "" (table rows are set out the same
    way, and are text)."""
    for separator in (_SPACED, _SEGMENT):
        items = [label for item in separator.split(raw.strip()) if (label := _ICON.sub("", item))]
        reasons = [furniture.reason(item) for item in items] if len(items) > 1 else []
        if reasons and all(reasons):
            return reasons[0]
    return ""


def _menu_row(text: str) -> bool:
    """Tell whether a line is a row of links parted by dots or bars ("Valparaíso · Viña del Mar · Quilpué · …"):
    four items or more, each of a few words and none a sentence, even where small words make it read as text; or a
    trail of three sections, each capitalised ("Energy · Middle East · Iraq")."""
    items = _MENU_SEPARATOR.split(text)
    trail = len(items) == _MENU_MIN_ITEMS - 1 and all(item[:1].isupper() and len(item.split()) <= 3 for item in items)
    return (len(items) >= _MENU_MIN_ITEMS or trail) and all(
        0 < len(item.split()) <= _MENU_ITEM_MAX_WORDS and not item.rstrip().endswith((".", "!", "?")) for item in items)


def _names_only(text: str, rules: CleanRules) -> bool:
    """Tell whether a caption's text is only reporters' names ("Dewi Anggraeni and Markus Silalahi"): a byline with
    its outlet in parentheses, as a caption has its credit; a caption says what the picture shows."""
    byline = read_name_line(text, rules.outlets)
    words = [w for w in text.replace(",", " ").split() if w not in ("and", "&")]
    return byline is not None and bool(byline.authors) and sum(len(a.split()) for a in byline.authors) == len(words)


def _stamp_then_byline(line: Line, rules: CleanRules) -> Mark | None:
    """Read a date stamp fused with the byline after it ("Publicado em 22/07/2024 - 16:22 Por Ana
    Beatriz Quirino - Repórter da Agência Brasil - Recife")."""
    split = _BYLINE_AFTER.search(line.text)
    if split is None:
        return None
    stamp = stamp_in(line.text[:split.start()].rstrip(" -–—|·"), line.number)
    byline = read_byline(line.text[split.start():].strip(), rules.outlets) if stamp else None
    return Mark(line, "byline", byline=byline, stamp=stamp) if byline and byline.authors else None


def _byline_before_stamp(line: Line, stamp: Stamp, rules: CleanRules) -> Mark | None:
    """Read a name a dash joins to the date after it ("Олена Гнатюк — Вівторок, 3 грудня 2024, 08:47"); a
    city there is a dateline's ("New York — March 3, 2025"), not a name."""
    parts = _NAME_DASH.split(line.text, maxsplit=1)
    if len(parts) < 2 or stamp.mentions[0].start < len(parts[0]) or fold(parts[0]) in known_cities():
        return None
    byline = read_name_line(parts[0], rules.outlets)
    return Mark(line, "byline", byline=byline, stamp=stamp) if byline and byline.authors else None


def _spaced_byline(line: Line, rules: CleanRules) -> Mark | None:
    """Read a byline that spaces alone set apart from the photographer's credit after it ("Words by Rosalind
    Achterberg   Photographs by Mikkel Sand"): the writer's, not an end-of-story credit."""
    parts = _SPACED.split(line.raw.strip())
    if len(parts) < 2:
        return None
    byline = read_byline(parts[0].strip(), rules.outlets)
    return Mark(line, "byline", byline=byline) if byline and byline.authors else None


def _segmented_byline(line: Line, rules: CleanRules) -> Mark | None:
    """Read a header line of parts ("Jane Doe · Reporter · Updated June 3, 2024 · 3 min read")."""
    parts = [p.strip() for p in _SEGMENT.split(line.text) if p.strip()]
    if len(parts) < 2 or len(line.text.split()) > SEGMENTED_MAX_WORDS:
        return None
    stamps = [s for p in parts if (s := stamp_in(p, line.number))]
    names = [b for p in parts if (b := read_byline(p, rules.outlets) or read_name_line(p, rules.outlets))]
    if not stamps or len(stamps) + len(names) < len(parts) - 2:
        return None
    stamp = Stamp(line.number, line.text, tuple(m for s in stamps for m in s.mentions))
    return Mark(line, "byline", byline=names[0], stamp=stamp) if names else Mark(line, "stamp", stamp=stamp)


def _hint(text: str, rules: CleanRules) -> tuple[str, tuple[str, str]] | None:
    """Return (reason, (kind, value)) for a line naming the publication or the author."""
    for kind, patterns, reason in (("publication", rules.publication_patterns, "publication note"),
                                   ("author", rules.author_patterns, "social-media plug")):
        match = next((m for p in patterns if (m := p.match(text))), None)
        if match:
            value = match.group(1).strip()
            value = dict(rules.publication_aliases).get(value, value) if kind == "publication" else value
            return f"{reason}: {match.group(1).strip()}", (kind, value)
    return None


def _is_site_name(marks: tuple[Mark, ...], index: int) -> bool:
    """Tell whether the first line is the site's name: navigation lines follow it ("Vermont Department
    of Environmental Conservation / Home / About Us")."""
    return index == 0 and marks[0].kind in ("short", "text") and len(marks[0].line.text.split()) >= SITE_NAME_MIN_WORDS \
        and len(marks) > 2 and all(m.reason == NAVIGATION for m in marks[1:3])


def _menu_item(marks: tuple[Mark, ...], index: int, rules: CleanRules) -> bool:
    """Tell whether a line that is an outlet's name is an item of a menu, among other items of its block
    ("World" / "Nation" / "Business", "El país" / "Economía" / "Sociedad"): one word below the page's first
    lines, or words in lower case where the outlet writes capitals; not the masthead it would make."""
    text = marks[index].line.text
    block = marks[index].line.block
    around = [marks[i] for i in (index - 1, index + 1) if 0 <= i < len(marks) and marks[i].line.block == block]
    members = sum(m.line.block == block for m in marks[max(0, index - _MENU_REACH):index + _MENU_REACH + 1])
    outlet = rules.outlets.masthead(text)
    words = text.split()
    # "El país" is a section; the paper writes its name "El País".
    recased = outlet is not None and text.strip().lower() == outlet.name.lower() and any(
        written.islower() and name[:1].isupper() for written, name in zip(words[1:], outlet.name.split()[1:]))
    # A one-word name heads the page ("Nation" / "Menu" / "Search"); down the menu it is a section.
    placed = (len(words) == 1 and len(around) == 2 and index >= _MASTHEAD_LINES) or (recased and around)
    return bool(placed) and members > _MENU_REACH and all(
        len(m.line.text.split()) <= MENU_ITEM_WORDS and m.kind != "masthead" for m in around)


def _under_contact(done: list[Mark], mark: Mark) -> bool:
    """Tell whether a line gives a press contact's name under its label ("Media Contact: / Jane Doe, …")."""
    return bool(done) and _CONTACT_LABEL.match(done[-1].line.text) is not None and mark.kind in (
        "short", "text", "byline") and len(mark.line.text.split()) <= CONTACT_MAX_WORDS


def _over_its_credit(mark: Mark, below: Mark, rules: CleanRules, *, signed: bool) -> bool:
    """Tell whether a sentence is a caption: its photo's credit is the next line of its block
    ("Drivers gather at their base." / "Anggun Sari for Rest of World"). signed: the story's byline or date
    is above, so a photographer and an agency ("Ana Beltrán / Europa Press") credit a photo, not the story."""
    credit = (below.kind in ("short", "credit")
              or (below.kind == "furniture" and "copyright" in below.reason)  # "© Tom Palmaers"
              or (signed and below.kind == "byline" and "/" in below.line.text))
    return (mark.kind == "text" and below.line.block == mark.line.block and credit
            and len(mark.line.text.split()) <= CAPTION_MAX_WORDS and is_credit_line(below.line.text, rules.photo_credits))


def _credit_over_caption(marks: tuple[Mark, ...], index: int) -> bool:
    """Tell whether a line is a photo's labelled credit printed over its caption, opening their block
    ("Photo: Name Outlet" / "Parents waited outside the school on Monday.")."""
    mark = marks[index]
    below = marks[index + 1] if index + 1 < len(marks) else None
    opens_block = index == 0 or marks[index - 1].line.block != mark.line.block
    return (opens_block and below is not None and below.line.block == mark.line.block and mark.kind == "short"
            and below.kind in ("text", "short") and len(below.line.text.split()) <= CAPTION_MAX_WORDS
            and is_labelled_credit(mark.line.text))


def _advert_under_label(marks: tuple[Mark, ...], index: int, above: Mark) -> bool:
    """Tell whether a line is an advert's text under its label, the two lines a block of their own ("ADVERTISEMENT" /
    "Ramadan deals at the mall — up to 50% off. Shop now ›"), and the line a pitch (see _PITCH): a story's paragraph may
    follow a label in its block too. A line between two labels, the three lines one block, is an advert's whatever it
    says ("ADVERTISEMENT" / "COURIER CLASSIFIEDS - Land for sale …" / "ADVERTISEMENT")."""
    mark, text = marks[index], marks[index].line.text
    if (above.line.block != mark.line.block or mark.kind not in ("text", "short") or _ADVERT_LABEL.match(
            above.line.text) is None or len(text.split()) > _ADVERT_MAX_WORDS
            or (index >= 2 and marks[index - 2].line.block == mark.line.block)):
        return False  # as most lines are: no advert's label over them (tried first, for speed)
    below = marks[index + 1] if index + 1 < len(marks) else None
    same_block = below is not None and below.line.block == mark.line.block
    alone = not same_block or has_no_words(below.line.text)  # "----" under it
    framed = same_block and _ADVERT_LABEL.match(below.line.text) is not None
    return framed or (alone and (_PITCH.search(text) is not None
                                 or (_ADDRESSED.search(text) is not None and not _QUOTED.search(text))))


def _mark_in_context(marks: tuple[Mark, ...], rules: CleanRules) -> tuple[Mark, ...]:
    """Mark what a line is by the lines around it: the site's name over its menu, a press contact under
    its label, a sponsor's message under its label; and as captions the lines that repeat a caption
    elsewhere (the copy without its credit), the line that follows an image label ("Enlarge this
    image", "Image caption"), and the line over its credit ("… now used for storage." / "Credit:" /
    "Name for ProPublica")."""
    captions = [m.caption for m in marks if m.caption]
    first_byline = next((i for i, m in enumerate(marks) if m.kind in ("byline", "stamp")), len(marks))
    result: list[Mark] = []
    for index, mark in enumerate(marks):
        if mark.kind == "masthead" and _menu_item(marks, index, rules):
            result.append(Mark(mark.line, "furniture", NAVIGATION))
            continue
        if _is_site_name(marks, index):
            result.append(Mark(mark.line, "masthead", "publication name"))
            continue
        if _under_contact(result, mark):
            result.append(Mark(mark.line, "furniture", _MEDIA_CONTACT))
            continue
        if mark.kind == "byline" and result and result[-1].kind == "caption" and _over_its_credit(
                marks[index - 1], mark, rules, signed=first_byline < index - 1):
            result.append(Mark(mark.line, "short"))  # the caption's credit, read as such when the text is laid out
            continue
        if _credit_over_caption(marks, index):
            result.append(Mark(mark.line, "furniture", _PHOTO_CREDIT))
            continue
        if index > 0 and _credit_over_caption(marks, index - 1):
            result.append(Mark(mark.line, "caption", caption=Caption(mark.line.text, marks[index - 1].line.text,
                                                                     mark.line.number)))
            continue
        if result and _SPONSORED.match(result[-1].line.text) and result[-1].line.block == mark.line.block:
            result.append(Mark(mark.line, "furniture", "furniture: sponsored"))
            continue
        if result and _advert_under_label(marks, index, result[-1]):
            result.append(Mark(mark.line, "furniture", "furniture: advertising"))
            continue
        after_label = index > 0 and marks[index - 1].reason == _IMAGE_LABEL and marks[index - 1].line.block == mark.line.block \
            and not is_credit_line(mark.line.text, rules.photo_credits)
        below = next((m for m in marks[index + 1:] if m.reason != _IMAGE_LABEL), None)  # past "Image attribution tooltip"
        over_credit = below is not None and (_CREDIT_LABEL.match(below.line.text) is not None or (
            _over_its_credit(mark, below, rules, signed=first_byline < index)))
        copy = mark.kind == "text" and any(same_caption(c.text, mark.line.text) for c in captions)
        if mark.kind in ("text", "short") and (copy or after_label or over_credit):
            mark = Mark(mark.line, "caption", caption=Caption(mark.line.text, "", mark.line.number))
        result.append(mark)
    return tuple(result)
