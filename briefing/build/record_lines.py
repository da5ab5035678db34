"""Each article's line of articles.json, kept in the build cache between builds by the article's
input key: a rebuild after one article was added encodes one record, not ten thousand."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from briefing.records import Article
from briefing.stored import read_checked, write_checked


class RecordLines:
    """Lines by input key (see Collected.inputs), read from file and written back when they changed.

    The file holds a checksum line, then each article's key and record on a line each: JSON never
    writes a raw newline inside a record. A damaged file is ignored (the records are made again);
    file None keeps nothing between builds.
    """

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self._before = self._load()
        self._used: dict[str, str] = {}

    def remembering(self, make: Callable[[Article], str], inputs: Mapping[str, str]) -> Callable[[Article], str]:
        """Return make(article), taken from the previous build's lines when its input key is the same."""
        def line(article: Article) -> str:
            key = inputs[article.slug]
            found = self._used.get(key) or self._before.get(key)
            if found is None:
                found = make(article)
            self._used[key] = found
            return found
        return line

    def save(self) -> None:
        """Keep the lines used by this build (only if they differ from the file's); never fatal."""
        if self.file is None or self._used == self._before:
            return
        write_checked(self.file, "".join(f"{key}\n{line}\n" for key, line in self._used.items()).encode())

    def _load(self) -> dict[str, str]:
        body = read_checked(self.file)
        try:
            lines = str(body, "utf-8").split("\n") if body is not None else []
        except UnicodeDecodeError:
            return {}
        return dict(zip(lines[0:-1:2], lines[1::2]))
