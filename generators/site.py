# An explainer's pages and charts → the files a site builder reads.
"""`site_files(explainer)`: every generated file of the site (pages with the glossary terms they
use, chart data), in a stable order. Writing them is `generators.output_folder`'s job."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generators.charts import build_charts, csv_bytes, plot_json
from generators.gc_pause import without_cycle_collection
from generators.glossary_marks import abbreviations_for, glossary_abbreviations
from generators.pages import render_pages

if TYPE_CHECKING:
    from generators.model import Explainer
    from generators.pages import Page


@dataclass(frozen=True)
class OutputFile:
    """One generated file: its path in the site, its content, and the data file behind it."""

    path: str
    content: str | bytes
    source: str


@without_cycle_collection
def site_files(explainer: Explainer) -> list[OutputFile]:
    """Every generated file of the site, in a stable order: pages, then chart data."""
    glossary = glossary_abbreviations(explainer)
    charts = build_charts(explainer)
    pages: list[Page] = render_pages(explainer, charts)
    files = [
        OutputFile(
            page.path,
            f"{page.markdown.rstrip()}\n\n{abbreviations_for(page.markdown, glossary)}\n",
            page.source,
        )
        for page in pages
    ]
    for chart in charts.values():
        files.append(OutputFile(chart.json_path, plot_json(chart), ""))
        files.append(OutputFile(chart.csv_path, csv_bytes(chart.table), ""))
    return files
