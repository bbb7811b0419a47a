# Safe YAML reading that keeps the line and column of every value.
"""Parse one YAML file into plain Python data plus a map from data path to source position.

Rejects what an editor would not mean: duplicate keys, tabs, non-UTF-8 bytes, control
characters, alias bombs and alias loops, deep nesting, tags and merge keys, files too large to
be a hand-edited data file. Every YAML error becomes one located line, never a traceback.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generators.problems import Problem

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_REPEATS = 200_000  # values reached again through aliases
MAX_DEPTH = 64

PathKey = tuple[str | int, ...]

_TOO_DEEP = f"values are nested more than {MAX_DEPTH} levels deep"


class _DataLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text: the model decides what a date string means.

    It also stops composing past MAX_DEPTH, before deep nesting exhausts Python's stack.
    """

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.depth > MAX_DEPTH:
            raise _Refused(self.peek_event().start_mark, _TOO_DEEP)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


# libyaml composes several times faster; on any error, the pure loader above says what is wrong.
_FastLoader: type[yaml.CSafeLoader] | None = None
if hasattr(yaml, "CSafeLoader"):

    class _FastLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        """libyaml's loader with the same resolvers: for files that are well formed."""


_DATES = "tag:yaml.org,2002:timestamp"


def leave_dates_as_text(loader: type[yaml.SafeLoader] | type[yaml.CSafeLoader]) -> None:
    """Take YAML's timestamp resolver out of `loader`: `2024-03-14` reads as a string."""
    loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _DATES]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


