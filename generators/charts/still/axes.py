# The still's axes: from plot values (numbers, ISO dates, categories) to pixels, and ticks.
"""`plot_axes(plot)`: every x and y axis a plot uses, with the range Plotly would choose."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_EPOCH = dt.date(1970, 1, 1)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def as_number(value: object, kind: str, categories: dict[str, int]) -> float | None:
    if value is None:
        return None
    if kind == "category":
        if isinstance(value, int | float):
            return float(value)  # a range end: a position between categories
        return categories.get(str(value))
    if kind == "date":
        return float((dt.date.fromisoformat(str(value)[:10]) - _EPOCH).days)
    return float(value)  # type: ignore[arg-type]


def _axis_kind(spec: dict[str, Any], values: Sequence[object]) -> str:
    if spec.get("type") in ("linear", "date", "category"):
        return spec["type"]
    if spec.get("categoryarray"):
        return "category"
    sample = next((v for v in values if v is not None), None)
    if isinstance(sample, str):
        return "date" if _ISO_DATE.match(sample) else "category"
    return "linear"


@dataclass
class Axis:
    """One axis: how its values map to pixels, and the ticks it prints."""

    name: str
    kind: str
    low: float
    high: float
    categories: dict[str, int]
    spec: dict[str, Any]
    start: float = 0.0  # pixel where `low` sits
    end: float = 1.0  # pixel where `high` sits

    @property
    def visible(self) -> bool:
        return self.spec.get("visible", True) is not False

    def pixel(self, value: object) -> float | None:
        number = as_number(value, self.kind, self.categories)
        if number is None or self.high == self.low:
            return None
        return self.start + (number - self.low) / (self.high - self.low) * (self.end - self.start)

    def pixels(self, values: list[Any]) -> list[float | None]:
        """`pixel` of each value; numbers on a linear axis take a short path (maps are long)."""
        if self.kind != "linear" or self.high == self.low:
            return [self.pixel(value) for value in values]
        scale = (self.end - self.start) / (self.high - self.low)
        offset = self.start - self.low * scale
        return [None if value is None else offset + value * scale for value in values]

    def ticks(self) -> list[tuple[float, str]]:
        """(value, label) pairs within the range."""
        if not self.visible or self.spec.get("showticklabels") is False:
            return []
        if self.spec.get("tickmode") == "array":  # settled: the ticks are written down
            numbers = (as_number(v, self.kind, self.categories) for v in self.spec["tickvals"])
            return [
                (number, str(label))
                for number, label in zip(numbers, self.spec["ticktext"], strict=True)
                if number is not None
            ]
        if self.kind == "category":
            return [
                (float(i), name)
                for name, i in self.categories.items()
                if self.low <= i <= self.high
            ]
        length = abs(self.end - self.start)
        room = max(2, int(length // 70) + 1)  # a tick label needs about 70 px
        wanted = min(self.spec.get("nticks") or 6, room)
        if self.kind == "date":
            return _date_ticks(self.low, self.high, self.spec, wanted)
        return _linear_ticks(self.low, self.high, self.spec, wanted)


def _linear_ticks(
    low: float, high: float, spec: dict[str, Any], wanted: int
) -> list[tuple[float, str]]:
    step = spec.get("dtick") or _nice_step((high - low) / max(2, wanted))
    first = math.ceil(low / step - 1e-9) * step
    count = int((high - first) / step + 1e-9) + 1
    values = [first + i * step for i in range(max(0, count))]
    return [(v, f"{v:g}" if abs(v) > 1e-12 else "0") for v in values]


def _nice_step(raw: float) -> float:
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _date_ticks(
    low: float, high: float, spec: dict[str, Any], wanted: int
) -> list[tuple[float, str]]:
    start = _EPOCH + dt.timedelta(days=math.ceil(low))
    end = _EPOCH + dt.timedelta(days=math.floor(high))
    months = (end.year - start.year) * 12 + end.month - start.month
    fmt = spec.get("tickformat")
    steps = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200)
    step = next((s for s in steps if months / s <= wanted - 1), steps[-1])
    if fmt is None:
        fmt = "%Y" if step >= 12 else "%b %Y"
    if "%b" not in fmt and "%m" not in fmt:
        step = max(step, 12)
    first_month = start.year * 12 + start.month - 1
    if start.day != 1:
        first_month += 1
    first_month = math.ceil(first_month / step) * step
    ticks = []
    month = first_month
    while True:
        day = dt.date(month // 12, month % 12 + 1, 1)
        if day > end:
            break
        ticks.append((float((day - _EPOCH).days), day.strftime(fmt)))
        month += step
    return ticks


def plot_axes(plot: dict[str, Any]) -> tuple[dict[str, Axis], dict[str, Axis]]:
    """Every x and y axis the plot uses, with its range (as Plotly would choose it)."""
    layout = plot["layout"]
    traces = plot["data"]
    x_names = {"x"} | {t.get("xaxis", "x") for t in traces}
    y_names = {"y"} | {t.get("yaxis", "y") for t in traces}
    x_axes = {n: _axis(n, layout.get(_layout_key(n), {}), traces, "x") for n in sorted(x_names)}
    y_axes = {n: _axis(n, layout.get(_layout_key(n), {}), traces, "y") for n in sorted(y_names)}
    _refer_annotations(layout, x_axes, y_axes)
    return x_axes, y_axes


def _layout_key(name: str) -> str:
    return name[0] + "axis" + name[1:]


def _refer_annotations(
    layout: dict[str, Any], x_axes: dict[str, Axis], y_axes: dict[str, Axis]
) -> None:
    """Data-referred annotations on a category axis name categories too (as Plotly allows)."""
    for note in layout.get("annotations", []):
        for ref, axes in (("yref", y_axes), ("xref", x_axes)):
            axis = axes.get(note.get(ref, ref[0]))
            value = note.get(ref[0])
            if axis and axis.kind == "category" and str(value) not in axis.categories:
                axis.categories[str(value)] = len(axis.categories)


def _axis(name: str, spec: dict[str, Any], traces: list[dict[str, Any]], letter: str) -> Axis:
    mine = [t for t in traces if t.get(f"{letter}axis", letter) == name]
    values = [v for t in mine for v in t.get(letter, []) or []]
    kind = _axis_kind(spec, values)
    categories: dict[str, int] = {}
    if kind == "category":
        for value in spec.get("categoryarray") or []:
            categories.setdefault(str(value), len(categories))
        for value in values:
            if value is not None:
                categories.setdefault(str(value), len(categories))
    if spec.get("range"):
        low, high = (as_number(v, kind, categories) for v in spec["range"])
        return Axis(name, kind, float(low or 0), float(high or 1), categories, spec)
    low, high = _auto_range(mine, letter, kind, categories, spec)
    return Axis(name, kind, low, high, categories, spec)


def _auto_range(
    traces: list[dict[str, Any]],
    letter: str,
    kind: str,
    categories: dict[str, int],
    spec: dict[str, Any],
) -> tuple[float, float]:
    """The range Plotly's autorange would pick: the data (stacked bars: their totals) plus 5 %."""
    if kind == "category":
        return -0.5, max(len(categories) - 0.5, 0.5)
    numbers = [
        n
        for n in (as_number(v, kind, categories) for t in traces for v in t.get(letter, []) or [])
        if n is not None
    ]
    stacked = [t for t in traces if t.get("type") == "bar"]
    if stacked:
        totals: dict[object, float] = {}
        other = "y" if letter == "x" else "x"
        for trace in stacked:
            for where, size in zip(trace.get(other, []), trace.get(letter, []), strict=False):
                totals[where] = totals.get(where, 0.0) + float(size or 0)
        numbers += list(totals.values())
    if not numbers:
        return -1.0, 1.0
    low, high = min(numbers), max(numbers)
    if spec.get("rangemode") == "tozero" or stacked:
        low = min(low, 0.0)
    span = (high - low) or 1.0
    below = 0.0 if stacked and low == 0 else span * 0.05  # bars stand on zero
    return low - below, high + span * 0.05
