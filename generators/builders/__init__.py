# The site builders an explainer project can be assembled for, and what differs between them.
"""Per-builder config derivation: `BUILDERS[name]` says how a project's config is adapted."""

from __future__ import annotations

from generators.builders.base import Builder
from generators.builders.mkdocs import MKDOCS
from generators.builders.zensical import ZENSICAL

BUILDERS: dict[str, Builder] = {builder.name: builder for builder in (MKDOCS, ZENSICAL)}

__all__ = ["BUILDERS", "Builder"]
