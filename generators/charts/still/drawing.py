# The still of a whole plot: frame, axes, marks and furniture put together as one SVG.
"""`still_svg(plot, width, height)`: the plot as an SVG string, with no JavaScript."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from generators.charts.still.axes import Axis, plot_axes
from generators.charts.still.frame import (
    LEGEND_ROW,
    Frame,
    frame_for,
    legend_items,
    legend_rows,
    place_axes,
)
from generators.charts.still.furniture import annotation_marks, grid_and_ticks, legend, shapes
from generators.charts.still.marks import DEFAULT_COLOURS, bars, scatter
from generators.charts.still.shared import SharedShapes
from generators.charts.still.text import FONT_SIZE, element, xml


def still_svg(
    plot: dict[str, Any],
    width: int,
    height: int,
    *,
    name: str = "still",
    shared: SharedShapes | None = None,
    with_defs: bool = False,
) -> str:
    """The plot drawn as one line of SVG, `width` × `height` px, scaled to fit its box.

    `name` makes the SVG's ids unique on a page (it holds several charts, each at several
    widths). Filled shapes in `shared` are placed by reference; `with_defs` writes them here.
    """
    layout = plot["layout"]
    x_axes, y_axes = plot_axes(plot)
    items, rows, frame = _frame(plot, width, height, x_axes, y_axes)
    place_axes(frame, x_axes, y_axes)
    grid, tick_labels = grid_and_ticks(frame, x_axes, y_axes)
    marks: list[str] = []
    bar_traces = [t for t in plot["data"] if t.get("type") == "bar"]
    if bar_traces:
        marks += bars(bar_traces, x_axes, y_axes)
    for index, trace in enumerate(plot["data"]):
        if trace.get("type", "scatter") != "scatter" or trace.get("visible") is False:
            continue
        default = DEFAULT_COLOURS[index % len(DEFAULT_COLOURS)]
        x_axis, y_axis = x_axes[trace.get("xaxis", "x")], y_axes[trace.get("yaxis", "y")]
        marks += scatter(trace, x_axis, y_axis, default, shared, index)
    tick_room = max(
        (
            FONT_SIZE * 1.6 + (FONT_SIZE * 1.8 if a.spec.get("title") else 0)
            for a in x_axes.values()
            if a.ticks() and a.spec.get("side") != "top"
        ),
        default=0,
    )
    parts = [
        element(
            "svg",
            xmlns="http://www.w3.org/2000/svg",
            **{"xmlns:xlink": "http://www.w3.org/1999/xlink"},
            viewBox=f"0 0 {width} {height}",
            width=width,
            height=height,
            preserveAspectRatio="xMidYMin meet",
            aria_hidden="true",
            focusable="false",
            font_family=layout.get("font", {}).get("family", "sans-serif"),
            empty=False,
        ),
        shared.defs if shared and with_defs else "",
        *shapes(layout, frame, x_axes, y_axes),
        f'<path class="g" d="{"".join(grid)}"/>' if grid else "",
        *clipped(marks, frame, f"{name}-{width}-clip"),
        *tick_labels,
        *annotation_marks(layout, frame, x_axes, y_axes),
        *legend(plot, frame, width, rows if items else [], tick_room),
        "</svg>",
    ]
    return "".join(parts)


def fitted_height(plot: dict[str, Any], width: int, height: int) -> int:
    """The height, at most `height`, at which a chart whose y axis is locked to its x axis
    (a map) fills its plotting area at `width`, instead of sitting in a band of empty space."""
    layout = plot["layout"]
    if not any(k.startswith("yaxis") and "scaleanchor" in v for k, v in layout.items()):
        return height
    x_axes, y_axes = plot_axes(plot)
    _, _, frame = _frame(plot, width, height, x_axes, y_axes)
    spare = 0.0
    for y in y_axes.values():
        x = x_axes.get(str(y.spec.get("scaleanchor", "")))
        if x is None:
            continue
        x0, x1 = x.spec.get("domain", [0, 1])
        y0, y1 = y.spec.get("domain", [0, 1])
        px_per_unit = (x1 - x0) * (frame.right - frame.left) / (x.high - x.low)
        needed = (y.high - y.low) * px_per_unit
        spare = max(spare, (y1 - y0) * (frame.bottom - frame.top) - needed)
    return math.ceil(height - spare)


def _frame(
    plot: dict[str, Any],
    width: int,
    height: int,
    x_axes: dict[str, Axis],
    y_axes: dict[str, Axis],
) -> tuple[list[dict[str, Any]], list, Frame]:
    """The legend's entries and rows, and the plotting area they leave."""
    layout = plot["layout"]
    items = legend_items(plot)
    if layout.get("barmode") == "stack" and any(t.get("type") == "bar" for t in items):
        items = items[::-1]  # Plotly lists stacked bars top of the stack first
    grouped = any(trace.get("legendgroup") for trace in plot["data"])
    rows = legend_rows(items, width - 20, grouped)
    frame = frame_for(plot, width, height, x_axes, y_axes, len(rows) * LEGEND_ROW if items else 0)
    legend_left = frame.px(layout.get("legend", {}).get("x", 0))
    if items and legend_left > 20:  # as Plotly: the legend wraps at the plotting area's width
        rows = legend_rows(items, width - legend_left - 10, grouped)
        frame = frame_for(plot, width, height, x_axes, y_axes, len(rows) * LEGEND_ROW)
    return items, rows, frame


def chart_frame(
    plot: dict[str, Any],
    width: int,
    height: int,
    x_axes: dict[str, Axis],
    y_axes: dict[str, Axis],
) -> Frame:
    """The plotting area the still draws in (before its axes are placed on it)."""
    return _frame(plot, width, height, x_axes, y_axes)[2]


def clipped(marks: Iterable[str], frame: Frame, clip_id: str) -> list[str]:
    """Marks stay inside the plotting area (with room for a marker's edge), as in Plotly."""
    body = list(marks)
    if not body:
        return []
    room = 12
    return [
        f'<clipPath id="{xml(clip_id)}">',
        element(
            "rect",
            x=frame.left - room,
            y=frame.top - room,
            width=frame.right - frame.left + 2 * room,
            height=frame.bottom - frame.top + 2 * room,
        ),
        "</clipPath>",
        f'<g clip-path="url(#{xml(clip_id)})">',
        *body,
        "</g>",
    ]
