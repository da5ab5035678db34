"""A persistent build cache: prepared articles keyed by their bytes and everything that shapes them.

Each entry is one file, written atomically, carrying a checksum of its payload: a truncated or
garbled entry is detected and treated as a miss, never trusted. The cache holds only what the
user's own build wrote there, with the same trust as the project's code.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from briefing import __version__

_MAGIC = b"briefing-cache-1\n"
_DIGEST = hashlib.sha256().digest_size


# The libraries whose versions change what a build writes (HTML, sanitising, Markdown, the index).
_DEPENDENCIES = ("jinja2", "markupsafe", "cmarkgfm", "nh3", "pyyaml", "pagefind", "pagefind_bin_extended",
                 "pagefind_bin")


@functools.lru_cache(maxsize=1)
def dependency_versions() -> str:
    """Return the Python version and the installed versions of the libraries that shape the output."""
    versions = [sys.version]
    for name in _DEPENDENCIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=none")
    return "\n".join(versions)


def code_fingerprint(*extra: bytes) -> str:
    """Return a hash of the package's code and data, the libraries' versions and extra inputs
    (settings, gazetteer): upgrading a library invalidates what it helped to make."""
    digest = hashlib.sha256(__version__.encode() + b"\0" + dependency_versions().encode())
    package = Path(__file__).resolve().parent
    for path in sorted([*package.glob("*.py"), *package.glob("data/*")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for part in extra:
        digest.update(b"\0" + part)
    return digest.hexdigest()


class BuildCache:
    """Entries under folder/<fingerprint-prefix>/; disabled when folder is None."""

    def __init__(self, folder: Path | None, fingerprint: str) -> None:
        self.folder = folder / "articles" if folder else None
        self.fingerprint = fingerprint

    def key(self, data: bytes) -> str:
        """Return the entry key for one source file's bytes."""
        return hashlib.sha256(self.fingerprint.encode() + b"\0" + data).hexdigest()

    def get(self, key: str) -> object | None:
        """Return the cached value, or None when absent, stale or damaged."""
        if self.folder is None:
            return None
        try:
            return _unpack((self.folder / key[:2] / key).read_bytes())
        except OSError:
            return None

    def put(self, key: str, value: object) -> None:
        """Store a value; a cache that cannot be written is skipped, never fatal."""
        if self.folder is None:
            return
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        target = self.folder / key[:2] / key
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            with os.fdopen(handle, "wb") as file:
                file.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
            os.replace(temp, target)
        except OSError:
            return

    def prune(self, keep: set[str]) -> None:
        """Delete entries not used by this build, so the cache does not grow without bound."""
        if self.folder is None or not self.folder.is_dir():
            return
        for entry in self.folder.glob("*/*"):
            if entry.name not in keep:
                entry.unlink(missing_ok=True)


def _unpack(blob: bytes) -> object | None:
    header = len(_MAGIC) + _DIGEST
    if not blob.startswith(_MAGIC) or len(blob) < header:
        return None
    payload = blob[header:]
    if hashlib.sha256(payload).digest() != blob[len(_MAGIC):header]:
        return None
    try:
        return pickle.loads(payload)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None  # written by another version of the classes: rebuild the entry
