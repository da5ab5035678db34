"""Ctrl-C during a build: stop at once, say so in one line, leave the output as it was.

Python turns Ctrl-C into a KeyboardInterrupt raised wherever the main thread happens to be, which
in a build with worker processes and indexing threads can land inside a library's lock handling
(a fork hook, an import) and leave a thread waiting forever. So a build handles the signal
itself: the handler removes the build's temporary folders and ends the process with exit code
130. The operating system then releases the build lock. The one moment the output folder changes (the
swap, or the moves of an in-place update) runs uninterrupted: Ctrl-C then waits for it to end.
The handler kills the build's worker processes before it removes the folders they write into.

The handler and the flags it reads are process-wide by nature, as signal handlers are.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

EXIT_INTERRUPTED = 130
"""The shells' exit code for a command stopped by Ctrl-C (128 + SIGINT)."""


class _Interrupts:
    """What the SIGINT handler needs to know: whether the output is being swapped right now."""

    def __init__(self) -> None:
        self.critical = 0


_STATE = _Interrupts()


def interrupted_note(out: Path | None) -> str:
    """Return the one line that says Ctrl-C stopped a build: a build writes all or nothing."""
    return f"interrupted; {os.fspath(out)}/ left as it was" if out else "interrupted"


@contextmanager
def exit_on_interrupt(out: Path, cleanup: Callable[[], object]) -> Iterator[None]:
    """While inside, Ctrl-C runs cleanup, prints the one line and exits 130 (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers belong to the main thread; a build in another thread keeps Python's default
        return

    build = os.getpid()

    def stop(signum: int, frame: object) -> None:
        if os.getpid() != build:
            # A worker forked a moment ago, before its initializer set Ctrl-C aside, inherited this
            # handler: it leaves quietly, and the build's own process cleans up and says so.
            os._exit(EXIT_INTERRUPTED)
        if _STATE.critical:
            return  # the output is being swapped: let it finish, the build is done then
        _stop_workers()
        cleanup()
        sys.stderr.write("\n" + interrupted_note(out) + "\n")
        sys.stderr.flush()
        os._exit(EXIT_INTERRUPTED)  # no unwinding through threads and pools that may never return

    previous = signal.signal(signal.SIGINT, stop)
    if hasattr(signal, "pthread_sigmask"):
        # A process started with Ctrl-C blocked (a parent's mask is inherited) would never see it.
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _stop_workers() -> None:
    """Kill this build's worker processes, so none writes into a folder being removed."""
    workers = multiprocessing.active_children()
    for worker in workers:
        worker.kill()
    for worker in workers:
        worker.join(timeout=2)


@contextmanager
def uninterrupted() -> Iterator[None]:
    """Run the block to its end even if Ctrl-C is pressed meanwhile (the output folder's swap)."""
    _STATE.critical += 1
    try:
        yield
    finally:
        _STATE.critical -= 1
