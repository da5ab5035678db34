"""Read YAML front matter strictly: no tags, aliases or duplicate keys, every scalar a string.

Values are built straight from the parser's events (libyaml's when available): that is several
times faster than composing nodes in Python, and aliases are refused before anything expands.
"""

from __future__ import annotations

from typing import Iterator

import yaml

_Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_ALLOWED_TAGS = {None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}


class FrontMatterError(ValueError):
    """A front matter problem with its position inside the YAML block (0-based)."""

    def __init__(self, message: str, line: int | None, column: int | None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def parse_front_matter(text: str) -> tuple[dict[str, object], dict[str, int]]:
    """Parse a YAML block into (mapping, 0-based line of each key); raise FrontMatterError."""
    events = _events(text)
    try:
        return _document(events)
    except yaml.MarkedYAMLError as error:
        mark = _inside(text, error.problem_mark) or error.context_mark
        problem = error.problem or "invalid YAML"
        raise FrontMatterError(f"YAML syntax error: {problem} (check quotes, colons and indentation)",
                               mark.line if mark else None, mark.column if mark else None) from None
    except yaml.YAMLError as error:
        raise FrontMatterError(f"YAML error: {error}", None, None) from None
    except RecursionError:
        # Thousands of nested `- ` or `{` levels would otherwise end in a traceback.
        raise FrontMatterError("front matter is nested too deeply (use flat `key: value` lines and "
                               "simple lists)", None, None) from None


def _inside(text: str, mark: yaml.Mark | None) -> yaml.Mark | None:
    """Return mark unless it points past the block's last line (libyaml's "end of stream")."""
    return mark if mark is not None and mark.line <= text.count("\n") and mark.index < len(text) else None


def _events(text: str) -> Iterator[yaml.Event]:
    for event in yaml.parse(text, Loader=_Loader):
        if not isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent)):
            yield event


def _document(events: Iterator[yaml.Event]) -> tuple[dict[str, object], dict[str, int]]:
    start = next(events, None)
    if start is None:
        return {}, {}
    first = next(events)
    if isinstance(first, yaml.DocumentEndEvent):
        return {}, {}
    if not isinstance(first, yaml.MappingStartEvent):
        raise FrontMatterError("front matter must be a mapping of `key: value` lines, got a "
                               f"{'list' if isinstance(first, yaml.SequenceStartEvent) else 'single value'}",
                               first.start_mark.line, first.start_mark.column)
    key_lines: dict[str, int] = {}
    mapping = _mapping(events, key_lines)
    next(events)  # DocumentEndEvent
    extra = next(events, None)
    if extra is not None:
        raise FrontMatterError("only one YAML document is allowed in front matter (remove the `---` or `...`)",
                               extra.start_mark.line, extra.start_mark.column)
    return mapping, key_lines


def _value(event: yaml.Event, events: Iterator[yaml.Event]) -> object:
    if isinstance(event, yaml.AliasEvent):
        # Aliases are how "billion laughs" bombs grow; articles never need them.
        raise FrontMatterError("YAML aliases (*name) are not allowed in front matter (write the value out in full)",
                               event.start_mark.line, event.start_mark.column)
    if event.tag not in _ALLOWED_TAGS:
        raise FrontMatterError(f"YAML tag {event.tag!r} is not allowed in front matter (remove it)",
                               event.start_mark.line, event.start_mark.column)
    if isinstance(event, yaml.ScalarEvent):
        return event.value
    if isinstance(event, yaml.SequenceStartEvent):
        return _sequence(events)
    return _mapping(events, None)


def _sequence(events: Iterator[yaml.Event]) -> list[object]:
    items = []
    for event in events:
        if isinstance(event, yaml.SequenceEndEvent):
            return items
        items.append(_value(event, events))
    return items


def _mapping(events: Iterator[yaml.Event], key_lines: dict[str, int] | None) -> dict[str, object]:
    result: dict[str, object] = {}
    for event in events:
        if isinstance(event, yaml.MappingEndEvent):
            break
        if not isinstance(event, yaml.ScalarEvent) or event.tag not in _ALLOWED_TAGS:
            raise FrontMatterError("a key must be plain text", event.start_mark.line, event.start_mark.column)
        if event.value in result:
            raise FrontMatterError(f"duplicate key {event.value!r} (keep only one)",
                                   event.start_mark.line, event.start_mark.column)
        if key_lines is not None:
            key_lines[event.value] = event.start_mark.line
        result[event.value] = _value(next(events), events)
    return result
