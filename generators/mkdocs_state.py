# State the MkDocs adapter keeps between rebuilds (MkDocs re-executes the hook file each time).
"""The last good generated files and the current data problems, for `mkdocs serve`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import jinja2

if TYPE_CHECKING:
    from generators.site import OutputFile, SiteMeta


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


STATE = AdapterState()
