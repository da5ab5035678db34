"""Python-Markdown's features in article bodies, the `markdown_extensions:` setting and its errors."""

from __future__ import annotations

import pytest
from conftest import build_site, write_tree
from markdown.extensions import Extension

from briefing.config import make_config
from briefing.errors import BuildError
from briefing.read.frontmatter_yaml import parse_front_matter
from briefing.read.markdown_options import DEFAULT_EXTENSIONS, check_extensions, extension_arguments, extension_objects
from briefing.read.markup import BodyRenderer, body_renderer

render = BodyRenderer().markdown_html


def settings(yaml_text: str) -> tuple:
    """Return the markdown_extensions of a briefing.yaml text, read the way builds read it."""
    return make_config(parse_front_matter(yaml_text)[0]).markdown_extensions


def config_error(yaml_text: str) -> str:
    with pytest.raises(BuildError) as caught:
        settings(yaml_text)
    [problem] = caught.value.problems
    return problem.message


@pytest.mark.parametrize("source,expected", [
    ("| a | b |\n|---|---|\n| 1 | 2 |\n", "<td>1</td>"),
    ("```\nx = 1\n\ny = 2\n```\n", "<pre><code>x = 1\n\ny = 2\n</code></pre>"),
    ("~~gone~~ and ~kept~\n", "<del>gone</del> and ~kept~"),
    ("see https://example.org/a and www.example.com\n", '<a href="https://example.org/a" '),
    ("see https://example.org/a and www.example.com\n", '<a href="http://www.example.com" '),
    ("write to desk@example.org\n", '<a href="mailto:desk@example.org" '),
    ("1. one\n2. two\n\n* star\n", "<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n<ul>\n<li>star</li>\n</ul>"),
    ("## Reaction\n", '<h2 id="h-reaction">Reaction</h2>'),
    ("[ref][1] text\n\n[1]: https://example.org/r\n", '<a href="https://example.org/r" '),
])
def test_each_default_feature_renders(source, expected):
    assert expected in render(source)


def test_no_setting_means_the_defaults_alone():
    assert settings("title: X\n") == ()
    assert check_extensions("") == ()


def test_extensions_are_added_in_the_mkdocs_form_with_text_options_typed():
    given = settings("markdown_extensions:\n  - abbr\n  - toc:\n      toc_depth: 3\n      permalink: true\n")
    assert given == (("abbr", ()), ("toc", (("toc_depth", 3), ("permalink", True))))


def test_an_added_extension_changes_the_html_and_ids_stay_stable():
    html = body_renderer(settings("markdown_extensions:\n  - abbr\n  - toc\n")).markdown_html(
        "The UN met.\n\n## Vote\n\n*[UN]: United Nations\n")
    assert '<abbr title="United Nations">UN</abbr>' in html
    assert '<h2 id="h-vote">Vote</h2>' in html  # toc's own id gives way to the stable one


def test_options_given_for_a_default_extension_replace_its_defaults():
    html = body_renderer(settings("markdown_extensions:\n  - pymdownx.tilde:\n      subscript: true\n")
                         ).markdown_html("H~2~O and ~~gone~~\n")
    assert "H<sub>2</sub>O" in html and "<del>gone</del>" in html


def test_the_defaults_are_importable_extensions():
    for name, options in DEFAULT_EXTENSIONS:
        assert check_extensions([{name: dict(options)} if options else name])


