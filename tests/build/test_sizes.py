"""Case 12: huge inputs build or fail cleanly within seconds: no hang, no traceback.

Each build runs in a subprocess with a timeout that only guards against a hang; no test measures time.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, write_tree

HANG_GUARD_SECONDS = 60


def _build(tmp_path: Path, files: dict[str, str]) -> subprocess.CompletedProcess:
    src = write_tree(tmp_path / "src", files)
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "--source", str(src), "--out",
                           str(tmp_path / "out"), "--quiet"], capture_output=True, text=True,
                          timeout=HANG_GUARD_SECONDS, cwd=tmp_path, check=False)


def test_case12_ten_megabyte_single_line_builds(tmp_path):
    """A 10 MB article on one line builds, as plain text and as Markdown; all of it reaches the page."""
    line = "START " + "the quick brown fox jumps over the lazy dog " * 230_000 + "END"
    assert len(line) > 10_000_000
    result = _build(tmp_path, {f"huge.{kind}": f"---\ntitle: Huge {kind}\ndate: 2020-01-02\n---\n{line}\n"
                               for kind in ("txt", "md")})
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    for kind in ("txt", "md"):
        page = (tmp_path / "out" / "articles" / f"2020-01-02-huge-{kind}.html").read_text(encoding="utf-8")
        assert "START the quick" in page and "lazy dog END" in page and page.count("jumps") >= 230_000


@pytest.mark.parametrize("body, depth", [("> " * 50_000 + "deep", 50_000), ("- " * 50_000 + "deep", 50_000),
                                         ("".join("    " * i + "- x\n" for i in range(100)), 100)])
def test_case12_fifty_thousand_nested_markers_are_an_error(tmp_path, body, depth):
    """50,000 nested quote or list markers: E with file and line, before Python-Markdown recurses."""
    result = _build(tmp_path, {"nested.md": f"---\ntitle: Nested\n---\nfine\n\n{body}\n"})
    line = 6 if depth == 50_000 else 105
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.stderr.splitlines()[0] == (
        f"error: src/nested.md:{line}: Markdown lists or quotes nested {depth} levels deep; "
        "at most 64 are allowed (flatten them)")
    assert not (tmp_path / "out").exists()


def test_case12_hundred_thousand_item_front_matter_list_builds(tmp_path):
    """A 100,000-item list in front matter is read in full, not truncated and not a hang."""
    items = "".join(f"  - tag{i}\n" for i in range(100_000))
    result = _build(tmp_path, {"tags.md": f"---\ntitle: Many tags\ndate: 2020-01-02\ntags:\n{items}---\nBody.\n"})
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    records = json.loads((tmp_path / "out" / "articles.json").read_text(encoding="utf-8"))
    assert [r["title"] for r in records] == ["Many tags"]
