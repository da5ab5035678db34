"""Set aside what trafilatura kept of a saved page's furniture, by what the raw-text reader knows of it:
the wordings of page furniture (share prompts, newsletter pitches, paywall boxes, comment prompts), the
lists under a related-links heading, end credits, the notes that close a story (a reporter's box, an
appeal, a funding note), and by the page itself: its headline, standfirst and captions repeated as
paragraphs, the other lines of a box of furniture, pull quotes, polls, and the byline printed above the
story. Each block set aside is listed with its reason and its line in the page.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from briefing.read.bylines import is_credit, read_byline
from briefing.read.clean import CleanRules
from briefing.read.endnotes import MIN_STORY_PARAGRAPHS, closing_note
from briefing.read.furniture import is_running_text, plain_words
from briefing.read.marks import Line, Mark
from briefing.read.page_meta import PageMeta
from briefing.read.pubdates import stamp_in
from briefing.records import Removed

BLOCKS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt")
"""The elements of a body that hold one paragraph, heading or list item each."""
BYLINE = "byline (the article's authors)"
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_CREDIT = "end-of-story credit"
_RELATED = "furniture: related links"
_CAPTION = "photo caption (shown with its photo, or left out with it)"
_CAPTIONS = "//figcaption | //*[contains(@class, 'caption')]"
_NON_WORD = re.compile(r"\W+")
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_INDEXED_CHARS = 3000
"""An element holding more text is a container of the story, never the element of one block."""
_BOX_TAGS = ("div", "aside", "section", "form")
_BOX_CHARS = 500
"""A box of furniture holds a few lines; the story's own container holds far more."""
_BOX_LABEL_CHARS = 60
"""A box's label is short ("Lire aussi | Article réservé à nos abonnés"); a longer text around a block is its story."""
_STAMP_MAX_WORDS = 14
_PULL_QUOTE_MAX_WORDS = 40
_CAPTION_MIN_CHARS = 12
"""A shorter paragraph may be the story's own words that a caption happens to hold."""
_CAPTION_MAX_WORDS = 40
_BODY_MARK = re.compile(r"(?<![a-z])(?:article|story|post|entry|news)[-_ ]?(?:body|content|text)(?![a-z])|articleBody|"
                        r"(?<![a-z])body[-_]?text(?![a-z])", re.I)
"""How pages name the element holding the article's paragraphs: "article-body", "story_body", itemprop="articleBody"."""
_BODY_MIN_BLOCKS = 3
_BODY_MIN_SHARE = 0.6
"""The marked body must hold this share of the words read, or it marks no body."""
_OUTSIDE = "furniture: outside the page's article body"
_OPENING_WORDS = 12
"""A standfirst that opens with the description's first words this many is the dek, however it ends."""
_MARKED_BOX_CHARS = 600
_CLASS_WORD = re.compile(r"[\s_-]+")
_CAMEL_CASE = re.compile(r"([a-z])([A-Z])")
_BOX_CLASS_WORDS = frozenset({"fact", "facts", "factbox", "infobox", "box", "reperes", "newsletter", "video", "poll",
                              "sondage", "encuesta", "promo", "teaser", "related", "embed", "gallery", "author",
                              "advert", "ad", "ads", "sponsored", "twitter", "tweet", "instagram", "tiktok", "read"})
"""Words of the class names pages give their boxes, split at hyphens and underscores ("read-also__text", "_fact_b")."""


def set_aside_furniture(body: HtmlElement, tree: HtmlElement, rules: CleanRules, meta: PageMeta) -> tuple[Removed, ...]:
    """Drop from body the blocks that are page furniture; return them with their reasons, in page order.

    tree: the whole saved page, where captions and each block's line are looked up; meta: what the page
    shows apart from the body (headline, dek) and who signed it (whose boxes under the story are no part of it)."""
    page = _Page(tree)
    blocks = [block for block in body.iter(*BLOCKS) if not any(a.tag in BLOCKS for a in block.iterancestors())]
    reasons = _echoes(blocks, page, meta)
    reasons.update(_furniture([b for b in blocks if b not in reasons], page, rules))
    reasons.update(_box_mates([b for b in blocks if b not in reasons], reasons, page))
    standfirst = _standfirst([b for b in blocks if b not in reasons], page, meta)
    if standfirst is not None:
        reasons[standfirst] = "repeats the dek"
    reasons.update(_outside_the_body([b for b in blocks if b not in reasons], page, tree))
    reasons.update(_in_marked_boxes([b for b in blocks if b not in reasons], page))
    reasons.update(_above_the_story([b for b in blocks if b not in reasons], rules))
    reporters = frozenset(name.casefold() for name in meta.authors.value) if meta.authors else frozenset()
    reasons.update(_closing_notes([b for b in blocks if b not in reasons], reporters))
    removed = []
    for block, reason in reasons.items():
        text = _text(block)
        removed.append(Removed(_source_line(page, text), text, reason))
        block.drop_tree()
    return tuple(sorted(removed, key=lambda r: r.line))


