"""What every worker process of a build does first: leave Ctrl-C to the build, and die with it."""

from __future__ import annotations

import os
import signal
import threading
import time

PARENT_CHECK_SECONDS = 0.5


def start_worker(build: int) -> None:
    """Prepare a worker process of the build whose process id is build (a process pool's initializer).

    Ctrl-C reaches every process of the terminal's group: the build's own process handles it and
    stops the pool, so a worker ignores it instead of printing a traceback of its own. A worker
    whose build died (SIGKILL, a crash) would otherwise sleep forever holding the output pipe: a
    watchdog thread ends it once its parent is gone. The build's id comes from the build itself,
    not from os.getppid() here: a build that dies while this worker starts would make that the
    id of the process that adopted the worker, and the worker would wait for it forever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.getppid() != build:
        os._exit(1)
    threading.Thread(target=_exit_when_orphaned, args=(build,), daemon=True, name="orphan-watchdog").start()


def _exit_when_orphaned(parent: int) -> None:
    """End this process at once when its parent has died (it is then adopted by another process)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
