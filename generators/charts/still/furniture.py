# The still's furniture: grid, tick labels, annotations, rectangles and the legend.
"""Everything around the data marks, drawn from the figure's layout."""

from __future__ import annotations

from typing import Any

from generators.charts.still.axes import Axis
from generators.charts.still.frame import LEGEND_ROW, Frame, legend_width
from generators.charts.still.marks import marker_mark, pick_colour
from generators.charts.still.text import (
    FONT_SIZE,
    LINE_HEIGHT,
    element,
    num,
    svg_text,
    text_lines,
    text_width,
    xml,
)

# A label ground in the page's own colour: the still takes it from the stylesheet, and charts.js
# gives plotly.js the theme's colour in its place.
PAGE_GROUND = "rgba(255,255,255,0.8)"
# Pixels between the plotting area and an x tick label's top, as plotly.js draws it (no tick marks).
X_TICK_GAP = 2.5


def grid_and_ticks(
    frame: Frame, x_axes: dict[str, Axis], y_axes: dict[str, Axis]
) -> tuple[list[str], list[str]]:
    grid: list[str] = []
    labels: list[str] = []
    for axis in x_axes.values():
        if not axis.visible:
            continue
        top_side = axis.spec.get("side") == "top"
        angle = axis.spec.get("tickangle") or 0
        for value, label in axis.ticks():
            x = axis.start + (value - axis.low) / (axis.high - axis.low) * (axis.end - axis.start)
            if axis.spec.get("showgrid", True) is not False:
                grid.append(f"M{num(x)} {num(frame.top)}V{num(frame.bottom)}")
            y = frame.top - 6 if top_side else frame.bottom + X_TICK_GAP
            if angle:
                labels.append(
                    svg_text(label, x, y, anchor="start", baseline="middle", rotate=angle)
                )
            else:
                labels.append(
                    svg_text(label, x, y, anchor="middle", baseline="bottom" if top_side else "top")
                )
        title = (axis.spec.get("title") or {}).get("text")
        if title:
            labels.append(
                svg_text(
                    title,
                    (axis.start + axis.end) / 2,
                    frame.bottom + FONT_SIZE * 2.4 + 5.8,  # as plotly.js places it
                    anchor="middle",
                    baseline="top",
                )
            )
    for axis in y_axes.values():
        if not axis.visible:
            continue
        for value, label in axis.ticks():
            y = axis.start + (value - axis.low) / (axis.high - axis.low) * (axis.end - axis.start)
            if axis.spec.get("showgrid", True) is not False:
                grid.append(f"M{num(frame.left)} {num(y)}H{num(frame.right)}")
            labels.append(svg_text(label, frame.left - 6, y, anchor="end"))
    return grid, labels


def annotation_marks(
    layout: dict[str, Any], frame: Frame, x_axes: dict[str, Axis], y_axes: dict[str, Axis]
) -> list[str]:
    marks = []
    for note in layout.get("annotations", []):
        x = _position(note, "x", frame, x_axes)
        y = _position(note, "y", frame, y_axes)
        if x is None or y is None:
            continue
        x += note.get("xshift", 0)
        y -= note.get("yshift", 0)
        font = note.get("font", {})
        size = font.get("size", FONT_SIZE)
        anchor = note.get("xanchor", "auto")
        if anchor == "auto":
            anchor = "center"
        baseline = {"top": "top", "bottom": "bottom"}.get(note.get("yanchor", "middle"), "middle")
        text = note.get("text", "")
        if font.get("weight") == "bold":
            text = f"<b>{text}</b>"
        # plotly.js pads an annotation's text by its border and border padding (1 + 1 px).
        pad = note.get("borderpad", 1) + note.get("borderwidth", 1)
        x += {"left": pad, "right": -pad}.get(anchor, 0)
        y += {"top": pad, "bottom": -pad}.get(baseline, 0)
        if note.get("bgcolor"):
            marks.append(_label_ground(text, x, y, size, anchor, baseline, note))
        marks.append(
            svg_text(
                text, x, y, size=size, anchor=anchor, baseline=baseline, colour=font.get("color")
            )
        )
    return marks


