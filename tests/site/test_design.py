"""Design checks on the built seed site: weight, landmarks, headings, dates, filters, the book, no other hosts."""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefing.read.markup import body_renderer

from briefing.site.views import (
    ArticleView,
    book_chapters,
    book_volumes,
    publication_key,
    scope_ids,
    timeline,
    timeline_filters,
)

MAX_PAGE_BYTES = 60_000
BASE_URL = "/briefing/"  # conftest's built_site; the 404 page links absolutely
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
HUMAN_DATE = re.compile(rf"\b(\d{{1,2}} )?({MONTHS}) \d{{4}}\b")
# Where dates are the articles' own words (quoted text), not the site's metadata.
CONTENT_CLASSES = frozenset({"article-body", "entry-summary", "dek", "photo-caption", "source-notes",
                             "search-results", "captions", "source-text"})
REQUEST_RELS = frozenset({"stylesheet", "icon", "preload", "modulepreload", "prefetch", "preconnect",
                          "dns-prefetch", "manifest", "apple-touch-icon"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                  "track", "wbr"})
SEARCH_ASSET = re.compile(r"(^|/)(pagefind/|static/(css|js)/search\.)")


@dataclass
class PageFacts:
    """What the design tests need to know about one HTML page, gathered in one parse."""

    lang: str = ""
    tags: list[str] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)
    first_link: str = ""
    ids: set[str] = field(default_factory=set)
    times: list[str | None] = field(default_factory=list)
    loose_dates: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    entries: list[dict[str, str]] = field(default_factory=list)
    options: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    book_articles: list[str] = field(default_factory=list)
    toc_links: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    """Collect PageFacts; track open elements to know when text is inside <time> or article content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, inside time, inside content)
        self.select = ""
        self.option: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        facts, classes = self.facts, set(found.get("class", "").split())
        facts.tags.append(tag)
        if found.get("id"):
            facts.ids.add(found["id"])
        if tag == "html":
            facts.lang = found.get("lang", "")
        if re.fullmatch(r"h[1-6]", tag):
            facts.headings.append(int(tag[1]))
        if tag == "a" and not facts.first_link:
            facts.first_link = found.get("href", "")
        if tag == "time":
            facts.times.append(found.get("datetime"))
        self._requests(tag, found)
        self._timeline(tag, found, classes)
        if tag not in VOID:
            in_time, in_content = self.stack[-1][1:] if self.stack else (False, False)
            self.stack.append((tag, in_time or tag == "time", in_content or bool(classes & CONTENT_CLASSES)))

    def _requests(self, tag: str, found: dict[str, str]) -> None:
        if tag == "link" and set(found.get("rel", "").split()) & REQUEST_RELS:
            self.facts.requests.append(found.get("href", ""))
        if tag in ("script", "img", "iframe", "source", "audio", "video", "embed", "input") and found.get("src"):
            self.facts.requests.append(found["src"])

    def _timeline(self, tag: str, found: dict[str, str], classes: set[str]) -> None:
        if tag == "li" and "entry" in classes:
            self.facts.entries.append({"publication": found.get("data-publication", "?"),
                                       "year": found.get("data-year", "?"), "href": ""})
        elif tag == "a" and self.facts.entries and not self.facts.entries[-1]["href"]:
            self.facts.entries[-1]["href"] = found.get("href", "")
        if tag == "select":
            self.select = found.get("name", "")
            self.facts.options[self.select] = []
        if tag == "option":
            self.option = {"value": found.get("value", ""), "label": ""}
        if tag == "article" and "book-article" in classes:
            self.facts.book_articles.append(found.get("id", ""))
        if tag == "a" and any(t == "nav" for t, *_ in self.stack) and found.get("href", "").startswith("#a-"):
            self.facts.toc_links.append(found["href"][1:])

    def handle_endtag(self, tag: str) -> None:
        if tag == "option" and self.option is not None:
            self.facts.options[self.select].append((self.option["value"], self.option["label"].strip()))
            self.option = None
        while self.stack and tag not in VOID:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.option is not None:
            self.option["label"] += data
        in_time, in_content = self.stack[-1][1:] if self.stack else (False, False)
        if self.stack and self.stack[-1][0] in ("script", "style", "title"):
            return
        if not in_time and not in_content:
            self.facts.loose_dates.extend(m.group(0) for m in HUMAN_DATE.finditer(data))


def read_page(path: Path) -> PageFacts:
    """Parse one built page."""
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return reader.facts


def html_pages(site: Path) -> list[Path]:
    """Return every HTML page of the site except the search index's own files."""
    return sorted(p for p in site.rglob("*.html") if not SEARCH_ASSET.search(p.relative_to(site).as_posix()))


