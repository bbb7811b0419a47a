# Edit links in the page itself: each page's front matter names the file an editor changes.
"""Edit links as front matter (`edit_url:`), read by one template override in any builder.

A generated page's edit link opens the data file that produced it; a hand-written page's, its
own file. Both builders read it from the page (`overrides/partials/actions.html`), so neither
needs a hook to set it. An empty `edit_url` means "no edit link". Themes print front matter
without escaping it, so the URL is HTML-escaped here, once (as `description` is).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin

from generators.escaping import front_matter_text
from generators.front_matter import with_front_matter

if TYPE_CHECKING:
    from generators.site import OutputFile


def repo_edit_url(edit_uri: str | None, docs_relative_path: str) -> str:
    """The edit URL of a repository file, given by its path relative to the docs folder that
    `edit_uri` points at ("" when the site has no edit links)."""
    if not edit_uri:
        return ""
    return urljoin(edit_uri, quote(docs_relative_path, safe="/"))


def data_edit_url(edit_uri: str | None, data_in_repo: str | None) -> Callable[[str], str]:
    """`source file name → edit URL` for the data folder, which sits beside docs/ in the
    repository ("" for every file when the data is outside the repository)."""

    def url(source: str) -> str:
        if data_in_repo is None or not source:
            return ""
        return repo_edit_url(edit_uri, posixpath.join("..", data_in_repo, source))

    return url


def with_edit_url(markdown: str, url: str) -> str:
    """The page with `edit_url: "…"` (HTML-escaped) first in its front matter (one added if
    the page has none)."""
    return with_front_matter(markdown, f"edit_url: {front_matter_text(url)}\n")


def with_edit_links(files: list[OutputFile], url_for: Callable[[str], str]) -> list[OutputFile]:
    """Every generated page with the edit link to its data file in its front matter."""
    return [
        replace(file, content=with_edit_url(file.content, url_for(file.source)))
        if file.path.endswith(".md") and isinstance(file.content, str)
        else file
        for file in files
    ]
