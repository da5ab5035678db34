"""Build the briefing site: `python build.py` reads seeds/ and writes dist/ (see --help)."""

try:
    from briefing.cli import main
except ModuleNotFoundError as missing:
    if (missing.name or "").startswith("briefing"):
        raise
    # Most likely an older install: the dependencies changed since `pip install -e .` last ran.
    raise SystemExit(f"briefing: the library {missing.name!r} is not installed; install the dependencies with "
                     "`pip install -e .` (inside the project's virtual environment), then run this again.") from None

if __name__ == "__main__":  # worker processes import this file again; only the build runs main()
    raise SystemExit(main())
