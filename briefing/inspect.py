"""`briefing inspect FILE`: show what the reader makes of an article file, line by line, writing nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.config import load_config
from briefing.errors import BuildError, Problem
from briefing.read.article import make_article
from briefing.read.clean import CleanRules
from briefing.read.load import ArticleFile, display_path, read_source
from briefing.read.markup import BodyRenderer
from briefing.read.page_files import is_page, read_companions
from briefing.read.rawtext import read_raw_text
from briefing.read.readerdata import load_reader_rules
from briefing.records import Article, Cleaned

_FIELDS = ("title", "date", "authors", "publication", "wire", "dateline", "dek")


def run_inspect(options: argparse.Namespace) -> int:
    """Print the reading of one file; return the exit code."""
    try:
        config = load_config(options)
        cleaned, roles = inspect_file(options.file, config.outlets)
    except BuildError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    print("\n".join(reading_summary(cleaned.article)))
    print(_roles_heading(cleaned.article, bool(roles)))
    for line, text, role in roles:
        shown = text if len(text) <= 70 else text[:69] + "…"
        print(f"{line:5d}  {role:<40}  {shown}")
    for warning in cleaned.article.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 1 if config.strict and cleaned.article.warnings else 0


def inspect_file(path: Path, outlets: Path) -> tuple[Cleaned, tuple[tuple[int, str, str], ...]]:
    """Read one article file as the build does; return it and each body line's role."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BuildError([Problem(display_path(path), f"cannot read the file: {error.strerror}")]) from None
    rules, _ = load_reader_rules(outlets)
    if is_page(path.name):
        return _inspect_page(path, data, rules)
    source = read_source(data, display_path(path), path.name)
    cleaned = make_article(source, rules)
    roles = read_raw_text(source.body, source.body_line, rules).roles if source.kind == "txt" else ()
    return cleaned, roles


def _inspect_page(path: Path, data: bytes, rules: CleanRules) -> tuple[Cleaned, tuple[tuple[int, str, str], ...]]:
    """Read a saved page as the build does (with its sidecar and `_files` folder); return it and what was
    set aside from its text, by the page's line."""
    # Imported here: the page reader (trafilatura) takes a third of a second to import.
    from briefing.read.page_article import make_page_article
    try:
        sidecar, saved = read_companions(path)
    except OSError as error:
        raise BuildError([Problem(display_path(path), f"cannot read the page's files: {error.strerror}")]) from None
    article, _, paragraphs = make_page_article(ArticleFile(display_path(path), path.name, data, sidecar=sidecar,
                                                           saved=saved), BodyRenderer(), rules)
    return Cleaned(article, paragraphs), tuple((r.line, r.text, f"set aside: {r.reason}") for r in article.removed)


def _roles_heading(article: Article, has_roles: bool) -> str:
    if article.kind == "html":
        return "\nSet aside from the page's text, by the page's line:" if has_roles else "\n(Nothing was set aside.)"
    if has_roles:
        return "\nLine by line:"
    return "\n(A Markdown file: its body is shown as written, so there is no line-by-line reading.)"


def reading_summary(article: Article) -> list[str]:
    """Return the fields found, each with where it came from, and the fields still missing."""
    origins = {p.field: (p.origin, p.detail) for p in article.provenance}
    values = {"title": article.title, "date": article.date.iso() if article.date else "",
              "authors": ", ".join(article.authors), "publication": article.publication,
              "wire": article.wire, "dateline": article.dateline, "dek": article.dek}
    lines, missing = [], []
    for field in _FIELDS:
        origin, detail = origins.get(field, ("missing", ""))
        if not values[field] or origin == "missing":
            missing.append(field)
            continue
        where = f"{origin}, {detail}" if detail else origin
        lines.append(f"{field:<12} {values[field]}  ({where})")
    lines.append(f"{'body':<12} {article.paragraph_count} paragraphs, {len(article.captions)} captions, "
                 f"{len(article.removed)} lines set aside")
    if missing:
        lines.append(f"{'missing':<12} {', '.join(missing)}")
    return lines
