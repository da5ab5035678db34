"""Run a build: load, clean, plan, render, then write the site all or nothing (see write.py)."""

from __future__ import annotations

import gc
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from jinja2 import Environment

from briefing.build.cache import code_fingerprint
from briefing.build.collect import (
    ArticleParts,
    Collected,
    Progress,
    article_parts,
    collect_articles,
)
from briefing.build.folders import cache_folder, static_folder, templates_folder
from briefing.build.freshness import (
    Stamp,
    files_digest,
    folder_files,
    input_digest,
    output_digest,
    read_stamp,
    remove_stamp,
    write_stamp,
)
from briefing.build.interrupts import exit_on_interrupt
from briefing.build.lock import output_lock, remove_leftovers, temporary_prefix
from briefing.build.memo import BuildMemo
from briefing.build.page_writes import keep_previous_bundle, plan_writes, write_pages
from briefing.build.reuse import PageReuse
from briefing.build.write import MARKER, SitePatcher, SiteWriter, check_output_folder
from briefing.errors import Problem
from briefing.read.load import package_data
from briefing.read.page_files import figure_files
from briefing.records import Article, Page, SiteConfig
from briefing.site.dossier import make_dossier
from briefing.site.feeds import site_files, source_date
from briefing.site.outputs import articles_json
from briefing.site.pages import plan_pages
from briefing.site.render import (
    make_environment,
    template_closure,
)
from briefing.site.search import (
    SearchDocuments,
    SearchIndex,
    Shard,
    ShardIndexer,
    plan_shards,
)
from briefing.site.views import article_path


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a finished build did, for the summary line and for tests."""

    articles: int
    pages: int
    warnings: tuple[Problem, ...]
    seconds: float
    out: Path
    search: SearchIndex | None = None
    """The search indexing stage (pages indexed, seconds), run inside the build folder before the swap."""
    stages: tuple[tuple[str, float], ...] = ()
    """Seconds spent in each stage, in order."""
    reused: int = 0
    """Pages linked unchanged from the previous build instead of rendered."""
    up_to_date: bool = False
    """True when nothing changed since the last build and the output folder was left as it was."""
    static_only: bool = False
    """True when only static files changed: the pages were kept and static/ written again."""
    render_workers: int = 0
    """Worker processes that rendered article pages (0: every page was rendered in the build's own process)."""
    search_pending: int = 0
    """Search shards left for the next build to index (build(search_later=True) only)."""


class _Stopwatch:
    """Times the stages of one build, for --timings and the benchmark's breakdown."""

    def __init__(self) -> None:
        self.stages: list[tuple[str, float]] = []
        self.started = self.last = time.perf_counter()

    def total(self) -> float:
        """Return the seconds since the build started."""
        return time.perf_counter() - self.started

    def lap(self, stage: str) -> None:
        """Record the time since the previous lap under stage."""
        now = time.perf_counter()
        self.stages.append((stage, now - self.last))
        self.last = now


def build(config: SiteConfig, *, progress: Progress | None = None, search_later: bool = False,
          memo: BuildMemo | None = None) -> BuildReport:
    """Build the site into config.out, all or nothing; raise BuildError and leave out as it was on failure.

    search_later (for `serve`, so pages update first): search shards whose pages changed keep
    their previous bundle instead of being indexed, and the build is not stamped as up to date;
    the report says so (search_pending) and the next build indexes them. memo: what `serve`
    remembers between builds (see memo.py).
    """
    check_output_folder(config.out, config.source)
    with output_lock(config.out), exit_on_interrupt(config.out, partial(remove_leftovers, config.out)), \
            _cycle_collector_paused():
        remove_leftovers(config.out)
        return _build(config, _Run(_Stopwatch(), progress, search_later, memo))


@dataclass(frozen=True, slots=True)
class _Run:
    """How this build runs: its stopwatch, its progress display, whether search may wait, what
    earlier builds of the same session left to reuse."""

    clock: _Stopwatch
    progress: Progress | None
    search_later: bool
    memo: BuildMemo | None = None


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    # A build makes millions of long-lived objects (records, views, pages) and little cyclic garbage;
    # the cycle collector would scan them over and over: a fifth of a 10,000-article rebuild.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(config: SiteConfig, run: _Run) -> BuildReport:
    folder = cache_folder(config)
    inputs, static = (_input_digest(config), files_digest(folder_files(static_folder(config)))) if folder else ("", "")
    stamp = read_stamp(folder) if folder else None
    if stamp and stamp.inputs == inputs and config.out.is_dir() and stamp.outputs == output_digest(config.out):
        return _pages_unchanged(config, stamp, static, run.clock)
    run.clock.lap("check for changes")
    with build_cache_root(config) as cache_root:
        return _build_pages(config, run, cache_root, inputs, static)


@contextmanager
def build_cache_root(config: SiteConfig) -> Iterator[Path]:
    """Yield the build cache folder, or a scratch folder beside the output removed after the build."""
    folder = cache_folder(config)
    if folder is not None:
        yield folder
        return
    config.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=temporary_prefix(config.out, "scratch"), dir=config.out.parent) as scratch:
        yield Path(scratch)


