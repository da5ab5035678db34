"""Speech verbs found in the lower-cased text are the ones the case-blind regex finds, less nouns written as one,
"added" that adds a thing, and "writing" or "ruling" that reports nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.verbs import SPEECH_VERBS, VERBS, find_verbs

# "writing" and "ruling" count only before "that" or a quotation, "describing", "calling" and "defended" only before a
# quotation (see the tests of them below)
PIECES = [*(verb for verb in SPEECH_VERBS if verb not in ("writing", "ruling", "describing", "calling", "defended")), "SAID", "Told", "aCcOrDiNg To", "ſaid", "aſked", "wrıtes", "ASKED", "İ", "ı", "ſ", "K",
          "Σ", "ß", "ẞ", "é", "x", "_", "1", " ", "“", "’", ".", ",", "Guaidó", "saidx", "re"]
texts = st.lists(st.sampled_from(PIECES), max_size=20).map("".join)


def _spans(matches):
    return [m.span() for m in matches]


@settings(max_examples=1000, derandomize=True, deadline=None, database=None)
@given(texts)
def test_find_verbs_finds_what_the_case_blind_regex_finds(text):
    assert list(find_verbs(text)) == _spans(VERBS.finditer(text))


def test_find_verbs_sees_every_case_and_odd_letters():
    text = "He SAID, she Told them, aſked by İnan; according To the statement"
    assert [text[a:b] for a, b in find_verbs(text)] == ["SAID", "Told", "aſked", "according To"]


def test_a_speech_verb_written_as_a_noun_after_a_determiner_is_no_verb():
    text = "They gave Canberra too much say over it, he said. The notes say so, and she has a final say."
    assert [text[a:b] for a, b in find_verbs(text)] == ["said", "say"]
    text = "Their calls went unanswered; she calls it theft."
    assert [text[a:b] for a, b in find_verbs(text)] == ["calls"] and find_verbs(text)[0][0] == text.index("calls it")


def test_a_speech_verb_written_as_a_noun_before_a_verb_of_its_own_is_no_verb():
    text = "The first JTF calls will open in May, the ruling was upheld, and she calls it “a start”."
    assert [text[a:b] for a, b in find_verbs(text)] == ["calls"] and find_verbs(text)[0][0] == text.index("calls it")


def test_alleges_is_a_speech_verb_and_alleged_an_adjective_most_often():
    text = "It alleges that the money was lost; the court asked about alleged “criminal” conduct."
    assert [text[a:b] for a, b in find_verbs(text)] == ["alleges", "asked"]


def test_added_adds_a_thing_unless_a_quotation_follows_in_its_sentence():
    text = "She said Gangotri had added a second shift. The judge added a sentence that is now on T-shirts: “No.”"
    assert [text[a:b] for a, b in find_verbs(text)] == ["said", "added"]
    assert text.index("added a sentence") == find_verbs(text)[1][0]


def test_writing_and_ruling_report_only_before_that_or_a_quotation_and_accused_is_a_verb_unless_a_noun():
    text = ("Judge Pathak, writing for the bench, suspended it, ruling that it was “formal”. The ruling party "
            "accused the mayor of “playing politics”; the accused said no. She sent a letter, writing: “Enough.”")
    assert [text[a:b] for a, b in find_verbs(text)] == ["ruling", "accused", "said", "writing"]


@pytest.mark.parametrize("text, verbs", [
    ("He left, describing the answers as “polite fog”.", ["describing"]),
    ("She left, calling the ruling “a matter for the court”.", ["calling"]),
    ("She defended the offer as “generous and fair”.", ["defended"]),
    ("He left, describing the scene to his wife.", []),
    ("She left, calling for new talks. Nursing was her calling.", []),
    ("The champion defended her title in Oslo.", []),
])
def test_describing_calling_and_defended_report_speech_only_before_a_quotation(text: str, verbs: list[str]) -> None:
    assert [text[a:b] for a, b in find_verbs(text)] == verbs


@pytest.mark.parametrize("text, verbs", [
    ("In its 29 April decision the SAC found the order to be “a strategic act”.", ["found"]),
    ("“The defendants cannot plead ignorance,” the court found.", ["found"]),
    ("The justices found that the programme was “a valid exercise of the State's police power”.", ["found"]),
    ("“Delays of this kind are not an act of God,” the order continued.", ["continued"]),
    ("Investigators found debris near the dam.", []),
    ("The court ordered the firm to pay for the grain, finding that it had “failed”.", ["finding"]),
    ("Inspectors closed the pit, finding that it was unsafe.", []),
    ("The review found that the warnings were “unusable”.", ["found"]),
    ("It concluded that dust was “a probable contributor”.", ["concluded"]),
    ("A study published last year found that subsidence had spread.", []),
    ("The FPIA said stockpiles held at production sites had fallen.", ["said"]),
    ("The court said the detainees were being held on suspicion of mining.", ["said"]),
])
def test_a_court_s_verbs_report_its_ruling(text: str, verbs: list[str]) -> None:
    assert [text[start:end] for start, end in find_verbs(text)] == verbs


@pytest.mark.parametrize(("text", "verbs"), [
    ("He had said in a message read on local radio that “the right to protest has limits”.", ["said"]),
    ("A statement read out at the rally called for calm.", ["called"]),
    ("The letter read: “We will not leave.”", ["read"]),
    ("Officials read on until dawn.", ["read"]),
])
def test_read_after_a_document_s_noun_and_before_where_it_was_read_is_no_speech_verb(text: str,
                                                                                     verbs: list[str]) -> None:
    assert [text[start:end] for start, end in find_verbs(text)] == verbs


def test_a_speech_verb_written_as_a_noun_after_a_possessive_is_no_verb():
    text = "He called the company’s counters weak. Sangma counters that the council is wrong."
    assert [text[a:b] for a, b in find_verbs(text)] == ["called", "counters"]
    assert find_verbs(text)[1][0] == text.index("counters that")
