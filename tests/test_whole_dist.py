"""Whole-site checks on the built seed site: the Nu Html Checker, XML well-formedness, links and #fragments."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from conftest import ROOT, SEEDS, build_site
from hostile_helpers import executable_content
from sitecheck import broken_links

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ARGS = ("--base-url", "/briefing/", "--site-url", "https://example.org/briefing/")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The seed site, built as it is published."""
    return build_site(SEEDS, tmp_path_factory.mktemp("whole") / "dist", *ARGS)


def test_every_page_passes_the_nu_html_checker(site):
    """vnu.jar (npm vnu-jar, run on the machine's Java) finds no error in any page."""
    java = shutil.which("java")
    if not (java and VNU.is_file()):
        assert os.environ.get("CI") != "true", "CI must have java and node_modules/vnu-jar (npm ci)"
        pytest.skip("needs java and `npm ci` (vnu-jar)")
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "gnu", "--skip-non-html",
                             str(site)], capture_output=True, text=True, timeout=300, check=False)
    errors = [line.replace(str(site), "dist") for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 0 and errors == [], "\n".join(errors[:40])


def test_every_xml_file_parses(site):
    """feed.xml, sitemap.xml and any other XML output is well formed."""
    for path in sorted(site.rglob("*.xml")):
        ElementTree.parse(path)


def test_every_internal_link_and_fragment_resolves(site):
    """Every href/src inside the site points at a file that exists, and every #fragment at an id."""
    assert broken_links(site, "/briefing/") == []


def test_nothing_executable_beyond_the_projects_own_scripts(site):
    """The seed site itself passes the hostile-content scanner."""
    assert executable_content(site) == []
