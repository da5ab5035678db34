"""Case 13: partial failures leave dist/ byte-identical; success replaces it; dangerous folders are refused."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, write_tree
from hostile_helpers import leftovers, run, snapshot

import briefing.build.write

GOOD = "---\ntitle: Story {n}\ndate: 2020-01-{day:02d}\n---\nParagraph of story {n}.\n"


@pytest.fixture()
def built(tmp_path, capsys) -> tuple[Path, Path, dict[str, str]]:
    """A source folder of 99 good articles, built once into out/; returns (src, out, snapshot of out)."""
    src = write_tree(tmp_path / "src", {f"good-{n:02d}.md": GOOD.format(n=n, day=n % 28 + 1) for n in range(99)})
    out = tmp_path / "out"
    code, _, err = run(capsys, "--source", str(src), "--out", str(out), "--quiet")
    assert code == 0, err
    return src, out, snapshot(out)


def _fails_untouched(tmp_path: Path, capsys, out: Path, before: dict[str, str], *extra: str) -> str:
    code, _, err = run(capsys, "--source", str(tmp_path / "src"), "--out", str(out), *extra)
    assert code == 1 and "Traceback" not in err
    assert snapshot(out) == before and leftovers(out.parent) == []
    return err


def test_case13_ninety_nine_good_and_one_bad(tmp_path, capsys, built):
    """One bad file among 99 good ones: E naming it, and the previous site is left byte for byte."""
    src, out, before = built
    write_tree(src, {"bad.md": "---\ntitle: Bad\ndate: 2020-02-31\n---\nx\n"})
    err = _fails_untouched(tmp_path, capsys, out, before)
    assert err.splitlines() == [f"error: {src}/bad.md:3: 'date': '2020-02-31' is not a day of the calendar",
                                "briefing: build failed; the output folder was left as it was."]


def test_case13_exception_inside_a_template(tmp_path, capsys, built):
    """A template that raises (division by zero) is an E naming template and line, not a traceback."""
    _, out, before = built
    templates = Path(shutil.copytree(ROOT / "templates", tmp_path / "templates"))
    article = templates / "article.html"
    article.write_text(article.read_text(encoding="utf-8").replace("{% block main %}", "{% block main %}\n{{ 1 / 0 }}", 1),
                       encoding="utf-8")
    line = article.read_text(encoding="utf-8").splitlines().index("{{ 1 / 0 }}") + 1
    config = write_tree(tmp_path, {"site.yaml": f"templates: {templates}\n"}) / "site.yaml"
    err = _fails_untouched(tmp_path, capsys, out, before, "--config", str(config))
    assert err.splitlines()[0] == (f"error: {article}:{line}: template error while rendering "
                                   "articles/2020-01-01-story-0.html: ZeroDivisionError: division by zero")


def test_case13_oserror_while_writing(tmp_path, capsys, built, monkeypatch):
    """A full disk halfway through (OSError from write_bytes): E, dist/ untouched, no temporary folder."""
    _, out, before = built
    real = Path.write_bytes

    def full_disk(self: Path, data: bytes) -> int:
        if "articles" in self.parts and "story-50" in self.name:
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real(self, data)
    monkeypatch.setattr(Path, "write_bytes", full_disk)
    # --no-cache: otherwise the unchanged page is linked from the previous build, never written.
    err = _fails_untouched(tmp_path, capsys, out, before, "--no-cache")
    page = next(n for n in before if "story-50" in n)
    assert err.splitlines()[0] == (f"error: {out / page}: cannot write the site: No space left on device "
                                   f"(check free space and permissions; {out} was left as it was)")


def test_case13_oserror_during_the_swap_puts_the_old_site_back(tmp_path, capsys, built, monkeypatch):
    """If the final rename fails, the previous site is moved back: still byte-identical."""
    _, out, before = built
    real = os.replace

    def failing(source, target):
        if ".building-" in str(source):
            raise OSError(errno.EXDEV, "Invalid cross-device link", str(source))
        return real(source, target)
    monkeypatch.setattr(briefing.build.write.os, "replace", failing)
    # --no-cache: otherwise nothing changed, and the build leaves the output alone without a swap.
    err = _fails_untouched(tmp_path, capsys, out, before, "--no-cache")
    assert "cannot write the site: Invalid cross-device link" in err


@pytest.mark.parametrize("failing_move", [1, 3])
def test_case13_oserror_while_updating_in_place_puts_every_file_back(tmp_path, capsys, built, monkeypatch,
                                                                    failing_move):
    """An incremental build moves its new files over the old ones; if a move fails, all are put back."""
    src, out, before = _built_without_search(tmp_path, capsys, built)
    write_tree(src, {"good-50.md": GOOD.format(n="50 edited", day=5)})
    real, moves = os.replace, []

    def failing(source, target):
        if ".building-" in str(source):
            moves.append(target)
            if len(moves) == failing_move:
                raise OSError(errno.ENOSPC, "No space left on device", str(target))
        return real(source, target)
    monkeypatch.setattr(briefing.build.write.os, "replace", failing)
    err = _fails_untouched(tmp_path, capsys, out, before, "--no-search")
    assert "cannot write the site: No space left on device" in err
    assert len(moves) == failing_move  # it failed while moving files in one by one, not in one swap


def _built_without_search(tmp_path: Path, capsys, built) -> tuple[Path, Path, dict[str, str]]:
    """The 99 articles built without a search index: a small edit then leaves most files as they are."""
    src, out, _ = built
    code, _, err = run(capsys, "--source", str(src), "--out", str(out), "--quiet", "--no-search")
    assert code == 0, err
    return src, out, snapshot(out)


def test_case13_an_incremental_build_updates_the_output_in_place(tmp_path, capsys, built):
    """Unchanged pages keep their files; changed ones are replaced; the result is what a fresh build writes."""
    src, out, before = _built_without_search(tmp_path, capsys, built)
    kept = next(out.glob("articles/*story-10.html")).stat().st_ino
    write_tree(src, {"good-50.md": GOOD.format(n="50 edited", day=5)})
    code, _, err = run(capsys, "--source", str(src), "--out", str(out), "--quiet", "--no-search")
    assert code == 0, err
    assert next(out.glob("articles/*story-10.html")).stat().st_ino == kept
    assert snapshot(out) != before and leftovers(tmp_path) == []
    fresh = tmp_path / "fresh"
    code, _, err = run(capsys, "--source", str(src), "--out", str(fresh), "--quiet", "--no-cache", "--no-search")
    assert code == 0, err
    assert snapshot(out) == snapshot(fresh)


def test_case13_an_in_place_update_works_where_files_cannot_be_hard_linked(tmp_path, capsys, built, monkeypatch):
    """On a file system without hard links, the old files are copied aside instead; same result."""
    src, out, _ = _built_without_search(tmp_path, capsys, built)

    def no_links(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")
    monkeypatch.setattr(briefing.build.write.os, "link", no_links)
    write_tree(src, {"good-50.md": GOOD.format(n="50 edited", day=5)})
    code, _, err = run(capsys, "--source", str(src), "--out", str(out), "--quiet", "--no-search")
    assert code == 0, err
    fresh = tmp_path / "fresh"
    code, _, err = run(capsys, "--source", str(src), "--out", str(fresh), "--quiet", "--no-cache", "--no-search")
    assert code == 0, err
    assert snapshot(out) == snapshot(fresh) and leftovers(tmp_path) == []


def test_case13_success_removes_stale_pages_and_keeps_cname(tmp_path, capsys, built):
    """On success a stale article page disappears and the hand-made CNAME survives."""
    src, out, _ = built
    write_tree(out, {"CNAME": "briefing.example.org\n", "articles/stale.html": "old"})
    (src / "good-00.md").unlink()
    code, _, err = run(capsys, "--source", str(src), "--out", str(out), "--quiet")
    assert code == 0, err
    assert (out / "CNAME").read_text() == "briefing.example.org\n"
    assert not (out / "articles" / "stale.html").exists()
    assert not list((out / "articles").glob("*story-0.html"))
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("out, reason", [
    (".", "it is the current folder, one of its parents, your home or the root"),
    ("..", "it is the current folder, one of its parents, your home or the root"),
    ("seeds", "it holds the articles (the source folder)"),
    ("repo", "it contains a .git folder"),
    ("notes.txt", "it is a file, not a folder"),
    ("photos", "it is not empty and was not written by briefing"),
])
def test_case13_dangerous_output_folders_are_refused_before_anything_is_deleted(tmp_path, capsys, monkeypatch,
                                                                                 out, reason):
    """`--out .`, `--out ..`, the source, a folder with .git, a file, someone's folder: refused, nothing changed."""
    project = tmp_path / "project"
    shutil.copytree(SEEDS, project / "seeds")
    write_tree(project, {"repo/.git/HEAD": "ref: refs/heads/main\n", "repo/README": "mine\n",
                         "notes.txt": "keep me\n", "photos/cat.jpg": "meow"})
    monkeypatch.chdir(project)
    before = snapshot(tmp_path)
    code, _, err = run(capsys, "--source", "seeds", "--out", out)
    assert code == 1
    assert err.splitlines()[0] == (f"error: {out}: refusing to use this output folder: {reason} "
                                   "(choose a dedicated folder such as dist/)")
    assert snapshot(tmp_path) == before


