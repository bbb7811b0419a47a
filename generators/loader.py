# YAML data folder → validated Explainer, with every problem located at file:line:col.
"""Load an explainer's data folder.

Each file is parsed on its own, each record validated on its own, then cross-references are
checked over the whole bundle, so one run reports every problem an editor has to fix.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from generators import crossref, kinds
from generators.gc_pause import without_cycle_collection
from generators.model import MAX_ID_LENGTH, Explainer
from generators.problems import DataError, Problem
from generators.yamlsource import ParsedFile, PathKey, display_path, read_yaml

DEFAULT_DATA_DIR = "data"


# The files of a data folder, one per kind of record that has one (generators.kinds).
DATA_FILES = kinds.DATA_KINDS


def data_dir_from_env(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: an explicit one, else $EXPLAINER_DATA, else `data/`."""
    return Path(explicit or os.environ.get("EXPLAINER_DATA") or DEFAULT_DATA_DIR)


@dataclass(frozen=True)
class Loaded:
    """A validated explainer and the parsed files it came from (for locating later problems)."""

    explainer: Explainer
    files: dict[str, ParsedFile]


@without_cycle_collection
def load(data_dir: str | os.PathLike[str]) -> Loaded:
    """Load and validate a data folder, raising DataError with every problem found."""
    folder = Path(data_dir)
    if not folder.is_dir():
        what = "is a file, not a data folder" if folder.exists() else "data folder does not exist"
        raise DataError([Problem(str(folder), 1, 1, "", what, "give the folder of YAML files")])
    problems: list[Problem] = []
    files: dict[str, ParsedFile] = {}
    records: dict[str, Any] = {}
    indices: dict[str, list[int]] = {}
    invalid_ids: dict[str, set[str]] = {}
    for data_file in DATA_FILES:
        display_name = _display_name(folder, data_file.filename)
        parsed, read_problems = read_yaml(folder / data_file.filename, display_name, data_file.name)
        if parsed is None:
            read_problems = [_similar_file(folder, data_file, p) for p in read_problems]
        problems += read_problems
        if parsed is None:
            continue
        files[data_file.name] = parsed
        validated = _validate_file(data_file, parsed)
        # A value YAML already reported (`.inf`, `0x10`) is not reported again by the model.
        reported = {problem.path for problem in read_problems}
        records[data_file.name] = validated.records
        record_problems = [p for p in validated.problems if p.path not in reported]
        indices[data_file.name] = validated.indices
        invalid_ids[data_file.name] = validated.invalid_ids
        problems += record_problems
    if not problems:
        explainer = Explainer(**records)
        problems = crossref.check(explainer, files)
        if problems:
            raise DataError(problems)
        return Loaded(explainer, files)
    # Some records failed: check the references of those that passed too, so that one run
    # reports every problem. A file that could not be read is left out of this second pass.
    if all(data_file.name in files for data_file in DATA_FILES):
        partial = Explainer.model_construct(**records)
        problems += crossref.check(partial, files, indices, invalid_ids)
    raise DataError(problems)


def _similar_file(folder: Path, data_file: kinds.RecordKind, problem: Problem) -> Problem:
    """A missing file's problem, naming a file of a similar name if there is one
    (`events.yaml`, `Events.yml`)."""
    if problem.message != "file is missing":
        return problem
    names = sorted(path.name for path in folder.iterdir() if path.name != data_file.filename)
    similar = [n for n in names if n.casefold().split(".")[0] == data_file.name]
    similar = similar or difflib.get_close_matches(data_file.filename, names, n=1, cutoff=0.8)
    if not similar:
        return problem
    hint = f"rename {similar[0]} to {data_file.filename}: data files are read by that name only"
    return Problem(problem.file, 1, 1, "", problem.message, hint)


def load_explainer(data_dir: str | os.PathLike[str]) -> Explainer:
    """Load a data folder and return just the validated explainer."""
    return load(data_dir).explainer


def _display_name(folder: Path, filename: str) -> str:
    path = folder / filename
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@dataclass
class _Validated:
    """A file's valid records, where each sits in the file, and the ids of those that failed."""

    records: Any
    problems: list[Problem]
    indices: list[int] = field(default_factory=list)
    invalid_ids: set[str] = field(default_factory=set)


def _validate_file(data_file: kinds.RecordKind, parsed: ParsedFile) -> _Validated:
    """Validate each record of a file on its own, so one bad record hides no other."""
    kind = data_file.name
    if not data_file.is_list:
        if not isinstance(parsed.data, dict):
            message = "expected a mapping of fields (key: value)"
            return _Validated(None, [parsed.problem((), kind, message)])
        record, problems = _validate_record(data_file.record, parsed.data, parsed, (), kind)
        return _Validated(record, problems)
    if not isinstance(parsed.data, list):
        message = "expected a list of records, each starting with '- id: …'"
        return _Validated([], [parsed.problem((), kind, message)])
    result = _Validated([], [])
    for index, item in enumerate(parsed.data):
        record, record_problems = _validate_record(
            data_file.record, item, parsed, (index,), f"{kind}[{index}]"
        )
        result.problems += record_problems
        if record is not None:
            result.records.append(record)
            result.indices.append(index)
        elif isinstance(item, dict) and isinstance(item.get("id"), str):
            result.invalid_ids.add(item["id"])
    return result


