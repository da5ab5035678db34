"""Render pages in worker processes, a chunk at a time, while the build keeps the unchanged ones.

Each page is rendered from its own context, so pages spread over the cores: article pages in chunks,
the heavier pages that list many articles (actors, the book, the timeline) one at a time. The
workers are forked with the pages in their memory, so no page is pickled to reach them; a task
names a range of them. A worker writes each page into the build folder, stores the search document
of an indexed page, and hands back the document's hash: the files are the same bytes either way.
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
"""Below this much to render (in article pages: see Page.weight), starting worker processes costs
more than it saves."""
CHUNK = 100
"""Article pages per task; a page of another kind is a task of its own (one may list thousands of articles)."""


def worker_count(jobs: int, weight: int) -> int:
    """Return how many worker processes should render pages of this total weight; 0 means none (render here).

    Workers are forked, which is safe only while this process runs a single thread (a fork copies
    no other thread, and any lock one of them held stays locked): so not under `serve`, whose
    server threads are running. Forking is Linux's default; elsewhere pages are rendered here.
    """
    cores = jobs or os.cpu_count() or 1
    if weight < PARALLEL_FROM or cores < 2 or sys.platform != "linux" or threading.active_count() > 1:
        return 0
    return min(cores, weight // CHUNK)


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
    """Where search documents are stored, or None when none are (no search index, or no build cache)."""
    compiled: Path | None = None
    """Where compiled templates are kept between builds (see render.make_environment)."""


@dataclass(frozen=True, slots=True)
class RenderTask:
    """A page for the workers, and whether its search document goes into the index."""

    page: Page
    indexed: bool


@dataclass(frozen=True, slots=True)
class _Work:
    job: RenderJob
    tasks: Sequence[RenderTask]


_work: list[_Work] = []
"""Set once in each worker as it starts (see _start): what the forked worker renders. The build's
own process never sets it."""


def _start(build: int, job: RenderJob, tasks: Sequence[RenderTask]) -> None:
    """A worker's initializer: its arguments reach it through the fork, unpickled."""
    start_worker(build)
    _work.append(_Work(job, tasks))


def _render_range(start: int, end: int) -> list[str]:
    """Render and write tasks[start:end] into the build folder; return their search documents' hashes."""
    work = _work[0]
    return _render_tasks(work.job, work.tasks[start:end])


def _render_tasks(job: RenderJob, tasks: Sequence[RenderTask]) -> list[str]:
    """Render and write pages into the build folder; return their search documents' hashes ("" unindexed)."""
    env = _environment(job.templates, job.compiled)
    writer = SiteWriter(job.out, temp=job.site)
    documents = SearchDocuments(job.documents) if job.documents else None
    digests = []
    for task in tasks:
        html = render_page(env, task.page, job.config)
        writer.write_text(task.page.path, html)
        digests.append(documents.add(html) if documents and task.indexed else "")
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

    def __init__(self, job: RenderJob, tasks: Sequence[RenderTask], *, workers: int) -> None:
        """No tasks (or no workers): no pool at all, on any platform."""
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[tuple[Sequence[RenderTask], Future[list[str]]]] = deque()
        if tasks and workers:
            # Made before the search indexers start their threads; the workers are forked at the first submit.
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                             initializer=_start, initargs=(os.getpid(), job, tasks))
            self._pending.extend((tasks[start:end], self._pool.submit(_render_range, start, end))
                                 for start, end in task_ranges(tasks))

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def finished(self, *, wait: bool = False) -> Iterator[tuple[Page, str]]:
        """Yield (page, search document hash) for the chunks done so far, in order; all when wait."""
        while self._pending and (wait or self._pending[0][1].done()):
            chunk, future = self._pending.popleft()
            yield from zip((task.page for task in chunk), future.result(), strict=True)


def task_ranges(tasks: Sequence[RenderTask]) -> Iterator[tuple[int, int]]:
    """Cut the tasks into ranges: up to CHUNK article pages in a row, any other page alone."""
    start = 0
    while start < len(tasks):
        end = start + 1
        while end < len(tasks) and end - start < CHUNK and tasks[start].page.kind == tasks[end].page.kind == "article":
            end += 1
        yield start, end
        start = end
