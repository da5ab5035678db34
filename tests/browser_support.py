"""Helpers for the browser tests: a static server under /briefing/, Debian's chromium, axe-core, page watchers."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("BRIEFING_CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
BASE = "/briefing/"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def missing_requirements() -> list[str]:
    """Return what the browser tests need and cannot find: playwright, chromium, axe-core."""
    missing = []
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the Python package playwright (pip install -e '.[test]')")
    if not (CHROMIUM.is_file() or shutil.which(str(CHROMIUM))):
        missing.append(f"chromium at {CHROMIUM} (apt-get install chromium)")
    if not AXE.is_file():
        missing.append(f"{AXE.relative_to(ROOT)} (npm ci)")
    return missing


def require_browser() -> None:
    """Skip with the reason locally; fail in CI (CI=true), where the browser tests must run."""
    missing = missing_requirements()
    if not missing:
        return
    reason = "browser tests need " + "; ".join(missing)
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(reason + " [CI=true: missing browser tools are an error, not a skip]", pytrace=False)
    pytest.skip(reason)


def launch_chromium(playwright):
    """Start Debian's headless chromium (never a downloaded browser)."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)


class _SiteHandler(SimpleHTTPRequestHandler):
    """Serves a built site under BASE like GitHub Pages: 404.html with status 404 for anything missing."""

    def translate_path(self, path: str) -> str:
        """Map /briefing/... into the site folder; anything else to a path that does not exist."""
        plain = path.split("?", 1)[0].split("#", 1)[0]
        if not plain.startswith(BASE):
            return str(Path(self.directory) / ".missing")
        return super().translate_path("/" + plain[len(BASE):])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Answer a missing page with the site's own 404.html, as a static host does."""
        page = Path(self.directory) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: pytest shows failures, not access logs."""


@contextmanager
def serve_site(folder: Path) -> Iterator[str]:
    """Serve folder at http://127.0.0.1:PORT/briefing/ in a thread; yield that address."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_SiteHandler, directory=str(folder)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{BASE}"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class PageWatch:
    """What went wrong while a page was open: console errors, failed requests, requests to other hosts."""

    origin: str
    console_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def attach(self, page) -> PageWatch:
        """Start listening to a playwright page; return self."""
        page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.console_errors.append(f"uncaught: {e}"))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)
        page.on("request", lambda r: None if r.url.startswith((self.origin, "data:", "blob:"))
                else self.foreign.append(r.url))
        return self

    def _failed(self, request) -> None:
        # ERR_ABORTED is chromium cancelling a request because the test navigated on (the favicon, often);
        # a missing file shows up as an HTTP status in _response instead.
        if "ERR_ABORTED" not in (request.failure or ""):
            self.failed.append(f"{request.url} ({request.failure})")

    def _response(self, response) -> None:
        if response.status >= 400:
            self.failed.append(f"{response.url} (HTTP {response.status})")

    def assert_clean(self) -> None:
        """Fail when anything went wrong since the page opened."""
        assert self.console_errors == [], f"console errors: {self.console_errors}"
        assert self.failed == [], f"failed requests: {self.failed}"
        assert self.foreign == [], f"requests to other hosts: {self.foreign}"


def axe_violations(page, *, impacts: tuple[str, ...] = ("critical", "serious")) -> list[str]:
    """Run axe-core in the page; return the violations of the given impacts, one line each."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['impact']}: {v['id']}: {v['help']} ({len(v['nodes'])} nodes, e.g. {v['nodes'][0]['html'][:120]})"
            for v in result["violations"] if v["impact"] in impacts]


def horizontal_overflow(page) -> int:
    """Return how many CSS pixels the page is wider than the viewport (0 when it fits)."""
    return page.evaluate("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
                         " - document.documentElement.clientWidth")


def search_in_browser(browser, site_url: str, query: str, *, titles: bool = False) -> list[str]:
    """Search the built site through its search page; return the result links as absolute URLs
    (or, with titles, the results' titles)."""
    page = browser.new_page()
    try:
        page.goto(f"{site_url}search.html?q={quote(query)}")
        page.wait_for_function("() => !/Searching|^$/.test(document.getElementById('search-status').textContent)")
        return page.eval_on_selector_all("#search-results a", "links => links.map(a => a.%s)"
                                         % ("textContent" if titles else "href"))
    finally:
        page.close()


def indexed_pages(site: Path) -> dict[str, str]:
    """Return {url: indexed text} of every page in a built site's Pagefind bundles (read without a browser)."""
    records = {}
    for fragment in sorted((site / "pagefind").glob("*/fragment/*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        assert data.startswith(b"pagefind_dcd"), f"{fragment.name} is not a Pagefind fragment"
        record = json.loads(data[len(b"pagefind_dcd"):])
        records[record["url"]] = record["content"]
    return records
