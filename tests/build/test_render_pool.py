"""Article pages rendered by worker processes: the same site, the same errors, only on more cores."""

from __future__ import annotations

import multiprocessing
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import ROOT, tree_bytes, write_tree

from briefing.build.render_pool import (
    CHUNK,
    PARALLEL_FROM,
    RenderJob,
    RenderPool,
    RenderTask,
    task_ranges,
    worker_count,
)
from briefing.records import Page, SiteConfig

ARTICLE = "---\ntitle: Story {n}\ndate: 20{year:02d}-{month:02d}-{day:02d}\npublication: Wire\n---\n" \
          "“We will see,” said Juan Guaidó on Monday. Paragraph {n} about harbours.\n\nSecond paragraph.\n"
COUNT = PARALLEL_FROM + 20


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tree(tmp_path_factory.mktemp("pool") / "src", {
        f"story-{n:03d}.md": ARTICLE.format(n=n, year=15 + n % 8, month=n % 12 + 1, day=n % 28 + 1)
        for n in range(COUNT)})


def run_build(source: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run `python build.py` in its own process (one thread, as a user runs it)."""
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "--source", str(source), "--out", str(out),
                           "--timings", "--no-search", *extra], capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(sys.platform != "linux", reason="worker processes are forked on Linux only")
def test_pages_rendered_by_workers_are_the_pages_one_process_renders(tmp_path, source):
    pooled = run_build(source, tmp_path / "pooled", "--jobs", "2", "--no-cache")
    assert pooled.returncode == 0, pooled.stderr
    assert "(pages rendered by 2 worker processes)" in pooled.stdout
    alone = run_build(source, tmp_path / "alone", "--jobs", "1", "--no-cache")
    assert alone.returncode == 0 and "worker processes" not in alone.stdout
    assert tree_bytes(tmp_path / "pooled") == tree_bytes(tmp_path / "alone")
    assert len(list((tmp_path / "pooled" / "articles").glob("*.html"))) == COUNT


@pytest.mark.skipif(sys.platform != "linux", reason="worker processes are forked on Linux only")
def test_a_few_pages_that_list_many_articles_are_rendered_by_workers_too(tmp_path, source):
    """Adding one article renders a handful of pages, but the timeline and the actor pages list
    every article: weighed by what they list, they go to the workers, and the site is the same."""
    incremental = tmp_path / "src"
    shutil.copytree(source, incremental)
    assert run_build(incremental, tmp_path / "out", "--jobs", "2").returncode == 0
    write_tree(incremental, {"story-new.md": ARTICLE.format(n=999, year=23, month=12, day=30)})
    added = run_build(incremental, tmp_path / "out", "--jobs", "2")
    assert added.returncode == 0, added.stderr
    assert "unchanged)" in added.stdout and "(pages rendered by 2 worker processes)" in added.stdout
    assert run_build(incremental, tmp_path / "alone", "--jobs", "1", "--no-cache").returncode == 0
    assert tree_bytes(tmp_path / "out") == tree_bytes(tmp_path / "alone")


@pytest.mark.skipif(sys.platform != "linux", reason="worker processes are forked on Linux only")
def test_a_template_error_in_a_worker_names_the_template_and_leaves_the_site_as_it_was(tmp_path, source):
    assert run_build(source, tmp_path / "out", "--jobs", "2").returncode == 0
    before = tree_bytes(tmp_path / "out")
    templates = write_tree(tmp_path / "templates", {
        p.name: p.read_text(encoding="utf-8") for p in (ROOT / "templates").glob("*.html")})
    article = templates / "article.html"
    article.write_text(article.read_text(encoding="utf-8").replace("{% block main %}", "{% block main %}\n{{ 1 / 0 }}"),
                       encoding="utf-8")
    line = article.read_text(encoding="utf-8").splitlines().index("{{ 1 / 0 }}") + 1
    config = write_tree(tmp_path, {"site.yaml": f"templates: {templates}\n"}) / "site.yaml"
    failed = run_build(source, tmp_path / "out", "--jobs", "2", "--config", str(config))
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert f"error: {article}:{line}: template error while rendering articles/" in failed.stderr
    assert tree_bytes(tmp_path / "out") == before
    assert sorted(p.name for p in tmp_path.iterdir() if ".building-" in p.name) == []


def test_without_pages_or_workers_no_pool_is_made(tmp_path, monkeypatch):
    """Rendering in the build's own process must work where processes cannot be forked (Windows)."""
    monkeypatch.setattr(multiprocessing, "get_context", lambda method: pytest.fail(f"a {method} pool was made"))
    job = RenderJob(ROOT / "templates", SiteConfig(), tmp_path / "out", tmp_path / "site", None)
    for tasks, workers in (([], 2), ([RenderTask(Page("404", "404.html", "404.html", "x"), False)], 0)):
        with RenderPool(job, tasks, workers=workers) as pool:
            assert list(pool.finished(wait=True)) == []


def test_article_pages_go_to_workers_in_chunks_and_every_other_page_alone():
    def task(kind: str, n: int) -> RenderTask:
        return RenderTask(Page(kind, f"{kind}.html", f"{kind}/{n}.html", "x"), kind == "article")
    tasks = [task("article", n) for n in range(CHUNK + 5)] + [task("actor", n) for n in range(3)] + [task("article", 0)]
    assert list(task_ranges(tasks)) == [(0, CHUNK), (CHUNK, CHUNK + 5), (CHUNK + 5, CHUNK + 6), (CHUNK + 6, CHUNK + 7),
                                        (CHUNK + 7, CHUNK + 8), (CHUNK + 8, CHUNK + 9)]


def test_no_workers_for_few_pages_one_core_or_while_other_threads_run():
    """(That a single-threaded build on several cores does use them is the first test's.)"""
    assert worker_count(2, PARALLEL_FROM - 1) == 0
    assert worker_count(1, 10 * PARALLEL_FROM) == 0
    stop = threading.Event()
    serving = threading.Thread(target=stop.wait)  # as under `serve`: another thread is running
    serving.start()
    try:
        assert worker_count(4, 10 * PARALLEL_FROM) == 0
    finally:
        stop.set()
        serving.join()
