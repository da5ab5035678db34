#!/usr/bin/env python3
"""Time the Markdown step on the benchmark corpus: cmarkgfm (used) against Python-Markdown (replaced).

usage: python bench/markdown_speed.py [CORPUS_FOLDER] [--n N]
Python-Markdown is only timed when it is installed (pip install markdown); the configuration is
the one briefing used before the switch (tables, fenced_code, sane_lists, toc).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from briefing.read.markup import BodyRenderer, sanitise  # noqa: E402
import gen_corpus  # noqa: E402


def bodies(folder: Path | None, n: int) -> list[str]:
    """Return the Markdown bodies of n corpus articles (generated when no folder is given)."""
    if folder is None:
        folder = Path(tempfile.mkdtemp()) / "corpus"
        gen_corpus.main(["--n", str(n), "--out", str(folder), "--format", "md"])
        folder = folder / "articles"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))[:n]]
    return [t.split("---\n", 2)[2] for t in texts]


def per_article_ms(convert, texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        convert(text)
    return (time.perf_counter() - started) * 1000 / len(texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a folder of .md articles (default: generate)")
    parser.add_argument("--n", type=int, default=1000)
    options = parser.parse_args()
    texts = bodies(options.folder, options.n)
    print(f"{len(texts)} articles")
    print(f"cmarkgfm + nh3:        {per_article_ms(BodyRenderer().markdown_html, texts):.3f} ms an article")
    try:
        import markdown
    except ImportError:
        print("Python-Markdown + nh3: not installed (pip install markdown)")
        return 0
    converter = markdown.Markdown(extensions=["tables", "fenced_code", "sane_lists", "toc"], output_format="html")

    def python_markdown(text: str) -> str:
        converter.reset()
        return sanitise(converter.convert(text))
    print(f"Python-Markdown + nh3: {per_article_ms(python_markdown, texts):.3f} ms an article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
