"""The plain, immutable records that flow through a build: config, sources, articles, pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from briefing.dates import PartialDate
from briefing.errors import Problem
from briefing.fastpickle import fast_pickle


@dataclass(frozen=True, slots=True)
class SiteConfig:
    """Everything a build needs to know, validated once; every field has a default."""

    source: Path = Path("seeds")
    """The folder of articles (.txt, .md and saved .html pages)."""
    out: Path = Path("dist")
    """Where the finished site is written (replaced atomically)."""
    base_url: str = "/"
    """The path the site is served under, e.g. "/briefing/" for a GitHub Pages project site."""
    site_url: str = ""
    """The absolute address of the site (https://user.github.io/briefing/); "" when unknown."""
    title: str = "Briefing"
    """The site's name, shown in every page header."""
    description: str = "A briefing built from a folder of news articles."
    """One sentence shown under the site's name on the timeline."""
    language: str = "en"
    """The language of the articles (the html lang attribute)."""
    strict: bool = False
    """Treat warnings as errors."""
    templates: Path = Path("templates")
    """Jinja templates; the project's own are used when this folder does not exist."""
    static: Path = Path("static")
    """CSS, JS and images copied verbatim into the site."""
    gazetteer: Path = Path("gazetteer.yaml")
    """Curation of the actors found in the articles (rename, merge, kind, role, hide, add); the
    project's own (the seed briefing's) when this file does not exist."""
    outlets: Path = Path("outlets.yaml")
    """Outlets and furniture lines to add to the raw-text reader's own; ignored when this file does not exist."""
    cache_dir: Path | None = None
    """Where prepared articles and page fingerprints are kept between builds; None means
    `.briefing-cache` beside the output folder."""
    use_cache: bool = True
    """Reuse the build cache (--no-cache turns it off; the output is identical either way)."""
    search: bool = True
    """Build the full-text search index (--no-search skips it: faster previews, no search results)."""
    split_by_year_from: int = 500
    """From this many articles on, the search index and the briefing book are split by publication
    year, so a build re-indexes and rewrites only the years whose articles changed, and the quotes
    page keeps each speaker's latest quotes (every quote stays on its speaker's page)."""
    jobs: int = 0
    """Worker processes for parsing bodies and indexers for search shards; 0 means one per CPU core."""
    words_per_minute: int = 230
    """Reading speed used for reading-time estimates."""
    discover_actors: bool = True
    """Find the people, organisations and places the articles name; false keeps to the gazetteer's
    actors (a curated cast only, and a third less time for a cold build of a large briefing)."""
    markdown_extensions: tuple[tuple[str, tuple[tuple[str, object], ...]], ...] = ()
    """Python-Markdown extensions added to the defaults, each (name, options): briefing.yaml's
    `markdown_extensions:` list, MkDocs' form (`- abbr`, `- toc: {baselevel: 2}`)."""

    @property
    def description_sentence(self) -> str:
        """Return the description ending as a sentence does, for where another sentence follows it (the timeline's
        "… 4 articles, oldest first."): one given as "Nepali workers and a collapsed contractor" gets its full stop."""
        text = self.description.rstrip()
        return f"{text}." if text and text[-1] not in ".!?…" else text


@dataclass(frozen=True, slots=True)
class Source:
    """One article file as read from disk: its front matter split from its body."""

    path: str
    """The path as shown in messages (relative to the working directory when possible)."""
    name: str
    """The file name alone, e.g. 000_71a57cf315c00cf0.txt."""
    kind: str
    """"txt" (plain text, cleaned), "md" (Markdown) or "html" (a saved page; only its sidecar is a Source)."""
    metadata: tuple[tuple[str, object], ...]
    """Front matter as (key, value) pairs in file order; empty when there was none."""
    metadata_lines: tuple[tuple[str, int], ...]
    """The file line of each front matter key, for error messages."""
    body: str
    """The text after the front matter, newlines normalised to \\n."""
    body_line: int
    """The file line on which the body starts."""
    warnings: tuple[Problem, ...] = ()
    """Problems noticed while reading (odd characters, encodings)."""


@fast_pickle
@dataclass(frozen=True, slots=True)
class Provenance:
    """Where one field's value came from, so a reader can trust or question it."""

    field: str
    origin: str
    """"front matter", "scraper header", "inferred", "file name" or "missing"."""
    detail: str = ""


@fast_pickle
@dataclass(frozen=True, slots=True)
class Removed:
    """A line taken out of the body, and why; shown in the page's source notes."""

    line: int
    text: str
    reason: str


@fast_pickle
@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption and its credit, kept apart from the body paragraphs."""

    text: str
    credit: str = ""
    line: int = 0


@fast_pickle
@dataclass(frozen=True, slots=True)
class Figure:
    """An image saved beside a page (in its `_files` folder), copied into the site with its caption."""

    file: str
    """Its path relative to the articles folder."""
    path: str
    """Where the site has it, relative to the site root."""
    caption: str = ""
    alt: str = ""


@fast_pickle
@dataclass(frozen=True, slots=True)
class Article:
    """One article, cleaned and dated: the unit the site is made of."""

    slug: str
    title: str
    title_is_editorial: bool
    dek: str
    authors: tuple[str, ...]
    publication: str
    date: PartialDate | None
    dateline: str
    lead: str
    """The first body paragraph as plain text, for a Markdown body the text its HTML shows ("" for
    none): the summary falls back to its first sentence."""
    paragraph_count: int
    captions: tuple[Caption, ...]
    source_file: str
    kind: str
    notes: tuple[str, ...]
    tags: tuple[str, ...]
    summary: str
    word_count: int
    reading_minutes: int
    provenance: tuple[Provenance, ...]
    removed: tuple[Removed, ...]
    warnings: tuple[Problem, ...]
    wire: str = ""
    """The news agency the text credits ("The Associated Press"), "" when none."""
    source_url: str = ""
    """The address of the original (a saved page's canonical URL); "" when unknown."""
    figures: tuple[Figure, ...] = ()
    """Images saved with a page, shown with their captions."""
    remote_images: tuple[str, ...] = ()
    """Addresses of a saved page's images that were not saved with it: listed, never loaded."""

    @property
    def date_precision(self) -> str | None:
        """Return "day", "month", "year", or None when undated."""
        return self.date.precision if self.date else None

    @property
    def published_day(self) -> dt.date | None:
        """Return the publication day when known to the day (what relative dates resolve against)."""
        return self.date.first_day() if self.date and self.date.day else None


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What cleaning makes of one source: the article's record and its body paragraphs.

    The paragraphs are what the body HTML and the extraction are made from; the site keeps only
    those, so the build never holds every article's text at once.
    """

    article: Article
    paragraphs: tuple[str, ...]

    @property
    def body_markdown(self) -> str:
        """Return the Markdown body of a .md article (its paragraphs, blank-line separated), "" for text."""
        return "\n\n".join(self.paragraphs) if self.article.kind == "md" else ""


@fast_pickle
@dataclass(frozen=True, slots=True)
class Page:
    """One output file planned before anything is rendered: kind, template, path, context."""

    kind: str
    template: str
    path: str
    """Output path relative to the site root, always with forward slashes."""
    title: str
    context: tuple[tuple[str, object], ...] = field(default=())
    absolute_links: bool = False
    """True for pages served at arbitrary URLs (404.html), where relative links would break."""
    inputs: str = ""
    """A digest of everything the context is made from, when the planner can vouch for it (an
    article page: its article's cache key and its neighbours; the timeline, the book's pages and
    the dossier's pages: their articles' keys); page reuse then hashes this instead of pickling
    the whole context."""
    weight: int = 1
    """Roughly what the page costs to render, in article pages: a book page counts its chapters, a
    page that lists articles or quotes (the timeline, an actor's page) one for every twenty entries."""
