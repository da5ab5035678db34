"""Read YAML front matter strictly: no tags, aliases or duplicate keys, every scalar a string."""

from __future__ import annotations

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_ALLOWED_TAGS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}


class FrontMatterError(ValueError):
    """A front matter problem with its position inside the YAML block (0-based)."""

    def __init__(self, message: str, line: int | None, column: int | None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class _NoAliasLoader(yaml.BaseLoader):
    """BaseLoader resolves every plain scalar to a string, so `NO` stays "NO" and `10:00` "10:00"."""

    def compose_node(self, parent: Node | None, index: object) -> Node:
        # Aliases are how "billion laughs" bombs grow; articles never need them.
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise FrontMatterError("YAML aliases (*name) are not allowed in front matter "
                                   "(write the value out in full)", mark.line, mark.column)
        return super().compose_node(parent, index)


def parse_front_matter(text: str) -> tuple[dict[str, object], dict[str, int]]:
    """Parse a YAML block into (mapping, 0-based line of each key); raise FrontMatterError."""
    try:
        node = yaml.compose(text, Loader=_NoAliasLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or "invalid YAML"
        raise FrontMatterError(f"YAML syntax error: {problem} (check quotes, colons and indentation)",
                               mark.line if mark else None, mark.column if mark else None) from None
    except yaml.YAMLError as error:
        raise FrontMatterError(f"YAML error: {error}", None, None) from None
    if node is None:
        return {}, {}
    if not isinstance(node, MappingNode):
        raise FrontMatterError("front matter must be a mapping of `key: value` lines, "
                               f"got a {_describe(node)}", node.start_mark.line, node.start_mark.column)
    return _mapping(node), {_scalar(k): k.start_mark.line for k, _ in node.value}


def _describe(node: Node) -> str:
    return "list" if isinstance(node, SequenceNode) else "single value"


def _value(node: Node) -> object:
    if node.tag not in _ALLOWED_TAGS:
        raise FrontMatterError(f"YAML tag {node.tag!r} is not allowed in front matter (remove it)",
                               node.start_mark.line, node.start_mark.column)
    if isinstance(node, MappingNode):
        return _mapping(node)
    if isinstance(node, SequenceNode):
        return [_value(item) for item in node.value]
    return _scalar(node)


def _scalar(node: Node) -> str:
    if not isinstance(node, ScalarNode):
        raise FrontMatterError("a key must be plain text", node.start_mark.line, node.start_mark.column)
    return node.value


def _mapping(node: MappingNode) -> dict[str, object]:
    result: dict[str, object] = {}
    for key_node, value_node in node.value:
        key = _scalar(key_node)
        if key in result:
            raise FrontMatterError(f"duplicate key {key!r} (keep only one)",
                                   key_node.start_mark.line, key_node.start_mark.column)
        result[key] = _value(value_node)
    return result
