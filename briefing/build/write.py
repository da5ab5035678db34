"""Write a site all or nothing: into a temporary sibling folder swapped in at the end, or, over an
earlier build's output, file by file with every move undone if one fails (SitePatcher)."""

from __future__ import annotations

import os
import posixpath
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from briefing import __version__
from briefing.build.interrupts import uninterrupted
from briefing.build.lock import temporary_prefix
from briefing.errors import BuildError, Problem
from briefing.slugs import check_site_path

MARKER = ".briefing-site"
KEPT_FILES = ("CNAME",)
"""Files a user puts into the output folder by hand (GitHub Pages custom domain) survive rebuilds."""


def check_output_folder(out: Path, source: Path) -> None:
    """Refuse, before anything is deleted, an output folder whose replacement would destroy work."""
    target = out.resolve()
    dangerous = {Path.cwd().resolve(), Path.home().resolve(), Path(target.anchor)}
    reason = ""
    if target in dangerous or target in Path.cwd().resolve().parents:
        reason = "it is the current folder, one of its parents, your home or the root"
    elif target == source.resolve() or target in source.resolve().parents:
        reason = "it holds the articles (the source folder)"
    elif (target / ".git").exists():
        reason = "it contains a .git folder"
    elif target.exists() and not target.is_dir():
        reason = "it is a file, not a folder"
    elif target.is_dir() and any(target.iterdir()) and not (target / MARKER).exists():
        reason = "it is not empty and was not written by briefing"
    if reason:
        raise BuildError([Problem(str(out), f"refusing to use this output folder: {reason} "
                                            "(choose a dedicated folder such as dist/)")])


class SiteWriter:
    """Collects a site in a temporary folder; on success replaces the output folder in one swap.

    Used as a context manager, it makes the folder and swaps it in; made with temp (a worker
    process writing pages into a build that another writer owns), it only writes files.
    """

    def __init__(self, out: Path, *, temp: Path | None = None) -> None:
        self.out = out
        self.written: set[str] = set()
        self.temp = temp
        self._folders: set[Path] = set()

    def __enter__(self) -> SiteWriter:
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self.temp = Path(tempfile.mkdtemp(prefix=temporary_prefix(self.out, "building"), dir=self.out.parent))
        except OSError as error:
            raise _write_error(self.out, error) from None
        return self

    def __exit__(self, kind: type | None, error: BaseException | None, trace: TracebackType | None) -> None:
        assert self.temp is not None
        if error is not None:
            shutil.rmtree(self.temp, ignore_errors=True)
            if isinstance(error, OSError):
                raise _write_error(self.out, error) from None
            return
        try:
            self._finish()
        except BaseException as failure:
            shutil.rmtree(self.temp, ignore_errors=True)
            if isinstance(failure, OSError):
                raise _write_error(self.out, failure) from None
            raise

    def write_text(self, path: str, text: str) -> Path:
        """Write one file of the site (UTF-8, \\n line endings); refuse to write a path twice."""
        return self.write_bytes(path, text.encode("utf-8"))

    def write_lines(self, path: str, lines: Iterable[str]) -> Path:
        """Write one file of the site from pieces of text, without holding it all (see write_text)."""
        return self.write_bytes(path, (line.encode("utf-8") for line in lines))

    def write_bytes(self, path: str, data: bytes | Iterable[bytes]) -> Path:
        """Write one file of the site; refuse paths outside the site and paths written before."""
        target = self._target(path)
        try:
            self._make_folder(target.parent)
            if isinstance(data, bytes):
                target.write_bytes(data)
            else:
                with target.open("wb") as file:
                    file.writelines(data)
        except OSError as error:
            error.filename = str(self.out / path)  # name the file in the site, not in the temporary folder
            raise _write_error(self.out, error) from None
        return target

    def link(self, path: str, existing: str | Path) -> None:
        """Put an unchanged file of the previous build at path: a hard link, or a copy across devices."""
        target = self._target(path)
        try:
            self._make_folder(target.parent)
            _link_file(existing, target)
        except OSError as error:
            error.filename = str(self.out / path)
            raise _write_error(self.out, error) from None

    def link_tree(self, folder: Path, into: str) -> None:
        """Put every file of a folder of the previous build into the site under into/."""
        for root, folders, files in os.walk(folder):
            folders.sort()
            relative = os.path.relpath(root, folder)
            inside = into if relative == "." else posixpath.join(into, relative.replace(os.sep, "/"))
            for name in sorted(files):
                source = os.path.join(root, name)
                if not os.path.islink(source):
                    self.link(posixpath.join(inside, name), Path(source))

    def current(self, path: str) -> Path:
        """Return where the file written or linked at path is now (its bytes can be read there)."""
        assert self.temp is not None
        return self.temp / check_site_path(path)

    def _make_folder(self, folder: Path) -> None:
        # Thousands of pages share a few folders: one mkdir each, not one per file.
        if folder not in self._folders:
            folder.mkdir(parents=True, exist_ok=True)
            self._folders.add(folder)

    def link_previous(self, *, skip: str) -> None:
        """Put every file of the previous output into the site, except the top-level entry skip."""
        for entry in sorted(os.scandir(self.out), key=lambda e: e.name):
            if entry.name in (skip, MARKER, *KEPT_FILES):  # the marker and kept files are _finish's
                continue
            if entry.is_dir(follow_symlinks=False):
                self.link_tree(Path(entry.path), entry.name)
            elif entry.is_file(follow_symlinks=False):
                self.link(entry.name, Path(entry.path))

    def copy_tree(self, folder: Path, into: str) -> None:
        """Copy a folder's files into the site (symbolic links are not followed)."""
        for file in sorted(folder.rglob("*")):
            if file.is_file() and not file.is_symlink():
                self.write_bytes(posixpath.join(into, file.relative_to(folder).as_posix()), file.read_bytes())

    def _target(self, path: str) -> Path:
        assert self.temp is not None
        return self.temp / self._claim(path)

    def _claim(self, path: str) -> str:
        """Return path normalised, noting it as written; refuse paths outside the site and paths written before."""
        try:
            normal = check_site_path(path)
        except ValueError as error:
            raise BuildError([Problem(path, str(error))]) from None
        if normal.casefold() in self.written:
            raise BuildError([Problem(path, "two outputs would be written to this path")])
        self.written.add(normal.casefold())
        return normal

    def _finish(self) -> None:
        assert self.temp is not None
        (self.temp / MARKER).write_text(f"built by briefing {__version__}\n", encoding="utf-8")
        for name in KEPT_FILES:
            if (self.out / name).is_file() and name not in self.written:
                shutil.copy2(self.out / name, self.temp / name)
        os.chmod(self.temp, 0o755)
        old = Path(tempfile.mkdtemp(prefix=temporary_prefix(self.out, "old"), dir=self.out.parent)) / "site"
        try:
            with uninterrupted():
                if self.out.exists():
                    os.replace(self.out, old)
                try:
                    os.replace(self.temp, self.out)
                except OSError:
                    if old.exists():
                        os.replace(old, self.out)  # put the previous site back: a failed build changes nothing
                    raise
        finally:
            shutil.rmtree(old.parent, ignore_errors=True)


