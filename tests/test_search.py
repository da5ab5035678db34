"""Search: the real Pagefind indexer runs inside the build, over article bodies only; the pages around it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefing.config import make_config
from briefing.errors import BuildError
from briefing.search import index_site
from briefing.site import build
from browser_support import indexed_pages
from conftest import SEEDS, write_tree

GOOD = "---\ntitle: Good\ndate: 2020-01-02\n---\nSome text about lighthouses.\n"


def articles_of(site: Path) -> list[dict]:
    return json.loads((site / "articles.json").read_text(encoding="utf-8"))


def test_the_bundle_is_written_into_the_site(built_site):
    for name in ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json"):
        assert (built_site / "pagefind" / name).is_file(), name


def test_every_article_and_nothing_else_is_indexed(built_site):
    indexed = indexed_pages(built_site)
    assert sorted(indexed) == sorted("/" + a["path"] for a in articles_of(built_site))


def test_the_index_holds_the_article_text_but_not_the_source_notes(built_site):
    indexed = indexed_pages(built_site)
    for article in articles_of(built_site):
        text = indexed["/" + article["path"]]
        assert article["title"] in text
        assert article["source_file"] not in text and "Where each field came from" not in text
        assert len(text.split()) >= article["word_count"] * 0.9


def test_only_article_pages_mark_a_search_body(built_site):
    marked = {p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")
              if "data-pagefind-body" in p.read_text(encoding="utf-8")}
    assert marked == {a["path"] for a in articles_of(built_site)}


def test_timeline_search_box_is_a_plain_get_form_to_the_search_page(built_site):
    timeline = (built_site / "index.html").read_text(encoding="utf-8")
    form = re.search(r'<form class="search-form" role="search" action="([^"]+)" method="get">(.*?)</form>',
                     timeline, re.S)
    assert form and form.group(1) == "search.html"
    assert 'name="q"' in form.group(2) and '<label for="search-q">' in form.group(2)


def test_search_page_works_under_a_base_path_and_explains_itself_without_javascript(built_site):
    page = (built_site / "search.html").read_text(encoding="utf-8")
    assert '<script type="module" src="static/js/search.js"></script>' in page
    noscript = re.search(r"<noscript>(.*?)</noscript>", page, re.S).group(1)
    assert "Search needs JavaScript" in noscript and 'href="index.html"' in noscript
    script = (built_site / "static" / "js" / "search.js").read_text(encoding="utf-8")
    assert 'new URL("../../pagefind/pagefind.js", import.meta.url)' in script
    assert "/briefing/" not in script


def test_search_page_without_articles_says_there_is_nothing_to_search(tmp_path):
    (tmp_path / "src").mkdir()
    report = build(make_config({"source": tmp_path / "src", "out": tmp_path / "out"}))
    assert report.search is not None and report.search.pages == 0
    page = (tmp_path / "out" / "search.html").read_text(encoding="utf-8")
    assert "no articles to search yet" in page and "search.js" not in page
    assert not (tmp_path / "out" / "pagefind").exists()


def test_build_reports_indexing_as_its_own_stage(tmp_path):
    source = write_tree(tmp_path / "src", {"a.txt": GOOD})
    stages = []
    report = build(make_config({"source": source, "out": tmp_path / "out"}),
                   progress=lambda stage, done, total: stages.append((stage, done, total)))
    assert ("indexing", 0, 1) in stages and stages[-1] == ("indexing", 1, 1)
    assert report.search.pages == 1 and report.search.seconds > 0
    assert "lighthouses" in indexed_pages(tmp_path / "out")["/articles/2020-01-02-good.html"]


def test_summary_prints_the_indexing_stage(tmp_path, capsys):
    from briefing.cli import main
    source = write_tree(tmp_path / "src", {"a.txt": GOOD})
    assert main(["--source", str(source), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^Indexed 1 pages for search in \d+\.\d\d s -> .*pagefind/$", out, re.M), out


def test_a_failing_indexer_is_a_build_error(tmp_path):
    site = write_tree(tmp_path / "site", {"articles/a.html": "<article data-pagefind-body><p>Hi.</p></article>",
                                          "pagefind": "a file where the bundle folder should go"})
    with pytest.raises(BuildError) as caught:
        index_site(site)
    assert str(caught.value).startswith("pagefind: the search indexer failed with exit code ")


def test_rebuilding_gives_the_same_bundle(tmp_path):
    config = make_config({"source": SEEDS, "out": tmp_path / "a"})
    build(config)
    build(make_config({"source": SEEDS, "out": tmp_path / "b"}))
    first = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a" / "pagefind").rglob("*")
             if p.is_file()}
    second = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b" / "pagefind").rglob("*")
              if p.is_file()}
    assert first.keys() == second.keys() and first == second
