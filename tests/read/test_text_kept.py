"""The raw-text reader on the discovery stories (tests/extract/stories/), written blind as whole pasted pages with
their furniture: nothing of an article's text is lost (every quotation the gold lists opens in a paragraph the
reader keeps; one missing is a paragraph set aside as furniture), and no date is wrong (a file named by its
publication date is read with that date or with none)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.read.article import make_article
from briefing.read.load import read_source
from briefing.read.readerdata import load_reader_rules
from conftest import read_yaml

STORIES = Path(__file__).resolve().parent.parent / "extract" / "stories"
RULES, _ = load_reader_rules()
_DATED = re.compile(r"^(\d{4}-\d\d-\d\d)-")


def _plain(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


@pytest.mark.parametrize("story", sorted(p.name for p in STORIES.iterdir() if (p / "gold.yaml").exists()))
def test_no_quotation_is_lost_and_no_date_is_wrong(story: str) -> None:
    folder = STORIES / story
    kept, wrong = {}, {}
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt")):
        cleaned = make_article(read_source(path.read_bytes(), str(path), path.name), RULES)
        kept[path.stem] = _plain(" ".join(cleaned.paragraphs))
        dated, date = _DATED.match(path.name), cleaned.article.date
        if dated and date is not None and date.iso() != dated.group(1):
            wrong[path.name] = date.iso()
    quotes = read_yaml(folder / "gold.yaml").get("quotes") or ()
    lost = [(q["article"], q["start"]) for q in quotes if _plain(str(q["start"])) not in kept[str(q["article"])]]
    assert (lost, wrong) == ([], {})
