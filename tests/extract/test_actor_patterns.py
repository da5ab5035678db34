"""A gazetteer pattern led by a literal character finds what `(?<!\\w)`, an optional honorific and the
name find: the same spans, honorific or not, at the start of the text or after a word character."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.actors import _compile, _regex, fold

ALIASES = ["Juan Guaidó", "Mrs Smith", "Dr", "U.S.", "(Hamas)", "al-Sisi", "Ms. Q", "Ñ", "'t Hooft"]
PIECES = ["mr", "mrs", "ms", "dr", "Mr.", "DR", ".", " ", "  ", "\n", "x", "_", "é", ",", "(", ")", "'", "-",
          "juan", "Guaidó", "guaido", "smith", "u.s.", "U.S.", "hamas", "al", "sisi", "q", "ñ", "t", "hooft"]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


def _plain_source(alias: str, *, person: bool) -> str:
    """Return the regex as written before patterns were led by a literal character."""
    body = r"\s+".join(re.escape(word) for word in fold(alias).split())
    honorific = r"(?:(?:mr|mrs|ms|dr)\.?\s+)?" if person else ""
    return rf"(?<!\w){honorific}{body}(?!\w)"


@settings(max_examples=1000, derandomize=True, deadline=None, database=None)
@given(texts, st.sampled_from([a for a in ALIASES if not a.isupper()]), st.booleans())
def test_a_pattern_finds_what_the_plain_regex_finds(text, alias, person):
    folded = fold(text)
    pattern = _compile("key", alias, person=person)
    found = [m.span() for m in _regex(pattern.source).finditer(folded)]
    assert found == [m.span() for m in re.finditer(_plain_source(alias, person=person), folded)]


def test_an_honorific_is_part_of_a_person_s_match_only_at_a_word_s_start():
    pattern = _regex(_compile("juan-guaido", "Juan Guaidó", person=True).source)
    assert [m.group(0) for m in pattern.finditer("mrs. juan guaido, xmr juan guaido, juan guaidox")] == [
        "mrs. juan guaido", "juan guaido"]
