"""Time one command at a time (wall seconds, peak RSS) and format the results as Markdown."""
from __future__ import annotations

import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import IO, Callable

GNU_TIME = "/usr/bin/time"


@dataclass
class Row:
    """One line of the results table: a tool, a mode and its timed runs."""

    size: int | None
    tool: str
    mode: str
    command: list[str]
    setup: list[str] = field(default_factory=list)  # untimed, run before each timed run
    walls: list[float] = field(default_factory=list)
    peaks_kb: list[int] = field(default_factory=list)
    pages: int | None = None
    error: str = ""


# ---------------------------------------------------------------- measuring


def _gnu_time_works() -> bool:
    """Return True if /usr/bin/time is GNU time (it understands -f and -o)."""
    if not os.access(GNU_TIME, os.X_OK):
        return False
    with tempfile.NamedTemporaryFile() as f:
        rc = subprocess.run([GNU_TIME, "-f", "%e %M", "-o", f.name, "true"],
                            capture_output=True).returncode
        return rc == 0 and len(f.read().split()) == 2


USE_GNU_TIME = _gnu_time_works()


def measure(cmd: list[str], *, cwd: str, log: str, env: dict | None = None) -> tuple[float, int, int]:
    """Run `cmd`; return (wall seconds, peak RSS in KB, exit code). Output goes to `log`."""
    with open(log, "ab") as out:
        out.write(("\n$ " + shlex.join(cmd) + "\n").encode())
        out.flush()
        if USE_GNU_TIME:
            return _measure_gnu_time(cmd, cwd=cwd, out=out, env=env)
        return _measure_wait4(cmd, cwd=cwd, out=out, env=env)


def _measure_gnu_time(cmd: list[str], *, cwd: str, out: IO[bytes],
                      env: dict | None) -> tuple[float, int, int]:
    """Time `cmd` with GNU time: %e wall seconds, %M peak RSS in KB."""
    with tempfile.NamedTemporaryFile("r") as f:
        rc = subprocess.run([GNU_TIME, "-f", "%e %M", "-o", f.name, *cmd], cwd=cwd, env=env,
                            stdout=out, stderr=subprocess.STDOUT).returncode
        fields = f.read().split()
    # GNU time prefixes "Command exited with non-zero status N" on failure.
    return float(fields[-2]), int(fields[-1]), rc


def _measure_wait4(cmd: list[str], *, cwd: str, out: IO[bytes],
                   env: dict | None) -> tuple[float, int, int]:
    """Time `cmd` without GNU time: wall clock, and ru_maxrss from wait4 (RUSAGE of that child)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return wall, int(usage.ru_maxrss), p.returncode


def timed_runs(row: Row, runs: int, *, cwd: str, log: str,
               before: Callable[[], None] | None = None, env: dict | None = None) -> Row:
    """Run row.command `runs` times (calling `before()` untimed first each time)."""
    for _ in range(runs):
        if before is not None:
            before()
        wall, peak, rc = measure(row.command, cwd=cwd, log=log, env=env)
        if rc != 0:
            row.error = failure(rc, log)
            return row
        row.walls.append(wall)
        row.peaks_kb.append(peak)
    return row


def run_untimed(cmd: list[str], *, cwd: str, log: str, env: dict | None = None) -> None:
    """Run a setup command, appending its output to `log`; raise if it fails."""
    with open(log, "ab") as out:
        out.write(("\n$ " + shlex.join(cmd) + "  # untimed\n").encode())
        out.flush()
        rc = subprocess.run(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT).returncode
    if rc != 0:
        raise RuntimeError(failure(rc, log))


def failure(rc: int, log: str) -> str:
    """Return "exit N: <first lines of the last command's output> (log: PATH)"."""
    with open(log, encoding="utf-8", errors="replace") as f:
        text = f.read()
    output = text[text.rfind("\n$ "):].splitlines()[2:]
    first = " ".join(line.strip() for line in output if line.strip())[:300] or "no output"
    return "exit %d: %s (log: %s)" % (rc, first.replace("|", "\\|"), log)


def count_pages(out_dir: str) -> int:
    """Return the number of .html files under `out_dir` (a sanity check on comparability)."""
    return sum(1 for _, _, files in os.walk(out_dir) for f in files if f.endswith(".html"))


def rmtree(path: str) -> None:
    """Remove a directory tree if it exists."""
    shutil.rmtree(path, ignore_errors=True)


# ---------------------------------------------------------------- report


def median(values: list[float]) -> float:
    """Return the median (the lower middle for an even count, as peers.sh does)."""
    return statistics.median_low(values)


def progress(row: Row) -> None:
    """Print one finished row to stderr, so that long runs show life."""
    what = row.error or "median %.2f s over %d runs" % (median(row.walls), len(row.walls))
    print("  %s %s %s: %s" % (row.size or "", row.tool, row.mode, what), file=sys.stderr)


def _ratio(row: Row, ref: Row | None) -> str:
    """Return row's median time as a multiple of ref's, or a dash."""
    if row.error or not row.walls or ref is None or ref.error or not ref.walls:
        return "–"
    return "%.2f" % (median(row.walls) / max(median(ref.walls), 1e-9))


PEERS = ("pelican", "pelican + pagefind", "hugo", "hugo + pagefind")
"""The peers' full builds briefing's rows are compared with, in the table's column order."""


def format_table(rows: list[Row]) -> str:
    """Return the Markdown results table, with briefing's ratios to the peers' full builds."""
    lines = ["| size | tool | mode | median s | peak MB | pages | ÷ pelican | ÷ pelican + pagefind "
             "| ÷ hugo | ÷ hugo + pagefind |", "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    full = {(r.size, r.tool): r for r in rows if r.mode == "full"}
    for r in rows:
        size = "seeds" if r.size is None else "{:,}".format(r.size)
        if r.error:
            lines.append("| %s | %s | %s | FAILED: %s | | | | | | |" % (size, r.tool, r.mode, r.error))
            continue
        peak = median([float(k) for k in r.peaks_kb]) / 1024
        ratios = ("–",) * len(PEERS) if r.tool != "briefing" else tuple(
            _ratio(r, full.get((r.size, peer))) for peer in PEERS)
        lines.append("| %s | %s | %s | %.2f | %.0f | %s | %s | %s | %s | %s |" % (
            size, r.tool, r.mode, median(r.walls), peak,
            "–" if r.pages is None else r.pages, *ratios))
    return "\n".join(lines)


def format_report(rows: list[Row], header: list[str], notes: list[str]) -> str:
    """Return the whole Markdown report: header, table, notes and each row's command."""
    parts = header + ["", format_table(rows), ""]
    parts += ["- " + n for n in notes]
    parts += ["", "Commands (each timed run):", ""]
    parts += ["- %s %s %s: `%s`%s" % (
        r.size or "seeds", r.tool, r.mode, shlex.join(r.command),
        " after `%s`" % shlex.join(r.setup) if r.setup else "") for r in rows]
    return "\n".join(parts)


def header_lines(argv: list[str], runs: int, versions: str) -> list[str]:
    """Return the report's opening lines: the command that made it, and the machine."""
    return [
        "Command: `python bench/run.py %s`" % shlex.join(argv),
        "",
        "Machine: %s, %d cores, Python %s. %s. Medians of %d run(s); peak MB is the median of "
        "each run's peak RSS (%s)." % (
            platform.platform(terse=True), os.cpu_count() or 0, platform.python_version(),
            versions, runs, "GNU time %M" if USE_GNU_TIME else "wait4 ru_maxrss"),
    ]
