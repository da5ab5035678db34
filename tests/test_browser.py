"""The built seed site in a real browser (Debian's chromium via Playwright), served over HTTP under /briefing/."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Iterator

import pytest
from browser_support import (
    PageWatch,
    axe_violations,
    horizontal_overflow,
    launch_chromium,
    require_browser,
    search_in_browser,
    serve_site,
)
from conftest import SEEDS, build_site

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """One headless chromium for this module (module scope: Playwright's sync API allows one at a time)."""
    require_browser()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The address of the seed site (built with --base-url /briefing/), served like GitHub Pages."""
    with serve_site(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def articles(built_site: Path) -> list[dict]:
    """The articles in timeline order, from the site's own articles.json."""
    return json.loads((built_site / "articles.json").read_text(encoding="utf-8"))


@pytest.fixture()
def page(browser, site_url: str) -> Iterator[object]:
    """A fresh tab in a context of its own."""
    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture()
def watch(page, site_url: str) -> PageWatch:
    """Console errors, failed requests and requests to other hosts of the test's tab."""
    return PageWatch(site_url.split("/briefing/")[0]).attach(page)


@pytest.fixture(scope="module")
def distinctive(browser, site_url: str, articles: list[dict]) -> tuple[str, dict]:
    """A word of one article's indexed text whose first six letters occur in no other article."""
    texts = {}
    tab = browser.new_page()
    for article in articles:
        tab.goto(site_url + article["path"])
        texts[article["path"]] = tab.evaluate("""() => {
            const body = document.querySelector('[data-pagefind-body]').cloneNode(true);
            body.querySelectorAll('[data-pagefind-ignore]').forEach((node) => node.remove());
            return body.textContent; }""")
    tab.close()
    for article in articles:
        others = " ".join(t for p, t in texts.items() if p != article["path"]).casefold()
        for word in sorted(set(re.findall(r"\b[a-z]{9,}\b", texts[article["path"]]))):
            if word[:6] not in others:
                return word, article
    pytest.fail("no article has a word of its own to search for")


def test_timeline_loads_without_console_errors_or_failed_requests(page, watch, site_url, articles):
    response = page.goto(site_url)
    page.wait_for_load_state("networkidle")
    assert response.status == 200
    hrefs = set(page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"))
    assert {site_url + a["path"] for a in articles} <= hrefs
    watch.assert_clean()


def test_clicking_an_entry_opens_its_article(page, watch, site_url, articles):
    article = articles[len(articles) // 2]
    page.goto(site_url)
    page.locator(f'main a[href$="{article["path"]}"]').first.click()
    page.wait_for_url(site_url + article["path"])
    assert page.locator("article h1").inner_text().strip() == article["title"]
    watch.assert_clean()


def test_previous_next_and_back_to_the_timeline(page, watch, site_url, articles):
    first, second = articles[0], articles[1]
    page.goto(site_url + first["path"])
    assert page.locator("a[rel=prev]").count() == 0
    page.locator("a[rel=next]").click()
    page.wait_for_url(site_url + second["path"])
    assert page.locator("article h1").inner_text().strip() == second["title"]
    page.locator("a[rel=prev]").click()
    page.wait_for_url(site_url + first["path"])
    page.get_by_role("link", name="Back to the timeline").click()
    page.wait_for_url(re.compile(re.escape(site_url) + r"(index\.html)?$"))
    assert page.locator(f'main a[href$="{first["path"]}"]').count() >= 1
    page.goto(site_url + articles[-1]["path"])
    assert page.locator("a[rel=next]").count() == 0
    watch.assert_clean()


def test_search_from_the_timeline_finds_the_article(page, watch, site_url, distinctive):
    word, article = distinctive
    page.goto(site_url)
    page.locator("form[role=search] input[name=q]").first.fill(word)
    page.locator("form[role=search] input[name=q]").first.press("Enter")
    page.wait_for_url(re.compile(re.escape(site_url) + r"search\.html\?q="))
    results = page.locator("#search-results a")
    results.first.wait_for()
    assert results.evaluate_all("links => links.map(a => a.href)") == [site_url + article["path"]]
    assert results.first.inner_text().strip() == article["title"]
    assert word in page.locator("#search-results mark").first.inner_text().casefold()
    assert "1 article matches" in page.locator("#search-status").inner_text()
    results.first.click()
    page.wait_for_url(site_url + article["path"])
    watch.assert_clean()


def test_search_for_nothing_known_says_so(page, watch, site_url):
    page.goto(site_url + "search.html?q=zzqxjvwkpl")
    page.wait_for_function("() => document.getElementById('search-status').textContent.includes('No article')")
    assert page.locator("#search-results a").count() == 0
    watch.assert_clean()


def test_no_horizontal_scroll_at_375_pixels(browser, site_url, articles, distinctive):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    tab = context.new_page()
    pages = ["", *(a["path"] for a in articles), f"search.html?q={distinctive[0]}", "actors.html",
             "actors/juan-guaido.html", "quotes.html", "events.html"]
    overflow = {}
    for path in pages:
        tab.goto(site_url + path)
        tab.wait_for_load_state("networkidle")
        overflow[path or "index"] = horizontal_overflow(tab)
    context.close()
    assert {path: px for path, px in overflow.items() if px > 0} == {}


def test_without_javascript_every_article_is_reachable(browser, site_url, articles):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site_url)
    links = set(tab.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"))
    assert {site_url + a["path"] for a in articles} <= links
    for article in articles:
        tab.goto(site_url)
        tab.locator(f'main a[href$="{article["path"]}"]').first.click()
        tab.wait_for_url(site_url + article["path"])
        assert tab.locator("article h1").inner_text().strip() == article["title"]
    tab.goto(site_url)
    tab.locator("form[role=search] input[name=q]").first.fill("venezuela")
    tab.locator("form[role=search] input[name=q]").first.press("Enter")
    tab.wait_for_url(re.compile(re.escape(site_url) + r"search\.html\?q=venezuela"))
    assert "Search needs JavaScript" in tab.locator("main").inner_text()
    tab.locator("main").get_by_role("link", name="timeline").click()
    tab.wait_for_url(re.compile(re.escape(site_url) + r"(index\.html)?$"))
    context.close()


def test_missing_page_is_the_404_page_with_working_links(page, site_url):
    response = page.goto(site_url + "articles/no-such-article.html")
    assert response.status == 404
    page.locator("main").get_by_role("link", name="timeline").click()
    page.wait_for_url(re.compile(re.escape(site_url) + r"(index\.html)?$"))


@pytest.mark.parametrize("which", ["timeline", "article", "search", "actors", "actor", "quotes", "events"])
def test_axe_finds_no_serious_or_critical_violation(page, site_url, articles, distinctive, which):
    path = {"timeline": "", "article": articles[0]["path"], "search": f"search.html?q={distinctive[0]}",
            "actors": "actors.html", "actor": "actors/juan-guaido.html", "quotes": "quotes.html",
            "events": "events.html"}[which]
    page.goto(site_url + path)
    if which == "search":
        page.locator("#search-results a").first.wait_for()
    assert axe_violations(page) == []


def test_search_helper_finds_every_article_by_its_title_word(browser, site_url, articles):
    found = search_in_browser(browser, site_url, "venezuela")
    assert found and set(found) <= {site_url + a["path"] for a in articles}


def test_search_merges_the_year_shards_of_a_large_briefing(browser, tmp_path, articles):
    config = tmp_path / "briefing.yaml"
    config.write_text("split_by_year_from: 1\n", encoding="utf-8")
    out = build_site(SEEDS, tmp_path / "out", "--config", str(config), "--base-url", "/briefing/")
    bundles = re.search(r'data-bundles="([^"]*)"', (out / "search.html").read_text(encoding="utf-8")).group(1)
    years = sorted({a["date"][:4] for a in articles})
    assert bundles.split() == [f"pagefind/{year}" for year in years] and len(years) > 1
    with serve_site(out) as url:
        found = search_in_browser(browser, url, "venezuela")
        # Each article's own title words find it, whichever shard holds it.
        for article in articles:
            assert url + article["path"] in search_in_browser(browser, url, article["title"])
            assert article["title"] in search_in_browser(browser, url, article["title"], titles=True)
    assert {u.rsplit("/", 1)[1][:4] for u in found} == set(years)


# --- briefing serve ------------------------------------------------------------------------------------

class ServeProcess:
    """`python build.py serve` in a folder of its own, with its output read by threads."""

    def __init__(self, folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "build.py"), "serve", "--port", "0", "--base-url", "/briefing/"],
            cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        self.ready = threading.Event()
        self.url = ""
        threading.Thread(target=self._read, args=(self.process.stdout, self.stdout), daemon=True).start()
        threading.Thread(target=self._read, args=(self.process.stderr, self.stderr), daemon=True).start()

    def _read(self, stream, lines: list[str]) -> None:
        for line in stream:
            lines.append(line)
            match = re.search(r"Serving (http://127\.0\.0\.1:\d+/briefing/)", line)
            if match:
                self.url = match.group(1)
                self.ready.set()

    def stop(self) -> int:
        """Press Ctrl-C and return the exit code; a server that does not stop is killed (and the test fails)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)
            raise


def test_serve_reloads_on_edit_and_keeps_the_last_good_site_on_error(browser, tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    seed = sorted((tmp_path / "seeds").glob("*.txt"))[0]
    original = seed.read_text(encoding="utf-8")
    old_title = re.search(r'^title: "(.*)"$', original, re.M).group(1)
    server = ServeProcess(tmp_path)
    try:
        assert server.ready.wait(60), f"serve did not start: {''.join(server.stdout + server.stderr)}"
        tab = browser.new_page()
        tab.goto(server.url)
        assert tab.get_by_text(old_title).count() >= 1
        new_title = "Treaty invoked against Caracas, edited while serving"
        seed.write_text(original.replace(old_title, new_title, 1), encoding="utf-8")
        tab.get_by_text(new_title).first.wait_for(timeout=TIMEOUT_MS)
        assert tab.get_by_text(old_title).count() == 0
        seed.write_text(original.replace(old_title, new_title, 1).replace("\n---\n", "\n", 1), encoding="utf-8")
        banner = tab.locator("#briefing-serve-error")
        banner.wait_for(timeout=TIMEOUT_MS)
        assert seed.name in banner.inner_text()
        assert tab.get_by_text(new_title).count() >= 1
        tab.reload()
        banner.wait_for(timeout=TIMEOUT_MS)
        assert tab.get_by_text(new_title).count() >= 1, "the last good build is no longer served"
        assert any("build failed" in line for line in server.stderr)
        tab.close()
    finally:
        code = server.stop()
    assert code == 0, "".join(server.stderr)
    published = (tmp_path / "dist" / "index.html").read_text(encoding="utf-8")
    assert new_title in published and "__briefing" not in published and "EventSource" not in published
