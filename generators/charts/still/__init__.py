# A chart's still picture: its plot (a Plotly figure) drawn as SVG when the site is built.
"""`still_svg(plot, width, height) -> str`: the plot as an SVG, with no JavaScript.

Readers see the still at once; plotly.js replaces it only when they reach for the chart (hover,
tap, focus), so a page never spends a second of a phone's main thread on evaluating plotly.js
just to show a picture. It draws the part of Plotly the charts use: cartesian axes (linear, date,
category; several x axes side by side; a y axis locked to the x scale), scatter traces (lines,
markers, text, filled shapes), horizontal stacked bars, annotations, rectangles and a horizontal
legend. Text and grid take the page's colours through CSS classes (`t`, `g`), so the still
follows the light/dark toggle without a script. `fitted_height` is the height at which a chart
with one scale for both axes (the map) fills its width.
"""

from __future__ import annotations

from generators.charts.still.drawing import fitted_height, still_svg
from generators.charts.still.settle import settled
from generators.charts.still.shared import SharedShapes, shared_shapes

__all__ = ["SharedShapes", "fitted_height", "settled", "shared_shapes", "still_svg"]
