# The still's data marks: scatter lines, markers, labels and filled shapes; stacked bars.
"""Each function draws one trace kind as SVG elements, in pixels of the placed axes."""

from __future__ import annotations

import math
from typing import Any

from generators.charts.still.axes import Axis
from generators.charts.still.shared import SharedShapes, point_runs
from generators.charts.still.text import FONT_SIZE, num, svg_text, xml

DEFAULT_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b")


def pick_colour(value: object, index: int, fallback: str) -> str:
    if isinstance(value, list):
        value = value[index] if index < len(value) else None
    return str(value) if value else fallback


def _path(run: list[tuple[float, float]], closed: bool) -> str:
    """An SVG path through the points, in relative steps rounded to tenths of a pixel."""
    x, y = round(run[0][0] * 10), round(run[0][1] * 10)
    parts = [f"M{x / 10:g} {y / 10:g}"]
    for next_x, next_y in run[1:]:
        nx, ny = round(next_x * 10), round(next_y * 10)
        parts.append(f"l{(nx - x) / 10:g} {(ny - y) / 10:g}")
        x, y = nx, ny
    return "".join(parts) + ("z" if closed else "")


# How plotly.js places a point's text (measured in Chromium): this far past the marker's edge,
# and for a label beside the point, this many ems above the middle the still would choose.
POINT_TEXT_GAP = 2.6
POINT_TEXT_RISE = 0.1


def marker_mark(
    symbol: str, x: float, y: float, size: float, fill: str, stroke: str, stroke_width: float
) -> str:
    open_ = symbol.endswith("-open")
    shape = symbol.removesuffix("-open")
    r = size / 2
    paint = (
        f'fill="none" stroke="{xml(fill)}" stroke-width="{num(max(stroke_width, 1))}"'
        if open_
        else f'fill="{xml(fill)}"'
        + (f' stroke="{xml(stroke)}" stroke-width="{num(stroke_width)}"' if stroke_width else "")
    )
    if shape == "square":
        return (
            f'<rect x="{num(x - r)}" y="{num(y - r)}" width="{num(size)}" '
            f'height="{num(size)}" {paint}/>'
        )
    if shape == "diamond":
        r *= 1.3  # Plotly's diamond reaches past the square's box
        return (
            f'<path d="M{num(x)} {num(y - r)}L{num(x + r)} {num(y)}L{num(x)} {num(y + r)}'
            f'L{num(x - r)} {num(y)}z" {paint}/>'
        )
    if shape == "triangle-up":  # as Plotly draws it: about the circle's size, point up
        rt, rs = r * 2 / math.sqrt(3), r / 2
        return (
            f'<path d="M{num(x - rt)} {num(y + rs)}H{num(x + rt)}L{num(x)} {num(y - r)}z" {paint}/>'
        )
    if shape == "x":
        arm, half = r * 0.8, r * 0.3
        return (
            f'<path d="M{num(x - arm)} {num(y - arm)}L{num(x + arm)} {num(y + arm)}'
            f'M{num(x + arm)} {num(y - arm)}L{num(x - arm)} {num(y + arm)}" fill="none" '
            f'stroke="{xml(fill)}" stroke-width="{num(half * 2)}"/>'
        )
    return f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" {paint}/>'


