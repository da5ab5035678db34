"""`briefing new`: start an article file in the articles folder, with front matter and, optionally, pasted text.

The file is always `.txt` (raw text is what gets pasted, and the reader handles it); it is named
`<date>-<slug>.txt`, or `<slug>.txt` when undated, which is also the slug the build will give it.
Without a title, --from FILE is read as the build reads it: the headline it finds becomes the title
and the date it finds names the file; what it found, and where, is printed for you to check.
Only the title and the fields given on the command line are written: an empty `publication:` or
`authors:` would override what the reader finds in the text, so missing fields are listed instead.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import frontmatter

from briefing.config import load_config
from briefing.dates import PartialDate, parse_date
from briefing.errors import BuildError, Problem
from briefing.inspect import reading_summary
from briefing.read.article import make_article
from briefing.read.load import display_path, read_source
from briefing.read.page_files import is_page
from briefing.read.readerdata import load_reader_rules
from briefing.records import Article, Source
from briefing.slugs import make_slug

_BOM = b"\xef\xbb\xbf"
_LINE_BREAK_OR_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class NewArticle:
    """What the command line says about the article to start."""

    title: str
    date: PartialDate | None = None
    publication: str = ""
    authors: tuple[str, ...] = ()
    body: bytes = b""
    """The pasted raw text exactly as read (without a leading byte order mark), or the text after the --from file's
    own front matter; b"" when none."""
    found_date: PartialDate | None = None
    """The date the reader found in the text: it names the file, and the build finds it again."""
    kept: tuple[tuple[str, object], ...] = ()
    """The --from file's own front matter, kept in the new file (the command line's values replace its own)."""
    suffix: str = ".txt"
    """".md" for a Markdown --from file, whose body stays Markdown."""


def run_new(options: argparse.Namespace) -> int:
    """Write the new article file and say what to fill in; return the exit code."""
    try:
        config = load_config(options)
        if options.from_file and is_page(options.from_file.name):
            # Imported here: the page reader (trafilatura) takes a third of a second to import.
            from briefing.new_page import add_page, found_report
            rules, _ = load_reader_rules(config.outlets)
            print(found_report(*add_page(options.from_file, config.source, page_overrides(options), rules)))
            return 0
        article, found = new_article(options, config.outlets)
        path = write_article(config.source, article)
    except BuildError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    print(f"Created {display_path(path)}")
    if found:
        print("Found in the text (check it; edit the file's front matter to correct it):")
        print("\n".join("  " + line for line in reading_summary(found)))
    print(to_fill_in(article, found))
    return 0


def new_article(options: argparse.Namespace, outlets: Path | None = None) -> tuple[NewArticle, Article | None]:
    """Check the command line's values and read the --from file; raise BuildError when one is wrong.

    Without a title, the --from file is read as the build reads it; its reading is returned too.
    """
    if options.title is None and not options.from_file:
        raise BuildError([Problem("title", "give the headline, or --from FILE to read it from the text")])
    date = _date_option(options)
    body = read_raw_text(options.from_file) if options.from_file else b""
    source = read_source(body, display_path(options.from_file), options.from_file.name) if options.from_file else None
    found = _reading(source, outlets) if options.title is None and source is not None else None
    title = options.title if found is None else _found_title(found, options.from_file)
    if not title.strip() or _LINE_BREAK_OR_CONTROL.search(title.strip()):
        raise BuildError([Problem("title", f"must be one line of text, got {title!r}")])
    if source is not None and source.metadata:  # an article already: its front matter is kept, its body is the text
        body = source.body.encode("utf-8")
    return NewArticle(title.strip(), date, options.publication.strip(),
                      tuple(a.strip() for a in options.authors if a.strip()), body,
                      found.date if found else None, source.metadata if source else (),
                      ".md" if source is not None and source.kind == "md" else ".txt"), found


def _reading(source: Source, outlets: Path | None) -> Article:
    """Read the pasted text exactly as the build will read the new file."""
    rules, _ = load_reader_rules(outlets)
    return make_article(source, rules).article


def _found_title(found: Article, path: Path) -> str:
    origin = next((p for p in found.provenance if p.field == "title"), None)
    if origin is None or not (origin.detail.startswith("headline") or origin.origin == "front matter"):
        raise BuildError([Problem(display_path(path), "no headline found in the text; give it: "
                                                      f"briefing new \"HEADLINE\" --from {display_path(path)}")])
    return found.title


def _date_option(options: argparse.Namespace) -> PartialDate | None:
    """Return the --date given, checked; raise BuildError naming the option when it is not a date."""
    if options.date is None:
        return None
    try:
        return parse_date(options.date)
    except ValueError as error:
        raise BuildError([Problem("--date", str(error))]) from None


def page_overrides(options: argparse.Namespace) -> dict[str, object]:
    """Return what the command line says about a saved page, for its sidecar (only what was given)."""
    date = _date_option(options)
    fields = {"title": options.title, "date": date.iso() if date else None, "publication": options.publication,
              "authors": [a.strip() for a in options.authors if a.strip()]}
    return {key: value.strip() if isinstance(value, str) else value for key, value in fields.items() if value}


def read_raw_text(path: Path) -> bytes:
    """Return a text file's bytes, checked to be UTF-8, without a leading byte order mark."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BuildError([Problem(str(path), f"cannot read --from file: {error.strerror}")]) from None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise BuildError([Problem(str(path), f"not valid UTF-8: byte 0x{data[error.start]:02x} "
                                             "(save the text as UTF-8, e.g. `iconv -f cp1252 -t utf-8`)",
                                  line)]) from None
    return data.removeprefix(_BOM)


