"""The only module that reads input: article files into Sources, and the optional config file."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from briefing.errors import BuildError, Problem
from briefing.read.front_matter import split_front_matter
from briefing.read.frontmatter_yaml import FrontMatterError, parse_front_matter
from briefing.read.page_files import (
    PAGE_SUFFIXES,
    companion_signature,
    is_companion,
    is_page,
    read_companions,
)
from briefing.records import Source

ARTICLE_SUFFIXES = (".txt", ".md", *PAGE_SUFFIXES)
_CONTROL_CHARACTERS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
_INVISIBLE_CHARACTERS = r"\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_CONTROL = re.compile(f"[{_CONTROL_CHARACTERS}]")
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARACTERS}]")
_CONTROL_OR_INVISIBLE = re.compile(f"[{_CONTROL_CHARACTERS}{_INVISIBLE_CHARACTERS}]")
_MOJIBAKE = re.compile(r"â€|Ã[\x80-\xbf©¡³±­¼¶§]|Â[\xa0-\xbf]")
_MOJIBAKE_LEADS = "âÃÂ"
"""The characters every match of _MOJIBAKE starts with."""


SETTLED_NS = 2_000_000_000
"""A file last written this long before it was read can be known again by its signature: a later
write lands in a later clock tick, so it changes the modification time (file times tick coarsely)."""


@dataclass(frozen=True, slots=True)
class FoundFile:
    """An article file in the source folder, not yet read."""

    shown: str
    name: str
    path: Path
    signature: tuple[int, ...]
    """Size, modification and change times, inode and device: any write to the file changes it."""


@dataclass(frozen=True, slots=True)
class ArticleFile:
    """The raw bytes of one article file, before decoding (what the build cache is keyed on)."""

    shown: str
    name: str
    data: bytes
    signature: tuple[int, ...] = ()
    settled: bool = False
    """True when the file had not been written for SETTLED_NS before it was read: its signature
    then stands for these bytes until the file is written again."""
    sidecar: bytes | None = None
    """A saved page's `<name>.html.yaml` of editorial overrides, when it has one."""
    saved: tuple[str, ...] = ()
    """The files of a saved page's `<name>_files/` folder, relative to the articles folder."""

    def content(self) -> bytes:
        """Return every byte the article is made from (what the build cache is keyed on)."""
        if self.sidecar is None and not self.saved:
            return self.data
        listing = "\0".join(self.saved).encode()
        return b"\0".join((self.data, b"sidecar", self.sidecar or b"", b"saved", listing))


def find_article_files(folder: Path) -> tuple[tuple[FoundFile, ...], tuple[Problem, ...]]:
    """List every article (.txt, .md, saved .html page) in folder, sorted by name, without reading
    them; return the files and warnings about what was skipped (not a page's own files)."""
    if not folder.is_dir():
        raise BuildError([Problem(str(folder), "source folder not found (pass --source DIR)")])
    found: list[FoundFile] = []
    warnings: list[Problem] = []
    shown_folder = display_path(folder)
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda e: e.name)
        names = {entry.name for entry in entries}
        for entry in entries:
            if entry.name.startswith(".") or is_companion(entry.name, names):
                continue
            shown = entry.name if shown_folder == "." else os.path.join(shown_folder, entry.name)
            skipped = _skip_reason(entry)
            if skipped:
                warnings.append(Problem(shown, skipped))
                continue
            try:
                info = entry.stat()
            except OSError:
                info = None  # reading it reports why
            signature = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev) if info else ()
            if signature and is_page(entry.name):
                signature += companion_signature(Path(entry.path))
            found.append(FoundFile(shown, entry.name, Path(entry.path), signature))
    return tuple(found), tuple(warnings)


def read_found_files(found: Sequence[FoundFile]) -> tuple[tuple[ArticleFile, ...], tuple[Problem, ...]]:
    """Read the bytes of found files; return them and an error for each file that cannot be read."""
    files: list[ArticleFile] = []
    problems: list[Problem] = []
    for file in found:
        started = time.time_ns()
        try:
            data = file.path.read_bytes()
            sidecar, saved = read_companions(file.path) if is_page(file.name) else (None, ())
        except OSError as error:
            problems.append(Problem(file.shown, f"cannot read the file: {error.strerror or error} "
                                                "(check its permissions)"))
            continue
        settled = bool(file.signature) and file.signature[1] < started - SETTLED_NS
        files.append(ArticleFile(file.shown, file.name, data, file.signature, settled, sidecar, saved))
    return tuple(files), tuple(problems)


def read_article_files(folder: Path) -> tuple[tuple[ArticleFile, ...], tuple[Problem, ...], tuple[Problem, ...]]:
    """Read the bytes of every .txt and .md article in folder (sorted); return files, warnings and errors.

    Unreadable files are returned as errors, so a build can report them with every other problem.
    """
    found, warnings = find_article_files(folder)
    files, problems = read_found_files(found)
    return files, warnings, problems


def load_sources(folder: Path) -> tuple[tuple[Source, ...], tuple[Problem, ...], tuple[Problem, ...]]:
    """Read and decode every article in folder; return sources, warnings and errors."""
    files, warnings, problems = read_article_files(folder)
    sources, problems = [], list(problems)
    for file in files:
        try:
            sources.append(read_source(file.data, file.shown, file.name))
        except BuildError as error:
            problems.extend(error.problems)
    return tuple(sources), warnings, tuple(problems)


