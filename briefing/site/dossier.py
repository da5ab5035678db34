"""Shape the extraction for the reader: actors with their articles and quotes, quotes by speaker,
and the track of dated events the articles mention."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from briefing.dates import parse_date
from briefing.extract.actors import fold
from briefing.extract.extraction import Extraction, Gazetteer
from briefing.fastpickle import fast_pickle
from briefing.records import Article
from briefing.site.views import UNDATED, Link, article_path
from briefing.slugs import slugify

KINDS = (("person", "People"), ("organisation", "Organisations"), ("country", "Countries"), ("place", "Places"))
"""The gazetteer's kinds in the order the actors page lists them, with their headings."""
_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


@fast_pickle
@dataclass(frozen=True, slots=True)
class Citation:
    """A link to one paragraph of one article."""

    title: str
    path: str
    """Site path with the paragraph anchor, e.g. articles/x.html#p7."""
    date_human: str
    date_iso: str = ""
    """The article's date for <time datetime>; "" when the article is undated."""
    paragraph: int = 0
    """The 1-based number of the paragraph the anchor points at."""


@fast_pickle
@dataclass(frozen=True, slots=True)
class ArticleMention:
    """An article that mentions an actor: its link, its date and how often it names them."""

    title: str
    path: str
    date_iso: str
    date_human: str
    mentions: int


@fast_pickle
@dataclass(frozen=True, slots=True)
class QuoteView:
    """A quotation, its speaker and where it was said."""

    text: str
    speaker: Link | None
    citation: Citation


@fast_pickle
@dataclass(frozen=True, slots=True)
class ActorView:
    """One actor of the gazetteer as the briefing sees it."""

    key: str
    name: str
    kind: str
    role: str
    path: str
    articles: tuple[ArticleMention, ...]
    """Articles that mention the actor, in timeline order."""
    quotes: tuple[QuoteView, ...]
    aliases: tuple[str, ...] = ()
    """The other names the articles (or the gazetteer) give the actor: short forms, acronyms, nicknames."""

    @property
    def description(self) -> str:
        """Return one line that says who the actor is, for the page's description."""
        return f"{self.name}: {self.role}" if self.role else f"{self.name} ({self.kind}) in the briefing's articles"


@dataclass(frozen=True, slots=True)
class ActorYear:
    """One actor's articles and quotes of one publication year: a page of its own in a large briefing."""

    label: str
    """"2019", or "Undated"."""
    path: str
    actor: ActorView
    """The actor with only this year's articles and quotes."""


@fast_pickle
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
    sentence_parts: tuple[str, str, str] = ("", "", "")
    """The sentence split around the phrase (before, phrase, after); ("", "", sentence) if not found."""


@fast_pickle
@dataclass(frozen=True, slots=True)
class ArticleDossier:
    """What one article page lists beneath its text: actors, quotes and events."""

    actors: tuple[Link, ...]
    quotes: tuple[QuoteView, ...]
    events: tuple[EventView, ...]


@fast_pickle
@dataclass(frozen=True, slots=True)
class Dossier:
    """The whole briefing's actors, quotes and events, plus each article's share."""

    actors: tuple[ActorView, ...]
    quotes: tuple[QuoteView, ...]
    events: tuple[EventView, ...]
    by_article: dict[str, ArticleDossier]


@fast_pickle
@dataclass(frozen=True, slots=True)
class ActorGroup:
    """The actors of one kind (people, organisations, countries) for the actors page."""

    kind: str
    label: str
    anchor: str
    actors: tuple[ActorView, ...]


@fast_pickle
@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One speaker's quotes in timeline order; speaker None holds the unattributed quotes."""

    speaker: Link | None
    role: str
    anchor: str
    quotes: tuple[QuoteView, ...]
    total: int = 0
    """How many quotes the group has in all; more than shown when the page keeps only the latest."""

    @property
    def hidden(self) -> int:
        """Return how many of the group's older quotes the page leaves out."""
        return self.total - len(self.quotes)


@fast_pickle
@dataclass(frozen=True, slots=True)
class EventEntry:
    """The events one article mentions for one date: the date once, then each sentence."""

    date_iso: str
    date_human: str
    relative: bool
    """True when every one of these dates was worked out from the publication date."""
    article: Citation
    """The article that mentions the date: its title and date (each event links its own paragraph)."""
    events: tuple[EventView, ...]
    """One event per sentence, in paragraph order."""
    phrases: tuple[str, ...] = ()
    """The distinct phrases that name the date ("on Wednesday"), in paragraph order."""
    paragraphs: tuple[int, ...] = ()
    """The distinct paragraphs that mention the date, in order."""


@fast_pickle
@dataclass(frozen=True, slots=True)
class EventYear:
    """The events of one year on the event track, in date order, one entry per date and article."""

    year: str
    anchor: str
    entries: tuple[EventEntry, ...]
    count: int
    """How many events the year holds (an entry may hold several)."""


