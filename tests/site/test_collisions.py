"""Case 10: two articles that would share a page are an error naming both files; never last-write-wins."""

from __future__ import annotations

import unicodedata

import pytest
from hostile_helpers import failing_build

SAME = "---\ntitle: Same story\ndate: 2020-01-02\n---\n{body}\n"
CAFE_NFC = unicodedata.normalize("NFC", "Café talks")
CAFE_NFD = unicodedata.normalize("NFD", "Café talks")


def test_case10_same_title_and_date_or_same_slug(tmp_path, capsys):
    """Same title and date, and the same explicit slug: one error each, naming both files."""
    src, err = failing_build(tmp_path, capsys, {
        "a.md": SAME.format(body="First."), "b.md": SAME.format(body="Second."),
        "c.md": "---\ntitle: One\nslug: shared\n---\nx\n", "d.md": "---\ntitle: Two\nslug: shared\n---\ny\n"})
    fix = "(same title and date? give one of them its own `slug:`, or remove the duplicate)"
    assert err.splitlines()[1:3] == [
        f"{src}/a.md: slug '2020-01-02-same-story' is also the slug of b.md {fix}",
        f"{src}/c.md: slug 'shared' is also the slug of d.md {fix}"]


@pytest.mark.parametrize("first, second", [("Foo", "foo"), (CAFE_NFC, CAFE_NFD), ("Foo Bar", "FOO-BAR!")])
def test_case10_titles_differing_in_case_or_normalisation(tmp_path, capsys, first, second):
    """`Foo` vs `foo`, NFC vs NFD: the slugs are equal, so the build stops naming both files."""
    src, err = failing_build(tmp_path, capsys, {"one.md": f"---\ntitle: {first}\ndate: 2020-01-02\n---\nx\n",
                                        "two.md": f"---\ntitle: {second}\ndate: 2020-01-02\n---\ny\n"})
    assert f"{src}/one.md: slug '2020-01-02-" in err and "is also the slug of two.md" in err


def test_case10_file_names_differing_in_case_or_normalisation(tmp_path, capsys):
    """Untitled files named Foo.md and foo.md (or café in NFC and NFD) would share a page: E."""
    empty = "---\ndate: 2020-01-02\n---\n"
    src, err = failing_build(tmp_path, capsys, {"Foo.md": empty, "foo.md": empty,
                                        unicodedata.normalize("NFC", "café.md"): empty,
                                        unicodedata.normalize("NFD", "café.md"): empty})
    assert f"{src}/Foo.md: slug '2020-01-02-foo' is also the slug of foo.md" in err
    assert "slug '2020-01-02-cafe' is also the slug of" in err


@pytest.mark.parametrize("slug", ["index", "feed", "search", "404"])
def test_case10_reserved_page_names(tmp_path, capsys, slug):
    """An article slug equal to a page of the site (index, feed, search, 404) is refused."""
    src, err = failing_build(tmp_path, capsys, {"x.md": f"---\ntitle: Reserved\nslug: {slug}\n---\nx\n"})
    assert err.splitlines()[0] == (f"error: {src}/x.md: slug '{slug}' is reserved for a page of the site "
                                   "(set another `slug:` in the front matter)")
