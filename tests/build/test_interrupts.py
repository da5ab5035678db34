"""Real builds interrupted, killed and raced: one line and exit 130 on Ctrl-C, workers that die with
their build, leftovers removed by the next build, one build at a time per output folder."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, tree_bytes, write_tree

from briefing.build.lock import lock_path, output_lock

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads processes from /proc and sends POSIX signals")

ARTICLE = "---\ntitle: Harbour story {n}\ndate: 20{year:02d}-{month:02d}-{day:02d}\npublication: Wire\n---\n" \
          "“We will see,” said Juan Guaidó on Monday. Paragraph {n} about harbours and {n} ships.\n\n" \
          "Second paragraph of story {n}, on tariffs and the port authority.\n"
MANY = 900
"""Enough articles that a cold build of them runs worker processes and lasts seconds."""


def articles(count: int) -> dict[str, str]:
    """Return {file name: text} for count small articles."""
    return {f"story-{n:04d}.md": ARTICLE.format(n=n, year=10 + n % 12, month=n % 12 + 1, day=n % 28 + 1)
            for n in range(count)}


@pytest.fixture()
def small_site(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A source folder and an output folder holding a finished build of two of its articles."""
    source = write_tree(tmp_path / "src", articles(2))
    out = tmp_path / "out"
    assert start_build(source, out).wait(timeout=120) == 0
    write_tree(source, articles(MANY))
    return source, out, tree_bytes(out)


