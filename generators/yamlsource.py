# Safe YAML reading that keeps the line and column of every value.
"""Parse one YAML file into plain Python data plus a map from data path to source position.

Rejects what an editor would not mean: duplicate keys, tabs, non-UTF-8 bytes, alias bombs,
files too large to be a hand-edited data file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generators.problems import Problem

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 64

PathKey = tuple[str | int, ...]


class _DataLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text: the model decides what a date string means."""


_DataLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class ParsedFile:
    """A YAML file's data and where each of its values sits in the file."""

    name: str
    root: str
    data: Any
    positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def position(self, path: PathKey) -> tuple[int, int]:
        """Line and column (1-based) of the value at `path`, or of its nearest located parent."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.positions:
                return self.positions[path[:end]]
        return (1, 1)

    def key_position(self, path: PathKey) -> tuple[int, int]:
        """Line and column of the key that holds `path`, falling back to the value."""
        return self.positions.get(("key", *path), self.position(path))

    def problem(
        self, path: PathKey, display: str, message: str, hint: str | None = None
    ) -> Problem:
        line, column = self.key_position(path)
        return Problem(self.name, line, column, display, message, hint)


class _Converter:
    """Turn a composed node tree into Python data, recording positions and refusing abuse."""

    def __init__(self, parsed: ParsedFile) -> None:
        self.parsed = parsed
        self.constructor = _DataLoader("")
        self.nodes = 0
        self.problems: list[Problem] = []

    def convert(self, node: yaml.Node, path: PathKey, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _TooBig(node, "the file expands to too many values (an alias bomb?)")
        if depth > MAX_DEPTH:
            raise _TooBig(node, f"values are nested more than {MAX_DEPTH} levels deep")
        self.parsed.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        return self.constructor.construct_object(node, deep=True)

    def _mapping(self, node: yaml.MappingNode, path: PathKey, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _TooBig(key_node, "merge keys (<<) are not supported; write the fields out")
            key = self.constructor.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                key = str(key)
            key_path = (*path, key)
            line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if key in result:
                first_line, _ = self.parsed.positions[("key", *key_path)]
                self.problems.append(
                    Problem(
                        self.parsed.name,
                        line,
                        column,
                        display_path((self.parsed.root, *key_path)),
                        f"duplicate key '{key}' (first given on line {first_line})",
                        "remove one of the two",
                    )
                )
                continue
            self.parsed.positions[("key", *key_path)] = (line, column)
            result[key] = self.convert(value_node, key_path, depth + 1)
        return result


class _TooBig(Exception):
    def __init__(self, node: yaml.Node, message: str) -> None:
        self.node = node
        self.message = message


def display_path(path: PathKey) -> str:
    """Render a data path the way an editor reads it: `quotes[3].speaker`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def read_yaml(path: Path, name: str, root: str) -> tuple[ParsedFile | None, list[Problem]]:
    """Read and parse one data file; return its data or the problems that stopped it.

    `name` is the file as shown to editors, `root` the name its data paths start with.
    """
    parsed = ParsedFile(name=name, root=root, data=None)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None, [Problem(name, 1, 1, "", "file is missing", f"create {name}")]
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        return None, [Problem(name, 1, 1, "", f"file is {size:,} bytes, over the {limit} MB limit")]
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [
            Problem(
                name,
                line,
                column,
                "",
                f"byte 0x{raw[error.start]:02x} is not UTF-8",
                "save the file as UTF-8",
            )
        ]
    text = text.removeprefix("\ufeff")
    try:
        node = yaml.compose(text, Loader=_DataLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = error.problem or str(error)
        hint = None
        if "\t" in message or "\\t" in message or "tab" in message.lower():
            hint = "indent with spaces, not tabs"
        elif error.context:
            hint = error.context
        return None, [Problem(name, line, column, "", f"YAML syntax error: {message}", hint)]
    except yaml.YAMLError as error:
        return None, [Problem(name, 1, 1, "", f"YAML error: {error}")]
    if node is None:
        return None, [Problem(name, 1, 1, "", "file is empty", "add its records")]
    converter = _Converter(parsed)
    try:
        parsed.data = converter.convert(node, (), 0)
    except _TooBig as error:
        mark = error.node.start_mark
        return None, [Problem(name, mark.line + 1, mark.column + 1, "", error.message)]
    except yaml.YAMLError as error:
        return None, [Problem(name, 1, 1, "", f"YAML error: {error}")]
    return parsed, converter.problems
