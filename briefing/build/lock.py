"""One build at a time per output folder, and the leftovers of builds that were killed.

A build holds an exclusive lock on a file beside its output folder (`.dist.lock` for `dist/`)
for as long as it runs. The operating system releases the lock when the process ends, however
it ends (Ctrl-C, SIGKILL, power loss), so a lock left by a dead build is simply taken over; the
file keeps the holder's process id, for the message a second build prints. While the lock is
held no other build of that output runs, so the temporary folders beside it named for it are
leftovers of killed builds, and are removed.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.errors import fail

TEMPORARY_KINDS = ("building", "undo", "scratch", "old")
"""The temporary folders a build makes beside its output: `.dist.building-*` (search staging
folders are named after the build folder), `.dist.undo-*`, `.dist.scratch-*`, and `.dist.old-*`
(the previous output for the instant of the swap)."""


def lock_path(out: Path) -> Path:
    """Return the lock file of an output folder: beside it, never inside (the folder is swapped)."""
    return out.parent / f".{out.name}.lock"


def temporary_prefix(out: Path, kind: str) -> str:
    """Return the name prefix of a temporary folder of the given kind for this output folder."""
    assert kind in TEMPORARY_KINDS
    return f".{out.name}.{kind}-"


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the output folder's build lock; raise BuildError naming the holder if another build has it."""
    path = lock_path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+", encoding="utf-8")  # held open for the whole build
    except OSError as error:
        raise fail(str(path), f"cannot create the build lock ({error.strerror}); check that the output "
                              "folder's parent is writable") from None
    with handle:
        if not _try_lock(handle):
            raise fail(str(out), f"another build (process {_holder(handle)}) is writing this output folder; "
                                 f"wait for it to finish, or stop it, then build again (lock: {path})")
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            _unlock(handle)


def remove_leftovers(out: Path) -> int:
    """Remove the temporary folders that killed builds of this output left beside it; return how many.

    Call only while holding output_lock(out): then none of them belongs to a running build.
    """
    _restore_interrupted_swap(out)
    prefixes = tuple(temporary_prefix(out, kind) for kind in TEMPORARY_KINDS)
    try:
        leftovers = [entry.path for entry in os.scandir(out.parent)
                     if entry.name.startswith(prefixes) and entry.is_dir(follow_symlinks=False)]
    except OSError:
        return 0
    for folder in leftovers:
        shutil.rmtree(folder, ignore_errors=True)
    return len(leftovers)


def _restore_interrupted_swap(out: Path) -> None:
    """Put the previous output back if a build died between moving it aside and moving the new one in."""
    if out.exists():
        return
    for old in sorted(out.parent.glob(temporary_prefix(out, "old") + "*/site")):
        os.replace(old, out)
        return


def _holder(handle) -> str:
    """Return the process id the lock file names, or 'unknown'."""
    handle.seek(0)
    text = handle.read().strip()
    return text if text.isdigit() else "unknown"


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
