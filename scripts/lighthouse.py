"""Build the seed site, serve it locally and print Lighthouse's four category scores for two pages.

Usage: python scripts/lighthouse.py [--lighthouse PATH] [--chromium /usr/bin/chromium]
Lighthouse 12.2.3 (npm; 13 needs Node 22) is found in ./node_modules, in /tmp/lh, or installed there
with `npm i --prefix /tmp/lh lighthouse@12.2.3`. It drives Debian's chromium through CHROME_PATH.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from screenshots import ROOT, build_seed_site, first_article, serve

VERSION = "12.2.3"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync")


def find_lighthouse(explicit: str | None) -> str:
    """Return the lighthouse command: the given one, the repo's, /tmp/lh's, or a fresh /tmp/lh install."""
    candidates = [explicit] if explicit else [str(ROOT / "node_modules/.bin/lighthouse"),
                                              "/tmp/lh/node_modules/.bin/lighthouse"]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    subprocess.run(["npm", "i", "--prefix", "/tmp/lh", f"lighthouse@{VERSION}"], check=True)
    return "/tmp/lh/node_modules/.bin/lighthouse"


def audit(lighthouse: str, url: str, chromium: str, report: Path) -> dict[str, int]:
    """Run Lighthouse on one URL (desktop preset off: mobile, as Lighthouse defaults); return scores."""
    command = [lighthouse, url, "--quiet", "--output=json", f"--output-path={report}",
               f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={' '.join(CHROME_FLAGS)}"]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": chromium})
    data = json.loads(report.read_text(encoding="utf-8"))
    return {name: round(data["categories"][name]["score"] * 100) for name in CATEGORIES}


def failing_audits(report: Path) -> list[str]:
    """Return the titles of audits that did not pass, to explain a score below 100."""
    data = json.loads(report.read_text(encoding="utf-8"))
    return sorted(f"{a['id']}: {a['title']}" for a in data["audits"].values()
                  if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") in
                  ("binary", "numeric", "metricSavings"))


def main(argv: list[str] | None = None) -> int:
    """Build, serve, audit the timeline and an article; print a table of scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lighthouse")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--verbose", action="store_true", help="also list the audits that did not pass")
    args = parser.parse_args(argv)
    lighthouse = find_lighthouse(args.lighthouse or shutil.which("lighthouse"))
    with tempfile.TemporaryDirectory(prefix="briefing-lh-") as tmp:
        site = build_seed_site(Path(tmp) / "site")
        pages = {"timeline": "index.html", "article": first_article(site)}
        print(f"{'page':10} " + " ".join(f"{name:>14}" for name in CATEGORIES))
        with serve(site) as base:
            for label, path in pages.items():
                report = Path(tmp) / f"{label}.json"
                scores = audit(lighthouse, base + path, args.chromium, report)
                print(f"{label:10} " + " ".join(f"{scores[name]:>14}" for name in CATEGORIES))
                for line in failing_audits(report) if args.verbose else ():
                    print(f"    not passed: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
