"""Load the raw-text reader's data: cleaning.yaml, outlets.yaml, furniture.yaml, the user's additions, stop words."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
from pathlib import Path

import yaml

from briefing.errors import BuildError, Problem
from briefing.read.clean import CleanRules, rules_from_data
from briefing.read.furniture import furniture_from_data
from briefing.read.load import load_yaml, read_package_yaml
from briefing.read.outlets import outlets_from_data

STOPLIST_LANGUAGES = ("English", "Spanish")
"""jusText stop lists read for the common-word test: the languages the reader knows dates in."""
_USER_KEYS = ("outlets", "lines", "patterns", "related_markers", "calls_to_action")


def load_reader_rules(user_file: Path | None = None) -> tuple[CleanRules, bytes]:
    """Return the reader's rules (the project's data plus user_file's additions) and user_file's bytes."""
    extra, raw = _user_data(user_file)
    furniture = read_package_yaml("furniture.yaml")
    for key in ("lines", "patterns"):
        furniture[key] = _merged(furniture.get(key) or {}, extra.get(key) or {})
    for key in ("related_markers", "calls_to_action"):
        furniture[key] = [*furniture.get(key, ()), *extra.get(key, ())]
    _check_expressions(extra, user_file)
    try:
        outlets_from_data(list(extra.get("outlets") or ()))  # numbers a bad entry within the user's file
        outlets = outlets_from_data([*read_package_yaml("outlets.yaml")["outlets"], *(extra.get("outlets") or ())])
    except ValueError as error:
        raise BuildError([Problem(str(user_file), str(error))]) from None
    rules = dataclasses.replace(rules_from_data(read_package_yaml("cleaning.yaml")), outlets=outlets,
                                furniture=furniture_from_data(furniture, _stopwords()))
    return rules, raw


def _user_data(user_file: Path | None) -> tuple[dict, bytes]:
    if user_file is None or not user_file.is_file():
        return {}, b""
    raw = user_file.read_bytes()
    try:
        data = load_yaml(raw.decode("utf-8-sig")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise BuildError([Problem(str(user_file), f"cannot read the outlets file: {error}")]) from None
    if not isinstance(data, dict) or set(data) - set(_USER_KEYS):
        raise BuildError([Problem(str(user_file), f"must be a mapping with the keys {', '.join(_USER_KEYS)} "
                                                  f"(see docs/raw-text.md), got {sorted(data) if isinstance(data, dict) else data!r}")])
    return data, raw


def _check_expressions(extra: dict, user_file: Path | None) -> None:
    """Raise BuildError naming the user's file and the entry when one of its patterns or calls to action
    is no regular expression."""
    entries = [(f"patterns › {reason}", item) for reason, items in (extra.get("patterns") or {}).items()
               for item in items or ()] + [("calls_to_action", item) for item in extra.get("calls_to_action") or ()]
    for where, item in entries:
        try:
            re.compile(str(item))
        except re.error as error:
            raise BuildError([Problem(str(user_file), f"{where}: {item!r} is not a regular expression ({error}); "
                                                      "fix it, or list the words as a plain line under `lines:`")]) from None


def _merged(base: dict, extra: dict) -> dict:
    """Return base with extra's lists added under the same reasons."""
    merged = {reason: list(items or ()) for reason, items in base.items()}
    for reason, items in extra.items():
        merged.setdefault(reason, []).extend(items or ())
    return merged


def _stopwords() -> frozenset[str]:
    return frozenset(w.casefold() for language in STOPLIST_LANGUAGES for w in _stoplist(language))


def _stoplist(language: str) -> list[str]:
    """Return jusText's stop list for a language, read from the package's file as justext.get_stoplist
    reads it, without importing jusText: its import (lxml, urllib, email) and get_stoplist() take
    a tenth of a second, a fifth of a small briefing's build."""
    spec = importlib.util.find_spec("justext")
    folders = list(spec.submodule_search_locations or ()) if spec else []
    for folder in folders:
        try:
            data = (Path(folder) / "stoplists" / f"{language}.txt").read_bytes()
        except OSError:
            continue
        return [word.decode("utf-8").lower() for word in data.splitlines()]
    import justext  # another layout of the package: ask it

    return list(justext.get_stoplist(language))
