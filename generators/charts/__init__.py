# Every chart of an explainer, and the page slot each one goes in.
"""Build all charts from validated data: `build_charts(explainer) -> {slot: Chart}`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators.charts import channels, figures, map, network, positions, timeline, voices
from generators.charts.base import Chart, Table, csv_bytes, plot_json

if TYPE_CHECKING:
    from generators.model import Explainer

__all__ = ["Chart", "Table", "build_charts", "csv_bytes", "plot_json"]

# Slot names are the ones page templates ask for; each chart has exactly one slot.
BUILDERS = {
    "timeline": timeline.build,
    "positions": positions.build,
    "network": network.build,
    "map": map.build,
    "channels": channels.build,
    "voices": voices.build,
    "figures": figures.build,
}


# The records each chart draws: with none of them, the chart and its slot are left out.
DRAWS = {
    "timeline": "events",
    "positions": "positions",
    "network": "relations",
    "map": "countries",
    "channels": "quotes",
    "voices": "quotes",
    "figures": "figures",
}


def build_charts(explainer: Explainer) -> dict[str, Chart]:
    """Every chart that has data to show, keyed by its slot."""
    charts = {}
    for slot, build in BUILDERS.items():
        if not getattr(explainer, DRAWS[slot]):
            continue
        chart = build(explainer)
        if chart.table.rows:
            charts[slot] = chart
    return charts
