# Plain-text article → a draft data folder in the project's format, ready to curate.
"""`explainer scaffold` and `explainer new`: start an explainer from an article, or empty.

The public API: `scaffold(text, published)` runs every rule and returns the draft,
`write_draft(...)` writes it as data files plus the numbered `source.txt`, and
`write_starter(folder)` writes an empty explainer with commented example records.
"""

from __future__ import annotations

import datetime as dt

from generators.scaffold.draft import Draft, build_draft
from generators.scaffold.source import Source, numbered_text, parse_article
from generators.scaffold.starter import write_starter
from generators.scaffold.write import NotEmptyError, write_draft

__all__ = [
    "Draft",
    "NotEmptyError",
    "Source",
    "build_draft",
    "numbered_text",
    "parse_article",
    "scaffold",
    "write_draft",
    "write_starter",
]


def scaffold(text: str, published: dt.date | None = None) -> tuple[Source, Draft]:
    """Read an article and draft its records; `published` overrides the date the text gives."""
    source = parse_article(text)
    if published is not None:
        source.published = published
    if source.published is None:
        raise ValueError("no publication date: pass --published YYYY-MM-DD")
    return source, build_draft(source, source.published)
