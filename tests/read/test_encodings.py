"""Case 8: line endings, BOMs, foreign encodings, mojibake, control and invisible characters."""

from __future__ import annotations

import json

from conftest import write_tree
from hostile_helpers import run


def _build(tmp_path, capsys, files: dict[str, str | bytes]) -> tuple[int, str, str, list[dict]]:
    src = write_tree(tmp_path / "src", files)
    code, _, err = run(capsys, "--source", str(src), "--out", str(tmp_path / "out"))
    records = json.loads((tmp_path / "out" / "articles.json").read_text(encoding="utf-8")) if code == 0 else []
    return code, str(src), err, records


def test_case8_crlf_lone_cr_and_bom_in_text(tmp_path, capsys):
    """CRLF and lone CR split lines like LF; a BOM in a .txt never reaches the title or the body."""
    code, _, err, records = _build(tmp_path, capsys, {
        "crlf.txt": b"---\r\ntitle: Windows\r\ndate: 2020-01-01\r\n---\r\nFirst para.\r\n\r\nSecond para.\r\n",
        "cr.txt": b"---\rtitle: Old Mac\rdate: 2020-01-02\r---\rFirst para.\r\rSecond para.\r",
        "bom.txt": "\ufeffHeadline with a BOM\n\nFirst para of the BOM file.\n".encode(),
    })
    assert code == 0 and "Traceback" not in err
    by_title = {r["title"]: r for r in records}
    assert by_title["Windows"]["paragraphs"] == 2 and by_title["Old Mac"]["paragraphs"] == 2
    assert "Headline with a BOM" in by_title
    for path in (tmp_path / "out").rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml"):
            data = path.read_bytes()
            assert b"\r" not in data and "\ufeff".encode() not in data, path


def test_case8_cp1252_bytes_are_an_error_with_line_column_and_byte(tmp_path, capsys):
    """cp1252 curly quotes: E with file:line:col and the byte, never a silent U+FFFD."""
    code, src, err, _ = _build(tmp_path, capsys, {
        "win.txt": b"---\ntitle: Windows quotes\n---\nIt was caf\xc3\xa9 time, \x93quoted\x94.\n"})
    assert code == 1
    assert err.splitlines()[0] == (f"error: {src}/win.txt:4:19: not valid UTF-8: byte 0x93 "
                                   "(save the file as UTF-8, e.g. `iconv -f cp1252 -t utf-8`)")


def test_case8_mojibake_control_and_invisible_characters_are_flagged(tmp_path, capsys):
    """Mojibake: warning with line; NUL etc.: stripped with a warning; zero-width/bidi: flagged, never in slugs."""
    code, src, err, records = _build(tmp_path, capsys, {
        "moji.txt": "---\ntitle: Mojibake\ndate: 2020-01-01\n---\nFine line.\n\nIt\u00e2\u20ac\u2122s broken.\n",
        "nul.txt": "---\ntitle: Nul\x00 bytes\ndate: 2020-01-02\n---\nText with \x00 NUL and \x07 bell.\n",
        "bidi.txt": "---\ntitle: Hid\u200bden \u202eevil\u202c title\ndate: 2020-01-03\n---\nBody\u200d text.\n",
    })
    assert code == 0
    warnings = [line for line in err.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        f"warning: {src}/bidi.txt:2: invisible zero-width or bidirectional characters found "
        "(they are removed from slugs; check the text)",
        f"warning: {src}/bidi.txt:5: invisible zero-width or bidirectional characters found "
        "(they are removed from slugs; check the text)",
        f"warning: {src}/moji.txt:7: looks like mojibake (UTF-8 read as cp1252, e.g. 'â€™'); "
        "re-save the original as UTF-8",
        f"warning: {src}/nul.txt:2: control characters removed (NUL and the like)",
        f"warning: {src}/nul.txt:5: control characters removed (NUL and the like)",
    ]
    slugs = {r["title"]: r["slug"] for r in records}
    assert slugs["Nul bytes"] == "2020-01-02-nul-bytes"
    bidi_slug = next(s for t, s in slugs.items() if t.startswith("Hid"))
    assert bidi_slug == "2020-01-03-hidden-evil-title"
    for path in (tmp_path / "out").rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".txt"):
            assert b"\x00" not in path.read_bytes() and b"\x07" not in path.read_bytes(), path
