"""Run a build: stop early when nothing changed (or copy only the static files), else build the pages
(pipeline.py: load, clean, plan, render, then write the site all or nothing, see write.py)."""

from __future__ import annotations

import gc
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.build.cache import code_fingerprint
from briefing.build.folders import cache_folder, static_folder, templates_folder
from briefing.build.freshness import (
    Stamp,
    files_digest,
    folder_files,
    input_digest,
    output_digest,
    read_stamp,
    write_stamp,
)
from briefing.build.interrupts import exit_on_interrupt
from briefing.build.lock import output_lock, remove_leftovers, temporary_prefix
from briefing.build.write import MARKER, SitePatcher, SiteWriter, check_output_folder
from briefing.errors import Problem
from briefing.records import SiteConfig
from briefing.site.search import SearchIndex

if TYPE_CHECKING:
    from briefing.build.collect import Progress
    from briefing.build.memo import BuildMemo


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


class Stopwatch:
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
            cycle_collector_paused():
        remove_leftovers(config.out)
        return _build(config, Run(Stopwatch(), progress, search_later, memo))


@dataclass(frozen=True, slots=True)
class Run:
    """How this build runs: its stopwatch, its progress display, whether search may wait, what
    earlier builds of the same session left to reuse."""

    clock: Stopwatch
    progress: Progress | None
    search_later: bool
    memo: BuildMemo | None = None


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    # A build makes millions of long-lived objects (records, views, pages) and little cyclic garbage;
    # the cycle collector would scan them over and over: a fifth of a 10,000-article rebuild.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build(config: SiteConfig, run: Run) -> BuildReport:
    folder = cache_folder(config)
    inputs, static = (_input_digest(config), files_digest(folder_files(static_folder(config)))) if folder else ("", "")
    stamp = read_stamp(folder) if folder else None
    if stamp and stamp.inputs == inputs and config.out.is_dir() and stamp.outputs == output_digest(config.out):
        return _pages_unchanged(config, stamp, static, run.clock)
    run.clock.lap("check for changes")
    # Imported only now: a build that finds nothing changed (most rebuilds) never loads the stages,
    # two thirds of the code's import time.
    from briefing.build.pipeline import build_pages
    with build_cache_root(config) as cache_root:
        return build_pages(config, run, cache_root, inputs, static)


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


def _pages_unchanged(config: SiteConfig, stamp: Stamp, static: str, clock: Stopwatch) -> BuildReport:
    """Finish a build whose pages are all still good: leave the output alone, or only copy static/ again."""
    clock.lap("check for changes")
    if stamp.static != static:
        with output_writer(config) as writer:
            writer.link_previous(skip="static")
            writer.copy_tree(static_folder(config), "static")
        folder = cache_folder(config)
        assert folder is not None
        write_stamp(folder, replace(stamp, static=static, outputs=output_digest(config.out)))
        clock.lap("copy static files, keep the pages")
    return BuildReport(stamp.articles, stamp.pages, stamp.warnings, clock.total(), config.out,
                       stages=tuple(clock.stages), reused=stamp.pages,
                       up_to_date=stamp.static == static, static_only=stamp.static != static)


def output_writer(config: SiteConfig) -> SiteWriter:
    """Return the writer for the output: one updating it in place when it holds an earlier build
    and the cache lets pages be kept, else one writing a new folder swapped in at the end."""
    if cache_folder(config) and (config.out / MARKER).is_file():
        return SitePatcher(config.out)
    return SiteWriter(config.out)


def _input_digest(config: SiteConfig) -> str:
    """Hash every input of a build but the static files, without reading the articles (see freshness.py)."""
    files = [path for path in (config.gazetteer, config.outlets) if path.is_file()]
    files += folder_files(templates_folder(config))
    setting = "\0".join((repr(config), code_fingerprint(), os.environ.get("SOURCE_DATE_EPOCH", ""),
                          str(config.out.resolve())))
    return input_digest(config.source, files, setting)
