"""Plan every output page before rendering: kind, template, path; reject clashes and escapes."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from functools import partial

from briefing.errors import BuildError, Problem
from briefing.records import Article, Page
from briefing.site.dossier import (
    ActorView,
    Dossier,
    actor_groups,
    actor_years,
    event_dates,
    event_years,
    quote_groups,
)
from briefing.site.views import (
    ArticleView,
    Link,
    article_view,
    book_chapters,
    book_volumes,
    neighbours,
    timeline,
    timeline_filters,
)
from briefing.slugs import check_site_path
from briefing.stored import Body

RESERVED_SLUGS = frozenset({"index", "feed", "search", "404", "book", "actors", "quotes", "events",
                            "articles", "static", "pagefind", "sitemap", "robots"})


def check_articles(articles: tuple[Article, ...], *, paths: Mapping[str, str] | None = None) -> None:
    """Raise BuildError when two articles share a slug or one takes a reserved name.

    paths maps file names to the paths shown in messages (seeds/a.txt); names are shown otherwise.
    """
    by_slug: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_slug[article.slug].append(article)
    problems = []
    for slug, group in sorted(by_slug.items()):
        files = [a.source_file for a in group]
        first = (paths or {}).get(files[0], files[0])
        if slug in RESERVED_SLUGS:
            problems.append(Problem(first, f"slug {slug!r} is reserved for a page of the site "
                                              "(set another `slug:` in the front matter)"))
        if len(group) > 1:
            problems.append(Problem(first, f"slug {slug!r} is also the slug of {', '.join(files[1:])} "
                                              "(same title and date? give one of them its own `slug:`, "
                                              "or remove the duplicate)"))
    if problems:
        raise BuildError(problems)


def plan_pages(articles: tuple[Article, ...], bodies: Mapping[str, Body], dossier: Dossier, *,
               search_bundles: tuple[str, ...] = (), large: bool = False,
               inputs: Mapping[str, str] | None = None,
               view: Callable[[Article], ArticleView] = article_view) -> tuple[Page, ...]:
    """Return the timeline, article, dossier, book, search and 404 pages; articles in timeline order.

    search_bundles are the folders of the search index's shards, merged by the search page.
    A large briefing's book is split into one page per year, and its quotes page keeps each
    speaker's latest quotes (all of them are on the speaker's page). inputs, each article's cache
    key by slug, lets the article, timeline and book pages name what they are made from (see Page.inputs).
    view(article) returns an article's presentation fields (article_view, or one remembering them).
    """
    views = tuple(view(a) for a in articles)
    years = event_years(dossier.events)
    made_from = partial(_made_from, inputs)
    # The timeline is made from every article (its views, filters and the dossier's event years).
    pages = [Page("timeline", "timeline.html", "index.html", "Timeline",
                  (("years", timeline(views)), ("count", len(views)),
                   ("filters", timeline_filters(views)), ("event_years", years),
                   ("event_count", len(dossier.events))), inputs=made_from(views), weight=listing_weight(len(views)))]
    for index, view in enumerate(views):
        previous, following = neighbours(views, index)
        # Everything below comes from this article's Prepared record and its neighbours' links.
        pages.append(Page("article", "article.html", view.path, view.title,
                          (("article", view), ("body", bodies[view.slug]),
                           ("previous", previous), ("next", following),
                           ("dossier", dossier.by_article[view.slug]),
                           ("event_dates", event_dates(dossier.by_article[view.slug].events))),
                          inputs=made_from((view,), previous, following)))
    pages.extend(_dossier_pages(dossier, views, made_from, large=large))
    pages.extend(_book_pages(views, bodies, made_from, by_year=large))
    pages.append(Page("search", "search.html", "search.html", "Search",
                      (("count", len(views)), ("bundles", search_bundles))))
    pages.append(Page("404", "404.html", "404.html", "Page not found", absolute_links=True))
    return check_paths(tuple(pages))


LISTED_PER_PAGE = 20
"""Entries of a listing (a date, a link, a count; a quote and its citation) that take about as long
to render as one article page (see Page.weight)."""


def listing_weight(entries: int) -> int:
    """Return the weight of a page that lists this many entries, in article pages."""
    return 1 + entries // LISTED_PER_PAGE


LATEST_QUOTES = 10
"""Quotes per speaker on a large briefing's quotes page, and on the first page of each actor."""


def _dossier_pages(dossier: Dossier, views: tuple[ArticleView, ...], made_from: Callable[..., str], *,
                   large: bool) -> list[Page]:
    """Return the actors page, one page per actor, the quotes page and the events page.

    They are made from the dossier alone, which is made from the articles' Prepared records (and
    the gazetteer, in every cache key): an actor's page from the articles that mention or quote
    the actor, the others from every article.
    """
    view_at = {view.path: view for view in views}

    def actor_sources(actor: ActorView) -> Iterator[ArticleView]:
        # A generator: its body runs only if _made_from reads it, when the articles' keys are known.
        paths = [m.path for m in actor.articles] + [q.citation.path.partition("#")[0] for q in actor.quotes]
        for path in dict.fromkeys(paths):
            yield view_at[path]
    pages = [Page("actors", "actors.html", "actors.html", "Actors",
                  (("groups", actor_groups(dossier.actors)), ("count", len(dossier.actors))),
                  inputs=made_from(views), weight=listing_weight(len(dossier.actors)))]
    for actor in dossier.actors:
        pages += _actor_pages(actor, actor_sources, made_from, by_year=large)
    pages.append(Page("quotes", "quotes.html", "quotes.html", "Quotes",
                      (("groups", quote_groups(dossier, LATEST_QUOTES if large else None)),
                       ("count", len(dossier.quotes))), inputs=made_from(views, large),
                      weight=listing_weight(len(dossier.quotes))))
    pages.append(Page("events", "events.html", "events.html", "Events mentioned",
                      (("years", event_years(dossier.events)), ("count", len(dossier.events))),
                      inputs=made_from(views), weight=listing_weight(len(dossier.events))))
    return pages


