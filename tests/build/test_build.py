"""Build the seed site for real and check it the way a reader and a crawler would."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SEEDS, build_site
from sitecheck import broken_links, html_pages, page_links, parse_errors

from briefing.cli import main
from briefing.read.article import make_article
from briefing.read.clean import rules_from_data
from briefing.read.load import load_sources, read_package_yaml

SEED_GAZETTEER = ROOT / "gazetteer.yaml"
"""The seed briefing's curation, beside its briefing.yaml."""
EXPECTED_ORDER = ["004", "001", "002", "000", "003"]
JUNK = ["Latest News", "Do NOT follow this link", "error: Content is protected", "Newspapers in English",
        "Newspapers from Canada", "Please let us know if you", "Orignially published in NYT",
        "Follow Frances Martel on", "??"]
_SOURCE_NOTES = re.compile(r'<details class="source-notes">.*?</details>', re.S)
_TAGS = re.compile(r"<[^>]+>")


def timeline_sources(site: Path) -> list[str]:
    """Return the source-file prefixes of the timeline's entries, in page order."""
    by_path = {a["path"]: a["source_file"][:3] for a in json.loads((site / "articles.json").read_text())}
    links, _ = page_links((site / "index.html").read_text(encoding="utf-8"))
    return [by_path[link] for link in links if link in by_path]


def test_one_page_per_article(built_site):
    assert len(list((built_site / "articles").glob("*.html"))) == 5
    for name in ("index.html", "404.html", "articles.json", ".nojekyll", "static/css/site.css"):
        assert (built_site / name).is_file(), name


def test_timeline_is_in_publication_order(built_site):
    assert timeline_sources(built_site) == EXPECTED_ORDER


def test_articles_json_is_sorted_by_date_and_complete(built_site):
    records = json.loads((built_site / "articles.json").read_text(encoding="utf-8"))
    assert [r["date"] for r in records] == ["2018-09-09", "2019-01-24", "2019-02-08", "2019-09-23", "2022-10-06"]
    for record in records:
        assert (built_site / record["path"]).is_file()
        assert record["date_precision"] == "day"
        assert record["provenance"]["date"]["origin"] == "front matter"
        assert set(record) >= {"source_file", "slug", "title", "publication", "authors", "word_count"}


@pytest.mark.parametrize("base_url", ["/", "/briefing/"])
def test_every_internal_link_and_asset_resolves(tmp_path, base_url):
    site = build_site(SEEDS, tmp_path / "dist", "--base-url", base_url)
    assert broken_links(site, base_url) == []
    not_found = (site / "404.html").read_text(encoding="utf-8")
    assert f'href="{base_url}static/css/site.css"' in not_found


def test_every_page_parses_as_html(built_site):
    for page in html_pages(built_site):
        assert parse_errors(page.read_text(encoding="utf-8")) == [], page.name


def test_no_junk_outside_the_source_notes(built_site):
    for path in sorted(p for p in built_site.rglob("*") if p.is_file() and p.suffix in (".html", ".json", ".xml")):
        text = unescape(_SOURCE_NOTES.sub("", path.read_text(encoding="utf-8")))
        for junk in JUNK:
            assert junk not in text, f"{junk!r} in {path.name}"


def test_removed_junk_is_listed_in_the_source_notes(built_site):
    page = next((built_site / "articles").glob("2019-01-24-*.html")).read_text(encoding="utf-8")
    notes = unescape(_SOURCE_NOTES.search(page).group(0))
    assert "Do NOT follow this link" in notes and "publication note: NYT" in notes


def test_every_body_paragraph_appears_on_its_page(built_site):
    sources, _, _ = load_sources(SEEDS)
    rules = rules_from_data(read_package_yaml("cleaning.yaml"))
    for source in sources:
        cleaned = make_article(source, rules)
        article = cleaned.article
        page = unescape(_TAGS.sub("", (built_site / "articles" / f"{article.slug}.html").read_text(encoding="utf-8")))
        flat = " ".join(page.split())
        for paragraph in cleaned.paragraphs:
            assert " ".join(paragraph.split()) in flat, (source.name, paragraph[:60])
        for caption in article.captions:
            assert " ".join(caption.text.split()) in flat


def test_article_page_shows_its_parts(built_site):
    page = next((built_site / "articles").glob("2018-09-09-*.html")).read_text(encoding="utf-8")
    assert "<h1>Venezuela coup-plotters asked U.S. for help</h1>" in page
    assert "Karen DeYoung and Greg Jaffe" in page
    assert '<time datetime="2018-09-09">9 September 2018</time>' in page
    assert 'class="dateline">WASHINGTON<' in page
    assert "<figcaption>While there have been signs of dissent" in page
    assert 'rel="next"' in page and 'rel="prev"' not in page
    assert '<details class="source-notes">' in page


