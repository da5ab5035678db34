#!/usr/bin/env python3
"""Time the raw-text reader and the extraction on raw-text articles, step by step, in one process.

usage: python bench/raw_text.py [FOLDER] [--runs N] [--every K]
FOLDER (by default tests/extract/stories) is searched for *.txt files at any depth; --every K takes
every K-th of them. Each step is what a build's worker does for a raw-text article: reading
(decoding, cleaning, laying out the lines), writing the body's HTML, and extracting actors, quotes and
events with discovery on and an empty gazetteer. The report gives the median of --runs runs of each
step's milliseconds an article. The synthetic corpus of bench/run.py is Markdown; this is the cost of
the pasted and scraped text that users bring.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from briefing.extract.actors import Gazetteer  # noqa: E402
from briefing.extract.extraction import extract  # noqa: E402
from briefing.read.article import make_article  # noqa: E402
from briefing.read.load import read_source  # noqa: E402
from briefing.read.markup import body_renderer  # noqa: E402
from briefing.read.readerdata import load_reader_rules  # noqa: E402

WORDS_PER_MINUTE = 230


def timed(step: Callable[[], object]) -> tuple[float, object]:
    """Return the seconds a step took and what it returned."""
    started = time.perf_counter()
    result = step()
    return time.perf_counter() - started, result


def measure(files: list[Path], runs: int) -> dict[str, float]:
    """Return each step's median milliseconds an article over runs."""
    rules, _ = load_reader_rules()
    gazetteer = Gazetteer(())
    renderer = body_renderer(())
    sources = [(path.read_bytes(), str(path), path.name) for path in files]
    totals: dict[str, list[float]] = {"read": [], "body HTML": [], "extract": []}
    for _ in range(runs):
        spent = dict.fromkeys(totals, 0.0)
        for data, shown, name in sources:
            seconds, cleaned = timed(lambda: make_article(read_source(data, shown, name), rules,
                                                          words_per_minute=WORDS_PER_MINUTE))
            spent["read"] += seconds
            spent["body HTML"] += timed(lambda: renderer.text_html(cleaned.paragraphs))[0]
            spent["extract"] += timed(lambda: extract(cleaned.paragraphs, cleaned.article.published_day,
                                                      gazetteer))[0]
        for step, seconds in spent.items():
            totals[step].append(seconds * 1000 / len(sources))
    return {step: statistics.median(values) for step, values in totals.items()}


def main(argv: list[str] | None = None) -> int:
    """Print the report; exit 1 when the folder holds no raw-text article."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=HERE.parent / "tests" / "extract" / "stories")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--every", type=int, default=1, help="take every K-th file (default: all)")
    options = parser.parse_args(argv)
    files = sorted(options.folder.rglob("*.txt"))[::max(1, options.every)]
    if not files:
        print(f"{options.folder}: no .txt article found", file=sys.stderr)
        return 1
    steps = measure(files, max(1, options.runs))
    size = sum(path.stat().st_size for path in files) / len(files) / 1000
    print(f"{len(files)} raw-text articles, {size:.1f} kB each on average, median of {max(1, options.runs)} runs:")
    for step, ms in steps.items():
        print(f"  {step:<10} {ms:7.2f} ms an article")
    print(f"  {'in all':<10} {sum(steps.values()):7.2f} ms an article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
