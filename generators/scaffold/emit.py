# Records → YAML text in the house style, with `# REVIEW:` comments the loader ignores.
"""Write data files by hand so they read like the curated ones: flow lists for ids, folded
blocks for long text, curly quotes and dashes verbatim, a schema comment on the first line."""

from __future__ import annotations

import math
import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

import yaml

from generators.model import DATE_PATTERN
from generators.yamlsource import leave_dates_as_text

WIDTH = 100
DATE_KEYS = frozenset({"date", "end_date", "as_of", "published"})


@dataclass
class Record:
    """One record's fields, in order, and why a person should look at it."""

    data: dict[str, Any]
    review: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.data.get("id", ""))


def data_file(schema: str, comment: list[str], records: list[Record], *, single: bool) -> str:
    """A whole data file: schema line, comment lines, then the records (or one mapping)."""
    lines = [f"# yaml-language-server: $schema={schema}"]
    lines += [f"# {line}".rstrip() for line in comment]
    if single:
        record = records[0]
        lines += [f"# REVIEW: {note}" for note in record.review]
        lines += _mapping(record.data, indent=0)
    elif not records:
        lines.append("[]")
    else:
        for record in records:
            lines += [f"# REVIEW: {note}" for note in record.review]
            body = _mapping(record.data, indent=2)
            lines += ["- " + body[0][2:], *body[1:]]
    text = "\n".join(lines) + "\n"
    _check_round_trip(text, [r.data for r in records], single=single)
    return text


def _mapping(data: dict[str, Any], indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for key, value in data.items():
        if value is None or value == []:
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{pad}{key}:")
            for item in value:
                body = _mapping(item, indent + 4)
                lines += [f"{pad}  - " + body[0][indent + 4 :], *body[1:]]
        elif isinstance(value, list):
            items = ", ".join(_scalar(item) for item in value)
            lines.append(f"{pad}{key}: [{items}]")
        else:
            lines += _field(pad, key, value)
    return lines


def _field(pad: str, key: str, value: Any) -> list[str]:
    if key in DATE_KEYS and re.fullmatch(DATE_PATTERN, str(value)):
        return [f"{pad}{key}: {value}"]  # the loader reads dates as text; bare is house style
    single = f"{pad}{key}: {_scalar(value)}"
    if not isinstance(value, str) or len(single) <= WIDTH or not _foldable(value):
        return [single]
    wrapped = textwrap.wrap(
        value,
        width=WIDTH - len(pad) - 2,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [f"{pad}{key}: >-", *(f"{pad}  {line}" for line in wrapped)]


def _foldable(text: str) -> bool:
    """Folded (`>-`) blocks keep text only if it has single spaces and no edge whitespace."""
    return text == text.strip() and "  " not in text and not re.search(r"[\t\n\r]", text)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):  # plain digits, never scientific notation (7.14e+08)
        if value.is_integer() and math.isfinite(value):
            return str(int(value))
        return f"{value:.10f}".rstrip("0").rstrip(".") if math.isfinite(value) else repr(value)
    if isinstance(value, int):
        return str(value)
    dumped = yaml.safe_dump(str(value), allow_unicode=True, width=math.inf, default_style=None)
    return dumped.removesuffix("\n").removesuffix("\n...")


def _check_round_trip(text: str, expected: list[dict[str, Any]], *, single: bool) -> None:
    """Read the text back: a writer bug must never reach an editor as changed data."""
    loaded = yaml.load(text, Loader=_TextDates)  # a SafeLoader subclass: safe
    wanted = _without_none(expected[0] if single else expected)
    if _normalise(loaded) != _normalise(wanted):
        raise AssertionError("scaffold wrote YAML that does not read back as written")


class _TextDates(yaml.SafeLoader):
    """Like the project's loader: dates stay text."""


leave_dates_as_text(_TextDates)


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None and v != []}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


def _normalise(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    return str(value)
