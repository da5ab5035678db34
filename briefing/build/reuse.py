"""Reuse unchanged pages of the previous build: a page whose inputs hash the same as last time is
linked from the previous output instead of being rendered and written again.

A page's fingerprint covers its whole context, the templates, the code and the configuration, so
reuse can only ever produce the bytes a fresh render would produce.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
from pathlib import Path
from typing import Iterable, Mapping

from briefing.records import Page

_VERSION = 3


class PageReuse:
    """Fingerprints of the pages written by the last build into one output folder."""

    def __init__(self, manifest: Path | None, out: Path, salts: Mapping[str, str]) -> None:
        """salts: by template name, a hash of what shapes its pages besides their context."""
        self.manifest = manifest
        self.out = out
        self._out = str(out)
        self.salts = {name: salt.encode() for name, salt in salts.items()}
        self.previous = _read_manifest(manifest, out) if manifest else {}
        self.current: dict[str, list] = {}
        self.reused = 0

    def fingerprint(self, page: Page) -> str | None:
        """Return the hash of everything that shapes the page, or None when it cannot be hashed."""
        if self.manifest is None:
            return None
        if page.inputs:
            head = repr((page.kind, page.template, page.path, page.title, page.absolute_links, page.inputs))
            return hashlib.sha256(self.salts[page.template] + head.encode()).hexdigest()
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        # Without the memo, equal values pickle to equal bytes whether or not they share objects
        # (a page built from the cache shares fewer strings than one built from scratch).
        pickler.fast = True
        try:
            pickler.dump((page.kind, page.template, page.path, page.title, page.context, page.absolute_links))
        except (pickle.PicklingError, TypeError, AttributeError, ValueError, RecursionError):
            return None
        return hashlib.sha256(self.salts[page.template] + buffer.getvalue()).hexdigest()

    def previous_file(self, path: str, fingerprint: str | None) -> str | None:
        """Return the previous build's file for path if it was made from the same inputs and is intact."""
        entry = self.previous.get(path)
        if fingerprint is None or not isinstance(entry, list) or len(entry) != 4 or entry[0] != fingerprint:
            return None
        old = os.path.join(self._out, path)  # a string: thousands of pages, and pathlib is slow to build
        try:
            stat = os.stat(old)
        except OSError:
            return None
        return old if [stat.st_size, stat.st_mtime_ns] == entry[1:3] else None

    def previous_search_digest(self, path: str) -> str:
        """Return the search digest the previous build recorded for path ("" when none)."""
        entry = self.previous.get(path)
        return entry[3] if isinstance(entry, list) and len(entry) == 4 and isinstance(entry[3], str) else ""

    def record(self, path: str, fingerprint: str | None, written: Path, search_digest: str = "") -> None:
        """Remember what was written to path (and the hash of its search document), for the next build."""
        if fingerprint is not None:
            stat = written.stat()
            self.current[path] = [fingerprint, stat.st_size, stat.st_mtime_ns, search_digest]

    def keep(self, path: str) -> None:
        """Remember that the previous build's file for path was kept (linked, so its stat is the same)."""
        self.current[path] = self.previous[path]
        self.reused += 1

    def group_key(self, paths: Iterable[str]) -> str | None:
        """Return one hash over the search digests of the pages at paths, or None if one has none."""
        if self.manifest is None:
            return None
        digest = hashlib.sha256()
        for path in paths:
            entry = self.current.get(path)
            if entry is None or not entry[3]:
                return None
            digest.update(f"{path}\0{entry[3]}\n".encode())
        return digest.hexdigest()

    def previous_group_key(self, name: str) -> str | None:
        """Return the group key the previous build recorded under name."""
        entry = self.previous.get(f"group:{name}")
        return entry[0] if isinstance(entry, list) and entry else None

    def record_group(self, name: str, key: str | None) -> None:
        """Remember a group key (e.g. of the pages a search bundle was built from) under name."""
        if key is not None:
            self.current[f"group:{name}"] = [key]

    def save(self) -> None:
        """Write the manifest for the next build; a manifest that cannot be written only costs speed."""
        if self.manifest is None:
            return
        data = json.dumps({"version": _VERSION, "out": str(self.out.resolve()), "pages": self.current})
        try:
            self.manifest.parent.mkdir(parents=True, exist_ok=True)
            temp = self.manifest.with_name(self.manifest.name + f".tmp-{os.getpid()}")
            temp.write_text(data, encoding="utf-8")
            os.replace(temp, self.manifest)
        except OSError:
            return


def _read_manifest(manifest: Path, out: Path) -> dict[str, list]:
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != _VERSION or data.get("out") != str(out.resolve()):
        return {}
    pages = data.get("pages")
    return pages if isinstance(pages, dict) else {}
