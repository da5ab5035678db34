"""Preview a site: build, serve it on 127.0.0.1 under its base URL, rebuild on change and reload the tab."""

from __future__ import annotations

import json
import mimetypes
import posixpath
import sys
import threading
import time
from dataclasses import dataclass, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import unquote, urlsplit

from briefing.build.engine import BuildReport, build
from briefing.build.pipeline import remember_articles
from briefing.build.folders import static_folder, templates_folder
from briefing.build.interrupts import EXIT_INTERRUPTED, interrupted_note
from briefing.build.memo import BuildMemo
from briefing.errors import BuildError
from briefing.records import SiteConfig
from briefing.serve.watcher import ChangeWaiter, snapshot

HOST = "127.0.0.1"
EVENTS_PATH = "/__briefing/events"
"""The server-sent events stream the reload snippet listens to; it exists only in serve mode."""
SETTLE_SECONDS = 0.1
"""Editors save in several writes; wait this long after a change before building."""
KEEPALIVE_SECONDS = 15.0
WATCHER_STOP_SECONDS = 5.0
"""How long stopping the server waits for the watcher (and a rebuild it may be running) to end."""


@dataclass(frozen=True, slots=True)
class Status:
    """What is served and what the browser is told: the build generation, where it is, the last error."""

    generation: int
    root: Path
    base_url: str
    error: str = ""


class StatusBoard:
    """Holds the current Status of one server and wakes the event streams when it changes."""

    def __init__(self, status: Status) -> None:
        self._status = status
        self._changed = threading.Condition()
        self.stopped = threading.Event()
        """Set when the server stops: the event streams end, and so does the watcher's wait."""

    @property
    def stopping(self) -> bool:
        """True once the server is stopping."""
        return self.stopped.is_set()

    @property
    def current(self) -> Status:
        """Return the status now."""
        with self._changed:
            return self._status

    def publish(self, status: Status) -> None:
        """Replace the status and wake every waiting event stream."""
        with self._changed:
            self._status = status
            self._changed.notify_all()

    def stop(self) -> None:
        """Tell every event stream to finish."""
        with self._changed:
            self.stopped.set()
            self._changed.notify_all()

    def wait_for_change(self, seen: Status, timeout: float) -> Status:
        """Return the status once it differs from seen, or after timeout (unchanged)."""
        with self._changed:
            self._changed.wait_for(lambda: self._status != seen or self.stopping, timeout)
            return self._status


def serve(load: Callable[[], SiteConfig], *, config_file: Path, port: int) -> int:
    """Build, serve and watch until Ctrl-C; return the exit code: 0 when stopped while serving, 130 when
    Ctrl-C interrupted the first build (a later rebuild in progress ends with the process: it wrote
    nothing yet, and the next build removes its temporary folder)."""
    config = load()
    board = StatusBoard(Status(0, config.out, config.base_url))
    try:
        server = PreviewServer((HOST, port), board)
    except OSError as error:
        print(f"error: cannot listen on {HOST}:{port}: {error.strerror} (choose another --port)", file=sys.stderr)
        return 1
    memo = BuildMemo()
    try:
        rebuild(load, board, memo)
    except KeyboardInterrupt:
        server.server_close()
        print(interrupted_note(config.out), file=sys.stderr, flush=True)
        return EXIT_INTERRUPTED
    watcher = threading.Thread(target=watch, args=(load, board, config_file, memo), daemon=True)
    try:
        watcher.start()
        print(f"Serving http://{HOST}:{server.server_address[1]}{config.base_url} (watching {config.source}/, "
              f"templates, static and {config_file}; Ctrl-C to stop)", flush=True)
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        print("\nStopped.", flush=True)
    finally:
        board.stop()
        server.server_close()
        # The watcher's wait ends at once (it watches board.stopped); its file events are then closed,
        # rather than left to a thread inside native code while Python shuts down. A rebuild in
        # progress is not waited for long: it wrote nothing yet, and the next build removes its folder.
        watcher.join(timeout=WATCHER_STOP_SECONDS)
    return 0


def rebuild(load: Callable[[], SiteConfig], board: StatusBoard, memo: BuildMemo | None = None) -> None:
    """Build once and publish the outcome; a failed build keeps the last good site served.

    The pages come first: search shards whose articles changed are indexed by a second build
    after the tab has reloaded (it keeps every page, so it reloads nothing unless the files
    changed again in between). memo carries what one build leaves for the next.
    """
    started = time.perf_counter()
    built = _build_or_report(load, board, memo, search_later=True)
    if built is None:
        return
    config, report = built
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if report.up_to_date and not board.current.error:
        print("Nothing changed since the last build", flush=True)
        return  # the open pages are current: no reload
    later = "; indexing search..." if report.search_pending else ""
    print(f"Built {report.articles} articles in {time.perf_counter() - started:.2f} s{later}", flush=True)
    board.publish(Status(board.current.generation + 1, config.out, config.base_url))
    if report.search_pending:
        built = _build_or_report(load, board, memo, search_later=False)
        if built is None:
            return
        config, report = built
        indexed = report.search.indexed_pages if report.search else 0
        print(f"Search index updated ({indexed} pages indexed) in {time.perf_counter() - started:.2f} s",
              flush=True)
        if report.reused < report.pages:  # the files changed again meanwhile: show the new pages
            board.publish(Status(board.current.generation + 1, config.out, config.base_url))


