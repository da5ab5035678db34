"""Reproducible builds: same input, different file order, time zone, locale and hash seed: identical dist/."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from hostile_helpers import snapshot

EXTRA = {"zz-hostile.md": "---\ntitle: 'Ünïcödé <b>&</b> \"quotes\"'\ndate: 2019-02\n---\n# Heading\n\n"
                          "Text with a [link](https://example.org) and *emphasis*.\n",
         "aa-plain.txt": "Plain headline\n\nA plain paragraph, undated.\n"}


def _source(folder: Path, *, reverse: bool, mtime: int) -> Path:
    """Copy the seeds and two extra files into folder, creating them in the given order with given mtimes."""
    files = {p.name: p.read_bytes() for p in SEEDS.iterdir() if p.is_file()}
    files.update({name: text.encode() for name, text in EXTRA.items()})
    folder.mkdir(parents=True)
    for name in sorted(files, reverse=reverse):
        (folder / name).write_bytes(files[name])
        os.utime(folder / name, (mtime, mtime))
    return folder


def _build(source: Path, out: Path, cwd: Path, **env: str) -> None:
    environ = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "TZ", "LANG", "LC_ALL")}
    environ.update(env)
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "--source", str(source), "--out", str(out),
                             "--quiet", "--base-url", "/briefing/", "--site-url", "https://example.org/briefing/"],
                            cwd=cwd, env=environ, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[Path, Path, Path]:
    """The same input built twice under different conditions, and once with another SOURCE_DATE_EPOCH."""
    root = tmp_path_factory.mktemp("repro")
    first = _source(root / "one" / "src", reverse=False, mtime=1_000_000_000)
    second = _source(root / "two" / "src", reverse=True, mtime=1_600_000_000)
    _build(first, root / "one" / "dist", root / "one", TZ="UTC", LANG="C", LC_ALL="C", PYTHONHASHSEED="1",
           SOURCE_DATE_EPOCH="1500000000")
    _build(second, root / "two" / "dist", root, TZ="Pacific/Kiritimati", LANG="de_DE.UTF-8",
           LC_ALL="tr_TR.UTF-8", PYTHONHASHSEED="2", SOURCE_DATE_EPOCH="1500000000")
    _build(first, root / "epoch" / "dist", root, TZ="UTC", LANG="C", SOURCE_DATE_EPOCH="1700000000")
    return root / "one" / "dist", root / "two" / "dist", root / "epoch" / "dist"


def test_builds_are_byte_identical(two_builds):
    """File order, mtimes, TZ, LANG/LC_ALL, hash seed and working folder change nothing in dist/."""
    one, two, _ = two_builds
    first, second = snapshot(one), snapshot(two)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_no_wall_clock_timestamp_and_source_date_epoch_is_honoured(two_builds):
    """Today's date appears nowhere; the only thing SOURCE_DATE_EPOCH may change is a timestamp from it."""
    one, _, epoch = two_builds
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    for path in sorted(one.rglob("*")):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".txt"):
            assert today not in path.read_text(encoding="utf-8"), f"{path.name} holds today's date"
    first, other = snapshot(one), snapshot(epoch)
    for name in (n for n in first if first[n] != other.get(n)):
        assert "2023-11-14" in (epoch / name).read_text(encoding="utf-8"), f"{name} changed for another reason"


def test_feed_if_present_is_deterministic_and_parses(two_builds):
    """feed.xml (added by the feeds work) is identical across builds and is well-formed XML."""
    from xml.etree import ElementTree
    one, two, _ = two_builds
    for feed in sorted(one.glob("*.xml")):
        ElementTree.parse(feed)
        assert feed.read_bytes() == (two / feed.name).read_bytes()
