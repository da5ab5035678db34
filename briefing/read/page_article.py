"""Make an Article from a saved page: its sidecar's overrides win, the page's metadata fills the rest,
and every field says where it came from; the body is sanitised and anchored like Markdown's."""

from __future__ import annotations

import math
import posixpath

import lxml.html

from briefing.errors import Problem
from briefing.read.article import (
    FrontMatter,
    article_slug,
    pick_field,
    validate_front_matter,
)
from briefing.read.clean import CleanRules
from briefing.read.html_page import PageReading, read_page
from briefing.read.load import ArticleFile, decode_utf8, read_metadata
from briefing.read.markup import BodyRenderer
from briefing.read.page_body import PageBody, SavedImage
from briefing.read.page_files import sidecar_name
from briefing.read.page_meta import Found
from briefing.records import Article, Figure, Provenance, Source

ORIGIN = "saved page"
MEDIA = "media"
"""The site folder holding saved pages' images, one folder per article slug."""


def make_page_article(file: ArticleFile, renderer: BodyRenderer, rules: CleanRules, *,
                      words_per_minute: int = 230) -> tuple[Article, str, tuple[str, ...]]:
    """Read a saved page and its sidecar; return its Article, its safe body HTML and the paragraphs'
    text (#p1, #p2, … in order); raise BuildError naming the file on bad input."""
    overrides = validate_front_matter(read_sidecar(file))
    reading = read_page(file.data, file.shown, file.name, rules, frozenset(file.saved))
    body = renderer.html_body(reading.body.html)
    paragraphs = paragraph_texts(body)
    provenance: list[Provenance] = []
    warnings: list[Problem] = []
    meta = reading.meta
    title = str(_pick("title", overrides, meta.title, provenance) or "")
    editorial = bool(overrides.values.get("title_is_editorial", False))
    if not title:
        warnings.append(Problem(file.shown, "no headline found in the page (write `title:` in its sidecar "
                                            f"{sidecar_name(file.name)})"))
        words = paragraphs[0].split()
        title, editorial = " ".join(words[:12]).rstrip(",;:") + ("…" if len(words) > 12 else ""), True
    date = _pick("date", overrides, meta.date, provenance)
    if date is None:
        warnings.append(Problem(file.shown, "undated: the page states no publication date (write `date: "
                                            f"YYYY-MM-DD` in its sidecar {sidecar_name(file.name)})"))
    slug = article_slug(_as_source(file), overrides, title, date, provenance)
    words = sum(len(p.split()) for p in paragraphs)
    article = Article(
        slug=slug, title=title, title_is_editorial=editorial,
        dek=str(_pick("dek", overrides, meta.dek, provenance) or ""),
        authors=tuple(_pick("authors", overrides, meta.authors or _byline(reading.body), provenance) or ()),
        publication=str(_pick("publication", overrides, meta.publication, provenance) or ""),
        date=date, dateline=str(pick_field("dateline", overrides, "", "", "", provenance)),
        lead=paragraphs[0] if paragraphs else "", paragraph_count=len(paragraphs), captions=(),
        source_file=file.name, kind="html",
        notes=tuple(overrides.values.get("notes", ())), tags=tuple(overrides.values.get("tags", ())),
        summary=str(overrides.values.get("summary", "")),
        word_count=words, reading_minutes=max(1, math.ceil(words / words_per_minute)),
        provenance=tuple(provenance), removed=reading.body.removed, warnings=(*warnings, *_image_warnings(file, reading)),
        source_url=str(meta.url.value) if meta.url else "",
        figures=_figures(reading.body.images, slug), remote_images=reading.body.remote_images)
    return article, body, paragraphs


def read_sidecar(file: ArticleFile) -> Source:
    """Return a page's sidecar as a Source holding only front matter (none without a sidecar)."""
    shown = posixpath.join(posixpath.dirname(file.shown), sidecar_name(file.name))
    if file.sidecar is None:
        return Source(shown, file.name, "html", (), (), "", 1)
    metadata, lines = read_metadata(decode_utf8(file.sidecar, shown), shown, first_line=1)
    return Source(shown, file.name, "html", metadata, lines, "", 1)


def paragraph_texts(body: str) -> tuple[str, ...]:
    """Return the text of each <p> of a body in document order: paragraph N is the one anchored #pN."""
    if not body.strip():
        return ()
    root = lxml.html.fragment_fromstring(body, create_parent="div")
    return tuple(" ".join(p.text_content().split()) for p in root.iter("p"))


def _pick(key: str, overrides: FrontMatter, found: Found | None, provenance: list[Provenance]) -> object:
    return pick_field(key, overrides, found.value if found else None, ORIGIN, found.detail if found else "",
                      provenance)


def _byline(body: PageBody) -> Found | None:
    """Return the authors the byline above the story names, when the page's metadata names none."""
    names, line = body.byline
    return Found(names, f"from the byline above the story, line {line}") if names else None


def _as_source(file: ArticleFile) -> Source:
    return Source(file.shown, file.name, "html", (), (), "", 1)


def _figures(images: tuple[SavedImage, ...], slug: str) -> tuple[Figure, ...]:
    """Name each saved image in the site by its article and position: no saved name reaches a URL."""
    return tuple(Figure(image.file, f"{MEDIA}/{slug}/{number}{posixpath.splitext(image.file)[1].lower()}",
                        image.caption, image.alt)
                 for number, image in enumerate(images, start=1))


def _image_warnings(file: ArticleFile, reading: PageReading) -> tuple[Problem, ...]:
    missing = reading.body.missing_images
    if not missing:
        return ()
    return (Problem(file.shown, f"{len(missing)} image(s) the page names in its _files folder are not there "
                                f"or not a photo format, e.g. {missing[0]} (left out; save the page again as "
                                "'Web page, complete')"),)
