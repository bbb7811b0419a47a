# An explainer's pages and charts → the files a site builder reads, written all or nothing.
"""Turn a validated explainer into output files, and write them atomically."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generators.charts import build_charts, csv_bytes, figure_json
from generators.pages import NAV, Page, render_pages

if TYPE_CHECKING:
    from generators.model import Explainer


@dataclass(frozen=True)
class OutputFile:
    """One generated file: its path in the site, its content, and the data file behind it."""

    path: str
    content: str | bytes
    source: str


def abbreviations(explainer: Explainer) -> str:
    """Markdown abbreviation definitions that turn glossary terms into tooltips on every page."""
    lines = []
    for term in sorted(explainer.glossary, key=lambda t: t.term.casefold()):
        definition = " ".join(term.definition.split())
        for name in (term.term, *term.aliases):
            clean = " ".join(name.replace("]", "").split())
            if clean:
                lines.append(f"*[{clean}]: {definition}")
    return "\n".join(lines)


def site_files(explainer: Explainer) -> list[OutputFile]:
    """Every generated file of the site, in a stable order: pages, then chart data."""
    glossary = abbreviations(explainer)
    charts = build_charts(explainer)
    pages: list[Page] = render_pages(explainer, charts)
    files = [
        OutputFile(page.path, f"{page.markdown.rstrip()}\n\n{glossary}\n", page.source)
        for page in pages
    ]
    for chart in charts.values():
        files.append(OutputFile(chart.json_path, figure_json(chart), ""))
        files.append(OutputFile(chart.csv_path, csv_bytes(chart.table), ""))
    return files


def site_nav(explainer: Explainer, hand_written: list | None = None) -> list:
    """MkDocs nav: generated pages (people, topics as sections), then hand-written ones."""
    sections = {
        "people/index.md": [{p.name: f"people/{p.id}.md"} for p in explainer.people],
        "topics/index.md": [{t.name: f"topics/{t.id}.md"} for t in explainer.topics],
    }
    nav: list = []
    for title, path in NAV:
        nav.append({title: [path, *sections[path]]} if path in sections else {title: path})
    return nav + list(hand_written or [])


def write_atomically(files: list[OutputFile], out_dir: Path) -> None:
    """Write `files` into `out_dir`, replacing it only once every file is written."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        for file in files:
            target = staging / file.path
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(file.content, bytes):
                target.write_bytes(file.content)
            else:
                target.write_text(file.content, encoding="utf-8", newline="\n")
        old = None
        if out_dir.exists():
            old = out_dir.with_name(f".{out_dir.name}-old-{os.getpid()}")
            out_dir.rename(old)
        staging.rename(out_dir)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
