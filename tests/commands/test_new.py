"""`briefing new`: add an article the way the README says, rebuild, and find it everywhere a reader looks."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Callable

import frontmatter
import pytest
from browser_support import (
    indexed_pages,
    launch_chromium,
    require_browser,
    search_in_browser,
    serve_site,
)
from conftest import ROOT, SEEDS, seed_body

from briefing.cli import main
from briefing.read.load import read_source

ATOM = "{http://www.w3.org/2005/Atom}"
RAW = ("The Daily Planet\n\nVenezuela and Colombia reopen their border crossing\n\n"
       "CÚCUTA — Trucks crossed the Simón Bolívar bridge on Monday for the first time in years.\r\n\r\n"
       "Officials on both sides called it “a new beginning”.   \n\n\n")
TITLE = 'Venezuela and Colombia reopen the border: "a new beginning"'
DATE = "2019-06-15"
SLUG = "2019-06-15-venezuela-and-colombia-reopen-the-border-a-new-beginning"


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder laid out like the repository (seeds/ and a pasted article), made the working directory."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "pasted.txt").write_bytes(RAW.encode("utf-8"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def add_article(*extra: str) -> int:
    """Run step 2 of the README's "Add an article": `python build.py new TITLE --date ... --from FILE`."""
    return main(["new", TITLE, "--date", DATE, "--from", "pasted.txt", *extra])


def rebuild() -> Path:
    """Run step 3 of the README: `python build.py`; return the built site."""
    assert main(["--quiet"]) == 0
    return Path("dist")


def timeline_paths(site: Path) -> list[str]:
    """Return the article pages the timeline links to, in page order."""
    html = (site / "index.html").read_text(encoding="utf-8")
    return list(dict.fromkeys(re.findall(r'href="(articles/[^"]+\.html)"', html)))


def in_timeline_in_date_order(site: Path, record: dict) -> None:
    """The timeline links the article, between the articles dated before and after it."""
    paths = timeline_paths(site)
    dates = {a["path"]: a["date"] for a in json.loads((site / "articles.json").read_text(encoding="utf-8"))}
    assert record["path"] in paths
    before, after = paths[:paths.index(record["path"])], paths[paths.index(record["path"]) + 1:]
    assert all(dates[p] <= record["date"] for p in before) and all(dates[p] >= record["date"] for p in after)
    assert before and after, "the test article should land in the middle of the seed timeline"


def has_its_own_page(site: Path, record: dict) -> None:
    """The article has its page, showing its title and its text."""
    html = (site / record["path"]).read_text(encoding="utf-8")
    assert "Venezuela and Colombia reopen the border: &#34;a new beginning&#34;" in html \
        or "Venezuela and Colombia reopen the border: &quot;a new beginning&quot;" in html
    assert "Trucks crossed the Simón Bolívar bridge" in html


def in_the_feed(site: Path, record: dict) -> None:
    """feed.xml has an entry for the article, linking to its page."""
    entries = ET.parse(site / "feed.xml").getroot().findall(f"{ATOM}entry")
    entry = next(e for e in entries if e.find(f"{ATOM}link").get("href").endswith(record["path"]))
    assert entry.findtext(f"{ATOM}title") == TITLE
    assert entry.findtext(f"{ATOM}published") == f"{DATE}T00:00:00Z"


def in_articles_json(site: Path, record: dict) -> None:
    """articles.json describes the article with the front matter written by `new`."""
    assert record["title"] == TITLE and record["date"] == DATE
    assert record["source_file"] == f"{SLUG}.txt"
    assert record["provenance"]["title"]["origin"] == "front matter"


def in_the_search_index(site: Path, record: dict) -> None:
    """Pagefind's index, read from the bundle the build wrote, holds the article's page and its text."""
    indexed = indexed_pages(site)
    assert "/" + record["path"] in indexed
    assert "Trucks crossed the Simón Bolívar bridge" in indexed["/" + record["path"]]


# Every place a reader can find a newly added article; each check takes (site, articles.json record).
# A new place (the search index, say) gets its own check function, added to this tuple.
FINDABLE: tuple[Callable[[Path, dict], None], ...] = (in_articles_json, in_timeline_in_date_order, has_its_own_page,
                                                       in_the_feed, in_the_search_index)


def assert_findable(site: Path, slug: str) -> None:
    """Assert the article with this slug is in every place listed in FINDABLE."""
    records = [a for a in json.loads((site / "articles.json").read_text(encoding="utf-8")) if a["slug"] == slug]
    assert len(records) == 1, f"expected one article with slug {slug!r} in articles.json"
    for check in FINDABLE:
        check(site, records[0])


