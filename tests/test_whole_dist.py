"""Whole-site checks on the built seed site: the Nu Html Checker, XML well-formedness, links and #fragments."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from conftest import SEEDS, build_site
from hostile_helpers import executable_content
from sitecheck import broken_links, nu_errors

ARGS = ("--base-url", "/briefing/", "--site-url", "https://example.org/briefing/")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The seed site, built as it is published."""
    return build_site(SEEDS, tmp_path_factory.mktemp("whole") / "dist", *ARGS)


def test_every_page_passes_the_nu_html_checker(site):
    """vnu.jar (npm vnu-jar, run on the machine's Java) finds no error in any page."""
    errors = nu_errors(site)
    assert errors == [], "\n".join(errors[:40])


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
