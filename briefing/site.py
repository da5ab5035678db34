"""Run a build: load, clean, plan, render, then write into a temporary folder and swap it in."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from briefing.article import make_article
from briefing.clean import rules_from_data
from briefing.errors import BuildError, Problem
from briefing.feeds import site_files, source_date
from briefing.load import load_sources, read_package_yaml
from briefing.markup import BodyRenderer
from briefing.outputs import articles_json
from briefing.pages import check_articles, plan_pages
from briefing.records import Article, Page, SiteConfig
from briefing.render import make_environment, render_page
from briefing.search import SearchIndex, index_site
from briefing.views import sort_articles
from briefing.write import SiteWriter, check_output_folder

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a finished build did, for the summary line and for tests."""

    articles: tuple[Article, ...]
    pages: int
    warnings: tuple[Problem, ...]
    seconds: float
    out: Path
    search: SearchIndex | None = None
    """The search indexing stage (pages indexed, seconds), run inside the build folder before the swap."""


def collect_articles(config: SiteConfig) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Load and clean every article; raise one BuildError holding every problem found."""
    sources, warnings, problems = load_sources(config.source)
    rules = rules_from_data(read_package_yaml("cleaning.yaml"))
    articles, problems = [], list(problems)
    for source in sources:
        try:
            articles.append(make_article(source, rules, words_per_minute=config.words_per_minute))
        except BuildError as error:
            problems.extend(error.problems)
    try:
        check_articles(tuple(articles), paths={s.name: s.path for s in sources})
    except BuildError as error:
        problems.extend(error.problems)
    if problems:
        raise BuildError(problems)
    all_warnings = (*warnings, *(w for a in articles for w in a.warnings))
    if config.strict and all_warnings:
        raise BuildError([Problem(w.path, f"{w.message} [--strict makes warnings errors]", w.line)
                          for w in all_warnings])
    return sort_articles(tuple(articles)), tuple(all_warnings)


def build(config: SiteConfig, *, progress: Progress | None = None) -> BuildReport:
    """Build the site into config.out atomically; raise BuildError and leave out untouched on failure."""
    started = time.perf_counter()
    check_output_folder(config.out, config.source)
    articles, warnings = collect_articles(config)
    renderer = BodyRenderer()
    bodies = {a.slug: body_html(renderer, a) for a in articles}
    pages = plan_pages(articles, bodies)
    env = make_environment(templates_folder(config))
    with SiteWriter(config.out) as writer:
        _write_pages(writer, env, pages, config, progress)
        writer.write_text("articles.json", articles_json(articles))
        for path, text in site_files(articles, bodies, pages, config, fallback=source_date(os.environ)):
            writer.write_text(path, text)
        writer.write_text(".nojekyll", "")
        writer.copy_tree(static_folder(config), "static")
        search = _index(writer, progress)
    return BuildReport(articles, len(pages), warnings, time.perf_counter() - started, config.out, search)


def _index(writer: SiteWriter, progress: Progress | None) -> SearchIndex:
    """Index the written pages for search; a failure raises inside the writer, so out stays untouched."""
    assert writer.temp is not None
    if progress:
        progress("indexing", 0, 1)
    search = index_site(writer.temp)
    if progress:
        progress("indexing", 1, 1)
    return search


def body_html(renderer: BodyRenderer, article: Article) -> str:
    """Return the safe HTML of an article's body."""
    if article.kind == "md":
        return renderer.markdown_html(article.body_markdown)
    return renderer.text_html(article.paragraphs)


def _write_pages(writer: SiteWriter, env, pages: tuple[Page, ...], config: SiteConfig,
                 progress: Progress | None) -> None:
    for done, page in enumerate(pages, start=1):
        writer.write_text(page.path, render_page(env, page, config))
        if progress:
            progress("rendering", done, len(pages))


def templates_folder(config: SiteConfig) -> Path:
    """Return the user's templates folder if it exists, else the project's own."""
    return config.templates if config.templates.is_dir() else project_folder() / "templates"


def static_folder(config: SiteConfig) -> Path:
    """Return the user's static folder if it exists, else the project's own."""
    return config.static if config.static.is_dir() else project_folder() / "static"


def project_folder() -> Path:
    """Return the folder holding the package, its templates and static files."""
    return Path(__file__).resolve().parent.parent