def test_timeline_groups_by_year_and_month(built_site):
    page = (built_site / "index.html").read_text(encoding="utf-8")
    years = re.findall(r'class="year-marker">(\d{4})<', page)
    assert years == ["2018", "2019", "2022"]
    assert page.index(">September<") < page.index(">January<") < page.index(">February<")


def test_raw_scraped_seeds_build_with_what_the_loader_finds(raw_seeds, tmp_path, capsys):
    """The five seeds without front matter: the site builds, inferred facts show, gaps are warned about."""
    site = tmp_path / "raw"
    assert main(["--source", str(raw_seeds), "--out", str(site), "--no-search"]) == 0
    err = capsys.readouterr().err
    for name, problem in (("000", "no title"), ("001", "no title"), ("001", "undated"), ("003", "undated"),
                          ("004", "undated")):
        assert any(name in line and problem in line for line in err.splitlines()), (name, problem)
    assert not any("002" in line for line in err.splitlines())
    records = {r["source_file"][:3]: r for r in json.loads((site / "articles.json").read_text(encoding="utf-8"))}
    assert [records[k]["date"] for k in ("000", "002")] == ["2019-09-23", "2019-02-08"]
    assert records["000"]["provenance"]["date"]["origin"] == "scraper header"
    assert records["002"]["provenance"]["date"]["origin"] == "inferred"
    assert records["001"]["publication"] == "The New York Times"
    assert records["004"]["publication"] == "The Province" and records["003"]["authors"] == ["Frances Martel"]
    assert timeline_sources(site)[:2] == ["002", "000"]  # dated first, oldest first
    assert sorted(timeline_sources(site)[2:]) == ["001", "003", "004"]  # then the undated ones
    assert "Undated" in (site / "index.html").read_text(encoding="utf-8")
    assert broken_links(site) == []
    page = (site / records["001"]["path"]).read_text(encoding="utf-8")
    assert "Title written for this briefing" in page or "no headline" in page.lower()


def test_a_folder_without_a_gazetteer_gets_no_other_storys_curation(tmp_path, monkeypatch):
    """The seed briefing's gazetteer is the seed briefing's: a folder of articles on another story,
    built where there is no gazetteer.yaml, shows only the actors its own articles name (no "Hugo
    Chávez" made of a lawyer's second family name, no Mexico described through Venezuela)."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "well.txt").write_text(
        "Farmers in Mexico take a distillery to court\n\n"
        "Farmers in Jalisco, Mexico, have asked a court to close a distillery's deep well.\n\n"
        '"The well has no business on our land," said Verónica Guadalajara Chávez, the farmers\' lawyer.\n\n'
        '"We will ask the court to annul the lease," Chávez said, adding that Mexico must enforce its water law.\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--source", "articles", "--quiet", "--no-search"]) == 0
    pages = {path.stem for path in (tmp_path / "dist" / "actors").glob("*.html")}
    assert "mexico" in pages and "hugo-chavez" not in pages
    assert "Venezuela" not in (tmp_path / "dist" / "actors" / "mexico.html").read_text(encoding="utf-8")


def test_without_discovery_the_actors_are_the_gazetteers_and_the_setting_rebuilds_the_extractions(tmp_path):
    """discover_actors: false keeps to the gazetteer's actors; turning it back on (same cache) finds the
    others again, as a build without the cache does: the setting is part of the cache's key."""
    gazetteer_names = {actor["name"] for actor in yaml.safe_load(SEED_GAZETTEER.read_text(encoding="utf-8"))["actors"]}
    config = tmp_path / "briefing.yaml"
    config.write_text("discover_actors: false\n", encoding="utf-8")
    curated = build_site(SEEDS, tmp_path / "dist", "--config", str(config), "--no-search")
    assert actor_names(curated) and actor_names(curated) <= gazetteer_names
    config.write_text("discover_actors: true\n", encoding="utf-8")
    found = build_site(SEEDS, tmp_path / "dist", "--config", str(config), "--no-search")
    fresh = build_site(SEEDS, tmp_path / "fresh", "--config", str(config), "--no-search", "--no-cache")
    assert actor_names(found) == actor_names(fresh)
    assert actor_names(found) - gazetteer_names, "discovery adds actors the gazetteer does not list"


def actor_names(site: Path) -> set[str]:
    """Return the names the actors page lists."""
    return set(re.findall(r'<a class="actor-name" href="actors/[^"]+">([^<]+)</a>', (site / "actors.html").read_text(encoding="utf-8")))
