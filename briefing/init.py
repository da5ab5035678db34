"""`briefing init DIR`: make a new briefing folder with its settings, articles folder, gazetteer,
Pages workflow and .gitignore, ready for `briefing new` and `briefing build`."""

from __future__ import annotations

import argparse
import ast
import dataclasses
import inspect
import json
import sys
from collections.abc import Callable
from pathlib import Path

from briefing.read.load import package_data
from briefing.records import SiteConfig

ARTICLES = "articles"
DEFAULT_TITLE = "Briefing"
DEFAULT_DESCRIPTION = "A briefing built from a folder of news articles."
_GAZETTEER = """\
# Curation of the actors briefing finds in the articles: people, organisations, countries and
# places are found without this file. An entry renames, merges, gives a kind or role to, or hides
# a discovered actor, or adds one the text never names in full. `briefing actors` lists what was
# found; `briefing actors --draft FILE` writes it in this form, to copy entries from.
#
# actors:
#   - name: Abdel Fattah al-Burhan          # the name to show
#     role: Head of Sudan's army and of its ruling council
#     kind: person                          # person | organisation | country | place
#     aliases: [Burhan, al-Burhan]          # other names to count as this actor
#   - name: Reuters
#     hide: true                            # recognised, shown nowhere
actors: []
"""
_GITIGNORE = "/dist/\n/.briefing-cache/\n/.dist.lock\n/.dist.*-*/\n/.venv/\n__pycache__/\n"


def run_init(options: argparse.Namespace, ask: Callable[[str], str] | None = None) -> int:
    """Make the briefing folder; return 0, or 1 with a message when the folder is not empty."""
    folder: Path = options.folder
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        print(f"error: {folder} is not an empty folder; choose a new one (init never overwrites files).",
              file=sys.stderr)
        return 1
    ask = ask or (input if sys.stdin.isatty() else None)
    title = options.title or _asked(ask, "Title", DEFAULT_TITLE)
    description = options.description or _asked(ask, "Description (one sentence)", DEFAULT_DESCRIPTION)
    write_briefing(folder, title, description)
    print(f"Made a briefing in {folder}/. Next:\n"
          f"  cd {folder}\n"
          f"  briefing new --from article.txt      (text copied from a news site, or a saved .html page)\n"
          f"  briefing serve")
    return 0


def _asked(ask: Callable[[str], str] | None, label: str, default: str) -> str:
    """Return what the user types for label (the default when nothing, or when not on a terminal)."""
    answer = ask(f"{label} [{default}]: ").strip() if ask else ""
    return answer or default


def write_briefing(folder: Path, title: str, description: str) -> None:
    """Write a new briefing's files into folder (created if missing)."""
    (folder / ARTICLES).mkdir(parents=True, exist_ok=True)
    workflows = folder / ".github" / "workflows"
    workflows.mkdir(parents=True, exist_ok=True)
    (folder / "briefing.yaml").write_text(settings_text(title, description), encoding="utf-8", newline="\n")
    (folder / "gazetteer.yaml").write_text(_GAZETTEER, encoding="utf-8", newline="\n")
    (folder / ".gitignore").write_text(_GITIGNORE, encoding="utf-8", newline="\n")
    workflow = package_data("pages-workflow.yaml").read_text(encoding="utf-8")
    (workflows / "pages.yml").write_text(workflow, encoding="utf-8", newline="\n")


def settings_text(title: str, description: str) -> str:
    """Return briefing.yaml: title, description and the articles folder set; every other setting
    present, commented out, with its default and what it does."""
    lines = ["# Settings of this briefing. A commented line shows a setting's default.",
             f"title: {json.dumps(title, ensure_ascii=False)}",
             f"description: {json.dumps(description, ensure_ascii=False)}",
             f"source: {ARTICLES}"]
    notes = _field_notes()
    for field in dataclasses.fields(SiteConfig):
        if field.name in ("title", "description", "source"):
            continue
        lines.append("")
        lines += [f"# {line}".rstrip() for line in notes.get(field.name, "").splitlines()]
        lines.append(f"# {field.name}: {_yaml_value(field.default)}")
    return "\n".join(lines) + "\n"


def _yaml_value(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return "[]" if not value else json.dumps([str(item) for item in value], ensure_ascii=False)
    return json.dumps(str(value), ensure_ascii=False) if isinstance(value, (str, Path)) else str(value)


def _field_notes() -> dict[str, str]:
    """Return each SiteConfig field's attribute docstring, read from its source (one place to document a setting)."""
    tree = ast.parse(inspect.getsource(SiteConfig))
    body = tree.body[0].body  # type: ignore[attr-defined]
    notes = {}
    for node, following in zip(body, body[1:]):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and isinstance(following, ast.Expr):
            value = following.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                notes[node.target.id] = inspect.cleandoc(value.value)
    return notes
