"""Render article pages in worker processes, a chunk at a time, while the build goes on with the rest.

Article pages are nearly all of a large briefing's pages and each is rendered from its own context,
so they spread over the cores. A worker writes each page into the build folder and stores its
search document, and hands back the document's hash: the files are the same bytes either way.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from jinja2 import Environment

from briefing.build.workers import start_worker
from briefing.build.write import SiteWriter
from briefing.records import Page, SiteConfig
from briefing.site.render import make_environment, render_page
from briefing.site.search import SearchDocuments

PARALLEL_FROM = 400
"""Below this many pages to render, starting worker processes costs more than it saves."""
CHUNK = 100


def worker_count(jobs: int, pages: int) -> int:
    """Return how many worker processes should render this many pages; 0 means none (render here).

    Workers are forked, which is safe only while this process runs a single thread (a fork copies
    no other thread, and any lock one of them held stays locked): so not under `serve`, whose
    server threads are running. Forking is Linux's default; elsewhere pages are rendered here.
    """
    cores = jobs or os.cpu_count() or 1
    if pages < PARALLEL_FROM or cores < 2 or sys.platform != "linux" or threading.active_count() > 1:
        return 0
    return min(cores, pages // CHUNK)


@dataclass(frozen=True, slots=True)
class RenderJob:
    """What a worker needs besides the pages: templates, settings and where to write."""

    templates: Path
    config: SiteConfig
    out: Path
    """The output folder, for error messages."""
    site: Path
    """The build folder the pages are written into."""
    documents: Path | None
    """Where search documents are stored, or None when the site has no search index."""
    compiled: Path | None = None
    """Where compiled templates are kept between builds (see render.make_environment)."""


def render_chunk(job: RenderJob, pages: Sequence[Page]) -> list[str]:
    """Render and write pages into the build folder; return their search documents' hashes."""
    env = _environment(job.templates, job.compiled)
    writer = SiteWriter(job.out, temp=job.site)
    documents = SearchDocuments(job.documents) if job.documents else None
    digests = []
    for page in pages:
        html = render_page(env, page, job.config)
        writer.write_text(page.path, html)
        digests.append(documents.add(html) if documents else "")
    return digests


@functools.lru_cache(maxsize=1)
def _environment(templates: Path, compiled: Path | None) -> Environment:
    """Return the worker's Jinja environment (made once per process: templates compile once)."""
    return make_environment(templates, compiled)


class RenderPool:
    """Worker processes rendering chunks of pages; results come back in the order submitted.

    A context manager: leaving it stops the workers, so none writes into the build folder after a
    build has finished or failed.
    """

    def __init__(self, job: RenderJob, pages: Sequence[Page], *, workers: int) -> None:
        """No pages (or no workers): no pool at all, on any platform."""
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[tuple[Sequence[Page], Future[list[str]]]] = deque()
        if pages and workers:
            # Made before the search indexers start their threads; the workers are forked right away.
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                             initializer=start_worker, initargs=(os.getpid(),))
            self._pending.extend((chunk, self._pool.submit(render_chunk, job, chunk))
                                 for chunk in (pages[i:i + CHUNK] for i in range(0, len(pages), CHUNK)))

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def finished(self, *, wait: bool = False) -> Iterator[tuple[Page, str]]:
        """Yield (page, search document hash) for the chunks done so far, in order; all when wait."""
        while self._pending and (wait or self._pending[0][1].done()):
            chunk, future = self._pending.popleft()
            yield from zip(chunk, future.result(), strict=True)
