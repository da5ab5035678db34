"""articles.json lines kept between builds by input key: reused when the key is the same, made
again when it is not or when the file is damaged, and the file keeps only the lines in use."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from briefing.build.record_lines import RecordLines


def _article(slug: str) -> SimpleNamespace:
    return SimpleNamespace(slug=slug)


def _make(calls: list[str]):
    def make(article) -> str:
        calls.append(article.slug)
        return json.dumps({"slug": article.slug, "tab": "a\tb", "lines": "one\ntwo"})
    return make


def _run(file: Path, inputs: dict[str, str]) -> tuple[list[str], list[str]]:
    calls: list[str] = []
    lines = RecordLines(file)
    line = lines.remembering(_make(calls), inputs)
    made = [line(_article(slug)) for slug in inputs]
    lines.save()
    return made, calls


def test_a_second_build_makes_only_the_records_whose_key_changed(tmp_path):
    file = tmp_path / "records.txt"
    first, calls = _run(file, {"a": "k1", "b": "k2"})
    assert calls == ["a", "b"]
    second, calls = _run(file, {"a": "k1", "b": "k2-changed", "c": "k3"})
    assert calls == ["b", "c"]
    assert second[0] == first[0] and [json.loads(line)["slug"] for line in second] == ["a", "b", "c"]


def test_the_file_keeps_only_the_lines_of_the_last_build(tmp_path):
    file = tmp_path / "records.txt"
    _run(file, {"a": "k1", "b": "k2"})
    _run(file, {"b": "k2"})
    _, calls = _run(file, {"a": "k1"})
    assert calls == ["a"]


def test_a_damaged_file_is_ignored_and_the_records_made_again(tmp_path):
    file = tmp_path / "records.txt"
    _run(file, {"a": "k1"})
    file.write_text(file.read_text(encoding="utf-8").replace("slug", "slag"), encoding="utf-8")
    made, calls = _run(file, {"a": "k1"})
    assert calls == ["a"] and json.loads(made[0])["slug"] == "a"


def test_without_a_file_every_record_is_made(tmp_path):
    assert _run(None, {"a": "k1"})[1] == ["a"]  # type: ignore[arg-type]
    assert _run(None, {"a": "k1"})[1] == ["a"]  # type: ignore[arg-type]
