# State the MkDocs adapter keeps between rebuilds (MkDocs re-executes the hook file each time).
"""The last good generated files and the current data problems, for `mkdocs serve`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generators.site import OutputFile, SiteMeta


@dataclass
class AdapterState:
    """What one MkDocs process knows across its rebuilds."""

    serving: bool = False
    generated: dict[str, OutputFile] | None = None
    nav: list | None = None
    meta: SiteMeta | None = None
    problems: str | None = None
    data_in_repo: str | None = None


STATE = AdapterState()
