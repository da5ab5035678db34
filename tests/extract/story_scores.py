"""Score actor discovery and quote speakers on a story of tests/extract/stories/ against its gold."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing.extract.actors import Gazetteer, fold
from briefing.extract.cast import Cast, make_cast, recast
from briefing.extract.extraction import Extraction, extract
from briefing.read.article import make_article
from briefing.read.load import read_source
from briefing.read.readerdata import load_reader_rules
from conftest import read_yaml

STORIES = Path(__file__).resolve().parent / "stories"
RULES, _ = load_reader_rules()  # the build's own rules: its furniture lists and outlets too


@dataclass(frozen=True, slots=True)
class Score:
    """How discovery did on one story: actors found, actors shown that are real, speakers right."""

    found: int
    gold: int
    real: int
    shown: int
    speakers_right: int
    quotes: int
    missed: tuple[str, ...]
    noise: tuple[str, ...]
    wrong_speakers: tuple[str, ...]

    @property
    def recall(self) -> float:
        """Return the share of the gold actors found, each as one actor."""
        return self.found / self.gold

    @property
    def precision(self) -> float:
        """Return the share of the actors shown that are real actors of the story."""
        return self.real / self.shown if self.shown else 0.0


def story_extractions(story: str) -> tuple[Cast, dict[str, Extraction]]:
    """Extract every article of a story with an empty gazetteer; return the cast and the recast extractions."""
    found, outlets = {}, set()
    for path in sorted(p for p in (STORIES / story).iterdir() if p.suffix in (".md", ".txt")):
        cleaned = make_article(read_source(path.read_bytes(), str(path), path.name), RULES)
        found[path.stem] = extract(cleaned.paragraphs, cleaned.article.published_day, Gazetteer(()))
        outlets.add(cleaned.article.publication)
    cast = make_cast(Gazetteer(()), found.values(), outlets - {""})
    return cast, {name: recast(x, cast) for name, x in found.items()}


def _forms(entry: dict) -> set[str]:
    return {fold(entry["name"]), *(fold(a) for a in entry.get("aliases", []))}


def score_story(story: str) -> Score:
    """Score one story: gold actors matched by one shown actor each, shown actors that are gold, speakers."""
    gold = read_yaml(STORIES / story / "gold.yaml")
    cast, extractions = story_extractions(story)
    shown = [a for a in cast.actors if any(a.key == m.actor_key for x in extractions.values() for m in x.actors)
             or any(a.key == q.speaker_key for x in extractions.values() for q in x.quotes)]
    names = {a.key: {fold(a.name), *(fold(alias) for alias in a.aliases)} for a in shown}
    # A shown actor stands for a gold actor whose form its name is, or with which it shares a form, unless its name
    # is another gold actor's: two people both called "Kim" later are each found by their full names, while a
    # person shown twice ("Hanafi Ismail" and "Hanafi") is not found.
    # A shown actor whose name is one gold actor's name stands for that one, not for another whose alias it is
    # too (the city "Guadalajara", not the lawyer "Verónica Guadalajara Chávez" called "Guadalajara").
    owners = {fold(a.name): {g["name"] for g in gold["actors"] if fold(a.name) in _forms(g)} for a in shown}
    named = {fold(g["name"]): g["name"] for g in gold["actors"]}
    owners = {name: {named[name]} if named.get(name) in gold_names else gold_names
              for name, gold_names in owners.items()}
    matches = {g["name"]: [a.key for a in shown if g["name"] in owners[fold(a.name)]
                           or (names[a.key] & _forms(g) and not owners[fold(a.name)] - {g["name"]})]
               for g in gold["actors"]}
    missed = tuple(name for name, keys in matches.items() if len(keys) != 1)
    real = [k for k, forms in names.items() if any(forms & _forms(g) for g in gold["actors"])]
    by_name = {a.key: a.name for a in shown}
    wrong = []
    for quote in gold["quotes"]:
        # A quotation's own closing comma is not part of its text ("“Nobody asked us,” said …").
        start = quote["start"].rstrip(" ,;:")
        quotes = extractions[quote["article"]].quotes
        said = [q for q in quotes if q.text.startswith(start)]
        # The two halves of a quotation a speech verb splits are one quotation on the site ("“…,” he said, “and …”"),
        # which the gold lists as two: the second half is found inside the first's, after the first's last mark.
        said = said or [q for q in quotes if any(f"{mark} {start}" in q.text for mark in ",.?!;:—")]
        got = [by_name.get(q.speaker_key) if q.speaker_key else None for q in said]
        expected = quote["speaker"]
        if not (len(got) == 1 and (got[0] == expected or (expected and got[0] and matches[expected] == [said[0].speaker_key]))):
            wrong.append(f"{quote['start']!r}: expected {expected}, got {got}")
    return Score(len(gold["actors"]) - len(missed), len(gold["actors"]), len(real), len(shown),
                 len(gold["quotes"]) - len(wrong), len(gold["quotes"]), missed,
                 tuple(sorted(by_name[k] for k in names if k not in real)), tuple(wrong))
