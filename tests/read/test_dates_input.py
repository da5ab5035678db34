"""Case 7: dates as people write them are accepted at their precision; the rest is an error."""

from __future__ import annotations

import json

from conftest import write_tree
from hostile_helpers import run


def _article(title: str, date: str) -> str:
    return f"---\ntitle: {title}\ndate: {date}\n---\nBody.\n"


def test_case7_good_dates_are_accepted_at_their_precision(tmp_path, capsys):
    """2019-09-23, quoted, with time and zone, and month-only 2019-02 all build."""
    src = write_tree(tmp_path / "src", {
        "plain.md": _article("Plain", "2019-09-23"),
        "double.md": _article("Double quoted", '"2019-09-24"'),
        "single.md": _article("Single quoted", "'2019-09-25'"),
        "zone.md": _article("With zone", "2019-09-26T23:30:00-05:00"),
        "utc.md": _article("With UTC", "2019-09-27 08:00:00Z"),
        "month.md": _article("Month only", "2019-02"),
    })
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 0, err
    records = json.loads((tmp_path / "out" / "articles.json").read_text(encoding="utf-8"))
    assert [(r["title"], r["date"], r["date_precision"]) for r in records] == [
        ("Month only", "2019-02", "month"), ("Plain", "2019-09-23", "day"),
        ("Double quoted", "2019-09-24", "day"), ("Single quoted", "2019-09-25", "day"),
        ("With zone", "2019-09-26", "day"), ("With UTC", "2019-09-27", "day")]


def test_case7_bad_dates_name_file_line_and_field_all_together(tmp_path, capsys):
    """23/09/2019, 2019-02-30 and tomorrow: E naming file, line and field, all in one run."""
    src = write_tree(tmp_path / "src", {
        "a.md": _article("Day first", "23/09/2019"),
        "b.md": _article("No such day", "2019-02-30"),
        "c.md": "---\ntitle: Relative\nauthors: [A. Writer]\ndate: tomorrow\n---\nBody.\n",
        "d.md": _article("Thirteenth month", "2019-13"),
    })
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 1 and not (tmp_path / "out").exists()
    assert err.splitlines() == [
        "error: build failed:",
        f"{src}/a.md:3: 'date': expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '23/09/2019'",
        f"{src}/b.md:3: 'date': '2019-02-30' is not a day of the calendar",
        f"{src}/c.md:4: 'date': expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got 'tomorrow'",
        f"{src}/d.md:3: 'date': '2019-13' has no month 13",
        "briefing: build failed; the output folder was left as it was.",
    ]


def _raw(stamp: str) -> str:
    return (f"Families fall behind on loans\n\nBy Sabitri Adhikari\n{stamp}\n\nThe family borrowed money from the "
            "cooperative to send their son abroad, and the loan has grown since the wages stopped.\n\n"
            "Neighbours say the same has happened to a dozen households in the village this year.\n")


def test_a_date_opening_the_file_name_dates_an_article_whose_text_gives_none_or_cannot_settle_it(tmp_path, capsys):
    src = write_tree(tmp_path / "src", {
        "2024-02-03-no-date.txt": _raw(""),
        "2024-02-03-either-way.txt": _raw("03/02/2024"),  # 3 February or 2 March: the name settles it
        "2024-01-01-text-wins.txt": _raw("March 5, 2024"),
        "2024-02-30-no-such-day.txt": _raw(""),
    })
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 0, err
    records = json.loads((tmp_path / "out" / "articles.json").read_text(encoding="utf-8"))
    assert sorted((r["source_file"], r["date"]) for r in records) == [
        ("2024-01-01-text-wins.txt", "2024-03-05"), ("2024-02-03-either-way.txt", "2024-02-03"),
        ("2024-02-03-no-date.txt", "2024-02-03"), ("2024-02-30-no-such-day.txt", None)]
    assert "could be" not in err and "no-date.txt: undated" not in err
    assert "2024-02-30-no-such-day.txt: undated" in err


def test_a_file_name_s_date_that_is_neither_reading_of_the_text_s_leaves_the_doubt_said(tmp_path, capsys):
    src = write_tree(tmp_path / "src", {"2024-05-01-conflict.txt": _raw("03/02/2024")})
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 0, err
    records = json.loads((tmp_path / "out" / "articles.json").read_text(encoding="utf-8"))
    assert [r["date"] for r in records] == ["2024-05-01"]
    assert "the date '03/02/2024' could be" in err
