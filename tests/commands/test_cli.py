"""The command line: exit codes, the summary line, and the exact text of error messages."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, write_tree

from briefing.cli import main

GOOD = "---\ntitle: Good\ndate: 2020-01-02\n---\nSome text.\n"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_summary_line(tmp_path, capsys):
    write_tree(tmp_path / "src", {"a.txt": GOOD})
    code, out, err = run(capsys, "--source", str(tmp_path / "src"), "--out", str(tmp_path / "out"))
    assert code == 0 and err == ""
    assert out.startswith("Built 1 article, ") and " 0 warnings in " in out


def test_bad_date_names_file_line_and_field(tmp_path, capsys):
    src = write_tree(tmp_path / "src", {"rates.md": "---\ntitle: Rates\ndate: 05/01/2024\n---\nText.\n"})
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 1
    assert f"{src / 'rates.md'}:3: 'date': expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '05/01/2024'" in err
    assert not (tmp_path / "out").exists()


def test_unknown_key_lists_the_known_ones(tmp_path, capsys):
    src = write_tree(tmp_path / "src", {"a.txt": "---\ntitel: Typo\n---\nText.\n"})
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 1
    assert f"{src / 'a.txt'}:2: 'titel': unknown key (known keys: title, title_is_editorial, date," in err


def test_all_errors_are_reported_together(tmp_path, capsys):
    src = write_tree(tmp_path / "src", {"a.txt": "---\ndate: nope\n---\nx\n", "b.txt": "---\ndate: [1\n---\nx\n"})
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 1
    assert "a.txt:2: 'date'" in err and "b.txt:2:" in err and "Traceback" not in err


def test_duplicate_slug_names_both_files(tmp_path, capsys):
    src = write_tree(tmp_path / "src", {"a.txt": GOOD, "b.txt": GOOD})
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 1
    assert "a.txt: slug '2020-01-02-good' is also the slug of b.txt" in err


def test_undefined_template_variable_names_template_and_line(tmp_path, capsys):
    templates = Path(shutil.copytree(ROOT / "templates", tmp_path / "templates"))
    write_tree(templates, {"timeline.html": "line one\n{{ no_such_thing }}\n"})
    src = write_tree(tmp_path / "src", {"a.txt": GOOD})
    config = write_tree(tmp_path, {"site.yaml": f"templates: {templates}\n"}) / "site.yaml"
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"), "--config", str(config))
    assert code == 1
    assert f"{templates / 'timeline.html'}:2: template error while rendering index.html: " \
           "'no_such_thing' is undefined" in err


def test_unknown_config_key(tmp_path, capsys):
    config = write_tree(tmp_path, {"briefing.yaml": "base_ulr: /x/\n"}) / "briefing.yaml"
    code, _, err = run(capsys, "--config", str(config))
    assert code == 1
    assert f"{config}: 'base_ulr': unknown setting (known: source, out, base_url," in err


def test_warnings_are_listed_by_file_and_strict_fails(tmp_path, capsys):
    src = write_tree(tmp_path / "src", {"undated.txt": "Headline here\n\nA paragraph of text.\n"})
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    assert code == 0
    assert f"warning: {src / 'undated.txt'}: undated: no date in front matter or text" in err
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out2"), "--strict")
    assert code == 1 and "[--strict makes warnings errors]" in err
    assert not (tmp_path / "out2").exists()


def test_failed_build_leaves_previous_output_untouched(tmp_path, capsys):
    src = write_tree(tmp_path / "src", {"a.txt": GOOD})
    out = tmp_path / "out"
    assert run(capsys, "--source", str(src), "--out", str(out))[0] == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    write_tree(src, {"b.txt": "---\ndate: never\n---\nx\n"})
    assert run(capsys, "--source", str(src), "--out", str(out))[0] == 1
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir() if ".building-" in p.name or ".old-" in p.name] == []


def test_help_and_usage_errors():
    result = subprocess.run([sys.executable, "build.py", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and "--base-url" in result.stdout and "Exit codes" in result.stdout
    result = subprocess.run([sys.executable, "build.py", "--no-such-flag"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2 and "unrecognized arguments" in result.stderr


@pytest.mark.parametrize("value,expected", [("briefing", "/briefing/"), ("/a/b", "/a/b/"), ("/", "/")])
def test_base_url_is_normalised(tmp_path, value, expected):
    src = write_tree(tmp_path / "src", {"a.txt": GOOD})
    assert main(["--source", str(src), "--out", str(tmp_path / "o"), "--base-url", value, "-q"]) == 0
    assert f'href="{expected}static/css/site.css"' in (tmp_path / "o" / "404.html").read_text()


def test_a_missing_library_is_a_clear_error_naming_the_fix():
    hide = "import sys, runpy; sys.modules['markdown'] = None; runpy.run_path('build.py', run_name='__main__')"
    result = subprocess.run([sys.executable, "-c", hide], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "the library 'markdown' is not installed" in result.stderr and "pip install -e ." in result.stderr


def test_a_reader_that_stops_reading_ends_the_command_quietly(tmp_path):
    # `briefing inspect FILE | head -1`: the pipe closes after the first line; no traceback, exit 141 as a shell reports.
    article = tmp_path / "long.txt"
    article.write_text("Harbour road closes\n\n" + "".join(f"Paragraph {n} of the story.\n\n" for n in range(3000)))
    with subprocess.Popen([sys.executable, "build.py", "inspect", str(article)], cwd=ROOT, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as process:
        assert process.stdout.readline().startswith("title")
        process.stdout.close()
        err = process.stderr.read()
        assert process.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipeError" not in err
