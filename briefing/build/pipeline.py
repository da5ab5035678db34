"""Build the pages when something changed: read and prepare the articles, plan the pages, render
and write them all or nothing, index them for search, and stamp what the build was made from."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from jinja2 import Environment

from briefing.build.cache import code_fingerprint
from briefing.build.collect import ArticleParts, Collected, article_parts, collect_articles
from briefing.build.engine import BuildReport, Run, cycle_collector_paused, output_writer
from briefing.build.folders import cache_folder, static_folder, templates_folder
from briefing.build.freshness import Stamp, files_digest, folder_files, output_digest, remove_stamp, write_stamp
from briefing.build.memo import BuildMemo
from briefing.build.page_writes import keep_previous_bundle, plan_writes, write_pages
from briefing.build.record_lines import RecordLines
from briefing.build.reuse import PageReuse
from briefing.build.template_closures import TemplateClosures
from briefing.build.write import SiteWriter
from briefing.read.page_files import figure_files
from briefing.records import Article, Page, SiteConfig
from briefing.site.dossier import make_dossier
from briefing.site.feeds import site_files, source_date
from briefing.site.outputs import articles_json
from briefing.site.pages import plan_pages
from briefing.site.render import make_environment, template_closure
from briefing.site.search import SearchDocuments, SearchIndex, Shard, ShardIndexer, plan_shards
from briefing.site.views import article_path

RECORD_LINES = "records.txt"
"""In the build cache folder: each article's articles.json line by its input key (see record_lines.py)."""
CLOSURES = "closures.json"
"""In the build cache folder: the templates each page template is made of (see template_closures.py)."""


def build_pages(config: SiteConfig, run: Run, cache_root: Path, inputs: str, static: str) -> BuildReport:
    """Run the pipeline: read and prepare the articles, plan the pages, then render, write and index
    them into the output, reusing what the previous build wrote wherever nothing changed."""
    collected = _read_articles(config, cache_root, run)
    plan = _plan_site(config, collected, run)
    with _open_output(config, plan, cache_root, run) as output:
        workers = _render_pages(output, plan, config, run)
        _write_site_files(output, collected, plan, config, run, cache_root)
        search = _index_search(output, config, run)
    _stamp(config, run, inputs, static, collected, plan, output)
    return BuildReport(len(plan.articles), len(plan.pages), collected.warnings, run.clock.total(), config.out,
                       search, tuple(run.clock.stages), plan.reuse.reused, render_workers=workers,
                       search_pending=len(output.deferred))


def _read_articles(config: SiteConfig, cache_root: Path, run: Run) -> Collected:
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


def _plan_site(config: SiteConfig, collected: Collected, run: Run) -> _Plan:
    """Plan every page (kind, template, unique path), the search shards, and which pages are unchanged."""
    articles, folder = collected.articles, cache_folder(config)
    shards = plan_shards([(article_path(a), a.date.year if a.date else None) for a in articles],
                         config.split_by_year_from) if config.search else ()
    parts = article_parts(collected, run.memo)
    dossier = make_dossier(articles, collected.extractions, collected.gazetteer, parts.dossier)
    # Without the cache no page is reused (PageReuse fingerprints none), so what each page is made
    # from is not hashed: a tenth of planning a large briefing.
    pages = plan_pages(articles, collected.bodies, dossier, search_bundles=tuple(s.folder for s in shards),
                       inputs=collected.inputs if folder else None, large=len(articles) >= config.split_by_year_from,
                       view=parts.view)
    env = make_environment(templates_folder(config), folder / "templates" if folder else None)
    reuse = PageReuse(folder / "pages.json" if folder else None, config.out,
                      _render_salts(config, env, {page.template for page in pages}, folder, run.memo))
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
def _open_output(config: SiteConfig, plan: _Plan, cache_root: Path, run: Run) -> Iterator[_Output]:
    """Yield the output being written; on leaving, swap it into place (or discard it on an error)."""
    documents, deferred = SearchDocuments(cache_root / "search" if config.use_cache else None), []
    keep = partial(keep_previous_bundle, plan.reuse, config.out, deferred if run.search_later else None)
    with output_writer(config) as writer, ShardIndexer(writer.temp, plan.shards, partial(keep, writer), documents,
                                                 page_file=writer.current, jobs=config.jobs) as indexer:
        yield _Output(writer, indexer, documents, deferred)
    plan.reuse.save()
    run.clock.lap("swap into place")


def _render_pages(output: _Output, plan: _Plan, config: SiteConfig, run: Run) -> int:
    """Render the changed pages and link the unchanged ones; return how many worker processes rendered."""
    writes = plan_writes(plan.pages, plan.reuse, plan.shards)
    workers = write_pages(output.writer, plan.env, writes, config, plan.reuse, run.progress, output.indexer)
    run.clock.lap("render and write pages")
    return workers


def _write_site_files(output: _Output, collected: Collected, plan: _Plan, config: SiteConfig, run: Run,
                      cache_root: Path) -> None:
    """Write the data and feeds (articles.json, Atom, sitemap, robots) and copy the static files."""
    writer = output.writer
    # Serve's memo remembers the records in memory; a build on its own keeps them in the cache folder.
    lines = RecordLines(cache_root / RECORD_LINES if config.use_cache and not run.memo else None)
    writer.write_lines("articles.json", articles_json(map(lines.remembering(plan.parts.record, collected.inputs),
                                                          plan.articles)))
    lines.save()
    for path, text in site_files(plan.articles, collected.bodies, plan.pages, config,
                                 fallback=source_date(os.environ)):
        writer.write_text(path, text)
    writer.write_text(".nojekyll", "")
    writer.copy_tree(static_folder(config), "static")
    for path, file in figure_files(plan.articles, config.source):
        writer.write_bytes(path, file.read_bytes())
    run.clock.lap("articles.json, feed, sitemap, static")


def _index_search(output: _Output, config: SiteConfig, run: Run) -> SearchIndex | None:
    """Finish the search index (most shards were indexed while pages were written); prune old documents."""
    progress = partial(run.progress, "indexing") if run.progress else None
    search = output.indexer.finish(progress) if config.search else None
    output.documents.prune(output.indexer.digests())
    run.clock.lap("search index (what is left after rendering)")
    return search


def _stamp(config: SiteConfig, run: Run, inputs: str, static: str, collected: Collected, plan: _Plan,
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
    with cycle_collector_paused():
        collected = collect_articles(config, folder, memo=memo)
        parts = article_parts(collected, memo)
        for make in (parts.dossier, parts.view, parts.record):
            for article in collected.articles:
                make(article)




def _render_salts(config: SiteConfig, env: Environment, templates: set[str], cache: Path | None,
                  memo: BuildMemo | None = None) -> dict[str, str]:
    """Hash what shapes a page besides its own context, by page template: the code, the configuration
    and the templates it is made of, so editing the quotes page's template re-renders only that page.
    Which templates those are is remembered in the cache folder (if any) or by the memo (if any)."""
    shared = code_fingerprint(repr(config).encode())
    folder = templates_folder(config)
    state = files_digest(folder_files(folder))
    closures = memo.closures(state) if memo else TemplateClosures(state, cache / CLOSURES if cache else None)
    salts, parsed = {}, {}
    for name in sorted(templates):
        digest = hashlib.sha256(shared.encode())
        for part in closures.closure(name, partial(template_closure, env, name, parsed)):
            digest.update(b"\0" + part.encode() + b"\0" + (folder / part).read_bytes())
        salts[name] = digest.hexdigest()
    closures.save()
    return salts
