"""make_dossier and its groupings on small hand-made articles, extractions and gazetteers (pure)."""

from __future__ import annotations

from briefing.dates import parse_date
from briefing.extract.extraction import (
    Actor,
    Event,
    Extraction,
    Gazetteer,
    Mention,
    Quote,
)
from briefing.records import Article
from briefing.site.dossier import (
    actor_groups,
    event_dates,
    event_years,
    make_dossier,
    quote_groups,
    split_around,
)

GAZETTEER = Gazetteer((
    Actor("venezuela", "Venezuela", "country", "A country"),
    Actor("oas", "Organization of American States", "organisation", "Regional body"),
    Actor("pompeo", "Mike Pompeo", "person", "Secretary of State", ("Pompeo",)),
    Actor("guaido", "Juan Guaidó", "person", "Opposition leader", ("Guaido",)),
    Actor("bolton", "John Bolton", "person", "Adviser"),
    Actor("nobody", "Never Mentioned", "person", "Absent from every article"),
    Actor("avila", "Ávila Zed", "person", "Sorted by letter, not by accent"),
))


def _article(slug: str, date: str) -> Article:
    return Article(slug=slug, title=f"Title {slug}", title_is_editorial=False, dek="", authors=(),
                   publication="", date=parse_date(date) if date else None, dateline="", lead="x", paragraph_count=9,
                   captions=(), source_file=f"{slug}.txt", kind="txt", notes=(), tags=(),
                   summary="", word_count=1, reading_minutes=1, provenance=(), removed=(), warnings=())


def _event(text: str, iso: str, precision: str, paragraph: int, *, relative: bool = False,
           sentence: str = "") -> Event:
    return Event(text, iso, precision, relative, paragraph, sentence or f"It happened {text}.")


# Timeline order: a (2019) before b (2020).
ARTICLES = (_article("a", "2019-01-24"), _article("b", "2020-03-02"))
EXTRACTIONS = {
    "a": Extraction(
        actors=(Mention("pompeo", 1, "Pompeo"), Mention("venezuela", 1, "Venezuela"),
                Mention("pompeo", 3, "Mr. Pompeo"), Mention("oas", 3, "OAS"), Mention("avila", 4, "Avila")),
        quotes=(Quote("All member states must align", "pompeo", 3), Quote("No one said this", None, 5)),
        events=(_event("on Wednesday", "2019-01-23", "day", 2, relative=True),
                _event("in 2017", "2017", "year", 7),
                _event("on Wednesday", "2019-01-23", "day", 9, relative=True),
                _event("in December", "2018-12", "month", 4, relative=True))),
    "b": Extraction(
        actors=(Mention("guaido", 2, "Guaido"), Mention("pompeo", 6, "Pompeo"), Mention("bolton", 8, "Bolton")),
        quotes=(Quote("Zealous words", "bolton", 8), Quote("Another", "pompeo", 6), Quote("Anon", None, 1)),
        events=(_event("2017", "2017-05", "month", 3), _event("The 1947", "1947", "year", 1),
                _event("in 2019", "2019", "year", 2))),
}


def _dossier():
    return make_dossier(ARTICLES, EXTRACTIONS, GAZETTEER)


def test_actors_are_people_then_organisations_then_countries_by_name() -> None:
    dossier = _dossier()
    assert [a.key for a in dossier.actors] == ["avila", "bolton", "guaido", "pompeo", "oas", "venezuela"]
    groups = actor_groups(dossier.actors)
    assert [(g.label, g.anchor, [a.key for a in g.actors]) for g in groups] == [
        ("People", "people", ["avila", "bolton", "guaido", "pompeo"]),
        ("Organisations", "organisations", ["oas"]),
        ("Countries", "countries", ["venezuela"])]


def test_a_role_the_name_opens_with_is_not_shown_again() -> None:
    chief = Gazetteer((Actor("siyanzi", "Senior Chief Siyanzi", "person", "Senior Chief"),
                       Actor("pompeo", "Mike Pompeo", "person", "Secretary of State")))
    found = Extraction(actors=(Mention("siyanzi", 1, "Siyanzi"), Mention("pompeo", 2, "Pompeo")), quotes=(), events=())
    dossier = make_dossier(ARTICLES[:1], {"a": found}, chief)
    assert [(a.name, a.role) for a in dossier.actors] == [("Mike Pompeo", "Secretary of State"),
                                                          ("Senior Chief Siyanzi", "")]


