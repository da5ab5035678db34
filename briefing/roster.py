"""`briefing actors`: list the actors found in the articles (gazetteer and discovered) with their
aliases, kinds, counts and the paragraphs they come from; optionally write a gazetteer draft."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace

import yaml

from briefing.build.collect import Collected, collect_articles
from briefing.build.engine import build_cache_root
from briefing.config import load_config
from briefing.errors import BuildError
from briefing.extract.extraction import Actor

_SOURCES_SHOWN = 5
"""Articles listed under each actor; the rest are counted."""


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """One actor as the articles show it: how often, and where."""

    actor: Actor
    mentions: int
    quotes: int
    sources: tuple[tuple[str, tuple[int, ...]], ...]
    """Where it is named: each article's slug and the paragraphs (1-based) that name it."""


def run_actors(options: argparse.Namespace) -> int:
    """Print the roster (and write the draft); return the exit code."""
    if options.draft and options.draft.exists():
        print(f"error: {options.draft} exists; choose a new file (the draft never overwrites one).", file=sys.stderr)
        return 1
    try:
        # Discovery runs even where the briefing turns it off: this command is how a cast to keep is drafted.
        config = replace(load_config(options), discover_actors=True)
        with build_cache_root(config) as root:
            entries = roster(collect_articles(config, root))
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if options.draft:
        options.draft.write_text(draft_gazetteer(entries), encoding="utf-8", newline="\n")
    for entry in entries:
        print(format_entry(entry))
    print(f"{len(entries)} actors.")
    if options.draft:
        print(f"Wrote them to {options.draft} as a gazetteer draft: edit it, then save it as gazetteer.yaml.")
    return 0


def roster(collected: Collected) -> tuple[RosterEntry, ...]:
    """Return every actor the articles name or quote, most named first."""
    mentions: dict[str, dict[str, list[int]]] = {}  # actor key -> article slug -> paragraphs
    quotes: dict[str, int] = {}
    for article in collected.articles:
        found = collected.extractions[article.slug]
        for mention in found.actors:
            mentions.setdefault(mention.actor_key, {}).setdefault(article.slug, []).append(mention.paragraph)
        for quote in found.quotes:
            if quote.speaker_key:
                quotes[quote.speaker_key] = quotes.get(quote.speaker_key, 0) + 1
    entries = [RosterEntry(actor, sum(map(len, mentions.get(actor.key, {}).values())), quotes.get(actor.key, 0),
                           tuple((slug, tuple(dict.fromkeys(numbers)))
                                 for slug, numbers in mentions.get(actor.key, {}).items()))
               for actor in collected.gazetteer.actors if actor.key in mentions or actor.key in quotes]
    return tuple(sorted(entries, key=lambda e: (-e.mentions, e.actor.name)))


def format_entry(entry: RosterEntry) -> str:
    """Return one actor's lines: name, kind, counts, role and aliases, then its sources."""
    actor = entry.actor
    head = f"{actor.name} ({actor.kind}): {entry.mentions} mentions, {entry.quotes} quotes"
    lines = [head, *(f"  {label}: {value}" for label, value in
                     (("role", actor.role), ("aliases", ", ".join(actor.aliases))) if value)]
    for slug, paragraphs in entry.sources[:_SOURCES_SHOWN]:
        lines.append(f"  {slug}: {', '.join(f'p{n}' for n in paragraphs)}")
    if len(entry.sources) > _SOURCES_SHOWN:
        lines.append(f"  and {len(entry.sources) - _SOURCES_SHOWN} more articles")
    return "\n".join(lines)


def draft_gazetteer(entries: tuple[RosterEntry, ...]) -> str:
    """Return a gazetteer listing every actor of the roster, ready to edit."""
    actors = [{"name": e.actor.name, "kind": e.actor.kind,
               **({"role": e.actor.role} if e.actor.role else {}),
               **({"aliases": list(e.actor.aliases)} if e.actor.aliases else {})} for e in entries]
    header = ("# A gazetteer draft written by `briefing actors --draft`: the actors found in the articles.\n"
              "# Rename, merge (aliases), set kind or role, add `hide: true`, or delete entries you do not\n"
              "# need to curate; then save it as the gazetteer (gazetteer.yaml).\n")
    return header + yaml.safe_dump({"actors": actors}, allow_unicode=True, sort_keys=False, width=110)
