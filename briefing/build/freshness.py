"""Tell whether a build would change anything: a stamp of every input and output, like make's.

After a build, a stamp records a digest of its inputs (the article files' names and file-system
stats, the templates, gazetteer, configuration, code and environment), one of the static files,
and one of the output folder's files. When the next build finds them all unchanged, the site in
the output folder is exactly what it would write, so it is left as it is; when only the static
files changed, every page is still good and only static/ is written again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import Problem

_VERSION = 2
STAMP = "stamp.json"


@dataclass(frozen=True, slots=True)
class Stamp:
    """What the last build read and wrote, and what it reported."""

    inputs: str
    static: str
    """The digest of the static files, apart: when only they changed, the pages are still good."""
    outputs: str
    articles: int
    pages: int
    warnings: tuple[Problem, ...]


def input_digest(source: Path, files: list[Path], setting: str) -> str:
    """Hash the source folder's entries and the bytes of every other input file, with the settings.

    Article files are hashed by name and stat (size, times, inode), not read: a changed article
    always changes its stat, and reading ten thousand files is what a fresh check must avoid.
    """
    digest = hashlib.sha256(setting.encode())
    try:
        entries = sorted(os.scandir(source), key=lambda e: e.name)
    except OSError:
        entries = []
    for entry in entries:
        digest.update(f"{entry.name}\0{entry.is_symlink()}\0{_stat(entry.path)}\n".encode())
        if entry.name.endswith("_files") and entry.is_dir(follow_symlinks=False):
            # A saved page's images are copied at every build: an image edited in place changes no stat above.
            for path in folder_files(Path(entry.path)):
                digest.update(f"{path}\0{_stat(str(path))}\n".encode())
    digest.update(files_digest(files).encode())
    return digest.hexdigest()


def files_digest(files: list[Path]) -> str:
    """Hash the paths and bytes of files."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(f"\0{path}\0".encode())
        digest.update(_file_bytes(path))
    return digest.hexdigest()


def folder_files(folder: Path) -> list[Path]:
    """Return every file under folder, sorted (an absent folder has none)."""
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


def output_digest(out: Path) -> str:
    """Hash the names and stats of every file and folder in the output folder."""
    digest = hashlib.sha256()
    for root, dirs, names in os.walk(out):
        dirs.sort()
        # os.path.relpath(path, out) for each of ten thousand files is a third of a second: the same, per folder.
        inside = "" if root == str(out) else os.path.relpath(root, out) + os.sep
        for name in sorted(names) + dirs:
            digest.update(f"{inside}{name}\0{_stat(os.path.join(root, name))}\n".encode())
    return digest.hexdigest()


def _stat(path: str) -> tuple[int, int, int, int, int] | None:
    # ctime cannot be set back by hand, and a hard link or edit changes it: a safe change detector.
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mode, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino


def _file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b"\0unreadable"


def read_stamp(folder: Path) -> Stamp | None:
    """Return the stamp of the last build kept in the cache folder, or None."""
    try:
        data = json.loads((folder / STAMP).read_text(encoding="utf-8"))
        if data.get("version") != _VERSION:
            return None
        return Stamp(data["inputs"], data["static"], data["outputs"], int(data["articles"]), int(data["pages"]),
                     tuple(Problem(*w) for w in data["warnings"]))
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None


def write_stamp(folder: Path, stamp: Stamp) -> None:
    """Keep the stamp for the next build; a stamp that cannot be written only costs speed."""
    data = json.dumps({"version": _VERSION, "inputs": stamp.inputs, "static": stamp.static, "outputs": stamp.outputs,
                       "articles": stamp.articles, "pages": stamp.pages,
                       "warnings": [[w.path, w.message, w.line, w.column] for w in stamp.warnings]})
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp = folder / f"{STAMP}.tmp-{os.getpid()}"
        temp.write_text(data, encoding="utf-8")
        os.replace(temp, folder / STAMP)
    except OSError:
        return


def remove_stamp(folder: Path) -> None:
    """Forget the last build's stamp, so the next build runs whatever the inputs."""
    try:
        (folder / STAMP).unlink(missing_ok=True)
    except OSError:  # then the output digest in it no longer matches: the next build runs anyway
        return
