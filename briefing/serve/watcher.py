"""Notice changes to the files `serve` watches: a snapshot of their stats, compared between looks,
and on Linux the kernel's inotify to say when to look again instead of looking every 0.3 s."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import sys
import time
from pathlib import Path
from types import TracebackType

Snapshot = frozenset[tuple[str, int, int, int]]

POLL_SECONDS = 0.3
"""How often to look without inotify."""
FALLBACK_SECONDS = 1.0
"""How often to look anyway with inotify (a folder made since the watches were set is not watched yet)."""
_EVENTS = 0x2 | 0x4 | 0x8 | 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800
"""IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE, IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE, IN_DELETE,
IN_DELETE_SELF, IN_MOVE_SELF."""


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

    With inotify (Linux) the wait ends as soon as the kernel reports a change in a watched
    folder; elsewhere it is a plain sleep of POLL_SECONDS. Either way the caller compares
    snapshots to tell what changed: a wake-up is only a hint. A context manager.
    """

    def __init__(self) -> None:
        self._libc = _libc()
        self._fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC) if self._libc else -1

    @property
    def notified(self) -> bool:
        """True when the kernel tells of changes (inotify); False when waiting means polling."""
        return self._fd >= 0

    def __enter__(self) -> ChangeWaiter:
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def wait(self, paths: tuple[Path, ...]) -> bool:
        """Watch the folders among paths (with their sub-folders) and the folders holding the
        files among them; return True when told of a change, False after the timeout."""
        if self._fd < 0:
            time.sleep(POLL_SECONDS)
            return False
        for folder in _folders(paths):
            self._libc.inotify_add_watch(self._fd, os.fsencode(folder), _EVENTS)  # again: same watch
        readable, _, _ = select.select([self._fd], [], [], FALLBACK_SECONDS)
        if not readable:
            return False
        self._drain()
        return True

    def _drain(self) -> None:
        while True:
            try:
                if not os.read(self._fd, 65536):
                    return
            except BlockingIOError:
                return


def _folders(paths: tuple[Path, ...]) -> list[str]:
    """Return every folder under the folders among paths, and the folder of each other path."""
    folders = []
    for path in paths:
        if path.is_dir():
            folders.extend(root for root, _, _ in os.walk(path))
        elif path.parent.is_dir():
            folders.append(str(path.parent))
    return folders


def _libc() -> ctypes.CDLL | None:
    """Return the C library if it offers inotify (Linux), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None
    return libc if hasattr(libc, "inotify_init1") and hasattr(libc, "inotify_add_watch") else None