_MOVES_PER_LINK = 4
"""Moving a file in (keeping the old one until the end) costs about four times linking one (measured)."""


class SitePatcher(SiteWriter):
    """Updates an output folder an earlier build wrote, in place, all or nothing.

    New and changed files are written into a temporary folder; at the end each is moved over the
    file it replaces and the files no longer part of the site are moved out, every move recorded
    so that a failure puts every file back. Linking a file or folder of the output to its own
    path keeps it where it is: adding one article to a briefing of 10,000 moves a few dozen files
    instead of linking 20,000 into a new folder. (Readers of the folder may see old and new files
    side by side for the moment the moves take; a failed build leaves it as it was.)
    """

    def __init__(self, out: Path) -> None:
        super().__init__(out)
        self._out = str(out)
        self._kept: set[str] = set()
        """Paths of files and folders kept where they are, relative to the output folder."""

    def link(self, path: str, existing: str | Path) -> None:
        """Keep a file of the output at its own path; put any other file at path as SiteWriter does."""
        if os.fspath(existing) != os.path.join(self._out, path):
            super().link(path, existing)
        else:
            self._kept.add(self._claim(path))  # refuses a path written twice, as for any other file

    def link_tree(self, folder: Path, into: str) -> None:
        """Keep a folder of the output at its own path; copy any other folder in as SiteWriter does."""
        if folder != self.out / into:
            super().link_tree(folder, into)
        else:
            self._kept.add(check_site_path(into))

    def current(self, path: str) -> Path:
        normal = check_site_path(path)
        if normal in self._kept or any(folder in self._kept for folder in _parents(normal)):
            return self.out / normal
        return super().current(path)

    def _finish(self) -> None:
        assert self.temp is not None
        written = _files_under(self.temp)
        kept = self._kept_files()
        if len(written) * _MOVES_PER_LINK >= len(kept):
            # Much of the site is new (a template edit): a new folder swapped in costs less than moving.
            self._swap_in_new_folder(kept)
            return
        (self.temp / MARKER).write_text(f"built by briefing {__version__}\n", encoding="utf-8")
        undo = Path(tempfile.mkdtemp(prefix=temporary_prefix(self.out, "undo"), dir=self.out.parent))
        moves: list[tuple[str, str]] = []
        with uninterrupted():
            try:
                for path in [*written, MARKER]:
                    self._move_in(path, undo, moves)
                for path in self._stale(set(written)):
                    _move(self.out / path, undo / path)
                    moves.append(("removed", path))
            except BaseException:
                self._undo(moves, undo)
                raise
            finally:
                shutil.rmtree(undo, ignore_errors=True)
                shutil.rmtree(self.temp, ignore_errors=True)
        _remove_empty_parents(self.out, [path for kind, path in moves if kind == "removed"])

    def _swap_in_new_folder(self, kept: list[str]) -> None:
        """Put the kept files into the new folder and swap it in.

        A kept folder (a search bundle of thousands of files) is moved in whole rather than linked
        file by file, since the old output is deleted after the swap; if the swap fails, the
        folders are moved back and the old output is as it was.
        """
        assert self.temp is not None
        folders = [path for path in sorted(self._kept) if (self.out / path).is_dir()
                   and not any(path.startswith(f"{outer}/") for outer in self._kept)]
        inside = tuple(f"{folder}/" for folder in folders)
        moved: list[str] = []
        try:
            with uninterrupted():
                for folder in folders:
                    _move(self.out / folder, self.temp / folder)
                    moved.append(folder)
            for path in kept:
                if not path.startswith(inside):
                    _link_or_copy(self.out / path, self.temp / path)
            super()._finish()
        except BaseException:
            with uninterrupted():
                for folder in reversed(moved):
                    _move(self.temp / folder, self.out / folder)
            raise

    def _kept_files(self) -> list[str]:
        """Return the paths of the files kept, those of the kept folders' files included."""
        files = []
        for path in sorted(self._kept):
            if (self.out / path).is_dir():
                files.extend(f"{path}/{inside}" for inside in _files_under(self.out / path))
            else:
                files.append(path)
        return files

    def _move_in(self, path: str, undo: Path, moves: list[tuple[str, str]]) -> None:
        """Move a written file over the output's file at path, keeping the old one in undo."""
        assert self.temp is not None
        target = self.out / path
        if target.is_dir() and not target.is_symlink():  # a folder where the site now has a file
            _move(target, undo / path)
            moves.append(("removed", path))
        if target.is_file() or target.is_symlink():
            _link_or_copy(target, undo / path)  # the old file stays in place until the new one replaces it
            os.replace(self.temp / path, target)
            moves.append(("replaced", path))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.temp / path, target)
            moves.append(("added", path))

    def _stale(self, written: set[str]) -> list[str]:
        """Return the output's files that this build neither wrote nor kept (a removed article's page)."""
        kept_files = {MARKER, *KEPT_FILES}
        stale = []
        for root, folders, files in os.walk(self.out):
            relative = os.path.relpath(root, self.out).replace(os.sep, "/")
            relative = "" if relative == "." else relative + "/"
            folders[:] = sorted(f for f in folders if relative + f not in self._kept)
            stale.extend(relative + name for name in sorted(files)
                         if relative + name not in written and relative + name not in self._kept
                         and relative + name not in kept_files)
        return stale

    def _undo(self, moves: list[tuple[str, str]], undo: Path) -> None:
        """Put every file moved so far back where it was."""
        for kind, path in reversed(moves):
            if kind == "added":
                (self.out / path).unlink(missing_ok=True)
            else:
                _move(undo / path, self.out / path)
        _remove_empty_parents(self.out, [path for kind, path in moves if kind == "added"])


