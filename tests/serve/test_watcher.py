"""What `serve` watches: snapshots that tell any change, and the system's word (through watchfiles) that something changed."""

from __future__ import annotations

import os
import threading

from conftest import write_tree

from briefing.serve.watcher import ChangeWaiter, snapshot


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


def test_the_system_says_when_a_watched_file_changes(tmp_path):
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


def test_a_change_during_the_wait_ends_it(tmp_path):
    folder = write_tree(tmp_path / "src", {"a.md": "one"})
    with ChangeWaiter() as waiter:
        waiter.wait((folder,))  # the watches are set
        later = threading.Timer(0.2, lambda: (folder / "a.md").write_text("changed"))
        later.start()
        woken = waiter.wait((folder,))
        later.join()
    assert woken is True


def test_a_neighbour_of_the_config_file_does_not_wake_the_wait(tmp_path):
    folder = write_tree(tmp_path / "src", {"a.md": "one"})
    config = tmp_path / "briefing.yaml"
    with ChangeWaiter() as waiter:
        waiter.wait((folder, config))
        (tmp_path / "notes.txt").write_text("not watched")
        assert waiter.wait((folder, config)) is False


def test_a_folder_made_during_serving_is_watched_from_the_next_wait(tmp_path):
    folder = write_tree(tmp_path / "src", {"a.md": "one"})
    with ChangeWaiter() as waiter:
        waiter.wait((folder,))
        (folder / "new").mkdir()
        assert waiter.wait((folder,)) is True
        waiter.wait((folder,))  # now watching new/ too (a write before this is for the snapshots to tell)
        (folder / "new" / "b.css").write_text("b{}")
        assert waiter.wait((folder,)) is True


def test_where_the_system_has_no_events_waiting_is_polling(tmp_path, monkeypatch):
    monkeypatch.setenv("WATCHFILES_FORCE_POLLING", "1")
    folder = write_tree(tmp_path / "src", {"a.md": "one"})
    with ChangeWaiter() as waiter:
        assert not waiter.notified
        waiter.wait((folder,))
        (folder / "a.md").write_text("changed")
        assert waiter.wait((folder,)) is True
