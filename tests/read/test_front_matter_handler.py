"""Front matter read by python-frontmatter through the strict handler: bodies byte for byte, errors at file lines."""

from __future__ import annotations

import frontmatter
import pytest

from briefing.errors import BuildError
from briefing.read.front_matter import StrictYAMLHandler, split_front_matter
from briefing.read.load import read_source


def problem(text: str) -> tuple[str, int | None, int | None]:
    with pytest.raises(BuildError) as caught:
        read_source(text.encode(), "a.md", "a.md")
    [found] = caught.value.problems
    return found.message, found.line, found.column


def test_the_handler_is_python_frontmatters_and_parse_accepts_it():
    text = "---\ntitle: Talks resume\ndate: 2019-05-01\ntags: [a, b]\n---\n\nBody.\n"
    assert isinstance(StrictYAMLHandler(), frontmatter.YAMLHandler)
    metadata, content = frontmatter.parse(text, handler=StrictYAMLHandler())
    assert metadata == {"title": "Talks resume", "date": "2019-05-01", "tags": ["a", "b"]}
    assert content == "Body."  # the library strips bodies: briefing keeps them as written instead
    assert dict(split_front_matter(text).metadata) == metadata


def test_bodies_are_kept_byte_for_byte_and_start_on_the_right_line():
    body = "\n\n  Indented first line.  \n\n\tTabbed.\n\n\n"
    found = split_front_matter("---\ntitle: X\nslug: x\n---\n" + body)
    assert found.body == body and found.body_line == 5
    assert found.metadata.key_lines == {"title": 2, "slug": 3}
    empty = split_front_matter("--- \n---\t\nText")
    assert dict(empty.metadata) == {} and empty.body == "Text" and empty.body_line == 3
    assert split_front_matter("---\ntitle: X\n---").body == ""


@pytest.mark.parametrize("text", ["No front matter\n---\n", "----\ntitle: X\n----\n", " ---\ntitle: X\n---\n", ""])
def test_text_without_an_opening_fence_on_line_one_has_no_front_matter(text):
    assert split_front_matter(text) is None
    assert read_source(text.encode(), "a.md", "a.md").body == text


def test_a_bom_before_the_fence_is_not_body_text():
    source = read_source(b"\xef\xbb\xbf---\ntitle: X\n---\nBody\n", "a.md", "a.md")
    assert dict(source.metadata) == {"title": "X"} and source.body == "Body\n"


@pytest.mark.parametrize("text,expected", [
    ("---\ntitle: X\n\nBody\n", ("front matter opened with `---` is never closed (add a line `---` after the last "
                                 "key)", 1, None)),
    ("---\n- a\n- b\n---\n", ("front matter must be a mapping of `key: value` lines, got a list", 2, 1)),
    ("---\njust text\n---\n", ("front matter must be a mapping of `key: value` lines, got a single value", 2, 1)),
    ("---\ntitle: X\ndate: !!timestamp 2019-01-01\n---\n",
     ("YAML tag 'tag:yaml.org,2002:timestamp' is not allowed in front matter (remove it)", 3, 7)),
    ("---\ntitle: X\n\ntitle: Y\n---\n", ("duplicate key 'title' (keep only one)", 4, 1)),
    ("---\na: &x v\nb: *x\n---\n",
     ("YAML aliases (*name) are not allowed in front matter (write the value out in full)", 3, 4)),
])
def test_errors_point_at_the_file_line(text, expected):
    assert problem(text) == expected