def _parents(path: str) -> list[str]:
    """Return "a/b" and "a" for "a/b/c.html"."""
    parts = path.split("/")[:-1]
    return ["/".join(parts[:i]) for i in range(len(parts), 0, -1)]


def _files_under(folder: Path) -> list[str]:
    """Return the relative paths of every file under folder, sorted."""
    found = []
    for root, _, files in os.walk(folder):
        relative = os.path.relpath(root, folder).replace(os.sep, "/")
        found.extend(name if relative == "." else f"{relative}/{name}" for name in files)
    return sorted(found)


def _link_or_copy(source: str | Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    _link_file(source, target)


def _link_file(source: str | Path, target: Path) -> None:
    """Hard-link source at target, or copy it where links are impossible (across devices, some file systems)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _move(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)


def _remove_empty_parents(out: Path, paths: Iterable[str]) -> None:
    """Remove the folders of out that moving the files at paths away left empty (a removed year's bundle)."""
    for folder in sorted({parent for path in paths for parent in _parents(path)}, key=len, reverse=True):
        try:
            (out / folder).rmdir()
        except OSError:  # not empty, or already gone
            pass


def _write_error(out: Path, error: OSError) -> BuildError:
    """Return the BuildError for a failed write: which file, what the system said."""
    where = error.filename or out
    return BuildError([Problem(str(where), f"cannot write the site: {error.strerror or error} "
                                           f"(check free space and permissions; {out} was left as it was)")])
