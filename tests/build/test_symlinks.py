"""Case 11: symbolic links in the source folder are skipped with a warning; nothing is read through them."""

from __future__ import annotations

import json
import os

from conftest import write_tree
from hostile_helpers import run


def test_case11_links_outside_loops_and_dangling_are_skipped(tmp_path, capsys):
    """Links pointing outside, in a loop, to nothing or to a folder: each skipped with its own warning."""
    secret = write_tree(tmp_path / "private", {"secret.md": "---\ntitle: SECRET-TITLE\n---\nSECRET-BODY\n"})
    src = write_tree(tmp_path / "src", {"good.md": "---\ntitle: Good\ndate: 2020-01-02\n---\nText.\n"})
    os.symlink(secret / "secret.md", src / "outside.md")
    os.symlink(src / "loop-b.md", src / "loop-a.md")
    os.symlink(src / "loop-a.md", src / "loop-b.md")
    os.symlink(src / "missing.md", src / "dangling.txt")
    os.symlink(secret, src / "folder.md")
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 0, err
    skipped = "skipped: symbolic links are not followed (copy the article into the folder instead)"
    assert [line for line in err.splitlines() if line.startswith("warning:")] == [
        f"warning: {src}/{name}: {skipped}" for name in ("dangling.txt", "folder.md", "loop-a.md", "loop-b.md",
                                                         "outside.md")]
    records = json.loads((tmp_path / "out" / "articles.json").read_text(encoding="utf-8"))
    assert [r["title"] for r in records] == ["Good"]
    for path in (tmp_path / "out").rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".txt"):
            assert b"SECRET" not in path.read_bytes(), path


def test_case11_every_other_entry_is_accounted_for(tmp_path, capsys):
    """(N) Nothing is lost silently: sub-folders and other files are named in a warning."""
    src = write_tree(tmp_path / "src", {"good.md": "---\ntitle: Good\ndate: 2020-01-02\n---\nText.\n",
                                        "notes.markdown": "# Not read\n", "old/inner.md": "x\n",
                                        ".hidden.md": "editor backup\n"})
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert [line for line in err.splitlines() if line.startswith("warning:")] == [
        f"warning: {src}/notes.markdown: skipped: not an article (only .txt, .md and saved .html pages are read; "
        "rename it or move it out)",
        f"warning: {src}/old: skipped: sub-folders are not read (move its articles up into the source folder)"]
