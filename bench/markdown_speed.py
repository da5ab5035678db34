#!/usr/bin/env python3
"""Time the Markdown step on the benchmark corpus: briefing's Python-Markdown renderer, the same
extensions without briefing's shortcuts (plain paragraphs, unused inline patterns), and cmarkgfm.

usage: python bench/markdown_speed.py [CORPUS_FOLDER] [--n N]
cmarkgfm (GitHub's cmark-gfm, which briefing once used) is only timed when it is installed
(pip install cmarkgfm), with the options briefing used then; all are sanitised by nh3.
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

import gen_corpus  # noqa: E402
import markdown  # noqa: E402

from briefing.read.markdown_options import extension_arguments  # noqa: E402
from briefing.read.markup import BodyRenderer, sanitise  # noqa: E402


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
    print(f"Python-Markdown + nh3 (briefing): {per_article_ms(BodyRenderer().markdown_html, texts):.3f} ms an article")
    names, configs = extension_arguments(())
    converter = markdown.Markdown(extensions=names, extension_configs=configs, output_format="html")
    print(f"  without its shortcuts:          "
          f"{per_article_ms(lambda text: sanitise(converter.reset().convert(text)), texts):.3f} ms an article")
    try:
        import cmarkgfm
        from cmarkgfm.cmark import Options
    except ImportError:
        print("cmarkgfm + nh3: not installed (pip install cmarkgfm)")
        return 0

    def cmark(text: str) -> str:
        return sanitise(cmarkgfm.markdown_to_html_with_extensions(
            text, options=Options.CMARK_OPT_UNSAFE, extensions=["table", "strikethrough", "autolink"]))
    print(f"cmarkgfm + nh3:                   {per_article_ms(cmark, texts):.3f} ms an article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
