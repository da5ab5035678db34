"""Tests for briefing.extract.actors: the gazetteer file and accent- and case-insensitive matching."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from briefing.extract.actors import (
    Actor,
    Gazetteer,
    find_mentions,
    find_spans,
    fold,
    load_gazetteer,
    slug,
)

SHIPPED = ROOT / "gazetteer.yaml"


def gazetteer() -> Gazetteer:
    """Return a small gazetteer for the matching tests."""
    return Gazetteer((
        Actor("juan-guaido", "Juan Guaidó", "person", "opposition leader", ("Guiado",)),
        Actor("mike-pompeo", "Mike Pompeo", "person", "secretary of state", ("Michael R. Pompeo",)),
        Actor("francisco-santos", "Francisco Santos", "person", "ambassador", ()),
        Actor("juan-manuel-santos", "Juan Manuel Santos", "person", "former president", ()),
        Actor("united-states", "United States", "country", "country", ("U.S.", "US")),
        Actor("colombia", "Colombia", "country", "country", ()),
    ))


def surfaces(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.key) for s in find_spans(text, gazetteer())]


class TestFold:
    def test_removes_accents_and_case_keeping_length(self) -> None:
        assert fold("Guaidó NICOLÁS") == "guaido nicolas"

    def test_keeps_offsets_for_unusual_characters(self) -> None:
        text = "İstanbul ß ﬁ"
        assert len(fold(text)) == len(text)

    def test_letters_without_a_mark_fold_to_their_ascii_letter(self) -> None:
        assert fold("Đặng Sigríður Støre Wałęsa") == "dang sigridur store walesa"

    def test_a_slug_spells_letters_of_two(self) -> None:
        assert slug("Gunnar Þór Ólafsson") == slug("Gunnar Thor Olafsson") == "gunnar-thor-olafsson"
        assert slug("Reykjanesbær") == "reykjanesbaer"


class TestMatching:
    @pytest.mark.parametrize("form", ["Guaidó", "Guaido", "GUAIDO", "guaidó", "Guiado", "Juan Guaido"])
    def test_spellings_of_one_person(self, form: str) -> None:
        assert surfaces(f"Then {form} spoke.") == [(form, "juan-guaido")]

    def test_title_and_middle_initial_are_part_of_the_mention(self) -> None:
        found = surfaces("Mr. Pompeo met Michael R. Pompeo and Pompeo’s aides.")
        assert found == [("Mr. Pompeo", "mike-pompeo"), ("Michael R. Pompeo", "mike-pompeo"), ("Pompeo", "mike-pompeo")]

    def test_ambiguous_surname_matches_nobody(self) -> None:
        assert surfaces("Santos said so; Francisco Santos agreed.") == [("Francisco Santos", "francisco-santos")]

    def test_acronym_alias_is_case_sensitive(self) -> None:
        assert surfaces("Talk to us, said the US and the U.S.’s envoy.") == [
            ("US", "united-states"), ("U.S.", "united-states")]

    def test_whole_words_only(self) -> None:
        assert surfaces("Colombian officials in Colombia.") == [("Colombia", "colombia")]

    def test_mentions_carry_paragraph_numbers(self) -> None:
        mentions = find_mentions(("Nothing here.", "Guaidó and Colombia."), gazetteer())
        assert [(m.actor_key, m.paragraph, m.text) for m in mentions] == [
            ("juan-guaido", 2, "Guaidó"), ("colombia", 2, "Colombia")]

    def test_lookup_by_key(self) -> None:
        assert gazetteer().actor("colombia").name == "Colombia"
        assert gazetteer().actor("nobody") is None


class TestLoadGazetteer:
    def test_shipped_file_loads_with_the_seeded_actors(self) -> None:
        keys = {a.key for a in load_gazetteer(SHIPPED).actors}
        assert {"nicolas-maduro", "juan-guaido", "mike-pompeo", "oas", "rio-treaty", "venezuela"} <= keys

    def test_default_key_is_an_ascii_slug_of_the_name(self, tmp_path: Path) -> None:
        path = tmp_path / "g.yaml"
        path.write_text("actors:\n  - {name: Iván Duque, kind: person, role: president}\n", encoding="utf-8")
        assert load_gazetteer(path).actors == (Actor("ivan-duque", "Iván Duque", "person", "president", ()),)

    def test_every_bad_entry_is_reported_with_its_number(self, tmp_path: Path) -> None:
        path = tmp_path / "g.yaml"
        path.write_text(
            "actors:\n"
            "  - {name: A B, kind: person, role: r}\n"
            "  - {name: C, kind: persn, role: r}\n"
            "  - {name: D, kind: country, role: r, aliases: [no], colour: red}\n",
            encoding="utf-8",
        )
        with pytest.raises(ValueError) as error:
            load_gazetteer(path)
        assert str(error.value).splitlines() == [
            f"{path}: entry 2: 'kind' must be one of person, organisation, country, place, got 'persn'",
            f"{path}: entry 3: unknown field 'colour' (expected one of key, name, kind, role, aliases, hide)",
            f"{path}: entry 3: 'aliases' must be a list of non-empty strings, got [False]",
        ]

    def test_alias_claimed_twice_is_an_error(self, tmp_path: Path) -> None:
        path = tmp_path / "g.yaml"
        path.write_text(
            "actors:\n  - {name: A, kind: country, role: r, aliases: [X]}\n"
            "  - {name: B, kind: country, role: r, aliases: [x]}\n",
            encoding="utf-8",
        )
        with pytest.raises(ValueError, match=r"entry 2: alias 'x' is already used by entry 1"):
            load_gazetteer(path)

    def test_not_a_mapping(self, tmp_path: Path) -> None:
        path = tmp_path / "g.yaml"
        path.write_text("- just a list\n", encoding="utf-8")
        with pytest.raises(ValueError, match=r"expected a mapping with an 'actors' list, got list"):
            load_gazetteer(path)
