"""The Python-Markdown extensions a build uses: the defaults, and the `markdown_extensions:` setting checked."""

from __future__ import annotations

import importlib
from collections.abc import Mapping

import markdown
from markdown.extensions import Extension

ExtensionSetting = tuple[str, tuple[tuple[str, object], ...]]
"""An extension's name and its options as (name, value) pairs, frozen: a converter is picked by them."""

DEFAULT_EXTENSIONS: tuple[ExtensionSetting, ...] = (
    ("tables", ()),
    ("fenced_code", ()),
    ("sane_lists", ()),
    # ~~gone~~ is struck through, as on GitHub; a single ~ stays a tilde (no subscript).
    ("pymdownx.tilde", (("subscript", False),)),
    # Bare https://…, www.… and e-mail addresses become links, as on GitHub.
    ("pymdownx.magiclink", ()),
)
"""Always on: what article bodies are promised (tables, fenced code, strikethrough, autolinks, sane lists)."""
_RULE = ("must be a list of Python-Markdown extension names, each alone (`- abbr`) or with a mapping "
         "of its options (`- toc: {baselevel: 2}`)")


def check_extensions(value: object) -> tuple[ExtensionSetting, ...]:
    """Return the `markdown_extensions:` setting as extension settings; raise ValueError stating the rule broken."""
    if value == "":
        return ()
    if not isinstance(value, list):
        raise ValueError(f"{_RULE}, got {_kind(value)}")
    return tuple(_check_item(item) for item in value)


def extension_arguments(settings: tuple[ExtensionSetting, ...]) -> tuple[list[str], dict[str, dict[str, object]]]:
    """Return the defaults plus settings as Markdown(extensions=..., extension_configs=...) arguments;
    options given for a default extension replace its default options."""
    configs: dict[str, dict[str, object]] = {}
    for name, options in (*DEFAULT_EXTENSIONS, *settings):
        configs[name] = {key: _thawed(value) for key, value in options}
    return list(configs), configs


_DEFAULT_MODULES = {"tables": "markdown.extensions.tables", "fenced_code": "markdown.extensions.fenced_code",
                    "sane_lists": "markdown.extensions.sane_lists", "pymdownx.tilde": "pymdownx.tilde",
                    "pymdownx.magiclink": "pymdownx.magiclink"}
"""Where the default extensions live: the modules their names' entry points load."""


def extension_objects(names: list[str], configs: dict[str, dict[str, object]]) -> list[Extension | str]:
    """Return the extensions for one converter: the defaults made from their modules, new each time
    (an extension may keep its converter), any other by name, configured by configs.

    Given a name, Python-Markdown first reads the entry points of every installed package, which
    is a tenth of a small briefing's build.
    """
    return [importlib.import_module(_DEFAULT_MODULES[name]).makeExtension(**configs[name])
            if name in _DEFAULT_MODULES else name for name in names]


def _check_item(item: object) -> ExtensionSetting:
    if isinstance(item, str) and item.strip():
        name, options = item.strip(), {}
    elif isinstance(item, dict) and len(item) == 1:
        name, options = next(iter(item.items()))
        if options == "":
            options = {}
        if not isinstance(options, dict):
            raise ValueError(f"the options of extension {name!r} must be a mapping of option: value, "
                             f"got {_kind(options)}")
    else:
        raise ValueError(f"{_RULE}, got an item that is {_kind(item)}")
    extension = _load(name)
    return name, tuple((key, _option(extension, name, key, raw)) for key, raw in options.items())


def _load(name: str) -> Extension:
    try:
        return markdown.Markdown().build_extension(name, {})
    except (ImportError, AttributeError, TypeError):
        raise ValueError(f"unknown Markdown extension {name!r}: each name must be one Python-Markdown "
                         "can import (a built-in one such as 'abbr', 'footnotes' or 'toc', or one from an "
                         "installed package such as 'pymdownx.mark'); check the spelling, or install the "
                         "package that provides it") from None


def _option(extension: Extension, name: str, key: str, raw: object) -> object:
    known = extension.getConfigs()
    if key not in known:
        raise ValueError(f"extension {name!r} has no option {key!r}; its options are: "
                         f"{', '.join(sorted(known)) or 'none'}")
    default = known[key]
    try:
        value = _typed(default, raw)
        extension.setConfig(key, value)
    except ValueError:
        raise ValueError(f"option {key!r} of extension {name!r} must be {_expected(default)}, "
                         f"got {raw!r}") from None
    return _frozen(value)


def _typed(default: object, raw: object) -> object:
    """Convert a text option (front matter YAML keeps every value text) to its default's type."""
    if isinstance(default, bool) or default is None or not isinstance(raw, str):
        return raw  # Python-Markdown itself reads true/false/none for bool and None defaults
    if isinstance(default, int):  # some take true/false too (toc's permalink)
        return raw.lower() == "true" if raw.lower() in ("true", "false") else int(raw)
    if isinstance(default, float):
        return float(raw)
    return raw


def _expected(default: object) -> str:
    if isinstance(default, bool) or default is None:
        return "true or false"
    if isinstance(default, int):
        return "a whole number, or true or false"
    if isinstance(default, float):
        return "a number"
    return f"a value like its default {default!r}"


class FrozenMapping(tuple):
    """A mapping inside an option's value, kept as (key, value) pairs so the setting stays hashable."""


def _frozen(value: object) -> object:
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, Mapping):
        return FrozenMapping((k, _frozen(v)) for k, v in value.items())
    return value


def _thawed(value: object) -> object:
    """Return an option's value as the YAML gave it: lists and dicts again."""
    if isinstance(value, FrozenMapping):
        return {k: _thawed(v) for k, v in value}
    if isinstance(value, tuple):
        return [_thawed(v) for v in value]
    return value


def _kind(value: object) -> str:
    if isinstance(value, str):
        return f"the text {value!r}"
    return "a mapping" if isinstance(value, dict) else "a list"
