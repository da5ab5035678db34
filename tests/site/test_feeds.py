"""feed.xml, sitemap.xml, robots.txt and the head metadata of article pages, with and without a site URL."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import SEEDS, build_site, write_tree

from briefing.site.meta import script_json

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SITE_URL = "https://octocat.github.io/briefing/"
HOSTILE = '<script>alert("x")</script> & "Q" ]]> <!-- end'
_JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built with a known site URL."""
    return build_site(SEEDS, tmp_path_factory.mktemp("feeds") / "dist", "--base-url", "/briefing/",
                      "--site-url", SITE_URL)


@pytest.fixture(scope="module")
def local_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built without a site URL."""
    return build_site(SEEDS, tmp_path_factory.mktemp("feeds-local") / "dist")


def feed(site: Path) -> ET.Element:
    """Parse feed.xml (fails the test if it is not well-formed XML)."""
    return ET.parse(site / "feed.xml").getroot()


def articles(site: Path) -> list[dict]:
    """Return articles.json, the site's own list of articles in timeline order."""
    return json.loads((site / "articles.json").read_text(encoding="utf-8"))


def json_ld(page: Path) -> dict:
    """Return the JSON-LD object of a page."""
    found = _JSON_LD.findall(page.read_text(encoding="utf-8"))
    assert len(found) == 1, f"{page.name}: expected one JSON-LD script, found {len(found)}"
    return json.loads(found[0])


def article(title: str, date: str, body: str = "The text of the article.", extra: str = "") -> str:
    """Return an article file with front matter (title given as a single-quoted YAML string)."""
    quoted = title.replace("'", "''")
    return f"---\ntitle: '{quoted}'\ndate: {date}\n{extra}---\n{body}\n"


def test_feed_has_the_required_atom_elements(site: Path) -> None:
    root = feed(site)
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{name}") is not None, name
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links == {"self": SITE_URL + "feed.xml", "alternate": SITE_URL}
    for entry in root.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated", "published", "link", "author", "summary", "content"):
            assert entry.find(f"{ATOM}{name}") is not None, name
        assert entry.find(f"{ATOM}content").get("type") == "html"


def test_feed_lists_every_article_newest_first(site: Path) -> None:
    entries = feed(site).findall(f"{ATOM}entry")
    published = [e.findtext(f"{ATOM}published") for e in entries]
    assert len(entries) == len(articles(site))
    assert published == sorted(published, reverse=True)
    newest = max(a["date"] for a in articles(site))
    assert published[0] == f"{newest}T00:00:00Z"
    assert feed(site).findtext(f"{ATOM}updated") == published[0]


def test_feed_entries_match_the_articles(site: Path) -> None:
    by_url = {SITE_URL + a["path"]: a for a in articles(site)}
    for entry in feed(site).findall(f"{ATOM}entry"):
        record = by_url[entry.find(f"{ATOM}link").get("href")]
        assert entry.findtext(f"{ATOM}title") == record["title"]
        assert entry.findtext(f"{ATOM}published") == f"{record['date']}T00:00:00Z"
        names = [a.findtext(f"{ATOM}name") for a in entry.findall(f"{ATOM}author")]
        assert names == (record["authors"] or [record["publication"]])


def test_ids_are_unique_and_do_not_depend_on_the_site_url(site: Path, local_site: Path) -> None:
    ids = [e.findtext(f"{ATOM}id") for e in feed(site).iter(f"{ATOM}entry")]
    assert len(set(ids)) == len(ids) == len(articles(site))
    assert all(i.startswith("urn:uuid:") for i in ids)
    assert ids == [e.findtext(f"{ATOM}id") for e in feed(local_site).iter(f"{ATOM}entry")]
    assert feed(site).findtext(f"{ATOM}id") == feed(local_site).findtext(f"{ATOM}id")


def test_without_a_site_url_nothing_is_absolute(local_site: Path) -> None:
    text = (local_site / "feed.xml").read_text(encoding="utf-8")
    without_namespaces = text.replace('xmlns="http://www.w3.org/2005/Atom"', "")
    assert "http://" not in without_namespaces and "https://" not in without_namespaces
    root = feed(local_site)
    assert "self" not in [link.get("rel") for link in root.findall(f"{ATOM}link")]
    for entry, record in zip(root.findall(f"{ATOM}entry"), sorted(articles(local_site), key=lambda a: a["date"],
                                                                   reverse=True)):
        assert entry.find(f"{ATOM}link").get("href") == record["path"]  # relative to feed.xml at the root
        assert (local_site / record["path"]).is_file()


def test_without_a_site_url_there_is_no_sitemap_and_robots_names_none(local_site: Path) -> None:
    assert not (local_site / "sitemap.xml").exists()
    robots = (local_site / "robots.txt").read_text(encoding="utf-8")
    assert robots.startswith("User-agent: *\n") and "Sitemap:" not in robots


