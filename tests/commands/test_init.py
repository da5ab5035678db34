"""`briefing init`, then `briefing new --from` and `briefing build` inside the new folder: actor pages
and quote speakers for a story no gazetteer describes; `briefing actors` and its gazetteer draft."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import frontmatter
import pytest
import yaml

from briefing.cli import main
from briefing.config import make_config
from briefing.init import run_init

STORY = Path(__file__).resolve().parent.parent / "extract" / "stories" / "sudan"


def pasted(path: Path, into: Path) -> tuple[str, str, Path]:
    """Return an article's title, date and its body alone as pasted text, written to into."""
    post = frontmatter.loads(path.read_text(encoding="utf-8"))
    into.write_text(post.content, encoding="utf-8")
    return str(post["title"]), str(post["date"]), into


@pytest.fixture()
def briefing_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> Path:
    """A briefing made by `briefing init sudan`, made the working directory."""
    monkeypatch.chdir(tmp_path)
    assert main(["init", "sudan", "--title", "Sudan", "--description", "The war in Sudan."]) == 0
    printed = capsys.readouterr().out
    assert "cd sudan" in printed and "briefing new" in printed and "briefing serve" in printed
    monkeypatch.chdir(tmp_path / "sudan")
    return tmp_path / "sudan"


def test_init_makes_every_file(briefing_folder: Path) -> None:
    names = sorted(p.relative_to(briefing_folder).as_posix() for p in briefing_folder.rglob("*"))
    assert names == [".github", ".github/workflows", ".github/workflows/pages.yml", ".gitignore", "articles",
                     "briefing.yaml", "gazetteer.yaml"]
    settings = yaml.safe_load((briefing_folder / "briefing.yaml").read_text(encoding="utf-8"))
    assert settings == {"title": "Sudan", "description": "The war in Sudan.", "source": "articles"}
    config = make_config(settings)
    assert (config.title, config.source) == ("Sudan", Path("articles"))
    assert yaml.safe_load((briefing_folder / "gazetteer.yaml").read_text(encoding="utf-8")) == {"actors": []}


def test_every_other_setting_is_commented_with_its_default(briefing_folder: Path) -> None:
    text = (briefing_folder / "briefing.yaml").read_text(encoding="utf-8")
    commented = dict(re.findall(r"^# (\w+): (.+)$", text, re.MULTILINE))
    assert {"out", "base_url", "site_url", "gazetteer", "jobs", "words_per_minute"} <= commented.keys()
    uncommented = "\n".join(line.removeprefix("# ") if re.match(r"# \w+: ", line) else line
                            for line in text.splitlines())
    make_config(yaml.safe_load(uncommented) | {"cache_dir": ".cache"})  # every default is a valid value


def test_empty_briefing_builds_and_says_so(briefing_folder: Path) -> None:
    assert main(["build", "--quiet", "--no-search"]) == 0
    assert "No articles yet" in (briefing_folder / "dist" / "index.html").read_text(encoding="utf-8")


def test_articles_pasted_in_give_actor_pages_and_speakers(briefing_folder: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture) -> None:
    for number, path in enumerate(sorted(STORY.glob("*.md"))):
        title, date, text = pasted(path, tmp_path / f"pasted-{number}.txt")
        assert main(["new", title, "--date", date, "--from", str(text)]) == 0
        # The folder `briefing init` made has no build.py: the hint names the command that works there.
        assert capsys.readouterr().out.rstrip().endswith("Then rebuild: briefing build")
    assert main(["build", "--quiet", "--no-search"]) == 0
    actors = {p.stem for p in (briefing_folder / "dist" / "actors").glob("*.html")}
    assert {"abdel-fattah-al-burhan", "mohamed-hamdan-dagalo", "rapid-support-forces", "volker-perthes"} <= actors
    burhan = (briefing_folder / "dist" / "actors" / "abdel-fattah-al-burhan.html").read_text(encoding="utf-8")
    dagalo = (briefing_folder / "dist" / "actors" / "mohamed-hamdan-dagalo.html").read_text(encoding="utf-8")
    assert "We will not negotiate while the capital burns" in burhan and "We will not negotiate" not in dagalo
    assert "The criminal Burhan started this war" in dagalo


def test_actors_lists_and_drafts_a_gazetteer_that_builds(briefing_folder: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture) -> None:
    title, date, text = pasted(sorted(STORY.glob("*.md"))[0], tmp_path / "pasted.txt")
    assert main(["new", title, "--date", date, "--from", str(text)]) == 0
    capsys.readouterr()
    assert main(["actors", "--draft", "draft.yaml"]) == 0
    listed = capsys.readouterr().out
    assert "Mohamed Hamdan Dagalo (person)" in listed and "aliases: Hemedti" in listed
    draft = yaml.safe_load(Path("draft.yaml").read_text(encoding="utf-8"))["actors"]
    assert {"name": "Rapid Support Forces", "kind": "organisation", "role": "powerful paramilitary group",
            "aliases": ["RSF"]} in draft  # its role follows its acronym: "… (RSF), a powerful paramilitary group"
    Path("draft.yaml").rename("gazetteer.yaml")
    assert main(["build", "--quiet", "--no-search"]) == 0
    assert main(["actors", "--draft", "gazetteer.yaml"]) == 1  # never overwrites


def test_with_discovery_off_a_build_shows_only_the_gazetteer_but_actors_still_lists_what_is_found(
        briefing_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    title, date, text = pasted(sorted(STORY.glob("*.md"))[0], tmp_path / "pasted.txt")
    assert main(["new", title, "--date", date, "--from", str(text)]) == 0
    Path("gazetteer.yaml").write_text("actors:\n  - name: Rapid Support Forces\n", encoding="utf-8")
    with Path("briefing.yaml").open("a", encoding="utf-8") as settings:
        settings.write("discover_actors: false\n")
    assert main(["build", "--quiet", "--no-search"]) == 0
    assert sorted(path.name for path in Path("dist/actors").glob("*.html")) == ["rapid-support-forces.html"]
    capsys.readouterr()
    assert main(["actors"]) == 0
    assert "Mohamed Hamdan Dagalo (person)" in capsys.readouterr().out


def test_init_refuses_a_folder_with_files(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["init", str(tmp_path)]) == 1
    assert "not an empty folder" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_init_asks_for_title_and_description_on_a_terminal(tmp_path: Path) -> None:
    answers = iter(["Sudan's war", ""])
    options = argparse.Namespace(folder=tmp_path / "b", title=None, description=None)
    assert run_init(options, ask=lambda prompt: next(answers)) == 0
    settings = yaml.safe_load((tmp_path / "b" / "briefing.yaml").read_text(encoding="utf-8"))
    assert (settings["title"], settings["description"]) == ("Sudan's war", "A briefing built from a folder of news articles.")
