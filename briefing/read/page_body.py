"""Take a saved page's article text out of its furniture with trafilatura, keeping its structure.

Images leave the body: those saved beside the page (in its `<name>_files/` folder) become figures
with their captions; remote ones are only listed, so the site never loads anything from elsewhere.
"""

from __future__ import annotations

import copy
import posixpath
import re
from dataclasses import dataclass, replace
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
import trafilatura
from lxml.html import HtmlElement

from briefing.read.clean import CleanRules
from briefing.read.furniture import is_running_text
from briefing.read.page_files import files_folder
from briefing.read.page_furniture import byline_authors, set_aside_furniture
from briefing.read.page_meta import PageMeta
from briefing.records import Removed

THIN_STORY_WORDS = 250
"""A reading with less running text than this is read again for recall (a news brief has more)."""
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")
"""Saved images that are copied into the site (not SVG: it can carry scripts of its own)."""
_BLANKS = re.compile(r"\s+")
_LABEL = re.compile(r"^(?:published|updated|posted|advertisement|sponsored|share(?: this)?|read more|"
                    r"related|most read|comments?)[:.]?$", re.I)
_CREDIT = re.compile(r"^\(?\s*(?:credits?|photo(?:graph)?s?|image|illustration|picture|video|getty|ap|afp|"
                     r"reuters|epa|source)\b|^$", re.I)


@dataclass(frozen=True, slots=True)
class SavedImage:
    """An image of the article saved beside the page, with its caption."""

    file: str
    """Its path relative to the articles folder, e.g. "page_files/photo.jpg"."""
    caption: str
    alt: str


@dataclass(frozen=True, slots=True)
class PageBody:
    """The article's text as HTML (not yet sanitised), its saved images and the remote ones."""

    html: str
    images: tuple[SavedImage, ...]
    remote_images: tuple[str, ...]
    missing_images: tuple[str, ...]
    """Images of the `_files` folder the page names but that are not there (or not of a copied kind)."""
    removed: tuple[Removed, ...] = ()
    """The furniture trafilatura kept that the reader's rules set aside, with their reasons."""
    story_words: int = 0
    """The words of its paragraphs of running text: how much story the reading found."""
    byline: tuple[tuple[str, ...], int] = ((), 0)
    """The people a byline printed above the story in its text names, and the page's line of it."""


def extract_body(tree: HtmlElement, name: str, saved: frozenset[str], meta: PageMeta, rules: CleanRules,
                 ) -> PageBody | None:
    """Return the article body of a parsed page, or None when trafilatura finds no article in it.

    saved holds the files of the page's `_files` folder (paths relative to the articles folder); meta
    gives the headline and dek the page shows apart, and the page's own address, which its relative
    links are resolved against; rules tell the furniture trafilatura keeps.

    trafilatura reads for precision first; when that leaves a thin story (a layout that splits the story
    across many boxes, some behind a paywall banner), it reads again for recall, and the reading with
    more story wins: the furniture the second reading lets in is what the rules set aside.
    """
    precise = _read_body(tree, name, saved, meta, rules, favor_precision=True)
    if precise is not None and precise.story_words >= THIN_STORY_WORDS:
        return precise
    full = _read_body(tree, name, saved, meta, rules, favor_precision=False)
    if full is None or (precise is not None and precise.story_words >= full.story_words):
        return precise
    if precise is None:
        return full
    # the fuller reading may leave the photos out that the first one found
    return replace(full, images=tuple(dict.fromkeys((*full.images, *precise.images))),
                   remote_images=tuple(dict.fromkeys((*full.remote_images, *precise.remote_images))),
                   missing_images=tuple(dict.fromkeys((*full.missing_images, *precise.missing_images))))


def _read_body(tree: HtmlElement, name: str, saved: frozenset[str], meta: PageMeta, rules: CleanRules, *,
               favor_precision: bool) -> PageBody | None:
    title, url = str(meta.title.value) if meta.title else "", str(meta.url.value) if meta.url else ""
    # trafilatura prunes the tree it reads: it gets a copy, and the page stays whole to look furniture up in
    html = trafilatura.extract(_with_paywalled_story_shown(copy.deepcopy(tree), meta.paywalled), output_format="html", include_images=True, include_formatting=True,
                               include_links=True, include_tables=True, include_comments=False,
                               with_metadata=False, favor_precision=favor_precision)
    if not html:
        return None
    body = lxml.html.fragment_fromstring(html, create_parent="div").find(".//body")
    if body is None:
        body = lxml.html.fragment_fromstring(html, create_parent="div")
    _demote_headlines(body, title)
    _resolve_links(body, url)
    local, remote, missing = _take_images(body, tree, files_folder(name), saved, url)
    _drop_labels(body)
    removed = set_aside_furniture(body, tree, rules, meta)
    inner = "".join(lxml.html.tostring(child, encoding="unicode") for child in body)
    story = sum(len(text.split()) for p in body.iter("p")
                if is_running_text(text := _text(p), rules.furniture.stopwords))
    return PageBody((body.text or "") + inner, local, remote, missing, removed, story, byline_authors(removed, rules))


