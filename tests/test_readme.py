"""The README's two commands are the ones CI runs and the ones that work."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_command(after: str) -> str:
    """Return the first shell command in a ```sh block following the given sentence."""
    match = re.search(re.escape(after) + r"\s*```sh\n(.+?)\n```", README, re.S)
    assert match, f"no command after {after!r} in README.md"
    return match.group(1).strip()


def test_ci_runs_exactly_the_readme_test_command():
    command = readme_command("Run the whole test suite:")
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert command in lines
    assert lines[-1] == command  # nothing runs after it, so its exit code is CI's


def test_readme_build_command_builds_with_no_arguments():
    assert readme_command("Build the site from `seeds/` into `dist/`:").endswith("python build.py")
