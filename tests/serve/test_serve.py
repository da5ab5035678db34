"""`briefing serve` without a browser: URL mapping, the injected reload snippet, watching, failed rebuilds."""

from __future__ import annotations

import json
import shutil
import threading
import urllib.error
import urllib.request
from dataclasses import replace
from http import HTTPStatus
from pathlib import Path
from typing import Iterator

import pytest
from browser_support import indexed_pages
from conftest import ROOT, write_tree

from briefing.cli import main
from briefing.config import make_config
from briefing.serve.server import (
    EVENTS_PATH,
    PreviewServer,
    Status,
    StatusBoard,
    inject,
    rebuild,
    reload_snippet,
    resolve,
    watch,
    watched_paths,
)

GOOD = "---\ntitle: Good\ndate: 2020-01-02\n---\nSome text.\n"


def test_resolve_maps_urls_under_the_base_path(built_site):
    status = Status(1, built_site, "/briefing/")
    assert resolve(status, "/briefing/") == (HTTPStatus.OK, built_site / "index.html")
    assert resolve(status, "/briefing/static/css/site.css") == (HTTPStatus.OK, built_site / "static/css/site.css")
    assert resolve(status, "/") == (HTTPStatus.FOUND, "/briefing/")
    assert resolve(status, "/briefing") == (HTTPStatus.FOUND, "/briefing/")
    assert resolve(status, "/briefing/articles") == (HTTPStatus.MOVED_PERMANENTLY, "/briefing/articles/")


@pytest.mark.parametrize("path", ["/briefing/nope.html", "/elsewhere/index.html", "/briefing/../../etc/passwd",
                                  "/briefing/%2e%2e/%2e%2e/etc/passwd", "/briefing/articles/"])
def test_resolve_answers_404_with_the_sites_own_page(built_site, path):
    assert resolve(Status(1, built_site, "/briefing/"), path) == (HTTPStatus.NOT_FOUND, built_site / "404.html")


def test_snippet_goes_before_the_last_body_end_tag():
    page = b"<html><body><p>x</p></body></html>"
    assert inject(page, "<script></script>") == b"<html><body><p>x</p><script></script></body></html>"
    assert inject(b"<p>no body", "<s>") == b"<p>no body<s>"


def test_snippet_carries_the_state_safely():
    snippet = reload_snippet(Status(7, Path("dist"), "/", error="bad </script><b>"))
    assert "bad </script>" not in snippet and "bad \\u003c/script>\\u003cb>" in snippet
    assert '"generation": 7' in snippet and EVENTS_PATH in snippet and "EventSource" in snippet


def test_a_failed_rebuild_keeps_the_generation_and_reports_the_error(tmp_path, capsys):
    source = write_tree(tmp_path / "src", {"a.txt": GOOD})
    config = make_config({"source": source, "out": tmp_path / "out"})
    board = StatusBoard(Status(0, config.out, "/"))
    rebuild(lambda: config, board)
    assert board.current == Status(1, config.out, "/")
    good_page = (tmp_path / "out" / "index.html").read_bytes()
    (source / "a.txt").write_text("---\ntitle: Good\n", encoding="utf-8")
    rebuild(lambda: config, board)
    assert board.current.generation == 1 and "a.txt" in board.current.error
    assert "build failed; still serving the last good build" in capsys.readouterr().err
    assert (tmp_path / "out" / "index.html").read_bytes() == good_page
    (source / "a.txt").write_text(GOOD, encoding="utf-8")
    rebuild(lambda: config, board)
    assert board.current == Status(2, config.out, "/")


def test_board_wakes_waiters_on_change():
    board = StatusBoard(Status(0, Path("dist"), "/"))
    seen = board.current
    timer = threading.Timer(0.05, board.publish, args=(Status(1, Path("dist"), "/"),))
    timer.start()
    assert board.wait_for_change(seen, timeout=5).generation == 1
    assert board.wait_for_change(board.current, timeout=0.01).generation == 1


@pytest.fixture()
def preview(built_site) -> Iterator[tuple[str, StatusBoard]]:
    board = StatusBoard(Status(3, built_site, "/briefing/"))
    server = PreviewServer(("127.0.0.1", 0), board)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", board
    board.stop()
    server.shutdown()
    server.server_close()


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()


def test_server_injects_the_snippet_into_html_only(preview, built_site):
    address, _ = preview
    code, kind, body = fetch(address + "/briefing/")
    assert code == 200 and kind == "text/html; charset=utf-8"
    assert EVENTS_PATH.encode() in body and b'"generation": 3' in body
    assert body.replace(reload_snippet(Status(3, built_site, "/briefing/")).encode(), b"") == \
        (built_site / "index.html").read_bytes()
    code, kind, body = fetch(address + "/briefing/static/css/site.css")
    assert code == 200 and kind.startswith("text/css") and body == (built_site / "static/css/site.css").read_bytes()
    assert fetch(address + "/briefing/pagefind/2018-2022/pagefind.js")[0] == 200


def test_server_answers_missing_pages_with_404_html(preview, built_site):
    address, _ = preview
    code, _, body = fetch(address + "/briefing/no/such/page")
    assert code == 404 and b"Page not found" in body and EVENTS_PATH.encode() in body


