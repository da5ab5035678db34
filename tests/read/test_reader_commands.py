"""`briefing inspect`, `briefing new --from` without a title, --strict on reader warnings, slugs, outlets.yaml."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import write_tree

from briefing.cli import main

HERE = Path(__file__).resolve().parent
UPI = (HERE / "rawtext_devset" / "01-upi.txt").read_text(encoding="utf-8")
SECTION_ONLY = "Politics\n\nThe council met on Monday and agreed to a new budget for the year.\n\nIt passed.\n"


def test_inspect_prints_each_field_with_its_source_and_each_line(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["inspect", str(HERE / "rawtext_devset" / "01-upi.txt")]) == 0
    out = capsys.readouterr().out
    assert "title        Bolivia's electoral court orders recount in three provinces  (inferred, headline, line 4)" in out
    assert "date         2019-01-28  (inferred, date line 'Jan. 28, 2019', line 5)" in out
    assert "    1  set aside: furniture: section label or navigation above the headline  Top News" in out
    assert not (tmp_path / "dist").exists()


def test_inspect_strict_fails_on_a_reader_warning(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write_tree(tmp_path, {"a.txt": "Haiti names a new cabinet today\n\n04/03/2019\n\nThe cabinet met.\n"}) / "a.txt"
    assert main(["inspect", str(path)]) == 0
    assert main(["inspect", "--strict", str(path)]) == 1
    assert "a.txt:3: the date '04/03/2019' could be 4 March 2019 or 3 April 2019" in capsys.readouterr().err


def test_build_strict_fails_naming_file_and_line(capsys, tmp_path):
    src = write_tree(tmp_path / "src", {"a.txt": "Haiti names a new cabinet today\n\n04/03/2019\n\nThe cabinet met.\n"})
    assert main(["--source", str(src), "--out", str(tmp_path / "out"), "--quiet", "--strict"]) == 1
    assert f"{src}/a.txt:3: the date '04/03/2019' could be" in capsys.readouterr().err


def test_new_from_a_file_without_a_title_names_it_from_the_reading(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, {"seeds/.keep": "", "pasted.txt": UPI})
    assert main(["new", "--from", "pasted.txt"]) == 0
    out = capsys.readouterr().out
    path = tmp_path / "seeds" / "2019-01-28-bolivias-electoral-court-orders-recount-in-three-provinces.txt"
    assert path.read_text(encoding="utf-8") == (
        "---\ntitle: Bolivia's electoral court orders recount in three provinces\n---\n" + UPI)
    assert "date         2019-01-28  (inferred, date line 'Jan. 28, 2019', line 5)" in out
    assert "authors      Danielle Haynes" in out
    assert main(["--quiet"]) == 0
    records = json.loads((tmp_path / "dist" / "articles.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in records] == [f"articles/{path.stem}.html"]


def test_new_from_a_file_without_a_headline_asks_for_one(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, {"seeds/.keep": "", "pasted.txt": "The council met on Monday.\n"})
    assert main(["new", "--from", "pasted.txt"]) == 1
    assert "no headline found in the text" in capsys.readouterr().err
    assert main(["new"]) == 1



MARKDOWN_ARTICLE = """---
title: "Harbour board approves the new ferry pier"
date: 2023-04-11
publication: "The Coastline Review"
authors: ["Mara Lindqvist"]
tags: ["ports"]
---

## The vote

