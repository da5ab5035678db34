"""The build cache and page reuse change how fast a site is built, never what is built."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, write_tree

from briefing.build.cache import _MAGIC, BuildCache
from briefing.build.prepare import Preparation, prepare_articles
from briefing.cli import main
from briefing.errors import BuildError
from briefing.extract.extraction import load_gazetteer
from briefing.read.clean import rules_from_data
from briefing.read.load import read_article_files, read_package_yaml
from briefing.site.render import make_environment, template_closure
from briefing.stored import StoredText

ARTICLE = "---\ntitle: Story {n}\ndate: 2021-{month:02d}-{day:02d}\npublication: Wire\n---\n" \
          "“We will see,” said Juan Guaidó on Monday. Paragraph {n} in May 2020.\n\nSecond paragraph.\n"


def tree_hashes(site: Path) -> dict[str, str]:
    """Return {relative path: sha256} for every file of a built site."""
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def corpus(folder: Path, count: int) -> Path:
    """Write count small Markdown articles plus the seeds into folder."""
    shutil.copytree(SEEDS, folder)
    return write_tree(folder, {f"story-{n:03d}.md": ARTICLE.format(n=n, month=n % 12 + 1, day=n % 28 + 1)
                               for n in range(count)})


def build(source: Path, out: Path, *extra: str) -> dict[str, str]:
    assert main(["--source", str(source), "--out", str(out), "-q", "--no-search", *extra]) == 0
    return tree_hashes(out)


@pytest.fixture()
def source(tmp_path: Path) -> Path:
    return corpus(tmp_path / "src", 240)


def test_cold_warm_parallel_and_incremental_builds_are_identical(tmp_path, source):
    cache = tmp_path / "cache"
    cold = build(source, tmp_path / "cold", "--no-cache", "--jobs", "1")
    parallel = build(source, tmp_path / "parallel", "--no-cache", "--jobs", "2")
    first = build(source, tmp_path / "out", "--cache-dir", str(cache))
    warm = build(source, tmp_path / "out", "--cache-dir", str(cache))
    assert cold == parallel == first == warm
    write_tree(source, {"story-new.md": ARTICLE.format(n=999, month=6, day=15)})
    incremental = build(source, tmp_path / "out", "--cache-dir", str(cache))
    fresh = build(source, tmp_path / "fresh", "--no-cache")
    assert incremental == fresh and incremental != warm


def test_warm_build_reuses_unchanged_pages(tmp_path, source):
    cache = tmp_path / "cache"
    build(source, tmp_path / "out", "--cache-dir", str(cache))
    page = next((tmp_path / "out" / "articles").glob("*story-5.html"))
    inode = page.stat().st_ino
    build(source, tmp_path / "out", "--cache-dir", str(cache))
    assert page.stat().st_ino == inode  # linked from the previous build, not written again


def test_template_change_invalidates_pages(tmp_path, source):
    cache = tmp_path / "cache"
    templates = Path(shutil.copytree(ROOT / "templates", tmp_path / "templates"))
    config = write_tree(tmp_path, {"site.yaml": f"templates: {templates}\n"}) / "site.yaml"
    before = build(source, tmp_path / "out", "--cache-dir", str(cache), "--config", str(config))
    footer = (templates / "base.html").read_text(encoding="utf-8").replace("</footer>", "<p>Edited.</p></footer>")
    (templates / "base.html").write_text(footer, encoding="utf-8")
    after = build(source, tmp_path / "out", "--cache-dir", str(cache), "--config", str(config))
    changed = {p for p in after if after[p] != before.get(p)}
    assert {p for p in after if p.endswith(".html")} <= changed
    assert "<p>Edited.</p>" in next((tmp_path / "out" / "articles").glob("*.html")).read_text(encoding="utf-8")


def _html_inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*.html")}


@pytest.mark.parametrize(("template", "rewritten"), [
    ("quotes.html", lambda path: path == "quotes.html"),
    ("_search_form.html", lambda path: path in ("index.html", "search.html")),
    ("_article_parts.html", lambda path: path.startswith("articles/") or path == "book.html"),
    ("_dossier_parts.html", lambda path: path.startswith("actors/") or path in ("quotes.html", "events.html")),
    ("_fragments.html", lambda path: path.startswith("actors/") or path in ("quotes.html", "events.html")),
])
def test_a_template_edit_rewrites_only_the_pages_made_with_that_template(tmp_path, source, template, rewritten):
    templates = Path(shutil.copytree(ROOT / "templates", tmp_path / "templates"))
    config = write_tree(tmp_path, {"site.yaml": f"templates: {templates}\n"}) / "site.yaml"
    build(source, tmp_path / "out", "--config", str(config))
    before = _html_inodes(tmp_path / "out")
    with (templates / template).open("a", encoding="utf-8") as file:
        file.write("{# edited #}\n")
    build(source, tmp_path / "out", "--config", str(config))
    after = _html_inodes(tmp_path / "out")
    assert after.keys() == before.keys()
    assert {p for p in after if after[p] != before[p]} == {p for p in after if rewritten(p)}


def test_adding_an_article_rewrites_the_pages_of_the_actors_it_names_and_no_other(tmp_path, source):
    build(source, tmp_path / "out")
    before = _html_inodes(tmp_path / "out")
    write_tree(source, {"story-new.md": "---\ntitle: New\ndate: 2021-06-15\n---\nMike Pompeo flew to Bogotá.\n"})
    after = build(source, tmp_path / "out")
    rewritten = {p for p, inode in _html_inodes(tmp_path / "out").items() if before.get(p) != inode}
    assert "actors/mike-pompeo.html" in rewritten and "actors/juan-guaido.html" not in rewritten
    assert {"actors.html", "quotes.html", "events.html"} <= rewritten
    assert after == build(source, tmp_path / "fresh", "--no-cache")


def test_a_template_named_only_at_render_time_ties_its_pages_to_every_template(tmp_path):
    env = make_environment(write_tree(tmp_path, {"a.html": "{% include name %}", "b.html": "x",
                                                 "c.html": '{% extends "b.html" %}', "d.html": "{% if %}"}))
    assert template_closure(env, "c.html") == ("b.html", "c.html")
    assert template_closure(env, "a.html") == ("a.html", "b.html", "c.html", "d.html")
    assert template_closure(env, "d.html") == ("a.html", "b.html", "c.html", "d.html")  # unparsable: all


DAMAGE = {
    "truncated": lambda data: data[: len(data) // 2],
    "garbage": lambda data: b"garbage",
    "our magic, zero header": lambda data: _MAGIC + b"\0" * 80,
    "last byte of the body flipped": lambda data: data[:-1] + bytes([data[-1] ^ 1]),
    "body cut short": lambda data: data[:-1],
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_cache_still_gives_a_correct_site(tmp_path, source, damage):
    cache = tmp_path / "cache"
    expected = build(source, tmp_path / "expected", "--no-cache")
    build(source, tmp_path / "out", "--cache-dir", str(cache))
    entries = [p for p in cache.rglob("*") if p.is_file()]
    assert len(entries) > 240
    for entry in entries:
        entry.write_bytes(damage(entry.read_bytes()))
    assert build(source, tmp_path / "out", "--cache-dir", str(cache)) == expected


def test_bodies_stay_in_the_cache_until_a_page_needs_them(tmp_path, source):
    """Prepared articles hold where their body is, cold or warm; str() gives the same HTML as without a cache."""
    files, _, _ = read_article_files(source)
    settings = Preparation(rules_from_data(read_package_yaml("cleaning.yaml")),
                           load_gazetteer(ROOT / "gazetteer.yaml"), 230)
    fresh = [p for _, p in prepare_articles(files, settings, cache=BuildCache(None, "x"), jobs=1)]
    assert all(isinstance(p.body, str) for p in fresh)
    for run in ("cold", "warm"):
        stored = [p for _, p in prepare_articles(files, settings, cache=BuildCache(tmp_path / "cache", "x"), jobs=1)]
        assert all(isinstance(p.body, StoredText) for p in stored), run
        assert [str(p.body) for p in stored] == [p.body for p in fresh], run
        assert [p.article for p in stored] == [p.article for p in fresh], run


def test_a_body_changed_in_the_cache_during_a_build_is_an_error_not_a_wrong_page(tmp_path):
    cache = BuildCache(tmp_path, "x")
    stored = cache.put("ab" * 32, ("value",), "<p>Body é</p>")
    assert stored is not None and str(stored) == "<p>Body é</p>" and stored.__html__() == "<p>Body é</p>"
    entry = Path(stored.file)
    entry.write_bytes(entry.read_bytes().replace(b"Body", b"Bodz"))
    with pytest.raises(BuildError, match="the build cache changed during the build; run the build again"):
        str(stored)
    entry.unlink()
    with pytest.raises(BuildError, match=f"{entry}: the build cache changed during the build"):
        str(stored)


def test_a_scratch_cache_appends_the_texts_to_one_file_and_looks_nothing_up(tmp_path):
    """A build without the cache keeps its bodies in a scratch folder: one file per process, however
    many articles, each body read back from where it was appended."""
    cache = BuildCache(tmp_path, "x", scratch=True)
    texts = ["<p>One</p>", "<p>Deux é</p>", ""]
    stored = [cache.put(f"{n:064x}", ("value",), text) for n, text in enumerate(texts)]
    assert [str(s) for s in stored] == texts
    assert [p.name for p in (tmp_path / "articles").iterdir()] == [f"texts-{os.getpid()}"]
    assert cache.get(f"{0:064x}") is None
    cache.prune(set())
    assert [str(s) for s in stored] == texts


def test_hand_edited_output_file_is_rebuilt_not_trusted(tmp_path, source):
    cache = tmp_path / "cache"
    expected = build(source, tmp_path / "out", "--cache-dir", str(cache))
    page = next((tmp_path / "out" / "articles").glob("*story-7.html"))
    page.write_text("tampered", encoding="utf-8")
    assert build(source, tmp_path / "out", "--cache-dir", str(cache)) == expected


def test_default_cache_lives_beside_the_output(tmp_path):
    src = write_tree(tmp_path / "src", {"a.md": ARTICLE.format(n=1, month=1, day=1)})
    build(src, tmp_path / "site" / "dist")
    assert (tmp_path / "site" / ".briefing-cache" / "pages.json").is_file()
    build(src, tmp_path / "site2" / "dist", "--no-cache")
    # no cache, no scratch folder left; the lock file stays (removing a lock file races the next build)
    assert sorted(p.name for p in (tmp_path / "site2").iterdir()) == [".dist.lock", "dist"]


def test_editing_one_title_rewrites_that_article_page_and_its_neighbours_only(tmp_path, source):
    cache = tmp_path / "cache"
    build(source, tmp_path / "out", "--cache-dir", str(cache))
    order = [a["path"] for a in json.loads((tmp_path / "out" / "articles.json").read_text(encoding="utf-8"))]
    inodes = {path: (tmp_path / "out" / path).stat().st_ino for path in order}
    edited = source / "story-100.md"
    # "Story 100 revised" keeps its place in the timeline (same date, still before "Story 184").
    edited.write_text(edited.read_text(encoding="utf-8").replace("Story 100", "Story 100 revised"), encoding="utf-8")
    after = build(source, tmp_path / "out", "--cache-dir", str(cache))
    assert after == build(source, tmp_path / "fresh", "--no-cache")
    new_order = [a["path"] for a in json.loads((tmp_path / "out" / "articles.json").read_text(encoding="utf-8"))]
    at = next(i for i, path in enumerate(new_order) if path.endswith("story-100-revised.html"))
    assert new_order[:at] + new_order[at + 1:] == order[:at] + order[at + 1:]
    rewritten = [path for path in new_order if inodes.get(path) != (tmp_path / "out" / path).stat().st_ino]
    assert rewritten == new_order[at - 1:at + 2]


def test_cache_entries_sit_side_by_side_and_pruning_removes_the_rest(tmp_path, source):
    """One folder of entries: pruning deletes entries no build uses, stray files and an older
    layout's sub-folders, and keeps the entries in use."""
    out = tmp_path / "out"
    build(source, out)
    entries = out.parent / ".briefing-cache" / "articles"
    kept = sorted(p.name for p in entries.iterdir())
    assert len(kept) == len(list(source.iterdir())) and all(p.is_file() for p in entries.iterdir())
    old_layout = write_tree(entries / "ab", {"ab12": "an entry of the old layout"})
    (entries / "stale-entry").write_text("no build uses this")
    (source / "story-000.md").unlink()
    build(source, out)
    assert not old_layout.exists() and not (entries / "stale-entry").exists()
    left = {p.name for p in entries.iterdir()}
    assert len(left) == len(kept) - 1 and left < set(kept)