def actor_path(key: str) -> str:
    """Return the page path of one actor."""
    return f"actors/{key}.html"


def actor_years(actor: ActorView) -> tuple[ActorYear, ...]:
    """Split an actor's articles and quotes by their article's year, in timeline order (undated last)."""
    articles: dict[str, list[ArticleMention]] = {}
    quotes: dict[str, list[QuoteView]] = {}
    for mention in actor.articles:
        articles.setdefault(_year(mention.date_iso), []).append(mention)
    for quote in actor.quotes:
        quotes.setdefault(_year(quote.citation.date_iso), []).append(quote)
    labels = sorted(articles.keys() | quotes.keys(), key=lambda label: (label == UNDATED, label))
    return tuple(ActorYear(label, f"actors/{actor.key}/{label.lower()}.html",
                           replace(actor, articles=tuple(articles.get(label, ())), quotes=tuple(quotes.get(label, ()))))
                 for label in labels)


def _year(date_iso: str) -> str:
    return date_iso[:4] or UNDATED


def make_dossier(articles: tuple[Article, ...], extractions: dict[str, Extraction],
                 gazetteer: Gazetteer, part: Callable[[Article], ArticleDossier] | None = None) -> Dossier:
    """Combine every article's extraction (articles in timeline order) into the briefing's dossier.

    part(article), if given, returns the article's own part: article_dossier(article, its extraction,
    the gazetteer's ActorLinks).
    """
    links = ActorLinks(gazetteer)
    part = part or (lambda a: article_dossier(a, extractions[a.slug], links))
    by_article = {a.slug: part(a) for a in articles}
    quotes = tuple(q for a in articles for q in by_article[a.slug].quotes)
    # sorted() is stable: events of one date keep timeline and paragraph order.
    events = tuple(sorted((e for a in articles for e in by_article[a.slug].events), key=_event_order))
    return Dossier(_actor_views(articles, extractions, quotes, gazetteer), quotes, events, by_article)


def _dates(article: Article) -> tuple[str, str]:
    """Return an article's date as a reader writes it and in ISO form ("Undated" and "" when it has none)."""
    return (article.date.human(), article.date.iso()) if article.date else (UNDATED, "")


class ActorLinks:
    """Each shown actor's link (name and page), made once per build and shared by every article
    that names the actor (ten thousand articles name the same few dozen)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        self._links: dict[str, Link | None] = {}

    def get(self, key: str | None) -> Link | None:
        """Return the link to the shown actor with this key, or None."""
        if key is None:
            return None
        if key not in self._links:
            actor = self._gazetteer.actor(key)
            self._links[key] = Link(actor.name, actor_path(actor.key)) if actor else None
        return self._links[key]


def article_dossier(article: Article, found: Extraction, links: ActorLinks) -> ArticleDossier:
    """Return one article's part of the dossier: the actors it names, its quotes, its dated events."""
    keys = dict.fromkeys(m.actor_key for m in found.actors)
    actors = tuple(link for key in keys if (link := links.get(key)))
    path, (human, iso) = article_path(article), _dates(article)

    def cite(paragraph: int) -> Citation:
        return Citation(article.title, f"{path}#p{paragraph}", human, iso, paragraph)
    quotes = tuple(QuoteView(q.text, links.get(q.speaker_key), cite(q.paragraph)) for q in found.quotes)
    events = tuple(EventView(e.iso, parse_date(e.iso).human(), e.precision, e.relative, e.text, e.sentence,
                             cite(e.paragraph), split_around(e.sentence, e.text))
                   for e in found.events)
    return ArticleDossier(actors, quotes, events)


def split_around(sentence: str, phrase: str) -> tuple[str, str, str]:
    """Split a sentence around the first occurrence of phrase; ("", "", sentence) when it is absent."""
    at = sentence.find(phrase) if phrase else -1
    if at < 0:
        return "", "", sentence
    return sentence[:at], phrase, sentence[at + len(phrase):]