def file_name(article: NewArticle) -> str:
    """Return `<date>-<slug>.txt` (`<slug>.txt` when undated; `.md` for a Markdown --from file): the build gives it
    the same slug."""
    date = article.date or article.found_date
    return make_slug(article.title, date.iso() if date else "", fallback=article.title) + article.suffix


def article_bytes(article: NewArticle) -> bytes:
    """Return the file: front matter written by python-frontmatter (the --from file's own keys first, the command
    line's values over them), then the raw text unchanged, or the --from file's text after its front matter."""
    fields: dict[str, object] = {**dict(article.kept), "title": article.title}
    if article.date:
        fields["date"] = article.date.iso()
    if article.publication:
        fields["publication"] = article.publication
    if article.authors:
        fields["authors"] = list(article.authors)
    # dumps() strips the text it returns, so the body is appended as bytes to keep it exact.
    header = frontmatter.dumps(frontmatter.Post("", **fields), sort_keys=False, width=1_000_000)
    return (header + "\n").encode("utf-8") + article.body


def write_article(folder: Path, article: NewArticle) -> Path:
    """Create the article file in folder; refuse to overwrite, or to write a file the loader rejects."""
    if not folder.is_dir():
        raise BuildError([Problem(str(folder), "articles folder not found (pass --source DIR)")])
    name = file_name(article)
    path = folder / name
    data = article_bytes(article)
    read_source(data, display_path(path), name)
    for other in (path.with_suffix(".md"), path.with_suffix(".txt")):
        if other != path and other.exists():  # the same slug: the build would refuse the two
            raise _exists(other)
    try:
        with open(path, "xb") as handle:  # "x": never replace a file, even one created a moment ago
            handle.write(data)
    except FileExistsError:
        raise _exists(path) from None
    return path


def _exists(path: Path) -> BuildError:
    return BuildError([Problem(display_path(path), "already exists; not overwritten "
                                                   "(edit that file, or choose another title or date)")])


def to_fill_in(article: NewArticle, found: Article | None = None) -> str:
    """Return the list of fields still to write into the new file, and how to rebuild."""
    inferred = " (or leave it out: the build looks for it in the text)" if article.body else ""
    kept = dict(article.kept)
    missing = []
    if not article.date and not article.found_date and "date" not in kept:
        missing.append(f"  date: YYYY-MM-DD{inferred or ' (undated articles go last)'}")
    if not article.publication and not (found and found.publication) and "publication" not in kept:
        missing.append(f"  publication: the newspaper or site{inferred}")
    if not article.authors and not (found and found.authors) and "authors" not in kept:
        missing.append(f"  authors: [First Author, Second Author]{inferred}")
    if not article.body:
        missing.append("  the article's text, below the closing `---` line")
    lines = ["Still to fill in (front matter keys go between the `---` lines):", *missing] if missing else []
    lines += ["Optional: dek, dateline, notes; `title_is_editorial: true` if you wrote the title yourself.",
              rebuild_hint()]
    return "\n".join(lines)


def rebuild_hint() -> str:
    """Return how to rebuild from here: the repository's `python build.py`, or `briefing build` in a folder that
    `briefing init` made (it has no build.py)."""
    return "Then rebuild: python build.py" if Path("build.py").is_file() else "Then rebuild: briefing build"
