# A chart: its plot (a Plotly figure, as data), the table of its data, and words for everyone.
"""The `Chart` record and its CSV and JSON forms (pages embed it: `pages.base.chart_block`)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from generators.charts.still import fitted_height, settled, shared_shapes, still_svg
from generators.charts.still.marks import marker_mark
from generators.charts.still.text import FONT_SIZE, text_lines, xml
from generators.escaping import clean, html_attribute

if TYPE_CHECKING:
    from collections.abc import Iterable

    from pydantic import BaseModel

# Okabe–Ito colours: distinguishable with colour-blindness, legible on light and dark grounds.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999999", "#8C564B")
MUTED = "#9a9a9a"
# The page's body font (Material's `--md-text-font-family` with `theme.font: false`): the charts'
# one font stack, so chart text and page text are the same letters.
FONT_FAMILY = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"
# Widths (px) each chart is designed at: the column of a 375 px phone, of a tablet, of a 1280 px
# desktop. The page shows the design for its column (CSS container queries in explainer.css, the
# same thresholds in charts.js) scaled to the column's width; the still and the interactive chart
# are drawn at the same design size and scaled alike. Narrow designs are for widths under 450 px.
STILL_WIDTHS = (343, 540, 688)
NARROW_BELOW = 450

Cell = str | int | float | None


@dataclass(frozen=True)
class Table:
    """The chart's data as rows: what the reader can read, download, and what is plotted.

    `columns` name the columns for programs (the CSV's header); `titles`, one a column, are
    the headers readers see: a model field's title (`field_title`) or the chart's own words for
    a column it computes. Without titles, a reader's header is the column name in words."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    titles: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.titles and len(self.titles) != len(self.columns):
            raise ValueError(f"{len(self.columns)} columns but {len(self.titles)} titles")

    @classmethod
    def titled(cls, titles: dict[str, str], rows: Iterable[tuple[Cell, ...]]) -> Table:
        """A table from its columns' names and titles, in order (`{"event": "Event", …}`)."""
        return cls(tuple(titles), tuple(rows), tuple(titles.values()))


def field_title(record: type[BaseModel], name: str) -> str:
    """The title a model field declares: the header of a column that shows that field."""
    title = record.model_fields[name].title
    if title is None:
        raise LookupError(f"{record.__name__}.{name} has no title for a table's header")
    return title


@dataclass(frozen=True)
class KeyEntry:
    """One entry of a chart's key: a mark (colour and marker symbol) and what it stands for."""

    label: str  # Plotly text (escaped by `plotly_text`)
    colour: str
    symbol: str = "square"


@dataclass(frozen=True)
class Chart:
    """One chart: its plot, its data table, and text for every reader."""

    id: str
    title: str
    description: str
    sources: tuple[str, ...]
    plot: dict[str, Any]
    table: Table
    height: int = 420
    notes: tuple[str, ...] = field(default_factory=tuple)
    narrow: dict[str, Any] | None = None  # the plot for narrow columns, if it must differ
    narrow_height: int | None = None
    narrow_below: int = NARROW_BELOW  # the narrow plot is for designs narrower than this
    key: tuple[KeyEntry, ...] = ()  # drawn once, under the plot, for still and live chart alike
    # A plot for each of STILL_WIDTHS, where every design differs (the map's labels, placed
    # for each width); their data should be one and the same list, so the JSON holds it once.
    designs: tuple[dict[str, Any], ...] = ()

    def plot_at(self, width: int) -> dict[str, Any]:
        """The plot designed for a column `width` px wide."""
        if self.designs:
            return self.designs[STILL_WIDTHS.index(width)]
        return self.narrow if self.narrow is not None and width < self.narrow_below else self.plot

    def _height_at(self, width: int) -> int:
        if width < self.narrow_below and self.narrow_height is not None:
            return self.narrow_height
        return self.height

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
        return tuple(
            fitted_height(self.plot_at(width), width, self._height_at(width))
            for width in STILL_WIDTHS
        )

    @cached_property
    def settled(self) -> tuple[dict[str, Any], ...]:
        """The plot at each of STILL_WIDTHS with every layout value written down: what both
        the still and plotly.js draw, so the two are one picture."""
        return tuple(
            settled(self.plot_at(width), width, height)
            for width, height in zip(STILL_WIDTHS, self.heights, strict=True)
        )

    @cached_property
    def stills(self) -> str:
        """The chart drawn as SVG at each of STILL_WIDTHS (drawn once, shown on every page);
        filled shapes of the wide plot are written once and placed in every drawing of it."""
        name = f"chart-{self.id}"
        shared = shared_shapes(self.plot, name)
        drawings = []
        defs_written = False
        for width, plot in zip(STILL_WIDTHS, self.settled, strict=True):
            mine = plot["data"] is self.plot["data"]
            drawings.append(
                still_svg(
                    plot,
                    width,
                    plot["layout"]["height"],
                    name=name,
                    shared=shared if mine else None,
                    with_defs=mine and not defs_written,
                )
            )
            defs_written = defs_written or mine
        return "".join(drawings)


def layout(**overrides: Any) -> dict[str, Any]:
    """A plain layout: no template (the site script themes it), transparent grounds."""
    base: dict[str, Any] = {
        "template": {},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "margin": {"l": 10, "r": 10, "t": 10, "b": 40},
        "font": {"family": FONT_FAMILY, "size": FONT_SIZE},
        "hoverlabel": {"align": "left", "font": {"family": FONT_FAMILY, "size": FONT_SIZE}},
        "showlegend": False,
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


HOVER_LINE = 34  # characters per line of a hover label: it fits beside a point on a phone


def hover_text(title: str, *lines: str) -> str:
    """A hover label as Plotly text: what was pointed at, then its details, each wrapped to
    HOVER_LINE characters so that the label stays inside the chart. No `<b>`: plotly.js writes
    it as a style attribute, which the site's Content-Security-Policy refuses."""
    wrapped = wrapped_lines(plotly_text(title), HOVER_LINE)  # escaped first, then wrapped
    for line in lines:
        wrapped += wrapped_lines(plotly_text(line), HOVER_LINE)
    return "<br>".join(wrapped)


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


def plot_json(chart: Chart) -> bytes:
    """The plot as compact, stable JSON (no NaN, keys in a fixed order): the wide design's
    data and layout, and under `sizes` each design's width, height and layout (and its data,
    where the narrow design draws other marks)."""
    sizes = [
        {"width": width, "height": plot["layout"]["height"], "layout": plot["layout"]}
        | ({} if plot["data"] is chart.plot["data"] else {"data": plot["data"]})
        for width, plot in zip(STILL_WIDTHS, chart.settled, strict=True)
    ]
    document = {"data": chart.plot["data"], "layout": chart.settled[-1]["layout"], "sizes": sizes}
    return (
        json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"
    ).encode()


def plot_area(chart: Chart) -> str:
    """The chart's plot area: its stills (SVG, drawn now), which the site script swaps for the
    interactive Plotly chart when the reader reaches for it; then the chart's key, if any.

    No `style` attribute (the site's Content-Security-Policy forbids them): the shown still's
    own shape (its width and height) sizes the box, and the script sizes the live chart."""
    label = html_attribute(f"Chart: {chart.title}. {chart.description}")
    return (
        f'<div class="chart-plot" role="img" aria-label="{label}" data-chart="{chart.id}">'
        f'<div class="chart-still" data-search-exclude>{chart.stills}</div></div>'
        f"{chart_key(chart.key)}"
    )


def chart_key(entries: tuple[KeyEntry, ...]) -> str:
    """The key as a list under the plot: each mark drawn as a small SVG beside its words.

    It sits outside the plot, so the still and the interactive chart share the very same key."""
    if not entries:
        return ""
    items = "".join(
        '<li><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" '
        f'focusable="false">{_key_mark(entry)}</svg>{_key_text(entry.label)}</li>'
        for entry in entries
    )
    return f'<ul class="chart-key" data-search-exclude>{items}</ul>'


def _key_mark(entry: KeyEntry) -> str:
    if entry.symbol == "line":
        return f'<path d="M1 8h14" stroke="{xml(entry.colour)}" stroke-width="3"/>'
    return marker_mark(entry.symbol, 8, 8, 12, entry.colour, "#444", 0)


def _key_text(label: str) -> str:
    return "".join(xml(words) for line in text_lines(label) for words, _ in line)


def answers_pointer(chart: Chart) -> bool:
    """Whether any of the chart's marks has details to show on hover or tap."""
    return any(trace.get("hoverinfo") != "skip" for trace in chart.plot["data"])
