"""Links in templates: url(path) and the |url filter give the same link, relative to the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.records import Page, SiteConfig
from briefing.site.render import make_environment, render_page

TEMPLATES = {
    "page.html": '{% import "parts.html" as parts with context %}'
                 "{{ url(target) }} {{ target|url }} {{ parts.link(target) }}",
    "parts.html": '{% macro link(path) %}<a href="{{ path|url }}">x</a>{% endmacro %}',
}


@pytest.mark.parametrize(("page_path", "target", "link"), [
    ("index.html", "articles/a.html", "articles/a.html"),
    ("articles/a.html", "articles/b.html", "b.html"),
    ("articles/a.html", "static/css/site.css", "../static/css/site.css"),
    ("actors/maduro/2019.html", "actors/maduro.html", "../../actors/maduro.html"),
    ("actors/maduro/2019.html", "index.html", "../../index.html"),
])
def test_the_filter_and_the_function_give_the_same_relative_link(tmp_path: Path, page_path: str, target: str,
                                                                 link: str) -> None:
    html = _render(tmp_path, Page("test", "page.html", page_path, "T", (("target", target),)), SiteConfig())
    assert html == f'{link} {link} <a href="{link}">x</a>'


def test_a_page_with_absolute_links_gets_them_from_both(tmp_path: Path) -> None:
    page = Page("404", "page.html", "404.html", "T", (("target", "index.html"),), absolute_links=True)
    html = _render(tmp_path, page, SiteConfig(base_url="https://example.org/story/"))
    link = "https://example.org/story/index.html"
    assert html == f'{link} {link} <a href="{link}">x</a>'


def _render(tmp_path: Path, page: Page, config: SiteConfig) -> str:
    for name, text in TEMPLATES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return render_page(make_environment(tmp_path), page, config)
