"""The fragment filter: a macro of _fragments.html rendered once per distinct arguments, from them alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import BuildError
from briefing.records import Page, SiteConfig
from briefing.site.render import make_environment, render_page, template_closure

TEMPLATES = {
    "page.html": '{{ item|fragment("card", item.path|url) }}',
    "_fragments.html": '{% macro card(item, href) %}<a href="{{ href }}">{{ item.title }}</a>{% endmacro %}'
                       '{% macro linked(item) %}{{ item.path|url }}{% endmacro %}',
    "plain.html": "no fragments",
}


class _Item:
    """An item that counts how often a template reads its title."""

    path = "articles/a.html"

    def __init__(self) -> None:
        self.reads = 0

    @property
    def title(self) -> str:
        self.reads += 1
        return "A & B"


def _page(path: str, item: object, template: str = "page.html") -> Page:
    return Page("test", template, path, "T", (("item", item),))


def test_an_item_shown_by_many_pages_is_rendered_once_per_link(tmp_path: Path) -> None:
    env = make_environment(_templates(tmp_path))
    item = _Item()
    pages = [_page(path, item) for path in ("actors/a.html", "actors/b.html", "index.html")]
    html = [render_page(env, page, SiteConfig()) for page in pages]
    assert html == ['<a href="../articles/a.html">A &amp; B</a>'] * 2 + ['<a href="articles/a.html">A &amp; B</a>']
    assert item.reads == 2


def test_a_fragment_cannot_reach_the_page_it_is_shown_on(tmp_path: Path) -> None:
    env = make_environment(_templates(tmp_path, {"page.html": '{{ item|fragment("linked") }}'}))
    with pytest.raises(BuildError, match="url"):
        render_page(env, _page("index.html", _Item()), SiteConfig())


def test_an_unknown_fragment_is_an_error_naming_it(tmp_path: Path) -> None:
    env = make_environment(_templates(tmp_path, {"page.html": '{{ item|fragment("nothing") }}'}))
    with pytest.raises(BuildError, match="_fragments.html has no macro 'nothing'"):
        render_page(env, _page("index.html", _Item()), SiteConfig())


def test_a_template_using_fragments_is_made_of_the_fragments_template(tmp_path: Path) -> None:
    env = make_environment(_templates(tmp_path))
    assert template_closure(env, "page.html") == ("_fragments.html", "page.html")
    assert template_closure(env, "plain.html") == ("plain.html",)


def test_a_listing_joins_each_item_as_the_fragment_filter_renders_it(tmp_path: Path) -> None:
    listing = '{{ items|fragments("card", url, ", ") }}'
    env = make_environment(_templates(tmp_path, {"list.html": listing}))
    item = _Item()
    html = render_page(env, Page("test", "list.html", "actors/a.html", "T", (("items", (item, item)),)), SiteConfig())
    assert html == '<a href="../articles/a.html">A &amp; B</a>, <a href="../articles/a.html">A &amp; B</a>'
    assert render_page(env, _page("actors/b.html", item), SiteConfig()) == html.partition(", ")[0]
    assert item.reads == 1  # the listing and the fragment filter share what they rendered
    assert template_closure(env, "list.html") == ("_fragments.html", "list.html")


def _templates(folder: Path, changed: dict[str, str] | None = None) -> Path:
    for name, text in {**TEMPLATES, **(changed or {})}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
