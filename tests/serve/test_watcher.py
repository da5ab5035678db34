"""What `serve` watches: snapshots that tell any change, and the kernel's word that something changed."""

from __future__ import annotations

import os
import sys
import threading

import pytest
from conftest import write_tree

from briefing.serve.watcher import POLL_SECONDS, ChangeWaiter, snapshot


def test_snapshot_sees_edits_additions_and_removals(tmp_path):
    folder = write_tree(tmp_path / "src", {"a.txt": "one", "sub/b.css": "b{}"})
    config = tmp_path / "briefing.yaml"
    before = snapshot((folder, config))
    assert snapshot((folder, config)) == before
    (folder / "a.txt").write_text("one, longer")
    edited = snapshot((folder, config))
    assert edited != before
    config.write_text("title: X\n")
    assert snapshot((folder, config)) != edited
    (folder / "sub" / "b.css").write_text("b{}")  # same size; the change time moves on any write
    stamp = os.stat(folder / "sub" / "b.css").st_mtime_ns
    with_config = snapshot((folder, config))
    (folder / "sub" / "b.css").write_text("c{}")
    os.utime(folder / "sub" / "b.css", ns=(stamp, stamp))
    assert snapshot((folder, config)) != with_config
    (folder / "a.txt").unlink()
    assert all("a.txt" not in path for path, _, _, _ in snapshot((folder, config)))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's")
def test_on_linux_the_kernel_says_when_a_watched_file_changes(tmp_path):
    folder = write_tree(tmp_path / "src", {"a.md": "one", "css/site.css": "a{}"})
    config = tmp_path / "briefing.yaml"
    with ChangeWaiter() as waiter:
        assert waiter.notified
        assert waiter.wait((folder, config)) is False  # nothing happened: the fallback timeout
        (folder / "b.md").write_text("two")
        assert waiter.wait((folder, config)) is True
        (folder / "css" / "site.css").write_text("b{}")  # in a sub-folder
        assert waiter.wait((folder, config)) is True
        config.write_text("title: X\n")  # a watched file, not a folder
        assert waiter.wait((folder, config)) is True
        assert waiter.wait((folder, config)) is False  # the events were all read


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux's")
def test_a_change_during_the_wait_ends_it(tmp_path):
    folder = write_tree(tmp_path / "src", {"a.md": "one"})
    with ChangeWaiter() as waiter:
        waiter.wait((folder,))  # the watches are set
        later = threading.Timer(0.2, lambda: (folder / "a.md").write_text("changed"))
        later.start()
        woken = waiter.wait((folder,))
        later.join()
    assert woken is True


def test_without_inotify_waiting_is_polling(tmp_path, monkeypatch):
    monkeypatch.setattr("briefing.serve.watcher._libc", lambda: None)
    slept = []
    monkeypatch.setattr("briefing.serve.watcher.time.sleep", slept.append)
    with ChangeWaiter() as waiter:
        assert not waiter.notified
        assert waiter.wait((tmp_path,)) is False
    assert slept == [POLL_SECONDS]
