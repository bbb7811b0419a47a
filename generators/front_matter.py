# Adding keys to a Markdown page's YAML front matter without re-reading the page.
"""Front matter lines put first in a page's front matter block (one is added if it has none)."""

from __future__ import annotations

FENCE = "---\n"


def with_front_matter(markdown: str, lines: str) -> str:
    """`markdown` with the YAML `lines` (each ending in a newline) first in its front matter."""
    if markdown.startswith(FENCE):
        return FENCE + lines + markdown[len(FENCE) :]
    return FENCE + lines + FENCE + markdown
