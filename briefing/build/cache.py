"""A persistent build cache: prepared articles keyed by their bytes and everything that shapes them.

Each entry is one file, written atomically, carrying a checksum of its payload: a truncated or
garbled entry is detected and treated as a miss, never trusted. An entry's text (the body HTML)
stays in the file: loading returns where it is, and a page reads it when it is rendered. The cache holds only what the
user's own build wrote there, with the same trust as the project's code.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
import struct
import sys
import zlib
from pathlib import Path

from briefing import __version__
from briefing.stored import StoredText, prune_files, read_checked_json, write_checked_json, write_whole

# An entry: magic, SHA-256 of the sizes and the value, sizes, the pickled value, then the text's
# UTF-8 bytes, whose CRC-32 is among the sizes (checked as an entry is loaded and as its text is read).
_MAGIC = b"briefing-cache-3\n"
_SIZES = struct.Struct(">QQI")
"""The value's length, the text's length and the text's CRC-32."""
_HEADER_OFFSET = len(_MAGIC) + hashlib.sha256().digest_size
_TEXT_OFFSET = _HEADER_OFFSET + _SIZES.size


# The libraries whose versions change what a build writes (HTML, sanitising, Markdown, the index).
_DEPENDENCIES = ("jinja2", "markupsafe", "markdown", "pymdown-extensions", "python-frontmatter", "nh3", "pyyaml",
                 "pagefind", "pagefind_bin_extended", "pagefind_bin", "trafilatura", "htmldate", "lxml", "justext")


@functools.lru_cache(maxsize=1)
def dependency_versions() -> str:
    """Return the Python version and the installed versions of the libraries that shape the output."""
    installed = _installed_versions()
    return "\n".join([sys.version, *(f"{name}={installed.get(_canonical(name), 'none')}" for name in _DEPENDENCIES)])


def _installed_versions() -> dict[str, str]:
    """Return the version of each distribution on sys.path, by its canonical name, as its metadata folder
    names it ("Jinja2-3.1.4.dist-info"): a listing of a few folders, where importlib.metadata costs a build
    some 30 ms to import and ask."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info"):
                project, _, version = name.removesuffix(".dist-info").partition("-")
                found.setdefault(_canonical(project), version)
    return found


def _canonical(name: str) -> str:
    """Return a project's name as packaging compares them ("PyYAML", "pymdown_extensions" -> "pyyaml", "pymdown-extensions")."""
    return re.sub(r"[-_.]+", "-", name).lower()


def code_fingerprint(*extra: bytes) -> str:
    """Return a hash of the package's code and data, the libraries' versions and extra inputs
    (settings, gazetteer): upgrading a library invalidates what it helped to make."""
    digest = hashlib.sha256(__version__.encode() + b"\0" + dependency_versions().encode())
    package = Path(__file__).resolve().parent.parent
    for path in sorted([*package.rglob("*.py"), *package.glob("data/*")]):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for part in extra:
        digest.update(b"\0" + part)
    return digest.hexdigest()


class BuildCache:
    """Entries under folder/articles/, one file each: a value and a text each, e.g. a prepared article
    and its body HTML. Disabled when folder is None.

    A scratch cache (scratch=True, a build without the cache) lasts one build: it looks nothing up,
    keeps no values, and appends the texts to one file per process, not one file per entry: ten
    thousand files fewer to write, then to delete.
    """

    def __init__(self, folder: Path | None, fingerprint: str, *, scratch: bool = False) -> None:
        self.folder = folder / "articles" if folder else None
        self.fingerprint = fingerprint
        self.scratch = scratch

    def key(self, data: bytes) -> str:
        """Return the entry key for one source file's bytes."""
        return hashlib.sha256(self.fingerprint.encode() + b"\0" + data).hexdigest()

    def get(self, key: str) -> tuple[object, StoredText] | None:
        """Return the cached value and its stored text, or None when absent, stale or damaged."""
        if self.folder is None or self.scratch:
            return None
        path = self.folder / key
        try:
            return _unpack(path.read_bytes(), str(path))
        except OSError:
            return None

    def put(self, key: str, value: object, text: str) -> StoredText | None:
        """Store a value and its text; return where the text is, or None when the cache cannot be
        written (never fatal: the caller keeps the text itself)."""
        if self.folder is None:
            return None
        if self.scratch:
            return _append_text(self.folder, text)
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        data = text.encode("utf-8")
        header = _SIZES.pack(len(payload), len(data), zlib.crc32(data))
        target = self.folder / key
        if not write_whole(target, b"".join((_MAGIC, _checksum(header, payload), header, payload, data))):
            return None
        return StoredText(str(target), _TEXT_OFFSET + len(payload), len(data), zlib.crc32(data))

    def prune(self, keep: set[str]) -> None:
        """Delete entries not used by this build, so the cache does not grow without bound."""
        if self.folder is not None and not self.scratch:
            prune_files(self.folder, keep)


class SourceKeys:
    """The cache key of each article file as the last build found it, by file name and signature
    (size, times, inode), kept beside the cache entries: a build does not read a file whose
    signature is unchanged to learn its key. Only settled files are recorded (see load.SETTLED_NS).

    scope names what the keys were made under (source folder, code and settings): another scope
    starts empty. The file carries a checksum; a damaged one is ignored.
    """

    def __init__(self, file: Path | None, scope: str) -> None:
        self.file, self.scope = file, scope
        self._known = self._load()

    def key(self, name: str, signature: tuple[int, ...]) -> str | None:
        """Return the key of a file whose signature is the one recorded, or None."""
        entry = self._known.get(name)
        return entry[-1] if entry and signature and tuple(entry[:-1]) == signature else None

    def save(self, known: dict[str, tuple[tuple[int, ...], str]]) -> None:
        """Record the signature and key of each file (by name), if anything changed; never fatal."""
        entries = {name: [*signature, key] for name, (signature, key) in known.items()}
        if self.file is None or entries == self._known:
            return
        if write_checked_json(self.file, {"scope": self.scope, "files": entries}):
            self._known = entries

    def _load(self) -> dict[str, list]:
        data = read_checked_json(self.file)
        if not isinstance(data, dict) or data.get("scope") != self.scope or not isinstance(data.get("files"), dict):
            return {}
        return data["files"]


def _append_text(folder: Path, text: str) -> StoredText | None:
    """Append a text to this process's file in folder; return where it is, or None if it cannot be written."""
    data = text.encode("utf-8")
    path = folder / f"texts-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(path, "ab") as handle:
            offset = handle.tell()
            handle.write(data)
    except OSError:
        return None
    return StoredText(str(path), offset, len(data), zlib.crc32(data))


def _checksum(*parts: bytes) -> bytes:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
    return digest.digest()


def _unpack(blob: bytes, path: str) -> tuple[object, StoredText] | None:
    """Return an entry's value and where its text is, or None if the entry is not whole and ours."""
    if not blob.startswith(_MAGIC) or len(blob) < _TEXT_OFFSET:
        return None
    header = blob[_HEADER_OFFSET:_TEXT_OFFSET]
    value_length, text_length, crc = _SIZES.unpack(header)
    if len(blob) != _TEXT_OFFSET + value_length + text_length:
        return None
    payload, text = blob[_TEXT_OFFSET:_TEXT_OFFSET + value_length], blob[_TEXT_OFFSET + value_length:]
    if _checksum(header, payload) != blob[len(_MAGIC):_HEADER_OFFSET] or zlib.crc32(text) != crc:
        return None
    try:
        value = pickle.loads(payload)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None  # written by another version of the classes: rebuild the entry
    return value, StoredText(path, _TEXT_OFFSET + value_length, text_length, crc)
