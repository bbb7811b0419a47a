# State the MkDocs plugin keeps between `mkdocs serve` rebuilds, on the plugin object.
"""The last good generated files and the current data problems, for `mkdocs serve`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import jinja2

if TYPE_CHECKING:
    from pathlib import Path

    from generators.site import OutputFile
    from generators.site_config import SiteMeta


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
class SiteVersion:
    """One version of the generated site: its files, its navigation, what it says of itself."""

    files: dict[str, OutputFile]
    nav: list
    meta: SiteMeta | None = None


# What is shown while no version has built yet: a page that says so, and the problems.
PROBLEMS_ONLY = SiteVersion({}, [{"Data problems": "index.md"}])


@dataclass(frozen=True)
class Fallback:
    """A retry of a build that failed: show these problems, over the last good version or
    (if it too failed, or there is none) over the problem page alone."""

    problems: str
    keep_last_good: bool


@dataclass
class AdapterState:
    """What one MkDocs process knows across its rebuilds."""

    serving: bool = False
    current: SiteVersion | None = None  # what this build shows
    last_good: SiteVersion | None = None  # what the last build with no problem showed
    problems: str | None = None  # shown on every page while set
    fallback: Fallback | None = None  # set by the serve loop while it retries a failed build
    build_error: BaseException | None = None  # the error MkDocs reported, before it wraps it
    rebuilds_fall_back: bool = False  # the serve loop's rebuilds are guarded (after on_serve)
    data_dir: Path | None = None
    data_in_repo: str | None = None
    theme_templates: MemoryBytecodeCache = field(default_factory=MemoryBytecodeCache)

    def shown_files(self) -> dict[str, OutputFile]:
        """The generated files this build shows (none before any version is chosen)."""
        return self.current.files if self.current is not None else {}