def test_event_stream_sends_the_status_and_then_its_changes(preview, built_site):
    address, board = preview
    with urllib.request.urlopen(address + EVENTS_PATH, timeout=5) as stream:
        assert stream.headers["Content-Type"] == "text/event-stream"
        assert json.loads(stream.readline().removeprefix(b"data: ")) == {"generation": 3, "error": ""}
        assert stream.readline() == b"\n"
        board.publish(Status(3, built_site, "/briefing/", error="seeds/a.txt:2: bad"))
        assert json.loads(stream.readline().removeprefix(b"data: ")) == {"generation": 3,
                                                                          "error": "seeds/a.txt:2: bad"}


def test_serve_rejects_a_bad_port(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--port", "http"])
    assert exit_.value.code == 2
    assert "must be a port number from 0 to 65535, got 'http'" in capsys.readouterr().err


def test_a_published_build_has_no_reload_snippet(built_site):
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert EVENTS_PATH not in text and "EventSource" not in text, page


def test_a_template_error_is_reported_and_the_site_kept(tmp_path, capsys):
    source = write_tree(tmp_path / "src", {"a.txt": GOOD})
    templates = Path(shutil.copytree(ROOT / "templates", tmp_path / "templates"))
    config = make_config({"source": source, "out": tmp_path / "out", "templates": templates})
    board = StatusBoard(Status(0, config.out, "/"))
    rebuild(lambda: config, board)
    assert board.current.generation == 1 and board.current.error == ""
    (templates / "timeline.html").write_text("{% extends 'base.html' %}{% block main %}{{ nope( }}{% endblock %}")
    rebuild(lambda: config, board)
    assert board.current.generation == 1 and "timeline.html" in board.current.error
    assert "timeline.html" in capsys.readouterr().err
    assert "Timeline" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_a_rebuild_reloads_the_pages_before_it_indexes_search(tmp_path, capsys):
    """The new article's page is there when the tab reloads; its text reaches the index just after."""
    source = write_tree(tmp_path / "src", {"a.md": "---\ntitle: Alpha\ndate: 2020-03-01\n---\nAbout harbours.\n"})
    config = make_config({"source": source, "out": tmp_path / "out"})
    board = StatusBoard(Status(0, config.out, "/"))
    rebuild(lambda: config, board)
    page = tmp_path / "out" / "articles" / "2020-05-01-gamma.html"
    seen_at_reload = []
    real_publish = board.publish

    def publish(status: Status) -> None:
        seen_at_reload.append((status.generation, page.is_file(), _indexed_text(tmp_path / "out")))
        real_publish(status)
    board.publish = publish  # type: ignore[method-assign]
    capsys.readouterr()
    index_before = _indexed_text(tmp_path / "out")
    write_tree(source, {"c.md": "---\ntitle: Gamma\ndate: 2020-05-01\n---\nAbout ferries.\n"})
    rebuild(lambda: config, board)
    assert seen_at_reload == [(2, True, index_before)]  # one reload, the page there, the index not yet
    assert "ferries" in _indexed_text(tmp_path / "out") and board.current.generation == 2
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Built 2 articles in ") and out[0].endswith(" s; indexing search...")
    assert out[1].startswith("Search index updated (2 pages indexed) in ")


def _indexed_text(site: Path) -> str:
    return " ".join(sorted(indexed_pages(site).values()))


def test_a_rebuild_with_nothing_changed_does_not_reload_the_pages(tmp_path, capsys):
    source = write_tree(tmp_path / "src", {"a.txt": GOOD})
    config = make_config({"source": source, "out": tmp_path / "out"})
    board = StatusBoard(Status(0, config.out, "/"))
    rebuild(lambda: config, board)
    rebuild(lambda: config, board)
    assert board.current == Status(1, config.out, "/")
    assert capsys.readouterr().out.splitlines()[-1] == "Nothing changed since the last build"
    board.publish(replace(board.current, error="an earlier failure"))  # then the inputs went back
    rebuild(lambda: config, board)
    assert board.current == Status(2, config.out, "/")  # reloaded, the error banner gone


def test_serve_watches_the_gazetteer_and_outlets_files_the_settings_name(tmp_path):
    config = make_config({"source": str(tmp_path / "articles"), "gazetteer": str(tmp_path / "cast.yaml"),
                          "outlets": str(tmp_path / "papers.yaml")})
    paths = watched_paths(lambda: config, tmp_path / "briefing.yaml")
    assert {tmp_path / "cast.yaml", tmp_path / "papers.yaml", tmp_path / "briefing.yaml"} <= set(paths)


def test_the_watcher_ends_when_the_server_stops(tmp_path, capsys):
    """Stopping the server ends the watcher's wait: its file events are closed before Python exits."""
    source = write_tree(tmp_path / "src", {"a.txt": GOOD})
    config = make_config({"source": source, "out": tmp_path / "out", "search": False})
    board = StatusBoard(Status(0, config.out, "/"))
    rebuild(lambda: config, board)
    watcher = threading.Thread(target=watch, args=(lambda: config, board, tmp_path / "briefing.yaml"), daemon=True)
    watcher.start()
    rebuilt_on_change(board, source / "b.txt")
    board.stop()
    watcher.join(timeout=30)
    assert not watcher.is_alive()


def rebuilt_on_change(board: StatusBoard, file: Path) -> None:
    """Write file (again each second, in case the watcher had not started looking) until a
    rebuild is published; at most a minute."""
    status = board.current
    for attempt in range(60):
        file.write_text(GOOD.replace("Good", f"Edit {attempt}"), encoding="utf-8")
        status = board.wait_for_change(status, 1.0)
        if status.generation > 1:
            return
    raise AssertionError(f"no rebuild: {board.current}")
