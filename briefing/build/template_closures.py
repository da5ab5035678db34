"""Which templates each page template is made of, remembered for one state of the templates folder:
finding them parses every template, a tenth of a small briefing's rebuild."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefing.stored import read_checked_json, write_checked_json


class TemplateClosures:
    """Closures by page template name, for one state of the templates folder (a digest of its files).

    Kept in a file (in the build cache) with a checksum: another state of the folder, or a damaged
    file, starts empty. Without a file (under `serve`, the memo keeps the object) nothing is read or
    written.
    """

    def __init__(self, state: str, file: Path | None = None) -> None:
        self.state, self.file = state, file
        self._known = self._load()
        self._saved = dict(self._known)

    def closure(self, name: str, find: Callable[[], tuple[str, ...]]) -> tuple[str, ...]:
        """Return the templates page template `name` is made of: find() once per state of the folder."""
        if name not in self._known:
            self._known[name] = tuple(find())
        return self._known[name]

    def save(self) -> None:
        """Write the closures found since the file was read, if any; never fatal."""
        if self.file is None or self._known == self._saved:
            return
        if write_checked_json(self.file, {"state": self.state, "closures": self._known}):
            self._saved = dict(self._known)

    def _load(self) -> dict[str, tuple[str, ...]]:
        data = read_checked_json(self.file)
        closures = data.get("closures") if isinstance(data, dict) and data.get("state") == self.state else None
        if not isinstance(closures, dict):
            return {}
        return {name: tuple(parts) for name, parts in closures.items()
                if isinstance(name, str) and isinstance(parts, list) and all(isinstance(p, str) for p in parts)}