def test_add_an_article_as_the_readme_says_then_rebuild(workdir: Path, capsys: pytest.CaptureFixture) -> None:
    assert add_article("--publication", "The Daily Planet") == 0
    printed = capsys.readouterr().out
    assert f"Created seeds{'/'}{SLUG}.txt" in printed.replace("\\", "/")
    assert "authors:" in printed and "publication:" not in printed and "date:" not in printed
    site = rebuild()
    assert_findable(site, SLUG)
    assert len(timeline_paths(site)) == len(list(SEEDS.glob("*.txt"))) + 1


@pytest.mark.browser
def test_search_in_a_browser_finds_the_added_article(workdir: Path) -> None:
    require_browser()
    from playwright.sync_api import sync_playwright
    assert add_article() == 0
    assert main(["--quiet", "--base-url", "/briefing/"]) == 0
    with serve_site(workdir / "dist") as url, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        found = search_in_browser(browser, url, "reopen")  # a word no seed uses
        browser.close()
    assert found == [f"{url}articles/{SLUG}.html"]


def test_the_pasted_text_is_the_body_byte_for_byte(workdir: Path) -> None:
    assert add_article("--author", "Ana Pérez", "--author", "Luis Díaz") == 0
    path = workdir / "seeds" / f"{SLUG}.txt"
    assert seed_body(path) == RAW.encode("utf-8")
    post = frontmatter.loads(path.read_text(encoding="utf-8"))  # python-frontmatter reads back what it wrote
    assert post.metadata == {"title": TITLE, "date": DATE, "authors": ["Ana Pérez", "Luis Díaz"]}
    source = read_source(path.read_bytes(), str(path), path.name)  # and so does the strict loader
    assert dict(source.metadata) == {"title": TITLE, "date": DATE, "authors": ["Ana Pérez", "Luis Díaz"]}


def test_refuses_to_overwrite(workdir: Path, capsys: pytest.CaptureFixture) -> None:
    assert add_article() == 0
    path = workdir / "seeds" / f"{SLUG}.txt"
    before = path.read_bytes()
    (workdir / "pasted.txt").write_text("Something else entirely.\n", encoding="utf-8")
    capsys.readouterr()
    assert add_article() == 1
    assert capsys.readouterr().err == (f"error: seeds/{SLUG}.txt: already exists; not overwritten "
                                       "(edit that file, or choose another title or date)\n")
    assert path.read_bytes() == before


def test_refuses_when_a_markdown_article_has_the_name(workdir: Path) -> None:
    (workdir / "seeds" / f"{SLUG}.md").write_text("# Mine\n", encoding="utf-8")
    assert add_article() == 1
    assert not (workdir / "seeds" / f"{SLUG}.txt").exists()


@pytest.mark.parametrize(("date", "message"), [
    ("05/01/2024", "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '05/01/2024'"),
    ("2019-02-30", "'2019-02-30' is not a day of the calendar"),
])
def test_bad_date_is_refused_with_a_clear_message(workdir: Path, capsys: pytest.CaptureFixture, date: str,
                                                  message: str) -> None:
    assert main(["new", TITLE, "--date", date]) == 1
    assert capsys.readouterr().err == f"error: --date: {message}\n"
    assert sorted(p.name for p in (workdir / "seeds").iterdir()) == sorted(p.name for p in SEEDS.iterdir())


def test_text_that_is_not_utf8_is_refused(workdir: Path, capsys: pytest.CaptureFixture) -> None:
    (workdir / "pasted.txt").write_bytes("Line one\nIt\u2019s cp1252\n".encode("cp1252"))
    assert add_article() == 1
    assert capsys.readouterr().err == ("error: pasted.txt:2: not valid UTF-8: byte 0x92 "
                                       "(save the text as UTF-8, e.g. `iconv -f cp1252 -t utf-8`)\n")
    assert not (workdir / "seeds" / f"{SLUG}.txt").exists()


def test_without_date_or_text_lists_what_to_fill_in(workdir: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["new", "Talks resume in Mexico"]) == 0
    printed = capsys.readouterr().out
    for field in ("date:", "publication:", "authors:", "the article's text"):
        assert field in printed
    path = workdir / "seeds" / "talks-resume-in-mexico.txt"
    assert path.read_text(encoding="utf-8") == "---\ntitle: Talks resume in Mexico\n---\n"


def test_source_option_and_title_checks(workdir: Path, capsys: pytest.CaptureFixture) -> None:
    (workdir / "other").mkdir()
    assert main(["new", "Elsewhere", "--date", "2020", "--source", "other"]) == 0
    assert (workdir / "other" / "2020-elsewhere.txt").is_file()
    assert main(["new", "Two\nlines"]) == 1
    assert main(["new", "Nowhere", "--source", "missing"]) == 1
    assert "articles folder not found" in capsys.readouterr().err


def test_build_py_new_runs_as_a_script(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "new", "From the shell", "--date", "2020-02-02"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "seeds" / "2020-02-02-from-the-shell.txt").is_file()