def _with_paywalled_story_shown(tree: HtmlElement, paywalled: tuple[str, ...]) -> HtmlElement:
    """Return tree with the story's paywalled part (the elements of those classes) shown to trafilatura, which
    drops what is aria-hidden."""
    for name in paywalled:
        for element in tree.xpath(f'//*[contains(concat(" ", normalize-space(@class), " "), " {name} ")]'):
            for hidden in element.iter():
                hidden.attrib.pop("aria-hidden", None)
    return tree


def _demote_headlines(body: HtmlElement, title: str) -> None:
    """Drop an <h1> repeating the headline (the page shows it); make any other <h1> a sub-heading."""
    for heading in body.iter("h1"):
        if _text(heading).casefold() == title.casefold():
            heading.drop_tree()
        else:
            heading.tag = "h2"


def _resolve_links(body: HtmlElement, url: str) -> None:
    """Point the page's relative links at its own site; drop those that cannot be resolved (the
    address unknown, or a fragment of the page) rather than let them point into the briefing."""
    for link in body.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or urlsplit(href).scheme:
            continue
        target = urljoin(url, href) if url and not href.startswith("#") else ""
        if urlsplit(target).scheme in ("http", "https"):
            link.set("href", target)
        else:
            del link.attrib["href"]


def _drop_labels(body: HtmlElement) -> None:
    """Drop empty paragraphs and those that are only a label left behind by the page's furniture
    ("Published", "Advertisement")."""
    for paragraph in list(body.iter("p")):
        text = _text(paragraph)
        if not text or _LABEL.match(text):
            paragraph.drop_tree()


def _take_images(body: HtmlElement, page: HtmlElement, folder: str, saved: frozenset[str], url: str,
                 ) -> tuple[tuple[SavedImage, ...], tuple[str, ...], tuple[str, ...]]:
    local: dict[str, SavedImage] = {}
    remote: list[str] = []
    missing: list[str] = []
    for image in list(body.iter("img")):
        src = (image.get("src") or "").strip()
        credit = _drop_image(image)
        file = _saved_file(src, folder)
        if file is None:
            if src and not src.startswith("data:"):
                remote.append(urljoin(url, src) if url else src)
        elif file in saved and file.lower().endswith(IMAGE_SUFFIXES):
            caption = _caption(page, src) or credit
            local.setdefault(file, SavedImage(file, caption, _text_of(image.get("alt", ""))))
        else:
            missing.append(file)
    for file, image in _lead_figures(page, folder, saved):
        local.setdefault(file, image)
    return tuple(local.values()), tuple(dict.fromkeys(remote)), tuple(dict.fromkeys(missing))


def _lead_figures(page: HtmlElement, folder: str, saved: frozenset[str]) -> list[tuple[str, SavedImage]]:
    """Return the photos saved with the page that the article shows outside its text, as a lead photo above
    it often is (in a figure, or in the article's markup), but not a logo nor anything of menus, asides and
    footers."""
    found = []
    for image in page.iter("img"):
        file = _saved_file((image.get("src") or "").strip(), folder)
        ancestors = {a.tag for a in image.iterancestors()}
        if (file in saved and file.lower().endswith(IMAGE_SUFFIXES) and ancestors & {"figure", "article", "main"}
                and not ancestors & {"nav", "aside", "footer"} and "logo" not in (image.get("alt") or "").lower()):
            figure = next((a for a in image.iterancestors() if a.tag == "figure"), None)
            caption = figure.find(".//figcaption") if figure is not None else None
            found.append((file, SavedImage(file, _text(caption) if caption is not None else "",
                                           _text_of(image.get("alt", "")))))
    return found


def _drop_image(image: HtmlElement) -> str:
    """Take an image out of the body, with the paragraph holding it when all that paragraph has
    besides is a credit line; return that credit ("" when none)."""
    parent = image.getparent()
    image.drop_tree()
    if parent is None or parent.tag != "p":
        return ""
    rest = _text(parent)
    if not _CREDIT.match(rest):
        return ""
    parent.drop_tree()
    return rest


def _saved_file(src: str, folder: str) -> str | None:
    """Return the file an image source names in the page's `_files` folder, or None when it is elsewhere.

    The page names the folder it was saved with ("Original title_files/a.jpg"); a page renamed since
    (by `briefing new --from`, or by hand) keeps those references, so any one `*_files` folder
    stands for its own.
    """
    parts = urlsplit(src)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    steps = [step for step in posixpath.normpath(unquote(parts.path)).split("/") if step != "."]
    if len(steps) < 2 or not steps[0].endswith("_files") or ".." in steps:
        return None
    return "/".join((folder, *steps[1:]))


def _caption(page: HtmlElement, src: str) -> str:
    """Return the caption of the figure holding the image src in the original page ("" when none)."""
    for image in page.iter("img"):
        if (image.get("src") or "").strip() != src:
            continue
        figure = next((a for a in image.iterancestors() if a.tag == "figure"), None)
        caption = figure.find(".//figcaption") if figure is not None else None
        if caption is not None:
            return _text(caption)
    return ""


def _text(element: HtmlElement) -> str:
    return _text_of(element.text_content())


def _text_of(text: str) -> str:
    return _BLANKS.sub(" ", text).strip()
