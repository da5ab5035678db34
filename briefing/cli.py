"""The command line: `briefing [build] [options]`; errors become messages and exit codes, never tracebacks."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Sequence

from briefing import __version__
from briefing.build.engine import BuildReport, build
from briefing.build.interrupts import EXIT_INTERRUPTED, interrupted_note
from briefing.config import DEFAULT_CONFIG_FILE, load_config
from briefing.errors import BuildError
from briefing.init import DEFAULT_TITLE
from briefing.site.search import SearchIndex

EXIT_OK, EXIT_BUILD_ERROR = 0, 1  # argparse itself exits 2 on a usage error
EXIT_BROKEN_PIPE = 141
"""The output's reader went away: 128 + SIGPIPE, what a shell reports for a tool the closed pipe stopped."""
COMMANDS = ("build", "serve", "new", "inspect", "init", "actors")


def make_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every command and option documented."""
    parser = argparse.ArgumentParser(
        prog="briefing", description="Build a static briefing website from a folder of news articles.",
        epilog="Exit codes: 0 success, 1 bad input or failed build (dist/ left untouched), 2 usage error, "
               "130 stopped by Ctrl-C (dist/ left untouched), 141 the output's reader closed the pipe.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    # Shown in the top-level --help; never parsed there, because main() routes bare options to `build`.
    add_build_options(parser.add_argument_group("build options (briefing [build] ...)"),
                      default=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    build_parser = commands.add_parser("build", help="build the site (the default command)",
                                       description="Build the site from the articles folder into the output folder.")
    add_build_options(build_parser)
    add_new_parser(commands)
    add_inspect_parser(commands)
    add_init_parser(commands)
    add_actors_parser(commands)
    serve_parser = commands.add_parser(
        "serve", help="build, serve on 127.0.0.1, rebuild on change and reload the browser",
        description="Build the site, serve the output folder on 127.0.0.1 under the base URL, watch the articles, "
                    "templates, static files and config, rebuild on change and reload the open tab. "
                    "A failed rebuild is shown in the terminal and the browser; the last good build stays served.")
    add_build_options(serve_parser)
    serve_parser.add_argument("--port", type=_port, default=8000,
                              help="port to listen on (default: 8000; 0 picks a free one)")
    return parser


def add_new_parser(commands: argparse._SubParsersAction) -> None:
    """Add the `new` command and its options."""
    parser = commands.add_parser(
        "new", help="start a new article file in the articles folder",
        description="Write <date>-<slug>.txt into the articles folder with front matter; with --from, "
                    "the raw text of FILE becomes its body unchanged, and without TITLE the headline and date "
                    "are read from it. With --from a saved web page (.html), copy it and its _files folder as "
                    "<date>-<slug>.html; what the command line gives goes into its sidecar <name>.html.yaml. "
                    "Never overwrites a file.")
    parser.add_argument("title", nargs="?",
                        help="the article's headline (read from --from FILE when left out; a saved page brings its own)")
    parser.add_argument("--date", metavar="YYYY-MM-DD",
                        help="publication date (YYYY-MM or YYYY if that is all you know)")
    parser.add_argument("--publication", metavar="NAME", default="", help="the newspaper or site")
    parser.add_argument("--author", metavar="NAME", action="append", default=[], dest="authors",
                        help="an author's name (repeat for several)")
    parser.add_argument("--from", metavar="FILE", type=Path, dest="from_file",
                        help="UTF-8 text file holding the article as copied or scraped, or a page saved "
                             "from the browser (.html, copied with its _files folder)")
    _add_source_and_config(parser)


def _add_source_and_config(parser: argparse.ArgumentParser, *, source: bool = True) -> None:
    """Add the --source and --config options of the commands that read a briefing but do not build it."""
    if source:
        parser.add_argument("--source", type=Path, metavar="DIR", help="folder of articles (default: seeds)")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="configuration file (default: briefing.yaml if it exists)")


def add_inspect_parser(commands: argparse._SubParsersAction) -> None:
    """Add the `inspect` command and its options."""
    parser = commands.add_parser(
        "inspect", help="show what the reader finds in an article file (writes nothing)",
        description="Read FILE as the build would and print its headline, date, authors, publication and "
                    "dateline with where each came from, then every line with what the reader made of it. "
                    "Exit code 1 when the file cannot be read, or with --strict when the reading has warnings.")
    parser.add_argument("file", type=Path, metavar="FILE", help="the article file (.txt or .md)")
    _add_source_and_config(parser, source=False)
    parser.add_argument("--strict", action="store_true", default=None, help="exit 1 when there are warnings")


def add_init_parser(commands: argparse._SubParsersAction) -> None:
    """Add the `init` command and its options."""
    parser = commands.add_parser(
        "init", help="make a new briefing folder",
        description="Make DIR (new or empty) a briefing: briefing.yaml, an empty articles folder, a gazetteer "
                    "to curate the actors found, a GitHub Pages workflow and .gitignore. Without --title or "
                    "--description, asks for them on a terminal and uses defaults otherwise.")
    parser.add_argument("folder", type=Path, metavar="DIR", help="the folder to make (must be new or empty)")
    parser.add_argument("--title", help=f"the briefing's name (default: {DEFAULT_TITLE})")
    parser.add_argument("--description", help="one sentence shown under the name")


def add_actors_parser(commands: argparse._SubParsersAction) -> None:
    """Add the `actors` command and its options."""
    parser = commands.add_parser(
        "actors", help="list the actors found in the articles; --draft writes a gazetteer to edit",
        description="Read and prepare the articles as a build does, then list every actor that gets a page: "
                    "name, kind, role, aliases, how often it is named and quoted, and where. "
                    "With --draft FILE, also write them as a gazetteer to curate (never overwrites).")
    parser.add_argument("--draft", type=Path, metavar="FILE", help="write a gazetteer draft to FILE")
    _add_source_and_config(parser)


def _port(value: str) -> int:
    """Return a TCP port number, for argparse."""
    if not value.isdigit() or int(value) > 65535:
        raise argparse.ArgumentTypeError(f"must be a port number from 0 to 65535, got {value!r}")
    return int(value)


def add_build_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup, *,
                      default: object = None) -> None:
    """Add the options shared by every command that builds."""
    parser.add_argument("--source", type=Path, metavar="DIR", default=default,
                        help="folder of articles (default: seeds)")
    parser.add_argument("--out", type=Path, metavar="DIR", default=default,
                        help="output folder, replaced atomically (default: dist)")
    parser.add_argument("--base-url", metavar="PATH", default=default,
                        help="path the site is served under, e.g. /briefing/ for a GitHub Pages project (default: /)")
    parser.add_argument("--site-url", metavar="URL", default=default,
                        help="absolute address of the site, for feeds and canonical links")
    parser.add_argument("--config", type=Path, metavar="FILE", default=default,
                        help="configuration file (default: briefing.yaml if it exists)")
    parser.add_argument("--strict", action="store_true", default=default, help="treat warnings as errors")
    parser.add_argument("--no-cache", dest="use_cache", action="store_false", default=default,
                        help="ignore and do not update the build cache (the output is the same)")
    parser.add_argument("--no-search", dest="search", action="store_false", default=default,
                        help="skip the full-text search index (faster previews; search finds nothing)")
    parser.add_argument("--cache-dir", type=Path, metavar="DIR", default=default,
                        help="where the build cache lives (default: .briefing-cache)")
    parser.add_argument("--jobs", type=int, metavar="N", default=default,
                        help="worker processes for parsing and rendering (default: one per CPU core)")
    parser.add_argument("--timings", action="store_true", default=default or False,
                        help="print the seconds spent in each stage of the build")
    parser.add_argument("-q", "--quiet", action="store_true", default=default or False, help="print only errors")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    try:
        return _run(argv)
    except BrokenPipeError:
        # Whatever read the output stopped reading (`briefing actors | head`): stop quietly, as other tools do,
        # and keep Python's exit from writing to the closed pipe again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _run(argv: Sequence[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0] not in COMMANDS and args[0] not in ("-h", "--help", "--version")):
        args.insert(0, "build")
    options = make_parser().parse_args(args)
    # Each other command's module is imported when it runs: a build that finds nothing changed
    # (most rebuilds) then loads a third of the code.
    if options.command == "new":
        from briefing.new import run_new
        return run_new(options)
    if options.command == "inspect":
        from briefing.inspect import run_inspect
        return run_inspect(options)
    if options.command == "init":
        from briefing.init import run_init
        return run_init(options)
    if options.command == "actors":
        from briefing.roster import run_actors
        return run_actors(options)
    if options.command == "serve":
        return _serve(options)
    config = None
    try:
        config = load_config(options)
        report = build(config, progress=_progress_printer() if not options.quiet else None)
    except KeyboardInterrupt:
        print(interrupted_note(config.out if config else None), file=sys.stderr, flush=True)
        return EXIT_INTERRUPTED
    except BuildError as error:
        print(f"error: {error}" if "\n" not in str(error) else f"error: build failed:\n{error}", file=sys.stderr)
        print("briefing: build failed; the output folder was left as it was.", file=sys.stderr)
        return EXIT_BUILD_ERROR
    _print_report(report, quiet=options.quiet, timings=options.timings)
    return EXIT_OK


def _serve(options: argparse.Namespace) -> int:
    """Run `briefing serve` until Ctrl-C; a bad config at start is an error like in `build`."""
    from briefing.serve.server import serve
    try:
        return serve(lambda: load_config(options), config_file=options.config or DEFAULT_CONFIG_FILE,
                     port=options.port)
    except KeyboardInterrupt:  # while loading the settings, before serve could say anything
        print(interrupted_note(None), file=sys.stderr, flush=True)
        return EXIT_INTERRUPTED
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BUILD_ERROR


def _progress_printer():
    """Return a progress callback that draws on a terminal, or None when output is not one."""
    if not sys.stderr.isatty():
        return None

    def show(stage: str, done: int, total: int) -> None:
        # Many pages, or several search shards: those are the stages that take seconds.
        long = total >= 200 or (stage == "indexing" and total > 1)
        if long and (done % 50 == 0 or done == total or total < 200):
            end = "\n" if done == total else ""
            print(f"\r{stage} {done}/{total}", end=end, file=sys.stderr, flush=True)
    return show


def _print_report(report: BuildReport, *, quiet: bool, timings: bool = False) -> None:
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not quiet and report.static_only:
        print(f"Only static files changed: copied static/ again, kept all {_count(report.pages, 'page')} "
              f"({_count(report.articles, 'article')}) in {report.seconds:.2f} s -> {os.fspath(report.out)}/")
    elif not quiet and report.up_to_date:
        print(f"Nothing changed since the last build: {_count(report.articles, 'article')}, "
              f"{_count(report.pages, 'page')}, {_count(len(report.warnings), 'warning')}; "
              f"{os.fspath(report.out)}/ is up to date (checked in {report.seconds:.2f} s)")
    elif not quiet:
        print(f"Built {_count(report.articles, 'article')}, {_count(report.pages, 'page')} "
              f"({report.reused} unchanged), {_count(len(report.warnings), 'warning')} "
              f"in {report.seconds:.2f} s -> {os.fspath(report.out)}/")
        if report.search and report.search.pages:
            print(_search_summary(report.search, f"{os.fspath(report.out)}/pagefind/"))
    if timings:
        for stage, seconds in report.stages:
            print(f"  {seconds:8.3f} s  {stage}")
        if report.render_workers:
            print(f"  (pages rendered by {report.render_workers} worker processes)")


def _search_summary(search: SearchIndex, folder: str) -> str:
    """Return the summary line of the search stage: what was indexed, what was kept."""
    shards = _count(search.shards, "shard")
    if search.reused:
        return f"Search index unchanged ({_count(search.pages, 'page')} in {shards}) -> {folder}"
    kept = search.shards - search.indexed_shards
    detail = f"; {kept} of {shards} unchanged" if kept else f" in {shards}"
    return (f"Indexed {_count(search.indexed_pages, 'page')} for search{detail} "
            f"in {search.seconds:.2f} s -> {folder}")


def _count(number: int, noun: str) -> str:
    """Return "1 article", "5 articles"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
