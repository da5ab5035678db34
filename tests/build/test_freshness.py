"""A build with nothing changed leaves the output alone; any change to any input or output builds again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, tree_bytes, write_tree

from briefing.build.engine import build
from briefing.cli import main
from briefing.config import make_config

GOOD = "---\ntitle: Story {n}\ndate: 2020-01-0{n}\n---\nParagraph of story {n}.\n"


def stats(folder: Path) -> dict[str, tuple[int, int, int]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns, p.stat().st_size)
            for p in sorted(folder.rglob("*"))}



@pytest.fixture()
def site(tmp_path: Path) -> dict[str, object]:
    """Settings of a small site with its own templates and static folders, built once."""
    source = write_tree(tmp_path / "src", {f"s{n}.md": GOOD.format(n=n) for n in range(1, 4)})
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(ROOT / "static", tmp_path / "static")
    values = {"source": source, "out": tmp_path / "out", "templates": tmp_path / "templates",
              "static": tmp_path / "static"}
    assert not build(make_config(values)).up_to_date
    return values


def test_nothing_changed_leaves_every_output_file_as_it_was(site, capsys):
    before = stats(site["out"])
    report = build(make_config(site))
    assert report.up_to_date and (report.articles, report.pages) == (3, before_pages(site))
    assert stats(site["out"]) == before
    args = [f"--{k}={v}" for k, v in site.items() if k in ("source", "out")]
    config = write_tree(Path(site["out"]).parent, {"b.yaml": f"templates: {site['templates']}\n"
                                                            f"static: {site['static']}\n"}) / "b.yaml"
    assert main([*args, "--config", str(config)]) == 0
    assert capsys.readouterr().out.startswith("Nothing changed since the last build: 3 articles, ")


def before_pages(site: dict[str, object]) -> int:
    return sum(1 for p in Path(site["out"]).rglob("*.html") if "pagefind" not in p.parts)


def _edit_article(site):
    (site["source"] / "s1.md").write_text(GOOD.format(n=1).replace("Paragraph", "Changed paragraph"),
                                          encoding="utf-8")


def _same_size_edit(site):
    path = site["source"] / "s2.md"
    stat = path.stat()
    path.write_text(GOOD.format(n=2).replace("story 2", "story X"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size, same mtime: only ctime tells


CHANGES = {
    "an article edited": _edit_article,
    "an article edited keeping its size and mtime": _same_size_edit,
    "an article added": lambda s: write_tree(s["source"], {"s4.md": GOOD.format(n=4)}),
    "an article removed": lambda s: (s["source"] / "s3.md").unlink(),
    "a template edited": lambda s: (s["templates"] / "base.html").write_text(
        (s["templates"] / "base.html").read_text(encoding="utf-8").replace("</body>", "<!-- x -->\n</body>"),
        encoding="utf-8"),
    "a static file edited": lambda s: (s["static"] / "css" / "site.css").write_text("body{}", encoding="utf-8"),
    "a static file added": lambda s: write_tree(s["static"], {"img/logo.svg": "<svg/>"}),
    "an output page edited by hand": lambda s: (s["out"] / "index.html").write_text("x", encoding="utf-8"),
    "an output page deleted": lambda s: (s["out"] / "book.html").unlink(),
    "a stray file in the output": lambda s: write_tree(s["out"], {"articles/stray.html": "x"}),
    "the cache's stamp garbled": lambda s: (s["out"].parent / ".briefing-cache" / "stamp.json").write_text("{"),
}


@pytest.mark.parametrize("change", CHANGES, ids=list(CHANGES))
def test_any_change_builds_again_and_gives_the_site_a_cold_build_gives(site, change, tmp_path):
    CHANGES[change](site)
    report = build(make_config(site))
    assert not report.up_to_date
    cold = {**site, "out": tmp_path / "cold", "use_cache": False}
    build(make_config(cold))
    assert tree_bytes(site["out"]) == tree_bytes(cold["out"])
    assert build(make_config(site)).up_to_date  # and then it is up to date again


def test_a_changed_setting_or_environment_builds_again(site, monkeypatch):
    assert not build(make_config({**site, "title": "Another title"})).up_to_date
    assert build(make_config({**site, "title": "Another title"})).up_to_date
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    assert not build(make_config({**site, "title": "Another title"})).up_to_date


def test_without_the_cache_every_build_is_a_full_build(site):
    assert not build(make_config({**site, "use_cache": False})).up_to_date
    assert not build(make_config({**site, "use_cache": False})).up_to_date


def test_an_up_to_date_build_still_reports_the_warnings(tmp_path):
    source = write_tree(tmp_path / "src", {"undated.md": "---\ntitle: No date\n---\nText.\n"})
    first = build(make_config({"source": source, "out": tmp_path / "out"}))
    again = build(make_config({"source": source, "out": tmp_path / "out"}))
    assert again.up_to_date and again.warnings == first.warnings and first.warnings


def test_when_only_static_files_changed_the_pages_are_kept_and_static_is_written_again(site, capsys):
    before = stats(site["out"])
    (site["static"] / "css" / "site.css").write_text("body { color: teal; }", encoding="utf-8")
    report = build(make_config(site))
    assert report.static_only and not report.up_to_date
    after = stats(site["out"])
    pages = [p for p in before if p.endswith(".html")]
    assert pages and all(after[p][0] == before[p][0] for p in pages)  # the same files, hard-linked
    assert (site["out"] / "static" / "css" / "site.css").read_text(encoding="utf-8") == "body { color: teal; }"
    assert build(make_config(site)).up_to_date


def test_static_and_article_changes_together_build_everything(site):
    (site["static"] / "css" / "site.css").write_text("body{}", encoding="utf-8")
    write_tree(site["source"], {"s4.md": GOOD.format(n=4)})
    report = build(make_config(site))
    assert not report.static_only and not report.up_to_date and report.articles == 4


def test_the_summary_says_what_a_static_only_build_did(site, capsys):
    (site["static"] / "css" / "site.css").write_text("body{}", encoding="utf-8")
    config = write_tree(Path(site["out"]).parent, {"c.yaml": f"templates: {site['templates']}\n"
                                                            f"static: {site['static']}\n"}) / "c.yaml"
    assert main(["--source", str(site["source"]), "--out", str(site["out"]), "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Only static files changed: copied static/ again, kept all ") and "(3 articles)" in out


def test_a_library_upgrade_builds_again(site, monkeypatch):
    import briefing.build.cache
    monkeypatch.setattr(briefing.build.cache, "dependency_versions", lambda: "nh3=99.0")
    assert not build(make_config(site)).up_to_date


def test_a_build_that_finds_nothing_changed_loads_none_of_the_stages(site):
    """The check runs before the reader, extraction and the templates are imported (most of
    the start-up time): checked in a new interpreter, as a user's rebuild runs."""
    loaded = ("briefing.build.pipeline", "briefing.read.rawtext", "briefing.extract.extraction", "jinja2")
    script = (f"import sys; from briefing.cli import main; code = main({_build_args(site)!r}); "
              f"print(code, [m for m in {loaded!r} if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.stdout.splitlines()[-1] == "0 []", result.stdout + result.stderr
    assert "Nothing changed since the last build" in result.stdout
    (Path(site["source"]) / "s1.md").write_text(GOOD.format(n=5), encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert "briefing.build.pipeline" in result.stdout.splitlines()[-1]


def _build_args(site: dict[str, object]) -> list[str]:
    """Return the command line of the fixture's build, with its own templates and static files."""
    config = Path(site["out"]).parent / "site.yaml"
    config.write_text(f"templates: {site['templates']}\nstatic: {site['static']}\n", encoding="utf-8")
    return ["--source", str(site["source"]), "--out", str(site["out"]), "--config", str(config)]


def test_the_library_versions_are_the_installed_ones_read_without_importlib_metadata():
    """The versions a build is keyed on are read from the metadata folders' names, as importlib.metadata
    (which costs a build some 30 ms to import) reads them from their files; checked in a new interpreter."""
    from importlib import metadata

    from briefing.build.cache import _DEPENDENCIES, dependency_versions

    def installed(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "none"
    expected = [f"{name}={installed(name)}" for name in _DEPENDENCIES]
    assert dependency_versions().splitlines()[1:] == expected
    assert sum(not line.endswith("=none") for line in expected) >= 10
    script = ("import sys; from briefing.build.cache import dependency_versions; dependency_versions(); "
              "print('importlib.metadata' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
