"""What `serve` remembers between builds: only changed files are read again, and the site is the same."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from conftest import write_tree
from test_cache import ARTICLE, corpus, tree_hashes

import briefing.collect
from briefing.config import make_config
from briefing.memo import BuildMemo
from briefing.serve import Status, StatusBoard, rebuild
from briefing.site import build, remember_articles

LONG_AGO = time.time() - 3600


def settle(*files: Path, at: float = LONG_AGO) -> None:
    """Date files' modification time back, as for files saved a while before the build."""
    for file in files:
        os.utime(file, (at, at))


@pytest.fixture()
def source(tmp_path: Path) -> Path:
    folder = corpus(tmp_path / "src", 60)
    settle(*folder.iterdir())
    return folder


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> list[set[str]]:
    """The names of the article files each build reads, one set per build."""
    seen: list[set[str]] = []
    real = briefing.collect.read_found_files

    def recording(found):
        seen.append({f.name for f in found})
        return real(found)
    monkeypatch.setattr(briefing.collect, "read_found_files", recording)
    return seen


def story_page(site: Path, n: int) -> str:
    """Return the HTML of story n's page."""
    return next((site / "articles").glob(f"*-story-{n}.html")).read_text(encoding="utf-8")


def fresh(source: Path, out: Path) -> dict[str, str]:
    """Build source without cache or memo; return the site's file hashes."""
    build(make_config({"source": source, "out": out, "search": False, "use_cache": False}))
    return tree_hashes(out)


def test_builds_with_a_memo_read_only_changed_files_and_equal_fresh_builds(tmp_path, source, reads):
    config = make_config({"source": source, "out": tmp_path / "out", "search": False})
    memo = BuildMemo()
    build(config, memo=memo)
    assert len(reads[-1]) == 65  # 60 stories and the five seeds

    write_tree(source, {"story-new.md": ARTICLE.format(n=999, month=6, day=15)})
    settle(source / "story-new.md")
    build(config, memo=memo)
    assert reads[-1] == {"story-new.md"}
    assert tree_hashes(config.out) == fresh(source, tmp_path / "fresh-1")

    edited = source / "story-007.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Second paragraph.", "A new ending."),
                      encoding="utf-8")
    settle(edited)
    (source / "story-011.md").unlink()
    build(config, memo=memo)
    assert reads[-1] == {"story-007.md"}
    site = tree_hashes(config.out)
    assert site == fresh(source, tmp_path / "fresh-2")
    assert "A new ending." in story_page(config.out, 7)
    assert not any("story-11" in path for path in site)


def test_a_rewrite_keeping_size_and_modification_time_is_still_seen(tmp_path, source, reads):
    """The change time is part of a file's signature: it moves on every write and cannot be set back."""
    config = make_config({"source": source, "out": tmp_path / "out", "search": False})
    memo = BuildMemo()
    build(config, memo=memo)
    edited = source / "story-003.md"
    edited.write_bytes(edited.read_bytes().replace(b"Second paragraph.", b"Second Paragraph."))
    settle(edited)
    build(config, memo=memo)
    assert reads[-1] == {"story-003.md"}
    assert "Second Paragraph." in story_page(config.out, 3)


def test_a_file_written_just_before_it_was_read_is_read_again(tmp_path, source, reads):
    """A later write in the same clock tick could leave its signature as it was: it is not trusted."""
    config = make_config({"source": source, "out": tmp_path / "out", "search": False})
    memo = BuildMemo()
    write_tree(source, {"story-new.md": ARTICLE.format(n=998, month=7, day=1)})  # written now
    build(config, memo=memo)
    (source / "story-000.md").unlink()
    build(config, memo=memo)
    assert reads[-1] == {"story-new.md"}


def test_remembering_after_an_up_to_date_build_spares_the_next_build_its_reads(tmp_path, source, reads):
    config = make_config({"source": source, "out": tmp_path / "out", "search": False})
    build(config)
    memo = BuildMemo()
    assert build(config, memo=memo).up_to_date and memo.empty
    remember_articles(config, memo)
    assert not memo.empty
    edited = source / "story-020.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    settle(edited)
    build(config, memo=memo)
    assert reads[-1] == {"story-020.md"}
    assert tree_hashes(config.out) == fresh(source, tmp_path / "fresh")


def test_a_failed_rebuild_makes_serve_forget_what_it_remembered(tmp_path, source, capsys):
    config = make_config({"source": source, "out": tmp_path / "out", "search": False})
    board, memo = StatusBoard(Status(0, config.out, "/")), BuildMemo()
    rebuild(lambda: config, board, memo)
    assert not memo.empty
    write_tree(source, {"broken.md": "---\ntitle: [unclosed\n---\nText.\n"})
    rebuild(lambda: config, board, memo)
    assert "broken.md" in board.current.error and memo.empty
    assert "broken.md" in capsys.readouterr().err


def test_a_memo_from_another_cache_is_not_used(tmp_path, source, reads):
    """Remembered bodies live in one build cache: a build with another cache folder reads everything."""
    memo = BuildMemo()
    build(make_config({"source": source, "out": tmp_path / "out", "search": False}), memo=memo)
    other = make_config({"source": source, "out": tmp_path / "out", "search": False, "cache_dir": tmp_path / "c2"})
    build(other, memo=memo)
    assert len(reads[-1]) == 65