def _validate_record(
    record_class: type[BaseModel], item: Any, parsed: ParsedFile, path: PathKey, display: str
) -> tuple[BaseModel | None, list[Problem]]:
    if not isinstance(item, dict):
        return None, [parsed.problem(path, display, "expected a record of fields (key: value)")]
    try:
        return record_class.model_validate(item), []
    except ValidationError as error:
        return None, [
            _problem_from_error(e, record_class, parsed, path, display) for e in error.errors()
        ]


def _problem_from_error(
    error: Any, record_class: type[BaseModel], parsed: ParsedFile, path: PathKey, display: str
) -> Problem:
    location = tuple(error["loc"])
    full_path = (*path, *location)
    field_display = display_path((parsed.root, *full_path))
    message, hint = _explain(error, record_class)
    if error["type"] == "missing":
        # Point at the record itself: the missing key has no position of its own.
        line, column = parsed.position(path)
        return Problem(parsed.name, line, column, field_display, message, hint)
    return parsed.problem(full_path, field_display, message, hint)


def _explain(error: Any, record_class: type[BaseModel]) -> tuple[str, str | None]:
    """Turn a pydantic error into a sentence for an editor, and a hint to fix it."""
    kind = error["type"]
    name = str(error["loc"][-1]) if error["loc"] else ""
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"missing required field '{name}'", f"add '{name}: …' to this record"
    if kind == "extra_forbidden":
        fields = list(record_class.model_fields)
        close = difflib.get_close_matches(name, fields, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"known fields: {', '.join(fields)}"
        return f"unknown field '{name}'", hint
    if kind == "literal_error":
        return f"{value!r} is not allowed", f"use one of: {ctx.get('expected', '')}"
    if kind == "string_pattern_mismatch":
        pattern = ctx.get("pattern", "")
        if "P[1-9]" in pattern:
            return f"{value!r} is not a paragraph id", "use P1, P2, …, CAPTION, BYLINE or CREDITS"
        if "[a-z0-9]" in pattern:
            return f"{value!r} is not a valid id", "ids are lowercase words joined by hyphens"
        if "[0-9]{3}" in pattern:
            return (
                f"{value!r} is not a date",
                "write YYYY, YYYY-MM or YYYY-MM-DD, the year 1000–9999",
            )
        if "[a-z0-9]" in pattern and len(str(value)) > MAX_ID_LENGTH:
            return (
                f"id is {len(str(value))} characters long, over the limit of {MAX_ID_LENGTH}",
                "shorten it: an id names a page's address",
            )
        return f"{value!r} does not have the expected form", f"it must match {pattern}"
    if kind == "string_unicode":
        bad = next((c for c in str(value) if "\ud800" <= c <= "\udfff"), "?")
        return (
            f"holds \\u{ord(bad):04x}, which is only half of a character (a lone surrogate)",
            "write the character itself, or one escape such as \\U0001F600",
        )
    if kind in {"less_than_equal", "greater_than_equal"}:
        limit = ctx.get("le", ctx.get("ge"))
        side = "over" if kind == "less_than_equal" else "under"
        return f"{value!r} is {side} the limit of {limit}", "check the number"
    if kind == "string_too_short":
        return "must not be empty", None
    if kind == "string_too_long":
        limit = ctx.get("max_length")
        if name == "id" or limit == MAX_ID_LENGTH:
            return (
                f"id is {len(str(value))} characters long, over the limit of {limit}",
                "shorten it: an id names a page's address",
            )
        return (
            f"text is {len(str(value)):,} characters long, over the limit of {limit:,}",
            "shorten it: a reader meets it on a page",
        )
    if kind == "too_short":
        return "must not be empty", "give at least one item"
    kind = kind.replace("_parsing", "_type")
    if kind in {"string_type", "int_type", "float_type", "bool_type", "list_type", "date_type"}:
        expected = {
            "string_type": "text",
            "int_type": "a whole number",
            "float_type": "a number",
            "bool_type": "true or false",
            "list_type": "a list",
            "date_type": "a date (YYYY-MM-DD)",
        }[kind]
        as_text = kind in {"int_type", "float_type"} and isinstance(value, str)
        return f"expected {expected}, got {_describe(value)}", (
            "YAML read it as text: write the number in digits, such as 1000" if as_text else None
        )
    if kind.startswith("date_"):
        if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            return f"{value!r} is not a day of the calendar", None
        return f"{value!r} is not a valid date", "write YYYY-MM-DD"
    message = str(error.get("msg", "invalid value"))
    return message.removeprefix("Value error, "), None


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{value!r}".lower()
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    return f"{type(value).__name__} {value!r}"
