"""`briefing new --from page.html`: the page and its _files folder copied under a name from its date and headline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import tree_bytes

from briefing.cli import main

PAGES = Path(__file__).resolve().parent / "pages"
NAME = "2021-06-14-harbour-cranes-return-to-eastport-after-a-decade"


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty articles folder, and the page as a browser saved it under its own title (spaces and all)."""
    (tmp_path / "seeds").mkdir()
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    page = (PAGES / "harbour.html").read_bytes().replace(b"./harbour_files/", b"./Harbour%20cranes_files/")
    (downloads / "Harbour cranes.html").write_bytes(page)
    shutil.copytree(PAGES / "harbour_files", downloads / "Harbour cranes_files")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_page_is_copied_byte_for_byte_with_its_files_and_what_was_found_is_printed(workdir, capsys):
    original = tree_bytes(workdir / "Downloads")
    assert main(["new", "--from", "Downloads/Harbour cranes.html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Created seeds/{NAME}.html\nRead from the page:\n"
                          "  title: Harbour cranes return to Eastport after a decade (from the page's JSON-LD headline)\n"
                          "  date: 2021-06-14 (from the page's JSON-LD datePublished)\n"
                          "  authors: Maren Holt, Tobias Ekwueme (from the page's JSON-LD author)\n")
    assert "  photos saved with it: 1; remote images left out: 1\n" in out
    assert tree_bytes(workdir / "Downloads") == original
    assert (workdir / "seeds" / f"{NAME}.html").read_bytes() == original["Harbour cranes.html"]
    assert tree_bytes(workdir / "seeds" / f"{NAME}_files") == tree_bytes(workdir / "Downloads" / "Harbour cranes_files")
    assert main(["--quiet"]) == 0
    records = json.loads(Path("dist/articles.json").read_text(encoding="utf-8"))
    assert [r["figures"][0]["path"] for r in records] == [f"media/{NAME}/1.png"]  # the renamed page finds its photo


def test_command_line_fields_go_into_the_sidecar_and_win(workdir, capsys):
    assert main(["new", "Cranes are back", "--from", "Downloads/Harbour cranes.html", "--author", "M. Holt"]) == 0
    sidecar = workdir / "seeds" / "2021-06-14-cranes-are-back.html.yaml"
    assert sidecar.read_text(encoding="utf-8") == "title: Cranes are back\nauthors:\n- M. Holt\n"
    assert "  title: Cranes are back (2021-06-14-cranes-are-back.html.yaml, line 1)\n" in capsys.readouterr().out
    assert main(["--quiet"]) == 0
    record = json.loads(Path("dist/articles.json").read_text(encoding="utf-8"))[0]
    assert (record["title"], record["authors"]) == ("Cranes are back", ["M. Holt"])


def test_never_overwrites(workdir, capsys):
    assert main(["new", "--from", "Downloads/Harbour cranes.html"]) == 0
    before = tree_bytes(workdir / "seeds")
    assert main(["new", "--from", "Downloads/Harbour cranes.html"]) == 1
    assert f"error: seeds/{NAME}.html: already exists; not overwritten" in capsys.readouterr().err
    assert tree_bytes(workdir / "seeds") == before


def test_a_page_without_an_article_is_refused_before_anything_is_written(workdir, capsys):
    shutil.copy(PAGES / "login_wall.html", workdir / "Downloads")
    assert main(["new", "--from", "Downloads/login_wall.html"]) == 1
    assert "login_wall.html: no article found in this saved page" in capsys.readouterr().err
    assert list((workdir / "seeds").iterdir()) == []


def test_a_text_article_without_a_headline_still_needs_a_title(workdir, capsys):
    (workdir / "pasted.txt").write_text("Some text.\n", encoding="utf-8")
    assert main(["new", "--from", "pasted.txt"]) == 1
    assert ('error: pasted.txt: no headline found in the text; give it: briefing new "HEADLINE" --from pasted.txt'
            in capsys.readouterr().err)


def test_a_bad_date_option_is_named_as_such(workdir, capsys):
    assert main(["new", "--from", "Downloads/Harbour cranes.html", "--date", "14/06/2021"]) == 1
    assert "error: --date: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '14/06/2021'" in capsys.readouterr().err
    assert list((workdir / "seeds").iterdir()) == []
