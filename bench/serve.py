#!/usr/bin/env python3
"""Time adding one article under `briefing serve`, next to `hugo server`.

usage: python bench/serve.py [--size 5000] [--runs 5] [--peers | --no-peers] [--work DIR] [--seed S]

Each server runs on its own copy of the same synthetic corpus. A run writes article N+1 into
the watched folder and times, from the moment the file is written, until the server says it
is done: for briefing the reloaded pages ("Built ...") and the updated search index ("Search
index updated ..."), for Hugo its rebuild ("Total in ... ms"). The file is then removed and the
server's rebuild awaited, untimed. The first run of each server is a warm-up, not counted.
This is what a reader waits for after saving a file, watcher latency included (both are told by
the system's file events: briefing through watchfiles, Hugo through fsnotify). Medians of --runs runs. Standard library only.
"""
from __future__ import annotations

import argparse
import os
import queue
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen_corpus  # noqa: E402  (sibling files, not a package)
from run import copy_sites, ensure_corpus, ensure_peers, peer_versions  # noqa: E402

TIMEOUT = 300.0


class Server:
    """A server process whose output lines are collected, each with the time it was read."""

    def __init__(self, command: list[str], cwd: str) -> None:
        self.process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, bufsize=1)
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self.log: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put((time.perf_counter(), line.rstrip("\n")))

    def wait_for(self, pattern: str) -> tuple[float, re.Match[str]]:
        """Return when a line matching pattern was read, and the match; raise on timeout or exit."""
        deadline = time.perf_counter() + TIMEOUT
        while True:
            try:
                at, line = self.lines.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                raise RuntimeError("timed out waiting for %r; output:\n%s" % (pattern, "\n".join(self.log[-20:])))
            self.log.append(line)
            found = re.search(pattern, line)
            if found:
                return at, found
            if line.startswith("error:"):
                raise RuntimeError("the server failed:\n" + "\n".join(self.log[-20:]))

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def time_runs(server: Server, new_file: str, text: str, runs: int, marks: dict[str, str]) -> dict[str, list[float]]:
    """Add then remove new_file runs + 1 times; return, per mark, the seconds from writing it to the mark's line."""
    times: dict[str, list[float]] = {name: [] for name in marks}
    for run in range(runs + 1):
        with open(new_file, "w", encoding="utf-8") as f:
            f.write(text)
        written = time.perf_counter()
        for name, pattern in marks.items():
            at, _ = server.wait_for(pattern)
            if run:
                times[name].append(at - written)
        os.remove(new_file)
        for pattern in marks.values():
            server.wait_for(pattern)
        time.sleep(1.0)
    return times


def briefing_times(corpus: str, size: int, seed: int, runs: int, work: str) -> dict[str, list[float]]:
    """Time `python build.py serve` on a copy of the corpus."""
    base = os.path.join(work, "serve-%d" % size, "briefing")
    shutil.rmtree(base, ignore_errors=True)
    source = os.path.join(base, "articles")
    shutil.copytree(os.path.join(corpus, "articles"), source)
    server = Server([sys.executable, "build.py", "serve", "--source", source, "--out", os.path.join(base, "out"),
                     "--cache-dir", os.path.join(base, "cache"), "--port", str(free_port())], cwd=REPO)
    try:
        server.wait_for(r"^Serving http")
        time.sleep(3.0)  # the watcher reads what the first build left before it polls
        article = gen_corpus.article(seed, size)
        return time_runs(server, os.path.join(source, article["slug"] + ".md"), gen_corpus.render_md(article), runs,
                         {"pages reloaded": r"^Built \d+ articles in", "search updated": r"^Search index updated"})
    finally:
        server.stop()


def hugo_times(corpus: str, size: int, seed: int, runs: int, work: str, hugo: str, sites: str) -> dict[str, list[float]]:
    """Time `hugo server` on a copy of the corpus."""
    base = os.path.join(work, "serve-%d" % size, "hugo")
    shutil.rmtree(base, ignore_errors=True)
    content = os.path.join(base, "content")
    shutil.copytree(os.path.join(corpus, "content"), content)
    server = Server([hugo, "server", "-s", os.path.join(sites, "hugo"), "--contentDir", content, "--port",
                     str(free_port()), "--disableLiveReload"], cwd=base)
    try:
        server.wait_for(r"Web Server is available")
        article = gen_corpus.article(seed, size)
        return time_runs(server, os.path.join(content, "posts", article["slug"] + ".md"),
                         gen_corpus.render_hugo(article), runs, {"rebuilt": r"^Total in \d+ ms"})
    finally:
        server.stop()


def report(size: int, runs: int, rows: list[tuple[str, str, list[float]]], versions: str) -> str:
    lines = ["# Adding one article to a served site of %d articles" % size, "",
             "`python bench/serve.py --size %d --runs %d`; %s; seconds from writing the file to the server's "
             "message, median (min-max) of %d runs." % (size, runs, versions, runs), "",
             "| server | done | median | range |", "|---|---|---:|---:|"]
    for tool, mark, values in rows:
        lines.append("| %s | %s | %.2f s | %.2f-%.2f s |" % (tool, mark, statistics.median(values), min(values),
                                                             max(values)))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--peers", action=argparse.BooleanOptionalAction, default=True, help="also time hugo server")
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "briefing-bench"))
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args(argv)
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    corpus = ensure_corpus(work, args.size, args.seed)
    rows = [("briefing serve", mark, values)
            for mark, values in briefing_times(corpus, args.size, args.seed, args.runs, work).items()]
    versions = "peers not run"
    if args.peers:
        peers = ensure_peers(work)
        rows += [("hugo server", mark, values) for mark, values in
                 hugo_times(corpus, args.size, args.seed, args.runs, work, peers["hugo"], copy_sites(work)).items()]
        versions = peer_versions(peers)
    print(report(args.size, args.runs, rows, versions))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
