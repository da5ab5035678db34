"""Each module of the package binds a top-level name once: a second binding silently replaces the first for every
function that reads it, while the code between them used the first."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"


def top_level_names(source: str) -> Counter[str]:
    """Count the names a module's own top-level statements bind (assignments, functions, classes)."""
    bound: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            bound.update(target.id for target in targets if isinstance(target, ast.Name))
    return bound


def test_a_name_bound_twice_is_found() -> None:
    assert top_level_names("A = 1\ndef f(): pass\nA = 2\nclass C: pass\n") == Counter({"A": 2, "f": 1, "C": 1})


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    twice = [name for name, count in top_level_names(path.read_text(encoding="utf-8")).items() if count > 1]
    assert not twice, f"{path.name} binds {twice} more than once"
