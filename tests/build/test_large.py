"""A large briefing (split_by_year_from reached): the book in volumes by year, search in year shards,
the quotes page with each speaker's latest quotes, each actor's articles on a page per year; built
from the seeds with the threshold at 1."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest
from conftest import SEEDS, build_site
from sitecheck import broken_links, html_pages, nu_errors, parse_errors

from briefing.build.engine import build
from briefing.config import make_config
from briefing.site.pages import LATEST_QUOTES


@pytest.fixture(scope="module")
def large_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("large")
    config = folder / "briefing.yaml"
    config.write_text("split_by_year_from: 1\n", encoding="utf-8")
    return build_site(SEEDS, folder / "dist", "--config", str(config))


def articles_of(site: Path) -> list[dict]:
    return json.loads((site / "articles.json").read_text(encoding="utf-8"))


def test_the_book_lists_one_volume_per_year_and_each_volume_holds_that_years_articles(large_site):
    articles = articles_of(large_site)
    years = sorted({a["date"][:4] for a in articles})
    book = (large_site / "book.html").read_text(encoding="utf-8")
    assert re.findall(r'<li><a href="(book/\d{4}\.html)">', book) == [f"book/{y}.html" for y in years]
    assert 'class="book-article"' not in book
    for year in years:
        volume = (large_site / "book" / f"{year}.html").read_text(encoding="utf-8")
        held = re.findall(r'<article class="book-article" id="a-([^"]+)"', volume)
        assert held == [a["slug"] for a in articles if a["date"].startswith(year)]
    assert sorted(p.name for p in (large_site / "book").iterdir()) == [f"{y}.html" for y in years]


def test_volumes_link_to_their_neighbours_and_back_to_the_list(large_site):
    years = sorted(p.stem for p in (large_site / "book").glob("*.html"))
    for index, year in enumerate(years):
        volume = (large_site / "book" / f"{year}.html").read_text(encoding="utf-8")
        assert ('rel="prev"' in volume) == (index > 0) and ('rel="next"' in volume) == (index < len(years) - 1)
        assert '<a href="../book.html">All volumes</a>' in volume


def test_an_actor_page_lists_the_years_and_each_year_page_holds_that_years_articles(large_site):
    articles = articles_of(large_site)
    actors = {key for a in articles for key in a["actors"]}
    assert actors
    for key in actors:
        naming = [a for a in articles if key in a["actors"]]
        years = list(dict.fromkeys(a["date"][:4] for a in naming))
        overview = (large_site / "actors" / f"{key}.html").read_text(encoding="utf-8")
        assert re.findall(rf'<li><a href="{key}/(\d{{4}})\.html">', overview) == years
        assert 'class="mention-list"' not in overview
        for year in years:
            page = (large_site / "actors" / key / f"{year}.html").read_text(encoding="utf-8")
            listed = re.findall(r'<li><span class="mention-date">.*?<a href="\.\./\.\./(articles/[^"]+)"', page)
            assert listed == [a["path"] for a in naming if a["date"].startswith(year)], (key, year)
        assert sorted(p.stem for p in (large_site / "actors" / key).iterdir()) == sorted(years)


def test_an_actors_first_page_keeps_the_latest_quotes_and_the_year_pages_all_of_them(large_site):
    articles = articles_of(large_site)
    said: dict[str, list[str]] = {}
    for article in articles:
        for quote in article["quotes"]:
            if quote["speaker"]:
                said.setdefault(quote["speaker"], []).append(quote["text"])
    assert said
    for key, texts in said.items():
        overview = (large_site / "actors" / f"{key}.html").read_text(encoding="utf-8")
        shown = re.findall(r'<blockquote class="source-text"><p>(.*?)</p>', overview)
        assert [unescape(t) for t in shown] == texts[-LATEST_QUOTES:]
        by_year = [unescape(t) for page in sorted((large_site / "actors" / key).glob("*.html"))
                   for t in re.findall(r'<blockquote class="source-text"><p>(.*?)</p>', page.read_text(encoding="utf-8"))]
        assert by_year == texts


def test_every_page_of_the_large_site_passes_the_nu_html_checker(large_site):
    errors = nu_errors(large_site)
    assert errors == [], "\n".join(errors[:40])


def test_every_link_of_the_large_site_resolves_and_every_page_parses(large_site):
    assert broken_links(large_site) == []
    assert {p.name: parse_errors(p.read_text(encoding="utf-8")) for p in html_pages(large_site)
            if parse_errors(p.read_text(encoding="utf-8"))} == {}


def test_adding_an_article_rewrites_only_its_own_years_volume(tmp_path, seeds_copy):
    config = {"source": seeds_copy, "out": tmp_path / "out", "split_by_year_from": 1}
    build(make_config(config))
    before = {p.name: p.stat().st_ino for p in (tmp_path / "out" / "book").iterdir()}
    (seeds_copy / "late.md").write_text("---\ntitle: A later turn\ndate: 2019-12-30\n---\nMore news.\n",
                                        encoding="utf-8")
    build(make_config(config))
    after = {p.name: p.stat().st_ino for p in (tmp_path / "out" / "book").iterdir()}
    assert {name for name in after if after[name] != before.get(name)} == {"2019.html"}
    cold = tmp_path / "cold"
    build(make_config({**config, "out": cold, "use_cache": False}))
    assert all((cold / p.relative_to(tmp_path / "out")).read_bytes() == p.read_bytes()
               for p in (tmp_path / "out").rglob("*.html"))


def test_adding_an_article_rewrites_only_its_own_year_of_each_actor_it_names(tmp_path, seeds_copy, monkeypatch):
    monkeypatch.setattr("briefing.site.pages.LATEST_QUOTES", 1)
    config = {"source": seeds_copy, "out": tmp_path / "out", "split_by_year_from": 1}
    build(make_config(config))
    maduro = tmp_path / "out" / "actors" / "nicolas-maduro"
    before = {p.name: p.stat().st_ino for p in maduro.iterdir()}
    overview_before = maduro.with_suffix(".html").read_text(encoding="utf-8")
    (seeds_copy / "late.md").write_text("---\ntitle: A later turn\ndate: 2019-12-30\n---\n"
                                        "“We are still here,” Nicolás Maduro said on Monday.\n", encoding="utf-8")
    build(make_config(config))
    after = {p.name: p.stat().st_ino for p in maduro.iterdir()}
    assert {name for name in after if after[name] != before.get(name)} == {"2019.html"}
    overview = maduro.with_suffix(".html").read_text(encoding="utf-8")
    assert overview != overview_before
    assert re.findall(r'<blockquote class="source-text"><p>(.*?)</p>', overview) == ["We are still here"]
    (quoted_before,) = re.findall(r"All (\d+) quotes are on the pages of each year", overview_before)
    assert f"All {int(quoted_before) + 1} quotes are on the pages of each year" in overview
    assert "A later turn" in (maduro / "2019.html").read_text(encoding="utf-8")
