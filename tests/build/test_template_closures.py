"""The templates each page template is made of, remembered in the build cache between builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.build.template_closures import TemplateClosures


def finder(calls: list[str], parts: tuple[str, ...]):
    def find() -> tuple[str, ...]:
        calls.append("found")
        return parts
    return find


def test_a_closure_found_once_is_read_back_by_the_next_build(tmp_path: Path) -> None:
    calls: list[str] = []
    first = TemplateClosures("state-1", tmp_path / "closures.json")
    assert first.closure("actor.html", finder(calls, ("actor.html", "base.html"))) == ("actor.html", "base.html")
    first.save()
    again = TemplateClosures("state-1", tmp_path / "closures.json")
    assert again.closure("actor.html", finder(calls, ("wrong.html",))) == ("actor.html", "base.html")
    assert calls == ["found"]


def test_another_state_of_the_templates_folder_finds_them_again(tmp_path: Path) -> None:
    calls: list[str] = []
    first = TemplateClosures("state-1", tmp_path / "closures.json")
    first.closure("actor.html", finder(calls, ("actor.html", "base.html")))
    first.save()
    edited = TemplateClosures("state-2", tmp_path / "closures.json")
    assert edited.closure("actor.html", finder(calls, ("actor.html", "parts.html"))) == ("actor.html", "parts.html")
    assert calls == ["found", "found"]


@pytest.mark.parametrize("damage", [
    lambda text: text.replace("base.html", "evil.html"),  # the checksum no longer holds
    lambda text: text[: len(text) // 2],
    lambda text: "",
    lambda text: "\udcff",
])
def test_a_damaged_file_is_ignored_and_written_again(tmp_path: Path, damage) -> None:
    file = tmp_path / "closures.json"
    first = TemplateClosures("state-1", file)
    first.closure("actor.html", lambda: ("actor.html", "base.html"))
    first.save()
    file.write_text(damage(file.read_text(encoding="utf-8")), encoding="utf-8", errors="surrogateescape")
    calls: list[str] = []
    again = TemplateClosures("state-1", file)
    assert again.closure("actor.html", finder(calls, ("actor.html", "base.html"))) == ("actor.html", "base.html")
    assert calls == ["found"]
    again.save()
    assert TemplateClosures("state-1", file).closure("actor.html", lambda: ()) == ("actor.html", "base.html")


def test_without_a_file_nothing_is_kept(tmp_path: Path) -> None:
    calls: list[str] = []
    alone = TemplateClosures("state-1")
    alone.closure("a.html", finder(calls, ("a.html",)))
    alone.save()
    assert TemplateClosures("state-1").closure("a.html", finder(calls, ("a.html",))) == ("a.html",)
    assert calls == ["found", "found"] and list(tmp_path.iterdir()) == []
