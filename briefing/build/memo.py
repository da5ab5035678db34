"""What a `serve` session remembers between its builds: each source file's prepared article, so a
rebuild after one file changed reads and looks up that file only, and what the build made of each
article (its dossier part, its articles.json record) and of each template, so it is not made again."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from briefing.build.prepare import Prepared
from briefing.build.template_closures import TemplateClosures
from briefing.read.load import FoundFile
from briefing.records import Article

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Remembered:
    signature: tuple[int, ...]
    key: str
    prepared: Prepared


class BuildMemo:
    """Prepared articles by file name and signature, valid for one cache folder and fingerprint.

    A prepared article's body stays in the build cache (see cache.StoredText), so what is
    remembered is only as good as that cache: a build that fails should call forget().
    """

    def __init__(self) -> None:
        self._scope = ""
        self._remembered: dict[str, _Remembered] = {}
        self._parts: dict[str, dict[str, Any]] = {}
        self._closures: TemplateClosures | None = None

    @property
    def empty(self) -> bool:
        """True when no article is remembered."""
        return not self._remembered

    def enter(self, scope: str) -> None:
        """Start a build whose cache folder and fingerprint are scope; forget anything made under another."""
        if scope != self._scope:
            self._scope, self._remembered, self._parts = scope, {}, {}

    def recall(self, file: FoundFile) -> tuple[str, Prepared] | None:
        """Return the cache key and prepared article of a file unchanged since it was remembered, or None."""
        remembered = self._remembered.get(file.name)
        if remembered is None or not file.signature or remembered.signature != file.signature:
            return None
        return remembered.key, remembered.prepared

    def keep(self, known: dict[str, tuple[tuple[int, ...], str, Prepared]]) -> None:
        """Remember this build's articles, by file name: signature, cache key and prepared article
        (settled files only: see load.SETTLED_NS); forget all others."""
        self._remembered = {name: _Remembered(*entry) for name, entry in known.items()}

    def per_article(self, kind: str, inputs: Mapping[str, str], make: Callable[[Article], T]) -> Callable[[Article], T]:
        """Return make(article), remembered by the article's input key (slug -> key in inputs):
        what the last build made from the same key is returned as it was."""
        before = self._parts.get(kind, {})
        made: dict[str, Any] = {}
        self._parts[kind] = made

        def remembered(article: Article) -> T:
            key = inputs[article.slug]
            if key not in made:
                made[key] = before[key] if key in before else make(article)
            return made[key]
        return remembered

    def closures(self, templates: str) -> TemplateClosures:
        """Return what this session found of the templates page templates are made of, for this
        state of the templates folder (templates: a digest of its files)."""
        if self._closures is None or self._closures.state != templates:
            self._closures = TemplateClosures(templates)
        return self._closures

    def forget(self) -> None:
        """Forget everything (after a failed build: the cache it relied on may have changed)."""
        self._remembered, self._parts, self._closures = {}, {}, None
