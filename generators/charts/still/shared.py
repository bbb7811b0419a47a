# Filled shapes a chart's drawings share: written once in data units, placed in each by <use>.
"""`shared_shapes(plot, name)`: one outline per filled trace, for every width of a still.

A chart is drawn at three widths, and the map's country outlines are most of its bytes; on axes
of plain numbers the drawings differ only by scale and offset. So each filled shape (fill
`toself`) is written once, in thousandths of a data unit, inside the first drawing's `<defs>`,
and every drawing places it with `<use transform="matrix(…)">`; strokes keep their width
(`vector-effect: non-scaling-stroke`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generators.charts.still.axes import Axis, plot_axes
from generators.charts.still.text import num, xml

UNIT = 1000  # shapes are written in thousandths of a data unit
THIN = 0.002  # a point closer than this share of each axis's range to the last one is dropped


@dataclass(frozen=True)
class SharedShapes:
    """Element ids by trace index, and the `<defs>` that hold the shapes."""

    ids: dict[int, str] = field(default_factory=dict)
    defs: str = ""

    def placed(self, index: int, x_axis: Axis, y_axis: Axis, paint: str) -> str | None:
        """A `<use>` of trace `index`'s shape on these (placed) axes, or None if not shared."""
        shape_id = self.ids.get(index)
        if shape_id is None or x_axis.high == x_axis.low or y_axis.high == y_axis.low:
            return None
        x_scale = (x_axis.end - x_axis.start) / (x_axis.high - x_axis.low)
        y_scale = (y_axis.end - y_axis.start) / (y_axis.high - y_axis.low)
        matrix = " ".join(
            num(value) if abs(value) >= 1 else f"{value:.6g}"
            for value in (
                x_scale / UNIT,
                0,
                0,
                y_scale / UNIT,
                x_axis.start - x_axis.low * x_scale,
                y_axis.start - y_axis.low * y_scale,
            )
        )
        # xlink:href, not href: Material's instant navigation rewrites every [href] element's
        # href property, which on SVG's <use> is read-only (a script error on every page view).
        return f'<use xlink:href="#{xml(shape_id)}" transform="matrix({matrix})" {paint}/>'


def shared_shapes(plot: dict[str, Any], name: str) -> SharedShapes:
    """The filled traces on two number axes, each as one path in thousandths of a unit."""
    x_axes, y_axes = plot_axes(plot)
    ids: dict[int, str] = {}
    paths: list[str] = []
    for index, trace in enumerate(plot["data"]):
        x_axis = x_axes.get(trace.get("xaxis", "x"))
        y_axis = y_axes.get(trace.get("yaxis", "y"))
        if trace.get("fill") != "toself" or x_axis is None or y_axis is None:
            continue
        if x_axis.kind != "linear" or y_axis.kind != "linear":
            continue
        keep = (
            (x_axis.high - x_axis.low) * THIN * UNIT,
            (y_axis.high - y_axis.low) * THIN * UNIT,
        )
        xs, ys = _thousandths(trace.get("x") or []), _thousandths(trace.get("y") or [])
        runs = point_runs(xs, ys, *keep)
        d = "".join(_outline(run) for run in runs)
        if d:
            ids[index] = f"{name}-shape-{index}"
            paths.append(
                f'<path id="{xml(ids[index])}" d="{d}" vector-effect="non-scaling-stroke"/>'
            )
    return SharedShapes(ids, f"<defs>{''.join(paths)}</defs>" if paths else "")


def point_runs(
    xs: list[Any], ys: list[Any], keep_x: float, keep_y: float
) -> list[list[tuple[Any, Any]]]:
    """Runs of points between gaps (None), thinned: a point closer than `keep_x` and `keep_y`
    to the last one kept is left out."""
    runs: list[list[tuple[Any, Any]]] = [[]]
    for x, y in zip(xs, ys, strict=False):
        if x is None or y is None:
            if runs[-1]:
                runs.append([])
            continue
        run = runs[-1]
        if run and abs(run[-1][0] - x) < keep_x and abs(run[-1][1] - y) < keep_y:
            continue
        run.append((x, y))
    return [run for run in runs if run]


def _thousandths(values: list[Any]) -> list[int | None]:
    return [None if value is None else round(value * UNIT) for value in values]


def _outline(run: list[tuple[int, int]]) -> str:
    (x, y), rest = run[0], run[1:]
    steps = [f"M{x} {y}"]
    for next_x, next_y in rest:
        steps.append(f"l{next_x - x} {next_y - y}")
        x, y = next_x, next_y
    return "".join(steps) + "z"