The harbour board voted **five to two** on Tuesday to build a second ferry pier.
"""


def test_new_from_a_markdown_article_keeps_its_front_matter_and_stays_markdown(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, {"seeds/.keep": "", "ferry.md": MARKDOWN_ARTICLE})
    assert main(["new", "--from", "ferry.md"]) == 0
    out = capsys.readouterr().out
    path = tmp_path / "seeds" / "2023-04-11-harbour-board-approves-the-new-ferry-pier.md"
    assert path.read_text(encoding="utf-8") == (
        "---\ntitle: Harbour board approves the new ferry pier\ndate: '2023-04-11'\npublication: The Coastline Review\n"
        "authors:\n- Mara Lindqvist\ntags:\n- ports\n---\n" + MARKDOWN_ARTICLE.split("---\n", 2)[2])
    assert "title        Harbour board approves the new ferry pier  (front matter, line 2)" in out
    assert "Still to fill in" not in out
    assert main(["--quiet"]) == 0
    page = (tmp_path / "dist" / "articles" / f"{path.stem}.html").read_text(encoding="utf-8")
    assert "<strong>five to two</strong>" in page and "## The vote" not in page
    assert main(["new", "--from", "ferry.md"]) == 1  # the same article twice
    assert "already exists" in capsys.readouterr().err


def test_new_from_a_markdown_article_takes_the_command_line_s_values_over_its_own(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, {"seeds/.keep": "", "ferry.md": MARKDOWN_ARTICLE})
    assert main(["new", "Second pier approved", "--date", "2023-04-12", "--publication", "Coastline",
                 "--from", "ferry.md"]) == 0
    text = (tmp_path / "seeds" / "2023-04-12-second-pier-approved.md").read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Second pier approved\ndate: '2023-04-12'\npublication: Coastline\n"
                           "authors:\n- Mara Lindqvist\n")
    assert "Still to fill in" not in capsys.readouterr().out

def test_two_misread_articles_never_collide_on_their_slug(tmp_path):
    src = write_tree(tmp_path / "src", {"a.txt": SECTION_ONLY, "b.txt": SECTION_ONLY.replace("It passed", "It failed")})
    assert main(["--source", str(src), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    records = json.loads((tmp_path / "out" / "articles.json").read_text(encoding="utf-8"))
    assert len({r["path"] for r in records}) == 2


@pytest.mark.parametrize("extra, publication", [("", ""), ("outlets:\n  - name: Andes Report\n", "Andes Report")])
def test_a_users_outlets_file_adds_outlets(tmp_path, capsys, monkeypatch, extra, publication):
    monkeypatch.chdir(tmp_path)
    page = "Andes Report\n\nBolivia opens a lithium plant at last\n\nBy Ana Ruiz\n\nThe plant opened on Saturday.\n"
    write_tree(tmp_path, {"src/a.txt": page, "outlets.yaml": extra or "outlets: []\n"})
    assert main(["--source", "src", "--out", "out", "--quiet"]) == 0
    records = json.loads((tmp_path / "out" / "articles.json").read_text(encoding="utf-8"))
    assert (records[0].get("publication") or "") == publication


def test_a_bad_outlets_file_is_an_error_naming_it(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, {"src/a.txt": "x\n", "outlets.yaml": "outlets:\n  - mastheads: [X]\n"})
    assert main(["--source", "src", "--out", "out", "--quiet"]) == 1
    assert "outlets.yaml: outlet 1 must be a mapping with a `name:`" in capsys.readouterr().err


@pytest.mark.parametrize("extra, where", [("patterns:\n  advertising:\n    - '(unclosed'\n", "patterns › advertising"),
                                          ("calls_to_action:\n  - 'join (now'\n", "calls_to_action")])
def test_a_user_pattern_that_is_no_regular_expression_is_an_error_naming_it(tmp_path, capsys, monkeypatch, extra, where):
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path, {"src/a.txt": "x\n", "outlets.yaml": extra})
    assert main(["--source", "src", "--out", "out", "--quiet"]) == 1
    assert f"outlets.yaml: {where}: " in (err := capsys.readouterr().err) and "is not a regular expression" in err


def test_a_users_call_to_action_makes_the_paragraph_over_it_an_appeal(tmp_path):
    from briefing.read.readerdata import load_reader_rules
    from briefing.read.rawtext import read_raw_text
    page = ("Harbour dredging halted after fish deaths\nBy Ana Ruiz\nMarch 11, 2025\n\n"
            "The port stopped dredging on Monday after dead fish were found near the quay.\n\n"
            "Tests on the water will take two weeks, the port authority said.\n\n"
            "Divers will check the seabed near the quay on Friday, the authority added.\n\n"
            "Local reporting on the harbour goes on every week of the year.\nHaz tu aporte\n")
    write_tree(tmp_path, {"outlets.yaml": "calls_to_action:\n  - 'haz tu aporte'\n"})
    with_button = read_raw_text(page, 1, load_reader_rules(tmp_path / "outlets.yaml")[0])
    without = read_raw_text(page, 1, load_reader_rules()[0])
    assert with_button.paragraphs[-1] == "Divers will check the seabed near the quay on Friday, the authority added."
    assert without.paragraphs[-1] == "Local reporting on the harbour goes on every week of the year."


def test_inspect_reads_a_saved_page_as_the_build_does(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["inspect", str(HERE / "pages_round1" / "06-eldiario-desahucio.html")]) == 0
    out = capsys.readouterr().out
    assert "date         2024-03-03  (saved page, from the date the page shows: date line '3 de marzo de 2024', line 90)" in out
    assert "body         12 paragraphs" in out and "Set aside from the page's text, by the page's line:" in out
    assert "  101  set aside: furniture: related links" in out
    assert "<meta" not in out and not (tmp_path / "dist").exists()
