"""Search: the real Pagefind indexer runs inside the build, over article bodies only; the pages around it."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from browser_support import indexed_pages
from conftest import ROOT, SEEDS, build_site, tree_bytes, write_tree

import briefing.build.write
from briefing.build.engine import build
from briefing.config import make_config
from briefing.errors import BuildError
from briefing.site.search import (
    SearchDocuments,
    Shard,
    ShardIndexer,
    plan_shards,
    search_document,
)

GOOD = "---\ntitle: Good\ndate: 2020-01-02\n---\nSome text about lighthouses.\n"


def articles_of(site: Path) -> list[dict]:
    return json.loads((site / "articles.json").read_text(encoding="utf-8"))


def bundles_of(site: Path) -> list[str]:
    """Return the search bundles the search page merges, from its data-bundles attribute."""
    return re.search(r'data-bundles="([^"]*)"', (site / "search.html").read_text(encoding="utf-8")).group(1).split()


def test_the_bundle_is_written_into_the_site(built_site):
    assert bundles_of(built_site) == ["pagefind/2018-2022"]  # a small briefing has one shard
    for name in ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json"):
        assert (built_site / "pagefind" / "2018-2022" / name).is_file(), name
    assert [p.name for p in (built_site / "pagefind").iterdir()] == ["2018-2022"]


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
    assert 'new URL("../../", import.meta.url)' in script and "mergeIndex" in script
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
    assert stages[0] == ("preparing", 1, 1)  # the stage that takes longest in a cold build
    assert report.search.pages == 1 and report.search.seconds > 0
    assert "lighthouses" in indexed_pages(tmp_path / "out")["/articles/2020-01-02-good.html"]


def test_summary_prints_the_indexing_stage(tmp_path, capsys):
    from briefing.cli import main
    source = write_tree(tmp_path / "src", {"a.txt": GOOD})
    assert main(["--source", str(source), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^Indexed 1 page for search in 1 shard in \d+\.\d\d s -> .*pagefind/$", out, re.M), out
    (tmp_path / "out" / "index.html").write_text("edited by hand", encoding="utf-8")  # so the build runs again
    assert main(["--source", str(source), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^Search index unchanged \(1 page in 1 shard\) -> .*pagefind/$", out, re.M), out


def test_a_failing_indexer_is_a_build_error_naming_the_shard(tmp_path):
    site = write_tree(tmp_path / "site", {"articles/a.html": "<article data-pagefind-body><p>Hi.</p></article>",
                                          "pagefind/2020": "a file where the bundle folder should go"})
    with pytest.raises(BuildError) as caught, \
            ShardIndexer(site, [Shard("2020", ("articles/a.html",))], lambda shard: False,
                         SearchDocuments(tmp_path / "documents")) as indexer:
        indexer.written("articles/a.html", "")
        indexer.finish()
    assert str(caught.value).startswith("pagefind/2020: the search indexer failed with exit code ")
    assert not list(tmp_path.glob(".briefing-search-*")), "the staging folder was left behind"


def test_a_small_briefing_has_one_shard_named_by_its_years():
    pages = [("articles/b.html", 2021), ("articles/a.html", 2019), ("articles/u.html", None)]
    assert plan_shards(pages, 500) == (Shard("2019-2021", ("articles/a.html", "articles/b.html", "articles/u.html")),)
    assert plan_shards(pages[:1], 500) == (Shard("2021", ("articles/b.html",)),)
    assert plan_shards([("articles/u.html", None)], 500) == (Shard("all", ("articles/u.html",)),)
    assert plan_shards([], 500) == ()


def test_a_large_briefing_has_one_shard_per_year_and_one_for_undated_pages():
    pages = [(f"articles/{year}-{n}.html", year) for year in (2022, 2019, 2020) for n in range(2)]
    pages.append(("articles/undated.html", None))
    shards = plan_shards(pages, 7)
    assert [s.name for s in shards] == ["2019", "2020", "2022", "undated"]
    assert shards[0].pages == ("articles/2019-0.html", "articles/2019-1.html")
    assert sorted(p for s in shards for p in s.pages) == sorted(p for p, _ in pages)


def test_adding_a_page_to_a_large_briefing_changes_only_its_years_shard():
    pages = [(f"articles/{year}-{n}.html", year) for year in range(2015, 2026) for n in range(3)]
    before = plan_shards(pages, 10)
    after = plan_shards([*pages, ("articles/2019-new.html", 2019)], 10)
    changed = set(after) - set(before)
    assert [s.name for s in changed] == ["2019"] and len(after) == len(before)


SHARDED = "split_by_year_from: 2\n"


def test_only_the_changed_years_shard_is_indexed_again(tmp_path):
    source = write_tree(tmp_path / "src", {
        "a.md": "---\ntitle: Alpha\ndate: 2019-03-01\n---\nAlpha text about harbours.\n",
        "b.md": "---\ntitle: Beta\ndate: 2020-03-01\n---\nBeta text about lighthouses.\n"})
    config = write_tree(tmp_path, {"briefing.yaml": SHARDED}) / "briefing.yaml"
    build_site(source, tmp_path / "out", "--config", str(config))
    assert bundles_of(tmp_path / "out") == ["pagefind/2019", "pagefind/2020"]
    kept = (tmp_path / "out" / "pagefind" / "2019" / "pagefind-entry.json").stat().st_ino
    write_tree(source, {"c.md": "---\ntitle: Gamma\ndate: 2020-05-01\n---\nGamma text about ferries.\n"})
    report = build(make_config({"source": source, "out": tmp_path / "out", "split_by_year_from": 2}))
    assert (report.search.shards, report.search.indexed_shards, report.search.indexed_pages) == (2, 1, 2)
    assert (tmp_path / "out" / "pagefind" / "2019" / "pagefind-entry.json").stat().st_ino == kept
    build(make_config({"source": source, "out": tmp_path / "cold", "split_by_year_from": 2, "use_cache": False}))
    assert tree_bytes(tmp_path / "out" / "pagefind") == tree_bytes(tmp_path / "cold" / "pagefind")
    assert "ferries" in indexed_pages(tmp_path / "out")["/articles/2020-05-01-gamma.html"]


def test_search_later_keeps_the_old_bundle_and_leaves_the_shard_to_the_next_build(tmp_path):
    source = write_tree(tmp_path / "src", {
        "a.md": "---\ntitle: Alpha\ndate: 2019-03-01\n---\nAlpha text about harbours.\n",
        "b.md": "---\ntitle: Beta\ndate: 2020-03-01\n---\nBeta text about lighthouses.\n"})
    config = make_config({"source": source, "out": tmp_path / "out", "split_by_year_from": 2})
    first = build(config, search_later=True)  # nothing to keep yet: both shards wait
    assert first.search_pending == 2 and not (tmp_path / "out" / "pagefind").exists()
    assert build(config).search.indexed_shards == 2
    old_bundle = tree_bytes(tmp_path / "out" / "pagefind" / "2020")
    write_tree(source, {"c.md": "---\ntitle: Gamma\ndate: 2020-05-01\n---\nGamma text about ferries.\n"})
    pages_first = build(config, search_later=True)
    assert pages_first.search_pending == 1 and pages_first.search.indexed_shards == 0
    assert (tmp_path / "out" / "articles" / "2020-05-01-gamma.html").is_file()
    assert tree_bytes(tmp_path / "out" / "pagefind" / "2020") == old_bundle
    assert not (tmp_path / ".briefing-cache" / "stamp.json").exists()
    then = build(config)
    assert (then.search_pending, then.search.indexed_shards, then.up_to_date) == (0, 1, False)
    assert "ferries" in indexed_pages(tmp_path / "out")["/articles/2020-05-01-gamma.html"]
    build(make_config({"source": source, "out": tmp_path / "cold", "split_by_year_from": 2, "use_cache": False}))
    assert tree_bytes(tmp_path / "out") == tree_bytes(tmp_path / "cold")


@pytest.mark.parametrize("damage", ["garbage", "delete"])
def test_stored_search_documents_that_are_damaged_or_gone_are_cut_again_from_the_pages(tmp_path, damage):
    source = write_tree(tmp_path / "src", {
        "a.md": "---\ntitle: Alpha\ndate: 2020-03-01\n---\nAlpha text about harbours.\n",
        "b.md": "---\ntitle: Beta\ndate: 2020-04-01\n---\nBeta text about lighthouses.\n"})
    build(make_config({"source": source, "out": tmp_path / "out"}))
    documents = [p for p in (tmp_path / ".briefing-cache" / "search").rglob("*") if p.is_file()]
    assert len(documents) == 2
    for document in documents:
        document.write_bytes(b"garbage") if damage == "garbage" else document.unlink()
    write_tree(source, {"c.md": "---\ntitle: Gamma\ndate: 2020-05-01\n---\nGamma text about ferries.\n"})
    report = build(make_config({"source": source, "out": tmp_path / "out"}))
    assert report.search.indexed_pages == 3
    build(make_config({"source": source, "out": tmp_path / "cold", "use_cache": False}))
    assert tree_bytes(tmp_path / "out" / "pagefind") == tree_bytes(tmp_path / "cold" / "pagefind")
    assert "harbours" in indexed_pages(tmp_path / "out")["/articles/2020-03-01-alpha.html"]
    stored = sorted(p.read_bytes() for p in (tmp_path / ".briefing-cache" / "search").rglob("*") if p.is_file())
    assert len(stored) == 3 and b"garbage" not in stored


def test_a_search_shard_deleted_from_the_output_is_indexed_again(tmp_path):
    source = write_tree(tmp_path / "src", {"a.txt": GOOD})
    build(make_config({"source": source, "out": tmp_path / "out"}))
    shutil.rmtree(tmp_path / "out" / "pagefind" / "2020")
    report = build(make_config({"source": source, "out": tmp_path / "out"}))
    assert report.search.indexed_shards == 1 and (tmp_path / "out" / "pagefind" / "2020" / "pagefind.js").is_file()


def test_a_briefing_built_without_search_says_so_on_its_search_page(tmp_path):
    source = write_tree(tmp_path / "src", {"a.txt": GOOD})
    build(make_config({"source": source, "out": tmp_path / "out", "search": False}))
    page = (tmp_path / "out" / "search.html").read_text(encoding="utf-8")
    assert "built without its search index" in page and "search.js" not in page



def test_rebuilding_gives_the_same_bundle(tmp_path):
    config = make_config({"source": SEEDS, "out": tmp_path / "a"})
    build(config)
    build(make_config({"source": SEEDS, "out": tmp_path / "b"}))
    first, second = tree_bytes(tmp_path / "a" / "pagefind"), tree_bytes(tmp_path / "b" / "pagefind")
    assert first.keys() == second.keys() and first == second


@pytest.mark.parametrize("split_by_year_from", [500, 1])
def test_without_the_cache_the_pages_themselves_are_indexed_into_the_same_bundles(tmp_path, split_by_year_from):
    cached = make_config({"source": SEEDS, "out": tmp_path / "a", "split_by_year_from": split_by_year_from})
    uncached = make_config({"source": SEEDS, "out": tmp_path / "b", "split_by_year_from": split_by_year_from,
                            "use_cache": False})
    build(cached)
    build(uncached)
    first, second = tree_bytes(tmp_path / "a" / "pagefind"), tree_bytes(tmp_path / "b" / "pagefind")
    assert len(first) > 10 and first == second


def test_without_a_folder_no_document_is_kept_and_the_page_itself_is_staged(tmp_path):
    documents = SearchDocuments(None)
    page = tmp_path / "page.html"
    page.write_text('<html lang="en"><body><main data-pagefind-body>Text</main><p>chrome</p></body></html>')
    assert documents.add(page.read_text()) == ""
    documents.stage(tmp_path / "staging", "articles/a.html", "", page)
    assert (tmp_path / "staging" / "articles" / "a.html").read_bytes() == page.read_bytes()
    documents.prune(set())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html", "staging"]


def test_indexed_text_keeps_byline_and_date_apart_without_our_own_notes(built_site):
    for article in articles_of(built_site):
        text = " ".join(indexed_pages(built_site)["/" + article["path"]].split())
        if article["authors"] and article["date"]:
            assert re.search(re.escape(article["authors"][-1]) + r" \d{1,2} [A-Z][a-z]+ \d{4} ", text), text[:300]
        assert "min read" not in text and "Title written for this briefing" not in text


def test_the_search_document_is_the_pages_language_and_its_search_body():
    page = ('<!DOCTYPE html><html lang="es"><head><title>T</title></head><body><header>Site</header>'
            '<article class="x" data-pagefind-body><h1>Título</h1><article>inner</article><p>Text</p></article>'
            '<footer>f</footer></body></html>')
    document = search_document(page)
    assert '<html lang="es">' in document
    assert '<article class="x" data-pagefind-body><h1>Título</h1><article>inner</article><p>Text</p></article>' in document
    assert "Site" not in document and "<footer>" not in document
    assert search_document("<html><body><p>No body marked</p></body></html>") == \
        "<html><body><p>No body marked</p></body></html>"


def test_the_search_body_is_the_first_tag_with_the_attribute_not_its_name_in_text():
    page = ('<html lang="en"><head><title>What data-pagefind-body means</title></head><body>'
            '<p>data-pagefind-body and <code>x data-pagefind-bodyguard</code></p>'
            '<SECTION class="s" data-pagefind-body><p>Kept</p><section>inner</section></Section><p>Not</p></body></html>')
    document = search_document(page)
    assert '<body><SECTION class="s" data-pagefind-body><p>Kept</p><section>inner</section></Section></body>' in document
    assert "means" not in document and "Not" not in document


@pytest.fixture()
def own_templates(tmp_path: Path) -> tuple[Path, Path]:
    templates = Path(shutil.copytree(ROOT / "templates", tmp_path / "templates"))
    return templates, write_tree(tmp_path, {"site.yaml": f"templates: {templates}\n"}) / "site.yaml"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_template_change_outside_the_article_keeps_the_search_index(tmp_path, own_templates):
    templates, _ = own_templates
    source = write_tree(tmp_path / "src", {"a.txt": GOOD})
    config = {"source": source, "out": tmp_path / "out", "templates": templates}
    build(make_config(config))
    _edit(templates / "base.html", "</footer>", "<p>A new footer line.</p></footer>")
    report = build(make_config(config))
    assert report.search.indexed_shards == 0 and report.search.shards == 1
    assert "A new footer line." in (tmp_path / "out" / "articles" / "2020-01-02-good.html").read_text(encoding="utf-8")
    build(make_config({**config, "out": tmp_path / "cold", "use_cache": False}))
    assert tree_bytes(tmp_path / "out" / "pagefind") == tree_bytes(tmp_path / "cold" / "pagefind")


def test_a_kept_bundle_moved_into_a_new_output_goes_back_if_the_swap_fails(tmp_path, own_templates, monkeypatch):
    templates, _ = own_templates
    source = write_tree(tmp_path / "src", {"a.txt": GOOD})
    config = {"source": source, "out": tmp_path / "out", "templates": templates}
    build(make_config(config))
    bundle = tree_bytes(tmp_path / "out" / "pagefind")
    _edit(templates / "base.html", "</footer>", "<p>A new footer line.</p></footer>")
    real = os.replace

    def failing(source, target):
        if ".building-" in Path(source).name:  # the new output's swap, not a folder moved into or out of it
            raise OSError(errno.ENOSPC, "No space left on device", str(source))
        return real(source, target)
    monkeypatch.setattr(briefing.build.write.os, "replace", failing)
    with pytest.raises(BuildError):
        build(make_config(config))
    assert tree_bytes(tmp_path / "out" / "pagefind") == bundle
    assert "A new footer line." not in (tmp_path / "out" / "articles" / "2020-01-02-good.html").read_text(encoding="utf-8")
    monkeypatch.undo()
    report = build(make_config(config))
    assert report.search.indexed_shards == 0 and tree_bytes(tmp_path / "out" / "pagefind") == bundle


def test_a_template_change_inside_the_article_indexes_again(tmp_path, own_templates):
    templates, _ = own_templates
    source = write_tree(tmp_path / "src", {"a.txt": GOOD})
    config = {"source": source, "out": tmp_path / "out", "templates": templates}
    build(make_config(config))
    _edit(templates / "article.html", "<article class=\"article\" data-pagefind-body>",
          "<article class=\"article\" data-pagefind-body><p>Lighthouse keepers' note.</p>")
    report = build(make_config(config))
    assert report.search.indexed_shards == 1
    assert "keepers" in indexed_pages(tmp_path / "out")["/articles/2020-01-02-good.html"]