def _actor_pages(actor: ActorView, sources: Callable[[ActorView], Iterable[ArticleView]],
                 made_from: Callable[..., str], *, by_year: bool) -> list[Page]:
    """Return an actor's page: every article and quote on one page, or a list of years, the latest
    quotes and one page per year (an actor of a large briefing may be named in thousands of articles).

    A year's page names only its neighbours, so adding an article rewrites only its own year's page
    (and the list of years, whose counts change).
    """
    if not by_year:
        return [Page("actor", "actor.html", actor.path, actor.name, _actor_context(actor),
                     inputs=made_from(sources(actor), actor.key),
                     weight=listing_weight(len(actor.articles) + len(actor.quotes)))]
    years = actor_years(actor)
    pages = []
    for index, year in enumerate(years):
        previous = Link(years[index - 1].label, years[index - 1].path) if index else None
        following = Link(years[index + 1].label, years[index + 1].path) if index + 1 < len(years) else None
        pages.append(Page("actor", "actor.html", year.path, f"{actor.name}, {year.label}",
                          _actor_context(year.actor, year=year.label, previous=previous, next=following),
                          inputs=made_from(sources(year.actor), actor.key, year.label, previous, following),
                          weight=listing_weight(len(year.actor.articles) + len(year.actor.quotes))))
    summary = tuple((y.label, y.path, len(y.actor.articles), len(y.actor.quotes)) for y in years)
    latest = replace(actor, articles=(), quotes=actor.quotes[-LATEST_QUOTES:])
    # The first page shows only what the year pages hold (counts, the latest quotes): made from them.
    return [Page("actor", "actor.html", actor.path, actor.name,
                 _actor_context(latest, years=summary, quote_count=len(actor.quotes)),
                 inputs=made_from((), actor.key, summary, [page.inputs for page in pages]),
                 weight=listing_weight(len(years) + len(latest.quotes))), *pages]


def _book_pages(views: tuple[ArticleView, ...], bodies: Mapping[str, Body], made_from: Callable[..., str], *,
                by_year: bool) -> list[Page]:
    """Return the briefing book: one page holding every article, or a list of volumes and one page per year.

    A volume's page names only its neighbours, so adding an article rewrites only its own year's volume.
    """
    if not by_year:
        return [Page("book", "book.html", "book.html", "Briefing book", _book_context(
            chapters=book_chapters(views, bodies), count=len(views)), inputs=made_from(views), weight=len(views))]
    volumes = book_volumes(views)
    pages = [Page("book", "book.html", "book.html", "Briefing book", _book_context(
        volumes=tuple((v.label, v.path, v.count) for v in volumes), count=len(views)))]
    for index, volume in enumerate(volumes):
        previous = Link(volumes[index - 1].label, volumes[index - 1].path) if index else None
        following = Link(volumes[index + 1].label, volumes[index + 1].path) if index + 1 < len(volumes) else None
        pages.append(Page("book", "book.html", volume.path, f"Briefing book, {volume.label}", _book_context(
            chapters=book_chapters(volume.articles, bodies), count=volume.count, volume=volume.label,
            previous=previous, next=following), inputs=made_from(volume.articles, previous, following),
            weight=volume.count))
    return pages


def _made_from(inputs: Mapping[str, str] | None, views: Iterable[ArticleView], *extra: object) -> str:
    """Return a digest of the cache keys of the articles a page is made from, and of extra values.

    Only for pages whose context derives from those articles' Prepared records alone (plus extra);
    "" when the keys are unknown, and the page's context is hashed instead (views is not read).
    """
    if not inputs:
        return ""
    keys = "".join([inputs[view.slug] for view in views])  # cache keys, all of one length
    return hashlib.sha256(f"{extra!r}\0{keys}".encode()).hexdigest()


def _actor_context(actor: ActorView, *, years: tuple = (), quote_count: int = 0, year: str = "",
                   previous: Link | None = None, next: Link | None = None) -> tuple[tuple[str, object], ...]:
    return (("actor", actor), ("years", years), ("quote_count", quote_count), ("year", year),
            ("previous", previous), ("next", next))


def _book_context(*, chapters: tuple = (), volumes: tuple = (), count: int, volume: str = "",
                  previous: Link | None = None, next: Link | None = None) -> tuple[tuple[str, object], ...]:
    return (("chapters", chapters), ("volumes", volumes), ("count", count), ("volume", volume),
            ("previous", previous), ("next", next))


def check_paths(pages: tuple[Page, ...]) -> tuple[Page, ...]:
    """Return pages unchanged if every path is unique and stays inside the site; raise otherwise."""
    seen: set[str] = set()
    for page in pages:
        try:
            normal = check_site_path(page.path)
        except ValueError as error:
            raise BuildError([Problem(page.path, str(error))]) from None
        if normal.casefold() in seen:
            raise BuildError([Problem(page.path, "two pages would be written to this path")])
        seen.add(normal.casefold())
    return pages
