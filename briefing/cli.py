"""The command line: `briefing [build] [options]`; errors become messages and exit codes, never tracebacks."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Sequence

from briefing import __version__
from briefing.config import load_config
from briefing.errors import BuildError
from briefing.site import BuildReport, build

EXIT_OK, EXIT_BUILD_ERROR, EXIT_USAGE = 0, 1, 2
COMMANDS = ("build",)


def make_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every command and option documented."""
    parser = argparse.ArgumentParser(
        prog="briefing", description="Build a static briefing website from a folder of news articles.",
        epilog="Exit codes: 0 success, 1 bad input or failed build (dist/ left untouched), 2 usage error.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    build_parser = commands.add_parser("build", help="build the site (the default command)",
                                       description="Build the site from the articles folder into the output folder.")
    add_build_options(build_parser)
    return parser


def add_build_options(parser: argparse.ArgumentParser) -> None:
    """Add the options shared by every command that builds."""
    parser.add_argument("--source", type=Path, metavar="DIR", help="folder of articles (default: seeds)")
    parser.add_argument("--out", type=Path, metavar="DIR", help="output folder, replaced atomically (default: dist)")
    parser.add_argument("--base-url", metavar="PATH",
                        help="path the site is served under, e.g. /briefing/ for a GitHub Pages project (default: /)")
    parser.add_argument("--site-url", metavar="URL", help="absolute address of the site, for feeds and canonical links")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="configuration file (default: briefing.yaml if it exists)")
    parser.add_argument("--strict", action="store_true", default=None, help="treat warnings as errors")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0] not in COMMANDS and args[0] not in ("-h", "--help", "--version")):
        args.insert(0, "build")
    options = make_parser().parse_args(args)
    try:
        config = load_config(options)
        report = build(config, progress=_progress_printer() if not options.quiet else None)
    except BuildError as error:
        print(f"error: {error}" if "\n" not in str(error) else f"error: build failed:\n{error}", file=sys.stderr)
        print("briefing: build failed; the output folder was left as it was.", file=sys.stderr)
        return EXIT_BUILD_ERROR
    _print_report(report, quiet=options.quiet)
    return EXIT_OK


def _progress_printer():
    """Return a progress callback that draws on a terminal, or None when output is not one."""
    if not sys.stderr.isatty():
        return None

    def show(stage: str, done: int, total: int) -> None:
        if total >= 200 and (done % 50 == 0 or done == total):
            end = "\n" if done == total else ""
            print(f"\r{stage} {done}/{total}", end=end, file=sys.stderr, flush=True)
    return show


def _print_report(report: BuildReport, *, quiet: bool) -> None:
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not quiet:
        print(f"Built {len(report.articles)} articles, {report.pages} pages, {len(report.warnings)} "
              f"warnings in {report.seconds:.2f} s -> {os.fspath(report.out)}/")
