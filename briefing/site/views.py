"""Shape records for the templates, so templates only present: dates, bylines, groups, neighbours."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from briefing.fastpickle import fast_pickle
from briefing.records import Article, Caption, Figure
from briefing.slugs import slugify
from briefing.stored import Body

_SENTENCE = re.compile(r"^(.+?[.!?][”\"’]?)(?=\s+[A-Z“\"‘]|$)", re.S)
SUMMARY_WORDS = 40
UNDATED = "Undated"
"""What stands for the date or the year of an undated article."""


@fast_pickle
@dataclass(frozen=True, slots=True)
class Link:
    """A titled link to another page of the site."""

    title: str
    path: str


@fast_pickle
@dataclass(frozen=True, slots=True)
class ArticleView:
    """Everything an article page or a timeline entry shows about one article."""

    slug: str
    path: str
    title: str
    title_is_editorial: bool
    dek: str
    summary: str
    byline: str
    publication: str
    date_iso: str
    date_human: str
    date_precision: str
    year: str
    month: str
    dateline: str
    reading_time: str
    word_count: int
    captions: tuple[Caption, ...]
    source_file: str
    notes: tuple[str, ...]
    provenance: tuple[tuple[str, str, str], ...]
    removed: tuple[tuple[int, str, str], ...]
    warnings: tuple[str, ...]
    publication_key: str = ""
    """The publication as a filter value (data-publication on timeline entries)."""
    authors: tuple[str, ...] = ()
    """Each author's name, for machine-readable metadata (the byline joins them for people)."""
    source_url: str = ""
    """The address of the original article, when known (a saved page's canonical URL)."""
    figures: tuple[Figure, ...] = ()
    remote_images: tuple[str, ...] = ()


@fast_pickle
@dataclass(frozen=True, slots=True)
class MonthGroup:
    """The timeline entries of one month ("" for articles dated only to the year)."""

    name: str
    anchor: str
    entries: tuple[ArticleView, ...]
    entry_level: int = 4
    """The heading level of entry titles: 4 under a month heading, 3 straight under the year."""
    datetime: str = ""
    """The month as YYYY-MM for a <time datetime>; "" for the year-only group."""


@fast_pickle
@dataclass(frozen=True, slots=True)
class FilterOption:
    """One choice of a timeline filter: the data attribute value, its label and how many match."""

    value: str
    label: str
    count: int


@fast_pickle
@dataclass(frozen=True, slots=True)
class TimelineFilters:
    """The publications and years a reader can narrow the timeline to."""

    publications: tuple[FilterOption, ...]
    years: tuple[FilterOption, ...]


@fast_pickle
@dataclass(frozen=True, slots=True)
class BookChapter:
    """One article of the briefing book: its view, its body HTML and its anchor in the book."""

    article: ArticleView
    body: Body
    anchor: str


@fast_pickle
@dataclass(frozen=True, slots=True)
class BookVolume:
    """The articles of one year, a page of its own in a large briefing book."""

    label: str
    path: str
    articles: tuple[ArticleView, ...]

    @property
    def count(self) -> int:
        """Return how many articles the volume holds."""
        return len(self.articles)


@fast_pickle
@dataclass(frozen=True, slots=True)
class YearGroup:
    """The timeline entries of one year, by month; year "Undated" holds undated articles."""

    year: str
    anchor: str
    months: tuple[MonthGroup, ...]


def article_path(article: Article) -> str:
    """Return the page path of an article relative to the site root."""
    return f"articles/{article.slug}.html"


def sort_articles(articles: tuple[Article, ...]) -> tuple[Article, ...]:
    """Return articles oldest first; undated ones last, each group in a stable order."""
    return tuple(sorted(articles, key=lambda a: (a.date is None, a.date.first_day() if a.date else None,
                                                 a.title.casefold(), a.slug)))


def article_view(article: Article) -> ArticleView:
    """Return the presentation fields of one article."""
    date = article.date
    return ArticleView(
        slug=article.slug, path=article_path(article), title=article.title,
        title_is_editorial=article.title_is_editorial, dek=article.dek,
        summary=article.summary or article.dek or first_sentence(article.lead),
        byline=join_names(article.authors), publication=article.publication,
        date_iso=date.iso() if date else "", date_human=date.human() if date else UNDATED,
        date_precision=date.precision if date else "",
        year=str(date.year) if date else UNDATED, month=date.month_name() if date else "",
        dateline=article.dateline,
        reading_time=f"{article.reading_minutes} min read", word_count=article.word_count,
        captions=article.captions, source_file=article.source_file, notes=article.notes,
        provenance=tuple((p.field, p.origin, p.detail) for p in article.provenance),
        removed=tuple((r.line, r.text, r.reason) for r in article.removed),
        warnings=tuple(p.message for p in article.warnings),
        publication_key=publication_key(article.publication), authors=article.authors,
        source_url=article.source_url, figures=article.figures, remote_images=article.remote_images)


