"""Texts kept on disk and read when printed, and files written whole: shared by every stage."""

from __future__ import annotations

import os
import shutil
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import fail


@dataclass(frozen=True, slots=True)
class StoredText:
    """A text kept in a cache entry and read only when it is printed: an article's body HTML.

    A build holds these instead of the texts, so its memory does not grow with the briefing's
    words; a template prints one with {{ body }} (Jinja calls __html__), Python code with str().
    """

    file: str
    offset: int
    length: int
    crc: int
    """CRC-32 of the text's bytes, checked on every read (the entry's checksum was checked when it was loaded)."""

    def __str__(self) -> str:
        try:
            with open(self.file, "rb") as handle:
                handle.seek(self.offset)
                data = handle.read(self.length)
        except OSError as error:
            raise fail(self.file, f"the build cache changed during the build ({error.strerror}); "
                                  "run the build again") from None
        if len(data) != self.length or zlib.crc32(data) != self.crc:
            raise fail(self.file, "the build cache changed during the build; run the build again")
        return data.decode("utf-8")

    def __html__(self) -> str:
        return str(self)


Body = str | StoredText
"""An article's body HTML, or where the build cache keeps it: str() gives the HTML either way."""


def write_whole(target: Path, data: bytes) -> bool:
    """Write a cache file all at once (into a temporary file beside it, renamed over it), so no
    reader sees half of one; return False when it cannot be written: a cache only saves time."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temp, target)
    except OSError:
        return False
    return True


def prune_files(folder: Path, keep: set[str]) -> None:
    """Delete the files in folder whose names are not in keep, and any sub-folder (an older layout's).

    Entries are kept side by side in one folder: on ext4, writing 10,000 files spread over 256
    sub-folders costs five times the kernel time of writing them into one.
    """
    try:
        with os.scandir(folder) as entries:
            stale = [(entry.path, entry.is_dir(follow_symlinks=False)) for entry in entries if entry.name not in keep]
    except OSError:
        return
    for path, is_folder in stale:
        try:
            if is_folder:
                shutil.rmtree(path)
            else:
                os.unlink(path)
        except OSError:  # gone already, or not ours to delete: pruning only saves space
            continue
