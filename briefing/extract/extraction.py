"""Extract a briefing from an article's paragraphs: actors mentioned, quotes and dated events."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing.extract import actors
from briefing.extract.actors import (
    Actor,
    Gazetteer,
    Mention,
    Span,
    find_mentions,
    paragraph_spans,
)
from briefing.extract.events import Event, find_events
from briefing.extract.kinds import guess_kind
from briefing.extract.lexicon import lexicon
from briefing.extract.naming import Name, Naming, name_article
from briefing.extract.quotes import Quote, find_quotes
from briefing.fastpickle import fast_pickle

__all__ = ["Actor", "Event", "Extraction", "Gazetteer", "Mention", "Name", "Quote", "extract", "load_gazetteer"]


@fast_pickle
@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article, each item citing its 1-based paragraph."""

    actors: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    events: tuple[Event, ...]
    names: tuple[Name, ...] = ()
    """The actors found in the article that the gazetteer does not know (merged across articles
    by the build: see extract/cast.py); mentions and quotes refer to them by their keys."""


@dataclass(frozen=True, slots=True)
class _ArticleActors:
    """The gazetteer's actors and the ones one article names, looked up by key."""

    gazetteer: Gazetteer
    found: dict[str, Actor]
    guessed: frozenset[str] = frozenset()
    """People only by a guess: a lone capitalised word the article writes at sentences' starts ("Nadella said")."""
    genders: dict[str, str] = field(default_factory=dict)
    """"m" or "f" by key, where the article says it (see Naming.genders)."""

    def actor(self, key: str) -> Actor | None:
        """Return the actor with this key, or None."""
        return self.gazetteer.actor(key) or self.found.get(key)


def load_gazetteer(path: Path) -> Gazetteer:
    """Read and validate a gazetteer file; an entry without a kind gets the kind its name shows."""
    lex = lexicon()
    return Gazetteer(tuple(replace(a, kind=a.kind or guess_kind(tuple(a.name.split()), lex) or "organisation")
                           for a in actors.read_gazetteer_actors(path)))


MAX_PARAGRAPH_CHARS = 20_000
"""Longer paragraphs are not prose a reader quotes from (a pasted dump, a missing line break):
they are left out of extraction, whose quote matching grows faster than linearly with length."""


def extract(paragraphs: tuple[str, ...], published: datetime.date | None, gazetteer: Gazetteer, *,
            discover: bool = True) -> Extraction:
    """Extract actor mentions, attributed quotes and dated events from an article's paragraphs;
    with discover false, the gazetteer's actors are the only ones.

    Paragraphs longer than MAX_PARAGRAPH_CHARS are skipped (replaced by ""), keeping the numbering.
    """
    paragraphs = tuple(p if len(p) <= MAX_PARAGRAPH_CHARS else "" for p in paragraphs)
    known = paragraph_spans(paragraphs, gazetteer)  # every step needs them: find them once
    naming = name_article(paragraphs, known, lexicon()) if discover else Naming((), tuple(() for _ in paragraphs))
    spans = tuple(_merged(a, b) for a, b in zip(known, naming.spans, strict=True))
    # A lone word seen only at the start of sentences is most often a person's surname ("Nadella said").
    found = {n.key: Actor(n.key, n.name, n.kind or ("" if n.alone else "person"), n.role, n.aliases)
             for n in naming.names}
    guessed = frozenset(n.key for n in naming.names if not n.kind and not n.alone)
    return Extraction(
        actors=find_mentions(paragraphs, gazetteer, spans=spans),
        quotes=find_quotes(paragraphs,
                           _ArticleActors(gazetteer, found, guessed, naming.genders),  # type: ignore[arg-type]
                           spans=spans),
        events=find_events(paragraphs, published),
        names=naming.names,
    )


def _merged(known: tuple[Span, ...], found: tuple[Span, ...]) -> tuple[Span, ...]:
    """Return the gazetteer's spans and the discovered ones (never overlapping them) in text order."""
    return tuple(sorted(known + found, key=lambda span: span.start)) if found else known