def _echoes(blocks: list[HtmlElement], page: _Page, meta: PageMeta) -> dict[HtmlElement, str]:
    """Return the blocks that repeat what the page shows apart: its headline, a photo's caption."""
    title = _key(str(meta.title.value)) if meta.title else ""
    captions = page.captions
    found = {}
    for block in blocks:
        key = _key(_text(block))
        if key and key == title:
            found[block] = "repeats the headline"
        elif len(key) >= _CAPTION_MIN_CHARS and any(key in caption for caption in captions) or _under_image(page, block):
            found[block] = _CAPTION
    return found


def _under_image(page: _Page, block: HtmlElement) -> bool:
    """Tell whether a short line is all the text of a box that holds a photo: its caption, printed without
    a figcaption ("<div><a><img></a><p>Tahir Della helped organize …</p></div>")."""
    text = _text(block)
    element = page.element(text)
    box = element.getparent() if element is not None else None
    return (box is not None and len(text.split()) <= _CAPTION_MAX_WORDS and _text(box) == text
            and box.find(".//img") is not None)


def _outside_the_body(blocks: list[HtmlElement], page: _Page, tree: HtmlElement) -> dict[HtmlElement, str]:
    """Return the blocks outside the elements the page marks as the article's body ("article-body",
    itemprop="articleBody"), when those hold most of the story: a standfirst, a tips box or a teaser the
    page prints around the body. A page whose marked body holds little of the text says nothing by it."""
    bodies = {e for e in tree.iter("div", "section", "article", "main") if _BODY_MARK.search(_attributes(e))}
    if not bodies:
        return {}
    inside = {block: not bodies.isdisjoint((element, *element.iterancestors()))
              for block in blocks if (element := page.element(_text(block))) is not None}
    words_in = sum(len(_text(block).split()) for block, held in inside.items() if held)
    words_all = sum(len(_text(block).split()) for block in blocks)
    if sum(inside.values()) < _BODY_MIN_BLOCKS or words_in < _BODY_MIN_SHARE * words_all:
        return {}
    return {block: _OUTSIDE for block, held in inside.items() if not held}


def _in_marked_boxes(blocks: list[HtmlElement], page: _Page) -> dict[HtmlElement, str]:
    """Return the blocks inside a link (a teaser's card) or inside a small box whose class says what it is
    ("infobox", "video-module", "poll-box", "twitter-tweet", "_fact_b_5z2e"): the page's boxes between the
    story's paragraphs. A box holds a few lines: an element holding more is the story's own container,
    whatever its class ("item paywall")."""
    found = {}
    for block in blocks:
        element = page.element(_text(block))
        if element is None:
            continue
        small = [element, *(a for a in element.iterancestors() if len(_text(a)) <= _MARKED_BOX_CHARS)]
        small = small[:next((i for i, e in enumerate(small) if len(_text(e)) > _MARKED_BOX_CHARS), len(small))]
        if any(e.tag == "a" and e.get("href") for e in small):
            found[block] = "furniture: a linked teaser"
        elif any(_BOX_CLASS_WORDS.intersection(_class_words(e)) for e in small):
            found[block] = "furniture: a box in the story"
    return found


def _class_words(element: HtmlElement) -> set[str]:
    """Return the words of an element's classes, lower-cased: "videoComponent__description" gives "video",
    "component" and "description"."""
    return set(_CLASS_WORD.split(_CAMEL_CASE.sub(r"\1 \2", element.get("class", "")).lower())) - {""}


def _attributes(element: HtmlElement) -> str:
    """Return what an element's class, id, itemprop and data attributes say of it, in one string."""
    return " ".join(value for name, value in element.attrib.items()
                    if name in ("class", "id", "itemprop") or name.startswith("data-"))


