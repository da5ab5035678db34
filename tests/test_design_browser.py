"""Design checks in headless Debian chromium: focus, filters with and without JS, the theme toggle, layout."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import pytest
from browser_support import (
    PageWatch,
    horizontal_overflow,
    launch_chromium,
    require_browser,
    serve_site,
)

pytestmark = pytest.mark.browser

ENTRIES = ".timeline .entry"
CLS_SCRIPT = """() => new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
    .observe({type: 'layout-shift', buffered: true});
  setTimeout(() => resolve(total), 500);
})"""


@pytest.fixture(scope="module")
def site_url(built_site: Path) -> Iterator[str]:
    """The seed site served over HTTP under /briefing/."""
    require_browser()
    with serve_site(built_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser(site_url: str):
    """Debian's chromium, shared by the tests of this module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser):
    """A fresh page in a fresh context (empty localStorage), watched for errors."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def visible_entries(page) -> int:
    """Return how many timeline entries are displayed."""
    return page.eval_on_selector_all(ENTRIES, "es => es.filter(e => e.offsetParent !== null).length")


def test_skip_link_and_focus_are_visible(page, site_url: str) -> None:
    watch = PageWatch(site_url.split("/briefing/")[0]).attach(page)
    page.goto(site_url + "index.html")
    page.keyboard.press("Tab")
    focused = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
      return {cls: e.className, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), top: r.top, h: r.height}; }""")
    assert focused["cls"] == "skip-link" and focused["outline"] != "none" and focused["width"] >= 2
    assert focused["top"] >= 0 and focused["h"] > 10, focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    for _ in range(6):
        page.keyboard.press("Tab")
        style = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                              " return [document.activeElement.tagName, s.outlineStyle, parseFloat(s.outlineWidth)]; }")
        assert style[1] != "none" and style[2] >= 2, style
    watch.assert_clean()


def test_filters_narrow_the_timeline_without_reloading(page, site_url: str) -> None:
    page.goto(site_url + "index.html")
    total = page.locator(ENTRIES).count()
    assert total > 2 and visible_entries(page) == total
    page.evaluate("window.__same_document = true")
    year = page.eval_on_selector("select[name=year] option:nth-child(2)", "o => o.value")
    page.select_option("select[name=year]", year)
    expected = page.locator(f"{ENTRIES}[data-year='{year}']").count()
    assert 0 < expected < total and visible_entries(page) == expected
    assert re.search(rf"Showing {expected} of {total}", page.inner_text("[data-filter-status]"))
    hidden_years = page.eval_on_selector_all(".timeline .year", "ys => ys.filter(y => y.hidden).length")
    assert hidden_years == page.locator(".timeline .year").count() - 1
    publication = page.get_attribute(f"{ENTRIES}[data-year='{year}']", "data-publication")
    page.select_option("select[name=publication]", publication)
    assert visible_entries(page) == page.locator(
        f"{ENTRIES}[data-year='{year}'][data-publication='{publication}']").count() >= 1
    assert page.evaluate("window.__same_document") is True
    assert f"year={year}" in page.url
    page.reload()
    assert page.input_value("select[name=year]") == year and visible_entries(page) < total
    page.click("button[type=reset]")
    page.wait_for_function(f"() => document.querySelectorAll('{ENTRIES}:not([hidden])').length === {total}")
    assert "year=" not in page.url


def test_without_javascript_every_entry_shows_and_the_controls_hide(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "index.html?year=2019")
    assert visible_entries(page) == page.locator(ENTRIES).count() > 0
    assert not page.is_visible("[data-filters]") and not page.is_visible("[data-theme-toggle]")
    assert page.is_visible(".year-index")
    context.close()


def test_theme_toggle_is_remembered_across_pages(page, site_url: str) -> None:
    page.goto(site_url + "index.html")
    light = page.evaluate("getComputedStyle(document.body).backgroundColor")
    toggle = page.locator("[data-theme-toggle]")
    assert toggle.get_attribute("aria-pressed") == "false"
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    dark = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert dark != light
    page.click(".entry-title a")
    page.wait_for_load_state()
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == dark
    assert page.get_attribute("[data-theme-toggle]", "aria-pressed") == "true"
    page.click("[data-theme-toggle]")
    page.reload()
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == light


def test_dark_system_setting_is_followed(browser, site_url: str) -> None:
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(site_url + "book.html")
    assert page.get_attribute("[data-theme-toggle]", "aria-pressed") == "true"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert sum(int(n) for n in re.findall(r"\d+", background)[:3]) < 150, background
    context.close()


@pytest.mark.parametrize("path", ["index.html", "ARTICLE", "book.html"])
def test_no_layout_shift_and_no_overflow_on_a_phone(browser, site_url: str, built_site: Path, path: str) -> None:
    if path == "ARTICLE":
        path = sorted(p.relative_to(built_site).as_posix() for p in (built_site / "articles").glob("*.html"))[0]
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(site_url + path, wait_until="load")
    assert page.evaluate(CLS_SCRIPT) < 0.01
    assert horizontal_overflow(page) == 0
    context.close()


def test_book_prints_each_article_on_its_own_page(page, site_url: str) -> None:
    page.goto(site_url + "book.html")
    page.emulate_media(media="print")
    breaks = page.eval_on_selector_all(".book-article", "as => as.map(a => getComputedStyle(a).breakBefore)")
    assert len(breaks) >= 2 and set(breaks) == {"page"}, breaks
    assert page.eval_on_selector(".book-toc", "t => getComputedStyle(t).breakAfter") == "page"
    assert not page.is_visible(".site-nav") and not page.is_visible("[data-theme-toggle]")
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) >= len(breaks) + 2


@pytest.mark.parametrize("chosen", ["system", "toggle"])
def test_print_is_black_on_white_even_in_dark_mode(browser, site_url: str, chosen: str) -> None:
    context = browser.new_context(color_scheme="dark" if chosen == "system" else "light")
    page = context.new_page()
    page.goto(site_url + "index.html")
    if chosen == "toggle":
        page.click("[data-theme-toggle]")
    page.emulate_media(media="print")
    colours = page.evaluate("() => [getComputedStyle(document.body).backgroundColor,"
                            " getComputedStyle(document.querySelector('.entry-title a')).color]")
    assert colours == ["rgb(255, 255, 255)", "rgb(0, 0, 0)"]
    context.close()