def test_an_actor_lists_its_articles_in_timeline_order_with_dates_and_counts() -> None:
    pompeo = next(a for a in _dossier().actors if a.key == "pompeo")
    assert pompeo.path == "actors/pompeo.html"
    assert [(m.path, m.date_iso, m.date_human, m.mentions) for m in pompeo.articles] == [
        ("articles/a.html", "2019-01-24", "24 January 2019", 2), ("articles/b.html", "2020-03-02", "2 March 2020", 1)]
    assert [q.text for q in pompeo.quotes] == ["All member states must align", "Another"]


def test_quote_citations_point_at_their_paragraph() -> None:
    quote = _dossier().by_article["a"].quotes[0]
    assert quote.speaker is not None and quote.speaker.path == "actors/pompeo.html"
    citation = quote.citation
    assert (citation.path, citation.paragraph, citation.title, citation.date_iso) == (
        "articles/a.html#p3", 3, "Title a", "2019-01-24")


def test_quotes_are_grouped_by_speaker_with_the_unattributed_last() -> None:
    groups = quote_groups(_dossier())
    assert [(g.speaker.title if g.speaker else None, g.anchor, [q.text for q in g.quotes]) for g in groups] == [
        ("John Bolton", "q-bolton", ["Zealous words"]),
        ("Mike Pompeo", "q-pompeo", ["All member states must align", "Another"]),
        (None, "q-unattributed", ["No one said this", "Anon"])]
    assert groups[1].role == "Secretary of State"


def test_no_unattributed_group_when_every_quote_has_a_speaker() -> None:
    extractions = {**EXTRACTIONS, "a": Extraction((), (Quote("Said", "pompeo", 1),), ()),
                   "b": Extraction((), (), ())}
    groups = quote_groups(make_dossier(ARTICLES, extractions, GAZETTEER))
    assert [g.anchor for g in groups] == ["q-pompeo"]


def test_events_are_sorted_by_date_coarse_dates_first_then_timeline_and_paragraph_order() -> None:
    events = _dossier().events
    assert [(e.date_iso, e.citation.path) for e in events] == [
        ("1947", "articles/b.html#p1"), ("2017", "articles/a.html#p7"), ("2017-05", "articles/b.html#p3"),
        ("2018-12", "articles/a.html#p4"), ("2019", "articles/b.html#p2"), ("2019-01-23", "articles/a.html#p2"),
        ("2019-01-23", "articles/a.html#p9")]
    assert events[0].date_human == "1947" and events[3].date_human == "December 2018"


def test_event_years_merge_one_articles_mentions_of_one_date() -> None:
    years = event_years(_dossier().events)
    assert [(y.year, y.anchor, y.count, len(y.entries)) for y in years] == [
        ("1947", "y-1947", 1, 1), ("2017", "y-2017", 2, 2), ("2018", "y-2018", 1, 1), ("2019", "y-2019", 3, 2)]
    wednesday = years[-1].entries[-1]
    assert (wednesday.date_iso, wednesday.relative, wednesday.phrases, wednesday.paragraphs) == (
        "2019-01-23", True, ("on Wednesday",), (2, 9))
    assert wednesday.article.title == "Title a"


def test_an_articles_events_are_listed_by_date() -> None:
    entries = event_dates(_dossier().by_article["a"].events)
    assert [(e.date_iso, e.paragraphs) for e in entries] == [("2017", (7,)), ("2018-12", (4,)),
                                                             ("2019-01-23", (2, 9))]


def test_an_event_sentence_is_split_around_its_phrase() -> None:
    event = _dossier().events[0]
    assert event.sentence_parts == ("It happened ", "The 1947", ".")
    assert split_around("No date here.", "in 2019") == ("", "", "No date here.")


def test_a_large_briefings_quotes_page_keeps_each_speakers_latest_quotes() -> None:
    groups = quote_groups(_dossier(), latest=1)
    assert [(g.anchor, [q.text for q in g.quotes], g.total, g.hidden) for g in groups] == [
        ("q-bolton", ["Zealous words"], 1, 0), ("q-pompeo", ["Another"], 2, 1), ("q-unattributed", ["Anon"], 2, 1)]
