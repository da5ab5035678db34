"""Every validated field's message states the rule it applies, word for word."""

from __future__ import annotations

import pytest

from briefing.config import make_config
from briefing.errors import BuildError
from briefing.read.article import make_article
from briefing.read.clean import rules_from_data
from briefing.read.load import read_package_yaml, read_source
from briefing.slugs import check_site_path, validate_slug

RULES = rules_from_data(read_package_yaml("cleaning.yaml"))
SLUG_RULE = ("must be words of lower-case letters a-z and digits joined by single hyphens "
             "(no hyphen at the start or end, none doubled)")


def front_matter_message(lines: str) -> str:
    source = read_source(f"---\n{lines}\n---\nBody text.\n".encode(), "a.md", "a.md")
    with pytest.raises(BuildError) as caught:
        make_article(source, RULES)
    [problem] = caught.value.problems
    return f"{problem.line}: {problem.message}"


def config_message(key: str, value: object) -> str:
    with pytest.raises(BuildError) as caught:
        make_config({key: value})
    [problem] = caught.value.problems
    return problem.message


@pytest.mark.parametrize("value,expected", [
    ("talks-", f"{SLUG_RULE}, got 'talks-' (e.g. 'talks')"),
    ("-talks", f"{SLUG_RULE}, got '-talks' (e.g. 'talks')"),
    ("venezuela--talks", f"{SLUG_RULE}, got 'venezuela--talks' (e.g. 'venezuela-talks')"),
    ("Talks", f"{SLUG_RULE}, got 'Talks' (e.g. 'talks')"),
    ("tálks", f"{SLUG_RULE}, got 'tálks' (e.g. 'talks')"),
])
def test_a_slug_message_states_the_rule_the_value_breaks(value, expected):
    with pytest.raises(ValueError) as caught:
        validate_slug(value)
    assert str(caught.value) == expected


def test_a_slug_that_follows_the_rule_is_kept():
    assert validate_slug("2019-05-01-talks-resume") == "2019-05-01-talks-resume"


@pytest.mark.parametrize("path", ["../x", "a//b", "./a", "a\\b", "/x"])
def test_a_page_path_message_states_the_rule(path):
    with pytest.raises(ValueError) as caught:
        check_site_path(path)
    assert str(caught.value) == (f"refusing to write {path!r}: a page path must be relative and plain, inside "
                                 "the output folder (no '..', '.', '//', leading '/', '\\' or NUL)")


@pytest.mark.parametrize("lines,expected", [
    ("slug: talks-", f"3: 'slug': {SLUG_RULE}, got 'talks-' (e.g. 'talks')"),
    ("authors: {a: b}", "3: 'authors': must be plain text or a list of plain text items, "
                        "e.g. [\"A. Name\", \"B. Name\"]"),
    ("tags: [[a]]", "3: 'tags': must be plain text or a list of plain text items, e.g. [\"A. Name\", \"B. Name\"]"),
    ("dek: [a]", "3: 'dek': must be plain text, not a list or mapping"),
    ("title_is_editorial: maybe", "3: 'title_is_editorial': must be true or false (in any case), got 'maybe'"),
    ("title: ' '", "3: 'title': must not be empty (write the headline, or remove the key)"),
    ("date: 05/01/2024", "3: 'date': expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '05/01/2024'"),
    ("date: 2019-13", "3: 'date': '2019-13' has no month 13"),
    ("colour: red", "3: 'colour': unknown key (known keys: title, title_is_editorial, date, publication, "
                    "authors, dek, dateline, notes, slug, tags, summary)"),
])
def test_each_front_matter_message_states_its_rule(lines, expected):
    assert front_matter_message("dateline: D\n" + lines) == expected


@pytest.mark.parametrize("key,value,expected", [
    ("words_per_minute", "0", "'words_per_minute': must be a whole number written in digits 0-9, 1 or more, got '0'"),
    ("split_by_year_from", "²", "'split_by_year_from': must be a whole number written in digits 0-9, 1 or more, "
                                "got '²'"),
    ("jobs", "-1", "'jobs': must be a whole number written in digits 0-9, 0 or more, got '-1'"),
    ("title", ["a"], "'title': must be plain text, not a list or mapping"),
    ("site_url", "example.org", "'site_url': must be an absolute address: http:// or https:// and a host name, "
                                "got 'example.org'"),
    ("base_url", "/a b/", "'base_url': must be a path such as / or /briefing/, without :// and without spaces, "
                          "quotes, <, >, \\, ? or #, got '/a b/'"),
    ("strict", "yes", "'strict': must be true or false, got 'yes'"),
    ("discover_actors", "sometimes", "'discover_actors': must be true or false, got 'sometimes'"),
    ("colour", "red", "'colour': unknown setting (known: source, out, base_url, site_url, title, description, "
                      "language, strict, templates, static, gazetteer, outlets, cache_dir, use_cache, search, "
                      "split_by_year_from, jobs, words_per_minute, discover_actors, markdown_extensions)"),
])
def test_each_config_message_states_its_rule(key, value, expected):
    assert config_message(key, value) == expected
