"""Golden expectations for what the loader makes of each seed, with and without front matter."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEEDS

from briefing.read.article import make_article
from briefing.read.load import load_sources
from briefing.read.readerdata import load_reader_rules
from briefing.records import Article, Cleaned

RULES, _ = load_reader_rules()


def load_cleaned(folder: Path) -> dict[str, Cleaned]:
    sources, _, _ = load_sources(folder)
    return {s.name[:3]: make_article(s, RULES) for s in sources}


def origin(article: Article, field: str) -> tuple[str, str]:
    return next((p.origin, p.detail) for p in article.provenance if p.field == field)


# Without front matter: what the loader finds on its own in the scraped text.
RAW = {
    "000": dict(date="2019-09-23", date_origin="scraper header", publication="", authors=(),
                dateline="", paragraphs=23, captions=0, removed=("date 2019-09-23",)),
    "001": dict(date=None, date_origin="missing", publication="The New York Times", authors=(),
                dateline="WASHINGTON", paragraphs=29, captions=0,
                removed=("Orignially published in NYT.",
                         "Do NOT follow this link or you will be banned from the site!",
                         "error: Content is protected !!")),
    "002": dict(date="2019-02-08", date_origin="inferred", publication="", authors=(), dateline="",
                paragraphs=16, captions=1, removed=(
                    "U.S. in Direct Talks With Venezuelan Military, Urging Defections",
                    "U.S. in Direct Talks With Venezuelan Military, Urging Defections", "Latest News")),
    "003": dict(date=None, date_origin="missing", publication="", authors=("Frances Martel",),
                dateline="", paragraphs=20, captions=1,
                removed=("Follow Frances Martel on Facebook and Twitter.",
                         "Please let us know if you're having issues with commenting.")),
    "004": dict(date=None, date_origin="missing", publication="The Province",
                authors=("Karen Deyoung", "Greg Jaffe"), dateline="WASHINGTON", paragraphs=21,
                captions=1, removed=("The Province", "— AP PHOTO While there have been signs of dissent in "
                                     "Venezuela, including these retirees who took to the streets on Thursday "
                                     "to demand their full pensions, U.S. officials are frustrated by the lack "
                                     "of a coordinated resistance.",
                                     "Newspapers in English", "Newspapers from Canada")),
}
RAW_TITLES = {
    "002": "U.S. in Direct Talks With Venezuelan Military, Urging Defections",
    "003": "Antony Blinken Uses Latin America Tour to Pressure Venezuelans into Talks with Socialist "
           "Dictator Maduro",
    "004": "Venezuela coup-plotters asked U.S. for help",
}


@pytest.fixture(scope="module")
def raw_cleaned(raw_seeds: Path) -> dict[str, Cleaned]:
    return load_cleaned(raw_seeds)


@pytest.fixture(scope="module")
def seeded_cleaned() -> dict[str, Cleaned]:
    return load_cleaned(SEEDS)


@pytest.fixture(scope="module")
def raw(raw_cleaned: dict[str, Cleaned]) -> dict[str, Article]:
    return {key: cleaned.article for key, cleaned in raw_cleaned.items()}


@pytest.fixture(scope="module")
def seeded(seeded_cleaned: dict[str, Cleaned]) -> dict[str, Article]:
    return {key: cleaned.article for key, cleaned in seeded_cleaned.items()}


@pytest.mark.parametrize("key", sorted(RAW))
def test_raw_seed_fields(raw, key):
    article, expected = raw[key], RAW[key]
    assert (article.date.iso() if article.date else None) == expected["date"]
    assert origin(article, "date")[0] == expected["date_origin"]
    assert article.publication == expected["publication"]
    assert article.authors == expected["authors"]
    assert article.dateline == expected["dateline"]
    assert article.paragraph_count == expected["paragraphs"]
    assert len(article.captions) == expected["captions"]
    assert tuple(r.text for r in article.removed) == expected["removed"]


@pytest.mark.parametrize("key", sorted(RAW))
def test_raw_seed_title(raw, key):
    article = raw[key]
    if key in RAW_TITLES:
        assert article.title == RAW_TITLES[key]
        assert origin(article, "title")[1].startswith("headline, line")
        assert not article.title_is_editorial
    else:
        assert origin(article, "title")[1].startswith("no headline in the text")
        assert article.title_is_editorial
        assert article.title.endswith("…") and len(article.title.split()) == 12
        assert any("no title" in w.message for w in article.warnings)


def test_raw_dates_say_where_they_came_from(raw):
    assert origin(raw["002"], "date") == ("inferred", "photo caption, line 7 (the photo's date; "
                                                      "publication may be later)")
    assert "'OCTOBER 05' but gives no year" in origin(raw["003"], "date")[1]
    assert [w.message.split(":")[0] for w in raw["001"].warnings] == ["no title", "undated"]


def test_raw_header_date_is_removed_from_the_first_paragraph(raw):
    assert raw["000"].lead.startswith("At U.S. urging, leaders")


def test_raw_top_matter_of_004(raw):
    article = raw["004"]
    assert article.dek == "Military officers’ plan to overthrow Maduro eventually turned down by Trump administration"
    assert article.lead.startswith("The Trump administration met several times")
    assert article.captions[0].credit == "AP PHOTO"
    assert "??" not in article.captions[0].text


def test_raw_caption_and_credit_of_003(raw):
    caption = raw["003"].captions[0]
    assert caption.text.startswith("SANTIAGO, CHILE - OCTOBER 05: U.S. Secretary of State")
    assert caption.credit == "Jonnathan Oyarzun/Getty Images, Gaby Oraa/Bloomberg/Getty Images"


# With front matter: the verified facts win over anything inferred.
SEEDED = {
    "000": ("2019-09-23", "Los Angeles Times", ("Tracy Wilkinson",), False),
    "001": ("2019-01-24", "The New York Times", (), True),
    "002": ("2019-02-08", "Aggregator page compiling wire copy", (), False),
    "003": ("2022-10-06", "Breitbart News", ("Frances Martel",), False),
    "004": ("2018-09-09", "The Province", ("Karen DeYoung", "Greg Jaffe"), False),
}


@pytest.mark.parametrize("key", sorted(SEEDED))
def test_front_matter_wins(seeded, seeded_cleaned, raw_cleaned, key):
    article = seeded[key]
    date, publication, authors, editorial = SEEDED[key]
    assert (article.date.iso(), article.publication, article.authors) == (date, publication, authors)
    assert article.title_is_editorial is editorial
    for field in ("title", "date", "publication", "authors"):
        assert origin(article, field)[0] == "front matter"
    assert seeded_cleaned[key].paragraphs == raw_cleaned[key].paragraphs
    assert article.warnings == ()


def test_every_seed_word_is_kept_somewhere(seeded_cleaned):
    """Paragraphs, captions, recognised fields and removed lines together cover the whole body."""
    for key, cleaned in seeded_cleaned.items():
        article, paragraphs = cleaned.article, cleaned.paragraphs
        body = (SEEDS / article.source_file).read_text(encoding="utf-8").split("\n---\n", 1)[1]
        kept = " ".join([*paragraphs, *(c.text + " " + c.credit for c in article.captions),
                         *(r.text for r in article.removed), article.dek, article.dateline,
                         " ".join(article.authors).upper(), article.title])
        for word in body.replace("??", " ").split():
            assert word.strip("—") in kept or word.upper() in kept.upper(), (key, word)
