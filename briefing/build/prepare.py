"""Prepare articles for the site: decode, clean, render the body and extract, cached and in parallel."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from briefing.build.cache import BuildCache
from briefing.build.workers import start_worker
from briefing.errors import BuildError, Problem
from briefing.extract.extraction import Extraction, Gazetteer, extract
from briefing.fastpickle import fast_pickle, replaced
from briefing.read.article import make_article
from briefing.read.clean import CleanRules
from briefing.read.load import ArticleFile, read_source
from briefing.read.markdown_options import ExtensionSetting
from briefing.read.markup import BodyRenderer, body_renderer, first_paragraph_text, paragraph_texts
from briefing.read.page_files import is_page
from briefing.records import Article
from briefing.stored import Body

PARALLEL_THRESHOLD = 200
"""Below this many articles to prepare, starting worker processes costs more than it saves."""
CHUNK = 100


@fast_pickle
@dataclass(frozen=True, slots=True)
class Prepared:
    """One article ready for the pages: its record, its safe body HTML and what was extracted."""

    article: Article
    body: Body
    """The HTML itself, or where the build cache keeps it (read when a page is rendered)."""
    extraction: Extraction


@dataclass(frozen=True, slots=True)
class Preparation:
    """What preparing needs, sent once to each worker."""

    rules: CleanRules
    gazetteer: Gazetteer
    words_per_minute: int
    markdown_extensions: tuple[ExtensionSetting, ...] = ()
    discover_actors: bool = True


def prepare_articles(files: Sequence[ArticleFile], settings: Preparation, *, cache: BuildCache, jobs: int,
                     progress: Callable[[int, int], None] | None = None, done_before: int = 0, total: int = 0,
                     ) -> list[tuple[str, Prepared | BuildError | None]]:
    """Prepare every file (from the cache where possible); progress(done, total) as files are prepared.

    Return each file's cache key (a hash of its bytes and of everything that shapes a Prepared:
    what the article's own pages are made from) and its Prepared or BuildError, in file order.
    done_before and total count files the caller has already (for progress).
    """
    keys = [cache.key(f.shown.encode() + b"\0" + f.content()) for f in files]
    results: list[Prepared | BuildError | None] = [cached_article(cache, k) for k in keys]
    missing = [i for i, r in enumerate(results) if r is None]
    total = total or len(files)
    work = [_Work(files[i], keys[i]) for i in missing]
    for done, (index, result) in enumerate(zip(missing, _prepare_many(work, settings, cache, jobs)),
                                           start=done_before + len(files) - len(missing) + 1):
        results[index] = result
        if progress:
            progress(done, total)
    return list(zip(keys, results))


def cached_article(cache: BuildCache, key: str) -> Prepared | None:
    """Return the cached article for a key, its body left in the cache, or None."""
    hit = cache.get(key)
    if hit is None:
        return None
    (article, extraction), body = hit  # the key covers the code: only this code's _store wrote it
    return Prepared(article, body, extraction)


def _store(cache: BuildCache, key: str, prepared: Prepared) -> Prepared:
    """Cache a freshly prepared article; return it holding where its body is, not the body itself."""
    stored = cache.put(key, (prepared.article, prepared.extraction), str(prepared.body))
    return prepared if stored is None else Prepared(prepared.article, stored, prepared.extraction)


@dataclass(frozen=True, slots=True)
class _Work:
    """A file to prepare and the key its cache entry goes under."""

    file: ArticleFile
    key: str


def _prepare_many(work: list[_Work], settings: Preparation, cache: BuildCache,
                  jobs: int) -> Iterator[Prepared | BuildError]:
    """Yield the prepared files in order, as the workers finish them; each worker caches its own."""
    workers = min(jobs or os.cpu_count() or 1, max(1, len(work) // CHUNK))
    if workers < 2 or len(work) < PARALLEL_THRESHOLD:
        yield from prepare_chunk(work, settings, cache)
        return
    chunks = [work[i:i + CHUNK] for i in range(0, len(work), CHUNK)]
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start, initargs=(os.getpid(), settings, cache))
    try:
        for chunk in pool.map(_prepare_in_worker, chunks):
            yield from chunk
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # on Ctrl-C or an error, run no more chunks


_worker_setup: list[tuple[Preparation, BuildCache]] = []
"""Set once in each worker as it starts (see _start): what it prepares with. The build's own process
never sets it."""


def _start(build: int, settings: Preparation, cache: BuildCache) -> None:
    """A worker's initializer: settings and cache reach it once, not pickled again with every chunk
    (the cleaning rules and gazetteer are some 100 kB; through a fork they are not pickled at all)."""
    start_worker(build)
    _worker_setup.append((settings, cache))


def _prepare_in_worker(work: list[_Work]) -> list[Prepared | BuildError]:
    """Prepare and cache a chunk of files in a worker, with what it was started with."""
    settings, cache = _worker_setup[0]
    return prepare_chunk(work, settings, cache)


def prepare_chunk(work: list[_Work], settings: Preparation, cache: BuildCache) -> list[Prepared | BuildError]:
    """Prepare and cache files in this process; a bad file yields its BuildError, not an exception.

    Caching here, in the worker, spares the build's own process pickling every article again and
    receiving its body HTML: a Prepared comes back holding where its body is.
    """
    renderer = body_renderer(settings.markdown_extensions)
    results: list[Prepared | BuildError] = []
    for item in work:
        try:
            results.append(_store(cache, item.key, prepare_file(item.file, settings, renderer)))
        except BuildError as error:
            results.append(error)
    return results


def prepare_file(file: ArticleFile, settings: Preparation, renderer: BodyRenderer) -> Prepared:
    """Turn one file's bytes into a Prepared article; raise BuildError on bad input."""
    if is_page(file.name):
        # Imported here: trafilatura takes a third of a second to import, which a build without pages never pays.
        from briefing.read.page_article import make_page_article
        article, body, paragraphs = make_page_article(file, renderer, settings.rules,
                                                      words_per_minute=settings.words_per_minute)
    else:
        article, body, paragraphs = _read_text_file(file, settings, renderer)
    try:
        extraction = extract(paragraphs, article.published_day, settings.gazetteer, discover=settings.discover_actors)
    except Exception as error:  # noqa: BLE001  (a fault of ours must not keep the article's text off the site)
        warning = Problem(file.shown, "actors, quotes and events could not be read from this article "
                                      f"({type(error).__name__}: {error}); it is published without them. "
                                      "This is a fault in briefing: please report it with the file")
        return Prepared(replaced(article, warnings=(*article.warnings, warning)), body, Extraction((), (), ()))
    return Prepared(article, body, extraction)


def _read_text_file(file: ArticleFile, settings: Preparation,
                    renderer: BodyRenderer) -> tuple[Article, str, tuple[str, ...]]:
    """Read a raw-text or Markdown file: its article, its body's HTML and the paragraphs a reader sees."""
    cleaned = make_article(read_source(file.data, file.shown, file.name), settings.rules,
                           words_per_minute=settings.words_per_minute)
    article, paragraphs = cleaned.article, cleaned.paragraphs
    if article.kind != "md":
        return article, renderer.text_html(paragraphs), paragraphs
    body = renderer.markdown_html(cleaned.body_markdown)
    # Summaries, descriptions and the feed show the lead: the text a reader sees, not Markdown;
    # quotes and events cite paragraphs by the body's #pN anchors, and quote what a reader sees.
    return replaced(article, lead=first_paragraph_text(body)), body, paragraph_texts(body)
