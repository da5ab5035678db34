"""The serve benchmark still runs against the real `build.py serve` (its patterns match serve's messages)."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT


def test_bench_serve_times_adding_an_article_to_a_small_served_site(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "serve.py"), "--size", "30", "--runs", "1",
                             "--no-peers", "--work", str(tmp_path)], capture_output=True, text=True, timeout=300,
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    rows = dict(re.findall(r"^\| briefing serve \| (pages reloaded|search updated) \| (\d+\.\d\d) s \|", result.stdout,
                           re.M))
    assert set(rows) == {"pages reloaded", "search updated"}, result.stdout
    assert 0 < float(rows["pages reloaded"]) <= float(rows["search updated"])


def test_bench_raw_text_times_each_step_of_reading_pasted_articles(tmp_path):
    story = ("Harbour dredging to resume in Port Elin\n\nBy Mara Voss\n\nMarch 3, 2024\n\n"
             "Dredging of the inner harbour will resume next week, the port authority said on Monday.\n\n"
             "“We have waited two winters for this,” said Tomas Reyl, who runs a ferry to the islands.\n")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(story, encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "raw_text.py"), str(tmp_path), "--runs", "1"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("2 raw-text articles"), result.stdout
    steps = dict(re.findall(r"^  (read|body HTML|extract|in all)\s+(\d+\.\d\d) ms an article$", result.stdout, re.M))
    assert set(steps) == {"read", "body HTML", "extract", "in all"}, result.stdout
    assert float(steps["read"]) > 0 and float(steps["extract"]) > 0


def test_bench_raw_text_says_when_a_folder_has_no_article(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "raw_text.py"), str(tmp_path)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1 and "no .txt article found" in result.stderr