def _standfirst(blocks: list[HtmlElement], page: _Page, meta: PageMeta) -> HtmlElement | None:
    """Return the opening block that the page's description begins, when the page prints it apart from the
    story's paragraphs (its element's parent holds none of them): a standfirst, which the page shows as the
    dek. A description that only repeats the story's first paragraph leaves that paragraph in the story."""
    dek = _key(str(meta.dek.value)) if meta.dek else ""
    if not dek or len(blocks) < 2:
        return None
    first, second = blocks[:2]
    here, story = page.element(_text(first)), page.element(_text(second))
    if here is None or story is None:
        return None
    # A lead the page marks as one ("<p class="lead">", "article__intro") may sit among the story's
    # paragraphs, and open with the place the story is from ("ENSCHEDE - Na bijna …" for "Na bijna …").
    marked = bool(_LEAD_CLASS_WORDS.intersection(_class_words(here)))
    opens = (_key(_text(first)).startswith(dek) or _same_opening(_text(first), str(meta.dek.value))
             or (marked and dek[:_LEAD_MATCH_CHARS] in _key(_text(first))))
    return first if opens and (marked or here.getparent() is not story.getparent()) else None


_LEAD_CLASS_WORDS = frozenset({"lead", "intro", "standfirst", "chapo", "chapeau", "ingress", "entradilla", "dek",
                               "summary", "excerpt", "abstract", "teaser", "kicker"})
"""Class words of a story's opening paragraph that the page shows as its lead, not as a paragraph."""
_LEAD_MATCH_CHARS = 60


def _same_opening(text: str, dek: str) -> bool:
    """Tell whether a block opens with the description's first words, which a page may end otherwise
    ("… will open at a nearby carpark, the National Environment Agency said." against "…, NEA said.")."""
    words, dek_words = plain_words(text).split(), plain_words(dek).split()
    return len(dek_words) >= _OPENING_WORDS and words[:_OPENING_WORDS] == dek_words[:_OPENING_WORDS]


class _Page:
    """The saved page, indexed once: its elements by their text (the innermost holding it), and its captions."""

    def __init__(self, tree: HtmlElement) -> None:
        self.by_text: dict[str, HtmlElement] = {}
        self.by_key: dict[str, HtmlElement] = {}
        for element in tree.iter(*BLOCKS, "h1", "div", "span", "strong", "a", "section", "header"):
            whole = element.text_content()
            if len(whole) <= _INDEXED_CHARS:  # a container of the whole story is never a block's element
                # in document order: a later element of the same text is nested deeper
                self.by_text[" ".join(whole.split())] = self.by_key[_key(whole)] = element
        self.captions = [_key(_text(caption)) for caption in tree.xpath(_CAPTIONS)]

    def element(self, text: str) -> HtmlElement | None:
        """Return the innermost element of the page whose text is text (or has its words, when trafilatura
        joined two of the page's spans: "Brandenburg:Das"), or None."""
        found = self.by_text.get(text)
        return found if found is not None else self.by_key.get(_key(text))


def _furniture(blocks: list[HtmlElement], page: _Page, rules: CleanRules) -> dict[HtmlElement, str]:
    """Return the blocks the furniture data names (alone, or with the label their box gives them in the page:
    "Lire aussi |" over a headline), date stamps, pull quotes, and the short items under a related-links line."""
    found: dict[HtmlElement, str] = {}
    listing = False
    texts = [_text(block) for block in blocks]
    plain = {text: plain_words(text) for text in texts}
    for block, text in zip(blocks, texts):
        if rules.furniture.opens_related(text):
            found[block], listing = _RELATED, True
        elif listing and not is_running_text(text, rules.furniture.stopwords):
            found[block] = _RELATED
        elif reason := (rules.furniture.reason(text) or (_CREDIT if is_credit(text) else "")
                        or _poll_question(page, text) or _boxed(page, text, rules) or _stamp(text)
                        or _pulled_quote(_quoted(block), [p for t, p in plain.items() if t != text])):
            found[block], listing = reason, False
        else:
            listing = False
    return found


def _boxed(page: _Page, text: str, rules: CleanRules) -> str:
    """Return why a block is furniture by the label of the box holding it in the page ("Lire aussi |",
    "Más información" over a linked headline), or ""."""
    element = page.element(text)
    box = element.getparent() if element is not None else None
    if box is None:
        return ""
    label = _text(box).replace(text, " ").strip(" |:·")
    if not label or len(label) > _BOX_LABEL_CHARS:
        return ""
    first = label.split("|")[0].strip()
    return _RELATED if rules.furniture.opens_related(first) else rules.furniture.reason(label)


def _poll_question(page: _Page, text: str) -> str:
    """Return why a question is a poll's: its box in the page holds the buttons or the form to answer it."""
    element = page.element(text) if text.endswith("?") else None
    box = _box(element)
    return "furniture: poll" if box is not None and box.xpath(".//button | .//input | .//form") else ""


def _quoted(block: HtmlElement) -> str:
    """Return the words a block quotes: a blockquote's paragraph without the name it cites under it."""
    inner = block.find(".//p") if block.tag == "blockquote" else None
    return _text(inner if inner is not None else block)


