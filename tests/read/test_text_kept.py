"""Nothing of an article's text is lost: every quotation the discovery stories' gold lists opens in a paragraph
the raw-text reader keeps. The stories (tests/extract/stories/) were written blind, as whole pasted pages with
their furniture, so a quotation missing from the kept paragraphs is a paragraph set aside as furniture."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefing.read.article import make_article
from briefing.read.load import read_source
from briefing.read.readerdata import load_reader_rules

STORIES = Path(__file__).resolve().parent.parent / "extract" / "stories"
RULES, _ = load_reader_rules()


def _plain(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


@pytest.mark.parametrize("story", sorted(p.name for p in STORIES.iterdir() if (p / "gold.yaml").exists()))
def test_every_quotation_of_the_gold_is_in_the_kept_paragraphs(story: str) -> None:
    folder = STORIES / story
    kept = {}
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt")):
        cleaned = make_article(read_source(path.read_bytes(), str(path), path.name), RULES)
        kept[path.stem] = _plain(" ".join(cleaned.paragraphs))
    quotes = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8")).get("quotes") or ()
    lost = [(q["article"], q["start"]) for q in quotes if _plain(str(q["start"])) not in kept[str(q["article"])]]
    assert lost == []