def _build_pages(config: SiteConfig, run: _Run, cache_root: Path, inputs: str, static: str) -> BuildReport:
    """Run the pipeline: read and prepare the articles, plan the pages, then render, write and index
    them into the output, reusing what the previous build wrote wherever nothing changed."""
    collected = _read_articles(config, cache_root, run)
    plan = _plan_site(config, collected, run)
    with _open_output(config, plan, cache_root, run) as output:
        workers = _render_pages(output, plan, config, run)
        _write_site_files(output, collected, plan, config, run)
        search = _index_search(output, config, run)
    _stamp(config, run, inputs, static, collected, plan, output)
    return BuildReport(len(plan.articles), len(plan.pages), collected.warnings, run.clock.total(), config.out,
                       search, tuple(run.clock.stages), plan.reuse.reused, render_workers=workers,
                       search_pending=len(output.deferred))


def _read_articles(config: SiteConfig, cache_root: Path, run: _Run) -> Collected:
    """Read, clean, convert and extract every article (cached per article, in worker processes)."""
    collected = collect_articles(config, cache_root, run.progress, run.memo)
    run.clock.lap("load, clean, extract (cached)")
    return collected


@dataclass(frozen=True, slots=True)
class _Plan:
    """Every page of the site and how to make it: its template environment, what can be reused."""

    articles: tuple[Article, ...]
    pages: tuple[Page, ...]
    shards: tuple[Shard, ...]
    parts: ArticleParts
    env: Environment
    reuse: PageReuse


def _plan_site(config: SiteConfig, collected: Collected, run: _Run) -> _Plan:
    """Plan every page (kind, template, unique path), the search shards, and which pages are unchanged."""
    articles, folder = collected.articles, cache_folder(config)
    shards = plan_shards([(article_path(a), a.date.year if a.date else None) for a in articles],
                         config.split_by_year_from) if config.search else ()
    parts = article_parts(collected, run.memo)
    dossier = make_dossier(articles, collected.extractions, collected.gazetteer, parts.dossier)
    pages = plan_pages(articles, collected.bodies, dossier, search_bundles=tuple(s.folder for s in shards),
                       inputs=collected.inputs, large=len(articles) >= config.split_by_year_from, view=parts.view)
    env = make_environment(templates_folder(config), folder / "templates" if folder else None)
    reuse = PageReuse(folder / "pages.json" if folder else None, config.out,
                      _render_salts(config, env, {page.template for page in pages}, run.memo))
    run.clock.lap("plan pages")
    return _Plan(articles, pages, shards, parts, env, reuse)


@dataclass(frozen=True, slots=True)
class _Output:
    """Where this build writes (all or nothing) and the search indexer fed as pages are written."""

    writer: SiteWriter
    indexer: ShardIndexer
    documents: SearchDocuments
    deferred: list[Shard]
    """Shards left for the next build to index (build(search_later=True))."""


@contextmanager
def _open_output(config: SiteConfig, plan: _Plan, cache_root: Path, run: _Run) -> Iterator[_Output]:
    """Yield the output being written; on leaving, swap it into place (or discard it on an error)."""
    documents, deferred = SearchDocuments(cache_root / "search"), []
    keep = partial(keep_previous_bundle, plan.reuse, config.out, deferred if run.search_later else None)
    with _writer(config) as writer, ShardIndexer(writer.temp, plan.shards, partial(keep, writer), documents,
                                                 page_file=writer.current, jobs=config.jobs) as indexer:
        yield _Output(writer, indexer, documents, deferred)
    plan.reuse.save()
    run.clock.lap("swap into place")


def _render_pages(output: _Output, plan: _Plan, config: SiteConfig, run: _Run) -> int:
    """Render the changed pages and link the unchanged ones; return how many worker processes rendered."""
    writes = plan_writes(plan.pages, plan.reuse, plan.shards)
    workers = write_pages(output.writer, plan.env, writes, config, plan.reuse, run.progress, output.indexer)
    run.clock.lap("render and write pages")
    return workers