def test_a_fault_in_extraction_publishes_the_article_without_its_extras_and_says_so(tmp_path, capsys, monkeypatch):
    """An exception inside extraction (a fault of briefing's, not the input's) costs the article its actors and
    quotes, not its page nor the build: a warning names the file; --strict makes it an error."""
    import briefing.build.prepare
    real = briefing.build.prepare.extract

    def faulty(paragraphs, *args, **kwargs):
        if any("trips the reader" in p for p in paragraphs):
            raise ValueError("max() arg is an empty sequence")
        return real(paragraphs, *args, **kwargs)
    monkeypatch.setattr(briefing.build.prepare, "extract", faulty)
    src = write_tree(tmp_path / "src", {"good-01.md": GOOD.format(n=1, day=1),
                                        "odd.md": GOOD.format(n="2 trips the reader", day=2)})
    out = tmp_path / "out"
    code, _, err = run(capsys, "--source", str(src), "--out", str(out), "--no-search")
    assert code == 0, err
    assert f"warning: {src}/odd.md: actors, quotes and events could not be read from this article (ValueError: " in err
    page = next((out / "articles").glob("*story-2-trips*"))
    assert "Paragraph of story 2 trips the reader." in page.read_text(encoding="utf-8")
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "strict"), "--no-search", "--strict")
    assert code == 1 and "Traceback" not in err and "odd.md" in err
