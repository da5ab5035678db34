"""Collect the articles of a build: find and read the files, prepare each (from the build cache
or the memo where possible), check them together, and say what the build makes of each one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

from briefing.build.cache import BuildCache, SourceKeys, code_fingerprint
from briefing.build.memo import BuildMemo
from briefing.build.prepare import (
    Preparation,
    Prepared,
    cached_article,
    prepare_articles,
)
from briefing.errors import BuildError, Problem
from briefing.extract.cast import Cast, cast_digest, make_cast, recast
from briefing.extract.extraction import Extraction, Gazetteer, load_gazetteer
from briefing.read.load import (
    FoundFile,
    display_path,
    find_article_files,
    read_found_files,
)
from briefing.read.readerdata import load_reader_rules
from briefing.records import Article, SiteConfig
from briefing.site.dossier import ActorLinks, ArticleDossier, article_dossier
from briefing.site.outputs import article_json
from briefing.site.pages import check_articles
from briefing.site.views import ArticleView, article_view, sort_articles
from briefing.stored import Body

T = TypeVar("T")
SOURCE_KEYS = "sources.json"
"""Beside the cache entries: each article file's signature and key (see cache.SourceKeys)."""
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class Collected:
    """Every article prepared and in timeline order, with the build's warnings."""

    articles: tuple[Article, ...]
    bodies: dict[str, Body]
    """Each article's body HTML by slug, most of them left in the build cache until rendered."""
    extractions: dict[str, Extraction]
    inputs: dict[str, str]
    """Each article's cache key by slug (a hash of everything its Prepared record is made from),
    with a digest of what the cast makes of the actors it names."""
    gazetteer: Cast
    """The briefing's actors: the gazetteer's and the ones discovered across the articles."""
    warnings: tuple[Problem, ...]


def collect_articles(config: SiteConfig, cache_root: Path, progress: Progress | None = None,
                     memo: BuildMemo | None = None) -> Collected:
    """Read, clean, render and extract every article; raise one BuildError holding every problem.

    cache_root is the build cache folder, or a scratch folder for a build without the cache:
    either way the bodies are kept there, not in memory. A file unchanged since the last build
    (same signature) is not read: its key is known (cache.SourceKeys), or memo (kept by `serve`
    between builds) has its article.
    """
    found, warnings = find_article_files(config.source)
    gazetteer, gazetteer_bytes = _gazetteer(config)
    rules, outlets_bytes = load_reader_rules(config.outlets)
    settings = Preparation(rules, gazetteer, config.words_per_minute, config.markdown_extensions,
                           config.discover_actors)
    cache = BuildCache(cache_root, code_fingerprint(str(config.words_per_minute).encode(), gazetteer_bytes,
                                                    outlets_bytes, repr(config.markdown_extensions).encode(),
                                                    b"discover" if config.discover_actors else b"gazetteer only"),
                       scratch=not config.use_cache)
    scope = "\0".join((str(config.source.resolve()), display_path(config.source), str(cache_root.resolve()),
                       cache.fingerprint))
    if memo:
        memo.enter(scope)
    keys = SourceKeys(cache_root / SOURCE_KEYS if config.use_cache else None, scope)
    unchanged = _unchanged(found, memo, keys, cache)
    files, problems = read_found_files([f for f in found if f.name not in unchanged])
    results = prepare_articles(files, settings, cache=cache, jobs=config.jobs, total=len(found),
                               done_before=len(unchanged),
                               progress=partial(progress, "preparing") if progress else None)
    read = {file.name: (key, result) for file, (key, result) in zip(files, results) if isinstance(result, Prepared)}
    problems = [*problems, *(p for _, result in results if isinstance(result, BuildError) for p in result.problems)]
    outcomes = {**unchanged, **read}
    cache.prune({key for key, _ in outcomes.values()})
    prepared = [outcomes[f.name][1] for f in found if f.name in outcomes]
    articles = tuple(p.article for p in prepared)
    try:
        check_articles(articles, paths={f.name: f.shown for f in found})
    except BuildError as error:
        problems.extend(error.problems)
    if problems:
        raise BuildError(problems)
    settled = {f.name for f in files if f.settled} | unchanged.keys()
    known = {f.name: (f.signature, *outcomes[f.name]) for f in found if f.name in settled}
    keys.save({name: (signature, key) for name, (signature, key, _) in known.items()})
    if memo:
        memo.keep(known)
    all_warnings = (*warnings, *(w for a in articles for w in a.warnings))
    if config.strict and all_warnings:
        raise BuildError([Problem(w.path, f"{w.message} [--strict makes warnings errors]", w.line)
                          for w in all_warnings])
    ordered = sort_articles(articles)
    extractions = {p.article.slug: p.extraction for p in prepared}
    # Discovered actors are merged across articles here, once every article is prepared.
    cast = make_cast(gazetteer, (extractions[a.slug] for a in ordered), {a.publication for a in ordered if a.publication})
    keys = {outcome[1].article.slug: outcome[0] for outcome in outcomes.values()}
    return Collected(ordered, {p.article.slug: p.body for p in prepared},
                     {slug: recast(found, cast) for slug, found in extractions.items()},
                     {slug: f"{key}.{cast_digest(extractions[slug], cast)}" for slug, key in keys.items()}, cast,
                     tuple(all_warnings))


def _unchanged(found: tuple[FoundFile, ...], memo: BuildMemo | None, keys: SourceKeys,
               cache: BuildCache) -> dict[str, tuple[str, Prepared]]:
    """Return (cache key, prepared article) by name for the files whose signature says they are
    unchanged: from memo if it has them, else from the cache under the key recorded for them."""
    unchanged = {}
    for file in found:
        hit = memo.recall(file) if memo else None
        key = keys.key(file.name, file.signature) if hit is None else None
        prepared = cached_article(cache, key) if key else None
        if hit or prepared:
            unchanged[file.name] = hit or (key, prepared)
    return unchanged


def _gazetteer(config: SiteConfig) -> tuple[Gazetteer, bytes]:
    """Load the briefing's gazetteer, or none when it has no such file (its actors are all discovered:
    no other story's curation leaks in); return it and its bytes."""
    path = config.gazetteer
    if not path.is_file():
        return Gazetteer(()), b""
    try:
        return load_gazetteer(path), path.read_bytes()
    except (ValueError, OSError) as error:
        raise BuildError([Problem(str(path), str(error).replace(f"{path}: ", ""))]) from None


@dataclass(frozen=True, slots=True)
class ArticleParts:
    """What a build makes of each article on its own: its part of the dossier, its presentation
    fields, its articles.json record (remembered between the builds of a `serve` session)."""

    dossier: Callable[[Article], ArticleDossier]
    view: Callable[[Article], ArticleView]
    record: Callable[[Article], str]


def article_parts(collected: Collected, memo: BuildMemo | None) -> ArticleParts:
    """Return how this build makes each article's parts: remembering them in memo, if given."""
    def remembered(kind: str, make: Callable[[Article], T]) -> Callable[[Article], T]:
        return memo.per_article(kind, collected.inputs, make) if memo else make
    links = ActorLinks(collected.gazetteer)
    return ArticleParts(
        remembered("dossier", lambda a: article_dossier(a, collected.extractions[a.slug], links)),
        remembered("view", article_view),
        remembered("json", lambda a: article_json(a, collected.extractions[a.slug])))
