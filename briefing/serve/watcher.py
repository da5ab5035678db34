"""Notice changes to the files `serve` watches: a snapshot of their stats, compared between looks,
and watchfiles (the operating system's own file events on Linux, macOS and Windows) to say when to
look again."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import watchfiles

Snapshot = frozenset[tuple[str, int, int, int]]

FALLBACK_SECONDS = 1.0
"""How long a wait lasts without an event: then the caller looks anyway, and folders made since
the wait began are watched from the next wait on."""
_GROUP_MS = 300
"""Events this close together end one wait (a save is often several writes)."""


def snapshot(paths: tuple[Path, ...]) -> Snapshot:
    """Return (path, modification time, change time, size) of every file under the given files and folders."""
    files = []
    for path in paths:
        if path.is_dir():
            files.extend(os.path.join(root, name) for root, _, names in os.walk(path) for name in names)
        else:
            files.append(str(path))
    found = set()
    for file in files:
        try:
            info = os.stat(file)
        except OSError:  # deleted between listing and stat, or never there
            continue
        found.add((file, info.st_mtime_ns, info.st_ctime_ns, info.st_size))
    return frozenset(found)


class ChangeWaiter:
    """Waits until something may have changed under some folders, or a timeout passes.

    The operating system reports changes (through watchfiles); the caller compares snapshots to
    tell what changed: a wake-up is only a hint. A context manager.
    """

    def __init__(self, stop: threading.Event | None = None) -> None:
        """stop, once set, ends a wait at once (and every wait after it)."""
        self._stop_event = stop
        self._folders: tuple[str, ...] = ()
        self._events: Iterator[set[tuple[watchfiles.Change, str]]] | None = None

    @property
    def notified(self) -> bool:
        """True when the system tells of changes; False when watchfiles was told to poll instead
        (WATCHFILES_FORCE_POLLING, for file systems without events such as some network mounts)."""
        return not os.environ.get("WATCHFILES_FORCE_POLLING")

    def __enter__(self) -> ChangeWaiter:
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self._stop()

    def wait(self, paths: tuple[Path, ...]) -> bool:
        """Watch the folders among paths (with their sub-folders) and the folders holding the
        files among them; return True when told of a change, False after the timeout."""
        folders = _folders(paths)
        if not folders:
            time.sleep(FALLBACK_SECONDS)
            return False
        if folders != self._folders or self._events is None:
            # Folders came or went since the last wait: that is a change already (watch them from now on).
            changed = self._events is not None
            self._stop()
            self._folders = folders
            self._events = watchfiles.watch(*folders, watch_filter=_Relevant(paths), recursive=False,
                                            debounce=_GROUP_MS, rust_timeout=int(FALLBACK_SECONDS * 1000),
                                            yield_on_timeout=True, raise_interrupt=False, stop_event=self._stop_event)
            if changed:
                return True
        try:
            return bool(next(self._events, set()))
        except OSError:  # a watched folder went away: the next wait watches what is there then
            self._stop()
            return False

    def _stop(self) -> None:
        if self._events is not None:
            self._events.close()  # ends watchfiles' watch and its thread
            self._events = None


class _Relevant:
    """Keeps the events of the watched folders' trees and of the watched files, not their neighbours'."""

    def __init__(self, paths: tuple[Path, ...]) -> None:
        # Real paths on both sides: some systems report events under the resolved path (macOS /private/var).
        self._trees = tuple(os.path.join(os.path.realpath(p), "") for p in paths if p.is_dir())
        self._files = {os.path.realpath(p) for p in paths if not p.is_dir()}

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        real = os.path.realpath(path)
        return real.startswith(self._trees) or real in self._files


def _folders(paths: tuple[Path, ...]) -> tuple[str, ...]:
    """Return every folder under the folders among paths, and the folder of each other path."""
    folders = []
    for path in paths:
        if path.is_dir():
            folders.extend(os.path.abspath(root) for root, _, _ in os.walk(path))
        elif path.parent.is_dir():
            folders.append(os.path.abspath(path.parent))
    return tuple(sorted(set(folders)))