@pytest.mark.parametrize("yaml_text,message", [
    ("markdown_extensions: abbr\n",
     "'markdown_extensions': must be a list of Python-Markdown extension names, each alone (`- abbr`) or "
     "with a mapping of its options (`- toc: {baselevel: 2}`), got the text 'abbr'"),
    ("markdown_extensions:\n  - [abbr]\n",
     "'markdown_extensions': must be a list of Python-Markdown extension names, each alone (`- abbr`) or "
     "with a mapping of its options (`- toc: {baselevel: 2}`), got an item that is a list"),
    ("markdown_extensions:\n  - nosuch_extension\n",
     "'markdown_extensions': unknown Markdown extension 'nosuch_extension': each name must be one "
     "Python-Markdown can import (a built-in one such as 'abbr', 'footnotes' or 'toc', or one from an "
     "installed package such as 'pymdownx.mark'); check the spelling, or install the package that provides it"),
    ("markdown_extensions:\n  - os\n",
     "'markdown_extensions': unknown Markdown extension 'os': each name must be one "
     "Python-Markdown can import (a built-in one such as 'abbr', 'footnotes' or 'toc', or one from an "
     "installed package such as 'pymdownx.mark'); check the spelling, or install the package that provides it"),
    ("markdown_extensions:\n  - toc: [1]\n",
     "'markdown_extensions': the options of extension 'toc' must be a mapping of option: value, got a list"),
    ("markdown_extensions:\n  - toc:\n      colour: red\n",
     "'markdown_extensions': extension 'toc' has no option 'colour'; its options are: anchorlink, "
     "anchorlink_class, baselevel, marker, permalink, permalink_class, permalink_leading, permalink_title, "
     "separator, slugify, title, title_class, toc_class, toc_depth"),
    ("markdown_extensions:\n  - toc:\n      toc_depth: two\n",
     "'markdown_extensions': option 'toc_depth' of extension 'toc' must be a whole number, or true or false, got 'two'"),
    ("markdown_extensions:\n  - pymdownx.tilde:\n      subscript: maybe\n",
     "'markdown_extensions': option 'subscript' of extension 'pymdownx.tilde' must be true or false, got 'maybe'"),
])
def test_a_bad_setting_names_the_key_and_states_the_rule(yaml_text, message):
    assert config_error(yaml_text) == message


def test_the_setting_reaches_the_build(tmp_path):
    src = write_tree(tmp_path / "src", {"a.md": "---\ntitle: A\ndate: 2020-01-02\n---\nThe UN met.\n\n"
                                                "*[UN]: United Nations\n"})
    (tmp_path / "briefing.yaml").write_text("markdown_extensions:\n  - abbr\n", encoding="utf-8")
    site = build_site(src, tmp_path / "dist", "--config", str(tmp_path / "briefing.yaml"))
    page = next((site / "articles").glob("*.html")).read_text(encoding="utf-8")
    assert '<abbr title="United Nations">UN</abbr>' in page


HOSTILE = ('[a](http://x.org){onclick="alert(1)" href="javascript:alert(2)"}\n\n'
           '## Head {onmouseover="alert(3)" id="main"}\n\n'
           '<div markdown="1" onclick="alert(4)">*inside* <script>alert(5)</script></div>\n\n'
           '[b](javascript:alert(6)) [c](java\tscript:alert(7)) ![i](javascript:alert(8))\n\n'
           'Note[^1]\n\n[^1]: <img src=x onerror="alert(9)">\n\n'
           '```html\n<script>alert(10)</script>\n```\n')


def test_no_extension_lets_scripts_handlers_or_javascript_links_through():
    extended = settings("markdown_extensions:\n  - attr_list\n  - md_in_html\n  - footnotes\n  - toc:\n"
                        "      permalink: true\n  - pymdownx.superfences\n  - pymdownx.mark\n")
    html = body_renderer(extended).markdown_html(HOSTILE)
    assert "inside" in html and "Head" in html  # the text is kept
    lowered = html.lower()
    for bad in ("<script", " on", "javascript:", "java\tscript", 'id="main"'):
        assert bad not in lowered.replace("<code>", ""), bad
    assert "&lt;script&gt;alert(10)" in html  # code shows the script as text


def test_the_default_extensions_are_made_from_their_modules_and_the_others_by_name():
    names, configs = extension_arguments((("abbr", ()), ("pymdownx.tilde", (("subscript", True),))))
    made = extension_objects(names, configs)
    assert made[-1] == "abbr" and all(isinstance(e, Extension) for e in made[:-1])
    tilde = next(e for e in made if type(e).__module__ == "pymdownx.tilde")
    assert tilde.getConfig("subscript") is True  # a setting's options reach a default extension
    again = extension_objects(names, configs)
    assert all(a is not b for a, b in zip(made[:-1], again[:-1]))  # new ones for each converter