def _stamp(text: str) -> str:
    """Return "date stamp" for a block that is only a date ("Actualizado el 4 de marzo de 2024 - 08:15 h")."""
    return "date stamp" if len(text.split()) <= _STAMP_MAX_WORDS and stamp_in(text, 0) else ""


def _pulled_quote(text: str, others: list[str]) -> str:
    """Return why a short block is a pull quote: another, longer block holds each of its sentences, word for
    word, though the story may put "he said" between them (others: the other blocks' words, as plain_words
    gives them)."""
    if not 3 <= len(text.split()) <= _PULL_QUOTE_MAX_WORDS:
        return ""
    sentences = [plain_words(sentence) for sentence in _SENTENCES.split(text) if sentence.strip()]
    held = any(len(other) > sum(map(len, sentences)) and all(s in other for s in sentences) for other in others)
    return "furniture: pull quote (repeats the story's own words)" if held else ""


def _box_mates(blocks: list[HtmlElement], furniture: dict[HtmlElement, str], page: _Page,
               ) -> dict[HtmlElement, str]:
    """Return the blocks printed in the same small box of the page as a block of furniture: a paywall's
    pitch and its list of offers under "Weiterlesen mit SPIEGEL+", a newsletter's blurb under its name."""
    boxes = {}
    for block, reason in furniture.items():
        box = _box(page.element(_text(block)))
        if box is not None and reason.startswith("furniture"):
            boxes[box] = reason
    found = {}
    for block in blocks:
        element = page.element(_text(block))
        box = next((a for a in element.iterancestors() if a in boxes), None) if element is not None else None
        if box is not None:
            found[block] = boxes[box]
    return found


def _box(element: HtmlElement | None) -> HtmlElement | None:
    """Return the smallest box (div, aside, section, form) around element, when it is small enough to be one."""
    box = next((a for a in element.iterancestors() if a.tag in _BOX_TAGS), None) if element is not None else None
    return box if box is not None and len(_text(box)) <= _BOX_CHARS else None


def _above_the_story(blocks: list[HtmlElement], rules: CleanRules) -> dict[HtmlElement, str]:
    """Return the short paragraphs above the story's first paragraph of running text: its byline ("Von
    Katharina Wendlinger, Augsburg", "di Giulia Fontanesi"), or labels and names of a box the page prints over
    the story ("Heard on All Things Considered", a host's name)."""
    found: dict[HtmlElement, str] = {}
    for block in blocks:
        text = _text(block)
        if is_running_text(text, rules.furniture.stopwords):
            break
        if block.tag == "p":
            found[block] = BYLINE if _byline_above(text, rules) else "furniture: page header"
    return found


def _byline_above(text: str, rules: CleanRules) -> tuple[str, ...]:
    """Return the people a line above the story signs with; its first word may be written in lower case there
    ("di Giulia Fontanesi"), where a line of the story would not stand."""
    byline = read_byline(text[:1].upper() + text[1:], rules.outlets)
    return byline.authors if byline else ()


def byline_authors(removed: tuple[Removed, ...], rules: CleanRules) -> tuple[tuple[str, ...], int]:
    """Return the people the byline set aside above the story names, and its line (none: (), 0)."""
    line = next((r for r in removed if r.reason == BYLINE), None)
    return (_byline_above(line.text, rules), line.line) if line else ((), 0)


def _closing_notes(blocks: list[HtmlElement], reporters: frozenset[str]) -> dict[HtmlElement, str]:
    """Return the paragraphs closing the story that are not news, from the last up (see closing_note)."""
    found: dict[HtmlElement, str] = {}
    paragraphs = [i for i, block in enumerate(blocks) if block.tag == "p"]
    while len(paragraphs) - len(found) > MIN_STORY_PARAGRAPHS:
        index = paragraphs[-1 - len(found)]
        above = blocks[index - 1] if index else None
        heading = _text(above) if above is not None and above.tag in _HEADINGS else ""
        label = Mark(Line(0, _text(above), _text(above), 0), "short") if above is not None else None
        reason = closing_note(_text(blocks[index]), label, heading, reporters)
        if not reason:
            break
        found[blocks[index]] = reason
    return found


def _source_line(page: _Page, text: str) -> int:
    """Return the line of the saved page where the block holding text begins (0 when it cannot be told)."""
    element = page.element(text)
    return element.sourceline or 0 if element is not None else 0


def _key(text: str) -> str:
    """Return text's words in lower case without spaces or punctuation: "Dorf:Das" and "Dorf: Das" compare equal."""
    return _NON_WORD.sub("", text.casefold())


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())
