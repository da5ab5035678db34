"""Put each planned page into the output: render the changed ones (many in worker processes), link
the unchanged ones from the previous build, and keep search bundles whose pages did not change."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment

from briefing.build.collect import Progress
from briefing.build.folders import templates_folder
from briefing.build.render_pool import RenderJob, RenderPool, RenderTask, worker_count
from briefing.build.reuse import PageReuse
from briefing.build.write import SiteWriter
from briefing.records import Page, SiteConfig
from briefing.site.render import compiled_folder, render_page
from briefing.site.search import Shard, ShardIndexer


def keep_previous_bundle(reuse: PageReuse, out: Path, deferred: list[Shard] | None, writer: SiteWriter,
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
class PageWrite:
    """One page to put in the site: rendered, or linked from the previous build's file."""

    page: Page
    fingerprint: str | None
    previous: str | None


def plan_writes(pages: tuple[Page, ...], reuse: PageReuse, shards: tuple[Shard, ...]) -> list[PageWrite]:
    """Decide which pages to render and which to link; order them so search indexing starts early.

    Article pages come first, those of search shards with a changed page before the others, so
    those shards' indexers run while the rest of the site is written.
    """
    writes = [PageWrite(page, (fingerprint := reuse.fingerprint(page)), reuse.previous_file(page.path, fingerprint))
              for page in pages]
    shard_of = {path: shard.name for shard in shards for path in shard.pages}
    changed = {shard_of[w.page.path] for w in writes if w.previous is None and w.page.path in shard_of}
    return sorted(writes, key=lambda w: (w.page.kind != "article", shard_of.get(w.page.path) not in changed))


def write_pages(writer: SiteWriter, env: Environment, writes: list[PageWrite], config: SiteConfig,
                 reuse: PageReuse, progress: Progress | None, indexer: ShardIndexer) -> int:
    """Link the unchanged pages and render the others, in worker processes when there are many.

    Return how many worker processes rendered pages (0: all were rendered in this process).
    """
    pooled = {w.page.path: w for w in writes if w.previous is None}
    workers = worker_count(config.jobs, sum(w.page.weight for w in pooled.values()))
    # Article pages first, as planned (search shards start early); then the heaviest pages first,
    # so that no long page is left for one worker alone at the end.
    pooled = dict(sorted(pooled.items(), key=lambda item: (item[1].page.kind != "article", -item[1].page.weight)))
    pooled = pooled if workers else {}
    job = RenderJob(templates_folder(config), config, config.out, writer.temp,
                    indexer.documents.folder if config.search else None, compiled_folder(env))
    done = 0

    def record(write: PageWrite, file: Path | None, digest: str) -> None:
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

    tasks = [RenderTask(w.page, indexer.indexes(w.page.path)) for w in pooled.values()]
    with RenderPool(job, tasks, workers=workers) as pool:
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
