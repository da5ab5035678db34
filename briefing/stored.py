"""Texts kept on disk and read when printed, and files written whole: shared by every stage."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import fail
from briefing.fastpickle import fast_pickle


@fast_pickle  # a worker pickles one for every article it prepares, and the build unpickles it
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


_CHECKSUM = hashlib.sha256().digest_size * 2
"""Hex digits of a checked file's first line (see write_checked)."""


def write_checked(target: Path, body: bytes) -> bool:
    """Write a cache file whose first line is the SHA-256 of the rest, so a damaged one is told
    (see read_checked); return False when it cannot be written."""
    return write_whole(target, hashlib.sha256(body).hexdigest().encode() + b"\n" + body)


def read_checked(file: Path | None) -> memoryview | None:
    """Return the body of a file written by write_checked, or None when there is no file or it is
    unreadable or damaged (a view, not a copy: such a file may hold megabytes)."""
    try:
        data = file.read_bytes() if file else b""
    except OSError:
        return None
    body = memoryview(data)[_CHECKSUM + 1:]
    if not data or hashlib.sha256(body).hexdigest().encode() != data[:_CHECKSUM]:
        return None
    return body


def write_checked_json(target: Path, data: object) -> bool:
    """Write data as JSON in a checked file (see write_checked)."""
    return write_checked(target, json.dumps(data, sort_keys=True).encode())


def read_checked_json(file: Path | None) -> object:
    """Return the JSON of a checked file, or None when there is none or it is damaged."""
    body = read_checked(file)
    try:
        return json.loads(str(body, "utf-8")) if body is not None else None
    except ValueError:  # UnicodeDecodeError included
        return None