def _actor_views(articles: tuple[Article, ...], extractions: dict[str, Extraction],
                 quotes: tuple[QuoteView, ...], gazetteer: Gazetteer) -> tuple[ActorView, ...]:
    counts: dict[str, dict[str, int]] = {}  # actor key -> {article slug: mentions}, in timeline order
    for article in articles:
        for mention in extractions[article.slug].actors:
            per_article = counts.setdefault(mention.actor_key, {})
            per_article[article.slug] = per_article.get(article.slug, 0) + 1
    speeches: dict[str, list[QuoteView]] = {}
    for quote in quotes:
        if quote.speaker:
            speeches.setdefault(quote.speaker.path, []).append(quote)
    where = {}  # slug -> what a mention shows of the article: title, path, ISO date, date as written
    for article in articles:
        human, iso = _dates(article)
        where[article.slug] = (article.title, article_path(article), iso, human)
    views = []
    for actor in sorted(gazetteer.actors, key=lambda a: (_kind_rank(a.kind), fold(a.name), a.key)):
        path = actor_path(actor.key)
        mentioned = tuple(ArticleMention(*where[slug], count) for slug, count in counts.get(actor.key, {}).items())
        said = tuple(speeches.get(path, ()))
        if mentioned or said:
            views.append(ActorView(actor.key, actor.name, actor.kind, _role_shown(actor.name, actor.role), path,
                                   mentioned, said, actor.aliases))
    return tuple(views)


def _role_shown(name: str, role: str) -> str:
    """Return the role to show beside a name, "" where the name already opens with it ("Senior Chief Siyanzi", the
    role "Senior Chief")."""
    return "" if role and fold(name).startswith(fold(role) + " ") else role


def _kind_rank(kind: str) -> int:
    return next((i for i, (k, _) in enumerate(KINDS) if k == kind), len(KINDS))


def actor_groups(actors: tuple[ActorView, ...]) -> tuple[ActorGroup, ...]:
    """Group actors by kind: people, organisations, countries, then any other kind by name."""
    labels = dict(KINDS)
    kinds = sorted({a.kind for a in actors}, key=lambda k: (_kind_rank(k), k))
    return tuple(ActorGroup(kind, labels.get(kind, kind.capitalize()), slugify(labels.get(kind, kind)),
                            tuple(a for a in actors if a.kind == kind)) for kind in kinds)


def quote_groups(dossier: Dossier, latest: int | None = None) -> tuple[QuoteGroup, ...]:
    """Group the quotes by speaker, speakers by name; the unattributed quotes last.

    With `latest`, each group keeps only its latest quotes (a large briefing's page would be too
    long to read; every quote stays on its speaker's page and its article's page).
    """
    actors = {a.path: a for a in dossier.actors}
    by_speaker: dict[str | None, list[QuoteView]] = {}
    for quote in dossier.quotes:
        by_speaker.setdefault(quote.speaker.path if quote.speaker else None, []).append(quote)
    speakers = sorted((path for path in by_speaker if path is not None),
                      key=lambda path: (fold(actors[path].name), path))
    groups = [QuoteGroup(Link(actors[path].name, path), actors[path].role, f"q-{actors[path].key}",
                         _latest(by_speaker[path], latest), len(by_speaker[path])) for path in speakers]
    if None in by_speaker:
        groups.append(QuoteGroup(None, "", "q-unattributed", _latest(by_speaker[None], latest),
                                 len(by_speaker[None])))
    return tuple(groups)


def _latest(quotes: list[QuoteView], latest: int | None) -> tuple[QuoteView, ...]:
    return tuple(quotes[-latest:] if latest else quotes)


def event_years(events: tuple[EventView, ...]) -> tuple[EventYear, ...]:
    """Group events (already in date order) by year, then by date and article."""
    years: dict[str, dict[tuple[str, str], list[EventView]]] = {}
    for event in events:
        article = event.citation.path.split("#")[0]
        years.setdefault(event.date_iso[:4], {}).setdefault((event.date_iso, article), []).append(event)
    return tuple(EventYear(year, f"y-{year}", tuple(_event_entry(found) for found in entries.values()),
                           sum(len(found) for found in entries.values()))
                 for year, entries in years.items())


def _event_entry(events: list[EventView]) -> EventEntry:
    # Two phrases of one sentence ("between 2014 and 2017" is two years) need the sentence only once.
    unique: dict[tuple[int, str], EventView] = {}
    for event in events:
        unique.setdefault((event.citation.paragraph, event.sentence), event)
    first, ordered = events[0], tuple(sorted(unique.values(), key=lambda e: e.citation.paragraph))
    return EventEntry(first.date_iso, first.date_human, all(e.relative for e in events), first.citation,
                      ordered, tuple(dict.fromkeys(e.text for e in ordered)),
                      tuple(dict.fromkeys(e.citation.paragraph for e in ordered)))


def event_dates(events: tuple[EventView, ...]) -> tuple[EventEntry, ...]:
    """Group one article's events by date, oldest first (an article page lists them this way)."""
    by_date: dict[str, list[EventView]] = {}
    for event in sorted(events, key=_event_order):
        by_date.setdefault(event.date_iso, []).append(event)
    return tuple(_event_entry(found) for found in by_date.values())


def _event_order(event: EventView) -> tuple[object, int]:
    # On the same first day, coarser dates lead ("2019" before "January 2019" before "1 January 2019").
    return parse_date(event.date_iso).first_day(), _PRECISION_RANK.get(event.precision, 3)