def start_build(source: Path, out: Path, *extra: str) -> subprocess.Popen[str]:
    """Start `python build.py` in a session of its own (as a terminal would: one process group)."""
    return subprocess.Popen([sys.executable, str(ROOT / "build.py"), "--source", str(source), "--out", str(out),
                             "--jobs", "2", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def children(pid: int) -> set[int]:
    """Return the ids of the processes whose parent is pid."""
    return _processes(lambda fields: int(fields[1]) == pid)


def group(pgid: int) -> set[int]:
    """Return the ids of the live processes of a process group."""
    return _processes(lambda fields: int(fields[2]) == pgid and fields[0] != "Z")


def _processes(wanted) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if wanted(fields):
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    """Return whether a process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_until(condition, timeout: float, what: str) -> None:
    """Poll condition until it holds; fail the test naming what was awaited."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def temporary_folders(out: Path) -> list[str]:
    """Return the names of the temporary folders beside out that a build of it makes."""
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.") and p.is_dir())


def end(process: subprocess.Popen[str]) -> None:
    """Stop a build this test started and whatever is left of its process group (its own session)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # the build and all its processes have ended
    process.communicate(timeout=30)


def test_ctrl_c_prints_one_line_exits_130_and_leaves_the_output_as_it_was(small_site):
    source, out, before = small_site
    build = start_build(source, out)
    try:
        wait_until(lambda: temporary_folders(out) or build.poll() is not None, 120, "the build folder")
        assert build.poll() is None, "the build ended before it could be interrupted"
        os.killpg(build.pid, signal.SIGINT)  # as Ctrl-C in a terminal: the build and its workers
        assert build.wait(timeout=60) == 130
        wait_until(lambda: not group(build.pid), 15, "every process of the build to end")
        _, stderr = build.communicate(timeout=15)
    finally:
        end(build)
    assert stderr.strip() == f"interrupted; {out}/ left as it was"
    assert tree_bytes(out) == before
    assert temporary_folders(out) == []


def test_workers_of_a_killed_build_exit_and_the_next_build_cleans_up(small_site):
    source, out, before = small_site
    build = start_build(source, out)
    try:
        wait_until(lambda: len(children(build.pid)) >= 2 or build.poll() is not None, 120, "worker processes")
        workers = children(build.pid)
        assert build.poll() is None and len(workers) >= 2
        os.kill(build.pid, signal.SIGKILL)  # the main process only, as the kernel's OOM killer would
        build.wait(timeout=30)
        wait_until(lambda: not any(map(alive, workers)), 15, f"workers {sorted(workers)} to exit")
    finally:
        end(build)
    assert tree_bytes(out) == before, "a killed build changed the output"
    next_build = start_build(source, out, "--no-search")
    try:
        _, stderr = next_build.communicate(timeout=300)
    finally:
        end(next_build)
    assert next_build.returncode == 0, stderr
    assert temporary_folders(out) == []
    assert len(list((out / "articles").glob("*.html"))) == MANY


def test_a_second_build_of_the_same_output_stops_at_once_naming_the_first(small_site):
    source, out, _ = small_site
    first = start_build(source, out)
    try:
        wait_until(lambda: lock_path(out).read_text().strip() == str(first.pid) or first.poll() is not None,
                   60, "the first build to take the lock")
        second = start_build(source, out)
        _, stderr = second.communicate(timeout=60)
        assert first.poll() is None, "the first build ended before the second started"
        assert second.returncode == 1
        assert f"another build (process {first.pid}) is writing this output folder" in stderr
        assert "Traceback" not in stderr
        first.communicate(timeout=300)
    finally:
        end(first)
    assert first.returncode == 0
    assert len(list((out / "articles").glob("*.html"))) == MANY


def test_a_lock_left_by_a_dead_build_is_taken_over(tmp_path):
    source = write_tree(tmp_path / "src", articles(2))
    out = tmp_path / "out"
    lock_path(out).parent.mkdir(parents=True, exist_ok=True)
    lock_path(out).write_text("999999999\n")  # a process id no live process has: nobody holds the lock
    build = start_build(source, out, "--no-search")
    _, stderr = build.communicate(timeout=120)
    assert build.returncode == 0, stderr


def test_a_build_refuses_to_start_while_another_process_holds_the_lock(tmp_path):
    source = write_tree(tmp_path / "src", articles(2))
    out = tmp_path / "out"
    with output_lock(out):
        build = start_build(source, out, "--no-search")
        _, stderr = build.communicate(timeout=120)
    assert build.returncode == 1
    assert f"another build (process {os.getpid()}) is writing this output folder; wait for it to finish" in stderr
    assert not out.exists()


def test_leftovers_of_this_output_are_removed_and_those_of_others_kept(tmp_path):
    source = write_tree(tmp_path / "src", articles(2))
    out = tmp_path / "out"
    mine = [tmp_path / ".out.building-abc123", tmp_path / ".out.undo-x", tmp_path / ".out.scratch-y",
            tmp_path / ".out.building-abc123.search-z"]
    others = [tmp_path / ".out2.building-abc", tmp_path / "notes.building-1"]
    for folder in mine + others:
        (folder / "articles").mkdir(parents=True)
    build = start_build(source, out, "--no-search")
    _, stderr = build.communicate(timeout=120)
    assert build.returncode == 0, stderr
    assert [f for f in mine if f.exists()] == []
    assert [f for f in others if not f.exists()] == []


def test_ctrl_c_during_serves_first_build_is_one_line_too(small_site):
    source, out, before = small_site
    serve = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "serve", "--port", "0", "--source", str(source),
                              "--out", str(out), "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, start_new_session=True)
    try:
        wait_until(lambda: temporary_folders(out) or serve.poll() is not None, 120, "the first build's folder")
        assert serve.poll() is None, "serve ended before it could be interrupted"
        os.killpg(serve.pid, signal.SIGINT)
        assert serve.wait(timeout=60) == 130
        wait_until(lambda: not group(serve.pid), 15, "every process of serve to end")
        stdout, stderr = serve.communicate(timeout=15)
    finally:
        end(serve)
    assert stderr.strip() == f"interrupted; {out}/ left as it was" and "Serving" not in stdout
    assert tree_bytes(out) == before
    assert temporary_folders(out) == []


def test_ctrl_c_while_serving_ends_serve_though_a_connection_stays_open(small_site):
    """A browser keeps connections open without sending a request (Chromium opens them ahead of
    use): Ctrl-C must not wait for it to close them."""
    source, out, _ = small_site
    serve = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "serve", "--port", "0", "--source", str(source),
                              "--out", str(out), "--no-search"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, start_new_session=True)
    try:
        lines = iter(serve.stdout.readline, "")
        address = next(filter(None, (re.search(r"Serving http://127\.0\.0\.1:(\d+)/", line) for line in lines)), None)
        assert address, "serve did not say where it serves"
        with socket.create_connection(("127.0.0.1", int(address.group(1))), timeout=5):
            time.sleep(0.3)  # the server has accepted it and waits for a request that never comes
            os.killpg(serve.pid, signal.SIGINT)
            assert serve.wait(timeout=10) == 0
        stdout, _ = serve.communicate(timeout=15)
    finally:
        end(serve)
    assert "Stopped." in stdout


FORKED_CHILD = """
import os, signal, sys, time
from pathlib import Path
from briefing.build.interrupts import exit_on_interrupt

marker = Path(sys.argv[1])
with exit_on_interrupt(Path("out"), lambda: marker.write_text("cleaned up")):
    child = os.fork()
    if child == 0:  # a worker just forked: Ctrl-C before its initializer sets it aside
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(5)
        os._exit(0)
    _, status = os.waitpid(child, 0)
    print(os.waitstatus_to_exitcode(status))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked on Linux only")
def test_ctrl_c_in_a_worker_forked_a_moment_ago_ends_it_quietly(tmp_path):
    """The build's own process says it was interrupted and cleans up; a worker that inherited its
    handler must do neither (it would print a second line, or remove folders the build still uses)."""
    marker = tmp_path / "marker"
    done = subprocess.run([sys.executable, "-c", FORKED_CHILD, str(marker)], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "130" and done.stderr == ""
    assert not marker.exists()
