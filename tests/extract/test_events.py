"""Tests for briefing.extract.events: date phrases, their precision, and resolution against publication."""

from __future__ import annotations

import datetime

import pytest

from briefing.extract.events import find_events, sentence_spans

MONDAY = datetime.date(2019, 9, 23)


def found(text: str, published: datetime.date | None = MONDAY) -> list[tuple[str, str, str, bool]]:
    return [(e.text, e.iso, e.precision, e.relative) for e in find_events((text,), published)]


class TestAbsolute:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("seen on Friday, Feb. 8, 2019.", ("Friday, Feb. 8, 2019", "2019-02-08", "day", False)),
            ("since the Sept. 11, 2001, attacks", ("Sept. 11, 2001", "2001-09-11", "day", False)),
            ("on 8 February 2019 it rained", ("8 February 2019", "2019-02-08", "day", False)),
            ("his May 2018 re-election", ("May 2018", "2018-05", "month", False)),
            ("In August 2017, Trump spoke", ("August 2017", "2017-08", "month", False)),
            ("The 1947 Rio Treaty", ("The 1947", "1947", "year", False)),
            ("a peace process that in 2016 ended", ("in 2016", "2016", "year", False)),
        ],
    )
    def test_phrase(self, text: str, expected: tuple[str, str, str, bool]) -> None:
        assert found(text) == [expected]

    def test_absolute_dates_need_no_publication_date(self) -> None:
        assert found("on Friday, Feb. 8, 2019, and on Monday", None) == [
            ("Friday, Feb. 8, 2019", "2019-02-08", "day", False)]

    @pytest.mark.parametrize("text", ["250,000 people", "$2019 million", "2019", "room 1947", "May we go?"])
    def test_numbers_and_words_that_are_not_dates(self, text: str) -> None:
        assert found(text) == []

    def test_impossible_day_is_dropped(self) -> None:
        assert found("on Feb. 30, 2019") == []

    def test_range_between_two_years(self) -> None:
        assert [e[1] for e in found("protests between 2014 and 2017")] == ["2014", "2017"]


class TestRelative:
    @pytest.mark.parametrize(
        ("text", "iso"),
        [
            ("convened Monday", "2019-09-23"),  # publication day itself
            ("Ahead of Monday’s meeting", "2019-09-23"),
            ("on Sunday", "2019-09-22"),
            ("on Wednesday", "2019-09-18"),  # the latest Wednesday on or before publication
            ("next Wednesday", "2019-09-25"),
            ("sworn in on January 10", "2019-01-10"),
            ("sworn in on December 10", "2018-12-10"),
            ("three months ago", "2019-06"),
        ],
    )
    def test_day_and_month(self, text: str, iso: str) -> None:
        assert [(e[1], e[3]) for e in found(text)] == [(iso, True)]

    @pytest.mark.parametrize(
        ("text", "iso", "precision"),
        [
            ("a campaign in January", "2019-01", "month"),
            ("the decision in December", "2018-12", "month"),
            ("since at least March", "2019-03", "month"),
            ("Just last month", "2019-08", "month"),
            ("Last year, the US said", "2018", "year"),
            ("early this year", "2019", "year"),
        ],
    )
    def test_month_and_year(self, text: str, iso: str, precision: str) -> None:
        assert [(e[1], e[2], e[3]) for e in found(text)] == [(iso, precision, True)]

    def test_january_of_the_new_year(self) -> None:
        assert found("last month", datetime.date(2019, 1, 24))[0][1] == "2018-12"

    @pytest.mark.parametrize(
        ("text", "iso"),
        [
            ("The assembly will meet on Wednesday.", "2019-09-25"),  # MONDAY is Monday, 2019-09-23
            ("The vote is scheduled to take place on Friday", "2019-09-27"),
            ("He will be sworn in on Monday", "2019-09-23"),  # the publication day itself
            ("A new assembly will be elected on Sunday", "2019-09-29"),  # a participle, not a past verb
            ("Elections will be held on January 10", "2020-01-10"),
            ("Elections will be held on October 10", "2019-10-10"),
            ("He plans to take office in January", "2020-01"),
            ("She will not travel until last Wednesday's talks end", "2019-09-18"),
            ("Guaidó, who will run again, said on Wednesday that", "2019-09-18"),  # a past verb in between
            ("“We will see,” Mr. Maduro said on Sunday", "2019-09-22"),
            ("The opposition will march. They met on Wednesday", "2019-09-18"),  # another sentence
            ("The storm could push seawater onto the coast by Wednesday", "2019-09-25"),  # a modal
            ("The talks might resume on Friday", "2019-09-27"),
            ("The border may reopen on Saturday", "2019-09-28"),
            ("The assembly is likely to vote on Thursday", "2019-09-26"),
        ],
    )
    def test_a_date_in_a_clause_about_the_future_is_the_next_one(self, text: str, iso: str) -> None:
        assert [e[1] for e in found(text)] == [iso]

    def test_the_month_may_is_not_the_modal_may(self) -> None:
        assert [e[1] for e in found("In May they meet on Friday")] == ["2019-05", "2019-09-20"]

    def test_unresolved_without_publication_date(self) -> None:
        assert found("on Monday, in December, on January 10, last year", None) == []


class TestContext:
    def test_event_keeps_paragraph_and_sentence(self) -> None:
        events = find_events(("No dates.", "It began. Mr. Maduro spoke on Wednesday in Caracas. Then it ended."), MONDAY)
        assert [(e.paragraph, e.sentence) for e in events] == [(2, "Mr. Maduro spoke on Wednesday in Caracas.")]

    def test_sentences_do_not_break_after_titles_or_initials(self) -> None:
        text = "Michael R. Pompeo met Mr. Duque in the U.S. on Sept. 3. He left."
        assert [text[s:e] for s, e in sentence_spans(text)] == [
            "Michael R. Pompeo met Mr. Duque in the U.S. on Sept. 3.", "He left."]

    def test_sentences_do_not_break_inside_protected_spans(self) -> None:
        text = "He said “One. Two.” Then left."
        assert [text[s:e] for s, e in sentence_spans(text, ((8, 18),))] == ["He said “One. Two.”", "Then left."]


class TestNearAhead:
    """A day or month named with no tense either way, soon after publication, is the coming one."""

    PUBLISHED = datetime.date(2025, 3, 18)

    @pytest.mark.parametrize(("text", "iso"), [
        ("Submissions close on April 4 through the council's website.", "2025-04-04"),
        ("The work starts in April and lasts two years.", "2025-04"),
        ("Submissions closed on April 4, the council said.", "2024-04-04"),   # past tense: the last one
        ("The festival opens on October 9 in the old harbour.", "2024-10-09"),  # far ahead: the last one
    ])
    def test_the_coming_one_when_it_is_near(self, text: str, iso: str) -> None:
        assert [e[1] for e in found(text, self.PUBLISHED)] == [iso]
