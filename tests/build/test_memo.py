"""Unchanged article files are not read again, whether `serve` remembers them between builds or the
build cache knows their keys; the site is the same as a fresh build's."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import write_tree
from test_cache import ARTICLE, corpus, tree_hashes

import briefing.build.collect
from briefing.build.collect import SOURCE_KEYS
from briefing.build.engine import build
from briefing.build.pipeline import remember_articles
from briefing.build.folders import cache_folder
from briefing.build.freshness import STAMP
from briefing.build.memo import BuildMemo
from briefing.config import make_config
from briefing.serve.server import Status, StatusBoard, rebuild

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
    real = briefing.build.collect.read_found_files

    def recording(found):
        seen.append({f.name for f in found})
        return real(found)
    monkeypatch.setattr(briefing.build.collect, "read_found_files", recording)
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


def build_again(config) -> None:
    """Build again as from the command line, past the up-to-date check (the stamp is removed)."""
    (cache_folder(config) / STAMP).unlink(missing_ok=True)
    build(config)


def test_a_build_reads_only_the_files_changed_since_the_last_one(tmp_path, source, reads):
    config = make_config({"source": source, "out": tmp_path / "out", "search": False})
    build(config)
    build_again(config)
    assert reads[-1] == set()
    edited = source / "story-015.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Second paragraph.", "Changed."), encoding="utf-8")
    settle(edited)
    write_tree(source, {"story-new.md": ARTICLE.format(n=997, month=3, day=3)})
    build(config)
    assert reads[-1] == {"story-015.md", "story-new.md"}
    assert tree_hashes(config.out) == fresh(source, tmp_path / "fresh")
    build_again(config)
    assert reads[-1] == {"story-new.md"}  # written just now: not trusted by its signature yet


def test_source_keys_of_another_setting_or_a_damaged_record_are_not_used(tmp_path, source, reads):
    config = make_config({"source": source, "out": tmp_path / "out", "search": False})
    build(config)
    slower = make_config({"source": source, "out": tmp_path / "out", "search": False, "words_per_minute": 120})
    build_again(slower)
    assert len(reads[-1]) == 65  # the keys were made with other settings
    record = cache_folder(config) / SOURCE_KEYS
    record.write_text(record.read_text(encoding="utf-8").replace('"story-00', '"story-01'), encoding="utf-8")
    build_again(slower)
    assert len(reads[-1]) == 65  # its checksum no longer matches
    assert tree_hashes(config.out) == fresh_with(slower, tmp_path / "fresh")


def test_a_file_whose_cache_entry_is_gone_is_read_again(tmp_path, source, reads):
    config = make_config({"source": source, "out": tmp_path / "out", "search": False})
    build(config)
    entries = sorted((cache_folder(config) / "articles").glob("*"))
    entries[0].unlink()
    build_again(config)
    assert len(reads[-1]) == 1
    assert tree_hashes(config.out) == fresh(source, tmp_path / "fresh")


def fresh_with(config, out: Path) -> dict[str, str]:
    """Build config's sources without cache or memo into out; return the site's file hashes."""
    build(replace(config, out=out, use_cache=False))
    return tree_hashes(out)
