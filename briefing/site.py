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

from briefing.cache import code_fingerprint
from briefing.collect import Progress, article_parts, collect_articles
from briefing.dossier import make_dossier
from briefing.errors import Problem
from briefing.feeds import site_files, source_date
from briefing.freshness import (
    Stamp,
    files_digest,
    folder_files,
    input_digest,
    output_digest,
    read_stamp,
    remove_stamp,
    write_stamp,
)
from briefing.load import package_data
from briefing.memo import BuildMemo
from briefing.outputs import articles_json
from briefing.pages import plan_pages
from briefing.records import Page, SiteConfig
from briefing.render import compiled_folder, make_environment, render_page, template_closure
from briefing.render_pool import RenderJob, RenderPool, worker_count
from briefing.reuse import PageReuse
from briefing.search import SearchDocuments, SearchIndex, Shard, ShardIndexer, plan_shards
from briefing.views import article_path
from briefing.write import MARKER, SitePatcher, SiteWriter, check_output_folder


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
    with _cycle_collector_paused():
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
    check_output_folder(config.out, config.source)
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
    with tempfile.TemporaryDirectory(prefix=".briefing-scratch-", dir=config.out.parent) as scratch:
        yield Path(scratch)


def _build_pages(config: SiteConfig, run: _Run, cache_root: Path, inputs: str, static: str) -> BuildReport:
    """Build every page (reusing what the previous build wrote where nothing changed) and swap them in."""
    clock, progress, folder = run.clock, run.progress, cache_folder(config)
    collected = collect_articles(config, cache_root, progress, run.memo)
    articles, bodies = collected.articles, collected.bodies
    clock.lap("load, clean, extract (cached)")
    shards = plan_shards([(article_path(a), a.date.year if a.date else None) for a in articles],
                         config.split_by_year_from) if config.search else ()
    parts = article_parts(collected, run.memo)
    pages = plan_pages(articles, bodies, make_dossier(articles, collected.extractions, collected.gazetteer,
                                                      parts.dossier),
                       search_bundles=tuple(s.folder for s in shards), inputs=collected.inputs,
                       large=len(articles) >= config.split_by_year_from, view=parts.view)
    env = make_environment(templates_folder(config), folder / "templates" if folder else None)
    reuse = PageReuse(folder / "pages.json" if folder else None, config.out,
                      _render_salts(config, env, {page.template for page in pages}, run.memo))
    clock.lap("plan pages")
    documents, deferred = SearchDocuments(cache_root / "search"), []
    with _writer(config) as writer, ShardIndexer(
            writer.temp, shards, partial(_keep_previous_bundle, writer, reuse, config.out,
                                         deferred if run.search_later else None), documents,
            page_file=writer.current, jobs=config.jobs) as indexer:
        workers = _write_pages(writer, env, _plan_writes(pages, reuse, shards), config, reuse, progress, indexer)
        clock.lap("render and write pages")
        writer.write_lines("articles.json", articles_json(map(parts.record, articles)))
        for path, text in site_files(articles, bodies, pages, config, fallback=source_date(os.environ)):
            writer.write_text(path, text)
        writer.write_text(".nojekyll", "")
        writer.copy_tree(static_folder(config), "static")
        clock.lap("articles.json, feed, sitemap, static")
        search = indexer.finish(partial(progress, "indexing") if progress else None) if config.search else None
        documents.prune(indexer.digests())
        clock.lap("search index (what is left after rendering)")
    reuse.save()
    clock.lap("swap into place")
    if folder and not deferred:
        write_stamp(folder, Stamp(inputs, static, output_digest(config.out), len(articles), len(pages),
                                  collected.warnings))
        clock.lap("stamp the output")
    elif folder:
        remove_stamp(folder)  # the search index is behind the pages: the next build must run
    return BuildReport(len(articles), len(pages), collected.warnings, clock.total(), config.out,
                       search, tuple(clock.stages), reuse.reused, render_workers=workers,
                       search_pending=len(deferred))


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