def page_weight(site: Path, page: Path) -> int:
    """Return the bytes of a page plus the CSS and JS it loads from the site, search assets excluded."""
    here = posixpath.dirname(page.relative_to(site).as_posix())
    total = page.stat().st_size
    for link in set(read_page(page).requests):
        link = link.split("?")[0]
        target = link[len(BASE_URL):] if link.startswith(BASE_URL) else posixpath.normpath(posixpath.join(here, link))
        if target.endswith((".css", ".js")) and not SEARCH_ASSET.search(target):
            total += (site / target).stat().st_size
    return total


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, PageFacts]:
    """Every page of the built seed site, parsed once."""
    return {p.relative_to(built_site).as_posix(): read_page(p) for p in html_pages(built_site)}


@pytest.fixture(scope="module")
def articles(built_site: Path) -> list[dict]:
    """The articles as the build wrote them to articles.json."""
    return json.loads((built_site / "articles.json").read_text(encoding="utf-8"))


def test_every_page_is_under_the_weight_budget(built_site: Path) -> None:
    weights = {p.relative_to(built_site).as_posix(): page_weight(built_site, p) for p in html_pages(built_site)}
    assert {"index.html", "book.html"} <= weights.keys()
    assert all(w > 1000 for w in weights.values()), weights
    heavy = {name: w for name, w in weights.items() if w >= MAX_PAGE_BYTES}
    assert heavy == {}, f"pages at or over {MAX_PAGE_BYTES} bytes of HTML+CSS+JS: {heavy}"


def test_every_page_has_lang_landmarks_and_a_skip_link(pages: dict[str, PageFacts]) -> None:
    for name, facts in pages.items():
        assert facts.lang, f"{name}: <html> has no lang"
        for landmark in ("header", "nav", "main", "footer"):
            assert landmark in facts.tags, f"{name}: no <{landmark}>"
        assert facts.first_link == "#main" and "main" in facts.ids, f"{name}: the first link is not a skip link"


def test_every_page_has_one_h1_and_headings_in_order(pages: dict[str, PageFacts]) -> None:
    for name, facts in pages.items():
        assert facts.headings.count(1) == 1 and facts.headings[0] == 1, f"{name}: headings {facts.headings}"
        jumps = [(a, b) for a, b in zip(facts.headings, facts.headings[1:]) if b > a + 1]
        assert jumps == [], f"{name}: heading levels skip: {jumps}"


def test_every_date_is_in_a_time_element(pages: dict[str, PageFacts]) -> None:
    assert sum(len(f.times) for f in pages.values()) > 10
    for name, facts in pages.items():
        bad = [value for value in facts.times if value is None or not ISO_DATE.match(value)]
        assert bad == [], f"{name}: <time> without a valid datetime: {bad}"
        assert facts.loose_dates == [], f"{name}: dates outside <time datetime>: {facts.loose_dates}"


def test_timeline_filters_match_the_articles(pages: dict[str, PageFacts], articles: list[dict]) -> None:
    facts = pages["index.html"]
    by_path = {a["path"]: a for a in articles}
    assert sorted(e["href"] for e in facts.entries) == sorted(by_path)
    publications = dict(facts.options["publication"][1:])
    years = dict(facts.options["year"][1:])
    for entry in facts.entries:
        article = by_path[entry["href"]]
        assert publications[entry["publication"]].startswith(article["publication"] or "Unknown publication")
        assert entry["year"] == (article["date"][:4] if article["date"] else "Undated")
        assert years[entry["year"]].startswith(entry["year"])
    for name, options in (("publication", publications), ("year", years)):
        counts = {value: sum(e[name] == value for e in facts.entries) for value in options}
        assert all(label.endswith(f"({counts[value]})") for value, label in options.items()), options
        assert set(options) == {e[name] for e in facts.entries}