def test_without_a_site_url_article_pages_have_no_canonical_or_og_url(local_site: Path) -> None:
    for record in articles(local_site):
        html = (local_site / record["path"]).read_text(encoding="utf-8")
        assert 'rel="canonical"' not in html and 'property="og:url"' not in html
        assert '<meta property="og:title" content="' in html
        assert "url" not in json_ld(local_site / record["path"])


def test_sitemap_lists_the_timeline_and_every_article(site: Path) -> None:
    root = ET.parse(site / "sitemap.xml").getroot()
    locations = {u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod") for u in root.iter(f"{SITEMAP}url")}
    assert SITE_URL in locations
    for record in articles(site):
        assert locations[SITE_URL + record["path"]] == record["date"]
    assert SITE_URL + "404.html" not in locations
    assert all(loc.startswith(SITE_URL) for loc in locations)


def test_robots_names_the_sitemap(site: Path) -> None:
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    assert robots == f"User-agent: *\nAllow: /\nSitemap: {SITE_URL}sitemap.xml\n"


def test_article_pages_have_canonical_open_graph_and_news_article(site: Path) -> None:
    for record in articles(site):
        page = site / record["path"]
        html = page.read_text(encoding="utf-8")
        url = SITE_URL + record["path"]
        assert f'<link rel="canonical" href="{url}">' in html
        assert f'<meta property="og:url" content="{url}">' in html
        assert '<meta property="og:type" content="article">' in html
        data = json_ld(page)
        assert data["@type"] == "NewsArticle" and data["@context"] == "https://schema.org"
        assert data["headline"] == record["title"] and data["url"] == url
        assert data["datePublished"] == record["date"]
        assert [a["name"] for a in data.get("author", [])] == record["authors"]


def test_every_page_links_the_feed(site: Path) -> None:
    for page in sorted(site.rglob("*.html")):
        if "pagefind" in page.parts:
            continue
        html = page.read_text(encoding="utf-8")
        assert re.search(r'<link rel="alternate" type="application/atom\+xml" [^>]*href="[^"]*feed\.xml"', html), page


def test_hostile_title_is_escaped_everywhere(tmp_path: Path) -> None:
    # U+FFFF is valid UTF-8 but can never appear in XML, escaped or not.
    body = "The first paragraph of the article, long enough to be text.\n\nThe second holds \uffff and </content>."
    source = write_tree(tmp_path / "src", {"a.txt": article(HOSTILE, "2020-01-02", body=body),
                                           "b.txt": article("Plain", "2020-01-01")})
    site = build_site(source, tmp_path / "dist", "--site-url", "https://example.org/")
    entries = feed(site).findall(f"{ATOM}entry")  # parses: the title did not break the XML
    assert entries[0].findtext(f"{ATOM}title") == HOSTILE
    assert "<script>" not in (site / "feed.xml").read_text(encoding="utf-8")
    content = entries[0].findtext(f"{ATOM}content")
    assert "\uffff" not in content and "&lt;/content&gt;" in content
    record = next(a for a in articles(site) if a["title"] == HOSTILE)
    html = (site / record["path"]).read_text(encoding="utf-8")
    script = _JSON_LD.search(html).group(1)
    assert not re.search(r"[<>&]", script)
    assert json_ld(site / record["path"])["headline"] == HOSTILE
    assert "<script>alert" not in html


def test_script_json_escapes_what_html_would_read() -> None:
    text = script_json({"a": "</script><!-- & \u2029"})
    assert str(text) == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2029"}'
    assert json.loads(str(text)) == {"a": "</script><!-- & \u2029"}


def test_feed_is_reproducible_and_ignores_the_clock(tmp_path: Path) -> None:
    source = write_tree(tmp_path / "src", {"a.txt": article("One", "2021-03"), "b.txt": article("Two", "2020")})
    first = (build_site(source, tmp_path / "one") / "feed.xml").read_bytes()
    second = (build_site(source, tmp_path / "two") / "feed.xml").read_bytes()
    assert first == second
    root = ET.fromstring(first)
    assert root.findtext(f"{ATOM}updated") == "2021-03-01T00:00:00Z"
    assert [e.findtext(f"{ATOM}published") for e in root.iter(f"{ATOM}entry")] == \
        ["2021-03-01T00:00:00Z", "2020-01-01T00:00:00Z"]


def test_undated_articles_come_last_and_use_source_date_epoch(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    source = write_tree(tmp_path / "src", {"u.txt": "---\ntitle: Undated\n---\nText.\n"})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    root = feed(build_site(source, tmp_path / "dist"))
    assert root.findtext(f"{ATOM}updated") == "2023-11-14T22:13:20Z"
    entry = root.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}updated") == "2023-11-14T22:13:20Z"
    assert entry.find(f"{ATOM}published") is None
    source = write_tree(source, {"d.txt": article("Dated", "2019-05-06")})
    titles = [e.findtext(f"{ATOM}title") for e in feed(build_site(source, tmp_path / "dist2")).iter(f"{ATOM}entry")]
    assert titles == ["Dated", "Undated"]
