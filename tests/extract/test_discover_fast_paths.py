"""Discovery's shortcuts (a faster stretch regex, possessives cut without a regex, searches skipped where they cannot
match) find what the plain way does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract import discover
from briefing.extract.naming import _COMMON_USES, _Prose

PLAIN_CAPITALISED = rf"(?:(?<![^\W_{discover.OPENING_MARKS}])[{discover._UPPER}]|(?:al|el|ad|as|ash|ar|an|at|az)-)\S*"
PLAIN_STRETCH = re.compile(rf"{PLAIN_CAPITALISED}(?:[ \t\u00a0]+(?:[a-z]{{1,4}}[ \t\u00a0]+)*"
                           rf"(?:{PLAIN_CAPITALISED}|{discover._IRISH_MUTATED}))*")
APOSTROPHE_END = re.compile(r"[’']s?$")
PLAIN_POSSESSIVE = re.compile(r"(?:[’']s|(?<=[sxzSXZ])[’'])$")  # a bare apostrophe after s, x or z only ("Ochieng'")

PIECES = ["al-", "el-", "ash-", "as-", "az-", "ad", "an", "a", "e", "l", "s", "h", "-", "Burhan", "Ángel", "Élise",
          "of", "the", "de", "ÉU", "U.S.", " ", "  ", "\t", "\u00a0", "\n", ".", ",", "’", "'", "’s", "'s", "“", "Z",
          "x", "Ω", "ω", "İ", "ß", "Ó", "Í", "hA", "tS", "n", "2", "ʻ", "ǃ"]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=1000, derandomize=True, deadline=None, database=None)
@given(texts)
def test_the_stretch_regex_finds_the_stretches_the_plain_one_does(text):
    assert [m.span() for m in discover._STRETCH.finditer(text)] == [m.span() for m in PLAIN_STRETCH.finditer(text)]


@settings(max_examples=1000, derandomize=True, deadline=None, database=None)
@given(st.lists(st.sampled_from(["B", "s", "’", "'", "x", "S", "é"]), min_size=1, max_size=6).map("".join))
def test_possessives_are_cut_as_the_regex_cuts_them(word):
    assert discover._without_possessive(word) == PLAIN_POSSESSIVE.sub("", word)
    assert word.endswith(discover.POSSESSIVE) == (APOSTROPHE_END.search(word) is not None)


def test_the_stretch_regex_starts_at_capitals_and_particles_only():
    text = "talks at home with al-Burhan, then a walk. another aside: as-is, unlike Élise"
    assert [m.group(0) for m in discover._STRETCH.finditer(text)] == ["al-Burhan,", "as-is,", "Élise"]


GAPS = ["", " ", "\t", "\n", "\u00a0", "\u2003", " x", ","]
befores = st.tuples(st.sampled_from(["", "the city", "a town", "port", "xcity", "city,"]), st.sampled_from(GAPS),
                    st.sampled_from(["of", "Of", "off", "f"]), st.sampled_from(GAPS)).map("".join)


@settings(max_examples=1000, derandomize=True, deadline=None, database=None)
@given(befores)
def test_a_place_before_a_name_is_found_as_the_search_finds_it(before):
    assert discover._place_before(before) == (discover._PLACE_BEFORE.search(before) is not None)


PROSE_PIECES = ["water", "Water", "water.", "Rand", "rand", "the", "-", "’", "'", "_", "waters", "wateres", "rand water",
                "Wasser", "é", "1", " ", "  ", ",", "\u00a0", "\n", "(", "İ"]
prose_texts = st.lists(st.sampled_from(PROSE_PIECES), max_size=12).map(" ".join)
queries = st.sampled_from(["Water", "Rand", "The", "Co.", "water-", "Waters", "Wateres", "Rand Water", "rand  water",
                           "Rand Water The", " water", "s", "es", "", "İ", "-"])


def _plain_words(paragraphs: tuple[str, ...]) -> list[str]:
    return re.findall(r"[\w’'-]+", " ".join(paragraphs))


@settings(max_examples=2000, derandomize=True, deadline=None, database=None)
@given(st.lists(prose_texts, min_size=1, max_size=3).map(tuple), queries)
def test_the_prose_finds_and_counts_words_as_its_list_of_words_would(paragraphs, name):
    prose, words = _Prose.of(paragraphs), _plain_words(paragraphs)
    written, spaced, lower = frozenset(words), f" {' '.join(words)} ", name.lower()
    assert (name in prose) == (lower in written if " " not in lower else f" {lower} " in spaced)
    assert prose.common(name) == (lower in written and spaced.count(f" {lower} ") >= _COMMON_USES)
    assert prose.plural(name) == (lower.endswith("s") and (lower[:-1] in written
                                                            or (lower.endswith("es") and lower[:-2] in written)))