def _build_or_report(load: Callable[[], SiteConfig], board: StatusBoard, memo: BuildMemo | None,
                     *, search_later: bool) -> tuple[SiteConfig, BuildReport] | None:
    """Load the settings and build; on failure print and publish the error and return None."""
    try:
        config = load()
        return config, build(config, search_later=search_later, memo=memo)
    except (BuildError, OSError) as error:
        if memo:
            memo.forget()
        print(f"error: build failed; still serving the last good build:\n{error}", file=sys.stderr, flush=True)
        board.publish(replace(board.current, error=str(error)))
        return None


def watch(load: Callable[[], SiteConfig], board: StatusBoard, config_file: Path,
          memo: BuildMemo | None = None) -> None:
    """Rebuild whenever the watched files change (told by the operating system's file events
    through watchfiles; see watcher.py).

    First, if the first build found nothing to do, memo is filled as a build would have filled it,
    so that the first rebuild reads only what changed.
    """
    seen = snapshot(watched_paths(load, config_file))
    if memo is not None and memo.empty:
        _remember(load, memo)
    with ChangeWaiter(stop=board.stopped) as waiter:
        while not board.stopping:
            paths = watched_paths(load, config_file)
            waiter.wait(paths)
            if snapshot(paths) != seen:
                time.sleep(SETTLE_SECONDS)
                seen = snapshot(watched_paths(load, config_file))
                rebuild(load, board, memo)


def _remember(load: Callable[[], SiteConfig], memo: BuildMemo) -> None:
    try:
        remember_articles(load(), memo)
    except (BuildError, OSError):  # the build reported it already; the next rebuild reads everything
        memo.forget()


def watched_paths(load: Callable[[], SiteConfig], config_file: Path) -> tuple[Path, ...]:
    """Return the articles, templates and static folders in use, the config file, and the gazetteer
    and outlets files it names (whether or not they exist yet: creating one is a change too)."""
    try:
        config = load()
    except BuildError:  # a broken config file: keep watching it, and the default folders
        config = SiteConfig()
    return (config.source, templates_folder(config), static_folder(config), config_file, config.gazetteer,
            config.outlets)


def resolve(status: Status, url_path: str) -> tuple[HTTPStatus, Path | str]:
    """Map a URL path to (status, file to send), or (redirect status, new location)."""
    base = status.base_url
    if url_path in ("/", base.rstrip("/")) and url_path != base:
        return HTTPStatus.FOUND, base
    if not url_path.startswith(base):
        return HTTPStatus.NOT_FOUND, status.root / "404.html"
    relative = posixpath.normpath("/" + unquote(url_path[len(base):])).lstrip("/")
    file = status.root / relative
    if file.is_dir():
        if not url_path.endswith("/"):
            return HTTPStatus.MOVED_PERMANENTLY, url_path + "/"
        file = file / "index.html"
    inside = file.resolve().is_relative_to(status.root.resolve())
    if inside and file.is_file():
        return HTTPStatus.OK, file
    return HTTPStatus.NOT_FOUND, status.root / "404.html"


def reload_snippet(status: Status) -> str:
    """Return the script the server adds to every HTML response: reload on rebuild, show build errors."""
    state = json.dumps({"generation": status.generation, "error": status.error}).replace("<", "\\u003c")
    template = (Path(__file__).resolve().parent.parent / "data" / "serve-reload.html").read_text(encoding="utf-8")
    return template.replace("__STATE__", state).replace("__EVENTS__", EVENTS_PATH)


def inject(page: bytes, snippet: str) -> bytes:
    """Insert the snippet before the last </body> (or at the end when there is none)."""
    at = page.lower().rfind(b"</body>")
    at = len(page) if at < 0 else at
    return page[:at] + snippet.encode("utf-8") + page[at:]


class PreviewServer(ThreadingHTTPServer):
    """A threaded HTTP server for one preview, holding its StatusBoard."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], board: StatusBoard) -> None:
        self.board = board
        super().__init__(address, PreviewHandler)


class PreviewHandler(BaseHTTPRequestHandler):
    """Serves the last good build under the base URL, the event stream, and the reload snippet."""

    server: PreviewServer

    def do_GET(self) -> None:
        """Answer a GET request."""
        path = urlsplit(self.path).path
        if path == EVENTS_PATH:
            self._stream_events()
        else:
            self._send_site(path)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the terminal for build messages, not one line per request."""

    def _send_site(self, path: str) -> None:
        status = self.server.board.current
        code, target = resolve(status, path)
        if isinstance(target, str):
            self.send_response(code)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if target.is_file():
            body, kind = target.read_bytes(), mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        else:  # nothing built yet: the first build failed
            code, kind = HTTPStatus.SERVICE_UNAVAILABLE, "text/html"
            body = b"<!doctype html><title>Build failed</title><body><h1>No site built yet</h1></body>"
        if kind == "text/html":
            body = inject(body, reload_snippet(status))
        self.send_response(code)
        self.send_header("Content-Type", f"{kind}; charset=utf-8" if kind.startswith("text/") else kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _stream_events(self) -> None:
        board = self.server.board
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        status = board.current
        try:
            self._event(status)
            while not board.stopping:
                new = board.wait_for_change(status, KEEPALIVE_SECONDS)
                if new == status:
                    self.wfile.write(b": keep-alive\n\n")
                    self.wfile.flush()
                else:
                    self._event(new)
                status = new
        except (BrokenPipeError, ConnectionResetError):  # the tab was closed or reloaded
            return

    def _event(self, status: Status) -> None:
        data = json.dumps({"generation": status.generation, "error": status.error})
        self.wfile.write(f"data: {data}\n\n".encode("utf-8"))
        self.wfile.flush()
