# State the MkDocs adapter keeps between rebuilds (MkDocs re-executes the hook file each time).
"""The last good generated files, the current data problems, and what `mkdocs serve` can keep
from one rebuild to the next (compiled theme templates, the HTML of unchanged pages)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import jinja2

if TYPE_CHECKING:
    from generators.site import OutputFile, SiteMeta

_FIRST_HEADING = re.compile(r"^# .*$", re.MULTILINE)


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled theme templates kept in memory, keyed by name and source checksum, so that a
    `mkdocs serve` rebuild (a new Jinja environment each time) does not compile them again."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


@dataclass(frozen=True)
class RenderedPage:
    """A page's Markdown and what Python-Markdown made of it."""

    markdown: str
    html: str
    toc: Any  # mkdocs.structure.toc.TableOfContents


class PageCache:
    """The HTML of generated pages, so a rebuild converts only the pages whose Markdown changed.

    Whatever else shapes a page's HTML (the Markdown settings, which pages exist and where) is
    the `context`: when it changes, everything is converted again.
    """

    def __init__(self) -> None:
        self.pages: dict[str, RenderedPage] = {}
        self.context: object = None
        self.hits = 0

    def start_build(self, context: object) -> None:
        """Begin a rebuild; forget every page if the context changed."""
        if context != self.context:
            self.pages.clear()
            self.context = context
        self.hits = 0

    def lookup(self, path: str, markdown: str) -> RenderedPage | None:
        page = self.pages.get(path)
        if page is not None and page.markdown == markdown:
            self.hits += 1
            return page
        return None

    def store(self, path: str, markdown: str, html: str, toc: Any) -> None:
        self.pages[path] = RenderedPage(markdown, html, toc)


def title_only(markdown: str) -> str:
    """A page's first heading alone: what MkDocs needs to convert for a page's title."""
    heading = _FIRST_HEADING.search(markdown)
    return heading.group(0) + "\n" if heading else ""


@dataclass
class AdapterState:
    """What one MkDocs process knows across its rebuilds."""

    serving: bool = False
    generated: dict[str, OutputFile] | None = None
    nav: list | None = None
    meta: SiteMeta | None = None
    problems: str | None = None
    data_in_repo: str | None = None
    theme_templates: MemoryBytecodeCache = field(default_factory=MemoryBytecodeCache)
    page_cache: PageCache = field(default_factory=PageCache)


STATE = AdapterState()
