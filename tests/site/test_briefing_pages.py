"""The reader-facing briefing on the built seed site: actors, actor pages, quotes, events, article dossiers."""

from __future__ import annotations

import json
import posixpath
import unicodedata
from pathlib import Path
from xml.etree.ElementTree import Element

import html5lib
import pytest
import yaml
from conftest import ROOT, build_site, write_tree
from sitecheck import broken_links

BASE_URL = "/briefing/"  # conftest's built_site
POMPEO_QUOTE = "All O.A.S. member states must align themselves with democracy"


def _page(site: Path, path: str) -> Element:
    return html5lib.parse((site / path).read_text(encoding="utf-8"), namespaceHTMLElements=False)


def _text(element: Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).casefold()


def _target(here: str, href: str) -> tuple[str, str]:
    """Resolve a relative link of page `here` to (site path, fragment)."""
    path, _, fragment = href.partition("#")
    return (posixpath.normpath(posixpath.join(posixpath.dirname(here), path)) if path else here), fragment


def _by_class(root: Element, tag: str, name: str) -> list[Element]:
    return [e for e in root.iter(tag) if name in (e.get("class") or "").split()]


@pytest.fixture(scope="module")
def articles(built_site: Path) -> list[dict]:
    """articles.json of the seed site, in timeline order."""
    return json.loads((built_site / "articles.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_path(articles: list[dict]) -> dict[str, str]:
    """Seed number ("001") -> the article's page path."""
    return {a["source_file"][:3]: a["path"] for a in articles}


def test_actors_page_lists_guaido_once_under_people(built_site: Path) -> None:
    root = _page(built_site, "actors.html")
    names = [_text(a) for a in _by_class(root, "a", "actor-name")]
    assert len(names) == len(set(names)) > 20
    assert [n for n in names if _fold(n).endswith(("guaido", "guiado"))] == ["Juan Guaidó"]
    people = next(s for s in root.iter("section") if s.get("id") == "people")
    assert "Juan Guaidó" in [_text(a) for a in _by_class(people, "a", "actor-name")]
    headings = [_text(h) for h in root.iter("h2")]
    assert [h.split()[0] for h in headings] == ["People", "Organisations", "Countries", "Places"]


def test_guaidos_page_lists_the_articles_that_mention_him_in_time_order(built_site: Path,
                                                                         seed_path: dict[str, str]) -> None:
    here = "actors/juan-guaido.html"
    root = _page(built_site, here)
    assert _text(next(root.iter("h1"))) == "Juan Guaidó"
    items = list(next(e for e in root.iter("ol") if "mention-list" in (e.get("class") or "")).iter("li"))
    linked = [_target(here, li.find("a").get("href"))[0] for li in items]
    assert linked == [seed_path[n] for n in ("001", "002", "000", "003")]
    dates = [li.find(".//time").get("datetime") for li in items]
    assert dates == sorted(dates) and all(len(d) == 10 for d in dates)


def test_an_actor_page_gives_the_other_names_the_actor_goes_by(built_site: Path) -> None:
    gazetteer = yaml.safe_load((ROOT / "gazetteer.yaml").read_text(encoding="utf-8"))
    aliases = next(entry["aliases"] for entry in gazetteer["actors"] if entry["name"] == "United States")
    lines = [_text(p) for p in _by_class(_page(built_site, "actors/united-states.html"), "p", "aliases")]
    assert lines == ["Also called " + ", ".join(aliases)]


def test_an_actor_without_a_role_has_no_empty_lede_and_a_description_that_says_what_it_is(built_site: Path) -> None:
    root = _page(built_site, "actors/western-hemisphere.html")
    assert not _by_class(root, "p", "lede")
    description = next(m.get("content") for m in root.iter("meta") if m.get("name") == "description")
    assert description == "Western Hemisphere (place) in the briefing's articles"


def test_pompeos_quote_links_to_its_paragraph_of_001(built_site: Path, seed_path: dict[str, str]) -> None:
    here = "actors/mike-pompeo.html"
    quote = next(li for li in _by_class(_page(built_site, here), "li", "quote") if POMPEO_QUOTE in _text(li))
    path, fragment = _target(here, _by_class(quote, "p", "cite-line")[0].find("a").get("href"))
    assert path == seed_path["001"] and fragment.startswith("p")
    paragraph = next(p for p in _page(built_site, path).iter("p") if p.get("id") == fragment)
    assert POMPEO_QUOTE in _text(paragraph)


def test_quotes_page_groups_by_speaker_and_ends_with_the_unattributed(built_site: Path,
                                                                      articles: list[dict]) -> None:
    root = _page(built_site, "quotes.html")
    groups = _by_class(root, "section", "quote-group")
    assert groups[-1].get("id") == "q-unattributed" and _text(groups[-1].find("h2")) == "Unattributed"
    unattributed = sum(q["speaker"] is None for a in articles for q in a["quotes"])
    assert len(_by_class(groups[-1], "li", "quote")) == unattributed > 0
    assert sum(len(_by_class(g, "li", "quote")) for g in groups) == sum(len(a["quotes"]) for a in articles)
    pompeo = next(g for g in groups if g.get("id") == "q-mike-pompeo")
    assert any(POMPEO_QUOTE in _text(q) for q in _by_class(pompeo, "li", "quote"))


def test_events_page_lists_september_11_2001_citing_000(built_site: Path, seed_path: dict[str, str]) -> None:
    root = _page(built_site, "events.html")
    year = next(s for s in root.iter("section") if s.get("id") == "y-2001")
    entry = next(li for li in year.iter("li") if li.find("p/time") is not None
                 and li.find("p/time").get("datetime") == "2001-09-11")
    assert [_text(m) for m in entry.iter("mark")] == ["Sept. 11, 2001"]
    links = [_target("events.html", a.get("href")) for a in entry.iter("a")]
    assert links and all(path == seed_path["000"] and fragment.startswith("p") for path, fragment in links)
    paragraph = next(p for p in _page(built_site, seed_path["000"]).iter("p") if p.get("id") == links[0][1])
    assert "Sept. 11, 2001" in _text(paragraph)


def test_events_page_is_in_date_order(built_site: Path) -> None:
    root = _page(built_site, "events.html")
    dates = [t.get("datetime") for t in _by_class(root, "time", "date-badge")]
    assert len(dates) > 20 and dates == sorted(dates)


def test_each_article_lists_its_actors_quotes_and_events(built_site: Path, articles: list[dict]) -> None:
    for article in articles:
        here = article["path"]
        root = _page(built_site, here)
        dossier = _by_class(root, "section", "dossier")[0]
        links = [_target(here, a.get("href")) for a in dossier.iter("a")]
        actors = [path for path, _ in links if path.startswith("actors/")]
        assert set(actors) >= {f"actors/{key}.html" for key in article["actors"]}, here
        ids = {p.get("id") for p in root.iter("p")}
        fragments = {fragment for path, fragment in links if path == here}
        wanted = {f"p{q['paragraph']}" for q in article["quotes"]} | {f"p{e['paragraph']}" for e in article["events"]}
        assert fragments == wanted and fragments <= ids, here


def test_every_page_links_the_new_pages_in_its_navigation(built_site: Path) -> None:
    for path in ("index.html", "actors.html", "actors/juan-guaido.html", "quotes.html", "events.html"):
        nav = next(n for n in _page(built_site, path).iter("nav") if n.get("aria-label") == "Site")
        targets = {_target(path, a.get("href"))[0] for a in nav.iter("a")}
        assert {"actors.html", "quotes.html", "events.html"} <= targets, path


def test_timeline_has_the_event_track(built_site: Path) -> None:
    root = _page(built_site, "index.html")
    track = next(a for a in root.iter("aside") if "event-track" in (a.get("class") or ""))
    years = [_target("index.html", a.get("href")) for a in track.iter("a")]
    assert ("events.html", "y-2001") in years and ("events.html", "") in years
    events = _page(built_site, "events.html")
    assert {f for p, f in years if f} <= {s.get("id") for s in events.iter("section")}


def test_every_internal_link_and_fragment_resolves(built_site: Path) -> None:
    assert broken_links(built_site, BASE_URL) == []


def test_a_briefing_without_quotes_or_dates_says_so(tmp_path: Path) -> None:
    source = write_tree(tmp_path / "src", {"a.txt": "---\ntitle: Plain\ndate: 2019-03-01\n---\nNothing to see.\n"})
    site = build_site(source, tmp_path / "out")
    for page, words in (("events.html", "no dates"), ("quotes.html", "no direct quotations")):
        empty = _by_class(_page(site, page), "p", "empty")
        assert len(empty) == 1 and words in _text(empty[0]), page
    assert _by_class(_page(site, "index.html"), "aside", "event-track") == []
    assert broken_links(site) == []


@pytest.mark.parametrize(("description", "lede"), [
    ("Nepali workers and a collapsed contractor", "Nepali workers and a collapsed contractor. 1 article, oldest first."),
    ("Who paid, and who did not?", "Who paid, and who did not? 1 article, oldest first.")])
def test_the_timeline_s_lede_is_the_description_as_a_sentence_and_the_count(tmp_path: Path, description: str,
                                                                             lede: str) -> None:
    src = write_tree(tmp_path / "src", {"a.md": "---\ntitle: One\ndate: 2024-02-03\n---\nBody.\n"})
    config = write_tree(tmp_path, {"briefing.yaml": yaml.safe_dump({"description": description})}) / "briefing.yaml"
    site = build_site(src, tmp_path / "out", "--config", str(config))
    found = [_text(p) for p in _by_class(_page(site, "index.html"), "p", "lede")]
    assert found == [lede]
