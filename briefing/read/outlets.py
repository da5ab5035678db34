"""The outlets list: publications and news agencies, their mastheads, slogans and wire credits."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Outlet:
    """A publication or news agency as the reader recognises it."""

    name: str
    mastheads: tuple[str, ...] = ()
    slogans: tuple[str, ...] = ()
    wire: tuple[str, ...] = ()

    @property
    def is_agency(self) -> bool:
        """Return True for a news agency (it has wire credits such as "AP")."""
        return bool(self.wire)


@dataclass(frozen=True, slots=True)
class Outlets:
    """Every known outlet, indexed by the folded forms of its names."""

    by_name: dict[str, Outlet]
    """Folded names and mastheads (never changed once built); later entries win."""
    by_wire: dict[str, Outlet]
    slogans: tuple[tuple[str, Outlet], ...]

    def named(self, text: str) -> Outlet | None:
        """Return the outlet text names on its own (a masthead, a site name), or None."""
        return self.by_name.get(fold(text))

    def wire(self, text: str) -> Outlet | None:
        """Return the agency a wire credit names ("AP", "Reuters", "EFE"), or None."""
        return self.by_wire.get(fold(text))

    def masthead(self, text: str) -> Outlet | None:
        """Return the outlet of a masthead line, even fused with its slogan ("The Washington PostDemocracy…")."""
        folded = fold(text)
        found = self.named(text)
        if found:
            return found
        for slogan, outlet in self.slogans:
            if slogan and slogan in folded and fold_remainder(folded, slogan) in self.by_name:
                return outlet
        return None

    def mentioned(self, text: str) -> Outlet | None:
        """Return the first outlet whose name appears as words inside text, or None."""
        hits = self._hits(text)
        return min(hits, key=lambda h: h[:2])[2] if hits else None

    def written(self, text: str) -> Outlet | None:
        """Return the first outlet whose name or a masthead of it appears inside text as words with its own
        capitals, or None: a line that sells TIME names it, "took the time to sign up" does not."""
        hits = sorted(self._hits(text), key=lambda h: h[:2])
        return next((outlet for _, _, outlet in hits if any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text)
                                                            for form in (outlet.name, *outlet.mastheads))), None)

    def _hits(self, text: str) -> list[tuple[int, int, Outlet]]:
        """Return where each outlet's folded name appears in text's folded words, longest first at one place."""
        folded = f" {fold(text)} "
        return [(folded.find(f" {name} "), -len(name), outlet) for name, outlet in self.by_name.items()
                if len(name) > 3 and f" {name} " in folded]


def outlets_from_data(entries: list[dict]) -> Outlets:
    """Index outlet entries from YAML data; raise ValueError naming a bad entry."""
    outlets = [_outlet(entry, number) for number, entry in enumerate(entries, start=1)]
    # Later entries (the user's) win over the project's own for the same name.
    by_name = {fold(name): o for o in outlets for name in (o.name, *o.mastheads)}
    by_wire = {fold(w): o for o in outlets for w in o.wire}
    return Outlets(by_name, by_wire, tuple((fold(s), o) for o in outlets for s in o.slogans))


def _outlet(entry: object, number: int) -> Outlet:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
        raise ValueError(f"outlet {number} must be a mapping with a `name:`, got {entry!r}")
    unknown = set(entry) - {"name", "mastheads", "slogans", "wire"}
    if unknown:
        raise ValueError(f"outlet {entry['name']!r}: unknown keys {sorted(unknown)} "
                         "(known: name, mastheads, slogans, wire)")
    lists = {key: entry.get(key) or [] for key in ("mastheads", "slogans", "wire")}
    for key, items in lists.items():
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError(f"outlet {entry['name']!r}: `{key}` must be a list of names")
    return Outlet(entry["name"].strip(), *(tuple(i.strip() for i in lists[k]) for k in ("mastheads", "slogans", "wire")))


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Return text lower-cased, accents and punctuation dropped, spaces single: for matching names. Remembered: a
    line is looked up as a masthead, an outlet and a wire credit in turn."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9/]+", " ", plain).split())


def fold_remainder(folded: str, slogan: str) -> str:
    """Return folded text with the slogan taken out (what is left should be the outlet's name)."""
    return " ".join(folded.replace(slogan, " ").split())
