"""A saved page's article in a real browser (Debian's chromium): clean console, no other host asked, axe clean."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

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
PAGES = Path(__file__).resolve().parent / "pages"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The seeds and two saved pages (one with a _files folder), built under /briefing/."""
    source = Path(shutil.copytree(SEEDS, tmp_path_factory.mktemp("pages") / "seeds"))
    shutil.copy(PAGES / "harbour.html", source)
    shutil.copytree(PAGES / "harbour_files", source / "harbour_files")
    shutil.copy(PAGES / "orchard.htm", source)
    return build_site(source, source.parent / "dist", "--base-url", "/briefing/")


def test_a_saved_pages_article_is_clean_in_chromium(site):
    require_browser()
    from playwright.sync_api import sync_playwright
    records = json.loads((site / "articles.json").read_text(encoding="utf-8"))
    pages = [r["path"] for r in records if r["source_file"].endswith((".html", ".htm"))]
    assert len(pages) == 2
    with serve_site(site) as url, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context(viewport={"width": 375, "height": 740})
        tab = context.new_page()
        watch = PageWatch(url.split("/briefing/")[0]).attach(tab)
        for path in pages:
            tab.goto(url + path)
            tab.wait_for_load_state("networkidle")
            assert axe_violations(tab) == [], path
            assert horizontal_overflow(tab) == 0, path
        tab.goto(url + pages[-1])
        tab.locator("figure.saved-figure img").scroll_into_view_if_needed()
        tab.wait_for_function("() => document.querySelector('figure.saved-figure img').complete")
        assert tab.evaluate("() => document.querySelector('figure.saved-figure img').naturalWidth") == 64
        assert tab.evaluate("() => document.title") != "tracked"  # the page's own scripts never ran
        assert tab.locator("p.original a").get_attribute("href").startswith("https://www.northsea-courier.example/")
        watch.assert_clean()
        context.close()
        found = search_in_browser(browser, url, "dockers")  # a word of the saved page only
        browser.close()
    assert found == [url + pages[-1]]
