# The one place a chart's layout is decided: every value either painter would guess, written down.
"""`settled(plot, width, height)`: the plot with its size, margins, ranges, ticks and fonts
explicit, so that plotly.js draws what the still draws and decides nothing on its own.

The still renderer computes these values (the plotting area, each axis's range and ticks); this
writes them into the layout plotly.js receives: no automargin, no autorange, no tick placement
of its own, no legend it would place, one font stack and size.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from generators.charts.still.axes import _EPOCH, Axis, plot_axes
from generators.charts.still.drawing import chart_frame
from generators.charts.still.frame import place_axes
from generators.charts.still.text import FONT_SIZE

# plotly.js's own gap (1 px) plus this is the still's 6 px between a y tick label and the plot.
Y_TICK_STANDOFF = 5
# px around a mark within which pointing or tapping shows its details (plotly.js's default).
HOVER_DISTANCE = 20
# Keys that would let plotly.js choose a range, ticks or a margin itself.
_CHOOSERS = ("autorange", "rangemode", "nticks", "dtick", "tick0", "tickformat", "scaleanchor")


def settled(plot: dict[str, Any], width: int, height: int) -> dict[str, Any]:
    """A copy of `plot` whose layout leaves plotly.js nothing to decide at `width` × `height`."""
    x_axes, y_axes = plot_axes(plot)
    frame = chart_frame(plot, width, height, x_axes, y_axes)
    place_axes(frame, x_axes, y_axes)
    layout = copy.deepcopy(plot["layout"])
    font = layout.get("font", {})
    layout.update(
        width=width,
        height=height,
        autosize=False,
        showlegend=False,
        margin={
            "l": round(frame.left, 1),
            "r": round(width - frame.right, 1),
            "t": round(frame.top, 1),
            "b": round(height - frame.bottom, 1),
            "pad": 0,
            "autoexpand": False,
        },
        font=font | {"size": font.get("size", FONT_SIZE)},
        hovermode="closest",
        hoverdistance=HOVER_DISTANCE,
    )
    for name, axis in [*x_axes.items(), *y_axes.items()]:
        key = name[0] + "axis" + name[1:]
        layout[key] = _settled_axis(layout.get(key, {}), axis)
    return {"data": plot["data"], "layout": layout}


def _settled_axis(spec: dict[str, Any], axis: Axis) -> dict[str, Any]:
    """An axis with its range, its ticks and their text given, and nothing left to automate."""
    settled_spec = {k: v for k, v in spec.items() if k not in _CHOOSERS}
    settled_spec |= {
        "range": [_value(axis.low, axis.kind), _value(axis.high, axis.kind)],
        "autorange": False,
        "automargin": False,
        "fixedrange": True,
        "zeroline": False,
        "showline": False,
        "ticks": "",
        "showgrid": spec.get("showgrid", True) is not False and axis.visible,
    }
    if axis.kind != "category":
        settled_spec["type"] = axis.kind
    title = spec.get("title")
    if title:
        settled_spec["title"] = title | {"font": {"size": FONT_SIZE} | title.get("font", {})}
    ticks = axis.ticks()
    if axis.visible and spec.get("showticklabels") is not False:
        names = {index: name for name, index in axis.categories.items()}
        settled_spec |= {
            "tickmode": "array",
            "tickvals": [
                names[int(v)] if axis.kind == "category" else _value(v, axis.kind) for v, _ in ticks
            ],
            "ticktext": [label for _, label in ticks],
            "tickangle": spec.get("tickangle") or 0,
            "tickfont": {"size": FONT_SIZE},
        }
        if axis.name.startswith("y"):  # the still's gap between a y tick label and the plot
            settled_spec["ticklabelstandoff"] = Y_TICK_STANDOFF
    return settled_spec


def _value(number: float, kind: str) -> float | str:
    """A position on the axis as plotly.js reads it: a number, or an ISO date and time."""
    if kind != "date":
        return number
    moment = dt.datetime.combine(_EPOCH, dt.time()) + dt.timedelta(days=number)
    return moment.isoformat(sep=" ", timespec="seconds")
