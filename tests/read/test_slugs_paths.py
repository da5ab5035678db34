"""Case 9: hostile slugs are refused or replaced, and no written path ever leaves the output folder."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from conftest import write_tree
from hostile_helpers import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.build.write import SiteWriter
from briefing.errors import BuildError
from briefing.read.article import make_article
from briefing.read.clean import rules_from_data
from briefing.read.load import read_package_yaml, read_source
from briefing.site.views import article_path
from briefing.slugs import slugify

RULES = rules_from_data(read_package_yaml("cleaning.yaml"))
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FEW = settings(max_examples=60, derandomize=True, deadline=None, database=None,
               suppress_health_check=[HealthCheck.too_slow])
NASTY_PATHS = ["../x", "../../x", "/etc/passwd", "..", ".", "", "a/../../b", "a//b", "C:\\x", "./a", "a/./b",
               "a\x00b", "~/x", "a/..", "/", "//x", "%2e%2e/x", "articles/../../x.html"]


def test_case9_hostile_slugs_are_errors_with_a_suggestion(tmp_path, capsys):
    """`../../x`, `/etc/passwd`, `..`, `a/b`, empty and emoji-only slugs: E naming file, line and field."""
    slugs = {"a": "../../x", "b": "/etc/passwd", "c": "..", "d": "a/b", "e": "''", "f": "🎉🎉"}
    src = write_tree(tmp_path / "src", {f"{k}.md": f"---\ntitle: T {k}\nslug: {v}\n---\nx\n" for k, v in slugs.items()})
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 1 and not (tmp_path / "out").exists()
    rule = "must be words of lower-case letters a-z and digits joined by single hyphens (no hyphen at the start or end, none doubled)"
    assert err.splitlines()[1:7] == [
        f"{src}/a.md:3: 'slug': {rule}, got '../../x' (e.g. 'x')",
        f"{src}/b.md:3: 'slug': {rule}, got '/etc/passwd' (e.g. 'etc-passwd')",
        f"{src}/c.md:3: 'slug': {rule}, got '..' (e.g. 'venezuela-talks')",
        f"{src}/d.md:3: 'slug': {rule}, got 'a/b' (e.g. 'a-b')",
        f"{src}/e.md:3: 'slug': {rule}, got '' (e.g. 'venezuela-talks')",
        f"{src}/f.md:3: 'slug': {rule}, got '🎉🎉' (e.g. 'venezuela-talks')",
    ]


def test_case9_titles_without_slug_letters_fall_back_safely(tmp_path, capsys):
    """An emoji-only or dots-only title gets a slug from the file name, or a hash when that is empty too."""
    src = write_tree(tmp_path / "src", {"party-notes.md": "---\ntitle: 🎉🎉\n---\nx\n",
                                        "🎉.md": "---\ntitle: ../..\n---\ny\n"})
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 0, err
    pages = sorted(p.name for p in (tmp_path / "out" / "articles").iterdir())
    assert len(pages) == 2 and "party-notes.html" in pages
    assert all(SLUG.match(p.removesuffix(".html")) for p in pages), pages


@FEW
@given(title=st.text(max_size=40), slug=st.one_of(st.none(), st.text(max_size=20), st.sampled_from(NASTY_PATHS)),
       stem=st.text(alphabet=st.characters(blacklist_characters="/\x00"), min_size=1, max_size=12))
def test_case9_property_every_article_path_stays_inside_the_site(title, slug, stem):
    """For any title, slug and file name: a BuildError, or an article path inside articles/."""
    front = {"title": title} | ({"slug": slug} if slug is not None else {})
    lines = "".join(f"{k}: {_yaml_quote(v)}\n" for k, v in front.items())
    try:
        article = make_article(read_source(f"---\n{lines}---\nBody.\n".encode(), "s.md", stem + ".md"), RULES).article
    except BuildError:
        return
    assert SLUG.match(article.slug), article.slug
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "dist"
        assert (site / article_path(article)).resolve().parent == (site / "articles").resolve()


@FEW
@given(paths=st.lists(st.one_of(st.sampled_from(NASTY_PATHS),
                                st.text(alphabet="./\\a:~\x00 ", max_size=12)), min_size=1, max_size=6))
def test_case9_property_the_writer_never_writes_outside_its_folder(paths):
    """SiteWriter is the one door to disk: whatever paths it is asked for, nothing lands outside dist/."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        out = root / "dist"
        try:
            with SiteWriter(out) as writer:
                for path in paths:
                    try:
                        writer.write_text(path, "x")
                    except BuildError:
                        pass
        except BuildError:
            pass
        outside = [p for p in root.rglob("*") if p != out and out not in p.parents]
        assert outside == [], outside


def _yaml_quote(value: str) -> str:
    return "'" + value.replace("'", "''").replace("\n", " ").replace("\r", " ") + "'"


def test_letters_that_do_not_decompose_are_spelled_in_ascii():
    assert slugify("Over 40.000 laks har rømt") == "over-40-000-laks-har-romt"
    assert slugify("Łódź Straße Æbeltoft Đà Nẵng") == "lodz-strasse-aebeltoft-da-nang"
