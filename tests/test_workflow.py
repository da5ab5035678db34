"""The GitHub Pages workflow: the official actions in order, the README's install, the base path, actionlint."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from briefing.cli import main

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
BUILD_ACTIONS = ("actions/checkout", "actions/setup-python", "actions/configure-pages",
                 "actions/upload-pages-artifact")


@pytest.fixture(scope="module")
def workflow() -> dict:
    """The workflow as data (YAML 1.1 reads the key `on` as True)."""
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def uses(step: dict) -> str:
    """Return the action a step uses without its version ("" for a run step)."""
    return str(step.get("uses", "")).split("@")[0]


def all_steps(workflow: dict) -> list[dict]:
    """Return every step of every job, in file order."""
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def job_with(workflow: dict, action: str) -> dict:
    """Return the job holding a step that uses action."""
    jobs = [job for job in workflow["jobs"].values() if any(uses(s) == action for s in job.get("steps", []))]
    assert len(jobs) == 1, f"expected exactly one job using {action}, found {len(jobs)}"
    return jobs[0]


def build_step(workflow: dict) -> dict:
    """Return the one step that runs build.py."""
    steps = [s for s in all_steps(workflow) if "build.py" in str(s.get("run", ""))]
    assert len(steps) == 1, f"expected one step running build.py, found {len(steps)}"
    return steps[0]


def test_runs_on_push_to_main_and_by_hand(workflow: dict) -> None:
    triggers = workflow.get("on", workflow.get(True))
    assert "main" in triggers["push"]["branches"]
    assert "workflow_dispatch" in triggers


def test_build_job_uses_the_official_actions_in_order(workflow: dict) -> None:
    steps = job_with(workflow, "actions/configure-pages")["steps"]
    order = [uses(s) for s in steps if uses(s)]
    assert order == list(BUILD_ACTIONS)
    names = [uses(s) or "run" for s in steps]
    assert names.index("actions/configure-pages") < steps.index(build_step(workflow)) \
        < names.index("actions/upload-pages-artifact")


def test_configure_pages_has_the_id_the_build_reads(workflow: dict) -> None:
    configure = next(s for s in all_steps(workflow) if uses(s) == "actions/configure-pages")
    assert configure["id"] == "pages"


def test_installs_with_the_readme_command(workflow: dict) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install -e ." in readme
    runs = [str(s.get("run", "")) for s in job_with(workflow, "actions/configure-pages")["steps"]]
    install = [r for r in runs if re.search(r"\bpip install -e \.(\s|$)", r)]
    assert install and runs.index(install[0]) < runs.index(build_step(workflow)["run"])


def test_build_uses_the_base_path_and_url_that_configure_pages_reports(workflow: dict) -> None:
    run = build_step(workflow)["run"]
    assert '--base-url "${{ steps.pages.outputs.base_path }}/"' in run
    assert '--site-url "${{ steps.pages.outputs.base_url }}/"' in run


def test_uploads_dist_and_deploys_with_pages_permissions(workflow: dict) -> None:
    upload = next(s for s in all_steps(workflow) if uses(s) == "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "dist"
    deploy = job_with(workflow, "actions/deploy-pages")
    permissions = {**workflow.get("permissions", {}), **deploy.get("permissions", {})}
    assert permissions["pages"] == "write" and permissions["id-token"] == "write"
    assert deploy["environment"]["name"] == "github-pages"
    build_job = next(name for name, job in workflow["jobs"].items()
                     if job is job_with(workflow, "actions/configure-pages"))
    assert build_job in ([deploy["needs"]] if isinstance(deploy["needs"], str) else deploy["needs"])
    assert workflow["concurrency"]["group"]


@pytest.mark.parametrize(("base_path", "base_url", "prefix"), [
    ("/briefing", "https://octocat.github.io/briefing", "/briefing/"),  # project site
    ("", "https://octocat.github.io", "/"),  # user site or custom domain
])
def test_the_build_command_makes_a_site_for_that_address(workflow: dict, tmp_path: Path, base_path: str,
                                                         base_url: str, prefix: str) -> None:
    run = build_step(workflow)["run"].replace("${{ steps.pages.outputs.base_path }}", base_path)
    run = run.replace("${{ steps.pages.outputs.base_url }}", base_url)
    argv = shlex.split(run)
    assert argv[:2] == ["python", "build.py"]
    out = tmp_path / "dist"
    assert main([*argv[2:], "--source", str(ROOT / "seeds"), "--out", str(out), "--quiet"]) == 0
    not_found = (out / "404.html").read_text(encoding="utf-8")
    assert f'href="{prefix}feed.xml"' in not_found  # 404.html links absolutely, under the base path
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert f'href="{base_url}/feed.xml"' in feed


def actionlint_command() -> list[str]:
    """Return the actionlint command installed with the test extras; fail in CI, skip elsewhere, when missing."""
    for candidate in (Path(sys.executable).parent / "actionlint", shutil.which("actionlint")):
        if candidate and Path(candidate).is_file():
            return [str(candidate)]
    message = "actionlint is not installed (pip install -e '.[test]')"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def test_actionlint_finds_nothing() -> None:
    result = subprocess.run([*actionlint_command(), "-no-color", str(WORKFLOW.relative_to(ROOT))],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"actionlint found problems:\n{result.stdout}{result.stderr}"


def test_actionlint_reports_a_misspelt_output(tmp_path: Path) -> None:
    broken = tmp_path / ".github" / "workflows" / "pages.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("outputs.base_path", "outputs.basepath"),
                      encoding="utf-8")
    result = subprocess.run([*actionlint_command(), "-no-color", ".github/workflows/pages.yml"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "basepath" in result.stdout