for _loader in (_DataLoader, _FastLoader):
    if _loader is not None:
        leave_dates_as_text(_loader)


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
        self.seen: set[int] = set()
        self.repeats = 0  # nodes converted again through an alias
        self.open: set[int] = set()  # the nodes being converted: an alias to one of them loops
        self.problems: list[Problem] = []

    def convert(self, node: yaml.Node, path: PathKey, depth: int) -> Any:
        if id(node) in self.seen:
            self.repeats += 1
            if self.repeats > MAX_REPEATS:
                raise _Refused(
                    node.start_mark,
                    "aliases here expand to too many values (an alias bomb?)",
                    "write the values out, or use fewer nested aliases",
                )
        else:
            self.seen.add(id(node))
        if id(node) in self.open:
            raise _Refused(
                self.parsed.position(path),
                f"{display_path((self.parsed.root, *path))}: an alias refers to a value that"
                " contains it, so it never ends",
                "write the value out instead of the alias",
            )
        if depth > MAX_DEPTH:
            raise _Refused(node.start_mark, _TOO_DEEP)
        self.parsed.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, path)
        if node.tag not in _PLAIN_COLLECTIONS:
            raise _Refused(node.start_mark, *_unsupported_tag(node.tag))
        self.open.add(id(node))
        if isinstance(node, yaml.MappingNode):
            value: Any = self._mapping(node, path, depth)
        else:
            value = [self.convert(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        self.open.discard(id(node))
        return value

    def _mapping(self, node: yaml.MappingNode, path: PathKey, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _Refused(
                    key_node.start_mark, "merge keys (<<) are not supported", "write the fields out"
                )
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Refused(
                    key_node.start_mark, "a key must be a plain word, not a list or mapping"
                )
            key = self._scalar(key_node, path)
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

    def _scalar(self, node: yaml.ScalarNode, path: PathKey) -> Any:
        """Text as it is (most values: no constructor call), anything else by PyYAML's rules."""
        if node.tag == _TEXT:
            return node.value
        value = self.constructor.construct_object(node, deep=True)
        if node.tag in _NUMBERS and not _PLAIN_NUMBER.fullmatch(node.value):
            line, column = node.start_mark.line + 1, node.start_mark.column + 1
            where = display_path((self.parsed.root, *path))
            self.problems.append(
                Problem(self.parsed.name, line, column, where, *_odd_number(node.value, value))
            )
        return value


_TEXT = "tag:yaml.org,2002:str"
_NUMBERS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
# A number as a reader writes it: digits, an optional sign, decimals and exponent.
_PLAIN_NUMBER = re.compile(r"[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


def _odd_number(written: str, value: object) -> tuple[str, str]:
    """What YAML made of a number written some other way (`0x10`, `010`, `60:00`, `.inf`)."""
    shown = f"{value:g}" if isinstance(value, float) else f"{value}"
    plain = (
        f"write {shown} if that is the number"
        if shown.lstrip("-").isdigit()
        else ("write the number in plain digits, such as 16 or 2.5")
    )
    return (
        f"YAML reads {written!r} as the number {shown}, which is probably not what was meant",
        f"{plain}, or put the value in quotes if it is text",
    )


_PLAIN_COLLECTIONS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def _unsupported_tag(tag: str) -> tuple[str, str]:
    short = tag.replace("tag:yaml.org,2002:", "!!", 1)
    return f"tag {short} is not supported", "remove it: data files hold plain text, lists, mappings"


class _Refused(Exception):
    """Input that is not parsed further: where it is, what is wrong, and the fix if known."""

    def __init__(
        self, where: yaml.Mark | tuple[int, int], message: str, hint: str | None = None
    ) -> None:
        # A mark from libyaml is not a yaml.Mark, but has the same fields.
        self.where = where if isinstance(where, tuple) else (where.line + 1, where.column + 1)
        self.message = message
        self.hint = hint

    def problem(self, name: str) -> Problem:
        return Problem(name, *self.where, "", self.message, self.hint)


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
    raw, refusal = _read_regular_file(path, name)
    if raw is None:
        return None, [refusal] if refusal else []
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
        node = _compose(text)
    except _Refused as error:
        return None, [error.problem(name)]
    except yaml.YAMLError as error:
        return None, [_syntax_problem(name, text, error)]
    if node is None:
        return None, [Problem(name, 1, 1, "", "file is empty", "add its records")]
    converter = _Converter(parsed)
    try:
        parsed.data = converter.convert(node, (), 0)
    except _Refused as error:
        return None, [error.problem(name)]
    except yaml.YAMLError as error:
        return None, [_syntax_problem(name, text, error)]
    return parsed, converter.problems


def _read_regular_file(path: Path, name: str) -> tuple[bytes | None, Problem | None]:
    """The file's bytes, if it is a regular file of the data folder and not too large.

    A folder, a pipe or a device (a link to /dev/zero, say) is refused before it is opened, so
    nothing hangs or fills memory; a link that leads out of the data folder would publish a
    file nobody put there, and is refused too.
    """

    def refused(message: str, hint: str | None = None) -> tuple[None, Problem]:
        return None, Problem(name, 1, 1, "", message, hint)

    try:
        status = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return refused("is a link to a file that does not exist", "replace it with the file")
        return refused("file is missing", f"create {name}")
    if stat.S_ISDIR(status.st_mode):
        return refused("is a folder, not a file", f"move the folder away and create {name}")
    if not stat.S_ISREG(status.st_mode):
        return refused("is not a regular file (a pipe, socket or device)", "replace it with a file")
    if path.is_symlink() and not path.resolve().is_relative_to(path.parent.resolve()):
        return refused(
            f"is a link to a file outside the data folder ({path.resolve()})",
            "copy the file into the data folder instead of linking to it",
        )
    limit = MAX_FILE_BYTES // (1024 * 1024)
    if status.st_size > MAX_FILE_BYTES:
        return refused(f"file is {status.st_size:,} bytes, over the {limit} MB limit")
    with path.open("rb") as file:
        raw = file.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        return refused(f"file is over the {limit} MB limit")
    return raw, None


def _compose(text: str) -> yaml.Node | None:
    """The file's node tree: by libyaml if it can, else by the pure loader and its messages."""
    if _FastLoader is not None:
        try:
            return yaml.compose(text, Loader=_FastLoader)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=_DataLoader)


# A value that opens with a straight double quote, then has no straight quote after it.
_OPEN_QUOTE = re.compile(r'^(\s*(?:-\s+)?(?:[\w-]+:\s+)?)"((?:[^"\\]|\\.)*)$')


def _unclosed_quote(text: str, error_line: int) -> tuple[int, int] | None:
    """Where a double-quoted value whose closing quote is curly (`"old friend,”`) opens, if
    such a line comes at or before the line YAML stopped at (it stops lines later)."""
    for number, line in enumerate(text.splitlines()[:error_line], start=1):
        match = _OPEN_QUOTE.match(line)
        if match and match.group(2).rstrip().endswith(("”", "“")):
            return number, len(match.group(1)) + 1
    return None


def _syntax_problem(name: str, text: str, error: yaml.YAMLError) -> Problem:
    """One located line for a YAML error, never PyYAML's multi-line report."""
    if isinstance(error, yaml.reader.ReaderError):
        before = text[: error.position]
        line = before.count("\n") + 1
        column = error.position - (before.rfind("\n") + 1) + 1
        code = error.character if isinstance(error.character, int) else ord(error.character)
        return Problem(
            name,
            line,
            column,
            "",
            f"YAML syntax error: character U+{code:04X} is not allowed in a YAML file",
            "remove it: an invisible character, often pasted in from another program",
        )
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        unclosed = _unclosed_quote(text, line)
        if unclosed is not None:
            return Problem(
                name,
                *unclosed,
                "",
                'this text opens with a straight quote (") that is not closed on its line',
                'end it with a straight " as well; a curly quote does not close it',
            )
        message = error.problem or "invalid YAML"
        context, opened = error.context or "", error.context_mark
        hint = context or None
        if "\t" in message or "\\t" in message or "tab" in message.lower():
            hint = "indent with spaces, not tabs"
        elif message.startswith("could not determine a constructor for the tag"):
            message, hint = _unsupported_tag(message.rsplit(" ", 1)[-1].strip("'"))
            return Problem(name, line, column, "", message, hint)
        elif "mapping values are not allowed" in message:
            hint = "check this line's indentation; put text that holds ': ' in quotes"
        elif "quoted scalar" in context and opened is not None:
            line, column = opened.line + 1, opened.column + 1
            message = "this quoted text is never closed"
            hint = f"close it with another {text[opened.index]} mark"
        elif "flow sequence" in context or "flow mapping" in context:
            where = f"line {opened.line + 1}, column {opened.column + 1}" if opened else "above"
            hint = f"close the bracket opened on {where}, or put text that holds it in quotes"
        elif "another document" in message:
            hint = "remove the '---' line: a data file holds one list (or one record)"
        return Problem(name, line, column, "", f"YAML syntax error: {message}", hint)
    return Problem(name, 1, 1, "", f"YAML error: {' '.join(str(error).split())}")
