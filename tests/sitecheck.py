"""Checks over a whole built site: parse every page, resolve every internal link and fragment, and
the Nu Html Checker's errors."""

from __future__ import annotations

import os
import posixpath
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib
import pytest

VNU = Path(__file__).resolve().parent.parent / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_errors(folder: Path) -> list[str]:
    """Return the Nu Html Checker's errors for every page under folder (vnu.jar from npm vnu-jar, run
    on the machine's Java); skip the test where they are missing, except in CI, where they must be."""
    java = shutil.which("java")
    if not (java and VNU.is_file()):
        assert os.environ.get("CI") != "true", "CI must have java and node_modules/vnu-jar (npm ci)"
        pytest.skip("needs java and `npm ci` (vnu-jar)")
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "gnu", "--skip-non-html",
                             str(folder)], capture_output=True, text=True, timeout=300, check=False)
    errors = [line.replace(str(folder), "dist") for line in result.stderr.splitlines() if line.strip()]
    return errors if errors or result.returncode == 0 else [f"vnu exited with {result.returncode}"]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(found["id"])
        for name in ("href", "src"):
            if found.get(name) is not None:
                self.links.append(found[name])


def page_links(html: str) -> tuple[list[str], set[str]]:
    """Return the href/src values and the ids of one page."""
    collector = _Collector()
    collector.feed(html)
    return collector.links, collector.ids


def html_pages(site: Path) -> list[Path]:
    """Return every HTML file of the site, sorted."""
    return sorted(site.rglob("*.html"))


def parse_errors(html: str) -> list[str]:
    """Return the HTML5 parse errors of a document (empty when it is well formed)."""
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    parser.parse(html)
    return [f"{pos}: {code}" for pos, code, _ in parser.errors]


def broken_links(site: Path, base_url: str = "/") -> list[str]:
    """Return "page -> link" for every internal link or fragment that does not resolve."""
    ids = {p.relative_to(site).as_posix(): page_links(p.read_text(encoding="utf-8"))[1] for p in html_pages(site)}
    broken = []
    for page in html_pages(site):
        here = page.relative_to(site).as_posix()
        for link in page_links(page.read_text(encoding="utf-8"))[0]:
            target = _resolve(here, link, base_url)
            if target is None:
                continue
            path, fragment = target
            if not (site / path).is_file() or (fragment and fragment not in ids.get(path, set())):
                broken.append(f"{here} -> {link}")
    return broken


def _resolve(here: str, link: str, base_url: str) -> tuple[str, str] | None:
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:")):
        return None
    path = unquote(parts.path)
    if not path:
        return here, parts.fragment
    if path.startswith("/"):
        assert path.startswith(base_url), f"{here}: {link} is outside the base URL {base_url}"
        path = path[len(base_url):]
    else:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(here), path))
    if path in ("", ".") or path.endswith("/"):
        path = posixpath.join(path, "index.html").lstrip("./") if path not in ("", ".") else "index.html"
    return path, parts.fragment
