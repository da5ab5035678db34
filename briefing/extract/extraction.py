"""Extract a briefing from an article's paragraphs: actors mentioned, quotes and dated events."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from briefing.extract.actors import (
    Actor,
    Gazetteer,
    Mention,
    find_mentions,
    load_gazetteer,
    paragraph_spans,
)
from briefing.extract.events import Event, find_events
from briefing.extract.quotes import Quote, find_quotes
from briefing.fastpickle import fast_pickle

__all__ = ["Actor", "Event", "Extraction", "Gazetteer", "Mention", "Quote", "extract", "load_gazetteer"]


@fast_pickle
@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article, each item citing its 1-based paragraph."""

    actors: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    events: tuple[Event, ...]


MAX_PARAGRAPH_CHARS = 20_000
"""Longer paragraphs are not prose a reader quotes from (a pasted dump, a missing line break):
they are left out of extraction, whose quote matching grows faster than linearly with length."""


def extract(paragraphs: tuple[str, ...], published: datetime.date | None, gazetteer: Gazetteer) -> Extraction:
    """Extract actor mentions, attributed quotes and dated events from an article's paragraphs.

    Paragraphs longer than MAX_PARAGRAPH_CHARS are skipped (replaced by ""), keeping the numbering.
    """
    paragraphs = tuple(p if len(p) <= MAX_PARAGRAPH_CHARS else "" for p in paragraphs)
    spans = paragraph_spans(paragraphs, gazetteer)  # both steps need them: find them once
    return Extraction(
        actors=find_mentions(paragraphs, gazetteer, spans=spans),
        quotes=find_quotes(paragraphs, gazetteer, spans=spans),
        events=find_events(paragraphs, published),
    )
