"""Build the seed site, serve it locally and photograph it in headless Debian chromium for the README.

Usage: python scripts/screenshots.py [--out docs/screenshots] [--chromium /usr/bin/chromium]
Needs Playwright's Python package (pip install playwright) but never its downloaded browsers.
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.cli import main as build_main  # noqa: E402  (needs ROOT on the path first)

CHROMIUM_ARGS = ("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the stdlib's name)
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve folder over HTTP on a free local port; yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def build_seed_site(out: Path) -> Path:
    """Build seeds/ into out; raise SystemExit when the build fails."""
    code = build_main(["--source", str(ROOT / "seeds"), "--out", str(out), "--quiet"])
    if code:
        raise SystemExit(f"build failed with exit code {code}")
    return out


def first_article(site: Path) -> str:
    """Return the site path of an article with a byline and captions, else the first one."""
    pages = sorted(p.relative_to(site).as_posix() for p in (site / "articles").glob("*.html"))
    for page in pages:
        html = (site / page).read_text(encoding="utf-8")
        if 'class="byline"' in html and "photo-caption" in html:
            return page
    return pages[0]


def most_quoted_actor(site: Path) -> str:
    """Return the site path of the actor page holding the most quotes."""
    pages = sorted(p.relative_to(site).as_posix() for p in (site / "actors").glob("*.html"))
    return max(pages, key=lambda page: (site / page).read_text(encoding="utf-8").count("<blockquote"))


def take_screenshots(base: str, article: str, actor: str, out: Path, chromium: str) -> list[Path]:
    """Photograph the timeline, an article (light and dark), a phone view, the book and the dossier pages."""
    from playwright.sync_api import sync_playwright

    shots = [("timeline.png", "index.html", DESKTOP, "light"),
             ("article-light.png", article, DESKTOP, "light"),
             ("article-dark.png", article, DESKTOP, "dark"),
             ("phone.png", "index.html", PHONE, "light"),
             ("book.png", "book.html", DESKTOP, "light"),
             ("actors.png", "actors.html", DESKTOP, "light"),
             ("actor.png", actor, DESKTOP, "light"),
             ("quotes.png", "quotes.html", DESKTOP, "light"),
             ("events.png", "events.html", DESKTOP, "light"),
             ("events-phone.png", "events.html", PHONE, "dark")]
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        try:
            return [_shoot(browser, base + path, out / name, viewport, scheme)
                    for name, path, viewport, scheme in shots]
        finally:
            browser.close()


def _shoot(browser, url: str, target: Path, viewport: dict, scheme: str) -> Path:
    phone = viewport["width"] < 500
    context = browser.new_context(viewport=viewport, color_scheme=scheme, device_scale_factor=2 if phone else 1,
                                  is_mobile=phone, has_touch=phone, reduced_motion="reduce")
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    page.screenshot(path=str(target))
    context.close()
    return target


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build, serve, photograph; print each file written."""
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="briefing-shots-") as tmp:
        site = build_seed_site(Path(tmp) / "site")
        with serve(site) as base:
            for path in take_screenshots(base, first_article(site), most_quoted_actor(site), args.out,
                                         args.chromium):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
