"""Index the written site for full-text search with Pagefind's own indexer, one bundle per shard.

A large briefing's article pages are split into shards by publication year, each indexed into its
own Pagefind bundle under pagefind/<shard>/; the search page merges them in the browser. A build
re-indexes only the shards whose pages changed, so adding one article to a briefing of thousands
re-indexes one year, not the whole story.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import os
import re
import shutil
import subprocess
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from briefing.errors import BuildError, Problem
from briefing.stored import prune_files

BUNDLE = "pagefind"
"""The folder of the site that holds the search bundles; its name is reserved in pages.py."""
INDEXED_GLOB = "articles/**/*.html"
"""Only article pages are indexed; inside them only the element marked data-pagefind-body."""
EXCLUDED = ".source-notes"
"""Left out of the index: the source notes (file names, provenance, removed junk) are not the article."""
_TIMEOUT_SECONDS = 300
_BODY_ATTRIBUTE = "data-pagefind-body"
_BODY_OPEN = re.compile(rf"<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\s{_BODY_ATTRIBUTE}\b[^>]*>")
_LANG = re.compile(r"<html\b[^>]*\slang=\"([^\"<>]*)\"", re.I)


@dataclass(frozen=True, slots=True)
class Shard:
    """Article pages indexed together into one Pagefind bundle."""

    name: str
    """"2019", "2018-2022" (a small briefing's only shard), "undated" or "all": the folder under pagefind/."""
    pages: tuple[str, ...]
    """Page paths relative to the site root."""

    @property
    def folder(self) -> str:
        """Return the bundle's folder relative to the site root."""
        return f"{BUNDLE}/{self.name}"


@dataclass(frozen=True, slots=True)
class SearchIndex:
    """What the indexer did: how many pages the bundles hold, how many it re-indexed, how long it took."""

    pages: int
    seconds: float
    shards: int = 0
    indexed_shards: int = 0
    """Shards indexed by this build; the others were kept from the previous build unchanged."""
    indexed_pages: int = 0

    @property
    def reused(self) -> bool:
        """True when no shard had to be re-indexed."""
        return self.shards > 0 and self.indexed_shards == 0


def plan_shards(pages: Sequence[tuple[str, int | None]], per_year_from: int) -> tuple[Shard, ...]:
    """Group (page path, publication year or None) pairs into search shards.

    A briefing of fewer than `per_year_from` pages has one shard; a larger one has one shard per
    publication year, plus one for undated pages, so adding an article re-indexes only its year.
    """
    if not pages:
        return ()
    if len(pages) < per_year_from:
        years = sorted({year for _, year in pages if year is not None})
        name = "all" if not years else str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
        return (Shard(name, tuple(sorted(path for path, _ in pages))),)
    by_year: dict[int | None, list[str]] = {}
    for path, year in pages:
        by_year.setdefault(year, []).append(path)
    ordered = sorted(by_year, key=lambda year: (year is None, year or 0))
    return tuple(Shard(str(year) if year is not None else "undated", tuple(sorted(by_year[year])))
                 for year in ordered)


class SearchDocuments:
    """The pages' search documents, one file per distinct document, named by its hash.

    A page's document is cut and stored once, when the page is rendered; a shard's staging folder
    links its pages' documents instead of reading and cutting every page again (half a second of
    Python per 1,000 pages). Kept in the build cache, so an unchanged page's document is still
    there for the next build; a missing or damaged one is cut again from the page.

    Without a folder (a build without the cache, which reuses nothing) no document is kept: a
    shard's staging folder links its pages themselves, whose index is the same (Pagefind reads
    only the data-pagefind-body element), and ten thousand documents are not cut and written.
    """

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def add(self, html: str, *, rewrite: bool = False) -> str:
        """Store the search document of a page's HTML (unless already stored); return its hash ("" if none is kept)."""
        if self.folder is None:
            return ""
        document = search_document(html).encode("utf-8")
        digest = hashlib.sha256(document).hexdigest()
        target = self._file(digest)
        if rewrite or not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(document)
        return digest

    def stage(self, staging: Path, path: str, digest: str, page: Path) -> None:
        """Put the search document of the page at path (with this hash, if known; the page itself is
        the file page) into staging."""
        if self.folder is None:
            stored = page
        else:
            stored = self._file(digest) if digest else None
            if stored is None or not _holds(stored, digest):
                stored = self._file(self.add(page.read_text(encoding="utf-8"), rewrite=True))
        target = staging / path
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(stored, target)
        except OSError:  # a file system without hard links
            shutil.copyfile(stored, target)

    def prune(self, keep: set[str]) -> None:
        """Delete the documents of pages that are no longer in the site."""
        if self.folder is not None:
            prune_files(self.folder, keep)

    def _file(self, digest: str) -> Path:
        assert self.folder is not None
        return self.folder / digest


def _holds(file: Path, digest: str) -> bool:
    """Tell whether file is there and its bytes hash to digest."""
    try:
        return hashlib.sha256(file.read_bytes()).hexdigest() == digest
    except OSError:
        return False


class ShardIndexer:
    """Indexes each search shard in the background as soon as the last of its pages is written.

    Pagefind runs in its own processes while the build goes on rendering pages, so indexing
    overlaps the rest of the build. `keep(shard)` is asked first: True means the previous build's
    bundle was reused. A context manager: leaving it waits for every indexer, so nothing writes
    into the build folder once the build has finished or failed.
    """

    def __init__(self, site: Path, shards: Sequence[Shard], keep: Callable[[Shard], bool],
                 documents: SearchDocuments, *, page_file: Callable[[str], Path] | None = None, jobs: int = 0) -> None:
        """site: the folder the bundles are written into; page_file(path): where a page of the
        site can be read (by default, site/path)."""
        self.site, self.shards, self.keep, self.documents = site, tuple(shards), keep, documents
        self.page_file = page_file or site.joinpath
        self._digests: dict[str, str] = {}
        self._waiting = {shard.name: len(shard.pages) for shard in self.shards}
        self._shard_of = {path: shard for shard in self.shards for path in shard.pages}
        self._pool = ThreadPoolExecutor(max_workers=max(1, jobs or os.cpu_count() or 1))
        self._running: list[tuple[Shard, Future[Problem | None]]] = []
        self._started = 0.0

    def __enter__(self) -> ShardIndexer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def indexes(self, path: str) -> bool:
        """Tell whether the page at path belongs to a search shard."""
        return path in self._shard_of

    def written(self, path: str, digest: str) -> None:
        """Note that the page at path is in the site, with the hash of its search document ("" if
        unknown); start its shard's indexer if it was the shard's last page."""
        shard = self._shard_of.get(path)
        if shard is None:
            return
        self._digests[path] = digest
        self._waiting[shard.name] -= 1
        if self._waiting[shard.name] == 0 and not self.keep(shard):
            self._started = self._started or time.perf_counter()
            self._running.append((shard, self._pool.submit(self._index, shard)))

    def digests(self) -> set[str]:
        """Return the hashes of the search documents of the pages written so far."""
        return set(self._digests.values()) - {""}

    def finish(self, progress: Callable[[int, int], None] | None = None) -> SearchIndex:
        """Wait for every indexer; return what was indexed, or raise BuildError naming each failed shard."""
        unwritten = sorted(name for name, left in self._waiting.items() if left)
        if unwritten:
            raise BuildError([Problem(f"{BUNDLE}/{name}", "the pages of this search shard were not all written")
                              for name in unwritten])
        problems = []
        if progress and self._running:
            progress(0, len(self._running))
        for done, (_, future) in enumerate(self._running, start=1):
            problem = future.result()
            if problem:
                problems.append(problem)
            if progress:
                progress(done, len(self._running))
        if problems:
            raise BuildError(problems)
        indexed = [shard for shard, _ in self._running]
        return SearchIndex(sum(len(s.pages) for s in self.shards),
                           time.perf_counter() - self._started if indexed else 0.0,
                           len(self.shards), len(indexed), sum(len(s.pages) for s in indexed))

    def _index(self, shard: Shard) -> Problem | None:
        """Index one shard from a staging folder holding just its pages' search documents; return a problem."""
        # Named after the build folder, so a killed build's staging folders are removed with it (build/lock.py).
        staging = Path(tempfile.mkdtemp(prefix=f"{self.site.name}.search-", dir=self.site.parent)).resolve()
        try:
            for path in shard.pages:
                self.documents.stage(staging, path, self._digests[path], self.page_file(path))
            return _run_pagefind(staging, self.site / shard.folder, shard)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def search_document(html: str) -> str:
    """Return what the indexer needs of a page: its language and its data-pagefind-body element.

    A shard is indexed from these documents, not the pages, so its index is a function of exactly
    these bytes: a template change outside the article (a header, a stylesheet link) keeps it.
    A page without such an element is its own search document.
    """
    opening = _body_opening(html)
    end = _element_end(html, opening.group(1), opening.end()) if opening else None
    if opening is None or end is None:
        return html
    lang = _LANG.search(html)
    return (f'<!DOCTYPE html>\n<html lang="{lang.group(1) if lang else ""}"><head><meta charset="utf-8"></head>'
            f"<body>{html[opening.start():end]}</body></html>\n")


def _body_opening(html: str) -> re.Match[str] | None:
    """Return the first tag with a data-pagefind-body attribute: the first _BODY_OPEN match.

    Found from the attribute's name back to its tag's "<", not by matching the regex at every
    tag before it (a third of the time of cutting a document).
    """
    at = html.find(_BODY_ATTRIBUTE)
    while at >= 0:
        match = _BODY_OPEN.match(html, max(0, html.rfind("<", 0, at)))
        if match and match.end() > at:
            return match
        at = html.find(_BODY_ATTRIBUTE, at + 1)
    return None


def _element_end(html: str, tag: str, start: int) -> int | None:
    """Return where the element whose opening tag ends at start closes (same-name tags nest), or None."""
    depth = 1
    for match in _tag_pattern(tag).finditer(html, start):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return match.end()
    return None


@functools.lru_cache(maxsize=8)
def _tag_pattern(tag: str) -> re.Pattern[str]:
    """Return the pattern of a tag's opening and closing tags, any case ("<article …>", "</ARTICLE>")."""
    return re.compile(rf"<(/?)(?i:{re.escape(tag)})\b[^>]*>")


def _run_pagefind(staging: Path, output: Path, shard: Shard) -> Problem | None:
    """Run Pagefind over a staging folder of search documents into output; return a problem."""
    command = [str(pagefind_executable()), "--site", str(staging), "--output-path", str(output.resolve()),
               "--glob", INDEXED_GLOB, "--exclude-selectors", EXCLUDED, "--quiet"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, errors="replace",
                                timeout=_TIMEOUT_SECONDS, cwd=staging, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return Problem(shard.folder, f"the search indexer could not run: {error}")
    if result.returncode != 0 or not (output / "pagefind.js").is_file():
        return Problem(shard.folder, f"the search indexer failed with exit code {result.returncode}:\n"
                                     f"{_tail(result.stderr or result.stdout)}")
    return None


def pagefind_executable() -> Path:
    """Return the Pagefind binary shipped by the pagefind[extended] package (or plain pagefind_bin)."""
    for module in ("pagefind_bin_extended", "pagefind_bin"):
        try:
            found = importlib.import_module(module).get_executable()
        except (ImportError, FileNotFoundError):
            continue
        return Path(found)
    raise BuildError([Problem("pagefind", "the search indexer is not installed; install it with "
                                          "pip install 'pagefind[extended]' (or pip install -e .)")])


def _tail(output: str, lines: int = 20) -> str:
    """Return the last lines of the indexer's output, indented, for an error message."""
    kept = [line for line in output.strip().splitlines() if line.strip()][-lines:]
    return "\n".join(f"  {line}" for line in kept) or "  (no output)"
