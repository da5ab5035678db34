"""Shared fixtures: small source trees, and the seed site built once per session."""

from __future__ import annotations

import re
import shutil
import signal
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefing.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# A shell runs a command started in the background (`cmd &`) with Ctrl-C ignored, and every
# process it starts inherits that: the tests that press Ctrl-C (SIGINT) on a build or on `serve`
# would then wait in vain. Python's own handler is restored here, which a child starts without.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create files under root from {relative path: content}; return root."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """Return {relative path: bytes} of every file under folder."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def read_yaml(path: Path) -> Any:
    """Return a YAML file's data, read by libyaml where PyYAML has it: the accuracy tests read gold files by the
    hundred, and the pure-Python reader takes seven times as long on each."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def seed_body(path: Path) -> bytes:
    """Return a seed file's body: everything after its front matter, byte for byte."""
    data = path.read_bytes()
    match = _FRONT_MATTER.match(data.decode("utf-8"))
    assert match, f"{path.name} has no front matter"
    return data[len(match.group(0).encode("utf-8")):]


def build_site(source: Path, out: Path, *extra: str) -> Path:
    """Build source into out through the command line; fail the test on a non-zero exit."""
    code = main(["--source", str(source), "--out", str(out), "--quiet", *extra])
    assert code == 0, f"build exited with {code}"
    return out


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed site built once, under the base URL /briefing/."""
    return build_site(SEEDS, tmp_path_factory.mktemp("site") / "dist", "--base-url", "/briefing/")


@pytest.fixture(scope="session")
def raw_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seeds as they were scraped: front matter stripped, bodies unchanged."""
    folder = tmp_path_factory.mktemp("raw-seeds")
    for path in sorted(SEEDS.glob("*.txt")):
        (folder / path.name).write_bytes(seed_body(path))
    return folder


@pytest.fixture()
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the seeds folder."""
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))
