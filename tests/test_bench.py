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
