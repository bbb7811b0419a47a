# The still's plotting area: margins grown for tick labels and the legend, as Plotly does.
"""`frame_for(...)` places the plotting area; `place_axes` maps each axis onto it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from generators.charts.still.axes import Axis
from generators.charts.still.text import FONT_SIZE, text_width

LEGEND_ROW = 22


@dataclass
class Frame:
    """The plotting area: where paper coordinates 0…1 sit, in pixels."""

    left: float
    top: float
    right: float
    bottom: float

    def px(self, fraction: float) -> float:
        return self.left + fraction * (self.right - self.left)

    def py(self, fraction: float) -> float:
        return self.bottom - fraction * (self.bottom - self.top)


def legend_items(plot: dict[str, Any]) -> list[dict[str, Any]]:
    """The traces the legend lists (Plotly's default: shown once two or more can be)."""
    layout = plot["layout"]
    shown = [t for t in plot["data"] if t.get("showlegend", True) is not False]
    if layout.get("showlegend") is False or (layout.get("showlegend") is None and len(shown) < 2):
        return []
    return shown


def legend_rows(
    items: list[dict[str, Any]], width: float, grouped: bool = False
) -> list[list[tuple[float, dict[str, Any]]]]:
    """Legend entries placed left to right, wrapping at `width`: rows of (x offset, trace).

    As Plotly: when entries wrap they line up in columns, unless the legend is grouped (a trace
    has a `legendgroup`), where each group takes its own width.
    """
    entries = [_legend_entry(trace) for trace in items]
    if sum(entries) > width and not grouped:
        entries = [max(entries)] * len(entries)
    rows: list[list[tuple[float, dict[str, Any]]]] = [[]]
    x = 0.0
    for trace, entry in zip(items, entries, strict=True):
        if rows[-1] and x + entry > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, trace))
        x += entry
    return rows


def legend_width(rows: list[list[tuple[float, dict[str, Any]]]]) -> float:
    """How wide the placed legend is: its longest row."""
    return max((row[-1][0] + _legend_entry(row[-1][1]) for row in rows if row), default=0.0)


def _legend_entry(trace: dict[str, Any]) -> float:
    """An entry's width: symbol, gap and name (names measured a tenth wider, to be safe)."""
    return 44 + 1.1 * text_width(trace.get("name", ""))


def frame_for(
    plot: dict[str, Any],
    width: float,
    height: float,
    x_axes: dict[str, Axis],
    y_axes: dict[str, Axis],
    legend_height: float,
) -> Frame:
    """The plotting area once margins make room for tick labels, axis titles and the legend."""
    layout = plot["layout"]
    margin = {"l": 80, "r": 80, "t": 100, "b": 80} | layout.get("margin", {})
    left, right, top, bottom = margin["l"], margin["r"], margin["t"], margin["b"]
    for axis in y_axes.values():
        labels = [label for _, label in axis.ticks()]
        if labels:
            needed = 1.1 * max(text_width(label) for label in labels) + 8
            if axis.spec.get("automargin") or needed > left:
                left = max(left, needed)
    for axis in x_axes.values():
        labels = [label for _, label in axis.ticks()]
        if not labels:
            continue
        angle = abs(axis.spec.get("tickangle") or 0)
        longest = max(text_width(label) for label in labels)
        needed = longest * math.sin(math.radians(angle)) + FONT_SIZE * 1.6
        if axis.spec.get("title"):
            needed += FONT_SIZE * 2.3  # plotly.js keeps an axis title inside the margin
        if axis.spec.get("side") == "top":
            top = max(top, needed + 4)
        else:
            bottom = max(bottom, needed + 4)
        if angle and axis.kind == "category":  # slanted labels reach right, past the last tick
            slot = (width - left - right) / max(axis.high - axis.low, 1)
            reach = max(
                text_width(label) * math.cos(math.radians(angle)) - (axis.high - value) * slot
                for value, label in axis.ticks()
            )
            right = max(right, min(reach + 4, width * 0.4))
    legend = layout.get("legend", {})
    if legend_height:
        if legend.get("y", 1) > 1:
            top += legend_height
        elif legend.get("y", 1) < 0:
            bottom += legend_height
    return Frame(left, top, width - right, max(height - bottom, top + 10))


def place_axes(frame: Frame, x_axes: dict[str, Axis], y_axes: dict[str, Axis]) -> None:
    """Give each axis its pixels (its domain of the frame), then honour locked aspect ratios."""
    for axis in x_axes.values():
        d0, d1 = axis.spec.get("domain", [0, 1])
        axis.start, axis.end = frame.px(d0), frame.px(d1)
    for axis in y_axes.values():
        d0, d1 = axis.spec.get("domain", [0, 1])
        axis.start, axis.end = frame.py(d0), frame.py(d1)
    for y in y_axes.values():  # a y axis locked to the x scale: widen the range that has room
        anchor = x_axes.get(str(y.spec.get("scaleanchor", "")))
        if anchor is None:
            continue
        x_scale = (anchor.end - anchor.start) / (anchor.high - anchor.low)
        y_scale = (y.start - y.end) / (y.high - y.low)
        if y_scale > x_scale:
            _widen(y, y_scale / x_scale)
        else:
            _widen(anchor, x_scale / y_scale)


def _widen(axis: Axis, factor: float) -> None:
    middle = (axis.low + axis.high) / 2
    half = (axis.high - axis.low) / 2 * factor
    axis.low, axis.high = middle - half, middle + half
