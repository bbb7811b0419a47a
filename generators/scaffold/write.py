# A draft → files: twelve data files with review comments, and the numbered source text.
"""Write a draft explainer into a folder, refusing to overwrite someone's work unasked."""

from __future__ import annotations

import os
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from typing import TYPE_CHECKING

from generators.scaffold.draft import KINDS
from generators.scaffold.emit import data_file
from generators.scaffold.source import numbered_text

if TYPE_CHECKING:
    from generators.scaffold.draft import Draft
    from generators.scaffold.source import Source

PROJECT = Path(__file__).resolve().parents[2]
# Where an installed wheel puts the project's schemas/ (pyproject.toml's data-files).
INSTALLED_SCHEMAS = ("share", "explainer", "schemas")


def schema_folder(project: Path = PROJECT) -> Path:
    """The JSON Schemas: the checkout's own `schemas/`, else the copy the installed wheel holds."""
    checkout = project / "schemas"
    if checkout.is_dir():
        return checkout
    try:
        files = distribution("explainer").files or []
    except PackageNotFoundError:
        return checkout
    for file in files:
        if tuple(file.parts[-4:-1]) == INSTALLED_SCHEMAS:
            return Path(str(file.locate())).resolve().parent
    return checkout


SCHEMAS = schema_folder()
SOURCE_FILE = "source.txt"

# What each file holds, said once at its top.
ABOUT = {
    "article": "The article: metadata the text gives, and placeholders for the explainer's words.",
    "people": "People named in the text, merged across mentions, with the role the text gives.",
    "countries": "Countries the text names (by name, adjective or capital).",
    "organisations": "Organisations found by the words their names are built from.",
    "channels": "How the quotes reached the article, guessed from words near them.",
    "topics": "No topics yet: add the issues the story turns on (`explainer new` has an example).",
    "quotes": "Every direct quote, verbatim, with its speaker.",
    "events": "Every date in the text, resolved against the publication date.",
    "figures": "Percentages, money, durations and counts, each with its sentence.",
    "positions": "No positions yet: add each party's stance on each topic.",
    "relations": "No relations yet: add the ties between the actors.",
    "glossary": "No glossary yet: add terms a reader may not know.",
}


class NotEmptyError(Exception):
    """The output folder already holds files."""


def schema_reference(folder: Path, kind: str) -> str:
    """The schema path for a data file's first line: relative inside the project, else absolute."""
    schema = SCHEMAS / f"{kind}.schema.json"
    folder = folder.resolve()
    if folder.is_relative_to(PROJECT):
        return Path(os.path.relpath(schema, folder)).as_posix()
    return schema.as_posix()


def write_draft(
    folder: Path, source: Source, draft: Draft, article_name: str, *, force: bool = False
) -> list[Path]:
    """Write the draft's data files and `source.txt` into `folder`; return the paths written."""
    if folder.exists() and not folder.is_dir():
        raise NotEmptyError(f"{folder} is a file, not a folder: give --out a folder")
    if folder.exists() and any(folder.iterdir()) and not force:
        raise NotEmptyError(f"{folder} is not empty (use --force to overwrite its data files)")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        comment = [
            ABOUT[kind],
            f"Drafted by `explainer scaffold` from {article_name}: check every record;",
            "'# REVIEW:' marks what the rules were unsure of.",
        ]
        text = data_file(
            schema_reference(folder, kind), comment, draft.files[kind], single=kind == "article"
        )
        path = folder / f"{kind}.yml"
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    source_path = folder / SOURCE_FILE
    source_path.write_text(numbered_text(source), encoding="utf-8", newline="\n")
    written.append(source_path)
    return written