def _keep_previous_bundle(writer: SiteWriter, reuse: PageReuse, out: Path, deferred: list[Shard] | None,
                          shard: Shard) -> bool:
    """Keep the previous build's bundle of a shard none of whose pages changed; return whether it was.

    With deferred (a list), a shard whose pages changed keeps its previous bundle too, if it has
    one, and is added to the list instead of being indexed now.
    """
    key = reuse.group_key(shard.pages)
    previous = out / shard.folder
    bundle = (previous / "pagefind.js").is_file()
    if bundle and key is not None and key == reuse.previous_group_key(shard.folder):
        reuse.record_group(shard.folder, key)
        writer.link_tree(previous, shard.folder)
        return True
    if deferred is None:
        reuse.record_group(shard.folder, key)
        return False
    deferred.append(shard)  # no group key recorded: the next build indexes it
    if bundle:
        writer.link_tree(previous, shard.folder)
    return True


@dataclass(frozen=True, slots=True)
class _Write:
    """One page to put in the site: rendered, or linked from the previous build's file."""

    page: Page
    fingerprint: str | None
    previous: str | None


def _plan_writes(pages: tuple[Page, ...], reuse: PageReuse, shards: tuple[Shard, ...]) -> list[_Write]:
    """Decide which pages to render and which to link; order them so search indexing starts early.

    Article pages come first, those of search shards with a changed page before the others, so
    those shards' indexers run while the rest of the site is written.
    """
    writes = [_Write(page, (fingerprint := reuse.fingerprint(page)), reuse.previous_file(page.path, fingerprint))
              for page in pages]
    shard_of = {path: shard.name for shard in shards for path in shard.pages}
    changed = {shard_of[w.page.path] for w in writes if w.previous is None and w.page.path in shard_of}
    return sorted(writes, key=lambda w: (w.page.kind != "article", shard_of.get(w.page.path) not in changed))


def _write_pages(writer: SiteWriter, env: Environment, writes: list[_Write], config: SiteConfig,
                 reuse: PageReuse, progress: Progress | None, indexer: ShardIndexer) -> int:
    """Link the unchanged pages and render the others; many article pages go to worker processes.

    Return how many worker processes rendered pages (0: all were rendered in this process).
    """
    pooled = {w.page.path: w for w in writes if w.previous is None and w.page.kind == "article"}
    workers = worker_count(config.jobs, len(pooled))
    pooled = pooled if workers else {}
    job = RenderJob(templates_folder(config), config, config.out, writer.temp,
                    indexer.documents.folder if config.search else None, compiled_folder(env))
    done = 0

    def record(write: _Write, file: Path | None, digest: str) -> None:
        """Note a page written to file, or kept from the previous build (file None)."""
        nonlocal done
        if file is None:
            reuse.keep(write.page.path)
        else:
            reuse.record(write.page.path, write.fingerprint, file, digest)
        indexer.written(write.page.path, digest)
        done += 1
        if progress:
            progress("rendering", done, len(writes))

    with RenderPool(job, [w.page for w in pooled.values()], workers=workers) as pool:
        for write in writes:
            page = write.page
            if write.previous:
                writer.link(page.path, write.previous)
                record(write, None, reuse.previous_search_digest(page.path))
            elif page.path not in pooled:
                html = render_page(env, page, config)
                file = writer.write_text(page.path, html)
                record(write, file, indexer.documents.add(html) if indexer.indexes(page.path) else "")
            for rendered, digest in pool.finished():
                record(pooled[rendered.path], writer.temp / rendered.path, digest)
        for rendered, digest in pool.finished(wait=True):
            record(pooled[rendered.path], writer.temp / rendered.path, digest)
    return workers


def _input_digest(config: SiteConfig) -> str:
    """Hash every input of a build but the static files, without reading the articles (see freshness.py)."""
    gazetteer = config.gazetteer if config.gazetteer.is_file() else package_data("gazetteer.yaml")
    files = [gazetteer, *folder_files(templates_folder(config))]
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


def cache_folder(config: SiteConfig) -> Path | None:
    """Return the build cache folder (beside the output unless configured), or None when disabled."""
    if not config.use_cache:
        return None
    return config.cache_dir or config.out.parent / ".briefing-cache"


def templates_folder(config: SiteConfig) -> Path:
    """Return the user's templates folder if it exists, else the project's own."""
    return config.templates if config.templates.is_dir() else project_folder() / "templates"


def static_folder(config: SiteConfig) -> Path:
    """Return the user's static folder if it exists, else the project's own."""
    return config.static if config.static.is_dir() else project_folder() / "static"


def project_folder() -> Path:
    """Return the folder holding the package, its templates and static files."""
    return Path(__file__).resolve().parent.parent