def _skip_reason(entry: os.DirEntry) -> str:
    """Say why an entry of the source folder is not read as an article ("" when it is read)."""
    if entry.is_symlink():
        return "skipped: symbolic links are not followed (copy the article into the folder instead)"
    if entry.is_dir():
        return "skipped: sub-folders are not read (move its articles up into the source folder)"
    if os.path.splitext(entry.name)[1].lower() not in ARTICLE_SUFFIXES or not entry.is_file():
        return "skipped: not an article (only .txt, .md and saved .html pages are read; rename it or move it out)"
    return ""


def display_path(path: Path) -> str:
    """Return path relative to the working directory when it is inside it, for messages."""
    try:
        return os.path.relpath(path) if not os.path.relpath(path).startswith("..") else str(path)
    except ValueError:
        return str(path)


def read_source(data: bytes, shown: str, name: str) -> Source:
    """Decode one article's bytes and split its front matter from its body."""
    text = decode_utf8(data, shown)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, warnings = _scrub(text, shown)
    kind = "md" if name.lower().endswith(".md") else "txt"
    try:
        found = split_front_matter(text)
    except FrontMatterError as error:
        raise _located(error, shown, first_line=1) from None
    if found is None:
        return Source(shown, name, kind, (), (), text, 1, tuple(warnings))
    return Source(shown, name, kind, tuple(found.metadata.items()), tuple(found.metadata.key_lines.items()),
                  found.body, found.body_line, tuple(warnings))


def read_metadata(text: str, shown: str, *, first_line: int) -> tuple[tuple[tuple[str, object], ...],
                                                                       tuple[tuple[str, int], ...]]:
    """Parse a YAML block without fences (a saved page's sidecar) that starts on first_line of its
    file: (key, value) pairs and each key's file line; raise BuildError pointing at a problem's line."""
    try:
        metadata, key_lines = parse_front_matter(text)
    except FrontMatterError as error:
        raise _located(error, shown, first_line=first_line) from None
    return tuple(metadata.items()), tuple((k, v + first_line) for k, v in key_lines.items())


def _located(error: FrontMatterError, shown: str, *, first_line: int) -> BuildError:
    """Return a front matter error as a BuildError at its file line (its own line is 0-based in the
    block, which starts on first_line; a block-wide error points at the line before it)."""
    line = error.line + first_line if error.line is not None else first_line - 1 or 1
    column = error.column + 1 if error.column is not None else None
    return BuildError([Problem(shown, str(error), line, column)])


def decode_utf8(data: bytes, shown: str) -> str:
    """Decode a UTF-8 file (a leading byte order mark dropped); raise BuildError at the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[:error.start]
        line = before.count(b"\n") + 1
        # Count characters, not bytes, up to the bad byte (everything before it is valid UTF-8).
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8-sig")) + 1
        raise BuildError([Problem(shown, f"not valid UTF-8: byte 0x{data[error.start]:02x} "
                                          "(save the file as UTF-8, e.g. `iconv -f cp1252 -t utf-8`)",
                                  line, column)]) from None


def _scrub(text: str, shown: str) -> tuple[str, list[Problem]]:
    """Strip control characters and flag invisible characters and mojibake, with their lines."""
    # Most texts have none: a search of the whole text rules each out without splitting it into lines.
    # One search finds both kinds of character (a pass, not two), and mojibake is searched for only in
    # a text holding a letter it starts with: a third of the time of three searches.
    if not (_CONTROL_OR_INVISIBLE.search(text) or (_could_be_mojibake(text) and _MOJIBAKE.search(text))):
        return text, []
    return _scrub_lines(text, shown)


def _could_be_mojibake(text: str) -> bool:
    """Tell whether a text holds a letter mojibake starts with (a look for a character is a fast scan)."""
    return any(lead in text for lead in _MOJIBAKE_LEADS)


def _scrub_lines(text: str, shown: str) -> tuple[str, list[Problem]]:
    warnings: list[Problem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if _CONTROL.search(line):
            warnings.append(Problem(shown, "control characters removed (NUL and the like)", number))
        if _INVISIBLE.search(line):
            warnings.append(Problem(shown, "invisible zero-width or bidirectional characters found "
                                           "(they are removed from slugs; check the text)", number))
        if _MOJIBAKE.search(line):
            warnings.append(Problem(shown, "looks like mojibake (UTF-8 read as cp1252, e.g. 'â€™'); "
                                           "re-save the original as UTF-8", number))
    return _CONTROL.sub("", text), warnings


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML has it: the same YAML read ten times as fast (the shipped
lexicon and places alone took a tenth of a second to read in Python)."""


def load_yaml(text: str) -> object:
    """Read YAML the way yaml.safe_load does, with libyaml when it is there."""
    return yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 (a safe loader)


def read_package_yaml(name: str) -> dict:
    """Read one of the package's own YAML data files (cleaning rules, gazetteer)."""
    return load_yaml(package_data(name).read_text(encoding="utf-8")) or {}


def package_data(name: str) -> Path:
    """Return the path of one of the package's own data files."""
    return Path(__file__).resolve().parent.parent / "data" / name