def scatter(
    trace: dict[str, Any],
    x_axis: Axis,
    y_axis: Axis,
    default: str,
    shared: SharedShapes | None = None,
    index: int = -1,
) -> list[str]:
    """A scatter trace's marks; its filled shape is a `<use>` of `shared` if it is there."""
    mode = trace.get("mode", "markers")
    xs = x_axis.pixels(trace.get("x", []) or [])
    ys = y_axis.pixels(trace.get("y", []) or [])
    line = trace.get("line", {})
    marker = trace.get("marker", {})
    colour = str(line.get("color") or marker.get("color") or default)
    opacity = trace.get("opacity", 1)
    marks: list[str] = []
    if trace.get("fill") == "toself":
        stroke_width = line.get("width", 2)
        stroke = (
            f' stroke="{xml(str(line.get("color", colour)))}" stroke-width="{num(stroke_width)}"'
            if stroke_width
            else ""
        )
        paint = f'fill="{xml(str(trace.get("fillcolor", colour)))}"{stroke}'
        placed = shared.placed(index, x_axis, y_axis, paint) if shared else None
        if placed is not None:
            marks.append(placed)
        else:
            path = "".join(_path(run, closed=True) for run in point_runs(xs, ys, 1.5, 1.5))
            if path:
                marks.append(f'<path d="{path}" {paint}/>')
    elif "lines" in mode:
        width = line.get("width", 2)
        path = "".join(_path(run, closed=False) for run in point_runs(xs, ys, 0.5, 0.5))
        if path:
            marks.append(
                f'<path d="{path}" fill="none" stroke="{xml(colour)}" stroke-width="{num(width)}"'
                ' stroke-linejoin="round"/>'
            )
    if "markers" in mode:
        size = marker.get("size", 6)
        symbol = str(marker.get("symbol", "circle"))
        marker_line = marker.get("line", {})
        room = min(category_slot(x_axis), category_slot(y_axis)) * 0.9  # a mark fits its cell
        for i, (x, y) in enumerate(zip(xs, ys, strict=False)):
            if x is None or y is None:
                continue
            fill = pick_colour(marker.get("color"), i, default)
            stroke = pick_colour(marker_line.get("color"), i, "#444")
            diameter = min(size[i] if isinstance(size, list) else size, room)
            marks.append(
                marker_mark(symbol, x, y, diameter, fill, stroke, marker_line.get("width", 0))
            )
    if "text" in mode:
        marks += _point_labels(trace, xs, ys, marker.get("size", 6))
    if opacity != 1 and marks:
        return [f'<g opacity="{opacity}">', *marks, "</g>"]
    return marks


def category_slot(axis: Axis) -> float:
    """Pixels per category on a category axis; unlimited on other axes."""
    if axis.kind != "category" or axis.high == axis.low:
        return math.inf
    return abs(axis.end - axis.start) / abs(axis.high - axis.low)


def _point_labels(
    trace: dict[str, Any], xs: list[float | None], ys: list[float | None], size: Any
) -> list[str]:
    texts = trace.get("text", [])
    positions = trace.get("textposition", "middle center")
    font_size = trace.get("textfont", {}).get("size", FONT_SIZE)
    labels = []
    for i, (x, y) in enumerate(zip(xs, ys, strict=False)):
        text = texts[i] if isinstance(texts, list) and i < len(texts) else texts
        if x is None or y is None or not text:
            continue
        where = positions[i] if isinstance(positions, list) else positions
        vertical, _, horizontal = str(where).partition(" ")
        radius = (size[i] if isinstance(size, list) else size) / 2 + POINT_TEXT_GAP
        dx = {"left": -radius, "right": radius}.get(horizontal, 0)
        dy = {"top": -radius, "bottom": radius}.get(vertical, 0)
        anchor = {"left": "end", "right": "start"}.get(horizontal, "middle")
        baseline = {"top": "bottom", "bottom": "top"}.get(vertical, "middle")
        if baseline == "middle":  # plotly.js sets a point's middle label this much higher
            dy -= POINT_TEXT_RISE * font_size
        labels.append(
            svg_text(text, x + dx, y + dy, size=font_size, anchor=anchor, baseline=baseline)
        )
    return labels


def bars(
    traces: list[dict[str, Any]], x_axes: dict[str, Axis], y_axes: dict[str, Axis]
) -> list[str]:
    """Horizontal bars, stacked in trace order (barmode 'stack'), 80 % of their row high."""
    marks = []
    bases: dict[object, float] = {}
    for index, trace in enumerate(traces):
        x_axis = x_axes[trace.get("xaxis", "x")]
        y_axis = y_axes[trace.get("yaxis", "y")]
        row = abs(y_axis.end - y_axis.start) / max(y_axis.high - y_axis.low, 1e-9)
        colour = pick_colour(trace.get("marker", {}).get("color"), 0, DEFAULT_COLOURS[index % 6])
        for where, size in zip(trace.get("y", []), trace.get("x", []), strict=False):
            middle = y_axis.pixel(where)
            base = bases.get(where, 0.0)
            x0, x1 = x_axis.pixel(base), x_axis.pixel(base + float(size or 0))
            bases[where] = base + float(size or 0)
            if middle is None or x0 is None or x1 is None:
                continue
            thick = row * trace.get("width", 0.8)  # Plotly's default: 80 % of the row
            marks.append(
                f'<rect x="{num(min(x0, x1))}" y="{num(middle - thick / 2)}" '
                f'width="{num(abs(x1 - x0))}" height="{num(thick)}" fill="{xml(colour)}"/>'
            )
    return marks
