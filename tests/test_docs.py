"""The README and docs/: every relative link and #anchor resolves, every page is reachable, the README stays short
and speaks of the product only."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT

README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
PAGES = [README, *DOCS]
MAX_README_LINES = 150

FENCE = re.compile(r"^ {0,3}(```|~~~)")
INLINE_CODE = re.compile(r"(`+)(?:.+?)\1")
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^\s)>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
# Words of a lab notebook, not of a user's guide: issue numbers and the story of past runs.
NARRATIVE = re.compile(r"\bissues? ?#? ?\d+|(?<![\w&/])#\d+\b|\bsessions?\b|\bpreviously measured\b", re.I)


def outside_fences(text: str) -> Iterator[tuple[int, str]]:
    """Yield (line number, line) of every line outside fenced code blocks."""
    fenced = None
    for number, line in enumerate(text.splitlines(), start=1):
        fence = FENCE.match(line)
        if fence and (fenced is None or fence.group(1) == fenced):
            fenced = None if fenced else fence.group(1)
        elif fenced is None:
            yield number, line


def github_slug(heading: str) -> str:
    """Return the anchor GitHub gives a heading: its text lower-cased, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link's text, not its address
    text = re.sub(r"<[^>]+>", "", text).lower()
    kept = (c for c in text if c in " -_" or unicodedata.category(c)[0] in "LNM")
    return "".join(kept).replace(" ", "-")


def anchors(text: str) -> set[str]:
    """Return every heading anchor of a Markdown text, numbering repeats as GitHub does (name, name-1, ...)."""
    seen: dict[str, int] = {}
    found = set()
    for _, line in outside_fences(text):
        heading = HEADING.match(line)
        if heading:
            slug = github_slug(heading.group(1))
            count = seen.get(slug, 0)
            seen[slug] = count + 1
            found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def relative_links(text: str) -> Iterator[tuple[int, str]]:
    """Yield (line number, target) of every link and image in prose that is not an absolute URL."""
    for number, line in outside_fences(text):
        for match in LINK.finditer(INLINE_CODE.sub("", line)):
            if not EXTERNAL.match(match.group(1)):
                yield number, match.group(1)


def broken_links(page: Path) -> list[str]:
    """Return a message for every relative link of page whose file or #anchor does not exist."""
    problems = []
    for number, target in relative_links(page.read_text(encoding="utf-8")):
        path, _, fragment = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        where = f"{page.relative_to(ROOT)}:{number}: {target}"
        if not file.exists():
            problems.append(f"{where}: no such file")
        elif fragment and file.suffix != ".md":
            problems.append(f"{where}: an #anchor into a file that is not Markdown")
        elif fragment and fragment not in anchors(file.read_text(encoding="utf-8")):
            problems.append(f"{where}: no heading with the anchor #{fragment} in {file.name}")
    return problems


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_and_anchor_resolves(page: Path) -> None:
    assert broken_links(page) == []


def test_every_docs_page_is_reachable_from_the_readme() -> None:
    reached, todo = set(), [README.resolve()]
    while todo:
        page = todo.pop()
        if page in reached or page.suffix != ".md" or not page.is_file():
            continue
        reached.add(page)
        todo += [(page.parent / target.partition("#")[0]).resolve()
                 for _, target in relative_links(page.read_text(encoding="utf-8")) if target.partition("#")[0]]
    assert [str(p.relative_to(ROOT)) for p in DOCS if p.resolve() not in reached] == []


def test_readme_is_read_in_five_minutes() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) < MAX_README_LINES


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_speaks_of_the_product_not_of_past_work(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    found = [f"line {n}: {m.group(0)!r}" for n, line in enumerate(text.splitlines(), 1)
             for m in NARRATIVE.finditer(line)]
    assert found == []


# The checker itself, on texts whose answers are known.

@pytest.mark.parametrize(("heading", "slug"), [
    ("How caching and reuse wrap the stages", "how-caching-and-reuse-wrap-the-stages"),
    ("Reading, printing and the briefing book", "reading-printing-and-the-briefing-book"),
    ("`briefing serve`: the preview", "briefing-serve-the-preview"),
    ("What's new? (2.0)", "whats-new-20"),
    ("Añadir un artículo", "añadir-un-artículo"),
    ("A [linked](other.md) heading", "a-linked-heading"),
    ("snake_case and  two spaces", "snake_case-and--two-spaces"),
])
def test_github_slug(heading: str, slug: str) -> None:
    assert github_slug(heading) == slug


def test_repeated_headings_are_numbered_and_code_blocks_hold_none() -> None:
    text = "# Notes\n\n## Notes\n\n```sh\n# not a heading\n```\n\n### Notes ###\n"
    assert anchors(text) == {"notes", "notes-1", "notes-2"}


def test_broken_links_are_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    (tmp_path / "guide.md").write_text("# Guide\n\n## Options\n", encoding="utf-8")
    page = tmp_path / "README.md"
    page.write_text("See [the guide](guide.md#options), [gone](missing.md), [bad](guide.md#nope),\n"
                    "[here](#top), ![shot](shot.png), [web](https://example.org/x.md) and `[code](no.md)`.\n"
                    "```\n[fenced](no.md)\n```\n# Top\n", encoding="utf-8")
    assert broken_links(page) == [
        "README.md:1: missing.md: no such file",
        "README.md:1: guide.md#nope: no heading with the anchor #nope in guide.md",
        "README.md:2: shot.png: no such file",
    ]


@pytest.mark.parametrize("text", ["as decided in issue #6", "see issue 13", "fixed by #42",
                                  "the previous session measured 0.3 s"])
def test_narrative_words_are_caught(text: str) -> None:
    assert NARRATIVE.search(text)


@pytest.mark.parametrize("text", ["`articles/<slug>.html#p7`", "the issues a reader meets", "C# and F#"])
def test_product_words_pass(text: str) -> None:
    assert not NARRATIVE.search(text)
