"""Index the written site for full-text search with Pagefind's own indexer, inside the build folder."""

from __future__ import annotations

import importlib
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BuildError, Problem

BUNDLE = "pagefind"
"""The folder of the site that holds the search bundle; its name is reserved in pages.py."""
INDEXED_PREFIX = "articles/"
INDEXED_GLOB = INDEXED_PREFIX + "**/*.html"
"""Only article pages are indexed; inside them only the element marked data-pagefind-body."""
EXCLUDED = ".source-notes"
"""Left out of the index: the source notes (file names, provenance, removed junk) are not the article."""
_TIMEOUT_SECONDS = 300


@dataclass(frozen=True, slots=True)
class SearchIndex:
    """What the indexer did: how many pages it indexed and how long it took."""

    pages: int
    seconds: float
    reused: bool = False
    """True when no indexed page changed and the previous build's index was kept."""


def index_site(site: Path) -> SearchIndex:
    """Run Pagefind over the site's article pages, writing site/pagefind; raise BuildError on failure."""
    started = time.perf_counter()
    if not any(site.glob(INDEXED_GLOB)):  # Pagefind refuses to build an empty index; the search page says why
        return SearchIndex(0, 0.0)
    command = [str(pagefind_executable()), "--site", str(site.resolve()), "--output-subdir", BUNDLE,
               "--glob", INDEXED_GLOB, "--exclude-selectors", EXCLUDED, "--quiet"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, errors="replace",
                                timeout=_TIMEOUT_SECONDS, cwd=site, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise BuildError([Problem(BUNDLE, f"the search indexer could not run: {error}")]) from None
    if result.returncode != 0 or not (site / BUNDLE / "pagefind.js").is_file():
        raise BuildError([Problem(BUNDLE, f"the search indexer failed with exit code {result.returncode}:\n"
                                          f"{_tail(result.stderr or result.stdout)}")])
    return SearchIndex(indexed_pages(site), time.perf_counter() - started)


def indexed_pages(site: Path) -> int:
    """Return how many pages the bundle in site/pagefind holds (Pagefind writes one fragment per page)."""
    return sum(1 for _ in (site / BUNDLE / "fragment").glob("*.pf_fragment"))


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
