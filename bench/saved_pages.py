#!/usr/bin/env python3
"""Score and time the saved-page reader on a folder of pages with a gold.json (file, title, date, authors, publication).

usage: python bench/saved_pages.py [FOLDER] [--runs N]
FOLDER defaults to tests/read/pages. Each page is made into an article (read, sanitised, anchored:
what a build's worker does for it) --runs times; the report gives each field right or wrong per
page, the totals, and the median milliseconds per page. Nothing of the pages is printed but the
values found, so a folder of third-party pages can be measured without copying it anywhere.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from briefing.read.load import ArticleFile  # noqa: E402
from briefing.read.markup import BodyRenderer  # noqa: E402
from briefing.read.page_article import make_page_article  # noqa: E402
from briefing.read.readerdata import load_reader_rules  # noqa: E402
from briefing.records import Article  # noqa: E402

FIELDS = ("title", "date", "authors", "publication")


def found(article: Article) -> dict[str, object]:
    """Return the fields a gold entry checks, as the article has them."""
    return {"title": article.title, "date": article.date.iso() if article.date else None,
            "authors": list(article.authors), "publication": article.publication or None}


def right(field: str, value: object, gold: dict) -> bool:
    """Say whether a value matches the gold (publication: any of the names the gold accepts)."""
    expected = gold[field]
    if field == "publication" and isinstance(expected, list):
        return value in expected
    return value == expected


def measure(folder: Path, runs: int) -> int:
    """Print the report for folder; return the number of wrong fields."""
    wrong, times = 0, []
    renderer = BodyRenderer()
    rules, _ = load_reader_rules()
    for gold in json.loads((folder / "gold.json").read_text(encoding="utf-8")):
        page = folder / gold["file"]
        file = ArticleFile(page.name, page.name, page.read_bytes())
        spent = []
        for _ in range(runs):
            started = time.perf_counter()
            article, _, _ = make_page_article(file, renderer, rules)
            spent.append((time.perf_counter() - started) * 1000)
        times.append(statistics.median(spent))
        values = found(article)
        marks = {f: "ok" if right(f, values[f], gold) else f"WRONG {values[f]!r}" for f in FIELDS}
        wrong += sum(mark != "ok" for mark in marks.values())
        print(f"{page.name}: {times[-1]:.0f} ms; " + "; ".join(f"{f} {m}" for f, m in marks.items()))
    pages = len(times)
    print(f"{pages} pages, {pages * len(FIELDS) - wrong} of {pages * len(FIELDS)} fields right; "
          f"median {statistics.median(times):.0f} ms a page (max {max(times):.0f} ms)")
    return wrong


def main(argv: list[str] | None = None) -> int:
    """Run the measurement; exit 1 when any field is wrong."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("folder", nargs="?", type=Path, default=HERE.parent / "tests" / "read" / "pages")
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args(argv)
    return 1 if measure(options.folder, options.runs) else 0


if __name__ == "__main__":
    sys.exit(main())
