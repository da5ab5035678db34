"""Build the briefing site: `python build.py` reads seeds/ and writes dist/ (see --help)."""

from briefing.cli import main

raise SystemExit(main())
