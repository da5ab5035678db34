"""Actors: the user-editable gazetteer and where its actors are mentioned in paragraphs."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import yaml

from briefing.fastpickle import fast_pickle
from briefing.read.load import load_yaml
from briefing.slugs import SAME_LENGTH_LETTERS, ascii_words

KINDS = ("person", "organisation", "country", "place")
_FIELDS = ("key", "name", "kind", "role", "aliases", "hide")
_REQUIRED = ("name",)
_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# "Mr. Pompeo" should be one mention whose surface form keeps the title.
_HONORIFICS = (r"mr\.?\s+", r"mrs\.?\s+", r"ms\.?\s+", r"dr\.?\s+")
_WRITTEN_OUT = re.compile(r"([aou])e")
"""An umlaut as German writes it without the mark ("ae", "oe", "ue")."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation, country or place: from the gazetteer, or found in the articles."""

    key: str
    name: str
    kind: str
    """One of KINDS, or "" when a gazetteer entry leaves it to discovery."""
    role: str
    aliases: tuple[str, ...] = ()
    hidden: bool = False
    """A gazetteer entry that hides an actor: its names are recognised, and shown nowhere."""


@fast_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an actor in a paragraph (1-based), with its surface form."""

    actor_key: str
    paragraph: int
    text: str


class Span(NamedTuple):
    """Where an actor's name occurs inside one text: [start, end) and the actor's key.

    A named tuple, as discovery's Run: every paragraph makes several, and frozen dataclasses are slow to make.
    """

    start: int
    end: int
    key: str


@dataclass(frozen=True, slots=True)
class _Pattern:
    key: str
    source: str
    """The regex, compiled when a text first holds its needle (see _regex)."""
    exact_case: bool
    needle: str
    """A run of word characters the text must contain as a whole word for the pattern to match."""


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The known actors, with a match index derived from their names and aliases."""

    actors: tuple[Actor, ...]
    _patterns: tuple[_Pattern, ...] = field(init=False, repr=False, compare=False)
    _index: dict[bool, dict[str, tuple[int, ...]]] = field(init=False, repr=False, compare=False)
    _by_key: dict[str, Actor] = field(init=False, repr=False, compare=False)
    _exact_hints: frozenset[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Build the alias index (frozen, so set once here)."""
        object.__setattr__(self, "_patterns", _build_patterns(self.actors))
        object.__setattr__(self, "_index", _needle_index(self._patterns))
        object.__setattr__(self, "_by_key", {a.key: a for a in self.actors})
        object.__setattr__(self, "_exact_hints", _exact_hints(self._index))

    def actor(self, key: str) -> Actor | None:
        """Return the actor with this key, or None."""
        return self._by_key.get(key)


def strip_accents(text: str) -> str:
    """Return text with accents removed, one character for one, so offsets still line up."""
    if text.isascii():
        return text
    return _NON_ASCII.sub(lambda run: _plain_run(run.group(0)), text)


def fold(text: str) -> str:
    """Return text without accents and in lower case, offsets unchanged."""
    return _lower_plain(strip_accents(text))


def _lower_plain(plain: str) -> str:
    """Return text that has no accents left in lower case, offsets unchanged."""
    lower = plain.lower()
    # A few characters (e.g. "İ") lower-case to two; fall back to one-for-one only then.
    return lower if len(lower) == len(plain) else "".join(_lower(c) for c in plain)


@functools.lru_cache(maxsize=4096)
def _plain_run(run: str) -> str:
    """Return a run of non-ASCII characters without their accents, remembered: most are the same few
    marks ("’", "“", "—") and accented letters, and joining them character by character was half the time."""
    return "".join(_plain(c) for c in run)


@functools.lru_cache(maxsize=4096)
def _plain(char: str) -> str:
    """Return a character without its accents, remembered: an article uses a few dozen accented ones."""
    if char in SAME_LENGTH_LETTERS:  # "Đặng" is "Dang" as "Quốc" is "Quoc"
        return SAME_LENGTH_LETTERS[char]
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return base if len(base) == 1 else char


def _lower(char: str) -> str:
    low = char.lower()
    return low if len(low) == 1 else char


@functools.lru_cache(maxsize=1 << 14)
def name_key(text: str) -> str:
    """Return the key a discovered name is matched by across articles: its slug, with an umlaut written out read
    as the letter it stands for ("Köhler" and "Koehler", "Müller-Strauß" and "Mueller-Strauss" are one). Remembered:
    the same names recur in every article."""
    return _WRITTEN_OUT.sub(r"\1", slug(text))


def slug(text: str) -> str:
    """Return text as an ASCII slug: lower-case words joined by hyphens ("gunnar-thor" of "Gunnar Þór")."""
    return ascii_words(text)


def _is_acronym(alias: str) -> bool:
    """Tell whether an alias is an all-capitals acronym (US, OAS), matched case-sensitively."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


def _surname(actor: Actor) -> str | None:
    """Return the last word of a person's name, the implicit short alias."""
    words = actor.name.split()
    return words[-1] if actor.kind == "person" and len(words) > 1 else None


def _alias_forms(actors: tuple[Actor, ...]) -> dict[str, tuple[str, ...]]:
    """Map each actor key to its names: name, aliases and its surname if no one else has it."""
    explicit = {a.key: (a.name, *a.aliases) for a in actors}
    owners: dict[str, set[str]] = {}
    for actor in actors:
        for form in (*explicit[actor.key], _surname(actor) or ""):
            owners.setdefault(fold(form), set()).add(actor.key)
    forms = {}
    for actor in actors:
        surname = _surname(actor)
        unique = surname is not None and owners[fold(surname)] == {actor.key}
        forms[actor.key] = explicit[actor.key] + ((surname,) if unique else ())
    return forms


def _compile(key: str, alias: str, *, person: bool) -> _Pattern:
    exact = _is_acronym(alias)
    words = (strip_accents(alias) if exact else fold(alias)).split()
    body = r"\s+".join(re.escape(w) for w in words)
    forms = (*(honorific + body for honorific in _HONORIFICS), body) if person and not exact else (body,)
    # Each word run of the alias is bounded by non-word characters in any match, so the
    # longest one must be a whole word of the text: a cheap test before the regex runs.
    needle = max((run for word in words for run in _WORD.findall(word)), key=len, default="")
    return _Pattern(key, rf"(?:{'|'.join(_at_word_start(form) for form in forms)})(?!\w)", exact, needle)


def _at_word_start(form: str) -> str:
    r"""Return a regex matching the form (a regex led by a literal character) where no word character is before it.

    `a(?<!\w.)bc` is `(?<!\w)abc` led by the literal: re looks for the first characters of a
    pattern's forms instead of trying the pattern at every position of the text, which made finding
    the gazetteer's names in a paragraph four times faster.
    """
    lead = 2 if form.startswith("\\") else 1  # re.escape writes a special character after a backslash
    return rf"{form[:lead]}(?<!\w.){form[lead:]}"


@functools.lru_cache(maxsize=None)
def _regex(source: str) -> re.Pattern[str]:
    """Compile an actor's pattern once per process, when first needed: a gazetteer has hundreds of
    names, a small build's articles name a few dozen, and compiling them all was a tenth of its time."""
    return re.compile(source)


def _build_patterns(actors: tuple[Actor, ...]) -> tuple[_Pattern, ...]:
    forms = _alias_forms(actors)
    return tuple(
        _compile(actor.key, alias, person=actor.kind == "person")
        for actor in actors
        for alias in dict.fromkeys(forms[actor.key])
        if alias.split()
    )


def _needle_index(patterns: tuple[_Pattern, ...]) -> dict[bool, dict[str, tuple[int, ...]]]:
    """Map exact case, then needle, to the positions of the patterns that need that word."""
    index: dict[bool, dict[str, tuple[int, ...]]] = {True: {}, False: {}}
    for number, pattern in enumerate(patterns):
        needles = index[pattern.exact_case]
        needles[pattern.needle] = needles.get(pattern.needle, ()) + (number,)
    return index


def _exact_hints(index: dict[bool, dict[str, tuple[int, ...]]]) -> frozenset[str] | None:
    """Return the exact-case needles in lower case, or None if one is not ASCII.

    Folding keeps offsets and word characters, so an ASCII word of the plain text is, in lower
    case, a word of the folded text: without one of these there, the plain text need not be split.
    """
    needles = [needle for needle in index[True] if needle]
    return frozenset(n.lower() for n in needles) if all(n.isascii() for n in needles) else None


def _candidates(plain: str, folded: str, gazetteer: Gazetteer) -> list[_Pattern]:
    """Return, in gazetteer order, the patterns whose needle is a word of the text they search."""
    # "" stands for an alias with no word characters, which is always tried.
    folded_words = _words(folded)
    hints = gazetteer._exact_hints
    plain_words = _words(plain) if hints is None or not hints.isdisjoint(folded_words) else {""}
    numbers = [
        number
        for exact, words in ((True, plain_words), (False, folded_words))
        for needle in gazetteer._index[exact].keys() & words
        for number in gazetteer._index[exact][needle]
    ]
    return [gazetteer._patterns[n] for n in sorted(numbers)]


def _words(text: str) -> set[str]:
    """Return the words of a text, as _WORD finds them, and "".

    Most of what split() cuts a text into at spaces (never word characters) is one word already; only the rest
    ("said,", "U.S.") is searched with the regex, which, tried at every word, was a third of finding the names.
    """
    words = set(text.split())
    mixed = [token for token in words if not token.isalnum()]  # isalnum() is \w without "_": "said,", "U.S.", "a_b"
    words.difference_update(mixed)
    words.update(_WORD.findall(" ".join(mixed)))
    words.add("")
    return words


def find_spans(text: str, gazetteer: Gazetteer) -> tuple[Span, ...]:
    """Return the actor names in text, longest match first where they overlap, in text order."""
    plain = strip_accents(text)
    folded = _lower_plain(plain)
    found = [
        Span(m.start(), m.end(), p.key)
        for p in _candidates(plain, folded, gazetteer)
        for m in _regex(p.source).finditer(plain if p.exact_case else folded)
    ]
    starts: list[int] = []  # chosen spans, kept sorted by start; they never overlap each other
    chosen: list[Span] = []
    for span in sorted(found, key=lambda s: (s.start - s.end, s.start)):
        index = bisect.bisect_left(starts, span.start)
        clear_before = index == 0 or chosen[index - 1].end <= span.start
        clear_after = index == len(chosen) or span.end <= chosen[index].start
        if clear_before and clear_after:
            starts.insert(index, span.start)
            chosen.insert(index, span)
    return tuple(chosen)


def paragraph_spans(paragraphs: tuple[str, ...], gazetteer: Gazetteer) -> tuple[tuple[Span, ...], ...]:
    """Return the actor names in each paragraph, as find_spans() finds them."""
    return tuple(find_spans(text, gazetteer) for text in paragraphs)


def find_mentions(
    paragraphs: tuple[str, ...], gazetteer: Gazetteer, *, spans: tuple[tuple[Span, ...], ...] | None = None
) -> tuple[Mention, ...]:
    """Return every mention of a known actor, paragraph by paragraph, in text order.

    spans, the actor names of each paragraph from paragraph_spans(), saves finding them again.
    """
    spans = paragraph_spans(paragraphs, gazetteer) if spans is None else spans
    return tuple(
        Mention(span.key, number, text[span.start : span.end])
        for number, (text, names) in enumerate(zip(paragraphs, spans, strict=True), start=1)
        for span in names
    )


def load_gazetteer(path: Path) -> Gazetteer:
    """Read and validate a gazetteer YAML file; raise ValueError naming every bad entry."""
    return Gazetteer(read_gazetteer_actors(path))


def read_gazetteer_actors(path: Path) -> tuple[Actor, ...]:
    """Return the actors of a gazetteer YAML file, validated; raise ValueError naming every bad entry."""
    try:
        data = load_yaml(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, yaml.YAMLError) as error:
        raise ValueError(f"{path}: cannot read gazetteer: {error}") from error
    entries = data.get("actors") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a mapping with an 'actors' list, got {type(data).__name__}")
    errors = [f"{path}: entry {n}: {e}" for n, entry in enumerate(entries, 1) for e in _entry_errors(entry)]
    if errors:
        raise ValueError("\n".join(errors))
    actors = tuple(_actor(entry) for entry in entries)
    errors = [f"{path}: {e}" for e in _clashes(actors)]
    if errors:
        raise ValueError("\n".join(errors))
    return actors


def _entry_errors(entry: object) -> list[str]:
    """Return what is wrong with one gazetteer entry (empty when it is valid)."""
    if not isinstance(entry, dict):
        return [f"expected a mapping, got {type(entry).__name__}"]
    errors = [f"unknown field {k!r} (expected one of {', '.join(_FIELDS)})" for k in entry if k not in _FIELDS]
    errors += [f"missing {k!r}" for k in _REQUIRED if k not in entry]
    for k in ("key", "name", "kind", "role"):
        value = entry.get(k)
        if k in entry and (not isinstance(value, str) or not value.strip() or "\n" in value.strip()):
            errors.append(f"{k!r} must be a non-empty one-line string, got {value!r}")
    if "hide" in entry and not isinstance(entry["hide"], bool):
        errors.append(f"'hide' must be true or false, got {entry['hide']!r}")
    if isinstance(entry.get("kind"), str) and entry["kind"] not in KINDS:
        errors.append(f"'kind' must be one of {', '.join(KINDS)}, got {entry['kind']!r}")
    if isinstance(entry.get("key"), str) and not _KEY.match(entry["key"]):
        errors.append(f"'key' must be lower-case ASCII words joined by hyphens, got {entry['key']!r}")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        errors.append(f"'aliases' must be a list of non-empty strings, got {aliases!r}")
    return errors


def _actor(entry: dict[str, object]) -> Actor:
    name = str(entry["name"]).strip()
    aliases = tuple(str(a).strip() for a in entry.get("aliases", []))  # type: ignore[union-attr]
    key = str(entry.get("key") or slug(name))
    return Actor(key, name, str(entry.get("kind", "")), str(entry.get("role", "")).strip(), aliases,
                 entry.get("hide") is True)


def _clashes(actors: tuple[Actor, ...]) -> list[str]:
    """Return duplicate keys and names or aliases claimed by two actors."""
    errors, keys, forms = [], {}, {}
    for number, actor in enumerate(actors, start=1):
        if actor.key in keys:
            errors.append(f"entry {number}: key {actor.key!r} is already used by entry {keys[actor.key]}")
        keys.setdefault(actor.key, number)
        for form in dict.fromkeys(fold(f) for f in (actor.name, *actor.aliases)):
            if form in forms:
                errors.append(f"entry {number}: alias {form!r} is already used by entry {forms[form]}")
            forms.setdefault(form, number)
    return errors
