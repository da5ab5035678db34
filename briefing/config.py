"""One validated SiteConfig from defaults, the optional briefing.yaml, and command-line options."""

from __future__ import annotations

import argparse
import dataclasses
import re
from pathlib import Path

from briefing.errors import BuildError, Problem
from briefing.read.frontmatter_yaml import FrontMatterError, parse_front_matter
from briefing.read.markdown_options import check_extensions
from briefing.records import SiteConfig

DEFAULT_CONFIG_FILE = Path("briefing.yaml")
_PATH_KEYS = ("source", "out", "templates", "static", "gazetteer", "outlets", "cache_dir")
_FIELDS = {f.name: f for f in dataclasses.fields(SiteConfig)}


def load_config(options: argparse.Namespace) -> SiteConfig:
    """Merge defaults, the config file and command-line options; raise BuildError listing every problem."""
    file = options.config or DEFAULT_CONFIG_FILE
    values: dict[str, object] = {}
    if options.config or file.is_file():
        values.update(_read_file(file))
    for name in ("source", "out", "base_url", "site_url", "strict", "use_cache", "cache_dir", "jobs", "search"):
        given = getattr(options, name, None)
        if given is not None:
            values[name] = given
    return make_config(values, str(file))


def make_config(values: dict[str, object], origin: str = "briefing.yaml") -> SiteConfig:
    """Return a SiteConfig from raw values, checking names and types of every key."""
    problems, clean = [], {}
    for key, value in values.items():
        try:
            clean[key] = _convert(key, value)
        except ValueError as error:
            problems.append(Problem(origin, f"'{key}': {error}"))
    if problems:
        raise BuildError(problems)
    return SiteConfig(**clean)


def _read_file(file: Path) -> dict[str, object]:
    try:
        text = file.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise BuildError([Problem(str(file), f"cannot read the config file: {error.strerror}")]) from None
    try:
        return parse_front_matter(text)[0]
    except FrontMatterError as error:
        line = error.line + 1 if error.line is not None else None
        raise BuildError([Problem(str(file), str(error), line)]) from None


def _convert(key: str, value: object) -> object:
    if key not in _FIELDS:
        raise ValueError(f"unknown setting (known: {', '.join(_FIELDS)})")
    if key == "markdown_extensions":
        return check_extensions(value)
    if key in _PATH_KEYS:
        return Path(str(value))
    if key in ("strict", "use_cache", "search", "discover_actors"):
        return _boolean(value)
    if key in ("words_per_minute", "split_by_year_from", "jobs"):
        if not re.fullmatch(r"[0-9]+", str(value)) or (key != "jobs" and int(str(value)) == 0):
            raise ValueError(f"must be a whole number written in digits 0-9, "
                             f"{'1 or more' if key != 'jobs' else '0 or more'}, got {value!r}")
        return int(str(value))
    if not isinstance(value, str):
        raise ValueError("must be plain text, not a list or mapping")
    if key == "base_url":
        return normalise_base_url(value)
    if key == "site_url" and value and not re.match(r"^https?://[^\s/]+", value):
        raise ValueError(f"must be an absolute address: http:// or https:// and a host name, got {value!r}")
    return value.rstrip("/") + "/" if key == "site_url" and value else value


def _boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if str(value).lower() in ("true", "false"):
        return str(value).lower() == "true"
    raise ValueError(f"must be true or false, got {value!r}")


def normalise_base_url(value: str) -> str:
    """Return the base path with one leading and one trailing slash: "briefing" -> "/briefing/"."""
    if re.search(r"[\s\"'<>\\?#]", value) or "://" in value:
        raise ValueError("must be a path such as / or /briefing/, without :// and without spaces, quotes, "
                         f"<, >, \\, ? or #, got {value!r}")
    return "/" + "/".join(p for p in value.split("/") if p) + "/" if value.strip("/") else "/"
