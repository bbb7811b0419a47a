# Zensical: Material's classic look, no generator link, its own search UI and search-size limit.
"""How an assembled project is adapted for Zensical (0.0.x), which reads `mkdocs.yml` itself."""

from __future__ import annotations

import copy
import re
from typing import Any

from generators.builders.base import Builder
from generators.front_matter import with_front_matter

# Zensical (0.0.73) indexes each section of a page (the text under a heading) as one search
# field and refuses a field past 32,768 token positions (the limit grows with the index: 65,536
# for 11,541 items); a token is about a word (at 100× the agreement page's first section: 75,564
# positions, 76,980 words). A page with a section of more words than this is left out of search.
SECTION_WORDS_AT_MOST = 30_000
_WORD = re.compile(r"\w+")
_SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)
_HEADING = re.compile(r"^#{1,6} ", re.MULTILINE)


# Zensical's search dialog (0.0.73) puts one fixed stylesheet of its own into a shadow root as a
# <style> element: the page's Content-Security-Policy allows exactly that text by its hash
# (overrides/main.html). Another Zensical release may change it; the browser suite, run against
# Zensical's site under the policy, then fails on the violation and names the new hash.
STYLE_HASHES = ("sha256-NwSx/R2V/U4jnW0Tq5pQ53Y/rzPVJ4dqE7D6UTA/J1k=",)


def adapt_config(config: dict[str, Any]) -> dict[str, Any]:
    """Material's classic look, no "Made with" footer link (it fails axe's link-in-text-block,
    told apart from the text by colour only), and the search dialog's own stylesheet allowed."""
    adapted = copy.deepcopy(config)
    theme = adapted.setdefault("theme", {})
    theme.setdefault("variant", "classic")
    extra = adapted.get("extra") or {}
    adapted["extra"] = {
        **extra,
        "generator": extra.get("generator", False),
        "explainer_style_hashes": list(STYLE_HASHES),
    }
    return adapted


def largest_section_words(markdown: str) -> int:
    """Words in the page's largest section (text between headings), as its search index
    would hold them (drawings left out)."""
    text = _SVG.sub(" ", markdown)
    return max(len(_WORD.findall(section)) for section in _HEADING.split(text))


def within_search_limit(markdown: str) -> str:
    """The page, marked `search: exclude: true` when a section is too big for Zensical's search."""
    if largest_section_words(markdown) <= SECTION_WORDS_AT_MOST:
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
