"""Tests for briefing.extract.quotes: quotation marks, attribution, split quotes and scare quotes."""

from __future__ import annotations

from briefing.extract.actors import Actor, Gazetteer
from briefing.extract.quotes import MIN_WORDS, find_quotes, quote_spans

GAZETTEER = Gazetteer((
    Actor("mike-pompeo", "Mike Pompeo", "person", "secretary of state", ()),
    Actor("julio-borges", "Julio Borges", "person", "opposition envoy", ()),
    Actor("jorge-guajardo", "Jorge Guajardo", "person", "former ambassador", ()),
    Actor("roberta-jacobson", "Roberta S. Jacobson", "person", "former official", ("Jacobson",)),
    Actor("nicolas-maduro", "Nicolás Maduro", "person", "president", ()),
    Actor("venezuela", "Venezuela", "country", "country", ()),
))


def quotes(*paragraphs: str) -> list[tuple[str, str | None, int]]:
    return [(q.text, q.speaker_key, q.paragraph) for q in find_quotes(paragraphs, GAZETTEER)]


class TestMarks:
    def test_curly_straight_and_misturned_marks(self) -> None:
        text = "“One two,” she said. \"Three four\" and ”five six,” too."
        assert [text[a + 1 : b] for a, b in quote_spans(text)] == ["One two,", "Three four", "five six,"]

    def test_german_marks_open_low_and_close_with_a_turned_comma(self) -> None:
        text = "„Dad measures a job by its noise,“ she says. „Ours makes none.“ A “plain” one."
        assert [text[a + 1 : b] for a, b in quote_spans(text)] == ["Dad measures a job by its noise,", "Ours makes none.",
                                                                   "plain"]
        assert quotes("„Mike Pompeo will not be left without an answer,“ Julio Borges said.") == [
            ("Mike Pompeo will not be left without an answer", "julio-borges", 1)]

    def test_single_quotes_but_not_apostrophes(self) -> None:
        text = "Maduro's aides said 'it is totally false, ' he said, and the Venezuelans' homes"
        assert [text[a + 1 : b] for a, b in quote_spans(text)] == ["it is totally false, "]


    def test_curly_single_quotes_as_british_and_trade_papers_write_them(self) -> None:
        text = "‘The miners’ union will not sign, and we don’t blame them,’ he said of the ‘final offer’."
        assert [text[a + 1 : b] for a, b in quote_spans(text)] == [
            "The miners’ union will not sign, and we don’t blame them,", "final offer"]

    def test_double_quotes_inside_curly_single_ones_are_part_of_them(self) -> None:
        text = "‘He told us “never again”, and we believed him,’ she said."
        assert [text[a + 1 : b] for a, b in quote_spans(text)] == ["He told us “never again”, and we believed him,"]

    def test_a_curly_single_quotation_opening_a_paragraph_may_run_to_its_end(self) -> None:
        text = "‘We will stay on the tracks until the ministry listens. Nothing else will move us."
        assert [text[a + 1 : b] for a, b in quote_spans(text)] == [text[1:]]


class TestAttribution:
    def test_speaker_after_quote(self) -> None:
        assert quotes("“All member states must align themselves with democracy,” Mr. Pompeo said.") == [
            ("All member states must align themselves with democracy", "mike-pompeo", 1)]

    def test_inverted_said_name(self) -> None:
        assert quotes("“I think the stance is the right one,” said Jorge Guajardo, a former ambassador.")[0][1] == (
            "jorge-guajardo")

    def test_appositive_and_time_after_the_name(self) -> None:
        text = "“The one who has closed any door is Maduro himself,” Julio Borges, who is an envoy, said Monday."
        assert quotes(text)[0][1] == "julio-borges"

    def test_a_role_in_apposition_without_an_article_between_name_and_verb(self) -> None:
        for role in ("president of the opposition alliance", "opposition envoy"):
            text = f"“The one who has closed any door is Maduro himself,” Julio Borges, {role}, told reporters."
            assert quotes(text)[0][1] == "julio-borges", role

    def test_speaker_before_quote(self) -> None:
        assert quotes("Mr. Pompeo told reporters that “we have many options for the region, really.”")[0][1] == (
            "mike-pompeo")

    def test_quote_continues_in_next_sentence(self) -> None:
        text = "“The door is closed,” Borges said Monday. “We must use all the tools we have to push him.”"
        assert [q[1] for q in quotes(text)] == ["julio-borges", "julio-borges"]

    def test_split_quote_is_joined(self) -> None:
        text = "“Our hope is for free and fair elections,” Mr. Pompeo said on that occasion, “to restore democracy.”"
        assert quotes(text) == [("Our hope is for free and fair elections, to restore democracy.", "mike-pompeo", 1)]

    def test_pronoun_resolves_to_the_speaker_just_named(self) -> None:
        found = quotes(
            "Roberta S. Jacobson, a former official, said there was a real danger.",
            "”There’s always the risk of mistakes and miscalculations,” she said.",
        )
        assert found == [("There’s always the risk of mistakes and miscalculations", "roberta-jacobson", 2)]

    def test_pronoun_is_not_resolved_across_a_gap(self) -> None:
        found = quotes(
            "Mr. Pompeo said there was a danger.",
            "Nothing was said about it by anyone here today.",
            "The weather was fine for the whole of the week.",
            "“The regime is illegitimate and must go now,” he said.",
        )
        assert found == [("The regime is illegitimate and must go now", None, 4)]

    def test_unknown_speaker_is_none_and_stops_pronouns(self) -> None:
        found = quotes("Mr. Pompeo said so. “We had very little confidence in these people,” the person said. "
                       "“We listen to anyone who wants to talk,” he said.")
        assert [q[1] for q in found] == [None, None]

    def test_a_country_does_not_speak_for_a_longer_phrase(self) -> None:
        assert quotes("“We listen to anyone who wants to talk to us,” officials in Venezuela said.")[0][1] is None


class TestScareQuotes:
    def test_short_quote_without_speech_verb_is_dropped(self) -> None:
        assert quotes("Mr. Pompeo cited “bellicose actions” by Venezuela along its border.") == []

    def test_short_quote_after_distant_verb_is_dropped(self) -> None:
        assert quotes("Borges said his country should serve as a “model” in immigration.") == []

    def test_long_unattributed_quote_is_kept_without_speaker(self) -> None:
        text = "The operation was described as “all listening. We listen to anyone who wants to talk to us.”"
        assert quotes(text) == [("all listening. We listen to anyone who wants to talk to us.", None, 1)]

    def test_threshold_is_the_number_of_words(self) -> None:
        short = " ".join(["word"] * (MIN_WORDS - 1))
        long = " ".join(["word"] * MIN_WORDS)
        assert quotes(f"It was “{short}” then.", f"It was “{long}” then.") == [(long, None, 2)]

    def test_short_quote_with_adjacent_attribution_is_kept(self) -> None:
        assert quotes("'it is totally false, ' Maduro said.") == [("it is totally false", "nicolas-maduro", 1)]

    def test_quoted_word_as_subject_is_not_a_quote(self) -> None:
        assert quotes("Anonymous “people” told the newspaper.") == []
