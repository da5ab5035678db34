"""The files that come with a saved page: its `<name>_files/` folder of images, and its `<name>.html.yaml`
sidecar of editorial overrides (front matter is impossible in HTML)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefing.records import Article

PAGE_SUFFIXES = (".html", ".htm")
SIDECAR_SUFFIX = ".yaml"


def is_page(name: str) -> bool:
    """Return True for a saved web page's file name (.html, .htm)."""
    return name.lower().endswith(PAGE_SUFFIXES)


def files_folder(name: str) -> str:
    """Return the folder a browser saves a page's images in: "page_files" for "page.html"."""
    return name.rsplit(".", 1)[0] + "_files"


def sidecar_name(name: str) -> str:
    """Return the name of a page's sidecar: "page.html.yaml" for "page.html"."""
    return name + SIDECAR_SUFFIX


def is_companion(name: str, names: set[str]) -> bool:
    """Return True when name is a saved page's `_files` folder or sidecar, the page being among names."""
    if name.endswith("_files"):
        stem = name.removesuffix("_files")
        return any(stem + suffix in names for suffix in (".html", ".htm", ".HTML", ".HTM"))
    page = name.removesuffix(SIDECAR_SUFFIX)
    return name.endswith(SIDECAR_SUFFIX) and is_page(page) and page in names


def companion_signature(path: Path) -> tuple[int, ...]:
    """Return the sizes and times of a page's sidecar and `_files` folder: editing, adding or
    removing one changes it (the images' bytes are copied at every build, not cached)."""
    signature: list[int] = []
    for companion in (path.with_name(sidecar_name(path.name)), path.with_name(files_folder(path.name))):
        try:
            info = companion.stat()
            signature += [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]
        except OSError:
            signature.append(-1)
    return tuple(signature)


def read_companions(path: Path) -> tuple[bytes | None, tuple[str, ...]]:
    """Return a page's sidecar bytes (None without one) and the files of its `_files` folder, as
    paths relative to the articles folder; raise OSError when they cannot be read."""
    sidecar = path.with_name(sidecar_name(path.name))
    data = sidecar.read_bytes() if sidecar.is_file() else None
    folder = path.with_name(files_folder(path.name))
    saved = []
    if folder.is_dir() and not folder.is_symlink():
        for root, folders, files in os.walk(folder):
            folders.sort()
            relative = Path(root).relative_to(path.parent).as_posix()
            saved += [f"{relative}/{name}" for name in sorted(files)
                      if not os.path.islink(os.path.join(root, name))]
    return data, tuple(saved)


def figure_files(articles: Iterable[Article], source: Path) -> Iterator[tuple[str, Path]]:
    """Yield (site path, saved file) of every image saved with a page, to copy into the site."""
    for article in articles:
        for figure in article.figures:
            yield figure.path, source / figure.file
