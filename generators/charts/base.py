# A chart: a Plotly figure, the table of exactly its data, and words for those who cannot see it.
"""The `Chart` record, its CSV and JSON forms, and the Markdown block that embeds it."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from generators.charts.still import fitted_height, shared_shapes, still_svg
from generators.markdown import Markdown, clean, escape, html_attribute
from generators.reader_tables import html_table, reader_table

if TYPE_CHECKING:
    from generators.pages.base import Links

# Okabe–Ito colours: distinguishable with colour-blindness, legible on light and dark grounds.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999999", "#8C564B")
MUTED = "#9a9a9a"
# Widths (px) each chart's still is drawn at: a phone's, a tablet's and a desktop's column
# (328–868 px wide). The page shows the nearest (CSS container queries in explainer.css), so
# text is never scaled far; the order here is the order those rules count.
STILL_WIDTHS = (360, 540, 760)

Cell = str | int | float | None


@dataclass(frozen=True)
class Table:
    """The chart's data as rows: what the reader can read, download, and what is plotted."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Chart:
    """One chart: its figure, its data table, and text for every reader."""

    id: str
    title: str
    description: str
    sources: tuple[str, ...]
    figure: dict[str, Any]
    table: Table
    height: int = 420
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def json_path(self) -> str:
        return f"assets/charts/{self.id}.json"

    @property
    def csv_path(self) -> str:
        return f"assets/charts/{self.id}.csv"

    @cached_property
    def heights(self) -> tuple[int, ...]:
        """The plot's height at each of STILL_WIDTHS: `height`, or less for a chart whose axes
        keep one scale (the map), so that it does not sit in a band of empty space on phones."""
        return tuple(fitted_height(self.figure, width, self.height) for width in STILL_WIDTHS)

    @cached_property
    def stills(self) -> str:
        """The chart drawn as SVG at each of STILL_WIDTHS (drawn once, shown on every page);
        filled shapes are written once, in the first drawing, and placed in all three."""
        name = f"chart-{self.id}"
        shared = shared_shapes(self.figure, name)
        return "".join(
            still_svg(self.figure, width, height, name=name, shared=shared, with_defs=not i)
            for i, (width, height) in enumerate(zip(STILL_WIDTHS, self.heights, strict=True))
        )


def layout(**overrides: Any) -> dict[str, Any]:
    """A plain layout: no template (the site script themes it), transparent grounds."""
    base: dict[str, Any] = {
        "template": {},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "margin": {"l": 10, "r": 10, "t": 10, "b": 40},
        "font": {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13},
        "hoverlabel": {"align": "left"},
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0},
        "dragmode": False,
    }
    return base | overrides


def plotly_text(value: object) -> str:
    """Text for Plotly's hover and labels, which read a subset of HTML: shown as written."""
    text = clean(value)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wrapped_lines(text: str, width: int) -> list[str]:
    """`text`'s words on lines of at most `width` characters (a longer word keeps its own line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def paragraph_order(paragraph: str) -> tuple[int, int]:
    """Sort key for paragraph ids: caption and byline first, P1…Pn, credits last."""
    special = {"CAPTION": (0, 0), "BYLINE": (0, 1), "CREDITS": (2, 0)}
    return special.get(paragraph, (1, int(paragraph[1:]) if paragraph[1:].isdigit() else 0))


def sources_of(*records: Any) -> tuple[str, ...]:
    """Every paragraph the given records cite, in article order."""
    cited = {p for record in records for p in record.sources}
    return tuple(sorted(cited, key=paragraph_order))


def csv_bytes(table: Table) -> bytes:
    """The table as UTF-8 CSV; cells that a spreadsheet would run as formulas are defused.

    Rows end in CRLF (RFC 4180), which also makes the writer quote a cell holding a lone CR.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([_csv_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8")


def _csv_cell(cell: Cell) -> Cell:
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return "" if cell is None else cell


def figure_json(chart: Chart) -> bytes:
    """The figure as compact, stable JSON (no NaN, keys in a fixed order)."""
    document = {"data": chart.figure["data"], "layout": chart.figure["layout"]}
    return (
        json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"
    ).encode()


def chart_block(chart: Chart, links: Links) -> Markdown:
    """Markdown (with md_in_html) that embeds a chart: plot area, caption, data table, CSV link.

    The plot area holds the chart's stills (SVG, drawn now); the site script swaps in the
    interactive Plotly chart when the reader reaches for it. The caption ends with one citation;
    the table is for people (see `reader_tables`), the CSV keeps every column for programs.
    """
    background = f"[background]({links.page('sources.md')}#background)"
    sourcing = (
        f"Sources: {links.cite(list(chart.sources))}"
        if chart.sources
        else f"From facts outside the article ({background})."
    )
    notes = "".join(f" {escape(note)}" for note in chart.notes)
    table = _markdown_table(chart.table)
    csv_url = links.page(chart.csv_path)
    return Markdown(
        f'<figure class="chart" id="chart-{chart.id}" markdown>\n'
        f"{plot_area(chart)}\n"
        f"<figcaption markdown>\n"
        f"**{escape(chart.title)}**{{.chart-title}} {escape(chart.description)}{notes}"
        f"{_hint(chart)} {sourcing}\n"
        f"</figcaption>\n"
        f'<details class="chart-table" markdown>\n'
        f"<summary>Show the data</summary>\n\n{table}\n\n"
        f"</details>\n\n"
        f"[Download the data (CSV)]({csv_url}){{.chart-csv download}}\n"
        f"</figure>"
    )


def plot_area(chart: Chart) -> str:
    """The chart's plot area: its stills (SVG, drawn now), which the site script swaps for the
    interactive Plotly chart when the reader reaches for it."""
    label = html_attribute(f"Chart: {chart.title}. {chart.description}")
    plot_class, plot_style = _plot_size(chart)
    return (
        f'<div class="{plot_class}" style="{plot_style}" role="img" aria-label="{label}" '
        f'data-chart="{chart.id}">'
        f'<div class="chart-still" data-search-exclude>{chart.stills}</div></div>'
    )


def _plot_size(chart: Chart) -> tuple[str, str]:
    """The plot's classes and size: a fixed height, or for a chart fitted to each width, the
    shape of each of its stills (the stylesheet picks the one for the column's width)."""
    if set(chart.heights) == {chart.height}:
        return "chart-plot", f"height:{chart.height}px"
    ratios = ";".join(
        f"--chart-ratio-{size}:{width}/{height}"
        for size, width, height in zip("sml", STILL_WIDTHS, chart.heights, strict=True)
    )
    return "chart-plot chart-plot--fitted", ratios


def _hint(chart: Chart) -> str:
    """Tell readers the chart has more to show, if any of its marks has details on hover."""
    if not any(trace.get("hoverinfo") != "skip" for trace in chart.figure["data"]):
        return ""
    return ' <span class="chart-hint">Point at or tap the chart for each mark\'s details.</span>'


def _markdown_table(table: Table) -> str:
    """The chart's data as a table for people: an HTML table whose rows stack on phones."""
    return html_table(reader_table(table))
