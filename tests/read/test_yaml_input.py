"""Cases 5 and 6: strict YAML front matter, and the front matter python-frontmatter would mishandle."""

from __future__ import annotations

import json

import pytest
from conftest import write_tree
from hostile_helpers import failing_build, run

from briefing.errors import BuildError
from briefing.read.article import make_article
from briefing.read.clean import rules_from_data
from briefing.read.load import read_package_yaml, read_source

BILLION_LAUGHS = "---\ntitle: Laughs\n" + 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)) + "---\nx\n"


def test_case5_yaml_tags_aliases_duplicates_and_syntax_errors(tmp_path, capsys):
    """Case 5: python tags, alias bombs, duplicate keys, syntax errors: E with the file's own line:col."""
    src, err = failing_build(tmp_path, capsys, {
        "tag.md": "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\nx\n",
        "bomb.md": BILLION_LAUGHS,
        "dup.md": "---\ntitle: One\ndate: 2020-01-02\ntitle: Two\n---\nx\n",
        "syntax.md": "---\ntitle: Fine\ndate: 2020-01-02\nnotes: [one, two\n---\nx\n",
        "quote.md": "---\ntitle: Fine\ndate: 2020-01-02\nnotes: \"unclosed\n---\nx\n",
    })
    assert f"{src}/tag.md:2:8: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed " \
           "in front matter (remove it)" in err
    assert f"{src}/bomb.md:4:8: YAML aliases (*name) are not allowed in front matter " \
           "(write the value out in full)" in err
    assert f"{src}/dup.md:4:1: duplicate key 'title' (keep only one)" in err
    assert f"{src}/syntax.md:4:8: YAML syntax error: did not find expected ',' or ']' " \
           "(check quotes, colons and indentation)" in err
    assert f"{src}/quote.md:4:8: YAML syntax error: found unexpected end of stream " \
           "(check quotes, colons and indentation)" in err
    assert not list(tmp_path.glob("pwned*"))


def test_case5_deep_nesting_is_an_error_not_a_traceback():
    """Thousands of nested YAML levels end in a clean error, not a RecursionError."""
    text = "---\ntitle: x\ntags:\n" + "".join(" " * i + "- \n" for i in range(3000)) + "---\nx\n"
    with pytest.raises(BuildError) as caught:
        read_source(text.encode(), "deep.md", "deep.md")
    assert "nested too deeply" in str(caught.value) or "nesting depth" in str(caught.value)


@pytest.mark.parametrize("written", ["NO", "yes", "10:00", "012345", "1.10", "off", "~", "null", "0x1F", "1e3"])
def test_case5_yaml_scalars_stay_the_strings_written(written):
    """`NO`, `yes`, `10:00`, `012345` ... are kept as written, never False, 600 or 5349."""
    text = f"---\ntitle: {written}\ndek: {written}\ndateline: {written}\npublication: {written}\n---\nBody.\n"
    source = read_source(text.encode(), "s.md", "s.md")
    assert dict(source.metadata) == {"title": written, "dek": written, "dateline": written,
                                     "publication": written}
    article = make_article(source, rules_from_data(read_package_yaml("cleaning.yaml"))).article
    assert (article.title, article.dek, article.dateline, article.publication) == (written,) * 4


def test_case6_front_matter_traps_are_parsed_or_rejected(tmp_path, capsys):
    """Case 6: a list or scalar instead of a mapping, or an unclosed `---`: E, never silently body text."""
    src, err = failing_build(tmp_path, capsys, {
        "unclosed.md": "---\ntitle: Never closed\ndate: 2020-01-02\n\nThe body.\n",
        "list.md": "---\n- title\n- date\n---\nThe body.\n",
        "scalar.md": "---\njust a sentence\n---\nThe body.\n",
    })
    assert err.splitlines()[1:4] == [
        f"{src}/list.md:2:1: front matter must be a mapping of `key: value` lines, got a list",
        f"{src}/scalar.md:2:1: front matter must be a mapping of `key: value` lines, got a single value",
        f"{src}/unclosed.md:1: front matter opened with `---` is never closed (add a line `---` after the last key)",
    ]


def test_case6_bom_before_front_matter_is_parsed(tmp_path, capsys):
    """A UTF-8 BOM (and CRLF) before `---` still gives front matter, not a body starting with `---`."""
    src = write_tree(tmp_path / "src", {
        "bom.md": "\ufeff---\r\ntitle: With a BOM\r\ndate: 2020-01-02\r\n---\r\nThe body.\r\n".encode(),
        "bom.txt": "\ufeff---\ntitle: Plain BOM\ndate: 2020-01-03\n---\nThe body.\n".encode()})
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 0, err
    records = json.loads((tmp_path / "out" / "articles.json").read_text(encoding="utf-8"))
    assert {(r["title"], r["date"]) for r in records} == {("With a BOM", "2020-01-02"), ("Plain BOM", "2020-01-03")}
    assert all(r["provenance"]["title"]["origin"] == "front matter" for r in records)
    for page in (tmp_path / "out" / "articles").glob("*.html"):
        assert "---" not in page.read_text(encoding="utf-8").split("article-body", 1)[-1].split("</div>")[0]