def test_book_holds_every_article_in_order_with_page_breaks(built_site: Path, pages: dict[str, PageFacts],
                                                           articles: list[dict]) -> None:
    facts = pages["book.html"]
    expected = [f"a-{a['slug']}" for a in sorted(articles, key=lambda a: (a["date"] is None, a["date"] or ""))]
    assert facts.book_articles == expected == [f"a-{a['slug']}" for a in articles]
    assert facts.toc_links == expected
    html = (built_site / "book.html").read_text(encoding="utf-8")
    assert [html.find(f">{a['title']}<".replace("'", "&#39;")) for a in articles] == sorted(
        html.find(f">{a['title']}<".replace("'", "&#39;")) for a in articles)
    css = (built_site / "static/css/site.css").read_text(encoding="utf-8")
    print_css = css[css.index("@media print"):]
    assert re.search(r"\.book-article\s*\{[^}]*break-before:\s*page", print_css)


def test_book_ids_are_unique(built_site: Path) -> None:
    html = (built_site / "book.html").read_text(encoding="utf-8")
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) > 20 and len(ids) == len(set(ids))


def test_no_page_or_stylesheet_loads_from_another_host(built_site: Path, pages: dict[str, PageFacts]) -> None:
    for name, facts in pages.items():
        foreign = [r for r in facts.requests if re.match(r"^([a-z][a-z0-9+.-]*:|//)", r, re.I)
                   and not r.startswith("data:")]
        assert foreign == [], f"{name} loads from other hosts: {foreign}"
    for sheet in (built_site / "static").rglob("*.css"):
        css = sheet.read_text(encoding="utf-8")
        assert not re.search(r"url\(\s*['\"]?(https?:)?//|@import", css), f"{sheet.name} reaches out"


def _view(slug: str, publication: str, date: str) -> ArticleView:
    year, month = (date[:4], "March") if date else ("Undated", "")
    if len(date) == 4:
        month = ""
    return ArticleView(slug, f"articles/{slug}.html", slug, False, "", "", "", publication, date, date, "day",
                       year, month, "", "1 min read", 10, (), f"{slug}.txt", (), (), (), (),
                       publication_key(publication))


def test_filters_count_publications_and_keep_year_order() -> None:
    views = (_view("a", "The Times", "2019-03-01"), _view("b", "", "2019"), _view("c", "Agence", "2021-03-02"),
             _view("d", "The Times", ""))
    filters = timeline_filters(views)
    assert [(o.value, o.label, o.count) for o in filters.publications] == [
        ("agence", "Agence", 1), ("the-times", "The Times", 2), ("unknown", "Unknown publication", 1)]
    assert [(o.value, o.count) for o in filters.years] == [("2019", 2), ("2021", 1), ("Undated", 1)]


def test_entry_headings_follow_the_year_when_there_is_no_month() -> None:
    years = timeline((_view("a", "X", "2019-03-01"), _view("b", "X", "2019")))
    assert [(m.name, m.entry_level, m.datetime) for m in years[0].months] == [("March", 4, "2019-03"), ("", 3, "")]


def test_book_chapters_keep_bodies_and_the_template_scopes_their_ids() -> None:
    views = (_view("a", "X", "2019-03-01"), _view("b", "X", "2019-03-02"))
    bodies = {"a": '<p id="p1">see <a href="#p1">here</a></p>', "b": '<p id="p1">x</p>'}
    chapters = book_chapters(views, bodies)
    assert [(c.anchor, c.body) for c in chapters] == [("a-a", bodies["a"]), ("a-b", bodies["b"])]
    assert scope_ids(bodies["a"], "c1") == '<p id="c1-p1">see <a href="#c1-p1">here</a></p>'


def test_scoping_ids_rewrites_tags_only_and_leaves_empty_values() -> None:
    body = body_renderer().markdown_html('## Notes\n\nWrite id="main" and href="#top" in HTML; '
                         '[back](#h-notes), [top](#), [site](https://example.org/#x).')
    scoped = scope_ids(body, "c7")
    assert '<h2 id="c7-h-notes">Notes</h2>' in scoped
    assert '<p id="c7-p1">Write id="main" and href="#top" in HTML;' in scoped
    assert '<a href="#c7-h-notes"' in scoped and '<a href="#" ' in scoped
    assert '<a href="https://example.org/#x"' in scoped
    assert scoped.replace("c7-", "") == body


def test_a_large_book_has_one_volume_per_year_in_order() -> None:
    views = (_view("a", "X", "2019-03-01"), _view("b", "X", "2019-04-01"), _view("c", "X", "2021-01-01"))
    volumes = book_volumes(views)
    assert [(v.label, v.path, [a.slug for a in v.articles]) for v in volumes] == [
        ("2019", "book/2019.html", ["a", "b"]), ("2021", "book/2021.html", ["c"])]