def publication_key(publication: str) -> str:
    """Return a publication as a filter value; "unknown" when the article names none."""
    return slugify(publication) or "unknown"


def first_sentence(paragraph: str) -> str:
    """Return the opening sentence of a paragraph, cut to a readable length."""
    text = " ".join(paragraph.split())
    match = _SENTENCE.match(text)
    sentence = match.group(1) if match else text
    words = sentence.split()
    return sentence if len(words) <= SUMMARY_WORDS else " ".join(words[:SUMMARY_WORDS]) + "…"


def join_names(names: tuple[str, ...]) -> str:
    """Join names as a reader expects: "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def neighbours(views: tuple[ArticleView, ...], index: int) -> tuple[Link | None, Link | None]:
    """Return the previous and next article in timeline order."""
    previous = views[index - 1] if index > 0 else None
    following = views[index + 1] if index + 1 < len(views) else None
    return (Link(previous.title, previous.path) if previous else None,
            Link(following.title, following.path) if following else None)


def timeline(views: tuple[ArticleView, ...]) -> tuple[YearGroup, ...]:
    """Group article views (already in timeline order) by year, then month."""
    years: dict[str, dict[str, list[ArticleView]]] = {}
    for view in views:
        years.setdefault(view.year, {}).setdefault(view.month, []).append(view)
    return tuple(YearGroup(year, f"y-{year.lower()}", tuple(
        MonthGroup(month, f"m-{year.lower()}-{month.lower()}" if month else f"m-{year.lower()}",
                   tuple(entries), 4 if month else 3, entries[0].date_iso[:7] if month else "")
        for month, entries in months.items())) for year, months in years.items())


def timeline_filters(views: tuple[ArticleView, ...]) -> TimelineFilters:
    """Return the filter choices: publications by name, years in timeline order, with counts."""
    labels = {v.publication_key: v.publication or "Unknown publication" for v in views}
    publications = Counter(v.publication_key for v in views)
    years = Counter(v.year for v in views)
    return TimelineFilters(
        tuple(FilterOption(key, labels[key], publications[key])
              for key in sorted(publications, key=lambda k: (labels[k].casefold(), k))),
        tuple(FilterOption(year, year, count) for year, count in years.items()))


def book_chapters(views: tuple[ArticleView, ...], bodies: Mapping[str, Body]) -> tuple[BookChapter, ...]:
    """Return the book's chapters in timeline order; the template scopes body ids by the anchor."""
    return tuple(BookChapter(view, bodies[view.slug], f"a-{view.slug}") for view in views)


def book_volumes(views: tuple[ArticleView, ...]) -> tuple[BookVolume, ...]:
    """Split a large book into one volume per year (undated articles last), in timeline order."""
    by_year: dict[str, list[ArticleView]] = {}
    for view in views:
        by_year.setdefault(view.year, []).append(view)
    return tuple(BookVolume(year, f"book/{year.lower()}.html", tuple(chapter_views))
                 for year, chapter_views in by_year.items())


def scope_ids(body: Body, prefix: str) -> str:
    """Prefix the ids of a body and its links to them, for a page that holds many bodies.

    Only inside tags: text that reads id="x" stays as written. A body is sanitised HTML, whose
    only "<" open its tags (text and attribute values have theirs escaped), so each piece after
    one starts with a tag. Empty values (href="#", the top of the page) are left alone.
    """
    # Every article body numbers its paragraphs p1, p2, ...; one page holding them all needs unique ids.
    ident, link = f' id="{prefix}-', f' href="#{prefix}-'
    pieces = str(body).split("<")
    for index in range(1, len(pieces)):
        piece = pieces[index]
        end = piece.find(">")
        if end > 0 and ('id="' in piece or 'href="#' in piece):
            tag = piece[:end].replace(' id="', ident).replace(' href="#', link)
            pieces[index] = tag.replace(ident + '"', ' id=""').replace(link + '"', ' href="#"') + piece[end:]
    return "<".join(pieces)
