# Zensical: Material's classic look, no generator link, its own search UI and search-size limit.
"""How an assembled project is adapted for Zensical (0.0.x), which reads `mkdocs.yml` itself."""

from __future__ import annotations

import copy
import re
from typing import Any

from generators.builders.base import Builder
from generators.front_matter import with_front_matter

# Zensical refuses a page whose search text passes 32,768 token positions; a page with more
# words than this is left out of its search (its sections are still found on other pages).
SEARCH_WORDS_AT_MOST = 20_000
_WORD = re.compile(r"\w+")
_SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)


def adapt_config(config: dict[str, Any]) -> dict[str, Any]:
    """Material's classic look, and no "Made with" footer link (it fails axe's
    link-in-text-block, told apart from the text by colour only)."""
    adapted = copy.deepcopy(config)
    theme = adapted.setdefault("theme", {})
    theme.setdefault("variant", "classic")
    extra = adapted.get("extra") or {}
    adapted["extra"] = {**extra, "generator": extra.get("generator", False)}
    return adapted


def search_words(markdown: str) -> int:
    """How many words of a page's Markdown its search index would hold (drawings left out)."""
    return len(_WORD.findall(_SVG.sub(" ", markdown)))


def within_search_limit(markdown: str) -> str:
    """The page, marked `search: exclude: true` when it is too big for Zensical's search."""
    if search_words(markdown) <= SEARCH_WORDS_AT_MOST:
        return markdown
    return with_front_matter(markdown, "search:\n  exclude: true\n")


ZENSICAL = Builder(
    name="zensical",
    build_command=("zensical", "build", "--strict"),
    serve_command=("zensical", "serve"),
    adapt_config=adapt_config,
    # Material's search markup: Zensical's search has its own (a loose icon and
    # "Initializing search" otherwise).
    skip_overrides=frozenset({"partials/search.html"}),
    adapt_page=within_search_limit,
)