def _write_site_files(output: _Output, collected: Collected, plan: _Plan, config: SiteConfig, run: _Run) -> None:
    """Write the data and feeds (articles.json, Atom, sitemap, robots) and copy the static files."""
    writer = output.writer
    writer.write_lines("articles.json", articles_json(map(plan.parts.record, plan.articles)))
    for path, text in site_files(plan.articles, collected.bodies, plan.pages, config,
                                 fallback=source_date(os.environ)):
        writer.write_text(path, text)
    writer.write_text(".nojekyll", "")
    writer.copy_tree(static_folder(config), "static")
    for path, file in figure_files(plan.articles, config.source):
        writer.write_bytes(path, file.read_bytes())
    run.clock.lap("articles.json, feed, sitemap, static")


def _index_search(output: _Output, config: SiteConfig, run: _Run) -> SearchIndex | None:
    """Finish the search index (most shards were indexed while pages were written); prune old documents."""
    progress = partial(run.progress, "indexing") if run.progress else None
    search = output.indexer.finish(progress) if config.search else None
    output.documents.prune(output.indexer.digests())
    run.clock.lap("search index (what is left after rendering)")
    return search


def _stamp(config: SiteConfig, run: _Run, inputs: str, static: str, collected: Collected, plan: _Plan,
           output: _Output) -> None:
    """Record what this build was made from, so that an unchanged next build can stop early."""
    folder = cache_folder(config)
    if folder and not output.deferred:
        write_stamp(folder, Stamp(inputs, static, output_digest(config.out), len(plan.articles), len(plan.pages),
                                  collected.warnings))
        run.clock.lap("stamp the output")
    elif folder:
        remove_stamp(folder)  # the search index is behind the pages: the next build must run


def remember_articles(config: SiteConfig, memo: BuildMemo) -> None:
    """Fill memo with every article and its parts, as a build would (for `serve`, after a first
    build that found nothing changed), so the next build reads only the files that changed.

    Raise BuildError as a build would; without the build cache there is nothing to remember.
    """
    folder = cache_folder(config)
    if folder is None:
        return
    with _cycle_collector_paused():
        collected = collect_articles(config, folder, memo=memo)
        parts = article_parts(collected, memo)
        for make in (parts.dossier, parts.view, parts.record):
            for article in collected.articles:
                make(article)


def _pages_unchanged(config: SiteConfig, stamp: Stamp, static: str, clock: _Stopwatch) -> BuildReport:
    """Finish a build whose pages are all still good: leave the output alone, or only copy static/ again."""
    clock.lap("check for changes")
    if stamp.static != static:
        with _writer(config) as writer:
            writer.link_previous(skip="static")
            writer.copy_tree(static_folder(config), "static")
        folder = cache_folder(config)
        assert folder is not None
        write_stamp(folder, replace(stamp, static=static, outputs=output_digest(config.out)))
        clock.lap("copy static files, keep the pages")
    return BuildReport(stamp.articles, stamp.pages, stamp.warnings, clock.total(), config.out,
                       stages=tuple(clock.stages), reused=stamp.pages,
                       up_to_date=stamp.static == static, static_only=stamp.static != static)


def _writer(config: SiteConfig) -> SiteWriter:
    """Return the writer for the output: one updating it in place when it holds an earlier build
    and the cache lets pages be kept, else one writing a new folder swapped in at the end."""
    if cache_folder(config) and (config.out / MARKER).is_file():
        return SitePatcher(config.out)
    return SiteWriter(config.out)


def _input_digest(config: SiteConfig) -> str:
    """Hash every input of a build but the static files, without reading the articles (see freshness.py)."""
    gazetteer = config.gazetteer if config.gazetteer.is_file() else package_data("gazetteer.yaml")
    files = [gazetteer, *([config.outlets] if config.outlets.is_file() else []), *folder_files(templates_folder(config))]
    setting = "\0".join((repr(config), code_fingerprint(), os.environ.get("SOURCE_DATE_EPOCH", ""),
                          str(config.out.resolve())))
    return input_digest(config.source, files, setting)


def _render_salts(config: SiteConfig, env: Environment, templates: set[str],
                  memo: BuildMemo | None = None) -> dict[str, str]:
    """Hash what shapes a page besides its own context, by page template: the code, the configuration
    and the templates it is made of, so editing the quotes page's template re-renders only that page."""
    shared = code_fingerprint(repr(config).encode())
    folder = templates_folder(config)
    state = files_digest(folder_files(folder)) if memo else ""
    salts = {}
    for name in sorted(templates):
        digest = hashlib.sha256(shared.encode())
        closure = memo.closure(state, name, partial(template_closure, env, name)) if memo \
            else template_closure(env, name)
        for part in closure:
            digest.update(b"\0" + part.encode() + b"\0" + (folder / part).read_bytes())
        salts[name] = digest.hexdigest()
    return salts