def _label_ground(
    text: str, x: float, y: float, size: float, anchor: str, baseline: str, note: dict[str, Any]
) -> str:
    pad = note.get("borderpad", 1) + 1
    width = text_width(text, size) + 2 * pad
    height = size * LINE_HEIGHT * len(text_lines(text)) + 2 * pad
    left = {"left": x - pad, "right": x - width + pad}.get(anchor, x - width / 2)
    top = {"top": y - pad, "bottom": y - height + pad}.get(baseline, y - height / 2)
    return (
        f'<rect x="{num(left)}" y="{num(top)}" width="{num(width)}" height="{num(height)}" '
        + (
            'class="lg"'  # the page's ground, from the stylesheet (it follows the theme)
            if note["bgcolor"] == PAGE_GROUND
            else f'fill="{xml(str(note["bgcolor"]))}"'
        )
        + "/>"
    )


def _position(
    item: dict[str, Any], letter: str, frame: Frame, axes: dict[str, Axis]
) -> float | None:
    ref = item.get(f"{letter}ref", letter)
    value = item.get(letter, 0.5)
    if ref == "paper":
        return frame.px(float(value)) if letter == "x" else frame.py(float(value))
    axis = axes.get(ref)
    return axis.pixel(value) if axis else None


def shapes(
    layout: dict[str, Any], frame: Frame, x_axes: dict[str, Axis], y_axes: dict[str, Axis]
) -> list[str]:
    marks = []
    for shape in layout.get("shapes", []):
        if shape.get("type", "rect") != "rect":
            continue
        x0 = _position({"x": shape["x0"], "xref": shape.get("xref", "x")}, "x", frame, x_axes)
        x1 = _position({"x": shape["x1"], "xref": shape.get("xref", "x")}, "x", frame, x_axes)
        y0 = _position({"y": shape["y0"], "yref": shape.get("yref", "y")}, "y", frame, y_axes)
        y1 = _position({"y": shape["y1"], "yref": shape.get("yref", "y")}, "y", frame, y_axes)
        if x0 is None or x1 is None or y0 is None or y1 is None:
            continue
        line = shape.get("line", {})
        marks.append(
            element(
                "rect",
                x=min(x0, x1),
                y=min(y0, y1),
                width=abs(x1 - x0),
                height=abs(y1 - y0),
                fill=shape.get("fillcolor") or "none",
                stroke=line.get("color", "#444"),
                stroke_width=float(line.get("width", 2)),
            )
        )
    return marks


def legend(
    plot: dict[str, Any],
    frame: Frame,
    width: float,
    rows: list[list[tuple[float, dict[str, Any]]]],
    tick_room: float,
) -> list[str]:
    if not rows or not rows[0]:
        return []
    spec = plot["layout"].get("legend", {})
    height = len(rows) * LEGEND_ROW
    where = spec.get("y", 1)
    if where > 1:
        top = frame.top - height - 4
    elif where < 0:
        top = frame.bottom + tick_room + 4
    else:
        top = frame.py(where) - (height if spec.get("yanchor") == "bottom" else 0)
    # As Plotly: a legend that would run past the drawing's right edge (an entry wider than the
    # plotting area) moves left to fit.
    left = max(0.0, min(frame.px(spec.get("x", 0)), width - 10 - legend_width(rows)))
    marks = []
    for number, row in enumerate(rows):
        y = top + number * LEGEND_ROW + LEGEND_ROW / 2
        for offset, trace in row:
            x = left + offset
            marks.append(_legend_symbol(trace, x, y))
            marks.append(svg_text(trace.get("name", ""), x + 34, y))
    return marks


def _legend_symbol(trace: dict[str, Any], x: float, y: float) -> str:
    marker = trace.get("marker", {})
    colour = pick_colour(marker.get("color"), 0, "") or str(
        trace.get("fillcolor") or trace.get("line", {}).get("color") or "#888"
    )
    if trace.get("type") == "bar" or trace.get("fill") == "toself":
        fill = trace.get("fillcolor") or colour
        return element("rect", x=x + 8.0, y=y - 6.0, width=16, height=12, fill=fill)
    if "markers" in trace.get("mode", "markers"):
        symbol = str(marker.get("symbol", "circle"))
        return marker_mark(
            symbol,
            x + 16,
            y,
            min(marker.get("size", 8), 12),
            colour,
            "#444",
            marker.get("line", {}).get("width", 0),
        )
    return f'<path d="M{num(x + 4)} {num(y)}h24" stroke="{xml(colour)}" stroke-width="3"/>'
