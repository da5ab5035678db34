"""Finding which gazetteer patterns to try splits the plain text only when it may hold an exact-case
alias: the same patterns as splitting it always."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.actors import (_WORD, Actor, Gazetteer, _candidates, _lower_plain, _words, find_spans,
                                     strip_accents)

ASCII = Gazetteer((Actor("us", "United States", "country", "", ("US", "U.S.")),
                   Actor("un", "United Nations", "organisation", "", ("UN",)),
                   Actor("maduro", "Nicolás Maduro", "person", "")))
NOT_ASCII = Gazetteer((*ASCII.actors,
                       Actor("uno", "Организация Объединённых Наций", "organisation", "", ("ООН", "ÉU"))))
PIECES = ["US", "us", "Us", "U.S.", "u.s.", "UN", "un", "ÉU", "éu", "EU", "ООН", "оон", "Maduro", "MADURO", "maduro",
          "Nicolás", "İ", "Σ", "ς", "ß", " ", ", ", ".", "’s", "-", "United", "States", "Nations", "x"]
texts = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


def _always_split(plain: str, folded: str, gazetteer: Gazetteer) -> list[object]:
    numbers = [number for exact, text in ((True, plain), (False, folded))
               for needle in gazetteer._index[exact].keys() & {"", *_WORD.findall(text)}
               for number in gazetteer._index[exact][needle]]
    return [gazetteer._patterns[n] for n in sorted(numbers)]


@settings(max_examples=1000, derandomize=True, deadline=None, database=None)
@given(texts, st.sampled_from([ASCII, NOT_ASCII]))
def test_the_candidates_are_those_of_splitting_the_plain_text_always(text, gazetteer):
    plain = strip_accents(text)
    folded = _lower_plain(plain)
    assert _candidates(plain, folded, gazetteer) == _always_split(plain, folded, gazetteer)


def test_an_exact_case_alias_is_found_and_its_lower_case_is_not():
    assert ASCII._exact_hints == frozenset({"us", "u", "un"}) and NOT_ASCII._exact_hints is None
    spans = find_spans("The US and the UN met; let us go with Maduro.", ASCII)
    assert [s.key for s in spans] == ["us", "un", "maduro"]


ODD = ["_", "a_b", "\u00a0", "\u2028", "\t", "²", "٣", "x,y", "'"]
"""Word characters that are no ASCII letters ("_", "²", "٣"), spaces other than " ", punctuation inside a word."""


@settings(max_examples=1000, derandomize=True, deadline=None, database=None)
@given(st.lists(st.sampled_from(PIECES + ODD), max_size=16).map("".join))
def test_the_words_of_a_text_are_those_the_regex_finds(text):
    assert _words(text) == {"", *_WORD.findall(text)}
