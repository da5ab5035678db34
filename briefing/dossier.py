"""Shape the extraction for the reader: actors with their articles and quotes, quotes by speaker,
and the track of dated events the articles mention."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.dates import parse_date
from briefing.extract import Extraction, Gazetteer
from briefing.records import Article
from briefing.views import Link, article_path


@dataclass(frozen=True, slots=True)
class Citation:
    """A link to one paragraph of one article."""

    title: str
    path: str
    """Site path with the paragraph anchor, e.g. articles/x.html#p7."""
    date_human: str


@dataclass(frozen=True, slots=True)
class QuoteView:
    """A quotation, its speaker and where it was said."""

    text: str
    speaker: Link | None
    citation: Citation


@dataclass(frozen=True, slots=True)
class ActorView:
    """One actor of the gazetteer as the briefing sees it."""

    key: str
    name: str
    kind: str
    role: str
    path: str
    articles: tuple[Link, ...]
    """Articles that mention the actor, in timeline order."""
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True, slots=True)
class EventView:
    """A dated thing an article mentions, placed on the event track."""

    date_iso: str
    date_human: str
    precision: str
    relative: bool
    text: str
    sentence: str
    citation: Citation


@dataclass(frozen=True, slots=True)
class ArticleDossier:
    """What one article page lists beneath its text: actors, quotes and events."""

    actors: tuple[Link, ...]
    quotes: tuple[QuoteView, ...]
    events: tuple[EventView, ...]


@dataclass(frozen=True, slots=True)
class Dossier:
    """The whole briefing's actors, quotes and events, plus each article's share."""

    actors: tuple[ActorView, ...]
    quotes: tuple[QuoteView, ...]
    events: tuple[EventView, ...]
    by_article: dict[str, ArticleDossier]


def actor_path(key: str) -> str:
    """Return the page path of one actor."""
    return f"actors/{key}.html"


def make_dossier(articles: tuple[Article, ...], extractions: dict[str, Extraction],
                 gazetteer: Gazetteer) -> Dossier:
    """Combine every article's extraction (articles in timeline order) into the briefing's dossier."""
    by_article = {a.slug: _article_dossier(a, extractions[a.slug], gazetteer) for a in articles}
    quotes = tuple(q for a in articles for q in by_article[a.slug].quotes)
    events = tuple(sorted((e for a in articles for e in by_article[a.slug].events),
                          key=lambda e: (parse_date(e.date_iso).first_day(), e.citation.path)))
    return Dossier(_actor_views(articles, by_article, quotes, gazetteer), quotes, events, by_article)


def _citation(article: Article, paragraph: int) -> Citation:
    return Citation(article.title, f"{article_path(article)}#p{paragraph}",
                    article.date.human() if article.date else "Undated")


def _speaker(key: str | None, gazetteer: Gazetteer) -> Link | None:
    actor = gazetteer.actor(key) if key else None
    return Link(actor.name, actor_path(actor.key)) if actor else None


def _article_dossier(article: Article, found: Extraction, gazetteer: Gazetteer) -> ArticleDossier:
    keys = tuple(dict.fromkeys(m.actor_key for m in found.actors))
    actors = tuple(Link(a.name, actor_path(a.key)) for k in keys if (a := gazetteer.actor(k)))
    quotes = tuple(QuoteView(q.text, _speaker(q.speaker_key, gazetteer), _citation(article, q.paragraph))
                   for q in found.quotes)
    events = tuple(EventView(e.iso, parse_date(e.iso).human(), e.precision, e.relative, e.text, e.sentence,
                             _citation(article, e.paragraph)) for e in found.events)
    return ArticleDossier(actors, quotes, events)


def _actor_views(articles: tuple[Article, ...], by_article: dict[str, ArticleDossier],
                 quotes: tuple[QuoteView, ...], gazetteer: Gazetteer) -> tuple[ActorView, ...]:
    views = []
    for actor in sorted(gazetteer.actors, key=lambda a: (a.kind, a.name.casefold())):
        path = actor_path(actor.key)
        mentioned = tuple(Link(a.title, article_path(a)) for a in articles
                          if any(link.path == path for link in by_article[a.slug].actors))
        said = tuple(q for q in quotes if q.speaker and q.speaker.path == path)
        if mentioned or said:
            views.append(ActorView(actor.key, actor.name, actor.kind, actor.role, path, mentioned, said))
    return tuple(views)
